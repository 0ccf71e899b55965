// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ value|smarttruncate:140 }}: at most that many characters, cut at a word boundary when one is near the
// end, else at a grapheme boundary (never inside an emoji or an accented letter), ending with "…".
class SmartTruncateFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
