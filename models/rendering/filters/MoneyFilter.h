// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/Filter>

namespace facet {

// {{ product.price|money }} formats the rendering's price the way its locale writes money ("19,99 €");
// {{ product.price|money:"USD" }} picks another currency of the collection.
class MoneyFilter : public KTextTemplate::Filter
{
public:
    QVariant doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const override;
};

} // namespace facet
