// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace facet {

// What a role may do beyond editing attribute groups and publishing channels. The string ids are stored
// in the workspace and typed on the command line, so they never change.
enum class Permission {
    ManageUsers,
    ManageRoles,
    ManageWorkflow,
    ManageChannels,
    ManageTemplates,
    ManageStructure,
    Import,
    Submit,
    ViewAudit,
};

namespace permissions {

QList<Permission> all();
// "manage-users", "manage-roles", …
QString id(Permission permission);
std::optional<Permission> fromId(const QString& id);
// Translated, for messages and the permission matrix.
QString label(Permission permission);

} // namespace permissions

} // namespace facet
