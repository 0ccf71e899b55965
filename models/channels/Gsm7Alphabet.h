// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1).
class Gsm7Alphabet
{
public:
    // Septets the code point takes: 1 in the default table, 2 in the extension table (ESC + character),
    // 0 when GSM-7 cannot encode it (the whole message then goes out as UCS-2).
    static int septets(char32_t codePoint);
    static bool contains(char32_t codePoint) { return septets(codePoint) > 0; }
    // The 127 characters of the default table in table order (without the escape at 0x1B).
    static QString defaultTable();
    // ^ { } \ [ ~ ] | € and form feed.
    static QString extensionTable();
};

// Replaces what GSM-7 cannot encode with the nearest GSM characters, so a message stays GSM-7: typographic
// quotes and dashes, special spaces, "…" → "...", letters with accents the table lacks → the base letter
// (á → a, ç → c), compatibility forms (™ → TM, ½ → 1/2). Anything else becomes "?" once per user-perceived
// character, so an emoji sequence is a single "?".
QString gsm7Transliterate(const QString& text);

} // namespace facet
