// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/SmsMeasure.h"

#include "models/channels/CodePoints.h"
#include "models/channels/Gsm7Alphabet.h"

#include <QCoreApplication>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::SmsMeasure", text);
}

struct Unit
{
    qsizetype offset;
    int cost;
};

// Packs units greedily into segments of `perSegment`, never splitting one unit (an escape pair or a
// surrogate pair) across two segments.
QList<qsizetype> pack(const QList<Unit>& units, int perSegment)
{
    QList<qsizetype> starts{0};
    int used = 0;
    for (const Unit& u : units) {
        if (used + u.cost > perSegment) {
            starts.append(u.offset);
            used = 0;
        }
        used += u.cost;
    }
    return starts;
}

} // namespace

SmsMeasure SmsMeasure::of(const QString& text)
{
    SmsMeasure m;
    QList<Unit> septets;
    QList<Unit> utf16;
    for (codepoints::Iterator it(text); it.hasNext();) {
        const qsizetype offset = it.index();
        const char32_t c = it.next();
        const int gsm = Gsm7Alphabet::septets(c);
        if (gsm == 0) {
            NonGsmCharacter n;
            n.codePoint = c;
            n.offset = offset;
            n.index = m.characters;
            n.name = codepoints::name(c);
            n.replacement = gsm7Transliterate(n.text());
            m.nonGsm.append(n);
        }
        septets.append({offset, gsm});
        utf16.append({offset, int(it.index() - offset)});
        ++m.characters;
    }
    m.encoding = m.nonGsm.isEmpty() ? Encoding::Gsm7 : Encoding::Ucs2;
    const QList<Unit>& units = m.encoding == Encoding::Gsm7 ? septets : utf16;
    for (const Unit& u : units)
        m.units += u.cost;
    const int single = m.encoding == Encoding::Gsm7 ? kSingleGsm7 : kSingleUcs2;
    const int perSegment = m.encoding == Encoding::Gsm7 ? kSegmentGsm7 : kSegmentUcs2;
    if (m.units > 0 && m.units <= single)
        m.segmentStarts = {0};
    else if (m.units > single)
        m.segmentStarts = pack(units, perSegment);
    m.segments = int(m.segmentStarts.size());
    return m;
}

QString SmsMeasure::encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SmsMeasure::unitName() const
{
    return encoding == Encoding::Gsm7 ? tr("septets") : tr("UTF-16 units");
}

QList<Finding> SmsMeasure::findings(const QJsonObject& settings, const QString& part) const
{
    QList<Finding> result;
    const int maxSegments = settings.value(QStringLiteral("max_segments")).toInt(0);

    Finding summary;
    summary.severity = Finding::Severity::Info;
    summary.rule = QStringLiteral("sms.summary");
    summary.message = tr("Encoding %1, %2 %3, segments: %4.")
                          .arg(encodingName(), QString::number(units), unitName(), QString::number(segments));
    summary.measured = QString::number(segments);
    if (maxSegments > 0)
        summary.limit = QString::number(maxSegments);
    summary.part = part;
    result.append(summary);

    if (maxSegments > 0 && segments > maxSegments) {
        Finding f;
        f.severity = Finding::Severity::Error;
        f.rule = QStringLiteral("sms.segments");
        f.message = tr("The message takes %1 segments, the channel allows %2. Shorten it%3.")
                        .arg(segments)
                        .arg(maxSegments)
                        .arg(encoding == Encoding::Ucs2 ? tr(" or replace the characters that force UCS-2")
                                                        : QString());
        f.measured = QString::number(segments);
        f.limit = QString::number(maxSegments);
        f.part = part;
        f.position = segmentStarts.value(maxSegments, -1);
        result.append(f);
    }

    for (const NonGsmCharacter& c : nonGsm) {
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.rule = QStringLiteral("sms.non_gsm");
        const QString what = c.name.isEmpty()
                                 ? codepoints::label(c.codePoint)
                                 : QStringLiteral("%1 %2").arg(codepoints::label(c.codePoint), c.name);
        const QString shown = c.codePoint < 0x20 ? QString() : QStringLiteral("“%1” ").arg(c.text());
        const QString position = QString::number(c.index + 1);
        if (c.replacement == u"?")
            f.message =
                tr("%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2.")
                    .arg(shown, what, position);
        else if (c.replacement.isEmpty())
            f.message = tr("%1(%2) at character %3 is not in the GSM alphabet and makes the whole message "
                           "UCS-2; it is invisible and can be removed.")
                            .arg(shown, what, position);
        else
            f.message = tr("%1(%2) at character %3 is not in the GSM alphabet and makes the whole message "
                           "UCS-2; “%4” would keep it GSM-7.")
                            .arg(shown, what, position, c.replacement);
        f.measured = codepoints::label(c.codePoint);
        f.part = part;
        f.position = c.offset;
        result.append(f);
    }
    return result;
}

} // namespace facet
