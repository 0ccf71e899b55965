// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/RenderService.h"

#include "models/record/MasterRecord.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/TemplateEngine.h"
#include "models/storage/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

namespace facet {

namespace {

// KTextTemplate engines are not thread-safe: each worker thread keeps its own with its parsed templates.
TemplateEngine& threadEngine()
{
    thread_local TemplateEngine engine;
    return engine;
}

} // namespace

std::shared_ptr<const RenderService::Snapshot> RenderService::snapshot(const Workspace& workspace,
                                                                       bool withAssetContent)
{
    auto s = std::make_shared<Snapshot>();
    s->catalog = workspace.catalog();
    for (const Channel& c : s->catalog.channels)
        s->templates.insert(c.code, workspace.templates(c.code));
    for (const Asset& a : workspace.assets(withAssetContent))
        s->assets.insert(a.id, a);
    if (withAssetContent) {
        // Previews embed the channels' renditions that were made already; the rest show their originals.
        QStringList specs;
        for (const Channel& c : s->catalog.channels)
            if (const auto spec = RenditionSpec::forChannel(c))
                specs << spec->hash();
        if (!specs.isEmpty())
            s->renditions = workspace.cachedRenditions(specs);
    }
    return s;
}

RenderService::RenderService(std::shared_ptr<const Snapshot> snapshot, TemplateContext::AssetLinks links,
                             ChannelRenderer::Stage stage)
    : m_snapshot(std::move(snapshot))
    , m_links(links)
    , m_stage(stage)
    , m_cache(std::make_shared<RenderCache>())
{
    for (const Channel& c : m_snapshot->catalog.channels)
        for (const QString& locale : m_snapshot->catalog.localeCodes())
            m_bases.insert(c.code + u'/' + locale, TemplateContext::base(m_snapshot->catalog, c, locale));
}

QList<RenderService::Target> RenderService::targets(const QStringList& channels) const
{
    QList<Target> result;
    for (const Channel& c : m_snapshot->catalog.channels) {
        if (!channels.isEmpty() && !channels.contains(c.code))
            continue;
        const QStringList locales = c.locales.isEmpty() ? m_snapshot->catalog.localeCodes() : c.locales;
        for (const QString& locale : locales)
            result << Target{c.code, locale};
    }
    return result;
}

Rendering RenderService::render(const MasterRecord& record, const QString& channel, const QString& locale,
                                const QString& revisionHash) const
{
    return render(record, channel, locale, revisionHash, nullptr);
}

QList<Rendering> RenderService::renderRecord(const MasterRecord& record, const QList<Target>& targets,
                                             const QString& revisionHash) const
{
    const QString hash = revisionHash.isEmpty() ? record.contentHash() : revisionHash;
    ProductCache products;
    QList<Rendering> result;
    result.reserve(targets.size());
    for (const Target& t : targets)
        result << render(record, t.channel, t.locale, hash, &products);
    return result;
}

Rendering RenderService::render(const MasterRecord& record, const QString& channel, const QString& locale,
                                const QString& revisionHash, ProductCache* products) const
{
    const Channel* c = m_snapshot->catalog.channel(channel);
    if (!c) {
        Rendering r;
        r.sku = record.sku;
        r.channel = channel;
        r.locale = locale;
        r.error = QCoreApplication::translate("facet::RenderService", "there is no channel “%1”").arg(channel);
        return r;
    }
    const QList<ChannelTemplate> templates = m_snapshot->templates.value(channel);
    QStringList versions;
    for (const ChannelTemplate& t : templates)
        versions << t.versionTag();
    const QString hash = revisionHash.isEmpty() ? record.contentHash() : revisionHash;
    const QString key = RenderCache::key(channel, locale, hash, versions.join(u' '), int(m_links) * 2 + int(m_stage));
    if (m_caching)
        if (auto cached = m_cache->find(key))
            return *cached;

    TemplateContext::Inputs inputs;
    inputs.catalog = &m_snapshot->catalog;
    inputs.channel = c;
    inputs.locale = locale;
    inputs.assetLinks = m_links;
    inputs.assets = &m_snapshot->assets;
    inputs.renditions = &m_snapshot->renditions;
    const auto base = m_bases.constFind(channel + u'/' + locale);
    if (base != m_bases.constEnd())
        inputs.base = &*base;
    inputs.products = products;
    ChannelRenderer renderer(threadEngine(), m_stage);
    Rendering r = renderer.render(record, inputs, templates, hash);
    if (m_caching)
        m_cache->insert(key, r);
    return r;
}

QList<Rendering> RenderService::renderAll(const QList<MasterRecord>& records, const QList<Target>& targets,
                                          const std::function<bool(qsizetype, qsizetype)>& progress) const
{
    const qsizetype total = records.size() * targets.size();
    QAtomicInteger<qsizetype> done = 0;
    QAtomicInteger<int> cancelled = 0;
    const QList<QList<Rendering>> perRecord =
        QtConcurrent::blockingMapped<QList<QList<Rendering>>>(records, [&](const MasterRecord& record) {
            if (cancelled.loadRelaxed())
                return QList<Rendering>{};
            QList<Rendering> r = renderRecord(record, targets);
            const qsizetype n = done.fetchAndAddRelaxed(targets.size()) + targets.size();
            if (progress && !progress(n, total))
                cancelled.storeRelaxed(1);
            return r;
        });
    QList<Rendering> results;
    results.reserve(total);
    for (const QList<Rendering>& r : perRecord)
        results << r;
    return results;
}

} // namespace facet
