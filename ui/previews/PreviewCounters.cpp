// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewCounters.h"

#include "models/rendering/Rendering.h"

#include <QCoreApplication>
#include <QLocale>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PreviewCounters", text);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// "241/306", or the count alone when the rendering names no limit.
QString ofLimit(const QVariantMap& m, const QString& key, const QString& limitKey, bool* over)
{
    const qint64 value = m.value(key).toLongLong();
    if (!m.contains(limitKey))
        return number(value);
    const qint64 limit = m.value(limitKey).toLongLong();
    if (limit > 0 && value > limit)
        *over = true;
    return number(value) + u'/' + number(limit);
}

const auto Separator = u" · "_s;

} // namespace

QString PreviewCounters::bytes(qint64 count)
{
    return QLocale().formattedDataSize(count, 1, QLocale::DataSizeSIFormat);
}

PreviewCounters::Counter PreviewCounters::summary(const Rendering& r)
{
    Counter c;
    const QVariantMap& m = r.measures;
    if (m.isEmpty() || !r.ok())
        return c;
    QStringList parts;
    if (r.kind == u"sms") {
        const int segments = m.value(u"segments"_s).toInt();
        parts << m.value(u"encoding"_s).toString()
              << (segments == 1 ? tr("1 segment") : tr("%1 segments").arg(number(segments)));
        // "241/306": the units used of the room the segments sent offer.
        if (m.contains(u"capacity"_s))
            parts << number(m.value(u"units"_s).toLongLong()) + u'/' +
                         number(m.value(u"capacity"_s).toLongLong());
        else if (m.contains(u"units"_s))
            parts << tr("%1 units").arg(number(m.value(u"units"_s).toLongLong()));
        if (m.contains(u"max_segments"_s)) {
            const int max = m.value(u"max_segments"_s).toInt();
            c.over = max > 0 && segments > max;
            c.toolTip = tr("This channel sends at most %1 segments").arg(number(max));
        }
    } else if (r.kind == u"x") {
        parts << tr("%1 weighted characters")
                     .arg(ofLimit(m, u"weighted_length"_s, u"max_weighted_length"_s, &c.over));
        if (m.contains(u"valid"_s) && !m.value(u"valid"_s).toBool())
            c.over = true;
        c.toolTip =
            tr("Weighted length as X counts it: URLs count as 23, most CJK characters and emoji as 2");
    } else if (r.kind == u"instagram" || r.kind == u"linkedin" || r.kind == u"text") {
        parts << tr("%1 characters").arg(ofLimit(m, u"length"_s, u"max_length"_s, &c.over));
        // Hashtags count where the channel limits them or the text has some.
        if (m.contains(u"max_hashtags"_s) || m.value(u"hashtags"_s).toInt() > 0)
            parts << tr("%1 hashtags").arg(ofLimit(m, u"hashtags"_s, u"max_hashtags"_s, &c.over));
    } else if (r.kind == u"push") {
        if (m.contains(u"apns_bytes"_s))
            parts << tr("APNs %1 bytes").arg(ofLimit(m, u"apns_bytes"_s, u"max_payload_bytes"_s, &c.over));
        if (m.contains(u"fcm_bytes"_s))
            parts << tr("FCM %1 bytes").arg(ofLimit(m, u"fcm_bytes"_s, u"max_payload_bytes"_s, &c.over));
    } else if (r.kind == u"email") {
        if (m.contains(u"subject_length"_s))
            parts << tr("subject %1").arg(number(m.value(u"subject_length"_s).toLongLong()));
        if (m.contains(u"preheader_length"_s))
            parts << tr("preheader %1").arg(number(m.value(u"preheader_length"_s).toLongLong()));
        if (m.contains(u"html_bytes"_s)) {
            const qint64 html = m.value(u"html_bytes"_s).toLongLong();
            const qint64 clip = m.value(u"clip_bytes"_s).toLongLong();
            parts << (clip > 0 ? tr("HTML %1 of %2").arg(bytes(html), bytes(clip))
                               : tr("HTML %1").arg(bytes(html)));
            c.over = clip > 0 && html > clip;
            if (clip > 0)
                c.toolTip = tr("Mail clients clip messages whose HTML is larger than %1").arg(bytes(clip));
        }
    } else if (r.kind == u"web") {
        if (m.contains(u"html_bytes"_s))
            parts << tr("HTML %1").arg(bytes(m.value(u"html_bytes"_s).toLongLong()));
    } else if (r.kind == u"print") {
        if (m.contains(u"pages"_s))
            parts << (m.value(u"pages"_s).toInt() == 1
                          ? tr("1 page")
                          : tr("%1 pages").arg(number(m.value(u"pages"_s).toInt())));
    } else if (r.kind == u"feed") {
        if (m.contains(u"items"_s))
            parts << (m.value(u"items"_s).toInt() == 1
                          ? tr("1 item")
                          : tr("%1 items").arg(number(m.value(u"items"_s).toInt())));
    }
    parts.removeAll(QString());
    c.text = parts.join(Separator);
    return c;
}

} // namespace facet
