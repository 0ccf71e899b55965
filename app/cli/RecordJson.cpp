// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RecordJson.h"

#include "models/catalog/Catalog.h"
#include "models/record/MasterRecord.h"
#include "models/record/RichText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace facet::cli {

QJsonArray RecordJson::completenessJson(const QList<Completeness>& completeness)
{
    QJsonArray list;
    for (const Completeness& c : completeness)
        list.append(QJsonObject{{QStringLiteral("channel"), c.channel},
                                {QStringLiteral("locale"), c.locale},
                                {QStringLiteral("percent"), c.percent()},
                                {QStringLiteral("required"), c.required},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(c.missing)}});
    return list;
}

QJsonObject RecordJson::toJson(const Catalog&, const MasterRecord& record,
                               const QList<Completeness>& completeness)
{
    QJsonObject values;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
        values.insert(it.key().toString(), it.value());
    return QJsonObject{{QStringLiteral("sku"), record.sku},
                       {QStringLiteral("family"), record.family},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(record.categories)},
                       {QStringLiteral("hash"), record.contentHash()},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("completeness"), completenessJson(completeness)}};
}

QString RecordJson::toText(const Catalog& catalog, const MasterRecord& record,
                           const QList<Completeness>& completeness)
{
    QString text;
    text += QCoreApplication::translate("facet::cli", "SKU:        %1\n").arg(record.sku);
    const Family* family = catalog.family(record.family);
    text += QCoreApplication::translate("facet::cli", "Family:     %1 (%2)\n")
                .arg(family ? family->label(catalog.defaultLocale()) : record.family, record.family);
    text += QCoreApplication::translate("facet::cli", "Categories: %1\n")
                .arg(record.categories.join(QStringLiteral(", ")));
    text += QCoreApplication::translate("facet::cli", "Draft hash: %1\n\n").arg(record.contentHash());
    qsizetype width = 0;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
        width = qMax(width, it.key().toString().size());
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const Attribute* attribute = catalog.attribute(it.key().attribute);
        QString shown = attribute ? attribute->format(it.value()) : it.value().toVariant().toString();
        if (attribute && attribute->type == AttributeType::RichText)
            shown = RichText::toPlainText(shown);
        shown.replace(u'\n', QStringLiteral(" ⏎ "));
        text += it.key().toString().leftJustified(width + 2) + shown + u'\n';
    }
    if (!completeness.isEmpty())
        text += u'\n' + QCoreApplication::translate("facet::cli", "Completeness:\n");
    for (const Completeness& c : completeness) {
        text += QStringLiteral("  %1 %2 %3%").arg(c.channel.leftJustified(14), c.locale).arg(c.percent(), 4);
        if (!c.missing.isEmpty())
            text += QCoreApplication::translate("facet::cli", "  missing: %1")
                        .arg(c.missing.join(QStringLiteral(", ")));
        text += u'\n';
    }
    return text;
}

} // namespace facet::cli
