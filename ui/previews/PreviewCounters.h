// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

struct Rendering;

// The one-line counter a preview shows for its kind, made from the rendering's measures: SMS encoding and
// segments, an X post's weighted length, payload bytes, caption lengths. The numbers come from the
// rendering; this only words them and compares them with the limits the rendering names.
class PreviewCounters
{
public:
    struct Counter
    {
        QString text; // empty when the rendering has no counters for its kind
        QString toolTip;
        bool over = false; // past a limit
    };

    static Counter summary(const Rendering& rendering);
    // "12.3 KB"
    static QString bytes(qint64 count);
};

} // namespace facet
