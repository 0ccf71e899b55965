// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/SmartTruncateFilter.h"

#include "models/channels/PostText.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant SmartTruncateFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    const int max = KTextTemplate::getSafeString(argument).get().toInt();
    const QString text = KTextTemplate::getSafeString(input).get();
    return max > 0 ? PostText::smartTruncate(text, max) : text;
}

} // namespace facet
