// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

// facetctl assets add WS FILE... [--title-<locale> TEXT] [--alt-<locale> TEXT] [--tag TAG]... [--expires
// DATE]
// [--rights TEXT] [--json]
class AssetsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AssetsAddCommand)

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
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AssetsListCommand)

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
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AssetsShowCommand)

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
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AssetsRenditionCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("assets rendition"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
