// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ product.main_image|asset }} is the URL of the asset's rendition for the channel being rendered;
// {{ product.main_image|asset:"path" }} its path relative to a publication, "alt" its alternative text.
class AssetFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
