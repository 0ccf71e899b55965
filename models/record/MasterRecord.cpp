// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/MasterRecord.h"

#include "models/catalog/Attribute.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace facet {

void MasterRecord::setValue(const ValueKey& key, const QJsonValue& v)
{
    if (Attribute::isEmptyValue(v))
        values.remove(key);
    else
        values.insert(key, v);
}

QJsonValue MasterRecord::resolve(const QString& attribute, const QString& locale,
                                 const QString& channel) const
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

namespace {

// JSON string escaping as RFC 8259 requires and no more: quote, backslash and control characters; everything
// else is written as UTF-8.
void appendString(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    // Catalog text rarely needs escaping: append it whole, byte by byte only when something must be escaped.
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    if (std::none_of(utf8.cbegin(), utf8.cend(), needsEscape)) {
        out += utf8;
    } else {
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 0xf];
                } else {
                    out += c;
                }
            }
        }
    }
    out += '"';
}

// Numbers, objects and arrays are rare and small; Qt writes them (sorted keys, shortest round-trip numbers).
void appendValue(QByteArray& out, const QJsonValue& v)
{
    if (v.isString()) {
        appendString(out, v.toString());
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
}

} // namespace

// The canonical form: one JSON object, keys sorted by their UTF-16 code units, no whitespace. Hand-written
// because building a QJsonObject key by key is the most expensive step of saving a record.
QByteArray MasterRecord::canonicalJson() const
{
    QStringList sortedCategories = categories;
    sortedCategories.sort();
    sortedCategories.removeDuplicates();
    QByteArray out;
    out.reserve(512 + values.size() * 64);
    out += "{\"categories\":[";
    for (qsizetype i = 0; i < sortedCategories.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, sortedCategories.at(i));
    }
    out += "],\"family\":";
    appendString(out, family);
    out += ",\"sku\":";
    appendString(out, sku);
    out += ",\"values\":{";
    // Values are ordered by attribute, then (locale, channel); the scope strings "locale|channel" of one
    // attribute need their own sort, since "|" sorts after letters.
    QList<std::pair<QString, QJsonValue>> scopes;
    bool firstAttribute = true;
    auto flush = [&](const QString& attribute) {
        if (scopes.isEmpty())
            return;
        std::sort(scopes.begin(), scopes.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!firstAttribute)
            out += ',';
        firstAttribute = false;
        appendString(out, attribute);
        out += ":{";
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, scopes.at(i).first);
            out += ':';
            appendValue(out, scopes.at(i).second);
        }
        out += '}';
        scopes.clear();
    };
    QString current;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key().attribute != current) {
            flush(current);
            current = it.key().attribute;
        }
        scopes.append({it.key().scope(), it.value()});
    }
    flush(current);
    out += "}}";
    return out;
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
