// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// One named template of a channel in one version. Saving never changes a version: it adds the next one.
// Version 0 is the built-in default that ships with Facet for the channel's kind.
struct ChannelTemplate
{
    QString channel;
    QString name;
    int version = 0;
    QString source;
    QString savedBy;
    QString savedAt; // ISO 8601, UTC

    QString versionTag() const { return name + u'@' + QString::number(version); }
};

} // namespace facet
