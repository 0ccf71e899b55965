// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class PublishCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublishCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class PublicationsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublicationsListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publications list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class PublicationsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublicationsShowCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publications show"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class PublicationsVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublicationsVerifyCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publications verify"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class PublicationsDeadLettersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublicationsDeadLettersCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publications dead-letters"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class PublicationsRetryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::PublicationsRetryCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("publications retry"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TargetsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TargetsListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("targets list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TargetsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TargetsAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("targets add"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TargetsRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TargetsRemoveCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("targets remove"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TargetsTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TargetsTestCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("targets test"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class SchedulesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::SchedulesListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("schedules list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class SchedulesAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::SchedulesAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("schedules add"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class SchedulesRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::SchedulesRemoveCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("schedules remove"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
