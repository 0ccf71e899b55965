// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/JsonLd.h"

#include "models/channels/HtmlDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

bool isProduct(const QJsonObject& object)
{
    const QJsonValue type = object.value(u"@type"_s);
    if (type.isArray())
        return type.toArray().contains(u"Product"_s);
    return type.toString() == u"Product";
}

QJsonObject findProduct(const QJsonValue& value, const QJsonValue& context)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            if (QJsonObject found = findProduct(item, context); !found.isEmpty())
                return found;
        return {};
    }
    QJsonObject object = value.toObject();
    const QJsonValue ownContext = object.contains(u"@context"_s) ? object.value(u"@context"_s) : context;
    if (isProduct(object)) {
        if (!object.contains(u"@context"_s) && !ownContext.isUndefined())
            object.insert(u"@context"_s, ownContext);
        return object;
    }
    if (object.contains(u"@graph"_s))
        return findProduct(object.value(u"@graph"_s), ownContext);
    return {};
}

QString priceText(const QJsonValue& price)
{
    if (price.isDouble())
        return OfferSummary::canonicalPrice(QString::number(price.toDouble(), 'f', 6));
    return OfferSummary::canonicalPrice(price.toString());
}

} // namespace

QStringList JsonLd::blocks(const HtmlDocument& html)
{
    QStringList texts;
    for (const HtmlNode* script : html.elements(u"script")) {
        if (script->attribute(u"type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0)
            texts << script->rawText();
    }
    return texts;
}

QJsonObject JsonLd::product(const QStringList& blocks, QStringList* errors)
{
    QJsonObject found;
    for (const QString& block : blocks) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(block.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            if (errors)
                *errors << u"%1 (offset %2)"_s.arg(error.errorString()).arg(error.offset);
            continue;
        }
        const QJsonValue root =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (found.isEmpty())
            found = findProduct(root, QJsonValue(QJsonValue::Undefined));
    }
    return found;
}

QJsonObject JsonLd::extract(const QString& html)
{
    return product(blocks(HtmlDocument::parse(html)));
}

bool JsonLd::isSchemaOrgContext(const QJsonValue& context)
{
    const QString text = context.toString();
    return text == u"https://schema.org/" || text == u"https://schema.org";
}

QList<QJsonObject> JsonLd::offers(const QJsonObject& product)
{
    const QJsonValue value = product.value(u"offers"_s);
    QList<QJsonObject> list;
    if (value.isObject())
        list << value.toObject();
    for (const QJsonValue& item : value.toArray())
        if (item.isObject())
            list << item.toObject();
    return list;
}

OfferSummary JsonLd::offer(const QJsonObject& product)
{
    OfferSummary summary;
    summary.id = product.value(u"sku"_s).toString();
    const QList<QJsonObject> all = offers(product);
    if (all.isEmpty())
        return summary;
    const QJsonObject& first = all.first();
    const QJsonObject specification = first.value(u"priceSpecification"_s).toObject();
    const QJsonValue price =
        first.contains(u"price"_s) ? first.value(u"price"_s) : specification.value(u"price"_s);
    summary.price = priceText(price);
    summary.currency = first.contains(u"priceCurrency"_s)
                           ? first.value(u"priceCurrency"_s).toString()
                           : specification.value(u"priceCurrency"_s).toString();
    // The http:// form names the same schema.org term; the shared vocabulary uses https.
    summary.availability = first.value(u"availability"_s).toString();
    if (summary.availability.startsWith(u"http://schema.org/"))
        summary.availability.replace(0, 4, u"https"_s);
    return summary;
}

} // namespace facet
