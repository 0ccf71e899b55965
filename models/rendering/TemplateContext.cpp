// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/TemplateContext.h"

#include "models/assets/RenditionSpec.h"
#include "models/catalog/Catalog.h"
#include "models/record/MasterRecord.h"
#include "models/record/RichText.h"
#include "models/rendering/Money.h"
#include "models/rendering/Phrases.h"

#include <KTextTemplate/SafeString>

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString settingString(const Channel& channel, const QString& key, const QString& fallback = {})
{
    const QString v = channel.settings.value(key).toString();
    return v.isEmpty() ? fallback : v;
}

QString schemaAvailability(const QString& availability)
{
    static const QHash<QString, QString> map{{u"in_stock"_s, u"https://schema.org/InStock"_s},
                                             {u"out_of_stock"_s, u"https://schema.org/OutOfStock"_s},
                                             {u"preorder"_s, u"https://schema.org/PreOrder"_s},
                                             {u"backorder"_s, u"https://schema.org/BackOrder"_s}};
    return map.value(availability, u"https://schema.org/InStock"_s);
}

QString assetExtension(const Asset& asset)
{
    const QString suffix = QMimeDatabase().mimeTypeForName(asset.mimeType).preferredSuffix();
    return suffix.isEmpty() ? QString() : u'.' + suffix;
}

class Builder
{
public:
    Builder(const MasterRecord& record, const TemplateContext::Inputs& in, bool html)
        : m_record(record)
        , m_in(in)
        , m_html(html)
        , m_reader(in.locale)
        , m_fallbacks(TemplateContext::fallbackLocales(*in.channel, in.locale))
        , m_rendition(RenditionSpec::forChannel(*in.channel))
    {
    }

    QStringList usedFallbacks;

    // One pass over the record's values picks, per attribute, what the channel sees in the locale: its own
    // scoped value before the common one, the locale before its fallbacks in their order.
    void resolveAll()
    {
        const QString& channel = m_in.channel->code;
        QString current;
        int bestRank = 0;
        for (auto it = m_record.values.cbegin(); it != m_record.values.cend(); ++it) {
            const ValueKey& k = it.key();
            if (!k.channel.isEmpty() && k.channel != channel)
                continue;
            int localeRank = 0;
            if (!k.locale.isEmpty() && k.locale != m_in.locale) {
                const qsizetype i = m_fallbacks.indexOf(k.locale);
                if (i < 0)
                    continue;
                localeRank = int(i) + 1;
            }
            const int rank = localeRank * 2 + (k.channel.isEmpty() ? 1 : 0);
            if (k.attribute != current || rank < bestRank) {
                if (k.attribute != current)
                    current = k.attribute;
                bestRank = rank;
                m_resolved[k.attribute] = Resolved{it.value(), localeRank > 0 ? k.locale : QString()};
            }
        }
        for (auto it = m_resolved.cbegin(); it != m_resolved.cend(); ++it)
            if (!it->fallback.isEmpty())
                usedFallbacks << it.key() + u'-' + it->fallback;
    }

    QJsonValue resolved(const QString& code) const { return m_resolved.value(code).value; }

    QVariant text(const QString& s) const { return s; }

    QVariant convert(const Attribute& a, const QJsonValue& v, QString* display)
    {
        const QString locale = m_in.locale;
        switch (a.type) {
        case AttributeType::RichText: {
            const QString plain = RichText::toPlainText(v.toString());
            *display = plain;
            if (m_html)
                return QVariant::fromValue(KTextTemplate::SafeString(v.toString(), KTextTemplate::SafeString::IsSafe));
            return plain;
        }
        case AttributeType::Number: {
            *display = m_reader.toString(v.toDouble(), 'g', 15);
            return *display;
        }
        case AttributeType::Metric: {
            const QJsonObject o = v.toObject();
            *display = m_reader.toString(o.value(u"amount").toDouble(), 'g', 15) + QChar(0x00A0) +
                       TemplateContext::unitSymbol(o.value(u"unit").toString());
            return *display;
        }
        case AttributeType::PriceCollection: {
            const QJsonObject o = v.toObject();
            QVariantHash all;
            for (auto it = o.begin(); it != o.end(); ++it)
                all.insert(it.key(), Money::machineAmount(it.value().toString()));
            QString currency = m_currency;
            if (!all.contains(currency) && !all.isEmpty())
                currency = all.constBegin().key();
            const QString amount = all.value(currency).toString();
            *display = amount.isEmpty() ? QString() : Money::format(amount, currency, locale);
            return QVariantHash{{u"amount"_s, amount},
                                {u"currency"_s, currency},
                                {u"locale"_s, locale},
                                {u"all"_s, all},
                                {u"text"_s, *display}};
        }
        case AttributeType::Boolean:
            *display = v.toBool() ? m_yes : m_no;
            return v.toBool();
        case AttributeType::Date: {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            *display = m_reader.toString(d, QLocale::ShortFormat);
            return d;
        }
        case AttributeType::SimpleSelect:
            *display = a.optionLabel(v.toString(), locale);
            return *display;
        case AttributeType::MultiSelect: {
            QStringList labels;
            for (const QJsonValue& code : v.toArray())
                labels << a.optionLabel(code.toString(), locale);
            *display = labels.join(u", ");
            // A QVariantList, not a QStringList: the template language iterates and tests only the former.
            return QVariant(QVariantList(labels.cbegin(), labels.cend()));
        }
        case AttributeType::Asset:
            return asset(static_cast<qint64>(v.toDouble()), display);
        case AttributeType::Identifier:
        case AttributeType::Text:
        case AttributeType::Gtin:
            break;
        }
        *display = v.toString();
        return *display;
    }

    QVariant asset(qint64 id, QString* display)
    {
        if (!m_in.assets || !m_in.assets->contains(id))
            return {};
        const Asset* a = &*m_in.assets->constFind(id);
        // The channel's rendition when it defines one: its own size and format, traceable to the source.
        QString mimeType = a->mimeType;
        QSize size = a->size;
        QString path = u"assets/"_s + a->sha256 + assetExtension(*a);
        QByteArray embedded = a->content;
        if (m_rendition) {
            const QString specHash = m_rendition->hash();
            mimeType = m_rendition->mimeType();
            size = m_rendition->targetSize(a->size, a->mimeType == u"image/svg+xml");
            path = u"assets/"_s + a->sha256 + u'.' + specHash.left(16) + u'.' + m_rendition->suffix();
            const QByteArray made =
                m_in.renditions ? m_in.renditions->value(QString(a->sha256 + u'/' + specHash)) : QByteArray();
            if (!made.isEmpty())
                embedded = made;
            else
                mimeType = a->mimeType; // the original stands in until the rendition is made
        }
        QString url;
        if (m_in.assetLinks == TemplateContext::AssetLinks::Embedded && !embedded.isEmpty())
            url = u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(embedded.toBase64());
        else
            url = m_baseUrl + u'/' + path;
        if (m_rendition)
            mimeType = m_rendition->mimeType();
        *display = a->fileName;
        const QString alt = a->metadata.alt(m_in.locale, m_fallbacks);
        QVariantHash hash{{u"url"_s, url},
                          {u"path"_s, path},
                          {u"file_name"_s, a->fileName},
                          {u"mime_type"_s, mimeType},
                          {u"sha256"_s, a->sha256},
                          {u"alt"_s, alt.isEmpty() ? m_name : alt},
                          {u"title"_s, a->metadata.title(m_in.locale, m_fallbacks)},
                          {u"rights"_s, a->metadata.rights},
                          {u"expired"_s, a->metadata.isExpired(m_in.today)}};
        if (a->metadata.expires.isValid())
            hash.insert(u"expires"_s, a->metadata.expires.toString(Qt::ISODate));
        if (!size.isEmpty()) {
            hash.insert(u"width"_s, size.width());
            hash.insert(u"height"_s, size.height());
        }
        return hash;
    }

    QVariantHash build()
    {
        const Catalog& catalog = *m_in.catalog;
        const Channel& channel = *m_in.channel;
        const Family* family = catalog.family(m_record.family);
        QVariantHash context = m_in.base ? *m_in.base : TemplateContext::base(catalog, channel, m_in.locale);
        m_currency = context.value(u"currency"_s).toString();
        m_baseUrl = context.value(u"channel"_s).toHash().value(u"base_url"_s).toString();
        const QVariantHash phrases = context.value(u"phrases"_s).toHash();
        m_yes = phrases.value(u"yes"_s).toString();
        m_no = phrases.value(u"no"_s).toString();
        QString key;
        if (m_in.products) {
            key = productKey(channel);
            if (const auto it = m_in.products->constFind(key); it != m_in.products->constEnd()) {
                usedFallbacks = it->second;
                context.insert(u"product"_s, it->first);
                return context;
            }
        }

        QVariantHash product;
        product.insert(u"sku"_s, m_record.sku);
        product.insert(u"family_code"_s, m_record.family);
        product.insert(u"family"_s, family ? family->label(m_in.locale) : m_record.family);
        QStringList categories;
        for (const QString& code : m_record.categories)
            if (const Category* c = catalog.category(code))
                categories << labelIn(c->labels, m_in.locale, code);
        product.insert(u"categories"_s, QVariantList(categories.cbegin(), categories.cend()));

        resolveAll();
        // The name first: asset alt texts default to it.
        if (const Attribute* nameAttribute = catalog.attribute(family ? family->labelAttribute : u"name"_s)) {
            QString display;
            convert(*nameAttribute, resolved(nameAttribute->code), &display);
            m_name = display;
        }
        product.insert(u"title"_s, m_name);

        QVariantList specs;
        // Which attribute groups make the spec table: settings "spec_groups", every group when unset.
        QStringList specGroups;
        for (const QJsonValue& g : channel.settings.value(u"spec_groups").toArray())
            specGroups << g.toString();

        for (const Attribute& a : catalog.attributes) {
            const auto found = m_resolved.constFind(a.code);
            if (found == m_resolved.constEnd() || (family && !family->attributes.contains(a.code)))
                continue;
            const QJsonValue v = found->value;
            if (Attribute::isEmptyValue(v))
                continue;
            QString display;
            product.insert(a.code, convert(a, v, &display));
            if (isSpec(a.type) && !display.isEmpty() && (specGroups.isEmpty() || specGroups.contains(a.group)))
                specs << QVariantHash{{u"code"_s, a.code}, {u"label"_s, a.label(m_in.locale)}, {u"value"_s, display}};
        }
        product.insert(u"specs"_s, specs);
        if (!product.contains(u"brand"_s))
            product.insert(u"brand"_s, settingString(channel, u"brand"_s));
        const QString availability = settingString(channel, u"availability"_s, u"in_stock"_s);
        product.insert(u"availability"_s, availability);
        product.insert(u"schema_availability"_s, schemaAvailability(availability));
        const QString language = TemplateContext::languageTag(m_in.locale);
        product.insert(u"url"_s, QString(m_baseUrl + u'/' + language.toLower() + u'/' + m_record.sku + u".html"));

        if (m_in.products)
            m_in.products->insert(key, {product, usedFallbacks});
        context.insert(u"product"_s, product);
        return context;
    }

    // Everything of the channel a product depends on; the channel itself only when the record has values
    // of its own for it.
    QString productKey(const Channel& channel) const
    {
        bool scoped = false;
        for (auto it = m_record.values.keyBegin(); it != m_record.values.keyEnd() && !scoped; ++it)
            scoped = it->channel == channel.code;
        const QJsonObject& settings = channel.settings;
        return m_in.locale + u'\x1f' + (m_html ? u'h' : u't') + u'\x1f' + QString::number(int(m_in.assetLinks)) +
               u'\x1f' + (scoped ? channel.code : QString()) + u'\x1f' + m_baseUrl + u'\x1f' + m_currency +
               u'\x1f' + settings.value(u"brand").toString() + u'\x1f' +
               settings.value(u"availability").toString() + u'\x1f' + m_fallbacks.join(u',') + u'\x1f' +
               QString::fromUtf8(QJsonDocument(settings.value(u"spec_groups").toArray()).toJson(QJsonDocument::Compact)) +
               u'\x1f' + m_yes + u'\x1f' + m_no + u'\x1f' + (m_rendition ? m_rendition->hash() : QString()) +
               u'\x1f' + m_in.today.toString(Qt::ISODate);
    }

private:
    static bool isSpec(AttributeType t)
    {
        return t == AttributeType::Number || t == AttributeType::Metric || t == AttributeType::Boolean ||
               t == AttributeType::SimpleSelect || t == AttributeType::MultiSelect;
    }

    const MasterRecord& m_record;
    const TemplateContext::Inputs& m_in;
    bool m_html;
    QLocale m_reader;
    QStringList m_fallbacks;
    QString m_currency;
    QString m_baseUrl;
    QString m_name;
    QString m_yes;
    QString m_no;
    std::optional<RenditionSpec> m_rendition;
    struct Resolved
    {
        QJsonValue value;
        QString fallback; // the fallback locale used, empty when the locale had its own value
    };
    QHash<QString, Resolved> m_resolved;
};

} // namespace

QVariantHash TemplateContext::build(const MasterRecord& record, const Inputs& inputs, bool html,
                                    QStringList* fallbacks)
{
    Builder builder(record, inputs, html);
    QVariantHash result = builder.build();
    if (fallbacks)
        *fallbacks = builder.usedFallbacks;
    return result;
}

QVariantHash TemplateContext::base(const Catalog& catalog, const Channel& channel, const QString& locale)
{
    QString baseUrl = settingString(channel, u"base_url"_s, settingString(channel, u"link_base"_s));
    while (baseUrl.endsWith(u'/'))
        baseUrl.chop(1);
    QVariantHash settings;
    for (auto it = channel.settings.begin(); it != channel.settings.end(); ++it)
        settings.insert(it.key(), it.value().toVariant());
    const QVariantHash channelHash{{u"code"_s, channel.code},
                                   {u"kind"_s, channel.kind},
                                   {u"label"_s, channel.label(locale)},
                                   {u"settings"_s, settings},
                                   {u"base_url"_s, baseUrl}};
    QVariantHash labels;
    for (const Attribute& a : catalog.attributes)
        labels.insert(a.code, a.label(locale));
    return QVariantHash{
        {u"labels"_s, labels},
        {u"channel"_s, channelHash},
        {u"locale"_s, locale},
        {u"lang"_s, languageTag(locale)},
        {u"language"_s, locale.section(u'_', 0, 0)},
        {u"currency"_s, settingString(channel, u"currency_"_s + locale, Money::currencyOf(locale))},
        {u"phrases"_s, Phrases::forLocale(channel, locale)},
        {u"unsubscribe_url"_s, settingString(channel, u"unsubscribe_url"_s, baseUrl + u"/unsubscribe"_s)},
    };
}

QString TemplateContext::assetPath(const Asset& asset, const Channel& channel)
{
    if (const auto spec = RenditionSpec::forChannel(channel))
        return u"assets/"_s + asset.sha256 + u'.' + spec->hash().left(16) + u'.' + spec->suffix();
    return u"assets/"_s + asset.sha256 + assetExtension(asset);
}

QString TemplateContext::languageTag(const QString& locale)
{
    QString tag = locale;
    return tag.replace(u'_', u'-');
}

QString TemplateContext::unitSymbol(const QString& unit)
{
    static const QHash<QString, QString> symbols{
        {u"GRAM"_s, u"g"_s},        {u"KILOGRAM"_s, u"kg"_s},   {u"MILLIGRAM"_s, u"mg"_s},
        {u"WATT"_s, u"W"_s},        {u"KILOWATT"_s, u"kW"_s},   {u"LITER"_s, u"l"_s},
        {u"MILLILITER"_s, u"ml"_s}, {u"MILLIMETER"_s, u"mm"_s}, {u"CENTIMETER"_s, u"cm"_s},
        {u"METER"_s, u"m"_s},       {u"HOUR"_s, u"h"_s},        {u"MINUTE"_s, u"min"_s},
        {u"BAR"_s, u"bar"_s},       {u"KELVIN"_s, u"K"_s},      {u"LUMEN"_s, u"lm"_s},
        {u"INCH"_s, u"in"_s},       {u"POUND"_s, u"lb"_s},      {u"OUNCE"_s, u"oz"_s},
    };
    return symbols.value(unit, unit.toLower());
}

QStringList TemplateContext::fallbackLocales(const Channel& channel, const QString& locale)
{
    QStringList result;
    const QJsonArray chain = channel.settings.value(u"fallback_locales").toObject().value(locale).toArray();
    for (const QJsonValue& v : chain)
        if (v.toString() != locale)
            result << v.toString();
    return result;
}

} // namespace facet
