// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace facet {

// Text helpers for social posts, used by the channel templates' filters and by PostRules.
class PostText
{
public:
    // At most maxCodePoints code points, ellipsis included. Cuts after the last whole word when a word ends
    // in the last fifth of the room, else at the last grapheme boundary (never inside an emoji sequence or
    // a letter with its accents); trailing spaces and , ; : are dropped before the ellipsis.
    static QString smartTruncate(const QString& text, int maxCodePoints,
                                 const QString& ellipsis = QStringLiteral("\u2026"));

    // "trail running" → "#TrailRunning": letters and digits only, accents kept ("café crème" →
    // "#CaféCrème"), apostrophes dropped ("l'été" → "#Lété"). Empty when nothing but digits would remain.
    static QString hashtag(const QString& phrase);
    // One tag per phrase, duplicates (ignoring case) and empty tags left out.
    static QStringList hashtagsFrom(const QStringList& phrases);
    // Phrases separated by commas, semicolons or line breaks, as in a keyword attribute.
    static QStringList hashtagsFrom(const QString& text);

    // #tags with at least one letter, not inside a word or URL ("C#", "page#top", "/#x" do not count).
    static int countHashtags(const QString& text);
    // @names not inside a word (so not e-mail addresses), and LinkedIn's @[Name](urn:li:…) mentions.
    static int countMentions(const QString& text);

    // LinkedIn's "little" text format reserves \ | { } @ [ ] ( ) < > # * _ ~ and silently cuts a post at the
    // first one left unescaped. Escapes them all with a backslash except deliberate #hashtags and
    // @[Name](urn:…) mentions: "Price (net) [EUR]" → "Price \(net\) \[EUR\]".
    static QString linkedinEscape(const QString& text);
    static QString linkedinUnescape(const QString& text);
    // UTF-16 offset of the first reserved character that is neither escaped nor part of a hashtag or
    // mention; -1 when there is none.
    static qsizetype firstUnescapedLinkedinReserved(const QString& text);
};

} // namespace facet
