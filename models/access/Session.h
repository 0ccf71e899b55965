// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Permission.h"
#include "models/access/Role.h"
#include "models/access/User.h"

#include <QList>

namespace facet {

// Who acts on a workspace, and what they may do. A workspace without users is open: its session is the
// local account with every permission (isOpen()), so a fresh catalog and scripts work as before users exist.
class Session
{
public:
    Session() = default;
    // The open session of a workspace without users, named after the local account.
    static Session open(const QString& localUser);
    static Session signedIn(const User& user, const QList<Role>& roles);

    bool isOpen() const { return m_open; }
    bool isSignedIn() const { return !m_open && !m_user.name.isEmpty(); }
    // Open or signed in: there is someone to attribute writes to.
    bool canAct() const { return m_open || isSignedIn(); }
    // The name writes are audited under.
    QString userName() const { return m_user.name; }
    const User& user() const { return m_user; }
    const QList<Role>& roles() const { return m_roles; }

    bool can(Permission permission) const;
    bool canEditGroup(const QString& group) const;
    bool canEditAllGroups() const;
    bool canEditAnything() const;
    bool canPublish(const QString& channel) const;
    bool holdsAny(const QStringList& roleCodes) const;
    // The first of the session's roles listed in `roleCodes`: the role a decision is recorded in.
    QString roleAmong(const QStringList& roleCodes) const;

private:
    bool m_open = false;
    User m_user;
    QList<Role> m_roles;
};

} // namespace facet
