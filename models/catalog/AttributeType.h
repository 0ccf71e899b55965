// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace facet {

enum class AttributeType {
    Identifier,
    Text,
    RichText,
    Number,
    Metric,
    PriceCollection,
    Boolean,
    Date,
    SimpleSelect,
    MultiSelect,
    Asset,
    Gtin,
};

QString attributeTypeCode(AttributeType type);
std::optional<AttributeType> attributeTypeFromCode(const QString& code);

} // namespace facet
