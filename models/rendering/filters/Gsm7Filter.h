// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ value|gsm7 }}: the text in the GSM-7 alphabet (typographic quotes, dashes and letters outside
// the alphabet replaced), so an SMS stays in 160-septet segments instead of 70-unit UCS-2 ones.
class Gsm7Filter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
