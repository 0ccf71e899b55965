// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewRenderer.h"

#include "models/storage/Workspace.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

PreviewRenderer::PreviewRenderer(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewRenderer::start);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

PreviewRenderer::~PreviewRenderer()
{
    m_latest->store(-1);
    m_pool.waitForDone();
}

void PreviewRenderer::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace && (workspace || !m_snapshot))
        return;
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::structureChanged, this, [this] { takeSnapshot(); });
        connect(workspace, &Workspace::templateSaved, this, [this] { takeSnapshot(); });
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    m_hasRecord = false;
    m_record = {};
    takeSnapshot();
}

Rendering PreviewRenderer::render(const RenderService& published, const RenderService& embedded,
                                  const MasterRecord& record, const QString& channel, const QString& locale)
{
    const Channel* c = published.sources().catalog.channel(channel);
    const QString kind = c ? c->kind : QString();
    if (kind == u"print" || kind == u"instagram")
        return embedded.render(record, channel, locale);
    Rendering rendering = published.render(record, channel, locale);
    if ((kind != u"web" && kind != u"email") || !rendering.ok())
        return rendering;
    const Rendering pictures = embedded.render(record, channel, locale);
    for (RenderedPart& part : rendering.parts)
        if (part.mediaType == u"text/html")
            if (const RenderedPart* shown = pictures.part(part.name))
                part.content = shown->content;
    return rendering;
}

Workspace* PreviewRenderer::workspace() const
{
    return m_workspace;
}

const Catalog* PreviewRenderer::catalog() const
{
    return m_snapshot ? &m_snapshot->catalog : nullptr;
}

QStringList PreviewRenderer::locales(const QString& channel) const
{
    QStringList result;
    if (!m_embedded)
        return result;
    for (const RenderService::Target& t : m_embedded->targets({channel}))
        result << t.locale;
    return result;
}

void PreviewRenderer::setTargets(const QList<RenderService::Target>& targets)
{
    m_targets = targets;
}

void PreviewRenderer::setPriority(const QString& channel)
{
    m_priority = channel;
}

void PreviewRenderer::scheduleRender(const MasterRecord& record)
{
    m_record = record;
    m_hasRecord = true;
    // Results of requests made before this change are stale from now on, even while the timer runs.
    ++m_generation;
    m_latest->store(m_generation);
    setPending(true);
    m_debounce.start();
}

void PreviewRenderer::renderNow(const MasterRecord& record)
{
    m_record = record;
    m_hasRecord = true;
    start();
}

void PreviewRenderer::renderAgain()
{
    if (m_hasRecord)
        start();
}

void PreviewRenderer::clear()
{
    m_debounce.stop();
    m_hasRecord = false;
    m_record = {};
    ++m_generation;
    m_latest->store(m_generation);
    setPending(false);
}

void PreviewRenderer::takeSnapshot(bool announce)
{
    // Previews show pictures without a server, so asset contents come along.
    m_snapshot = m_workspace ? RenderService::snapshot(*m_workspace, true) : nullptr;
    const auto service = [this](TemplateContext::AssetLinks links) {
        return m_snapshot ? std::make_shared<const RenderService>(m_snapshot, links) : nullptr;
    };
    m_embedded = service(TemplateContext::AssetLinks::Embedded);
    m_published = service(TemplateContext::AssetLinks::Published);
    if (announce)
        Q_EMIT snapshotChanged();
}

bool PreviewRenderer::usesUnknownAsset(const MasterRecord& record) const
{
    if (!m_snapshot)
        return false;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        const Attribute* attribute = m_snapshot->catalog.attribute(it.key().attribute);
        if (attribute && attribute->type == AttributeType::Asset) {
            const qint64 id = it.value().toInteger(-1);
            if (id > 0 && !m_snapshot->assets.contains(id))
                return true;
        }
    }
    return false;
}

void PreviewRenderer::start()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (!m_embedded || !m_hasRecord || m_targets.isEmpty()) {
        setPending(false);
        return;
    }
    // A picture added since the snapshot (the editor's file chooser) would otherwise be missing.
    if (usesUnknownAsset(m_record))
        takeSnapshot(false);
    setPending(true);
    // The channel in sight goes first, in a job of its own, so its preview does not wait for the others.
    QList<RenderService::Target> first;
    QList<RenderService::Target> rest;
    for (const RenderService::Target& target : std::as_const(m_targets))
        (target.channel == m_priority ? first : rest) << target;
    m_batches = 0;
    for (const QList<RenderService::Target>& batch : {first, rest}) {
        if (batch.isEmpty())
            continue;
        ++m_batches;
        QtConcurrent::run(&m_pool, [published = m_published, embedded = m_embedded, batch, record = m_record,
                                    generation, latest = m_latest] {
            QList<Rendering> renderings;
            for (const RenderService::Target& target : batch) {
                if (latest->load() != generation)
                    return QList<Rendering>();
                renderings << render(*published, *embedded, record, target.channel, target.locale);
            }
            return renderings;
        }).then(this, [this, generation](const QList<Rendering>& renderings) {
            if (generation != m_generation)
                return;
            if (--m_batches == 0)
                setPending(false);
            Q_EMIT rendered(renderings);
        });
    }
}

void PreviewRenderer::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT pendingChanged(pending);
}

} // namespace facet
