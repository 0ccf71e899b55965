// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/MasterRecord.h"

#include "models/catalog/Attribute.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet {

void MasterRecord::setValue(const ValueKey& key, const QJsonValue& v)
{
    if (Attribute::isEmptyValue(v))
        values.remove(key);
    else
        values.insert(key, v);
}

QJsonValue MasterRecord::resolve(const QString& attribute, const QString& locale, const QString& channel) const
{
    for (const QString& l : {locale, QString()}) {
        if (!channel.isEmpty()) {
            const auto scoped = values.constFind(ValueKey{attribute, l, channel});
            if (scoped != values.constEnd())
                return *scoped;
        }
        const auto common = values.constFind(ValueKey{attribute, l, QString()});
        if (common != values.constEnd())
            return *common;
    }
    return {};
}

QByteArray MasterRecord::canonicalJson() const
{
    QJsonObject valuesJson;
    QString current;
    QJsonObject scopes;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key().attribute != current) {
            if (!current.isEmpty())
                valuesJson.insert(current, scopes);
            current = it.key().attribute;
            scopes = {};
        }
        scopes.insert(it.key().scope(), it.value());
    }
    if (!current.isEmpty())
        valuesJson.insert(current, scopes);
    QStringList sortedCategories = categories;
    sortedCategories.sort();
    sortedCategories.removeDuplicates();
    // QJsonObject keeps its keys sorted, which is what makes this form canonical.
    const QJsonObject root{{QStringLiteral("sku"), sku},
                           {QStringLiteral("family"), family},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(sortedCategories)},
                           {QStringLiteral("values"), valuesJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<MasterRecord> MasterRecord::fromCanonicalJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    MasterRecord record;
    record.sku = root.value(u"sku").toString();
    record.family = root.value(u"family").toString();
    for (const QJsonValue& c : root.value(u"categories").toArray())
        record.categories << c.toString();
    const QJsonObject valuesJson = root.value(u"values").toObject();
    for (auto a = valuesJson.begin(); a != valuesJson.end(); ++a) {
        const QJsonObject scopes = a.value().toObject();
        for (auto s = scopes.begin(); s != scopes.end(); ++s)
            record.values.insert(ValueKey::fromScope(a.key(), s.key()), s.value());
    }
    return record;
}

QString MasterRecord::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace facet
