// SPDX-License-Identifier: GPL-3.0-or-later
// The reads a publication plan is made of: effective revisions, and what each target holds and held back.
#include "models/storage/PublishingStore.h"
#include "models/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

constexpr qsizetype kChunk = 500;

// publish_state's columns as addHeldRow() reads them.
constexpr auto kHeldColumns =
    "sku, locale, revision_hash, template_version, checksum, publication_id, context_hash";

void addHeldRow(const QSqlQuery& q, QHash<QString, PublishingStore::Held>* into)
{
    into->insert(PublishingStore::heldKey(q.value(0).toString(), q.value(1).toString()),
                 PublishingStore::Held{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                       q.value(5).toLongLong(), q.value(6).toString()});
}

// Runs `sql` for every record, or for those of `skus` in chunks SQLite's variable limit allows: its %1
// becomes "AND <column> IN (…)" or nothing, and `first` is bound before the SKUs. `row` reads each row.
bool forRecords(QSqlQuery& q, const QString& sql, const QString& column, const QVariant& first,
                const QStringList& skus, const std::function<void(const QSqlQuery&)>& row, Status* status)
{
    q.setForwardOnly(true);
    const auto run = [&](const QStringList& chunk) {
        q.prepare(sql.arg(chunk.isEmpty()
                              ? QString()
                              : u"AND "_s + column + u" IN ("_s + placeholders(chunk.size()) + u')'));
        q.addBindValue(first);
        for (const QString& sku : chunk)
            q.addBindValue(sku);
        if (!q.exec()) {
            if (status)
                *status = Status::internal(q.lastError().text());
            return false;
        }
        while (q.next())
            row(q);
        return true;
    };
    if (skus.isEmpty())
        return run({});
    for (qsizetype from = 0; from < skus.size(); from += kChunk)
        if (!run(skus.mid(from, kChunk)))
            return false;
    return true;
}

} // namespace

QList<PublishingStore::Effective> PublishingStore::effectiveRevisions(int level, const QStringList& skus,
                                                                      Status* status) const
{
    // The same order as Workspace::effectiveRevision(): the newest submission, then the newest revision.
    const QString sql =
        u"SELECT sku, hash, id FROM (SELECT p.sku AS sku, r.hash AS hash, r.id AS id, "
        "ROW_NUMBER() OVER (PARTITION BY r.product_id ORDER BY r.submission DESC, r.id DESC) AS n "
        "FROM revisions r JOIN products p ON p.id = r.product_id JOIN workflow_stages s ON "
        "s.code = r.stage WHERE s.release_level >= ? %1) ranked WHERE n = 1 ORDER BY sku"_s;
    QList<Effective> result;
    QSqlQuery q(m_db);
    const auto row = [&](const QSqlQuery& r) {
        result << Effective{r.value(0).toString(), r.value(1).toString(), {}, r.value(2).toLongLong()};
    };
    if (!forRecords(q, sql, u"p.sku"_s, level, skus, row, status))
        return {};
    return result;
}

QHash<qint64, QByteArray> PublishingStore::revisionContents(const QList<qint64>& ids, Status* status) const
{
    QHash<qint64, QByteArray> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        q.prepare(u"SELECT id, content FROM revisions WHERE id IN ("_s + placeholders(chunk.size()) + u')');
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bindValue(int(i), chunk.at(i));
        if (!q.exec()) {
            if (status)
                *status = Status::internal(q.lastError().text());
            return {};
        }
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    }
    return result;
}

QList<PublishingStore::Effective> PublishingStore::stageEffective(int level, Status* status)
{
    QSqlQuery q(m_db);
    auto failed = [&] {
        if (status)
            *status = Status::internal(q.lastError().text());
        return QList<Effective>();
    };
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS plan_effective (level INTEGER NOT NULL, sku TEXT NOT NULL, "
                "hash TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (level, sku)) WITHOUT ROWID"_s))
        return failed();
    q.prepare(u"DELETE FROM temp.plan_effective WHERE level = ?"_s);
    q.addBindValue(level);
    if (!q.exec())
        return failed();
    // The same order as Workspace::effectiveRevision(): the newest submission, then the newest revision.
    q.prepare(u"INSERT INTO temp.plan_effective (level, sku, hash, id) SELECT ?, sku, hash, id FROM (SELECT "
              "p.sku AS sku, r.hash AS hash, r.id AS id, ROW_NUMBER() OVER (PARTITION BY r.product_id "
              "ORDER BY r.submission DESC, r.id DESC) AS n FROM revisions r JOIN products p ON p.id = "
              "r.product_id JOIN workflow_stages s ON s.code = r.stage WHERE s.release_level >= ?) ranked "
              "WHERE n = 1"_s);
    q.addBindValue(level);
    q.addBindValue(level);
    if (!q.exec())
        return failed();
    q.setForwardOnly(true);
    q.prepare(u"SELECT sku, hash, id FROM temp.plan_effective WHERE level = ? ORDER BY sku"_s);
    q.addBindValue(level);
    if (!q.exec())
        return failed();
    QList<Effective> result;
    while (q.next())
        result << Effective{q.value(0).toString(), q.value(1).toString(), {}, q.value(2).toLongLong()};
    return result;
}

QStringList PublishingStore::staleRecords(const QString& target, int level, const QStringList& locales,
                                          const QString& templateVersion, const QString& contextHash,
                                          Status* status) const
{
    // A locale counts as current when the target holds this revision as published, or as held back
    // for reasons that still stand; a hold that merely repeats a published row is not counted twice.
    // The locale is filtered within the record's index range ("+"), which is one seek instead of one per
    // locale; holds are only counted for the few records whose published rows fall short.
    const QString in = placeholders(qMax<qsizetype>(1, locales.size()));
    const QString published =
        u"(SELECT count(*) FROM publish_state ps WHERE ps.target = ? AND ps.sku = e.sku AND +ps.locale IN "
        "(%1) AND ps.revision_hash = e.hash AND ps.template_version = ? AND ps.context_hash = ?)"_s.arg(in);
    const QString heldBack =
        u"(SELECT count(*) FROM publish_holds ph WHERE ph.target = ? AND ph.sku = e.sku AND +ph.locale IN "
        "(%1) AND ph.revision_hash = e.hash AND ph.template_version = ? AND ph.context_hash = ? AND NOT "
        "EXISTS (SELECT 1 FROM publish_state ps2 WHERE ps2.target = ph.target AND ps2.sku = ph.sku AND "
        "ps2.locale = ph.locale AND ps2.revision_hash = ph.revision_hash AND ps2.template_version = "
        "ph.template_version AND ps2.context_hash = ph.context_hash))"_s.arg(in);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.sku FROM temp.plan_effective e WHERE e.level = ? AND "_s + published +
              u" < ? AND "_s + published + u" + "_s + heldBack + u" < ? ORDER BY e.sku"_s);
    auto bindCompared = [&] {
        q.addBindValue(target);
        bindList(q, locales);
        q.addBindValue(templateVersion);
        q.addBindValue(contextHash);
    };
    q.addBindValue(level);
    bindCompared();
    q.addBindValue(locales.size());
    bindCompared();
    bindCompared();
    q.addBindValue(locales.size());
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return {};
    }
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QHash<QString, PublishingStore::Held> PublishingStore::heldBeyond(const QString& target, int level,
                                                                  const QStringList& locales,
                                                                  Status* status) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + QLatin1StringView(kHeldColumns) +
              u" FROM publish_state ps WHERE ps.target = ? AND (ps.locale NOT IN (%1) OR NOT EXISTS "
              "(SELECT 1 FROM temp.plan_effective e WHERE e.level = ? AND e.sku = ps.sku))"_s.arg(
                  placeholders(qMax<qsizetype>(1, locales.size()))));
    q.addBindValue(target);
    bindList(q, locales);
    q.addBindValue(level);
    QHash<QString, Held> result;
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return result;
    }
    while (q.next())
        addHeldRow(q, &result);
    return result;
}

QHash<QString, PublishingStore::Held> PublishingStore::heldBy(const QString& target, const QStringList& skus,
                                                              Status* status) const
{
    QHash<QString, Held> result;
    QSqlQuery q(m_db);
    const QString sql =
        u"SELECT "_s + QLatin1StringView(kHeldColumns) + u" FROM publish_state WHERE target = ? %1"_s;
    if (!forRecords(
            q, sql, u"sku"_s, target, skus, [&](const QSqlQuery& r) { addHeldRow(r, &result); }, status))
        return {};
    return result;
}

QHash<QString, PublishingStore::Hold> PublishingStore::holds(const QString& target, const QStringList& skus,
                                                             Status* status) const
{
    QHash<QString, Hold> result;
    QSqlQuery q(m_db);
    const QString sql = u"SELECT sku, locale, revision_hash, template_version, context_hash, reasons FROM "
                        "publish_holds WHERE target = ? %1"_s;
    const auto row = [&](const QSqlQuery& r) {
        result.insert(
            heldKey(r.value(0).toString(), r.value(1).toString()),
            Hold{r.value(2).toString(), r.value(3).toString(), r.value(4).toString(), r.value(5).toString()});
    };
    if (!forRecords(q, sql, u"sku"_s, target, skus, row, status))
        return {};
    return result;
}

} // namespace facet
