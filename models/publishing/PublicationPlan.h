// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/publishing/Publication.h"
#include "models/rendering/Finding.h"

#include <QList>
#include <QString>

namespace facet {

// What publishing would do for one target: per record and locale, the effective revision (the newest at or
// above the channel's release level, never a draft) and whether it is new, changed, unchanged or withdrawn
// since the last publication to that target, or held back with its reasons.
struct PublicationPlan
{
    enum class Action { New, Changed, Unchanged, Withdrawn, Held };
    struct Entry
    {
        QString sku;
        QString locale;
        QString revisionHash;     // empty for Withdrawn
        QString templateVersion;
        Action action = Action::New;
        QList<Finding> reasons;   // Held: the error findings
    };
    QString target;
    QString channel;
    int requiredLevel = 0;
    QList<Entry> entries;

    int count(Action action) const;
    static QString actionName(Action action); // "new", "changed", "unchanged", "withdrawn", "held"
};

} // namespace facet
