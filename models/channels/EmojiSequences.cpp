// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/EmojiSequences.h"

#include "models/channels/CodePoints.h"
#include "models/channels/Graphemes.h"

#include <unicode/uchar.h>

namespace facet::emoji {

namespace {

bool has(char32_t c, UProperty property)
{
    return u_hasBinaryProperty(UChar32(c), property);
}

// Whether a grapheme cluster is an emoji: it starts with a pictograph or regional indicator, or is made one
// by what follows its first character (U+FE0F, a skin tone, the keycap mark U+20E3).
bool isEmojiCluster(QStringView cluster)
{
    codepoints::Iterator it(cluster);
    const char32_t first = it.next();
    const char32_t second = it.hasNext() ? it.next() : 0;
    if (has(first, UCHAR_REGIONAL_INDICATOR) || has(first, UCHAR_EMOJI_PRESENTATION))
        return true;
    const bool emojiCapable = has(first, UCHAR_EMOJI) || has(first, UCHAR_EXTENDED_PICTOGRAPHIC);
    if (!emojiCapable)
        return false;
    if (second == 0xFE0F || second == 0x20E3 || has(second, UCHAR_EMOJI_MODIFIER))
        return true;
    if (cluster.contains(QChar(0x20E3)))
        return true;
    // Text-default symbols above Latin-1 (☺, ✈, ™) are emoji to twitter-text as they are; the ASCII and
    // Latin-1 ones (digits, #, *, ©, ®) only with U+FE0F.
    return first > 0xFF;
}

} // namespace

QList<Sequence> sequences(QStringView text)
{
    QList<Sequence> result;
    const QList<qsizetype> bounds = graphemes::boundaries(text);
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const QStringView cluster = text.sliced(bounds[i], bounds[i + 1] - bounds[i]);
        if (isEmojiCluster(cluster))
            result.append({bounds[i], cluster.size()});
    }
    return result;
}

} // namespace facet::emoji
