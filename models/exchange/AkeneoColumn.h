// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/ValueKey.h"

#include <QSet>
#include <QString>

namespace facet {

// One column of an Akeneo product file, understood from its header: "sku", "family", "categories",
// "name-en_US", "description-de_DE-print", "price-EUR", "weight" with "weight-unit", "X_SELL-products".
struct AkeneoColumn
{
    enum class Kind {
        Identifier,
        Family,
        Categories,
        Groups,
        Enabled,
        Parent,
        Value,       // an attribute's value for one locale/channel
        Unit,        // "weight-unit": the unit of the metric in "weight"
        Currency,    // "price-EUR": one currency of a price collection
        Association, // "X_SELL-products"
        Invalid,     // the header cannot be understood; error() says why
    };

    // What the header is read against: the identifier column's name and the channels known so far (a part
    // naming a known channel is never taken for something else).
    struct Context
    {
        QString identifier = QStringLiteral("sku");
        QSet<QString> channels;
    };

    Kind kind = Kind::Invalid;
    QString header;
    QString attribute;
    QString locale;
    QString channel;
    QString currency;    // Kind::Currency
    QString association; // Kind::Association: the type, e.g. X_SELL
    QString target;      // Kind::Association: products, product_models or groups
    QString error;

    ValueKey key() const { return {attribute, locale, channel}; }
    bool isAttributeColumn() const
    {
        return kind == Kind::Value || kind == Kind::Unit || kind == Kind::Currency;
    }

    static AkeneoColumn parse(const QString& header, const Context& context);
    static bool isLocaleCode(QStringView text);
    // The column header for a value key, e.g. {description, de_DE, print} → "description-de_DE-print".
    static QString headerFor(const ValueKey& key, const QString& suffix = {});
};

} // namespace facet
