// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

// facetctl import WS --format akeneo-csv FILE... [--media DIR] [--dry-run] [--json]
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ImportCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

// facetctl export WS --format akeneo-csv --out DIR
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ExportCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
