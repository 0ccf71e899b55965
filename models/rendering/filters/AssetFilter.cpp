// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/AssetFilter.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant AssetFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    const QVariantHash asset = input.toHash();
    QString field = KTextTemplate::getSafeString(argument).get();
    if (field.isEmpty())
        field = QStringLiteral("url");
    return asset.value(field).toString();
}

} // namespace facet
