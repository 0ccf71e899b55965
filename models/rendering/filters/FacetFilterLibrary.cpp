// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/FacetFilterLibrary.h"

#include "models/rendering/filters/AssetFilter.h"
#include "models/rendering/filters/Gsm7Filter.h"
#include "models/rendering/filters/HashtagsFilter.h"
#include "models/rendering/filters/JsonStringFilter.h"
#include "models/rendering/filters/LinkedinFilter.h"
#include "models/rendering/filters/MoneyFilter.h"
#include "models/rendering/filters/PlainFilter.h"
#include "models/rendering/filters/SmartTruncateFilter.h"

namespace facet {

QHash<QString, KTextTemplate::Filter*> FacetFilterLibrary::filters(const QString& name)
{
    Q_UNUSED(name)
    return {
        {QStringLiteral("money"), new MoneyFilter},
        {QStringLiteral("plain"), new PlainFilter},
        {QStringLiteral("jsonstr"), new JsonStringFilter},
        {QStringLiteral("asset"), new AssetFilter},
        {QStringLiteral("gsm7"), new Gsm7Filter},
        {QStringLiteral("smarttruncate"), new SmartTruncateFilter},
        {QStringLiteral("hashtags"), new HashtagsFilter},
        {QStringLiteral("linkedin"), new LinkedinFilter},
    };
}

} // namespace facet
