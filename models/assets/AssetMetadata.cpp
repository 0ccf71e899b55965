// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/AssetMetadata.h"

#include <QJsonArray>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString pick(const QMap<QString, QString>& texts, const QString& locale, const QStringList& fallbacks)
{
    if (const QString t = texts.value(locale); !t.isEmpty())
        return t;
    for (const QString& l : fallbacks)
        if (const QString t = texts.value(l); !t.isEmpty())
            return t;
    return {};
}

QJsonObject toObject(const QMap<QString, QString>& texts)
{
    QJsonObject o;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            o.insert(it.key(), it.value().trimmed());
    return o;
}

QMap<QString, QString> fromObject(const QJsonObject& o)
{
    QMap<QString, QString> texts;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().toString().isEmpty())
            texts.insert(it.key(), it.value().toString());
    return texts;
}

} // namespace

QString AssetMetadata::title(const QString& locale, const QStringList& fallbacks) const
{
    return pick(titles, locale, fallbacks);
}

QString AssetMetadata::alt(const QString& locale, const QStringList& fallbacks) const
{
    return pick(alts, locale, fallbacks);
}

QString AssetMetadata::searchText() const
{
    QStringList words = titles.values();
    words << alts.values() << tags << rights;
    return words.join(u' ').toLower();
}

QJsonObject AssetMetadata::toJson() const
{
    QJsonObject o;
    if (const QJsonObject t = toObject(titles); !t.isEmpty())
        o.insert(u"titles"_s, t);
    if (const QJsonObject a = toObject(alts); !a.isEmpty())
        o.insert(u"alts"_s, a);
    if (!rights.trimmed().isEmpty())
        o.insert(u"rights"_s, rights.trimmed());
    if (expires.isValid())
        o.insert(u"expires"_s, expires.toString(Qt::ISODate));
    const QStringList normalized = normalizedTags(tags);
    if (!normalized.isEmpty())
        o.insert(u"tags"_s, QJsonArray::fromStringList(normalized));
    return o;
}

AssetMetadata AssetMetadata::fromJson(const QJsonObject& json)
{
    AssetMetadata m;
    m.titles = fromObject(json.value(u"titles").toObject());
    m.alts = fromObject(json.value(u"alts").toObject());
    m.rights = json.value(u"rights").toString();
    m.expires = QDate::fromString(json.value(u"expires").toString(), Qt::ISODate);
    QStringList tags;
    for (const QJsonValue& t : json.value(u"tags").toArray())
        tags << t.toString();
    m.tags = normalizedTags(tags);
    return m;
}

QStringList AssetMetadata::normalizedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& t : tags) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty())
            result << tag;
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

} // namespace facet
