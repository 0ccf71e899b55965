// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class TemplatesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TemplatesListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("templates list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TemplatesShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TemplatesShowCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("templates show"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TemplatesSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TemplatesSetCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("templates set"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
