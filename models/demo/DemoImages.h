// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/AssetMetadata.h"

#include <QByteArray>
#include <QColor>
#include <QString>

namespace facet {

class Catalog;

// Product illustrations the demo draws itself (SVG), so it ships no photographs and no third-party artwork.
// One picture per family and color: the family decides the shape, the color option its paint.
class DemoImages
{
public:
    static QString mimeType() { return QStringLiteral("image/svg+xml"); }
    // How DemoWorkspace::products() looks the asset id of an illustration up.
    static QString key(const QString& family, const QString& color) { return family + u'/' + color; }
    static QString fileName(const QString& family, const QString& color);
    // An 800×800 SVG document; an unknown family gets a neutral parcel.
    static QByteArray illustration(const QString& family, const QString& color);
    // Titles and alt texts in the demo's locales, rights and tags, so the asset library looks real. One
    // illustration (the first lamp colour) has expired, to show the library's and the channels' warnings.
    static AssetMetadata metadata(const Catalog& catalog, const QString& family, const QString& color);
    static QString expiredKey() { return key(QStringLiteral("lamps"), QStringLiteral("black")); }
    // The paint of a color option of the demo's color attribute.
    static QColor paint(const QString& color);
};

} // namespace facet
