// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

class UsersAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::UsersAddCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users add"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class UsersListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::UsersListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class UsersDisableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::UsersDisableCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users disable"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class UsersEnableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::UsersEnableCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users enable"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class UsersPasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::UsersPasswdCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users passwd"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class RolesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::RolesListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("roles list"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class RolesGrantCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::RolesGrantCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("roles grant"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class RolesRevokeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::RolesRevokeCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("roles revoke"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
