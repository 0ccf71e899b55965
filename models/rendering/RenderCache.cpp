// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/RenderCache.h"

#include <QMutexLocker>

namespace facet {

RenderCache::RenderCache(qsizetype maxBytes)
    : m_cache(maxBytes)
{
}

QString RenderCache::key(const QString& channel, const QString& locale, const QString& revisionHash,
                         const QString& templateVersion, int variant)
{
    return channel + u'\x1f' + locale + u'\x1f' + revisionHash + u'\x1f' + templateVersion + u'\x1f' +
           QString::number(variant);
}

std::optional<Rendering> RenderCache::find(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    if (const Rendering* r = m_cache.object(key)) {
        ++m_hits;
        return *r;
    }
    ++m_misses;
    return std::nullopt;
}

void RenderCache::insert(const QString& key, const Rendering& rendering)
{
    qsizetype bytes = 512;
    for (const RenderedPart& p : rendering.parts)
        bytes += p.content.size();
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new Rendering(rendering), bytes);
}

void RenderCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

qsizetype RenderCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

qsizetype RenderCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

} // namespace facet
