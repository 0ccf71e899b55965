// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/TweetConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::TweetConfig", text);
}

std::optional<TweetConfig> failure(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<TweetConfig> TweetConfig::fromJson(const QJsonObject& json, QString* error)
{
    TweetConfig c;
    c.version = json.value(u"version").toInt(c.version);
    c.maxWeightedTweetLength = json.value(u"maxWeightedTweetLength").toInt(c.maxWeightedTweetLength);
    c.scale = json.value(u"scale").toInt(c.scale);
    c.defaultWeight = json.value(u"defaultWeight").toInt(c.defaultWeight);
    c.transformedURLLength = json.value(u"transformedURLLength").toInt(c.transformedURLLength);
    c.emojiParsingEnabled = json.value(u"emojiParsingEnabled").toBool(false);
    if (json.contains(u"ranges")) {
        c.ranges.clear();
        for (const QJsonValue& v : json.value(u"ranges").toArray()) {
            const QJsonObject r = v.toObject();
            const int start = r.value(u"start").toInt(-1);
            const int end = r.value(u"end").toInt(-1);
            if (start < 0 || end < start || !r.value(u"weight").isDouble())
                return failure(error, tr("a weight range needs a start, an end not before it, and a weight"));
            c.ranges.append({char32_t(start), char32_t(end), r.value(u"weight").toInt()});
        }
    }
    if (c.scale <= 0 || c.maxWeightedTweetLength <= 0 || c.defaultWeight < 0 || c.transformedURLLength < 0)
        return failure(error, tr("scale and maxWeightedTweetLength must be positive, weights not negative"));
    return c;
}

std::optional<TweetConfig> TweetConfig::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(error, tr("cannot read “%1”: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return failure(error, tr("“%1” is not a JSON object: %2").arg(path, parseError.errorString()));
    return fromJson(doc.object(), error);
}

int TweetConfig::weightOf(char32_t codePoint) const
{
    for (const Range& r : ranges)
        if (codePoint >= r.start && codePoint <= r.end)
            return r.weight;
    return defaultWeight;
}

} // namespace facet
