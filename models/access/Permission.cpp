// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/access/Permission.h"

#include <QCoreApplication>
#include <array>

namespace facet::permissions {

namespace {

struct Entry
{
    Permission permission;
    const char* id;
    const char* label;
};

constexpr std::array kEntries{
    Entry{Permission::ManageUsers, "manage-users", QT_TRANSLATE_NOOP("facet::Permission", "manage users")},
    Entry{Permission::ManageRoles, "manage-roles", QT_TRANSLATE_NOOP("facet::Permission", "manage roles")},
    Entry{Permission::ManageWorkflow, "manage-workflow",
          QT_TRANSLATE_NOOP("facet::Permission", "manage the workflow")},
    Entry{Permission::ManageChannels, "manage-channels",
          QT_TRANSLATE_NOOP("facet::Permission", "manage channels")},
    Entry{Permission::ManageTemplates, "manage-templates",
          QT_TRANSLATE_NOOP("facet::Permission", "manage templates")},
    Entry{Permission::ManageStructure, "manage-structure",
          QT_TRANSLATE_NOOP("facet::Permission", "manage the catalog structure")},
    Entry{Permission::Import, "import", QT_TRANSLATE_NOOP("facet::Permission", "import")},
    Entry{Permission::Submit, "submit", QT_TRANSLATE_NOOP("facet::Permission", "submit for review")},
    Entry{Permission::ViewAudit, "view-audit", QT_TRANSLATE_NOOP("facet::Permission", "view the audit log")},
};

} // namespace

QList<Permission> all()
{
    QList<Permission> result;
    for (const Entry& e : kEntries)
        result << e.permission;
    return result;
}

QString id(Permission permission)
{
    for (const Entry& e : kEntries)
        if (e.permission == permission)
            return QString::fromLatin1(e.id);
    return {};
}

std::optional<Permission> fromId(const QString& id)
{
    for (const Entry& e : kEntries)
        if (id == QLatin1StringView(e.id))
            return e.permission;
    return std::nullopt;
}

QString label(Permission permission)
{
    for (const Entry& e : kEntries)
        if (e.permission == permission)
            return QCoreApplication::translate("facet::Permission", e.label);
    return {};
}

} // namespace facet::permissions
