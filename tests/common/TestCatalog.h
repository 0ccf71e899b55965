// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/catalog/Gtin.h"
#include "models/record/MasterRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace facet::test {

// A small catalog with one attribute of every type, two channels and two locales.
inline Catalog smallCatalog()
{
    Catalog c;
    c.locales = {{QStringLiteral("en_US"), QStringLiteral("English")},
                 {QStringLiteral("de_DE"), QStringLiteral("Deutsch")}};
    c.channels = {{QStringLiteral("web"),
                   QStringLiteral("web"),
                   {},
                   {QStringLiteral("en_US"), QStringLiteral("de_DE")},
                   2,
                   {}},
                  {QStringLiteral("print"), QStringLiteral("print"), {}, {QStringLiteral("de_DE")}, 3, {}}};
    c.groups = {{QStringLiteral("marketing"), {}, 0}, {QStringLiteral("technical"), {}, 1}};
    auto attribute = [](const char* code, AttributeType type, bool localizable = false,
                        bool scopable = false) {
        Attribute a;
        a.code = QString::fromLatin1(code);
        a.type = type;
        a.group = QStringLiteral("marketing");
        a.localizable = localizable;
        a.scopable = scopable;
        return a;
    };
    Attribute name = attribute("name", AttributeType::Text, true, true);
    name.rules.maxLength = 40;
    Attribute description = attribute("description", AttributeType::RichText, true, true);
    Attribute weight = attribute("weight", AttributeType::Metric);
    weight.rules.units = {QStringLiteral("GRAM"), QStringLiteral("KILOGRAM")};
    Attribute price = attribute("price", AttributeType::PriceCollection);
    price.rules.currencies = {QStringLiteral("EUR"), QStringLiteral("USD")};
    Attribute power = attribute("power", AttributeType::Number);
    power.rules.minimum = 0;
    power.rules.maximum = 3000;
    Attribute color = attribute("color", AttributeType::SimpleSelect);
    color.options = {{QStringLiteral("red"), {{QStringLiteral("en_US"), QStringLiteral("Red")}}},
                     {QStringLiteral("green"), {{QStringLiteral("de_DE"), QStringLiteral("Grün")}}}};
    Attribute features = attribute("features", AttributeType::MultiSelect);
    features.options = {{QStringLiteral("quiet"), {}}, {QStringLiteral("eco"), {}}};
    c.attributes = {attribute("sku", AttributeType::Identifier),
                    name,
                    description,
                    weight,
                    price,
                    power,
                    attribute("refurbished", AttributeType::Boolean),
                    attribute("release", AttributeType::Date),
                    color,
                    features,
                    attribute("image", AttributeType::Asset),
                    attribute("ean", AttributeType::Gtin)};
    for (Attribute& a : c.attributes)
        a.group = a.code == u"weight" || a.code == u"power" ? QStringLiteral("technical")
                                                            : QStringLiteral("marketing");
    QStringList all;
    for (const Attribute& a : c.attributes)
        all << a.code;
    c.families = {{QStringLiteral("kettle"),
                   {{QStringLiteral("en_US"), QStringLiteral("Kettle")}},
                   all,
                   QStringLiteral("name"),
                   {{QStringLiteral("web"),
                     {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("description"),
                      QStringLiteral("price")}},
                    {QStringLiteral("print"),
                     {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("ean"),
                      QStringLiteral("weight")}}}}};
    c.categories = {{QStringLiteral("kitchen"), {}, {}, 0},
                    {QStringLiteral("kettles"), QStringLiteral("kitchen"), {}, 0},
                    {QStringLiteral("garden"), {}, {}, 1}};
    return c;
}

// A valid kettle; `n` varies the SKU and the texts.
inline MasterRecord kettle(int n)
{
    MasterRecord r;
    r.sku = QStringLiteral("KET-%1").arg(n, 4, 10, QLatin1Char('0'));
    r.family = QStringLiteral("kettle");
    r.categories = {QStringLiteral("kettles")};
    r.setValue({QStringLiteral("name"), QStringLiteral("en_US"), {}}, QStringLiteral("Kettle %1").arg(n));
    r.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), {}},
               QStringLiteral("Wasserkocher %1 grün").arg(n));
    r.setValue({QStringLiteral("description"), QStringLiteral("en_US"), {}},
               QStringLiteral("<p>Boils <b>fast</b>.</p><ul><li>1.7 l</li><li>quiet</li></ul>"));
    r.setValue({QStringLiteral("price"), {}, {}},
               QJsonObject{{QStringLiteral("EUR"), QStringLiteral("39.90")}});
    r.setValue({QStringLiteral("ean"), {}, {}}, gtin::complete(QStringLiteral("400638133393")));
    return r;
}

} // namespace facet::test
