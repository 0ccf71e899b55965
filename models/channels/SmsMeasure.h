// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace facet {

// A character that GSM-7 cannot encode, where it is, and what it could be replaced with.
struct NonGsmCharacter
{
    char32_t codePoint = 0;
    qsizetype offset = 0; // UTF-16 units from the start
    qsizetype index = 0;  // code points from the start
    QString name;         // Unicode name, e.g. "RIGHT SINGLE QUOTATION MARK"
    QString replacement;  // its GSM-7 transliteration ("?" when there is none)

    QString text() const { return QString::fromUcs4(&codePoint, 1); }
};

// How a text goes out as SMS (3GPP TS 23.038 alphabet, TS 23.040 concatenation): the encoding, the units
// it takes (septets for GSM-7, UTF-16 units for UCS-2), and the segments a phone receives.
class SmsMeasure
{
public:
    enum class Encoding { Gsm7, Ucs2 };

    // One message holds 160 septets or 70 UCS-2 units; a concatenated segment loses room to the 6-octet
    // user data header and holds 153 septets or 67 units.
    static constexpr int kSingleGsm7 = 160;
    static constexpr int kSegmentGsm7 = 153;
    static constexpr int kSingleUcs2 = 70;
    static constexpr int kSegmentUcs2 = 67;

    static SmsMeasure of(const QString& text);

    Encoding encoding = Encoding::Gsm7;
    int units = 0;      // septets (escape pairs count two) or UTF-16 units (surrogate pairs count two)
    int segments = 0;   // 0 for an empty text
    int characters = 0; // code points
    QList<qsizetype> segmentStarts; // UTF-16 offset where each segment begins
    QList<NonGsmCharacter> nonGsm;

    static QString encodingName(Encoding encoding);
    QString encodingName() const { return encodingName(encoding); }
    // The units the segments sent can hold: 160 or 70 for one message, 153 or 67 per segment beyond.
    int capacity() const
    {
        const bool gsm = encoding == Encoding::Gsm7;
        if (segments <= 1)
            return gsm ? kSingleGsm7 : kSingleUcs2;
        return segments * (gsm ? kSegmentGsm7 : kSegmentUcs2);
    }
    QString unitName() const; // "septets" or "UTF-16 units", translated

    // Error "sms.segments" above the channel setting max_segments (no limit when unset), warning
    // "sms.non_gsm" for each character that forces UCS-2, and info "sms.summary".
    QList<Finding> findings(const QJsonObject& settings, const QString& part = {}) const;
};

} // namespace facet
