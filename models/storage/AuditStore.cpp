// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/AuditStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {

const QString kColumns = QStringLiteral("seq, at, actor, kind, subject, detail, previous_hash, hash");

AuditEntry fromRow(const QSqlQuery& q)
{
    return AuditEntry{
        q.value(0).toLongLong(), q.value(1).toString(),
        q.value(2).toString(),   q.value(3).toString(),
        q.value(4).toString(),   QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
        q.value(6).toString(),   q.value(7).toString()};
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

AuditStore::AuditStore(QSqlDatabase db)
    : m_db(db)
{
}

Status AuditStore::append(const QString& actor, const QString& kind, const QString& subject,
                          const QJsonObject& detail, AuditEntry* appended)
{
    QSqlQuery q(m_db);
    std::optional<AuditEntry> previous;
    if (!q.exec(u"SELECT " + kColumns + u" FROM audit_log ORDER BY seq DESC LIMIT 1"))
        return Status::internal(q.lastError().text());
    if (q.next())
        previous = fromRow(q);
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.actor = text(actor);
    entry.kind = kind;
    entry.subject = text(subject);
    entry.detail = detail;
    AuditChain::link(entry, previous ? &*previous : nullptr);
    q.prepare(u"INSERT INTO audit_log (" + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values{entry.seq,
                              entry.at,
                              entry.actor,
                              entry.kind,
                              entry.subject,
                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                              text(entry.previousHash),
                              entry.hash};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Status::internal(q.lastError().text());
    // The head is kept apart from the log so that cutting entries off its end is noticed too.
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash));
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (appended)
        *appended = entry;
    return Status::ok();
}

QList<AuditEntry> AuditStore::list(const AuditQuery& query, Status* status) const
{
    QStringList conditions;
    QVariantList values;
    if (!query.user.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        values << query.user;
    }
    if (!query.subject.isEmpty()) {
        conditions << QStringLiteral("subject = ?");
        values << query.subject;
    }
    if (!query.kinds.isEmpty()) {
        QStringList marks;
        for (const QString& kind : query.kinds) {
            marks << QStringLiteral("?");
            values << kind;
        }
        conditions << QStringLiteral("kind IN (%1)").arg(marks.join(u", "));
    }
    // Timestamps are ISO 8601 UTC with milliseconds: text order is time order.
    if (query.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << query.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << query.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = u"SELECT " + kColumns + u" FROM audit_log";
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QList<AuditEntry> result;
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return result;
    }
    while (q.next())
        result << fromRow(q);
    return result;
}

QList<AuditEntry> AuditStore::all(Status* status) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<AuditEntry> result;
    if (!q.exec(u"SELECT " + kColumns + u" FROM audit_log ORDER BY seq")) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return result;
    }
    while (q.next())
        result << fromRow(q);
    return result;
}

AuditVerification AuditStore::verify() const
{
    Status status;
    const QList<AuditEntry> entries = all(&status);
    if (!status)
        return AuditVerification{false, 0, 0, AuditVerification::Problem::ChangedContent, status.message()};
    qint64 headSeq = 0;
    QString headHash;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && q.next()) {
        const QString head = q.value(0).toString();
        headSeq = head.section(u':', 0, 0).toLongLong();
        headHash = head.section(u':', 1);
    }
    return AuditChain::verify(entries, headSeq, headHash);
}

qint64 AuditStore::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace facet
