// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/AssetQuery.h"
#include "models/assets/Rendition.h"
#include "models/assets/RenditionSpec.h"
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

class AssetStore;
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

    // Stores bytes as they are, once per content; importAsset() is the checked way in for files from outside.
    std::optional<qint64> addAsset(const QString& fileName, const QString& mimeType,
                                   const QByteArray& content, Status* status);
    std::optional<Asset> asset(qint64 id) const;
    // Every asset with its metadata; without content unless asked, so renderers can map ids to files cheaply.
    QList<Asset> assets(bool withContent = false) const;

    // The asset library. A file whose content is not the JPEG, PNG, WebP, SVG or PDF its name says, is cut
    // off, unsafe (SVG scripts) or a decompression bomb is refused with the reason and changes nothing.
    std::optional<AssetAdded> importAsset(const QString& fileName, const QByteArray& content,
                                          const AssetMetadata& metadata, Status* status);
    // The asset's metadata without its bytes.
    std::optional<Asset> assetInfo(qint64 id) const;
    std::optional<Asset> assetBySha(const QString& sha256, bool withContent = false) const;
    QList<Asset> findAssets(const AssetQuery& query) const;
    QStringList assetTags() const;
    Status saveAssetMetadata(qint64 id, const AssetMetadata& metadata);
    // Working drafts whose asset values name the asset.
    QList<AssetUsage> assetUsage(qint64 id, Status* status = nullptr) const;
    // The asset's rendition for `spec` from the cache, else made now on this thread and cached. The
    // workbench makes renditions with RenditionGenerator on a worker and stores them with storeRendition().
    std::optional<Rendition> rendition(qint64 assetId, const RenditionSpec& spec, Status* status);
    std::optional<Rendition> cachedRendition(const QString& sha256, const RenditionSpec& spec) const;
    // The bytes of every cached rendition of these specs, by "<source sha256>/<spec hash>".
    QHash<QString, QByteArray> cachedRenditions(const QStringList& specHashes) const;
    Status storeRendition(const Rendition& rendition);

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
    void assetsChanged();

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
    std::unique_ptr<AssetStore> m_assets;
};

} // namespace facet
