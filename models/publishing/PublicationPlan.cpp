// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/PublicationPlan.h"

#include <algorithm>

namespace facet {

int PublicationPlan::count(Action action) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [action](const Entry& e) { return e.action == action; }));
}

QString PublicationPlan::actionName(Action action)
{
    switch (action) {
    case Action::New:
        return QStringLiteral("new");
    case Action::Changed:
        return QStringLiteral("changed");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Withdrawn:
        return QStringLiteral("withdrawn");
    case Action::Held:
        return QStringLiteral("held");
    }
    return {};
}

} // namespace facet
