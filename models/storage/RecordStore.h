// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Revision.h"
#include "models/storage/ProductQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace facet {

class Catalog;
class SqlDialect;

// Master records in SQL: the working draft as one canonical document, plus what lists, search and
// completeness need, all kept in step on every write. Callers validate and own the transaction.
class RecordStore
{
public:
    RecordStore(QSqlDatabase db, const SqlDialect& dialect, const Catalog& catalog);
    ~RecordStore();

    std::optional<MasterRecord> load(const QString& sku, Status* status = nullptr) const;
    Status write(const MasterRecord& record);
    Status remove(const QString& sku);
    Status rebuildSearchIndex();

    QList<ProductRow> list(const ProductQuery& query, Status* status = nullptr) const;
    qint64 count(const ProductQuery& query) const;
    QList<Completeness> completeness(const QString& sku) const;

    std::optional<Revision> freeze(const QString& sku, const QString& author, Status* status);
    QList<Revision> revisions(const QString& sku) const;

    static QString searchText(const Catalog& catalog, const MasterRecord& record);
    static QString label(const Catalog& catalog, const MasterRecord& record);

private:
    QString whereClause(const ProductQuery& query, bool withCursor) const;
    void bindFilter(QSqlQuery& q, const ProductQuery& query, bool withCursor) const;
    QSqlQuery& prepared(int slot, const QString& sql);

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    const Catalog& m_catalog;
    // Statements reused across writes; preparing them once is most of the bulk-write speed.
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace facet
