// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/Gsm7Alphabet.h"

#include "models/channels/CodePoints.h"
#include "models/channels/Graphemes.h"

#include <QHash>
#include <optional>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

// TS 23.038 table 6.2.1 in code order 0x00–0x7F; 0x1B (the escape) is left out, so index ≠ code after it.
constexpr char16_t kDefaultTable[] =
    u"@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
    u"\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E"
    u"\u00C6\u00E6\u00DF\u00C9"
    u" !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
    u"\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
    u"\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";
// TS 23.038 table 6.2.1.1: the characters reached through ESC.
constexpr char16_t kExtensionTable[] = u"\f^{}\\[~]|\u20AC";

const QHash<char32_t, int>& septetTable()
{
    static const QHash<char32_t, int> table = [] {
        QHash<char32_t, int> t;
        for (const char16_t c : kDefaultTable)
            if (c)
                t.insert(c, 1);
        for (const char16_t c : kExtensionTable)
            if (c)
                t.insert(c, 2);
        return t;
    }();
    return table;
}

// The replacements that decomposition does not find: punctuation, spaces, and letters without a
// decomposition. ç becomes c rather than the table's Ç: a capital in mid-word reads worse than a missing
// cedilla.
const QHash<char32_t, QString>& replacements()
{
    static const QHash<char32_t, QString> table = [] {
        QHash<char32_t, QString> t;
        for (const char32_t c :
             {0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x0060, 0x00B4, 0x02B9, 0x02BC})
            t.insert(c, u"'"_s);
        for (const char32_t c : {0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB})
            t.insert(c, u"\""_s);
        for (const char32_t c : {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2022, 0x2043})
            t.insert(c, u"-"_s);
        for (const char32_t c : {0x0009, 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000})
            t.insert(c, u" "_s);
        for (char32_t c = 0x2000; c <= 0x200A; ++c)
            t.insert(c, u" "_s);
        // Invisible characters carry nothing a GSM reader would miss.
        for (const char32_t c : {0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF})
            t.insert(c, QString());
        t.insert(0x2026, u"..."_s);
        t.insert(0x2044, u"/"_s);
        t.insert(0x00D7, u"x"_s);
        t.insert(0x00A9, u"(c)"_s);
        t.insert(0x00AE, u"(R)"_s);
        t.insert(0x00E7, u"c"_s);
        t.insert(0x0153, u"oe"_s);
        t.insert(0x0152, u"OE"_s);
        t.insert(0x0142, u"l"_s);
        t.insert(0x0141, u"L"_s);
        t.insert(0x0111, u"d"_s);
        t.insert(0x0110, u"D"_s);
        t.insert(0x0131, u"i"_s);
        t.insert(0x00F0, u"d"_s);
        t.insert(0x00D0, u"D"_s);
        t.insert(0x00FE, u"th"_s);
        t.insert(0x00DE, u"Th"_s);
        // Greek capitals that look like Latin ones; the table has only the others (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ).
        const QString greek =
            u"\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"_s;
        const QString latin = u"ABEZHIKMNOPTYX"_s;
        for (qsizetype i = 0; i < greek.size(); ++i)
            t.insert(greek.at(i).unicode(), latin.mid(i, 1));
        return t;
    }();
    return table;
}

bool isGsmText(QStringView text)
{
    for (codepoints::Iterator it(text); it.hasNext();)
        if (!Gsm7Alphabet::contains(it.next()))
            return false;
    return true;
}

// Marks, variation selectors, joiners, skin tones and tags only modify the character before them.
bool isModifier(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
           category == QChar::Mark_SpacingCombining || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D ||
           (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

// The GSM spelling of one code point (possibly empty), or nothing when there is none.
std::optional<QString> replacementFor(char32_t c)
{
    if (Gsm7Alphabet::contains(c))
        return QString::fromUcs4(&c, 1);
    const auto known = replacements().constFind(c);
    if (known != replacements().cend())
        return *known;
    // Compatibility decomposition without the marks: á → a, ™ → TM, ½ → 1⁄2, ｆ → f.
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    QString result;
    bool any = false;
    for (codepoints::Iterator it(decomposed); it.hasNext();) {
        const char32_t part = it.next();
        if (isModifier(part))
            continue;
        if (part == c)
            return std::nullopt;
        const std::optional<QString> mapped = replacementFor(part);
        if (!mapped)
            return std::nullopt;
        result += *mapped;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return result;
}

} // namespace

int Gsm7Alphabet::septets(char32_t codePoint)
{
    return septetTable().value(codePoint, 0);
}

QString Gsm7Alphabet::defaultTable()
{
    return QString::fromUtf16(kDefaultTable);
}

QString Gsm7Alphabet::extensionTable()
{
    return QString::fromUtf16(kExtensionTable);
}

QString gsm7Transliterate(const QString& text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    if (isGsmText(composed))
        return composed;
    const QList<qsizetype> bounds = graphemes::boundaries(composed);
    QString result;
    result.reserve(composed.size());
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const QStringView cluster = QStringView(composed).sliced(bounds[i], bounds[i + 1] - bounds[i]);
        if (isGsmText(cluster)) {
            result += cluster;
            continue;
        }
        QString mapped;
        bool unknown = false;
        for (codepoints::Iterator it(cluster); it.hasNext();) {
            const char32_t c = it.next();
            const std::optional<QString> part = replacementFor(c);
            if (part)
                mapped += *part;
            else if (!isModifier(c))
                unknown = true;
        }
        result += unknown ? u"?"_s : mapped;
    }
    return result;
}

} // namespace facet
