// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/workflow/Stage.h"
#include "models/workflow/Transition.h"

#include <QList>

namespace facet {

// The approval workflow of a workspace, as data: stages in order and the transitions between them.
class Workflow
{
public:
    QList<Stage> stages; // ordered by position
    QList<Transition> transitions;

    // The stage working drafts are submitted from.
    const Stage* first() const;
    const Stage* stage(const QString& code) const;
    // Where submit() puts a revision: the target of the first approve transition out of the first stage.
    const Stage* submitStage() const;
    QList<Transition> transitionsFrom(const QString& stage) const;
    QList<Transition> transitionsFrom(const QString& stage, Transition::Kind kind) const;
    int releaseLevel(const QString& stage) const; // 0 for an unknown stage
    int maxReleaseLevel() const;

    // Unique codes and positions, at least two stages, transitions between known stages, approvals going
    // forward and send-backs going backward, every stage reachable from the first.
    Status validate() const;

    // Draft (0) → Editorial review (0) → Brand review (1, four eyes) → Released (2) → Print approved (3),
    // with send-back transitions; role codes as in Role::defaults().
    static Workflow defaultWorkflow();

    friend bool operator==(const Workflow&, const Workflow&) = default;
};

} // namespace facet
