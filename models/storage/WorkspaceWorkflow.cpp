// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace's workflow (submissions, decisions, effective revisions, tasks) and audit log; the rest of
// the class is in Workspace.cpp.
#include "models/access/PasswordHasher.h"
#include "models/access/SignInThrottle.h"
#include "models/assets/AssetSniffer.h"
#include "models/assets/AssetStore.h"
#include "models/assets/RenditionGenerator.h"
#include "models/core/Timestamp.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/TemplateEngine.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/AccessStore.h"
#include "models/storage/AuditStore.h"
#include "models/storage/CatalogStore.h"
#include "models/storage/RecordStore.h"
#include "models/storage/SchemaMigrator.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/TemplateStore.h"
#include "models/storage/Transaction.h"
#include "models/storage/WorkflowStore.h"
#include "models/storage/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet {

// --- Workflow -----------------------------------------------------------------------------------------

Status Workspace::loadWorkflow()
{
    Status status;
    m_workflow = m_workflowStore->load(&status);
    return status;
}

Status Workspace::saveWorkflow(const Workflow& workflow)
{
    if (Status s = refuseUnless(Permission::ManageWorkflow); !s)
        return s;
    if (Status s = workflow.validate(); !s)
        return s;
    const QList<Role> known = m_access->roles();
    for (const Transition& t : workflow.transitions)
        for (const QString& code : t.roles)
            if (std::none_of(known.cbegin(), known.cend(), [&](const Role& r) { return r.code == code; }))
                return Status::invalid(
                    tr("the transition %1 → %2 names the unknown role “%3”").arg(t.from, t.to, code));
    // Revisions must keep a stage: removing one they stand at would drop them out of the workflow.
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT DISTINCT stage FROM revisions")))
        while (q.next())
            if (!workflow.stage(q.value(0).toString()))
                return Status::invalid(tr("revisions stand at stage “%1”: keep it, or move them first")
                                           .arg(q.value(0).toString()));
    QJsonArray stages;
    for (const Stage& st : workflow.stages)
        stages << QJsonObject{
            {u"code"_s, st.code}, {u"level"_s, st.releaseLevel}, {u"fourEyes"_s, st.fourEyes}};
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->save(workflow); !s)
        return s;
    if (Status s = audit(QStringLiteral("workflow-save"), {},
                         {{u"stages"_s, stages}, {u"transitions"_s, int(workflow.transitions.size())}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    if (Status s = loadWorkflow(); !s)
        return s;
    Q_EMIT auditAppended();
    Q_EMIT workflowChanged();
    return Status::ok();
}

Status Workspace::setChannelLevel(const QString& channel, int level)
{
    if (Status s = refuseUnless(Permission::ManageChannels); !s)
        return s;
    const Channel* c = m_catalog.channel(channel);
    if (!c)
        return Status::invalid(tr("there is no channel “%1”").arg(channel));
    if (level < 0 || level > m_workflow.maxReleaseLevel())
        return Status::invalid(
            tr("the required level must be between 0 and %1, the highest the workflow grants")
                .arg(m_workflow.maxReleaseLevel()));
    const int before = c->requiredLevel;
    if (before == level)
        return Status::ok();
    Transaction transaction(db(), *m_dialect);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE channels SET required_level = ? WHERE code = ?"));
    q.bindValue(0, level);
    q.bindValue(1, channel);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (Status s = audit(QStringLiteral("channel-level"), channel, {{u"from"_s, before}, {u"to"_s, level}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    if (Status s = CatalogStore::load(db(), &m_catalog); !s)
        return s;
    Q_EMIT auditAppended();
    Q_EMIT structureChanged();
    return Status::ok();
}

std::optional<RevisionState> Workspace::submit(const QString& sku, const QString& comment, Status* status)
{
    if (Status s = refuseUnless(Permission::Submit); !s) {
        *status = s;
        return std::nullopt;
    }
    const Stage* start = m_workflow.first();
    const Stage* target = m_workflow.submitStage();
    if (!start || !target) {
        *status = Status::internal(tr("the workflow has no stage to submit to"));
        return std::nullopt;
    }
    auto fail = [status](const Status& s) {
        *status = s;
        return std::optional<RevisionState>();
    };
    Transaction transaction(db(), *m_dialect);
    const QString user = m_session.userName();
    const auto revision = m_records->freeze(sku, user, status);
    if (!revision)
        return std::nullopt;
    auto state = m_workflowStore->revision(sku, revision->hash);
    if (!state)
        return fail(Status::internal(tr("the revision of %1 just frozen cannot be read back").arg(sku)));
    if (state->submission > 0 && !state->superseded && state->stage != start->code) {
        const Stage* at = m_workflow.stage(state->stage);
        return fail(Status::invalid(
            tr("%1 is already at “%2” with this content (revision %3); change it before submitting again")
                .arg(sku, at ? at->label(m_catalog.defaultLocale()) : state->stage,
                     revision->hash.left(12))));
    }
    QStringList editors = state->submission > 0 ? state->editors : QStringList();
    for (const QString& e : m_workflowStore->draftEditors(sku) + QStringList{user})
        if (!editors.contains(e))
            editors << e;
    const QString at = utcTimestamp();
    for (const RevisionState& other : m_workflowStore->revisions(sku)) {
        if (other.revision.id == state->revision.id || other.superseded || other.submission == 0)
            continue;
        if (Status s = m_workflowStore->setSuperseded(other.revision.id); !s)
            return fail(s);
        if (other.stage == start->code)
            continue;
        if (Status s = m_workflowStore->addApproval(Approval{0,
                                                             sku,
                                                             other.revision.hash,
                                                             user,
                                                             {},
                                                             other.stage,
                                                             other.stage,
                                                             Approval::Decision::Supersede,
                                                             {},
                                                             at});
            !s)
            return fail(s);
        if (Status s = audit(
                QStringLiteral("supersede"), sku,
                {{u"revision"_s, other.revision.hash}, {u"stage"_s, other.stage}, {u"by"_s, revision->hash}});
            !s)
            return fail(s);
    }
    if (Status s = m_workflowStore->markSubmitted(state->revision.id, target->code, user, at, editors); !s)
        return fail(s);
    if (Status s = m_workflowStore->setDraftEditors(sku, {}); !s)
        return fail(s);
    const QString role = m_session.roleAmong(m_session.user().roles);
    if (Status s =
            m_workflowStore->addApproval(Approval{0, sku, revision->hash, user, role, start->code,
                                                  target->code, Approval::Decision::Submit, comment, at});
        !s)
        return fail(s);
    if (Status s = audit(QStringLiteral("submit"), sku,
                         {{u"revision"_s, revision->hash}, {u"to"_s, target->code}, {u"comment"_s, comment}});
        !s)
        return fail(s);
    if (!transaction.commit())
        return fail(Status::internal(transaction.errorText()));
    Q_EMIT auditAppended();
    Q_EMIT revisionsChanged(sku);
    return m_workflowStore->revision(sku, revision->hash);
}

Status Workspace::decide(const QString& sku, const QString& revisionHash, Transition::Kind kind,
                         const QString& toStage, const QString& comment)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    const auto current = currentRevision(sku);
    if (!current) {
        if (!m_records->load(sku))
            return Status::invalid(tr("no product with SKU “%1”").arg(sku));
        return Status::invalid(tr("%1 has no revision waiting for a decision; submit it first").arg(sku));
    }
    if (current->revision.hash != revisionHash)
        return Status::invalid(tr("the record changed since you opened it: revision %1 of %2 is not the one "
                                  "waiting for a decision (%3)")
                                   .arg(revisionHash.left(12), sku, current->revision.hash.left(12)));
    const Stage* from = m_workflow.stage(current->stage);
    if (!from)
        return Status::internal(
            tr("revision %1 stands at the unknown stage “%2”").arg(revisionHash.left(12), current->stage));
    const QString locale = m_catalog.defaultLocale();
    const bool approving = kind == Transition::Kind::Approve;
    if (approving && from->code == m_workflow.first()->code)
        return Status::invalid(
            tr("%1 is at “%2”: submit it rather than approve it").arg(sku, from->label(locale)));
    QList<Transition> candidates;
    for (const Transition& t : m_workflow.transitionsFrom(from->code, kind))
        if (toStage.isEmpty() || t.to == toStage)
            candidates << t;
    if (candidates.isEmpty()) {
        if (toStage.isEmpty())
            return Status::invalid(tr("nothing goes on from “%1”").arg(from->label(locale)));
        return Status::invalid(
            approving ? tr("there is no approval from “%1” to “%2”").arg(from->label(locale), toStage)
                      : tr("there is no sending back from “%1” to “%2”").arg(from->label(locale), toStage));
    }
    const Transition* chosen = nullptr;
    for (const Transition& t : candidates)
        if (!chosen && m_session.holdsAny(t.roles))
            chosen = &t;
    if (!chosen) {
        QStringList roleNames;
        for (const QString& code : candidates.first().roles) {
            const auto r = m_access->role(code);
            roleNames << (r ? r->label(locale) : code);
        }
        return Status::invalid((approving
                                    ? tr("%1 may not approve at “%2”: that needs one of the roles %3")
                                    : tr("%1 may not send back from “%2”: that needs one of the roles %3"))
                                   .arg(m_session.userName(), from->label(locale), roleNames.join(u", ")));
    }
    // Four eyes: in an open workspace there is only one pair of eyes, so the rule cannot apply there.
    if (approving && from->fourEyes && !m_session.isOpen() &&
        (current->submittedBy == m_session.userName() || current->editors.contains(m_session.userName())))
        return Status::invalid(
            tr("four eyes: %1 submitted or edited this revision of %2 and may not approve it "
               "at “%3”; someone else must")
                .arg(m_session.userName(), sku, from->label(locale)));
    if (!approving && comment.trimmed().isEmpty())
        return Status::invalid(tr("sending back needs a comment that says what to change"));
    const Transition transition = *chosen;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->setStage(current->revision.id, transition.to); !s)
        return s;
    const QString role = m_session.roleAmong(transition.roles);
    const QString at = utcTimestamp();
    const Approval::Decision decision =
        approving ? Approval::Decision::Approve : Approval::Decision::SendBack;
    if (Status s = m_workflowStore->addApproval(Approval{0, sku, revisionHash, m_session.userName(), role,
                                                         from->code, transition.to, decision, comment, at});
        !s)
        return s;
    if (approving)
        if (Status s = queueAutomaticPublications(sku, revisionHash, from->releaseLevel,
                                                  m_workflow.releaseLevel(transition.to));
            !s)
            return s;
    if (Status s = audit(Approval::decisionId(decision), sku,
                         {{u"revision"_s, revisionHash},
                          {u"from"_s, from->code},
                          {u"to"_s, transition.to},
                          {u"role"_s, role},
                          {u"comment"_s, comment}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT revisionsChanged(sku);
    return Status::ok();
}

Status Workspace::approve(const QString& sku, const QString& revisionHash, const QString& comment,
                          const QString& toStage)
{
    return decide(sku, revisionHash, Transition::Kind::Approve, toStage, comment);
}

Status Workspace::sendBack(const QString& sku, const QString& revisionHash, const QString& toStage,
                           const QString& comment)
{
    if (toStage.isEmpty())
        return Status::invalid(tr("say which stage to send %1 back to").arg(sku));
    return decide(sku, revisionHash, Transition::Kind::SendBack, toStage, comment);
}

Status Workspace::restoreRevision(const QString& sku, const QString& revisionHash)
{
    Status status;
    const auto state = findRevision(sku, revisionHash, &status);
    if (!state)
        return status;
    auto record = MasterRecord::fromCanonicalJson(state->revision.content);
    if (!record)
        return Status::internal(tr("revision %1 of %2 is damaged").arg(state->revision.hash.left(12), sku));
    if (Status s = writeRecords({*record}, {}, QStringLiteral("restore"), state->revision.hash); !s)
        return s;
    Q_EMIT recordSaved(sku);
    Q_EMIT revisionsChanged(sku);
    return Status::ok();
}

namespace {

bool newerSubmission(const RevisionState& a, const RevisionState& b)
{
    return a.submission != b.submission ? a.submission > b.submission : a.revision.id > b.revision.id;
}

} // namespace

std::optional<RevisionState> Workspace::effectiveRevision(const QString& sku, const QString& channel,
                                                          Status* status) const
{
    const Channel* c = m_catalog.channel(channel);
    if (!c) {
        if (status)
            *status = Status::invalid(tr("there is no channel “%1”").arg(channel));
        return std::nullopt;
    }
    QList<RevisionState> states = m_workflowStore->revisions(sku);
    std::sort(states.begin(), states.end(), newerSubmission);
    for (const RevisionState& state : std::as_const(states))
        if (m_workflow.stage(state.stage) && m_workflow.releaseLevel(state.stage) >= c->requiredLevel)
            return state;
    return std::nullopt;
}

QList<RevisionState> Workspace::revisionStates(const QString& sku) const
{
    return m_workflowStore->revisions(sku);
}

std::optional<RevisionState> Workspace::findRevision(const QString& sku, const QString& hashOrPrefix,
                                                     Status* status) const
{
    if (hashOrPrefix.size() < 4) {
        *status = Status::invalid(tr("give at least 4 characters of a revision hash"));
        return std::nullopt;
    }
    std::optional<RevisionState> found;
    for (const RevisionState& state : m_workflowStore->revisions(sku)) {
        if (!state.revision.hash.startsWith(hashOrPrefix.toLower()))
            continue;
        if (found) {
            *status = Status::invalid(tr("“%1” names more than one revision of %2").arg(hashOrPrefix, sku));
            return std::nullopt;
        }
        found = state;
    }
    if (!found)
        *status = Status::invalid(tr("%1 has no revision “%2”").arg(sku, hashOrPrefix));
    return found;
}

std::optional<RevisionState> Workspace::revisionState(const QString& sku, const QString& hashOrPrefix,
                                                      Status* status) const
{
    Status local;
    auto found = findRevision(sku, hashOrPrefix, &local);
    if (status)
        *status = local;
    return found;
}

std::optional<RevisionState> Workspace::currentRevision(const QString& sku) const
{
    std::optional<RevisionState> best;
    for (const RevisionState& state : m_workflowStore->revisions(sku))
        if (state.submission > 0 && !state.superseded && (!best || newerSubmission(state, *best)))
            best = state;
    return best;
}

std::optional<RevisionState> Workspace::lastApprovedRevision(const QString& sku) const
{
    const auto current = currentRevision(sku);
    QList<RevisionState> states = m_workflowStore->revisions(sku);
    std::sort(states.begin(), states.end(), newerSubmission);
    for (const RevisionState& state : std::as_const(states))
        if ((!current || state.revision.id != current->revision.id) &&
            m_workflow.releaseLevel(state.stage) > 0)
            return state;
    return std::nullopt;
}

QList<Approval> Workspace::approvals(const QString& sku) const
{
    return m_workflowStore->approvals(sku);
}

QList<Transition> Workspace::transitionsFor(const RevisionState& state, bool* blockedByFourEyes) const
{
    QList<Transition> result;
    if (blockedByFourEyes)
        *blockedByFourEyes = false;
    const Stage* stage = m_workflow.stage(state.stage);
    if (!stage || !m_session.canAct() || stage->code == m_workflow.first()->code)
        return result;
    const bool fourEyes =
        stage->fourEyes && !m_session.isOpen() &&
        (state.submittedBy == m_session.userName() || state.editors.contains(m_session.userName()));
    for (const Transition& t : m_workflow.transitionsFrom(stage->code)) {
        if (!m_session.holdsAny(t.roles))
            continue;
        if (fourEyes && t.kind == Transition::Kind::Approve) {
            if (blockedByFourEyes)
                *blockedByFourEyes = true;
            continue;
        }
        result << t;
    }
    return result;
}

QList<Transition> Workspace::allowedTransitions(const QString& sku) const
{
    const auto current = currentRevision(sku);
    return current ? transitionsFor(*current, nullptr) : QList<Transition>();
}

QList<RevisionComment> Workspace::comments(const QString& sku, const QString& revisionHash) const
{
    return m_workflowStore->comments(sku, revisionHash);
}

Status Workspace::addComment(const QString& sku, const QString& revisionHash, const QString& text)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Status::invalid(tr("the comment is empty"));
    Status status;
    const auto state = findRevision(sku, revisionHash, &status);
    if (!state)
        return status;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->addComment(RevisionComment{
            0, sku, state->revision.hash, m_session.userName(), text.trimmed(), utcTimestamp()});
        !s)
        return s;
    if (Status s = audit(QStringLiteral("comment"), sku,
                         {{u"revision"_s, state->revision.hash}, {u"text"_s, text.trimmed()}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT commentsChanged(sku);
    return Status::ok();
}

QList<Task> Workspace::tasks() const
{
    QList<Task> result;
    if (!m_session.canAct())
        return result;
    // Tasks are what waits for an approval this user may give; send-backs alone do not make work.
    QStringList stages;
    for (const Stage& stage : m_workflow.stages) {
        if (stage.code == m_workflow.first()->code)
            continue;
        for (const Transition& t : m_workflow.transitionsFrom(stage.code, Transition::Kind::Approve))
            if (m_session.holdsAny(t.roles) && !stages.contains(stage.code))
                stages << stage.code;
    }
    QSqlQuery label(db());
    label.prepare(QStringLiteral("SELECT label FROM products WHERE sku = ?"));
    for (const RevisionState& state : m_workflowStore->waiting(stages)) {
        Task task{state.revision.sku,
                  {},
                  state.revision.hash,
                  state.stage,
                  state.submittedBy,
                  state.submittedAt,
                  {},
                  false};
        task.transitions = transitionsFor(state, &task.blockedByFourEyes);
        label.bindValue(0, task.sku);
        if (label.exec() && label.next())
            task.label = label.value(0).toString();
        result << task;
    }
    return result;
}

QMap<QString, int> Workspace::taskCounts() const
{
    QMap<QString, int> counts;
    for (const Task& task : tasks())
        if (!task.blockedByFourEyes)
            ++counts[task.stage];
    return counts;
}

std::optional<RevisionDiff> Workspace::diff(const QString& sku, const QString& hashBefore,
                                            const QString& hashAfter, Status* status) const
{
    auto load = [&](const QString& hash) -> std::optional<MasterRecord> {
        if (hash == u"draft")
            return m_records->load(sku, status);
        const auto state = findRevision(sku, hash, status);
        if (!state)
            return std::nullopt;
        auto record = MasterRecord::fromCanonicalJson(state->revision.content);
        if (!record)
            *status = Status::internal(tr("revision %1 of %2 is damaged").arg(hash, sku));
        return record;
    };
    const auto before = load(hashBefore);
    if (!before)
        return std::nullopt;
    const auto after = load(hashAfter);
    if (!after)
        return std::nullopt;
    return RevisionDiff::compare(*before, *after, &m_catalog);
}

// --- Audit ---------------------------------------------------------------------------------------------

QList<AuditEntry> Workspace::auditEntries(const AuditQuery& query, Status* status) const
{
    if (Status s = refuseUnless(Permission::ViewAudit); !s) {
        if (status)
            *status = s;
        return {};
    }
    return m_audit->list(query, status);
}

AuditVerification Workspace::verifyAudit() const
{
    return m_audit->verify();
}

} // namespace facet
