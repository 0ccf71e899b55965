// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/RecordStore.h"

#include "models/catalog/Catalog.h"
#include "models/record/RichText.h"
#include "models/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::RecordStore", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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

enum Slot { FindId, Insert, Update, DeleteCategories, InsertCategory, DeleteCompleteness, InsertCompleteness,
            SearchDelete, SearchInsert, SlotCount };

} // namespace

RecordStore::RecordStore(QSqlDatabase db, const SqlDialect& dialect, const Catalog& catalog)
    : m_db(db)
    , m_dialect(dialect)
    , m_catalog(catalog)
{
    m_statements.resize(SlotCount);
}

RecordStore::~RecordStore() = default;

QSqlQuery& RecordStore::prepared(int slot, const QString& sql)
{
    auto& statement = m_statements[size_t(slot)];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_db);
        statement->prepare(sql);
    }
    return *statement;
}

std::optional<MasterRecord> RecordStore::load(const QString& sku, Status* status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT draft FROM products WHERE sku = ?"));
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
    auto record = MasterRecord::fromCanonicalJson(q.value(0).toString().toUtf8());
    if (!record && status)
        *status = Status::internal(tr("the stored draft of “%1” is damaged").arg(sku));
    return record;
}

QString RecordStore::label(const Catalog& catalog, const MasterRecord& record)
{
    const Family* family = catalog.family(record.family);
    if (!family || family->labelAttribute.isEmpty())
        return record.sku;
    const Attribute* attribute = catalog.attribute(family->labelAttribute);
    const QString locale = attribute && attribute->localizable ? catalog.defaultLocale() : QString();
    const QJsonValue v = record.resolve(family->labelAttribute, locale, QString());
    const QString text = attribute ? attribute->format(v) : v.toString();
    return attribute && attribute->type == AttributeType::RichText ? RichText::toPlainText(text) : text;
}

QString RecordStore::searchText(const Catalog& catalog, const MasterRecord& record)
{
    QStringList parts;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const Attribute* attribute = catalog.attribute(it.key().attribute);
        if (!attribute)
            continue;
        if (attribute->type == AttributeType::RichText)
            parts << RichText::toPlainText(it.value().toString());
        else if (attribute->type == AttributeType::Text || attribute->type == AttributeType::Gtin)
            parts << it.value().toString();
    }
    return parts.join(u'\n');
}

Status RecordStore::write(const MasterRecord& record)
{
    const QString timestamp = now();
    const QByteArray canonical = record.canonicalJson();
    const QString hash = record.contentHash();
    const QList<Completeness> completenessEntries = Completeness::compute(m_catalog, record);

    QSqlQuery& find = prepared(FindId, QStringLiteral("SELECT id, draft_hash FROM products WHERE sku = ?"));
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

    QSqlQuery* q = nullptr;
    if (id == 0) {
        q = &prepared(Insert, QStringLiteral("INSERT INTO products (sku, family, label, draft, draft_hash, completeness, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q->bindValue(0, record.sku);
        q->bindValue(1, record.family);
        q->bindValue(2, label(m_catalog, record));
        q->bindValue(3, QString::fromUtf8(canonical));
        q->bindValue(4, hash);
        q->bindValue(5, Completeness::overallPercent(completenessEntries));
        q->bindValue(6, timestamp);
        q->bindValue(7, timestamp);
    } else {
        q = &prepared(Update, QStringLiteral("UPDATE products SET family = ?, label = ?, draft = ?, draft_hash = ?, "
                                             "completeness = ?, updated_at = ? WHERE id = ?"));
        q->bindValue(0, record.family);
        q->bindValue(1, label(m_catalog, record));
        q->bindValue(2, QString::fromUtf8(canonical));
        q->bindValue(3, hash);
        q->bindValue(4, Completeness::overallPercent(completenessEntries));
        q->bindValue(5, timestamp);
        q->bindValue(6, id);
    }
    if (!q->exec())
        return Status::internal(tr("cannot save “%1”: %2").arg(record.sku, q->lastError().text()));
    if (id == 0)
        id = q->lastInsertId().toLongLong();

    QSqlQuery& deleteCategories = prepared(DeleteCategories, QStringLiteral("DELETE FROM product_categories WHERE product_id = ?"));
    deleteCategories.bindValue(0, id);
    if (!deleteCategories.exec())
        return Status::internal(deleteCategories.lastError().text());
    QSqlQuery& insertCategory = prepared(InsertCategory, QStringLiteral("INSERT INTO product_categories (product_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& category : record.categories) {
        insertCategory.bindValue(0, id);
        insertCategory.bindValue(1, category);
        if (!insertCategory.exec())
            return Status::internal(insertCategory.lastError().text());
    }

    QSqlQuery& deleteCompleteness = prepared(DeleteCompleteness, QStringLiteral("DELETE FROM completeness WHERE product_id = ?"));
    deleteCompleteness.bindValue(0, id);
    if (!deleteCompleteness.exec())
        return Status::internal(deleteCompleteness.lastError().text());
    QSqlQuery& insertCompleteness = prepared(InsertCompleteness, QStringLiteral("INSERT INTO completeness (product_id, channel, locale, required, missing) VALUES (?, ?, ?, ?, ?)"));
    for (const Completeness& entry : completenessEntries) {
        insertCompleteness.bindValue(0, id);
        insertCompleteness.bindValue(1, entry.channel);
        insertCompleteness.bindValue(2, entry.locale);
        insertCompleteness.bindValue(3, entry.required);
        insertCompleteness.bindValue(4, entry.missing.join(u','));
        if (!insertCompleteness.exec())
            return Status::internal(insertCompleteness.lastError().text());
    }

    const QStringList searchSql = m_dialect.updateSearchEntry();
    for (int i = 0; i < searchSql.size(); ++i) {
        QSqlQuery& s = prepared(SearchDelete + i, searchSql.at(i));
        s.bindValue(QStringLiteral(":id"), id);
        if (searchSql.at(i).contains(u":sku")) {
            s.bindValue(QStringLiteral(":sku"), record.sku);
            s.bindValue(QStringLiteral(":body"), searchText(m_catalog, record));
        }
        if (!s.exec())
            return Status::internal(tr("cannot index “%1” for search: %2").arg(record.sku, s.lastError().text()));
    }
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
    if (!q.exec(QStringLiteral("SELECT id, draft FROM products")))
        return Status::internal(q.lastError().text());
    const QStringList searchSql = m_dialect.updateSearchEntry();
    QSqlQuery w(m_db);
    while (q.next()) {
        const auto record = MasterRecord::fromCanonicalJson(q.value(1).toString().toUtf8());
        if (!record)
            continue;
        for (const QString& sql : searchSql) {
            w.prepare(sql);
            w.bindValue(QStringLiteral(":id"), q.value(0));
            if (sql.contains(u":sku")) {
                w.bindValue(QStringLiteral(":sku"), record->sku);
                w.bindValue(QStringLiteral(":body"), searchText(m_catalog, *record));
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
        conditions << QStringLiteral("p.id IN (SELECT product_id FROM product_categories WHERE category IN (%1))")
                          .arg(placeholders.join(u", "));
    }
    if (withCursor && query.afterValue.isValid()) {
        const QString op = query.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        conditions << QStringLiteral("(%1, p.id) %2 (:after, :afterId)").arg(sortColumnSql(query.sortColumn), op);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
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
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
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
                           q.value(3).toString(), q.value(4).toInt(), q.value(5).toString()};
    return rows;
}

qint64 RecordStore::count(const ProductQuery& query) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM products p") + whereClause(query, false));
    bindFilter(q, query, false);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Completeness> RecordStore::completeness(const QString& sku) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.channel, c.locale, c.required, c.missing FROM completeness c "
                             "JOIN products p ON p.id = c.product_id WHERE p.sku = ? ORDER BY c.channel, c.locale"));
    q.bindValue(0, sku);
    QList<Completeness> result;
    if (!q.exec())
        return result;
    while (q.next())
        result << Completeness{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toString().split(u',', Qt::SkipEmptyParts)};
    return result;
}

std::optional<Revision> RecordStore::freeze(const QString& sku, const QString& author, Status* status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, draft, draft_hash FROM products WHERE sku = ?"));
    q.bindValue(0, sku);
    if (!q.exec() || !q.next()) {
        *status = Status::invalid(tr("no product with SKU “%1”").arg(sku));
        return std::nullopt;
    }
    Revision revision{0, sku, q.value(2).toString(), q.value(1).toString().toUtf8(), author, now()};
    const qint64 productId = q.value(0).toLongLong();
    // The same content frozen twice is the same revision.
    q.prepare(QStringLiteral("SELECT id, author, created_at FROM revisions WHERE product_id = ? AND hash = ?"));
    q.bindValue(0, productId);
    q.bindValue(1, revision.hash);
    if (q.exec() && q.next()) {
        revision.id = q.value(0).toLongLong();
        revision.author = q.value(1).toString();
        revision.createdAt = q.value(2).toString();
        return revision;
    }
    q.prepare(QStringLiteral("INSERT INTO revisions (product_id, hash, content, author, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, productId);
    q.bindValue(1, revision.hash);
    q.bindValue(2, QString::fromUtf8(revision.content));
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
        result << Revision{q.value(0).toLongLong(), sku, q.value(1).toString(), q.value(2).toString().toUtf8(),
                           q.value(3).toString(), q.value(4).toString()};
    return result;
}

} // namespace facet
