// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::InitCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class CompletenessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::CompletenessCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("completeness"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::GenerateCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
