// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Revision.h"
#include "models/storage/PreparedRecord.h"
#include "models/storage/ProductQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <map>
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
    // Writes a validated, prepared record. Its search entry is queued: call flushSearchEntries() before
    // commit.
    Status write(const PreparedRecord& prepared);
    Status flushSearchEntries();
    // Forgets queued search entries of a batch that is being rolled back.
    void discardSearchEntries() { m_pendingSearch.clear(); }
    Status remove(const QString& sku);
    Status rebuildSearchIndex();
    // Who is written into a changed draft's editors (users who changed it since its last submission).
    void setEditor(const QString& name) { m_editor = name; }

    QList<ProductRow> list(const ProductQuery& query, Status* status = nullptr) const;
    qint64 count(const ProductQuery& query) const;
    QList<CompletenessSummary> completenessSummary() const;

    std::optional<Revision> freeze(const QString& sku, const QString& author, Status* status);
    QList<Revision> revisions(const QString& sku) const;

private:
    QString whereClause(const ProductQuery& query, bool withCursor) const;
    void bindFilter(QSqlQuery& q, const ProductQuery& query, bool withCursor) const;
    QSqlQuery& statement(int slot, const QString& sql);
    QSqlQuery& completenessInsert(qsizetype rows);

    QSqlDatabase m_db;
    QString m_editor;
    const SqlDialect& m_dialect;
    const Catalog& m_catalog;
    // Statements reused across writes; preparing them once is most of the bulk-write speed.
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> m_completenessInserts;
    struct PendingSearchEntry
    {
        qint64 id;
        bool isNew;
        QString sku;
        QString body;
    };
    QList<PendingSearchEntry> m_pendingSearch;
};

} // namespace facet
