// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/RecordStore.h"

#include "models/catalog/Catalog.h"
#include "models/core/Timestamp.h"
#include "models/record/RichText.h"
#include "models/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlError>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::RecordStore", text);
}

// Qt binds a null QString as SQL NULL; these columns hold text, empty when there is none.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString sortColumnSql(ProductQuery::SortColumn column)
{
    switch (column) {
    case ProductQuery::SortColumn::Sku:
        return QStringLiteral("p.sku");
    case ProductQuery::SortColumn::Label:
        return QStringLiteral("p.label");
    case ProductQuery::SortColumn::Family:
        return QStringLiteral("p.family");
    case ProductQuery::SortColumn::Completeness:
        return QStringLiteral("p.completeness");
    case ProductQuery::SortColumn::Updated:
        return QStringLiteral("p.updated_at");
    }
    return QStringLiteral("p.sku");
}

enum Slot {
    FindId,
    Insert,
    Update,
    WriteDraft,
    DeleteCategories,
    InsertCategory,
    DeleteCompleteness,
    SearchDelete,
    SearchInsert,
    SlotCount
};

} // namespace

RecordStore::RecordStore(QSqlDatabase db, const SqlDialect& dialect, const Catalog& catalog)
    : m_db(db)
    , m_dialect(dialect)
    , m_catalog(catalog)
{
    m_statements.resize(SlotCount);
}

RecordStore::~RecordStore() = default;

QSqlQuery& RecordStore::statement(int slot, const QString& sql)
{
    auto& statement = m_statements[size_t(slot)];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->prepare(sql);
    }
    return *statement;
}

QSqlQuery& RecordStore::completenessInsert(qsizetype rows)
{
    auto& statement = m_completenessInserts[rows];
    if (!statement) {
        QStringList values;
        for (qsizetype i = 0; i < rows; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?)");
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->prepare(
            QStringLiteral(
                "INSERT INTO completeness (product_id, channel, locale, required, missing) VALUES ") +
            values.join(QStringLiteral(", ")));
    }
    return *statement;
}

std::optional<MasterRecord> RecordStore::load(const QString& sku, Status* status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT d.content FROM products p JOIN drafts d ON d.product_id = p.id WHERE p.sku = ?"));
    q.bindValue(0, sku);
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        if (status)
            *status = Status::invalid(tr("no product with SKU “%1”").arg(sku));
        return std::nullopt;
    }
    auto record = MasterRecord::fromCanonicalJson(q.value(0).toByteArray());
    if (!record && status)
        *status = Status::internal(tr("the stored draft of “%1” is damaged").arg(sku));
    return record;
}

Status RecordStore::write(const PreparedRecord& prepared)
{
    const MasterRecord& record = *prepared.record;
    const QString timestamp = utcTimestamp();
    const QByteArray& canonical = prepared.canonical;
    const QString& hash = prepared.hash;
    const QList<Completeness>& completenessEntries = prepared.completeness;

    QSqlQuery& find = statement(FindId, QStringLiteral("SELECT id, draft_hash FROM products WHERE sku = ?"));
    find.bindValue(0, record.sku);
    if (!find.exec())
        return Status::internal(find.lastError().text());
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
        if (find.value(1).toString() == hash) {
            find.finish();
            return Status::ok(); // nothing changed: keep updated_at and the indexes as they are
        }
    }
    find.finish();

    const bool isNew = id == 0;
    QSqlQuery* q = nullptr;
    if (isNew) {
        q = &statement(Insert,
                       QStringLiteral("INSERT INTO products (sku, family, label, draft_hash, completeness, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q->bindValue(0, record.sku);
        q->bindValue(1, record.family);
        q->bindValue(2, text(prepared.label));
        q->bindValue(3, hash);
        q->bindValue(4, prepared.overallCompleteness);
        q->bindValue(5, timestamp);
        q->bindValue(6, timestamp);
    } else {
        q = &statement(Update, QStringLiteral("UPDATE products SET family = ?, label = ?, draft_hash = ?, "
                                              "completeness = ?, updated_at = ? WHERE id = ?"));
        q->bindValue(0, record.family);
        q->bindValue(1, text(prepared.label));
        q->bindValue(2, hash);
        q->bindValue(3, prepared.overallCompleteness);
        q->bindValue(4, timestamp);
        q->bindValue(5, id);
    }
    if (!q->exec())
        return Status::internal(tr("cannot save “%1”: %2").arg(record.sku, q->lastError().text()));
    if (isNew)
        id = q->lastInsertId().toLongLong();

    QSqlQuery& draft = statement(
        WriteDraft,
        QStringLiteral(
            "INSERT INTO drafts (product_id, content, editors) VALUES (?, ?, ?) "
            "ON CONFLICT (product_id) DO UPDATE SET content = excluded.content, editors = CASE "
            "WHEN drafts.editors = '' THEN excluded.editors "
            "WHEN excluded.editors = '' OR instr(',' || drafts.editors || ',', ',' || excluded.editors "
            "|| ',') > 0 THEN drafts.editors ELSE drafts.editors || ',' || excluded.editors END"));
    draft.bindValue(0, id);
    draft.bindValue(2, text(m_editor));
    // The exact UTF-8 bytes that were hashed; binding them as they are spares two conversions of the largest
    // value.
    draft.bindValue(1, canonical);
    if (!draft.exec())
        return Status::internal(tr("cannot save “%1”: %2").arg(record.sku, draft.lastError().text()));

    // A new record has nothing to replace; skipping the deletes is a third of the statements of a bulk
    // import.
    if (!isNew) {
        for (const int slot : {DeleteCategories, DeleteCompleteness}) {
            QSqlQuery& d =
                statement(slot, slot == DeleteCategories
                                    ? QStringLiteral("DELETE FROM product_categories WHERE product_id = ?")
                                    : QStringLiteral("DELETE FROM completeness WHERE product_id = ?"));
            d.bindValue(0, id);
            if (!d.exec())
                return Status::internal(d.lastError().text());
        }
    }
    QSqlQuery& insertCategory = statement(
        InsertCategory,
        QStringLiteral(
            "INSERT INTO product_categories (product_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& category : record.categories) {
        insertCategory.bindValue(0, id);
        insertCategory.bindValue(1, category);
        if (!insertCategory.exec())
            return Status::internal(insertCategory.lastError().text());
    }

    // Only the gaps are stored: a mature catalog is mostly complete, and a full channel × locale grid per
    // record was most of the rows (and bound values) of a bulk save. Percentages derive from the gaps.
    QList<const Completeness*> gaps;
    for (const Completeness& entry : completenessEntries) {
        if (!entry.missing.isEmpty())
            gaps << &entry;
    }
    if (!gaps.isEmpty()) {
        QSqlQuery& insertCompleteness = completenessInsert(gaps.size());
        int i = 0;
        for (const Completeness* entry : std::as_const(gaps)) {
            insertCompleteness.bindValue(i++, id);
            insertCompleteness.bindValue(i++, entry->channel);
            insertCompleteness.bindValue(i++, entry->locale);
            insertCompleteness.bindValue(i++, entry->required);
            insertCompleteness.bindValue(i++, entry->missing.join(u','));
        }
        if (!insertCompleteness.exec())
            return Status::internal(insertCompleteness.lastError().text());
    }

    // Search entries are written last, all together: FTS5 flushes its buffer whenever another statement opens
    // a savepoint, so interleaving them with the other writes costs a segment per record.
    m_pendingSearch.append({id, isNew, record.sku, prepared.searchText});
    return Status::ok();
}

Status RecordStore::flushSearchEntries()
{
    const QStringList searchSql = m_dialect.updateSearchEntry();
    for (const PendingSearchEntry& entry : std::as_const(m_pendingSearch)) {
        for (int i = 0; i < searchSql.size(); ++i) {
            if (entry.isNew && searchSql.at(i).startsWith(QStringLiteral("DELETE")))
                continue;
            QSqlQuery& s = statement(SearchDelete + i, searchSql.at(i));
            s.bindValue(QStringLiteral(":id"), entry.id);
            if (searchSql.at(i).contains(u":sku")) {
                s.bindValue(QStringLiteral(":sku"), entry.sku);
                s.bindValue(QStringLiteral(":body"), text(entry.body));
            }
            if (!s.exec()) {
                m_pendingSearch.clear();
                return Status::internal(
                    tr("cannot index “%1” for search: %2").arg(entry.sku, s.lastError().text()));
            }
        }
    }
    m_pendingSearch.clear();
    return Status::ok();
}

Status RecordStore::remove(const QString& sku)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM products WHERE sku = ?"));
    q.bindValue(0, sku);
    if (!q.exec() || !q.next())
        return Status::invalid(tr("no product with SKU “%1”").arg(sku));
    const qint64 id = q.value(0).toLongLong();
    q.prepare(m_dialect.deleteSearchEntry());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM products WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Status::invalid(tr("“%1” cannot be removed: %2").arg(sku, q.lastError().text()));
    return Status::ok();
}

Status RecordStore::rebuildSearchIndex()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT product_id, content FROM drafts")))
        return Status::internal(q.lastError().text());
    const QStringList searchSql = m_dialect.updateSearchEntry();
    QSqlQuery w(m_db);
    while (q.next()) {
        const auto record = MasterRecord::fromCanonicalJson(q.value(1).toByteArray());
        if (!record)
            continue;
        for (const QString& sql : searchSql) {
            w.prepare(sql);
            w.bindValue(QStringLiteral(":id"), q.value(0));
            if (sql.contains(u":sku")) {
                w.bindValue(QStringLiteral(":sku"), record->sku);
                w.bindValue(QStringLiteral(":body"), text(PreparedRecord::searchTextOf(m_catalog, *record)));
            }
            if (!w.exec())
                return Status::internal(w.lastError().text());
        }
    }
    return Status::ok();
}

QString RecordStore::whereClause(const ProductQuery& query, bool withCursor) const
{
    QStringList conditions;
    if (!m_dialect.searchExpression(query.search).isEmpty())
        conditions << m_dialect.searchCondition();
    if (!query.category.isEmpty()) {
        QStringList placeholders;
        const QStringList subtree = m_catalog.categorySubtree(query.category);
        for (qsizetype i = 0; i < subtree.size(); ++i)
            placeholders << QStringLiteral(":cat%1").arg(i);
        conditions << QStringLiteral(
                          "p.id IN (SELECT product_id FROM product_categories WHERE category IN (%1))")
                          .arg(placeholders.join(u", "));
    }
    if (withCursor && query.afterValue.isValid()) {
        const QString op = query.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        conditions
            << QStringLiteral("(%1, p.id) %2 (:after, :afterId)").arg(sortColumnSql(query.sortColumn), op);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void RecordStore::bindFilter(QSqlQuery& q, const ProductQuery& query, bool withCursor) const
{
    const QString expression = m_dialect.searchExpression(query.search);
    if (!expression.isEmpty())
        q.bindValue(QStringLiteral(":search"), expression);
    if (!query.category.isEmpty()) {
        const QStringList subtree = m_catalog.categorySubtree(query.category);
        for (qsizetype i = 0; i < subtree.size(); ++i)
            q.bindValue(QStringLiteral(":cat%1").arg(i), subtree.at(i));
    }
    if (withCursor && query.afterValue.isValid()) {
        q.bindValue(QStringLiteral(":after"), query.afterValue);
        q.bindValue(QStringLiteral(":afterId"), query.afterId);
    }
}

QList<ProductRow> RecordStore::list(const ProductQuery& query, Status* status) const
{
    const QString direction =
        query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT p.id, p.sku, p.label, p.family, p.completeness, p.updated_at "
                                       "FROM products p%1 ORDER BY %2 %3, p.id %3 LIMIT %4")
                            .arg(whereClause(query, true), sortColumnSql(query.sortColumn), direction)
                            .arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindFilter(q, query, true);
    QList<ProductRow> rows;
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return rows;
    }
    while (q.next())
        rows << ProductRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toString()};
    return rows;
}

qint64 RecordStore::count(const ProductQuery& query) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM products p") + whereClause(query, false));
    bindFilter(q, query, false);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<CompletenessSummary> RecordStore::completenessSummary() const
{
    // Only gaps are stored, so every product not listed for a channel and locale is complete there.
    // Missing attributes are stored comma-separated; counting the commas gives their number.
    QSqlQuery q(m_db);
    QHash<QString, std::pair<qint64, double>>
        gaps; // "channel|locale" → (incomplete products, sum of their %)
    if (q.exec(QStringLiteral(
            "SELECT channel, locale, COUNT(*), SUM(100.0 * (required - (LENGTH(missing) - "
            "LENGTH(REPLACE(missing, ',', "
            "'')) + 1)) / required) FROM completeness WHERE required > 0 GROUP BY channel, locale"))) {
        while (q.next())
            gaps.insert(q.value(0).toString() + u'|' + q.value(1).toString(),
                        {q.value(2).toLongLong(), q.value(3).toDouble()});
    }
    const qint64 products = count({});
    QList<CompletenessSummary> result;
    for (const Channel& channel : m_catalog.channels) {
        for (const QString& locale : channel.locales) {
            const auto [incomplete, percentSum] = gaps.value(channel.code + u'|' + locale);
            const qint64 complete = products - incomplete;
            const int average = products == 0 ? 100 : int((100.0 * complete + percentSum) / products);
            result << CompletenessSummary{channel.code, locale, products, complete, average};
        }
    }
    return result;
}

std::optional<Revision> RecordStore::freeze(const QString& sku, const QString& author, Status* status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT p.id, d.content, p.draft_hash FROM products p JOIN drafts d ON d.product_id = p.id "
        "WHERE p.sku = ?"));
    q.bindValue(0, sku);
    if (!q.exec() || !q.next()) {
        *status = Status::invalid(tr("no product with SKU “%1”").arg(sku));
        return std::nullopt;
    }
    Revision revision{0, sku, q.value(2).toString(), q.value(1).toByteArray(), author, utcTimestamp()};
    const qint64 productId = q.value(0).toLongLong();
    // The same content frozen twice is the same revision.
    q.prepare(
        QStringLiteral("SELECT id, author, created_at FROM revisions WHERE product_id = ? AND hash = ?"));
    q.bindValue(0, productId);
    q.bindValue(1, revision.hash);
    if (q.exec() && q.next()) {
        revision.id = q.value(0).toLongLong();
        revision.author = q.value(1).toString();
        revision.createdAt = q.value(2).toString();
        return revision;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO revisions (product_id, hash, content, author, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, productId);
    q.bindValue(1, revision.hash);
    q.bindValue(2, revision.content);
    q.bindValue(3, author);
    q.bindValue(4, revision.createdAt);
    if (!q.exec()) {
        *status = Status::internal(q.lastError().text());
        return std::nullopt;
    }
    revision.id = q.lastInsertId().toLongLong();
    return revision;
}

QList<Revision> RecordStore::revisions(const QString& sku) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id, r.hash, r.content, r.author, r.created_at FROM revisions r "
                             "JOIN products p ON p.id = r.product_id WHERE p.sku = ? ORDER BY r.id"));
    q.bindValue(0, sku);
    QList<Revision> result;
    if (!q.exec())
        return result;
    while (q.next())
        result << Revision{q.value(0).toLongLong(), sku,
                           q.value(1).toString(),   q.value(2).toByteArray(),
                           q.value(3).toString(),   q.value(4).toString()};
    return result;
}

} // namespace facet
