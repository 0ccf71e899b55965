// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/access/Session.h"

namespace facet {

Session Session::open(const QString& localUser)
{
    Session s;
    s.m_open = true;
    s.m_user.name = localUser;
    return s;
}

Session Session::signedIn(const User& user, const QList<Role>& roles)
{
    Session s;
    s.m_user = user;
    s.m_roles = roles;
    return s;
}

bool Session::can(Permission permission) const
{
    if (m_open)
        return true;
    for (const Role& r : m_roles)
        if (r.has(permission))
            return true;
    return false;
}

bool Session::canEditGroup(const QString& group) const
{
    if (m_open)
        return true;
    for (const Role& r : m_roles)
        if (r.canEditGroup(group))
            return true;
    return false;
}

bool Session::canEditAllGroups() const
{
    if (m_open)
        return true;
    for (const Role& r : m_roles)
        if (r.editGroups.contains(QStringLiteral("*")))
            return true;
    return false;
}

bool Session::canEditAnything() const
{
    if (m_open)
        return true;
    for (const Role& r : m_roles)
        if (!r.editGroups.isEmpty())
            return true;
    return false;
}

bool Session::canPublish(const QString& channel) const
{
    if (m_open)
        return true;
    for (const Role& r : m_roles)
        if (r.canPublish(channel))
            return true;
    return false;
}

bool Session::holdsAny(const QStringList& roleCodes) const
{
    if (m_open)
        return true;
    return !roleAmong(roleCodes).isEmpty();
}

QString Session::roleAmong(const QStringList& roleCodes) const
{
    for (const Role& r : m_roles)
        if (roleCodes.contains(r.code))
            return r.code;
    return {};
}

} // namespace facet
