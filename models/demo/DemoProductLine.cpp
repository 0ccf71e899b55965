// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoProductLine.h"

#include "models/catalog/Gtin.h"
#include "models/demo/DemoImages.h"

#include <QJsonArray>

namespace facet {

namespace {

const QString kEn = QStringLiteral("en_US");
const QString kDe = QStringLiteral("de_DE");
const QString kFr = QStringLiteral("fr_FR");

// Short color codes keep the SKUs readable: "HP-AUREL-ANC-MNB".
QString colorSuffix(const QString& color)
{
    static const QHash<QString, QString> suffixes{
        {QStringLiteral("black"), QStringLiteral("BLK")},
        {QStringLiteral("white"), QStringLiteral("WHT")},
        {QStringLiteral("graphite"), QStringLiteral("GRA")},
        {QStringLiteral("silver"), QStringLiteral("SLV")},
        {QStringLiteral("midnight_blue"), QStringLiteral("MNB")},
        {QStringLiteral("sky_blue"), QStringLiteral("SKY")},
        {QStringLiteral("forest_green"), QStringLiteral("FGR")},
        {QStringLiteral("sage"), QStringLiteral("SAG")},
        {QStringLiteral("sand"), QStringLiteral("SND")},
        {QStringLiteral("terracotta"), QStringLiteral("TER")},
        {QStringLiteral("coral"), QStringLiteral("COR")},
        {QStringLiteral("burgundy"), QStringLiteral("BUR")},
        {QStringLiteral("sunflower"), QStringLiteral("SUN")},
        {QStringLiteral("brass"), QStringLiteral("BRS")},
    };
    return suffixes.value(color, color.toUpper());
}

QString money(int cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonArray sortedCodes(QStringList codes)
{
    codes.sort();
    codes.removeDuplicates();
    return QJsonArray::fromStringList(codes);
}

// The name as each language orders it: French puts the kind of product first.
QString variantName(const DemoProductLine::Model& model, const QString& colorLabel, const QString& locale)
{
    const QString kind = model.kind.in(locale);
    if (locale == kFr)
        return kind + u' ' + model.name + QStringLiteral(" – ") + colorLabel;
    return model.name + u' ' + kind + QStringLiteral(" – ") + colorLabel;
}

QString description(const DemoProductLine& line, const DemoProductLine::Model& model,
                    const QString& colorLabel, const QString& locale)
{
    const QString intro = model.intro.in(locale);
    if (intro.isEmpty())
        return {};
    QString html = QStringLiteral("<p>") + intro + QStringLiteral("</p>");
    QString items;
    for (const DemoProductLine::Text& bullet : model.bullets) {
        if (!bullet.in(locale).isEmpty())
            items += QStringLiteral("<li>") + bullet.in(locale) + QStringLiteral("</li>");
    }
    if (!items.isEmpty())
        html += QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
    // French writes color names in lower case inside a sentence ("en coloris bleu nuit").
    const QString color = locale == kFr ? colorLabel.toLower() : colorLabel;
    if (!line.closing.in(locale).isEmpty())
        html += QStringLiteral("<p>") + line.closing.in(locale).arg(color) + QStringLiteral("</p>");
    return html;
}

} // namespace

QString DemoProductLine::Text::in(const QString& locale) const
{
    if (locale == kDe)
        return de;
    if (locale == kFr)
        return fr;
    return en;
}

QJsonObject DemoProductLine::metric(double amount, const QString& unit)
{
    return QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("unit"), unit}};
}

QList<MasterRecord> DemoProductLine::records(const Catalog& catalog,
                                             const QHash<QString, qint64>& assetIds) const
{
    const Attribute* colorAttribute = catalog.attribute(QStringLiteral("color"));
    const QStringList locales{kEn, kDe, kFr};
    QList<MasterRecord> result;
    for (qsizetype m = 0; m < models.size(); ++m) {
        const Model& model = models.at(m);
        for (qsizetype c = 0; c < model.colors.size(); ++c) {
            const QString& color = model.colors.at(c);
            MasterRecord record;
            record.sku = model.skuStem + u'-' + colorSuffix(color);
            record.family = family;
            record.categories = model.categories;
            auto set = [&record](const QString& attribute, const QString& locale, const QJsonValue& value,
                                 const QString& channel = QString()) {
                record.setValue(ValueKey{attribute, locale, channel}, value);
            };
            set(QStringLiteral("sku"), {}, record.sku);
            for (const QString& locale : locales) {
                const QString colorLabel =
                    colorAttribute ? colorAttribute->optionLabel(color, locale) : color;
                set(QStringLiteral("name"), locale, variantName(model, colorLabel, locale));
                set(QStringLiteral("description"), locale, description(*this, model, colorLabel, locale));
                set(QStringLiteral("short_description"), locale, model.summary.in(locale));
                set(QStringLiteral("tagline"), locale, model.tagline.in(locale));
                set(QStringLiteral("care_instructions"), locale, care.in(locale));
            }
            // Posts have no room for the kind and color; the social team shortens the name for X.
            for (const QString& locale : {kEn, kDe}) {
                if (!shortKind.in(locale).isEmpty())
                    set(QStringLiteral("name"), locale, QString(model.name + u' ' + shortKind.in(locale)),
                        QStringLiteral("x"));
            }
            set(QStringLiteral("description"), kDe, model.printDescriptionDe, QStringLiteral("print"));
            set(QStringLiteral("short_description"), kEn, model.smsSummaryEn, QStringLiteral("sms"));
            set(QStringLiteral("tagline"), kFr, model.instagramTaglineFr, QStringLiteral("instagram"));

            set(QStringLiteral("price"), {},
                QJsonObject{{QStringLiteral("EUR"), money(model.eurCents)},
                            {QStringLiteral("USD"), money(model.usdCents)}});
            set(QStringLiteral("color"), {}, color);
            set(QStringLiteral("features"), {}, sortedCodes(model.features));
            set(QStringLiteral("materials"), {}, sortedCodes(model.materials));
            set(QStringLiteral("release_date"), {}, model.releaseDate);
            set(QStringLiteral("warranty_years"), {}, model.warrantyYears);
            // The lines made from recycled or plant-based material are the ones already shipped without
            // plastic.
            set(QStringLiteral("eco_packaging"), {},
                model.materials.contains(QStringLiteral("recycled_polyester")) ||
                    model.materials.contains(QStringLiteral("recycled_plastic")) ||
                    model.materials.contains(QStringLiteral("plant_based_plastic")));
            for (auto it = model.specs.begin(); it != model.specs.end(); ++it)
                set(it.key(), {}, it.value());

            // Restricted-circulation prefix 20, then the line, the model and the variant.
            const QString body = QStringLiteral("20%1%2%3")
                                     .arg(gtinBlock * 11 + 30, 2, 10, QLatin1Char('0'))
                                     .arg(100 + m * 57 + gtinBlock * 3, 3, 10, QLatin1Char('0'))
                                     .arg(10000 + c * 3917 + m * 211, 5, 10, QLatin1Char('0'));
            set(QStringLiteral("ean"), {}, gtin::complete(body));

            const auto image = assetIds.constFind(DemoImages::key(family, color));
            if (image != assetIds.constEnd() && !model.colorsWithoutImage.contains(color))
                set(QStringLiteral("main_image"), {}, *image);
            result << record;
        }
    }
    return result;
}

} // namespace facet
