// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/TweetCounter.h"

#include "models/channels/EmojiSequences.h"
#include "models/channels/UrlExtractor.h"

#include <QCoreApplication>
#include <QHash>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::TweetCounter", text);
}

bool isInvalidCharacter(QChar c)
{
    return c == QChar(0xFFFE) || c == QChar(0xFEFF) || c == QChar(0xFFFF);
}

} // namespace

TweetCounter::TweetCounter(const TweetConfig& config)
    : m_config(config)
    , m_urls(&UrlExtractor::system())
{
}

TweetCounter TweetCounter::forChannel(const QJsonObject& settings)
{
    TweetConfig config = TweetConfig::v3();
    config.maxWeightedTweetLength =
        settings.value(u"max_weighted_length").toInt(config.maxWeightedTweetLength);
    config.transformedURLLength = settings.value(u"url_length").toInt(config.transformedURLLength);
    return TweetCounter(config);
}

TweetLength TweetCounter::measure(const QString& text) const
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    // Entities by their first UTF-16 index → their length.
    QHash<qsizetype, qsizetype> urls;
    for (const ExtractedUrl& u : m_urls->extract(normalized))
        urls.insert(u.start, u.url.size());
    QHash<qsizetype, qsizetype> emojis;
    if (m_config.emojiParsingEnabled)
        for (const emoji::Sequence& e : emoji::sequences(normalized))
            emojis.insert(e.start, e.length);

    const qint64 limit = qint64(m_config.maxWeightedTweetLength) * m_config.scale;
    qint64 weighted = 0;
    qsizetype validIndex = 0;
    bool valid = true;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (const auto url = urls.constFind(i); url != urls.cend()) {
            weighted += qint64(m_config.transformedURLLength) * m_config.scale;
            i += *url - 1;
        } else if (const auto e = emojis.constFind(i); e != emojis.cend()) {
            weighted += m_config.defaultWeight;
            i += *e - 1;
        } else {
            char32_t c = normalized.at(i).unicode();
            if (normalized.at(i).isHighSurrogate() && i + 1 < normalized.size() &&
                normalized.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
                ++i;
            }
            weighted += m_config.weightOf(c);
        }
        // As twitter-text: validity looks at the last unit of what was just counted.
        if (valid)
            valid = !isInvalidCharacter(normalized.at(i));
        if (valid && weighted <= limit)
            validIndex = i;
    }

    TweetLength r;
    r.weightedLength = int(weighted / m_config.scale);
    r.valid = valid && weighted > 0 && weighted <= limit;
    r.permillage = int(weighted * 1000 / limit);
    // Indices refer to the text as typed: shift by what normalization added or removed.
    r.validRangeEnd = validIndex + (text.size() - normalized.size());
    r.displayRangeEnd = text.isEmpty() ? 0 : text.size() - 1;
    return r;
}

QList<Finding> TweetCounter::findings(const QString& text, const QString& part) const
{
    QList<Finding> result;
    const TweetLength length = measure(text);
    const QString measured = QString::number(length.weightedLength);
    const QString limit = QString::number(m_config.maxWeightedTweetLength);

    Finding summary;
    summary.severity = Finding::Severity::Info;
    summary.rule = QStringLiteral("x.summary");
    summary.message = tr("Weighted length %1 of %2 (%3‰).").arg(measured, limit).arg(length.permillage);
    summary.measured = measured;
    summary.limit = limit;
    summary.part = part;
    result.append(summary);

    if (length.weightedLength > m_config.maxWeightedTweetLength) {
        Finding f;
        f.severity = Finding::Severity::Error;
        f.rule = QStringLiteral("x.weighted_length");
        f.message =
            tr("The post's weighted length is %1, X allows %2; X cuts it after character %3. URLs count "
               "%4 each, most CJK characters and emoji 2.")
                .arg(measured, limit)
                .arg(length.validRangeEnd + 1)
                .arg(m_config.transformedURLLength);
        f.measured = measured;
        f.limit = limit;
        f.part = part;
        f.position = length.validRangeEnd + 1;
        result.append(f);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isInvalidCharacter(text.at(i)))
            continue;
        Finding f;
        f.severity = Finding::Severity::Error;
        f.rule = QStringLiteral("x.invalid_character");
        f.message = tr("U+%1 at character %2 is not allowed in a post; remove it.")
                        .arg(QString::number(text.at(i).unicode(), 16).toUpper())
                        .arg(i + 1);
        f.measured = QStringLiteral("U+%1").arg(QString::number(text.at(i).unicode(), 16).toUpper());
        f.part = part;
        f.position = i;
        result.append(f);
    }
    if (length.weightedLength == 0) {
        Finding f;
        f.severity = Finding::Severity::Error;
        f.rule = QStringLiteral("x.empty");
        f.message = tr("The post is empty.");
        f.measured = measured;
        f.part = part;
        result.append(f);
    }
    return result;
}

} // namespace facet
