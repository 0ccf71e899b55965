// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSize>
#include <QString>

namespace facet {

// A picture made from an asset for one rendition spec. It names its source and spec, so every published
// file can be traced back to the original it came from.
struct Rendition
{
    QString sourceSha256;
    QString specHash;
    QJsonObject spec;
    QString mimeType;
    QSize size;
    QByteArray content;
    bool cached = false; // answered from the workspace's rendition cache

    bool isValid() const { return !content.isEmpty(); }
};

} // namespace facet
