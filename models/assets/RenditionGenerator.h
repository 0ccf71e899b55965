// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/Rendition.h"
#include "models/assets/RenditionSpec.h"

#include <QImage>

namespace facet {

struct Asset;

// Makes renditions from an asset's bytes. Pure and thread-safe: it runs on worker threads (QtConcurrent),
// never touches the workspace, and the caller stores what it made in the rendition cache.
class RenditionGenerator
{
public:
    // Raster images are scaled down, SVG is drawn at the target size, a PDF shows its first page.
    static Rendition generate(const Asset& source, const RenditionSpec& spec, QString* error);
    // The asset as a picture of exactly `bound` pixels (the caller keeps the aspect ratio; an empty bound:
    // its natural size); null with `error` set when it cannot be drawn.
    static QImage picture(const QByteArray& content, const QString& mimeType, const QSize& bound,
                          QString* error);
    // The natural size the asset is drawn at: pixels, the SVG's size, a PDF page at 150 dpi.
    static QSize naturalSize(const QByteArray& content, const QString& mimeType);
};

} // namespace facet
