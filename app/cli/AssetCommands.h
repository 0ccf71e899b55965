// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

// facetctl assets add WS FILE... [--title-<locale> TEXT] [--alt-<locale> TEXT] [--tag TAG]... [--expires
// DATE]
// [--rights TEXT] [--json]
class AssetsAddCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("assets add"); }
    QString summary() const override;

protected:
    QStringList preprocess(const QStringList& arguments) const override;
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class AssetsListCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("assets list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class AssetsShowCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("assets show"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class AssetsRenditionCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("assets rendition"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
