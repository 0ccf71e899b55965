// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/ChannelChecks.h"

#include "models/catalog/Channel.h"
#include "models/rendering/Rendering.h"

namespace facet {

void ChannelChecks::apply(const Channel& channel, Rendering& rendering, const QVariantHash& context)
{
    Q_UNUSED(channel)
    Q_UNUSED(rendering)
    Q_UNUSED(context)
}

} // namespace facet
