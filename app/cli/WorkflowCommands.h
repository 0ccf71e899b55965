// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class SubmitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::SubmitCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("submit"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class ApproveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::ApproveCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("approve"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class SendBackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::SendBackCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("send-back"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::HistoryCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::DiffCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class EffectiveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::EffectiveCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("effective"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class TasksCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::TasksCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("tasks"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
