// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/core/Status.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Revision.h"
#include "models/record/Validator.h"
#include "models/rendering/ChannelTemplate.h"
#include "models/storage/Asset.h"
#include "models/storage/ProductQuery.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace facet {

class RecordStore;
class TemplateStore;
class SqlDialect;

// One catalog in one database. The single entry point the workbench and facetctl share: every write is
// validated and transactional, and announces itself so views can follow.
// A Workspace belongs to the thread that opened it; background work opens its own.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { OpenExisting, Create, OpenOrCreate };

    static std::unique_ptr<Workspace> open(const QString& path, OpenMode mode, Status* status);
    ~Workspace() override;

    QString path() const { return m_path; }
    int schemaVersion() const;
    const Catalog& catalog() const { return m_catalog; }

    Status saveStructure(const Catalog& catalog);

    std::optional<MasterRecord> record(const QString& sku, Status* status = nullptr) const;
    // The drafts of several products at once, for bulk work such as imports; unknown SKUs are left out.
    QList<MasterRecord> records(const QStringList& skus, Status* status = nullptr) const;
    // Runs `work` in one write transaction: everything it writes through this workspace is kept together,
    // or (when it fails, or the process dies) none of it is.
    Status transact(const std::function<Status()>& work);
    // Validates, then writes the working draft, its completeness and its search entry in one transaction.
    Status saveRecord(const MasterRecord& record);
    // All or nothing; `progress` is told how many were written and may return false to cancel (rolls back).
    Status saveRecords(const QList<MasterRecord>& records,
                       const std::function<bool(qsizetype)>& progress = {});
    Status removeRecord(const QString& sku);
    QList<ValidationError> validate(const MasterRecord& record) const;

    QList<ProductRow> products(const ProductQuery& query, Status* status = nullptr) const;
    qint64 productCount(const ProductQuery& query = {}) const;
    QList<Completeness> completeness(const QString& sku) const;
    QList<CompletenessSummary> completenessSummary() const;

    std::optional<Revision> freezeRevision(const QString& sku, const QString& author, Status* status);
    QList<Revision> revisions(const QString& sku) const;

    std::optional<qint64> addAsset(const QString& fileName, const QString& mimeType,
                                   const QByteArray& content, Status* status);
    std::optional<Asset> asset(qint64 id) const;
    // Every asset; without content unless asked, so renderers can map ids to files cheaply.
    QList<Asset> assets(bool withContent = false) const;

    // A channel's templates, one per slot of its kind: the newest saved version, else the built-in default.
    QList<ChannelTemplate> templates(const QString& channel) const;
    QList<ChannelTemplate> templateHistory(const QString& channel, const QString& name) const;
    // Checks that the source compiles, then stores it as the next version. A broken template changes nothing.
    std::optional<ChannelTemplate> saveTemplate(const QString& channel, const QString& name,
                                                const QString& source, const QString& author, Status* status);

    QList<SavedFilter> savedFilters() const;
    Status saveFilter(const SavedFilter& filter);
    Status removeFilter(const QString& name);

Q_SIGNALS:
    void recordSaved(const QString& sku);
    void recordsChanged();
    void structureChanged();
    void savedFiltersChanged();
    void templateSaved(const QString& channel, const QString& name);

private:
    Workspace(const QString& path, const QString& connectionName);
    Status initialize(bool created);
    QSqlDatabase db() const;
    Status writeSavedFilters(const QString& sql, const QVariantList& values);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    Catalog m_catalog;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<TemplateStore> m_templates;
};

} // namespace facet
