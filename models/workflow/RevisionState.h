// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/Revision.h"

#include <QStringList>

namespace facet {

// A revision and where it stands in the workflow.
struct RevisionState
{
    Revision revision;
    QString stage;
    QString submittedBy;
    QString submittedAt;
    // Everybody who changed the draft since the previous submission, and the submitter: four-eyes stages
    // refuse approval by any of them.
    QStringList editors;
    // A newer revision was submitted: this one keeps its stage and level but waits for nobody.
    bool superseded = false;
    // Orders the submissions of one record (a revision submitted again becomes the newest); 0 = never
    // submitted.
    qint64 submission = 0;
};

} // namespace facet
