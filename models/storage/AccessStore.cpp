// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/AccessStore.h"

#include "models/core/Timestamp.h"
#include "models/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AccessStore", text);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QStringList list(const QString& s)
{
    return s.split(u',', Qt::SkipEmptyParts);
}

} // namespace

AccessStore::AccessStore(QSqlDatabase db)
    : m_db(db)
{
}

qint64 AccessStore::userCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<User> AccessStore::users() const
{
    QSqlQuery q(m_db);
    QList<User> result;
    if (!q.exec(QStringLiteral(
            "SELECT u.name, u.display_name, u.disabled, u.created_at, "
            "(SELECT GROUP_CONCAT(role, ',') FROM (SELECT role FROM user_roles r WHERE r.user_name = u.name "
            "ORDER BY role)) FROM users u ORDER BY u.name")))
        return result;
    while (q.next())
        result << User{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                       list(q.value(4).toString()), q.value(3).toString()};
    return result;
}

std::optional<User> AccessStore::user(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, display_name, disabled, created_at FROM users WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    User u{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), {}, q.value(3).toString()};
    q.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_name = ? ORDER BY role"));
    q.bindValue(0, name);
    if (q.exec())
        while (q.next())
            u.roles << q.value(0).toString();
    return u;
}

std::optional<AccessStore::Credentials> AccessStore::credentials(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT password_hash, disabled, failed_attempts, last_failure FROM users WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Credentials{q.value(0).toString(), q.value(1).toBool(), q.value(2).toInt(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
}

Status AccessStore::addUser(const User& user, const QString& passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, password_hash, disabled, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    if (Status s = execWith(q, {user.name, text(user.displayName), passwordHash, user.disabled ? 1 : 0,
                                user.createdAt.isEmpty() ? utcTimestamp() : user.createdAt});
        !s)
        return Status::invalid(tr("cannot add user “%1”: %2").arg(user.name, s.message()));
    for (const QString& role : user.roles)
        if (Status s = grant(user.name, role); !s)
            return s;
    return Status::ok();
}

Status AccessStore::setDisabled(const QString& name, bool disabled)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    return execWith(q, {disabled ? 1 : 0, name});
}

Status AccessStore::setPasswordHash(const QString& name, const QString& passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    return execWith(q, {passwordHash, name});
}

Status AccessStore::recordFailure(const QString& name, const QDateTime& at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE users SET failed_attempts = failed_attempts + 1, last_failure = ? WHERE name = ?"));
    return execWith(q, {at.toUTC().toString(Qt::ISODateWithMs), name});
}

Status AccessStore::resetFailures(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, last_failure = '' WHERE name = ?"));
    return execWith(q, {name});
}

Status AccessStore::grant(const QString& user, const QString& role)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO user_roles (user_name, role) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    if (Status s = execWith(q, {user, role}); !s)
        return Status::invalid(tr("cannot give “%1” the role “%2”: %3").arg(user, role, s.message()));
    return Status::ok();
}

Status AccessStore::revoke(const QString& user, const QString& role)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM user_roles WHERE user_name = ? AND role = ?"));
    return execWith(q, {user, role});
}

QStringList AccessStore::holders(const QString& role) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.user_name FROM user_roles r JOIN users u ON u.name = r.user_name "
                             "WHERE r.role = ? AND u.disabled = 0 ORDER BY r.user_name"));
    q.bindValue(0, role);
    QStringList result;
    if (q.exec())
        while (q.next())
            result << q.value(0).toString();
    return result;
}

QList<Role> AccessStore::roles() const
{
    QSqlQuery q(m_db);
    QList<Role> result;
    if (!q.exec(QStringLiteral("SELECT code, labels, permissions, edit_groups, publish_channels FROM roles "
                               "ORDER BY sort_order, code")))
        return result;
    while (q.next()) {
        Role r{q.value(0).toString(),
               labelsFromJson(q.value(1).toString()),
               {},
               list(q.value(3).toString()),
               list(q.value(4).toString())};
        for (const QString& id : list(q.value(2).toString()))
            if (const auto p = permissions::fromId(id))
                r.permissions << *p;
        result << r;
    }
    return result;
}

std::optional<Role> AccessStore::role(const QString& code) const
{
    for (const Role& r : roles())
        if (r.code == code)
            return r;
    return std::nullopt;
}

Status AccessStore::saveRole(const Role& role)
{
    QStringList ids;
    for (Permission p : role.permissions)
        ids << permissions::id(p);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO roles (code, labels, permissions, edit_groups, publish_channels, sort_order) VALUES "
        "(?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM roles)) ON CONFLICT (code) DO UPDATE "
        "SET "
        "labels = excluded.labels, permissions = excluded.permissions, edit_groups = excluded.edit_groups, "
        "publish_channels = excluded.publish_channels"));
    return execWith(q, {role.code, labelsToJson(role.labels), ids.join(u','), role.editGroups.join(u','),
                        role.publishChannels.join(u',')});
}

Status AccessStore::removeRole(const QString& code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM roles WHERE code = ?"));
    return execWith(q, {code});
}

} // namespace facet
