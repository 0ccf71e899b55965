// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/PlainFilter.h"

#include "models/record/RichText.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant PlainFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(argument)
    Q_UNUSED(autoescape)
    // The result is ordinary text again: an HTML channel escapes it like any other value.
    return RichText::toPlainText(KTextTemplate::getSafeString(input).get());
}

} // namespace facet
