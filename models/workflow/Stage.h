// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

namespace facet {

// A step of the approval workflow. A revision at this stage may go to every channel whose required level
// is at most releaseLevel.
struct Stage
{
    QString code;
    Labels labels;
    int position = 0;
    int releaseLevel = 0;
    bool fourEyes = false; // the submitter and the editors of a revision may not approve it here

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }
    friend bool operator==(const Stage&, const Stage&) = default;
};

} // namespace facet
