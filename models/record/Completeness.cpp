// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/Completeness.h"

#include "models/catalog/Catalog.h"
#include "models/record/MasterRecord.h"

namespace facet {

QList<Completeness> Completeness::compute(const Catalog& catalog, const MasterRecord& record)
{
    QList<Completeness> result;
    const Family* family = catalog.family(record.family);
    for (const Channel& channel : catalog.channels) {
        const QStringList required = family ? family->requirements.value(channel.code) : QStringList();
        for (const QString& locale : channel.locales) {
            Completeness entry{channel.code, locale, int(required.size()), {}};
            for (const QString& code : required) {
                const Attribute* attribute = catalog.attribute(code);
                if (attribute && attribute->type == AttributeType::Identifier)
                    continue; // the SKU is always there
                const QString valueLocale = attribute && attribute->localizable ? locale : QString();
                if (Attribute::isEmptyValue(record.resolve(code, valueLocale, channel.code)))
                    entry.missing << code;
            }
            result << entry;
        }
    }
    return result;
}

int Completeness::overallPercent(const QList<Completeness>& entries)
{
    if (entries.isEmpty())
        return 100;
    int sum = 0;
    for (const Completeness& e : entries)
        sum += e.percent();
    return sum / int(entries.size());
}

} // namespace facet
