// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class AuditListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AuditListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("audit list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::AuditVerifyCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("audit verify"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
