// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ value|linkedin }}: LinkedIn's reserved characters backslash-escaped; unescaped, LinkedIn's "little"
// text format silently cuts the post at the first one.
class LinkedinFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
