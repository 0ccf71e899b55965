// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/Transition.h"

#include <QList>
#include <QString>

namespace facet {

// A revision waiting for the signed-in user: one of their roles may approve it where it stands.
struct Task
{
    QString sku;
    QString label;
    QString revisionHash;
    QString stage;
    QString submittedBy;
    QString submittedAt;
    // What this user may do with it now (approve and send-back transitions their roles allow). Four-eyes
    // refusals are not filtered out here: blockedByFourEyes says so.
    QList<Transition> transitions;
    bool blockedByFourEyes = false;
};

} // namespace facet
