// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/assets/AssetMetadata.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace facet {

// A file in the workspace's asset library, stored once per content (SHA-256).
struct Asset
{
    qint64 id = 0;
    QString sha256;
    QString fileName;
    QString mimeType;
    QByteArray content;
    AssetMetadata metadata;
    QSize size;          // pixels (SVG: its own size); empty for PDF and when unknown
    qint64 byteSize = 0;
    QString createdAt;   // ISO 8601, UTC
};

} // namespace facet
