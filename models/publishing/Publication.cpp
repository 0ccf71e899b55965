// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/Publication.h"

namespace facet {

QString PublishedItem::resultName(Result result)
{
    switch (result) {
    case Result::Written:
        return QStringLiteral("written");
    case Result::Unchanged:
        return QStringLiteral("unchanged");
    case Result::Withdrawn:
        return QStringLiteral("withdrawn");
    case Result::Held:
        return QStringLiteral("held");
    case Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString Publication::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace facet
