// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QSize>
#include <optional>

namespace facet {

struct Channel;

// How a channel wants its pictures: at most this large, in this format and quality, transparency flattened
// onto a background where the format has none. Set on the channel as
//   settings.renditions: {"max_width": 1200, "max_height": 1200, "format": "webp", "quality": 85,
//                         "background": "#ffffff"}
// Zero sizes mean "as large as the original".
struct RenditionSpec
{
    int maxWidth = 0;
    int maxHeight = 0;
    QString format = QStringLiteral("png"); // "jpeg", "png" or "webp"
    int quality = 85;                       // 1…100 for JPEG and WebP
    QColor background;                      // invalid: keep transparency (JPEG flattens onto white)

    // The channel's spec; nullopt when it sets none (templates then link the original).
    static std::optional<RenditionSpec> forChannel(const Channel& channel, QString* error = nullptr);
    static std::optional<RenditionSpec> fromJson(const QJsonObject& json, QString* error = nullptr);
    // A small PNG for the library's thumbnail grid.
    static RenditionSpec thumbnail(int edge = 256);

    // Canonical: every field, keys sorted, the background as #rrggbb or absent.
    QJsonObject toJson() const;
    // SHA-256 of the canonical JSON, hex: the cache key beside the source's hash.
    QString hash() const;
    QString mimeType() const;
    QString suffix() const;
    // The size a `source` picture gets: fitted inside the maximum, never enlarged, except a `scalable`
    // (vector) source, which is drawn as large as the maximum allows.
    QSize targetSize(const QSize& source, bool scalable = false) const;
    // The colour transparent pixels become; invalid when they stay transparent.
    QColor flattenColor() const;
};

} // namespace facet
