// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace's users, roles, sign-in and permissions; the rest of the class is in Workspace.cpp.
#include "models/access/PasswordHasher.h"
#include "models/access/SignInThrottle.h"
#include "models/assets/AssetSniffer.h"
#include "models/assets/AssetStore.h"
#include "models/assets/RenditionGenerator.h"
#include "models/core/Timestamp.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/TemplateEngine.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/AccessStore.h"
#include "models/storage/AuditStore.h"
#include "models/storage/CatalogStore.h"
#include "models/storage/RecordStore.h"
#include "models/storage/SchemaMigrator.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/TemplateStore.h"
#include "models/storage/Transaction.h"
#include "models/storage/WorkflowStore.h"
#include "models/storage/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

bool validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

constexpr qsizetype kMinimumPasswordLength = 8;

} // namespace

// --- Sessions and permissions ---------------------------------------------------------------------------

void Workspace::refreshSession()
{
    if (m_access->userCount() == 0) {
        m_session = Session::open(localUserName());
        return;
    }
    if (!m_session.isSignedIn()) {
        m_session = Session();
        return;
    }
    const auto u = m_access->user(m_session.userName());
    if (!u || u->disabled) {
        m_session = Session();
        return;
    }
    QList<Role> roles;
    for (const QString& code : u->roles)
        if (const auto r = m_access->role(code))
            roles << *r;
    m_session = Session::signedIn(*u, roles);
}

Status Workspace::require(Permission permission) const
{
    return refuseUnless(permission);
}

Status Workspace::recordEvent(const QString& kind, const QString& subject, const QJsonObject& detail)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = audit(kind, subject, detail); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    return Status::ok();
}

Status Workspace::continueSession(const Session& session)
{
    if (!hasUsers())
        return Status::ok();
    if (!session.isSignedIn())
        return Status::invalid(tr("this workspace has users: sign in to change it"));
    const auto user = m_access->user(session.userName());
    if (!user || user->disabled)
        return Status::invalid(tr("the user “%1” can no longer sign in").arg(session.userName()));
    return actAs(user->name);
}

Status Workspace::refuseUnlessActing() const
{
    if (!m_session.canAct())
        return Status::invalid(tr("this workspace has users: sign in to change it"));
    return Status::ok();
}

Status Workspace::refuseUnless(Permission permission) const
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    if (!m_session.can(permission))
        return Status::invalid(
            tr("%1 is not allowed to %2: none of their roles grants “%3”")
                .arg(m_session.userName(), permissions::label(permission), permissions::id(permission)));
    return Status::ok();
}

Status Workspace::audit(const QString& kind, const QString& subject, const QJsonObject& detail)
{
    return m_audit->append(m_session.userName(), kind, subject, detail);
}

Status Workspace::actAs(const QString& userName)
{
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    m_session = Session::signedIn(*u, {});
    refreshSession();
    Q_EMIT sessionChanged();
    return Status::ok();
}

bool Workspace::hasUsers() const
{
    return m_access->userCount() > 0;
}

Status Workspace::signIn(const QString& name, const QString& password)
{
    // Whoever signs in replaces whoever was signed in, even when the attempt fails.
    const bool wasSignedIn = m_session.isSignedIn();
    if (wasSignedIn) {
        m_session = Session();
        refreshSession();
    }
    const Status status = attemptSignIn(name, password);
    if (!status && wasSignedIn)
        Q_EMIT sessionChanged();
    return status;
}

Status Workspace::attemptSignIn(const QString& name, const QString& password)
{
    const auto credentials = m_access->credentials(name);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString refused = tr("the user name or the password is wrong");
    auto record = [this](const QString& actor, const QString& kind, const QJsonObject& detail,
                         const std::function<Status()>& extra = {}) {
        Transaction transaction(db(), *m_dialect);
        if (extra)
            if (Status s = extra(); !s)
                return s;
        if (Status s = m_audit->append(actor, kind, actor, detail); !s)
            return s;
        if (!transaction.commit())
            return Status::internal(transaction.errorText());
        Q_EMIT auditAppended();
        return Status::ok();
    };
    if (!credentials) {
        // As slow as a wrong password, so the answer's timing does not tell which user names exist.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("facet-decoy"));
        (void)PasswordHasher::verify(decoy, password);
        if (Status s = record(name, QStringLiteral("sign-in-failed"), {{u"reason"_s, u"unknown user"_s}}); !s)
            return s;
        return Status::invalid(refused);
    }
    if (SignInThrottle::isThrottled(credentials->failedAttempts, credentials->lastFailure, at)) {
        const QDateTime from =
            SignInThrottle::allowedFrom(credentials->failedAttempts, credentials->lastFailure);
        if (Status s = record(name, QStringLiteral("sign-in-throttled"),
                              {{u"failures"_s, credentials->failedAttempts},
                               {u"until"_s, from.toString(Qt::ISODateWithMs)}});
            !s)
            return s;
        return Status::invalid(tr("too many failed sign-ins for %1; try again in %2 s")
                                   .arg(name)
                                   .arg(std::max<qint64>(1, (at.msecsTo(from) + 999) / 1000)));
    }
    if (!PasswordHasher::verify(credentials->passwordHash, password)) {
        if (Status s =
                record(name, QStringLiteral("sign-in-failed"),
                       {{u"reason"_s, u"wrong password"_s}, {u"failures"_s, credentials->failedAttempts + 1}},
                       [&] { return m_access->recordFailure(name, at); });
            !s)
            return s;
        return Status::invalid(refused);
    }
    if (credentials->disabled) {
        if (Status s = record(name, QStringLiteral("sign-in-failed"), {{u"reason"_s, u"disabled"_s}}); !s)
            return s;
        return Status::invalid(tr("the user %1 is disabled").arg(name));
    }
    const bool rehash = PasswordHasher::needsRehash(credentials->passwordHash);
    const QString newHash = rehash ? PasswordHasher::hash(password) : QString();
    if (Status s = record(name, QStringLiteral("sign-in"), {},
                          [&] {
                              if (Status r = m_access->resetFailures(name); !r)
                                  return r;
                              return newHash.isEmpty() ? Status::ok()
                                                       : m_access->setPasswordHash(name, newHash);
                          });
        !s)
        return s;
    m_session = Session::signedIn(*m_access->user(name), {});
    refreshSession();
    Q_EMIT sessionChanged();
    return Status::ok();
}

void Workspace::signOut()
{
    m_session = Session();
    refreshSession();
    Q_EMIT sessionChanged();
}

QList<User> Workspace::users() const
{
    return m_access->users();
}

std::optional<User> Workspace::user(const QString& name) const
{
    return m_access->user(name);
}

Status Workspace::addUser(const User& user, const QString& password)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    if (password.size() < kMinimumPasswordLength)
        return Status::invalid(
            tr("the password must have at least %1 characters").arg(kMinimumPasswordLength));
    // Checked before hashing, which takes a noticeable moment.
    if (Status s = checkNewUser(user); !s)
        return s;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Status::internal(tr("the password could not be hashed (out of memory?)"));
    return addUserWithHash(user, hash);
}

Status Workspace::checkNewUser(const User& user) const
{
    if (!validName(user.name))
        return Status::invalid(
            tr("“%1” cannot be a user name: use 1 to 64 letters, digits, dots, dashes, underscores or @")
                .arg(user.name));
    if (m_access->user(user.name))
        return Status::invalid(tr("there already is a user “%1”").arg(user.name));
    if (m_access->userCount() == 0 && !user.roles.contains(Role::adminCode()))
        return Status::invalid(tr("the first user must be an admin (role “%1”): once a workspace has users, "
                                  "only admins manage them")
                                   .arg(Role::adminCode()));
    for (const QString& role : user.roles)
        if (!m_access->role(role))
            return Status::invalid(tr("there is no role “%1”").arg(role));
    return Status::ok();
}

Status Workspace::addUserWithHash(const User& user, const QString& hash)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    if (Status s = checkNewUser(user); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    User added = user;
    added.createdAt = utcTimestamp();
    if (Status s = m_access->addUser(added, hash); !s)
        return s;
    if (Status s = audit(QStringLiteral("user-add"), user.name,
                         {{u"roles"_s, QJsonArray::fromStringList(user.roles)},
                          {u"displayName"_s, user.displayName},
                          {u"disabled"_s, user.disabled}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    const bool wasOpen = m_session.isOpen();
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    if (wasOpen)
        Q_EMIT sessionChanged();
    return Status::ok();
}

Status Workspace::keepAnAdmin(const QString& userName, const QString& removedRole, bool disabling) const
{
    const auto u = m_access->user(userName);
    if (!u || !u->roles.contains(Role::adminCode()) || u->disabled)
        return Status::ok();
    if (!disabling && removedRole != Role::adminCode())
        return Status::ok();
    if (m_access->holders(Role::adminCode()).size() <= 1)
        return Status::invalid(tr("%1 is the last admin: make someone else an admin first").arg(userName));
    return Status::ok();
}

Status Workspace::setUserDisabled(const QString& name, bool disabled)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(name);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(name));
    if (u->disabled == disabled)
        return Status::ok();
    if (disabled)
        if (Status s = keepAnAdmin(name, {}, true); !s)
            return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->setDisabled(name, disabled); !s)
        return s;
    if (!disabled)
        if (Status s = m_access->resetFailures(name); !s)
            return s;
    if (Status s = audit(disabled ? QStringLiteral("user-disable") : QStringLiteral("user-enable"), name); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

Status Workspace::changePassword(const QString& name, const QString& newPassword,
                                 const QString& currentPassword)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    const auto credentials = m_access->credentials(name);
    if (!credentials)
        return Status::invalid(tr("there is no user “%1”").arg(name));
    const bool own = m_session.isSignedIn() && m_session.userName() == name;
    if (!m_session.can(Permission::ManageUsers)) {
        if (!own)
            return refuseUnless(Permission::ManageUsers);
        if (!PasswordHasher::verify(credentials->passwordHash, currentPassword))
            return Status::invalid(tr("the current password is wrong"));
    }
    if (newPassword.size() < kMinimumPasswordLength)
        return Status::invalid(
            tr("the password must have at least %1 characters").arg(kMinimumPasswordLength));
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Status::internal(tr("the password could not be hashed (out of memory?)"));
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->setPasswordHash(name, hash); !s)
        return s;
    if (Status s = m_access->resetFailures(name); !s)
        return s;
    if (Status s = audit(QStringLiteral("password-change"), name); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    return Status::ok();
}

QList<Role> Workspace::roles() const
{
    return m_access->roles();
}

std::optional<Role> Workspace::role(const QString& code) const
{
    return m_access->role(code);
}

Status Workspace::saveRole(const Role& role)
{
    if (Status s = refuseUnless(Permission::ManageRoles); !s)
        return s;
    if (!validName(role.code))
        return Status::invalid(tr("“%1” cannot be a role code").arg(role.code));
    if (role.code == Role::adminCode() && role.permissions.size() != permissions::all().size())
        return Status::invalid(
            tr("the admin role keeps every permission, or nobody could manage the workspace"));
    QJsonArray ids;
    for (Permission p : role.permissions)
        ids << permissions::id(p);
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->saveRole(role); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-save"), role.code,
                         {{u"permissions"_s, ids},
                          {u"editGroups"_s, QJsonArray::fromStringList(role.editGroups)},
                          {u"publishChannels"_s, QJsonArray::fromStringList(role.publishChannels)}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT rolesChanged();
    return Status::ok();
}

Status Workspace::removeRole(const QString& code)
{
    if (Status s = refuseUnless(Permission::ManageRoles); !s)
        return s;
    if (!m_access->role(code))
        return Status::invalid(tr("there is no role “%1”").arg(code));
    if (code == Role::adminCode())
        return Status::invalid(tr("the admin role cannot be removed"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = ?"));
    q.bindValue(0, code);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return Status::invalid(
            tr("%n user(s) still hold the role “%1”", nullptr, q.value(0).toInt()).arg(code));
    for (const Transition& t : m_workflow.transitions)
        if (t.roles.contains(code))
            return Status::invalid(
                tr("the workflow transition %1 → %2 names the role “%3”").arg(t.from, t.to, code));
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->removeRole(code); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-remove"), code); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT rolesChanged();
    return Status::ok();
}

Status Workspace::grantRole(const QString& userName, const QString& roleCode)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    if (!m_access->role(roleCode))
        return Status::invalid(tr("there is no role “%1”").arg(roleCode));
    if (u->roles.contains(roleCode))
        return Status::ok();
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->grant(userName, roleCode); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-grant"), userName, {{u"role"_s, roleCode}}); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

Status Workspace::revokeRole(const QString& userName, const QString& roleCode)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    if (!u->roles.contains(roleCode))
        return Status::invalid(tr("%1 does not hold the role “%2”").arg(userName, roleCode));
    if (Status s = keepAnAdmin(userName, roleCode, false); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->revoke(userName, roleCode); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-revoke"), userName, {{u"role"_s, roleCode}}); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

} // namespace facet
