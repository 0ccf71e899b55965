// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace facet {

// One decision on one revision hash: the history of a record is the list of these.
struct Approval
{
    enum class Decision { Submit, Approve, SendBack, Restore, Supersede };

    qint64 id = 0;
    QString sku;
    QString revisionHash;
    QString user;
    QString role; // the role the user decided in; empty for an open workspace
    QString fromStage;
    QString toStage;
    Decision decision = Decision::Approve;
    QString comment;
    QString at;

    // "submit", "approve", "send-back", "restore", "supersede": also the audit entry kinds.
    static QString decisionId(Decision decision);
    static std::optional<Decision> decisionFromId(const QString& id);
};

} // namespace facet
