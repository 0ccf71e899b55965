// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace facet::emoji {

// One emoji as a reader sees it, however many code points it takes: a ZWJ sequence (👨‍👩‍👧), a
// skin tone (👋🏽), a flag (🇩🇪, 🏴 with tags), a keycap (1️⃣), or a text-style symbol made emoji with U+FE0F.
struct Sequence
{
    qsizetype start = 0;  // UTF-16 offset
    qsizetype length = 0; // UTF-16 units
};

// The emoji sequences of a text, from ICU's emoji properties and grapheme clusters. A digit, '#', '*', '©'
// or '®' alone is text, not emoji; with U+FE0F or a keycap mark it is emoji.
QList<Sequence> sequences(QStringView text);

} // namespace facet::emoji
