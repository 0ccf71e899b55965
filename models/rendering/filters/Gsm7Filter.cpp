// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/Gsm7Filter.h"

#include "models/channels/Gsm7Alphabet.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant Gsm7Filter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    Q_UNUSED(argument)
    return gsm7Transliterate(KTextTemplate::getSafeString(input).get());
}

} // namespace facet
