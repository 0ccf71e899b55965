// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/AssetQuery.h"
#include "models/assets/Rendition.h"
#include "models/core/Status.h"
#include "models/storage/Asset.h"

#include <QSqlDatabase>
#include <optional>

namespace facet {

class SqlDialect;

// The asset library's tables: files by content hash, their metadata and tags, and the rendition cache.
// Callers own the transaction; the store only reads and writes rows.
class AssetStore
{
public:
    AssetStore(QSqlDatabase db, const SqlDialect& dialect);

    // Stores the bytes once per SHA-256. Adding known bytes again stores nothing new; metadata given then
    // is merged into the asset's (new titles, alt texts and tags; rights and expiry when given).
    std::optional<AssetAdded> add(const QString& fileName, const QString& mimeType, const QByteArray& content,
                                  const QSize& size, const AssetMetadata& metadata, Status* status);
    Status setMetadata(qint64 id, const AssetMetadata& metadata);

    std::optional<Asset> find(qint64 id, bool withContent) const;
    std::optional<Asset> findBySha(const QString& sha256, bool withContent) const;
    QList<Asset> list(const AssetQuery& query = {}, bool withContent = false) const;
    QStringList tags() const;
    // Record values (working drafts) that refer to the asset through one of `assetAttributes`.
    QList<AssetUsage> usage(qint64 id, const QStringList& assetAttributes, Status* status = nullptr) const;

    std::optional<Rendition> rendition(const QString& sourceSha256, const QString& specHash) const;
    Status storeRendition(const Rendition& rendition);
    QHash<QString, QByteArray> renditionContents(const QStringList& specHashes) const;
    qint64 renditionCount() const;

private:
    QList<Asset> select(const QString& where, const QVariantList& values, bool withContent) const;
    Status writeTags(qint64 id, const QStringList& tags);

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace facet
