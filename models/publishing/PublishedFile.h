// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace facet {

// One file of a folder publication, at a '/'-separated path relative to the target's root.
struct PublishedFile
{
    QString path;
    QByteArray content;
};

} // namespace facet
