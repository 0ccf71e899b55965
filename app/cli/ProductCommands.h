// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class ProductsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ProductsListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("products list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class ProductsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ProductsShowCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("products show"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class ProductsSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ProductsSetCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("products set"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
