// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ product.features|hashtags }}: #CamelCase tags from a list of phrases or from a text, space-separated;
// {{ ...|hashtags:3 }} keeps the first three.
class HashtagsFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
