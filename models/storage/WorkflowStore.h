// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/workflow/Approval.h"
#include "models/workflow/RevisionComment.h"
#include "models/workflow/RevisionState.h"
#include "models/workflow/Workflow.h"

#include <QSqlDatabase>
#include <optional>

namespace facet {

// The workflow definition, where each revision stands, decisions and comments, in SQL. Callers check
// permissions and own the transaction.
class WorkflowStore
{
public:
    explicit WorkflowStore(QSqlDatabase db);

    Workflow load(Status* status = nullptr) const;
    Status save(const Workflow& workflow);

    QList<RevisionState> revisions(const QString& sku) const; // oldest first
    std::optional<RevisionState> revision(const QString& sku, const QString& hash) const;
    // Sets stage, submitter, editors and the submission order of a revision; clears superseded.
    Status markSubmitted(qint64 revisionId, const QString& stage, const QString& user, const QString& at,
                         const QStringList& editors);
    Status setStage(qint64 revisionId, const QString& stage);
    Status setSuperseded(qint64 revisionId);

    QStringList draftEditors(const QString& sku) const;
    Status setDraftEditors(const QString& sku, const QStringList& editors);

    Status addApproval(const Approval& approval);
    QList<Approval> approvals(const QString& sku) const;
    Status addComment(const RevisionComment& comment);
    QList<RevisionComment> comments(const QString& sku, const QString& revisionHash) const;

    // The newest non-superseded revision of every record at one of `stages`, for task lists.
    QList<RevisionState> waiting(const QStringList& stages) const;

private:
    QSqlDatabase m_db;
};

} // namespace facet
