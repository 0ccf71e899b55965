// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

namespace facet {

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
    // The paint of a color option of the demo's color attribute.
    static QColor paint(const QString& color);
};

} // namespace facet
