// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/PublishingStore.h"

#include "models/core/Timestamp.h"
#include "models/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

QString statusId(Publication::Status s)
{
    return Publication::statusName(s);
}

Publication::Status statusFrom(const QString& s)
{
    for (auto candidate : {Publication::Status::Running, Publication::Status::Completed,
                           Publication::Status::Failed, Publication::Status::Cancelled})
        if (Publication::statusName(candidate) == s)
            return candidate;
    return Publication::Status::Failed;
}

PublishedItem::Result resultFrom(const QString& s)
{
    for (auto candidate :
         {PublishedItem::Result::Written, PublishedItem::Result::Unchanged, PublishedItem::Result::Withdrawn,
          PublishedItem::Result::Held, PublishedItem::Result::Failed})
        if (PublishedItem::resultName(candidate) == s)
            return candidate;
    return PublishedItem::Result::Failed;
}

const QString kPublicationColumns =
    u"id, target, channel, trigger_kind, started_by, started_at, finished_at, status, message, written, "
    "unchanged, withdrawn, held, failed, bytes"_s;

Publication publicationFrom(const QSqlQuery& q)
{
    Publication p;
    p.id = q.value(0).toLongLong();
    p.target = q.value(1).toString();
    p.channel = q.value(2).toString();
    p.trigger = q.value(3).toString();
    p.startedBy = q.value(4).toString();
    p.startedAt = q.value(5).toString();
    p.finishedAt = q.value(6).toString();
    p.status = statusFrom(q.value(7).toString());
    p.message = q.value(8).toString();
    p.written = q.value(9).toInt();
    p.unchanged = q.value(10).toInt();
    p.withdrawn = q.value(11).toInt();
    p.held = q.value(12).toInt();
    p.failed = q.value(13).toInt();
    p.bytes = q.value(14).toLongLong();
    return p;
}

const QString kItemColumns = u"i.publication_id, i.sku, i.locale, i.revision_hash, i.template_version, "
                             "i.checksum, i.result, i.message, i.paths"_s;

PublishedItem itemFrom(const QSqlQuery& q)
{
    PublishedItem i;
    i.publicationId = q.value(0).toLongLong();
    i.sku = q.value(1).toString();
    i.locale = q.value(2).toString();
    i.revisionHash = q.value(3).toString();
    i.templateVersion = q.value(4).toString();
    i.checksum = q.value(5).toString();
    i.result = resultFrom(q.value(6).toString());
    i.message = q.value(7).toString();
    i.paths = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    return i;
}

const QString kTargetColumns = u"code, channel, kind, labels, settings, automatic, enabled"_s;

PublishTarget targetFrom(const QSqlQuery& q)
{
    PublishTarget t;
    t.code = q.value(0).toString();
    t.channel = q.value(1).toString();
    t.kind = PublishTarget::kindFromName(q.value(2).toString()).value_or(PublishTarget::Kind::Folder);
    t.labels = labelsFromJson(q.value(3).toString());
    t.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    t.automatic = q.value(5).toBool();
    t.enabled = q.value(6).toBool();
    return t;
}

const QString kScheduleColumns =
    u"id, targets, channels, not_before, recurrence, next_run, enabled, created_by"_s;

PublicationSchedule scheduleFrom(const QSqlQuery& q)
{
    PublicationSchedule s;
    s.id = q.value(0).toLongLong();
    s.targets = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
    s.channels = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
    s.notBefore = timeFrom(q.value(3).toString());
    s.recurrence = q.value(4).toString();
    s.nextRun = timeFrom(q.value(5).toString());
    s.enabled = q.value(6).toBool();
    s.createdBy = q.value(7).toString();
    return s;
}

const QString kDeadLetterColumns = u"id, target, publication_id, sku, locale, message_key, body, attempts, "
                                   "http_status, error, at"_s;

DeadLetter deadLetterFrom(const QSqlQuery& q)
{
    DeadLetter d;
    d.id = q.value(0).toLongLong();
    d.target = q.value(1).toString();
    d.publicationId = q.value(2).toLongLong();
    d.sku = q.value(3).toString();
    d.locale = q.value(4).toString();
    d.key = q.value(5).toString();
    d.body = q.value(6).toByteArray();
    d.attempts = q.value(7).toInt();
    d.httpStatus = q.value(8).toInt();
    d.error = q.value(9).toString();
    d.at = q.value(10).toString();
    return d;
}

} // namespace

PublishingStore::PublishingStore(QSqlDatabase db)
    : m_db(db)
{
}

QString PublishingStore::workspaceId() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT value FROM meta WHERE key = 'workspace_id'"_s) && q.next())
        return q.value(0).toString();
    return {};
}

QList<PublishTarget> PublishingStore::targets(const QString& channel) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kTargetColumns +
              u" FROM publish_targets WHERE ? = '' OR channel = ? ORDER BY code"_s);
    q.bindValue(0, channel.isNull() ? u""_s : channel);
    q.bindValue(1, channel.isNull() ? u""_s : channel);
    QList<PublishTarget> result;
    if (q.exec())
        while (q.next())
            result << targetFrom(q);
    return result;
}

std::optional<PublishTarget> PublishingStore::target(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kTargetColumns + u" FROM publish_targets WHERE code = ?"_s);
    q.bindValue(0, code);
    if (q.exec() && q.next())
        return targetFrom(q);
    return std::nullopt;
}

Status PublishingStore::saveTarget(const PublishTarget& t)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publish_targets (code, channel, kind, labels, settings, automatic, enabled) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET channel = excluded.channel, "
              "kind = excluded.kind, labels = excluded.labels, settings = excluded.settings, "
              "automatic = excluded.automatic, enabled = excluded.enabled"_s);
    return execWith(q, {t.code, t.channel, PublishTarget::kindName(t.kind), labelsToJson(t.labels),
                        QString::fromUtf8(QJsonDocument(t.settings).toJson(QJsonDocument::Compact)),
                        t.automatic ? 1 : 0, t.enabled ? 1 : 0});
}

Status PublishingStore::removeTarget(const QString& code)
{
    QSqlQuery q(m_db);
    for (const QString& sql :
         {u"DELETE FROM publish_targets WHERE code = ?"_s, u"DELETE FROM publish_state WHERE target = ?"_s,
          u"DELETE FROM publish_holds WHERE target = ?"_s,
          u"DELETE FROM publication_queue WHERE target = ?"_s}) {
        q.prepare(sql);
        if (Status s = execWith(q, {code}); !s)
            return s;
    }
    return Status::ok();
}

std::optional<qint64> PublishingStore::startPublication(const Publication& p, Status* status)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publications (target, channel, trigger_kind, started_by, started_at, status) "
              "VALUES (?, ?, ?, ?, ?, 'running')"_s);
    if (Status s = execWith(q, {p.target, p.channel, p.trigger, p.startedBy, p.startedAt}); !s) {
        *status = s;
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

Status PublishingStore::endInterrupted(const QString& target, const QString& message, const QString& at)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE publications SET status = ?, message = ?, finished_at = ? WHERE target = ? AND status = ?"_s);
    return execWith(q, {statusId(Publication::Status::Failed), message, at, target,
                        statusId(Publication::Status::Running)});
}

Status PublishingStore::finishPublication(const Publication& p, const QList<PublishedItem>& items)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE publications SET finished_at = ?, status = ?, message = ?, written = ?, unchanged = ?, "
        "withdrawn = ?, held = ?, failed = ?, bytes = ? WHERE id = ?"_s);
    if (Status s = execWith(q, {p.finishedAt, statusId(p.status), p.message, p.written, p.unchanged,
                                p.withdrawn, p.held, p.failed, p.bytes, p.id});
        !s)
        return s;
    q.prepare(u"INSERT INTO published_items (publication_id, sku, locale, revision_hash, template_version, "
              "checksum, result, message, paths) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const PublishedItem& i : items)
        if (Status s = execWith(q, {p.id, i.sku, i.locale, i.revisionHash, i.templateVersion, i.checksum,
                                    PublishedItem::resultName(i.result), i.message, i.paths.join(u'\n')});
            !s)
            return s;
    return Status::ok();
}

QList<Publication> PublishingStore::publications(const QString& target, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kPublicationColumns +
              u" FROM publications WHERE ? = '' OR target = ? ORDER BY id DESC LIMIT ?"_s);
    const QString t = target.isNull() ? u""_s : target;
    q.bindValue(0, t);
    q.bindValue(1, t);
    q.bindValue(2, limit);
    QList<Publication> result;
    if (q.exec())
        while (q.next())
            result << publicationFrom(q);
    return result;
}

std::optional<Publication> PublishingStore::publication(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kPublicationColumns + u" FROM publications WHERE id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return publicationFrom(q);
    return std::nullopt;
}

QList<PublishedItem> PublishingStore::items(qint64 publicationId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kItemColumns +
              u" FROM published_items i WHERE i.publication_id = ? ORDER BY i.sku, i.locale"_s);
    q.bindValue(0, publicationId);
    QList<PublishedItem> result;
    if (q.exec())
        while (q.next())
            result << itemFrom(q);
    return result;
}

QList<PublishedItem> PublishingStore::itemsFor(const QString& channel, const QString& from,
                                               const QString& to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kItemColumns +
              u" FROM published_items i JOIN publications p ON p.id = i.publication_id WHERE p.channel = ? "
              "AND p.started_at >= ? AND p.started_at < ? ORDER BY p.id DESC, i.sku, i.locale"_s);
    q.bindValue(0, channel);
    q.bindValue(1, from);
    q.bindValue(2, to);
    QList<PublishedItem> result;
    if (q.exec())
        while (q.next())
            result << itemFrom(q);
    return result;
}

Status PublishingStore::setHeld(const QString& target, const QString& sku, const QString& locale,
                                const Held& held)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO publish_state (target, sku, locale, revision_hash, template_version, checksum, "
        "publication_id, context_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target, sku, locale) "
        "DO UPDATE SET revision_hash = excluded.revision_hash, template_version = "
        "excluded.template_version, checksum = excluded.checksum, publication_id = "
        "excluded.publication_id, context_hash = excluded.context_hash"_s);
    return execWith(q, {target, sku, locale, held.revisionHash, held.templateVersion, held.checksum,
                        held.publicationId, held.contextHash});
}

Status PublishingStore::removeHeld(const QString& target, const QString& sku, const QString& locale)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM publish_state WHERE target = ? AND sku = ? AND locale = ?"_s);
    return execWith(q, {target, sku, locale});
}

Status PublishingStore::setHold(const QString& target, const QString& sku, const QString& locale,
                                const Hold& hold)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO publish_holds (target, sku, locale, revision_hash, template_version, context_hash, "
        "reasons) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target, sku, locale) DO UPDATE SET "
        "revision_hash = excluded.revision_hash, template_version = excluded.template_version, "
        "context_hash = excluded.context_hash, reasons = excluded.reasons"_s);
    return execWith(
        q, {target, sku, locale, hold.revisionHash, hold.templateVersion, hold.contextHash, hold.reasons});
}

Status PublishingStore::removeHold(const QString& target, const QString& sku, const QString& locale)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM publish_holds WHERE target = ? AND sku = ? AND locale = ?"_s);
    return execWith(q, {target, sku, locale});
}

QList<PublicationSchedule> PublishingStore::schedules() const
{
    QSqlQuery q(m_db);
    QList<PublicationSchedule> result;
    if (q.exec(u"SELECT "_s + kScheduleColumns + u" FROM publication_schedules ORDER BY id"_s))
        while (q.next())
            result << scheduleFrom(q);
    return result;
}

std::optional<PublicationSchedule> PublishingStore::schedule(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kScheduleColumns + u" FROM publication_schedules WHERE id = ?"_s);
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return scheduleFrom(q);
    return std::nullopt;
}

std::optional<qint64> PublishingStore::saveSchedule(const PublicationSchedule& s, Status* status)
{
    QSqlQuery q(m_db);
    const QVariantList values{s.targets.join(u','), s.channels.join(u','), timeText(s.notBefore),
                              s.recurrence,         timeText(s.nextRun),   s.enabled ? 1 : 0,
                              s.createdBy};
    if (s.id > 0) {
        q.prepare(
            u"UPDATE publication_schedules SET targets = ?, channels = ?, not_before = ?, recurrence = ?, "
            "next_run = ?, enabled = ?, created_by = ? WHERE id = ?"_s);
        if (Status st = execWith(q, values + QVariantList{s.id}); !st) {
            *status = st;
            return std::nullopt;
        }
        if (q.numRowsAffected() == 0) {
            *status = Status::invalid(
                QCoreApplication::translate("facet::PublishingStore", "there is no schedule %1").arg(s.id));
            return std::nullopt;
        }
        return s.id;
    }
    q.prepare(u"INSERT INTO publication_schedules (targets, channels, not_before, recurrence, next_run, "
              "enabled, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (Status st = execWith(q, values + QVariantList{utcTimestamp()}); !st) {
        *status = st;
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

Status PublishingStore::removeSchedule(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM publication_schedules WHERE id = ?"_s);
    return execWith(q, {id});
}

Status PublishingStore::enqueue(const QString& target, const QString& sku, const QString& revisionHash,
                                const QString& by)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publication_queue (target, sku, revision_hash, queued_by, queued_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    return execWith(q, {target, sku, revisionHash, by, utcTimestamp()});
}

QList<PublishingStore::Queued> PublishingStore::queued() const
{
    QSqlQuery q(m_db);
    QList<Queued> result;
    if (q.exec(u"SELECT id, target, sku, revision_hash FROM publication_queue ORDER BY id"_s))
        while (q.next())
            result << Queued{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()};
    return result;
}

Status PublishingStore::dequeue(const QList<qint64>& ids)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM publication_queue WHERE id = ?"_s);
    for (qint64 id : ids)
        if (Status s = execWith(q, {id}); !s)
            return s;
    return Status::ok();
}

Status PublishingStore::addDeadLetter(const DeadLetter& d)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO dead_letters (target, publication_id, sku, locale, message_key, body, attempts, "
              "http_status, error, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return execWith(q, {d.target, d.publicationId, d.sku, d.locale, d.key, d.body, d.attempts, d.httpStatus,
                        d.error, d.at.isEmpty() ? utcTimestamp() : d.at});
}

QList<DeadLetter> PublishingStore::deadLetters(const QString& target) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kDeadLetterColumns +
              u" FROM dead_letters WHERE ? = '' OR target = ? ORDER BY id"_s);
    const QString t = target.isNull() ? u""_s : target;
    q.bindValue(0, t);
    q.bindValue(1, t);
    QList<DeadLetter> result;
    if (q.exec())
        while (q.next())
            result << deadLetterFrom(q);
    return result;
}

Status PublishingStore::updateDeadLetter(const DeadLetter& d)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE dead_letters SET attempts = ?, http_status = ?, error = ?, at = ? WHERE id = ?"_s);
    return execWith(q, {d.attempts, d.httpStatus, d.error, utcTimestamp(), d.id});
}

Status PublishingStore::removeDeadLetter(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM dead_letters WHERE id = ?"_s);
    return execWith(q, {id});
}

} // namespace facet
