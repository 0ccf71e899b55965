// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/TweetConfig.h"
#include "models/rendering/Finding.h"

#include <QJsonObject>
#include <QString>

namespace facet {

class UrlExtractor;

// What twitter-text's parseTweet reports. Ranges are inclusive UTF-16 indices into the text as given
// (before normalization).
struct TweetLength
{
    int weightedLength = 0;
    bool valid = false;
    int permillage = 0; // weightedLength / maxWeightedTweetLength × 1000, rounded down
    qsizetype validRangeStart = 0;
    qsizetype validRangeEnd = 0;
    qsizetype displayRangeStart = 0;
    qsizetype displayRangeEnd = 0;
};

// X's weighted length of a post (twitter-text v3): the text is NFC-normalized; every URL counts
// transformedURLLength; with emoji parsing every emoji sequence counts defaultWeight once; any other code
// point counts the weight of its range or defaultWeight.
class TweetCounter
{
public:
    explicit TweetCounter(const TweetConfig& config = TweetConfig::v3());
    // v3 with the channel settings max_weighted_length and url_length, when set.
    static TweetCounter forChannel(const QJsonObject& settings);

    const TweetConfig& config() const { return m_config; }
    TweetLength measure(const QString& text) const;

    // Error "x.weighted_length" over the limit (position: the first UTF-16 index past the valid range),
    // error "x.invalid_character" for U+FFFE, U+FEFF or U+FFFF, error "x.empty", info "x.summary".
    QList<Finding> findings(const QString& text, const QString& part = {}) const;

private:
    TweetConfig m_config;
    const UrlExtractor* m_urls;
};

} // namespace facet
