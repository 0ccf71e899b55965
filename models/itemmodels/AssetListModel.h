// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/AssetQuery.h"
#include "models/storage/Asset.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QPointer>
#include <QSet>

namespace facet {

class Workspace;

// The asset library as a list for the thumbnail grid. Thumbnails are made lazily, only for the rows a view
// asks to paint: a worker thread (QtConcurrent) decodes or draws the asset, and the result is cached in the
// workspace's rendition cache (so the next session only decodes a small PNG) and in memory.
class AssetListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        Sha256Role,
        FileNameRole,
        MimeTypeRole,
        TagsRole,
        ExpiresRole,     // QDate, invalid when the asset does not expire
        ExpiredRole,     // bool
        ExpiresSoonRole, // bool: within the next 30 days
        ThumbnailReadyRole,
    };
    static constexpr int ThumbnailEdge = 160;
    static QString mimeType() { return QStringLiteral("application/x-facet-asset-id"); }

    explicit AssetListModel(QObject* parent = nullptr);
    ~AssetListModel() override;

    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const;
    void setQuery(const AssetQuery& query);
    const AssetQuery& query() const { return m_query; }
    // Titles are shown in this locale, falling back to the workspace's others.
    void setLocale(const QString& locale);
    void reload();

    const Asset* assetAt(int row) const;
    int rowOf(qint64 id) const;
    // Thumbnails requested and not finished yet.
    int pendingThumbnails() const { return int(m_pending.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

Q_SIGNALS:
    void thumbnailReady(qint64 id);

private:
    void requestThumbnail(int row) const;
    void onThumbnail(const QString& sha256, const QImage& image);
    QImage placeholder(const QString& mimeType) const;

    QPointer<Workspace> m_workspace;
    AssetQuery m_query;
    QString m_locale;
    QStringList m_fallbacks;
    QList<Asset> m_assets;
    mutable QCache<QString, QImage> m_thumbnails; // by sha256
    mutable QSet<QString> m_pending;
    mutable QHash<QString, QImage> m_placeholders;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace facet
