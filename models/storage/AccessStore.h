// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Role.h"
#include "models/access/User.h"
#include "models/core/Status.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace facet {

// Users, their password hashes and sign-in failures, roles and who holds them, in SQL. Callers check
// permissions and own the transaction.
class AccessStore
{
public:
    struct Credentials
    {
        QString passwordHash;
        bool disabled = false;
        int failedAttempts = 0;
        QDateTime lastFailure;
    };

    explicit AccessStore(QSqlDatabase db);

    qint64 userCount() const;
    QList<User> users() const;
    std::optional<User> user(const QString& name) const;
    std::optional<Credentials> credentials(const QString& name) const;
    Status addUser(const User& user, const QString& passwordHash);
    Status setDisabled(const QString& name, bool disabled);
    Status setPasswordHash(const QString& name, const QString& passwordHash);
    Status recordFailure(const QString& name, const QDateTime& at);
    Status resetFailures(const QString& name);
    Status grant(const QString& user, const QString& role);
    Status revoke(const QString& user, const QString& role);
    QStringList holders(const QString& role) const;

    QList<Role> roles() const;
    std::optional<Role> role(const QString& code) const;
    Status saveRole(const Role& role);
    Status removeRole(const QString& code);

private:
    QSqlDatabase m_db;
};

} // namespace facet
