// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/FacetFilterLibrary.h"

#include "models/rendering/filters/AssetFilter.h"
#include "models/rendering/filters/JsonStringFilter.h"
#include "models/rendering/filters/MoneyFilter.h"
#include "models/rendering/filters/PlainFilter.h"

namespace facet {

QHash<QString, KTextTemplate::Filter*> FacetFilterLibrary::filters(const QString& name)
{
    Q_UNUSED(name)
    return {
        {QStringLiteral("money"), new MoneyFilter},
        {QStringLiteral("plain"), new PlainFilter},
        {QStringLiteral("jsonstr"), new JsonStringFilter},
        {QStringLiteral("asset"), new AssetFilter},
    };
}

} // namespace facet
