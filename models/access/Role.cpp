// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/access/Role.h"

namespace facet {

QList<Role> Role::defaults()
{
    using P = Permission;
    const QStringList all{QStringLiteral("*")};
    return {
        Role{adminCode(),
             {{QStringLiteral("en_US"), QStringLiteral("Admin")},
              {QStringLiteral("de_DE"), QStringLiteral("Administration")},
              {QStringLiteral("fr_FR"), QStringLiteral("Administration")}},
             permissions::all(),
             all,
             all},
        Role{QStringLiteral("marketer"),
             {{QStringLiteral("en_US"), QStringLiteral("Marketer")},
              {QStringLiteral("de_DE"), QStringLiteral("Marketing")},
              {QStringLiteral("fr_FR"), QStringLiteral("Marketing")}},
             {P::Import, P::Submit},
             all,
             {}},
        Role{QStringLiteral("brand_manager"),
             {{QStringLiteral("en_US"), QStringLiteral("Brand manager")},
              {QStringLiteral("de_DE"), QStringLiteral("Markenverantwortung")},
              {QStringLiteral("fr_FR"), QStringLiteral("Responsable de marque")}},
             {P::Submit, P::ManageTemplates, P::ViewAudit},
             all,
             all},
        Role{QStringLiteral("reviewer"),
             {{QStringLiteral("en_US"), QStringLiteral("Reviewer")},
              {QStringLiteral("de_DE"), QStringLiteral("Prüfung")},
              {QStringLiteral("fr_FR"), QStringLiteral("Relecture")}},
             {P::ViewAudit},
             {},
             {}},
        Role{QStringLiteral("viewer"),
             {{QStringLiteral("en_US"), QStringLiteral("Viewer")},
              {QStringLiteral("de_DE"), QStringLiteral("Lesen")},
              {QStringLiteral("fr_FR"), QStringLiteral("Lecture")}},
             {},
             {},
             {}},
    };
}

} // namespace facet
