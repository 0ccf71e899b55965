// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/LinkedinFilter.h"

#include "models/channels/PostText.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant LinkedinFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    Q_UNUSED(argument)
    return PostText::linkedinEscape(KTextTemplate::getSafeString(input).get());
}

} // namespace facet
