// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/Graphemes.h"

#include <memory>
#include <unicode/ubrk.h>

namespace facet::graphemes {

QList<qsizetype> boundaries(QStringView text)
{
    QList<qsizetype> result{0};
    if (text.isEmpty())
        return result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> it(
        ubrk_open(UBRK_CHARACTER, "", reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()),
                  &status),
        &ubrk_close);
    if (U_FAILURE(status)) {
        // Without ICU's data every code point stands alone, which never splits a surrogate pair.
        for (qsizetype i = 1; i < text.size(); ++i)
            if (!(text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()))
                result.append(i);
        result.append(text.size());
        return result;
    }
    for (int32_t p = ubrk_next(it.get()); p != UBRK_DONE; p = ubrk_next(it.get()))
        result.append(p);
    return result;
}

qsizetype boundaryAtOrBefore(QStringView text, qsizetype position)
{
    qsizetype best = 0;
    for (const qsizetype b : boundaries(text)) {
        if (b > position)
            break;
        best = b;
    }
    return best;
}

} // namespace facet::graphemes
