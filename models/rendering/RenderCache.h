// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Rendering.h"

#include <QCache>
#include <QMutex>
#include <optional>

namespace facet {

// Renderings by what determines them: channel, locale, revision hash and template versions. Equal keys give
// equal output, so a hit is always safe to reuse. Shared by threads; bounded by the bytes it holds.
class RenderCache
{
public:
    explicit RenderCache(qsizetype maxBytes = 64 * 1024 * 1024);

    static QString key(const QString& channel, const QString& locale, const QString& revisionHash,
                       const QString& templateVersion, int variant);
    std::optional<Rendering> find(const QString& key) const;
    void insert(const QString& key, const Rendering& rendering);
    void clear();
    qsizetype hits() const;
    qsizetype misses() const;

private:
    mutable QMutex m_mutex;
    QCache<QString, Rendering> m_cache;
    mutable qsizetype m_hits = 0;
    mutable qsizetype m_misses = 0;
};

} // namespace facet
