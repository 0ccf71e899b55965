// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/ChannelTemplate.h"
#include "models/rendering/RenderCache.h"
#include "models/rendering/Rendering.h"
#include "models/rendering/TemplateContext.h"

#include <functional>
#include <memory>

namespace facet {

class MasterRecord;
class Workspace;

// Renders records for channels and locales from any thread. It works on a snapshot of the workspace's
// structure, templates and asset list, so workers never touch the database; take a new snapshot after the
// structure or a template changed.
class RenderService
{
public:
    struct Snapshot
    {
        Catalog catalog;
        QHash<QString, QList<ChannelTemplate>> templates; // by channel code
        QHash<qint64, Asset> assets;
        QHash<QString, QByteArray> renditions; // cached rendition bytes by "<sha256>/<spec hash>", with content
    };
    struct Target
    {
        QString channel;
        QString locale;
    };

    static std::shared_ptr<const Snapshot> snapshot(const Workspace& workspace, bool withAssetContent);

    explicit RenderService(std::shared_ptr<const Snapshot> snapshot,
                           TemplateContext::AssetLinks links = TemplateContext::AssetLinks::Published,
                           ChannelRenderer::Stage stage = ChannelRenderer::Stage::Complete);

    const Snapshot& sources() const { return *m_snapshot; }
    // Every (channel, locale) the channels render, all channels when none are named.
    QList<Target> targets(const QStringList& channels = {}) const;

    // Thread-safe; answers from the cache when the same revision was rendered with the same templates.
    Rendering render(const MasterRecord& record, const QString& channel, const QString& locale,
                     const QString& revisionHash = {}) const;
    // Every target of one record; its contexts are built once for the channels that see the same values.
    QList<Rendering> renderRecord(const MasterRecord& record, const QList<Target>& targets,
                                  const QString& revisionHash = {}) const;
    // Every record for every target, spread over all cores, in record-then-target order. `progress` gets
    // (done, total) from worker threads and may return false to cancel; cancelled work returns what finished.
    QList<Rendering> renderAll(const QList<MasterRecord>& records, const QList<Target>& targets,
                               const std::function<bool(qsizetype, qsizetype)>& progress = {}) const;

    RenderCache& cache() const { return *m_cache; }
    // Bulk work that renders each revision once gains nothing from the cache but its cost.
    void setCaching(bool on) { m_caching = on; }

private:
    using ProductCache = QHash<QString, std::pair<QVariantHash, QStringList>>;
    Rendering render(const MasterRecord& record, const QString& channel, const QString& locale,
                     const QString& revisionHash, ProductCache* products) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    TemplateContext::AssetLinks m_links;
    ChannelRenderer::Stage m_stage;
    std::shared_ptr<RenderCache> m_cache;
    QHash<QString, QVariantHash> m_bases; // TemplateContext::base per "channel/locale"
    bool m_caching = true;
};

} // namespace facet
