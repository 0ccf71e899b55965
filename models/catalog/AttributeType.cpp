// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/AttributeType.h"

#include <array>
#include <utility>

namespace facet {

namespace {
constexpr std::array<std::pair<AttributeType, const char*>, 12> kCodes{{
    {AttributeType::Identifier, "identifier"},
    {AttributeType::Text, "text"},
    {AttributeType::RichText, "rich_text"},
    {AttributeType::Number, "number"},
    {AttributeType::Metric, "metric"},
    {AttributeType::PriceCollection, "price_collection"},
    {AttributeType::Boolean, "boolean"},
    {AttributeType::Date, "date"},
    {AttributeType::SimpleSelect, "simple_select"},
    {AttributeType::MultiSelect, "multi_select"},
    {AttributeType::Asset, "asset"},
    {AttributeType::Gtin, "gtin"},
}};
} // namespace

QString attributeTypeCode(AttributeType type)
{
    for (const auto& [t, code] : kCodes) {
        if (t == type)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<AttributeType> attributeTypeFromCode(const QString& code)
{
    for (const auto& [t, c] : kCodes) {
        if (code == QLatin1StringView(c))
            return t;
    }
    return std::nullopt;
}

} // namespace facet
