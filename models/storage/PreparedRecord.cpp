// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/PreparedRecord.h"

#include "models/catalog/Catalog.h"
#include "models/record/RichText.h"

#include <QCryptographicHash>

namespace facet {

PreparedRecord PreparedRecord::prepare(const Catalog& catalog, const MasterRecord& record)
{
    PreparedRecord p;
    p.record = &record;
    p.errors = Validator::validate(catalog, record);
    if (!p.errors.isEmpty())
        return p;
    p.canonical = record.canonicalJson();
    p.hash = QString::fromLatin1(QCryptographicHash::hash(p.canonical, QCryptographicHash::Sha256).toHex());
    p.completeness = Completeness::compute(catalog, record);
    p.overallCompleteness = Completeness::overallPercent(p.completeness);
    p.label = labelOf(catalog, record);
    p.searchText = searchTextOf(catalog, record);
    return p;
}

QString PreparedRecord::labelOf(const Catalog& catalog, const MasterRecord& record)
{
    const Family* family = catalog.family(record.family);
    if (!family || family->labelAttribute.isEmpty())
        return record.sku;
    const Attribute* attribute = catalog.attribute(family->labelAttribute);
    const QString locale = attribute && attribute->localizable ? catalog.defaultLocale() : QString();
    const QJsonValue v = record.resolve(family->labelAttribute, locale, QString());
    const QString text = attribute ? attribute->format(v) : v.toString();
    return attribute && attribute->type == AttributeType::RichText ? RichText::toPlainText(text) : text;
}

QString PreparedRecord::searchTextOf(const Catalog& catalog, const MasterRecord& record)
{
    QStringList parts;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const Attribute* attribute = catalog.attribute(it.key().attribute);
        if (!attribute)
            continue;
        if (attribute->type == AttributeType::RichText)
            parts << RichText::toPlainText(it.value().toString());
        else if (attribute->type == AttributeType::Text || attribute->type == AttributeType::Gtin)
            parts << it.value().toString();
    }
    return parts.join(u'\n');
}

} // namespace facet
