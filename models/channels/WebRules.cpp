// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/WebRules.h"

#include "models/catalog/Gtin.h"
#include "models/channels/HtmlDocument.h"
#include "models/channels/JsonLd.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace facet {

namespace {

using namespace Qt::StringLiterals;
using Severity = Finding::Severity;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::WebRules", text);
}

Finding finding(Severity severity, const QString& rule, const QString& message, const QString& measured = {},
                const QString& limit = {}, qsizetype position = -1)
{
    return Finding::make(severity, rule, message, measured, limit, u"html"_s, position);
}

bool isHttpUrl(const QJsonValue& value)
{
    static const QRegularExpression url(u"^https?://\\S+$"_s);
    return url.match(value.toString()).hasMatch();
}

// Product.image: a URL, an ImageObject with a url, or a non-empty array of those.
QStringList imageUrls(const QJsonValue& image, bool* valid)
{
    QStringList urls;
    *valid = true;
    const QJsonArray items = image.isArray() ? image.toArray() : QJsonArray{image};
    for (const QJsonValue& item : items) {
        const QJsonValue url = item.isObject() ? item.toObject().value(u"url"_s) : item;
        if (isHttpUrl(url))
            urls << url.toString();
        else
            *valid = false;
    }
    if (urls.isEmpty())
        *valid = false;
    return urls;
}

const QStringList& itemAvailability()
{
    static const QStringList values{
        u"BackOrder"_s,  u"Discontinued"_s, u"InStock"_s,  u"InStoreOnly"_s, u"LimitedAvailability"_s,
        u"OnlineOnly"_s, u"OutOfStock"_s,   u"PreOrder"_s, u"PreSale"_s,     u"SoldOut"_s};
    return values;
}

bool isItemAvailability(const QString& url)
{
    for (const QString& prefix : {u"https://schema.org/"_s, u"http://schema.org/"_s})
        if (url.startsWith(prefix) && itemAvailability().contains(url.mid(prefix.size())))
            return true;
    return false;
}

} // namespace

QString WebRules::expectedLang(const QString& locale)
{
    QString tag = locale;
    return tag.replace(u'_', u'-');
}

QList<Finding> WebRules::check(const QString& html, const QString& locale) const
{
    QList<Finding> findings;
    const HtmlDocument document = HtmlDocument::parse(html);
    for (const HtmlDocument::Diagnostic& d : document.diagnostics())
        findings << finding(d.severity, u"web.html"_s, tr("HTML: %1").arg(d.message),
                            u"%1:%2"_s.arg(d.line).arg(d.column), {}, document.offset(d.line, d.column));

    const HtmlNode* root = document.first(u"html");
    const QString lang = root ? root->attribute(u"lang").trimmed() : QString();
    const QString expected = expectedLang(locale);
    if (lang.isEmpty())
        findings << finding(
            Severity::Error, u"web.html_lang"_s,
            tr("The page does not say its language: add lang=\"%1\" to <html>.").arg(expected), {}, expected);
    else if (lang.compare(expected, Qt::CaseInsensitive) != 0)
        findings << finding(Severity::Error, u"web.html_lang"_s,
                            tr("The page says it is in “%1” but was rendered for %2.").arg(lang, expected),
                            lang, expected);

    const HtmlNode* title = document.first(u"title");
    if (!title || title->textContent().isEmpty())
        findings << finding(Severity::Error, u"web.title"_s, tr("The page has no title."));

    const QJsonObject product = checkJsonLd(document, findings);
    bool imagesValid = false;
    const QStringList productImages = imageUrls(product.value(u"image"_s), &imagesValid);
    for (const HtmlNode* img : document.elements(u"img")) {
        const qsizetype position = document.offset(img->line, img->column);
        const QString src = img->attribute(u"src");
        if (!img->hasAttribute(u"alt"))
            findings << finding(Severity::Error, u"web.img_alt"_s,
                                tr("An image has no alt text; add alt=\"\" if it is decoration."), src, {},
                                position);
        else if (productImages.contains(src) && img->attribute(u"alt").trimmed().isEmpty())
            findings << finding(Severity::Error, u"web.img_alt"_s,
                                tr("A product image needs alt text that says what it shows, e.g. the product "
                                   "name."),
                                src, {}, position);
    }
    return findings;
}

QJsonObject WebRules::checkJsonLd(const HtmlDocument& html, QList<Finding>& findings) const
{
    QStringList errors;
    const QStringList blocks = JsonLd::blocks(html);
    const QJsonObject product = JsonLd::product(blocks, &errors);
    for (const QString& error : std::as_const(errors))
        findings << finding(Severity::Error, u"web.jsonld"_s,
                            tr("A JSON-LD block is not valid JSON: %1").arg(error));
    if (product.isEmpty()) {
        findings << finding(
            Severity::Error, u"web.jsonld"_s,
            tr("The page has no schema.org Product in a <script type=\"application/ld+json\">."));
        return product;
    }
    if (!JsonLd::isSchemaOrgContext(product.value(u"@context"_s)))
        findings << finding(Severity::Error, u"web.jsonld_context"_s,
                            tr("The JSON-LD @context must be \"https://schema.org/\"."),
                            product.value(u"@context"_s).toString(), u"https://schema.org/"_s);
    auto requireText = [&](const QString& key, const QString& rule, const QString& message) {
        if (product.value(key).toString().trimmed().isEmpty())
            findings << finding(Severity::Error, rule, message);
    };
    requireText(u"name"_s, u"web.jsonld_name"_s, tr("The Product has no name."));
    requireText(u"description"_s, u"web.jsonld_description"_s, tr("The Product has no description."));
    bool imagesValid = false;
    imageUrls(product.value(u"image"_s), &imagesValid);
    if (!imagesValid)
        findings << finding(Severity::Error, u"web.jsonld_image"_s,
                            tr("The Product's image must be an http(s) URL or a list of them."));
    if (!product.contains(u"brand"_s))
        findings << finding(Severity::Warning, u"web.jsonld_brand"_s,
                            tr("The Product has no brand; Google recommends one."));
    if (!product.contains(u"sku"_s))
        findings << finding(Severity::Warning, u"web.jsonld_sku"_s,
                            tr("The Product has no sku; it is what ties the page to the feed's id."));

    const QList<QJsonObject> offers = JsonLd::offers(product);
    if (offers.isEmpty())
        findings << finding(Severity::Error, u"web.jsonld_offers"_s,
                            tr("The Product has no offers, so Google shows no price."));
    static const QRegularExpression decimal(u"^\\d+(\\.\\d+)?$"_s);
    static const QRegularExpression currencyCode(u"^[A-Z]{3}$"_s);
    QList<QJsonObject> gtinHolders{product};
    for (const QJsonObject& offer : offers) {
        gtinHolders << offer;
        const QJsonObject specification = offer.value(u"priceSpecification"_s).toObject();
        const QJsonValue price =
            offer.contains(u"price"_s) ? offer.value(u"price"_s) : specification.value(u"price"_s);
        const bool priceOk =
            price.isDouble() ? price.toDouble() > 0
                             : decimal.match(price.toString()).hasMatch() && price.toString().toDouble() > 0;
        if (!priceOk)
            findings << finding(Severity::Error, u"web.jsonld_price"_s,
                                tr("The offer's price must be a number above zero with “.” as the decimal "
                                   "point and no currency sign."),
                                price.isDouble() ? QString::number(price.toDouble()) : price.toString());
        const QString currency = offer.contains(u"priceCurrency"_s)
                                     ? offer.value(u"priceCurrency"_s).toString()
                                     : specification.value(u"priceCurrency"_s).toString();
        if (!currencyCode.match(currency).hasMatch())
            findings << finding(Severity::Error, u"web.jsonld_currency"_s,
                                tr("The offer's priceCurrency must be a three-letter ISO 4217 code."),
                                currency);
        const QString availability = offer.value(u"availability"_s).toString();
        if (availability.isEmpty())
            findings << finding(Severity::Warning, u"web.jsonld_availability"_s,
                                tr("The offer does not say whether it is in stock."));
        else if (!isItemAvailability(availability))
            findings << finding(
                Severity::Error, u"web.jsonld_availability"_s,
                tr("The offer's availability must be a schema.org ItemAvailability URL such as "
                   "https://schema.org/InStock."),
                availability);
    }

    static const QList<QPair<QString, QList<int>>> gtinKeys{{u"gtin"_s, {8, 12, 13, 14}},
                                                            {u"gtin8"_s, {8}},
                                                            {u"gtin12"_s, {12}},
                                                            {u"gtin13"_s, {13}},
                                                            {u"gtin14"_s, {14}}};
    for (const QJsonObject& holder : std::as_const(gtinHolders)) {
        for (const auto& [key, lengths] : gtinKeys) {
            if (!holder.contains(key))
                continue;
            const QString value = holder.value(key).toString();
            if (!lengths.contains(value.size()) || !gtin::isValid(value))
                findings << finding(
                    Severity::Error, u"web.jsonld_gtin"_s,
                    tr("The %1 “%2” is not a valid GTIN (length or GS1 check digit).").arg(key, value),
                    value);
        }
    }
    return product;
}

} // namespace facet
