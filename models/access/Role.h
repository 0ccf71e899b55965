// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Permission.h"
#include "models/core/Labels.h"

#include <QList>
#include <QStringList>

namespace facet {

// A row of the permission matrix. Which workflow transitions a role may take is stored on the transitions.
struct Role
{
    QString code;
    Labels labels;
    QList<Permission> permissions;
    QStringList editGroups;      // attribute group codes; "*" = every group
    QStringList publishChannels; // channel codes; "*" = every channel

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }
    bool has(Permission permission) const { return permissions.contains(permission); }
    bool canEditGroup(const QString& group) const
    {
        return editGroups.contains(QStringLiteral("*")) || editGroups.contains(group);
    }
    bool canPublish(const QString& channel) const
    {
        return publishChannels.contains(QStringLiteral("*")) || publishChannels.contains(channel);
    }

    // Admin, Marketer, Brand manager, Reviewer, Viewer: what a new workspace starts with.
    static QList<Role> defaults();
    static QString adminCode() { return QStringLiteral("admin"); }

    friend bool operator==(const Role&, const Role&) = default;
};

} // namespace facet
