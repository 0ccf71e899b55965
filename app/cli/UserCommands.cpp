// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserCommands.h"

#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet::cli {

namespace {

void workspaceArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
}

} // namespace

// --- users add ---------------------------------------------------------------------------------------------

QString UsersAddCommand::summary() const
{
    return tr(
        "Add a user with roles. The new password comes from FACET_NEW_PASSWORD, the next line of standard "
        "input with --new-password-stdin, or a prompt. The first user of a workspace must be an admin.");
}

void UsersAddCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The sign-in name."));
    parser.addOption({QStringLiteral("role"), tr("A role code (repeat for several)."), tr("ROLE")});
    parser.addOption({QStringLiteral("display-name"), tr("The name shown in the workbench."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("new-password-stdin"), tr("Read the new password from standard input.")});
    addUserOptions(parser);
}

int UsersAddCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a user name"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    const QString password =
        readSecret("FACET_NEW_PASSWORD", parser.isSet(QStringLiteral("new-password-stdin")),
                   tr("New password for %1: ").arg(args.at(1)));
    if (password.isNull())
        return fail(Status::invalid(tr("no password for the new user: set FACET_NEW_PASSWORD, use "
                                       "--new-password-stdin or run on a terminal")));
    const User user{args.at(1),
                    parser.value(QStringLiteral("display-name")),
                    false,
                    parser.values(QStringLiteral("role")),
                    {}};
    if (Status s = workspace->addUser(user, password); !s)
        return fail(s);
    m_out << tr("added %1 (%2)\n").arg(user.name, user.roles.join(QStringLiteral(", ")));
    return Done;
}

// --- users list --------------------------------------------------------------------------------------------

QString UsersListCommand::summary() const
{
    return tr("List the users: NAME, ROLES, DISABLED, DISPLAY NAME.");
}

void UsersListCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int UsersListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    const QList<User> users = workspace->users();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User& u : users)
            array << QJsonObject{{QStringLiteral("name"), u.name},
                                 {QStringLiteral("displayName"), u.displayName},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
                                 {QStringLiteral("disabled"), u.disabled},
                                 {QStringLiteral("createdAt"), u.createdAt}};
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const User& u : users)
        m_out << QStringLiteral("%1\t%2\t%3\t%4\n")
                     .arg(u.name, u.roles.join(u','), u.disabled ? tr("disabled") : tr("enabled"),
                          u.displayName);
    return Done;
}

// --- users disable / enable --------------------------------------------------------------------------------

namespace {

int setDisabled(Command& command, const QCommandLineParser& parser, bool disabled,
                const std::function<std::unique_ptr<Workspace>(const QString&, int*)>& open,
                const std::function<int(const Status&)>& fail,
                const std::function<int(const QString&)>& usage, QTextStream& out)
{
    Q_UNUSED(command);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(QCoreApplication::translate("facet::cli", "expected a workspace path and a user name"));
    int code = Done;
    auto workspace = open(args.at(0), &code);
    if (!workspace)
        return code;
    if (Status s = workspace->setUserDisabled(args.at(1), disabled); !s)
        return fail(s);
    out << (disabled ? QCoreApplication::translate("facet::cli", "disabled %1\n")
                     : QCoreApplication::translate("facet::cli", "enabled %1\n"))
               .arg(args.at(1));
    return Done;
}

} // namespace

QString UsersDisableCommand::summary() const
{
    return tr("Disable a user: they can no longer sign in; their history stays.");
}

void UsersDisableCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user."));
    addUserOptions(parser);
}

int UsersDisableCommand::run(const QCommandLineParser& parser)
{
    return setDisabled(
        *this, parser, true, [&](const QString& p, int* c) { return openWorkspaceAs(p, parser, c); },
        [this](const Status& s) { return fail(s); }, [this](const QString& m) { return usageError(m); },
        m_out);
}

QString UsersEnableCommand::summary() const
{
    return tr("Enable a disabled user again.");
}

void UsersEnableCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user."));
    addUserOptions(parser);
}

int UsersEnableCommand::run(const QCommandLineParser& parser)
{
    return setDisabled(
        *this, parser, false, [&](const QString& p, int* c) { return openWorkspaceAs(p, parser, c); },
        [this](const Status& s) { return fail(s); }, [this](const QString& m) { return usageError(m); },
        m_out);
}

// --- users passwd ------------------------------------------------------------------------------------------

QString UsersPasswdCommand::summary() const
{
    return tr(
        "Change a password: your own (signed in as yourself) or, as an admin, anyone's. The new password "
        "comes from FACET_NEW_PASSWORD, --new-password-stdin or a prompt.");
}

void UsersPasswdCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Whose password (default: the signed-in user)."),
                                 tr("[NAME]"));
    parser.addOption(
        {QStringLiteral("new-password-stdin"), tr("Read the new password from standard input.")});
    addUserOptions(parser);
}

int UsersPasswdCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return usageError(tr("expected a workspace path and optionally a user name"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    const QString name = args.size() == 2 ? args.at(1) : workspace->session().userName();
    const QString password =
        readSecret("FACET_NEW_PASSWORD", parser.isSet(QStringLiteral("new-password-stdin")),
                   tr("New password for %1: ").arg(name));
    if (password.isNull())
        return fail(Status::invalid(
            tr("no new password: set FACET_NEW_PASSWORD, use --new-password-stdin or run on a terminal")));
    // Signing in just proved the current password.
    if (Status s = workspace->changePassword(name, password, m_signInPassword); !s)
        return fail(s);
    m_out << tr("changed the password of %1\n").arg(name);
    return Done;
}

// --- roles -------------------------------------------------------------------------------------------------

QString RolesListCommand::summary() const
{
    return tr("List the roles: CODE, LABEL, PERMISSIONS, EDIT GROUPS, PUBLISH CHANNELS.");
}

void RolesListCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int RolesListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    const QString locale = workspace->catalog().defaultLocale();
    QJsonArray array;
    for (const Role& r : workspace->roles()) {
        QStringList ids;
        for (Permission p : r.permissions)
            ids << permissions::id(p);
        if (parser.isSet(QStringLiteral("json"))) {
            array << QJsonObject{
                {QStringLiteral("code"), r.code},
                {QStringLiteral("label"), r.label(locale)},
                {QStringLiteral("permissions"), QJsonArray::fromStringList(ids)},
                {QStringLiteral("editGroups"), QJsonArray::fromStringList(r.editGroups)},
                {QStringLiteral("publishChannels"), QJsonArray::fromStringList(r.publishChannels)}};
            continue;
        }
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(r.code, r.label(locale), ids.join(u','), r.editGroups.join(u','),
                          r.publishChannels.join(u','));
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Done;
}

namespace {

void grantArguments(QCommandLineParser& parser)
{
    workspaceArgument(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QCoreApplication::translate("facet::cli", "The user."));
    parser.addPositionalArgument(QStringLiteral("ROLE"),
                                 QCoreApplication::translate("facet::cli", "The role code."));
}

} // namespace

QString RolesGrantCommand::summary() const
{
    return tr("Give a user a role.");
}

void RolesGrantCommand::describe(QCommandLineParser& parser) const
{
    grantArguments(parser);
    addUserOptions(parser);
}

int RolesGrantCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(tr("expected a workspace path, a user name and a role"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    if (Status s = workspace->grantRole(args.at(1), args.at(2)); !s)
        return fail(s);
    m_out << tr("%1 now holds %2\n").arg(args.at(1), args.at(2));
    return Done;
}

QString RolesRevokeCommand::summary() const
{
    return tr("Take a role from a user. The last admin keeps theirs.");
}

void RolesRevokeCommand::describe(QCommandLineParser& parser) const
{
    grantArguments(parser);
    addUserOptions(parser);
}

int RolesRevokeCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(tr("expected a workspace path, a user name and a role"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    if (Status s = workspace->revokeRole(args.at(1), args.at(2)); !s)
        return fail(s);
    m_out << tr("%1 no longer holds %2\n").arg(args.at(1), args.at(2));
    return Done;
}

} // namespace facet::cli
