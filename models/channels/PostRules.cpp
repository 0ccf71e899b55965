// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PostRules.h"

#include "models/channels/CodePoints.h"
#include "models/channels/PostText.h"
#include "models/channels/SmsMeasure.h"
#include "models/channels/TweetCounter.h"
#include "models/channels/UrlExtractor.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PostRules", text);
}

Finding make(Finding::Severity severity, const QString& rule, const QString& message, const QString& part,
             qsizetype measured = -1, qsizetype limit = -1, qsizetype position = -1)
{
    return Finding::make(severity, rule, message, measured >= 0 ? QString::number(measured) : QString(),
                         limit >= 0 ? QString::number(limit) : QString(), part, position);
}

// An error when `text` has more than `max` code points, pointing at the first one too many.
void checkLength(QList<Finding>& result, const QString& rule, const QString& text, qsizetype max,
                 const QString& part)
{
    const qsizetype length = codepoints::count(text);
    if (max > 0 && length > max)
        result.append(make(Finding::Severity::Error, rule,
                           tr("%1 characters, the channel allows %2.").arg(length).arg(max), part, length,
                           max, codepoints::offsetOf(text, max)));
}

} // namespace

QList<Finding> PostRules::instagram(const QString& caption, const QJsonObject& settings, const QString& part)
{
    QList<Finding> result;
    const int hashtags = PostText::countHashtags(caption);
    const int mentions = PostText::countMentions(caption);
    const qsizetype length = codepoints::count(caption);
    result.append(make(Finding::Severity::Info, u"instagram.summary"_s,
                       tr("%1 characters, %2 hashtags, %3 mentions.").arg(length).arg(hashtags).arg(mentions),
                       part, length));
    checkLength(result, u"instagram.caption_length"_s, caption, settings.value(u"max_caption").toInt(2200),
                part);
    const int maxHashtags = settings.value(u"max_hashtags").toInt(5);
    if (hashtags > maxHashtags)
        result.append(make(Finding::Severity::Error, u"instagram.hashtags"_s,
                           tr("%1 hashtags, the channel allows %2.").arg(hashtags).arg(maxHashtags), part,
                           hashtags, maxHashtags));
    const int maxMentions = settings.value(u"max_mentions").toInt(3);
    if (mentions > maxMentions)
        result.append(make(Finding::Severity::Error, u"instagram.mentions"_s,
                           tr("%1 mentions, the channel allows %2.").arg(mentions).arg(maxMentions), part,
                           mentions, maxMentions));
    const QList<ExtractedUrl> urls = UrlExtractor::system().extract(caption);
    if (!urls.isEmpty())
        result.append(
            make(Finding::Severity::Warning, u"instagram.link"_s,
                 tr("Links in Instagram captions are not clickable (“%1”); point to the link in bio "
                    "instead.")
                     .arg(urls.first().url),
                 part, urls.size(), -1, urls.first().start));
    return result;
}

QList<Finding> PostRules::linkedin(const QString& text, const QJsonObject& settings, const QString& part)
{
    QList<Finding> result;
    const qsizetype length = codepoints::count(text);
    result.append(make(Finding::Severity::Info, u"linkedin.summary"_s, tr("%1 characters.").arg(length), part,
                       length, settings.value(u"max_length").toInt(3000)));
    checkLength(result, u"linkedin.length"_s, text, settings.value(u"max_length").toInt(3000), part);
    const qsizetype reserved = PostText::firstUnescapedLinkedinReserved(text);
    if (reserved >= 0)
        result.append(
            make(Finding::Severity::Error, u"linkedin.reserved_character"_s,
                 tr("“%1” at character %2 is reserved in LinkedIn's text format and cuts the post there; "
                    "escape it as “\\%1”.")
                     .arg(text.at(reserved))
                     .arg(codepoints::count(QStringView(text).first(reserved)) + 1),
                 part, -1, -1, reserved));
    const int fold = settings.value(u"fold_length").toInt(210);
    if (fold > 0 && length > fold)
        result.append(make(
            Finding::Severity::Warning, u"linkedin.fold"_s,
            tr("Only the first %1 characters show before “…see more”; put what matters there.").arg(fold),
            part, length, fold, codepoints::offsetOf(text, fold)));
    return result;
}

QList<Finding> PostRules::text(const QString& text, const QJsonObject& settings, const QString& part)
{
    QList<Finding> result;
    static const QRegularExpression word(u"\\S+"_s);
    QList<qsizetype> wordStarts;
    for (auto it = word.globalMatch(text); it.hasNext();)
        wordStarts.append(it.next().capturedStart());
    const qsizetype length = codepoints::count(text);
    result.append(make(Finding::Severity::Info, u"text.summary"_s,
                       tr("%1 characters, %2 words.").arg(length).arg(wordStarts.size()), part, length));
    checkLength(result, u"text.length"_s, text, settings.value(u"max_length").toInt(0), part);
    const int maxWords = settings.value(u"max_words").toInt(0);
    if (maxWords > 0 && wordStarts.size() > maxWords)
        result.append(make(Finding::Severity::Error, u"text.words"_s,
                           tr("%1 words, the channel allows %2.").arg(wordStarts.size()).arg(maxWords), part,
                           wordStarts.size(), maxWords, wordStarts.at(maxWords)));
    return result;
}

QList<Finding> PostRules::forKind(const QString& kind, const QString& text, const QJsonObject& settings,
                                  const QString& part)
{
    if (kind == u"sms")
        return SmsMeasure::of(text).findings(settings, part);
    if (kind == u"x")
        return TweetCounter::forChannel(settings).findings(text, part);
    if (kind == u"instagram")
        return instagram(text, settings, part);
    if (kind == u"linkedin")
        return linkedin(text, settings, part);
    if (kind == u"text")
        return PostRules::text(text, settings, part);
    return {};
}

} // namespace facet
