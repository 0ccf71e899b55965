// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantHash>

namespace facet {

struct Channel;
struct Rendering;

// The kind's part of a rendering after its templates ran: documents assembled from the parts (an email's
// .eml, push payloads, the print PDF, the whole feed) and the kind's rule checks, added as findings.
class ChannelChecks
{
public:
    static void apply(const Channel& channel, Rendering& rendering, const QVariantHash& context);
};

} // namespace facet
