// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/WorkflowStore.h"

#include "models/storage/SqlValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {

QStringList list(const QString& s)
{
    return s.split(u',', Qt::SkipEmptyParts);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kRevisionColumns = QStringLiteral("r.id, p.sku, r.hash, r.content, r.author, r.created_at, "
                                                "r.stage, r.submitted_by, r.submitted_at, r.editors, "
                                                "r.superseded, r.submission");

RevisionState stateFromRow(const QSqlQuery& q)
{
    return RevisionState{Revision{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toByteArray(), q.value(4).toString(), q.value(5).toString()},
                         q.value(6).toString(),
                         q.value(7).toString(),
                         q.value(8).toString(),
                         list(q.value(9).toString()),
                         q.value(10).toBool(),
                         q.value(11).toLongLong()};
}

} // namespace

WorkflowStore::WorkflowStore(QSqlDatabase db)
    : m_db(db)
{
}

Workflow WorkflowStore::load(Status* status) const
{
    Workflow w;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code, labels, position, release_level, four_eyes FROM workflow_stages "
                               "ORDER BY position"))) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return w;
    }
    while (q.next())
        w.stages << Stage{q.value(0).toString(), labelsFromJson(q.value(1).toString()), q.value(2).toInt(),
                          q.value(3).toInt(), q.value(4).toBool()};
    if (!q.exec(QStringLiteral(
            "SELECT from_stage, to_stage, kind, roles FROM workflow_transitions ORDER BY id"))) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return w;
    }
    while (q.next())
        w.transitions << Transition{q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString() == QStringLiteral("send-back")
                                        ? Transition::Kind::SendBack
                                        : Transition::Kind::Approve,
                                    list(q.value(3).toString())};
    return w;
}

Status WorkflowStore::save(const Workflow& workflow)
{
    QSqlQuery q(m_db);
    for (const QString& sql :
         {QStringLiteral("DELETE FROM workflow_transitions"), QStringLiteral("DELETE FROM workflow_stages")})
        if (!q.exec(sql))
            return Status::internal(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO workflow_stages (code, labels, position, release_level, four_eyes) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const Stage& s : workflow.stages)
        if (Status st =
                execWith(q, {s.code, labelsToJson(s.labels), s.position, s.releaseLevel, s.fourEyes ? 1 : 0});
            !st)
            return st;
    q.prepare(QStringLiteral(
        "INSERT INTO workflow_transitions (from_stage, to_stage, kind, roles) VALUES (?, ?, ?, ?)"));
    for (const Transition& t : workflow.transitions)
        if (Status st = execWith(q, {t.from, t.to, Transition::kindId(t.kind), t.roles.join(u',')}); !st)
            return st;
    return Status::ok();
}

QList<RevisionState> WorkflowStore::revisions(const QString& sku) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT " + kRevisionColumns +
              u" FROM revisions r JOIN products p ON p.id = r.product_id WHERE p.sku = ? ORDER BY r.id");
    q.bindValue(0, sku);
    QList<RevisionState> result;
    if (q.exec())
        while (q.next())
            result << stateFromRow(q);
    return result;
}

std::optional<RevisionState> WorkflowStore::revision(const QString& sku, const QString& hash) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT " + kRevisionColumns +
              u" FROM revisions r JOIN products p ON p.id = r.product_id WHERE p.sku = ? AND r.hash = ?");
    q.bindValue(0, sku);
    q.bindValue(1, hash);
    if (q.exec() && q.next())
        return stateFromRow(q);
    return std::nullopt;
}

Status WorkflowStore::markSubmitted(qint64 revisionId, const QString& stage, const QString& user,
                                    const QString& at, const QStringList& editors)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE revisions SET stage = ?, submitted_by = ?, submitted_at = ?, editors = ?, superseded = 0, "
        "submission = (SELECT COALESCE(MAX(s.submission), 0) + 1 FROM revisions s WHERE s.product_id = "
        "revisions.product_id) WHERE id = ?"));
    return execWith(q, {stage, user, at, editors.join(u','), revisionId});
}

Status WorkflowStore::setStage(qint64 revisionId, const QString& stage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE revisions SET stage = ? WHERE id = ?"));
    return execWith(q, {stage, revisionId});
}

Status WorkflowStore::setSuperseded(qint64 revisionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE revisions SET superseded = 1 WHERE id = ?"));
    return execWith(q, {revisionId});
}

QStringList WorkflowStore::draftEditors(const QString& sku) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT d.editors FROM drafts d JOIN products p ON p.id = d.product_id WHERE p.sku = ?"));
    q.bindValue(0, sku);
    return q.exec() && q.next() ? list(q.value(0).toString()) : QStringList();
}

Status WorkflowStore::setDraftEditors(const QString& sku, const QStringList& editors)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE drafts SET editors = ? WHERE product_id = (SELECT id FROM products WHERE sku = ?)"));
    return execWith(q, {editors.join(u','), sku});
}

Status WorkflowStore::addApproval(const Approval& a)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO approvals (product_id, revision_hash, user_name, role, from_stage, to_stage, decision, "
        "comment, at) VALUES ((SELECT id FROM products WHERE sku = ?), ?, ?, ?, ?, ?, ?, ?, ?)"));
    return execWith(q, {a.sku, a.revisionHash, a.user, text(a.role), text(a.fromStage), text(a.toStage),
                        Approval::decisionId(a.decision), text(a.comment), a.at});
}

QList<Approval> WorkflowStore::approvals(const QString& sku) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.revision_hash, a.user_name, a.role, a.from_stage, a.to_stage, a.decision, a.comment, "
        "a.at "
        "FROM approvals a JOIN products p ON p.id = a.product_id WHERE p.sku = ? ORDER BY a.id"));
    q.bindValue(0, sku);
    QList<Approval> result;
    if (q.exec())
        while (q.next())
            result << Approval{
                q.value(0).toLongLong(),
                sku,
                q.value(1).toString(),
                q.value(2).toString(),
                q.value(3).toString(),
                q.value(4).toString(),
                q.value(5).toString(),
                Approval::decisionFromId(q.value(6).toString()).value_or(Approval::Decision::Approve),
                q.value(7).toString(),
                q.value(8).toString()};
    return result;
}

Status WorkflowStore::addComment(const RevisionComment& c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO revision_comments (product_id, revision_hash, user_name, text, at) VALUES "
        "((SELECT id FROM products WHERE sku = ?), ?, ?, ?, ?)"));
    return execWith(q, {c.sku, c.revisionHash, c.user, c.text, c.at});
}

QList<RevisionComment> WorkflowStore::comments(const QString& sku, const QString& revisionHash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.revision_hash, c.user_name, c.text, c.at FROM revision_comments c "
        "JOIN products p ON p.id = c.product_id WHERE p.sku = ? AND (? = '' OR c.revision_hash = ?) "
        "ORDER BY c.id"));
    q.bindValue(0, sku);
    q.bindValue(1, text(revisionHash));
    q.bindValue(2, text(revisionHash));
    QList<RevisionComment> result;
    if (q.exec())
        while (q.next())
            result << RevisionComment{q.value(0).toLongLong(), sku,
                                      q.value(1).toString(),   q.value(2).toString(),
                                      q.value(3).toString(),   q.value(4).toString()};
    return result;
}

QList<RevisionState> WorkflowStore::waiting(const QStringList& stages) const
{
    QList<RevisionState> result;
    if (stages.isEmpty())
        return result;
    QStringList marks;
    for (qsizetype i = 0; i < stages.size(); ++i)
        marks << QStringLiteral("?");
    // Content stays out of task lists: a record's document can be large and lists only show its place.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, p.sku, r.hash, '', r.author, r.created_at, r.stage, r.submitted_by, "
                       "r.submitted_at, r.editors, r.superseded, r.submission FROM revisions r JOIN products "
                       "p ON p.id = r.product_id "
                       "WHERE r.superseded = 0 AND r.submission > 0 AND r.stage IN (%1) AND r.submission = "
                       "(SELECT MAX(s.submission) FROM revisions s WHERE s.product_id = r.product_id) "
                       "ORDER BY r.submitted_at, p.sku")
            .arg(marks.join(u", ")));
    for (qsizetype i = 0; i < stages.size(); ++i)
        q.bindValue(int(i), stages.at(i));
    if (q.exec())
        while (q.next())
            result << stateFromRow(q);
    return result;
}

} // namespace facet
