// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
};

} // namespace facet
