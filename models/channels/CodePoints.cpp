// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/CodePoints.h"

#include <unicode/uchar.h>

namespace facet::codepoints {

qsizetype count(QStringView text)
{
    qsizetype n = 0;
    for (Iterator it(text); it.hasNext(); it.next())
        ++n;
    return n;
}

qsizetype offsetOf(QStringView text, qsizetype index)
{
    Iterator it(text);
    for (qsizetype i = 0; i < index && it.hasNext(); ++i)
        it.next();
    return it.index();
}

QString label(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

QString name(char32_t codePoint)
{
    // ICU has no names for controls, only "<control-0009>"; these are the ones text really contains.
    switch (codePoint) {
    case 0x09:
        return QStringLiteral("CHARACTER TABULATION");
    case 0x0A:
        return QStringLiteral("LINE FEED");
    case 0x0B:
        return QStringLiteral("LINE TABULATION");
    case 0x0C:
        return QStringLiteral("FORM FEED");
    case 0x0D:
        return QStringLiteral("CARRIAGE RETURN");
    case 0x1B:
        return QStringLiteral("ESCAPE");
    case 0x7F:
        return QStringLiteral("DELETE");
    case 0x85:
        return QStringLiteral("NEXT LINE");
    default:
        break;
    }
    char buffer[256];
    for (const UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_EXTENDED_CHAR_NAME}) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = u_charName(UChar32(codePoint), choice, buffer, sizeof buffer, &status);
        if (U_SUCCESS(status) && length > 0)
            return QString::fromLatin1(buffer, length);
    }
    return {};
}

} // namespace facet::codepoints
