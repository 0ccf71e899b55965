// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace facet {

// twitter-text's counting parameters (config/v3.json): the limit, the weight of each code point (scaled
// by `scale`), the fixed weight of a URL, and whether an emoji sequence counts once.
struct TweetConfig
{
    struct Range
    {
        char32_t start = 0;
        char32_t end = 0; // inclusive
        int weight = 0;
    };

    int version = 3;
    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200;
    int transformedURLLength = 23;
    bool emojiParsingEnabled = true;
    // Latin, Cyrillic, Greek, … up to U+10FF and the general punctuation spaces, dashes and quotes weigh 1.
    QList<Range> ranges{{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}};

    static TweetConfig v3() { return {}; }
    // Parses a config such as twitter-text's config/v3.json. As in twitter-text, emojiParsingEnabled is
    // false unless the file says true (v2 has no such key); other keys missing keep v3's values.
    static std::optional<TweetConfig> fromJson(const QJsonObject& json, QString* error = nullptr);
    static std::optional<TweetConfig> load(const QString& path, QString* error = nullptr);

    int weightOf(char32_t codePoint) const;
};

} // namespace facet
