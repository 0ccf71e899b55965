// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/Punycode.h"

#include "models/channels/CodePoints.h"

#include <QList>

namespace facet::punycode {

namespace {

// RFC 3492 §5 parameters.
constexpr quint32 kBase = 36;
constexpr quint32 kTMin = 1;
constexpr quint32 kTMax = 26;
constexpr quint32 kSkew = 38;
constexpr quint32 kDamp = 700;
constexpr quint32 kInitialBias = 72;
constexpr quint32 kInitialN = 128;

QChar digit(quint32 d)
{
    return QChar(d < 26 ? u'a' + d : u'0' + (d - 26));
}

quint32 adapt(quint32 delta, quint32 points, bool first)
{
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    quint32 k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
        delta /= kBase - kTMin;
        k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

QString encode(QStringView label)
{
    QList<char32_t> input;
    for (codepoints::Iterator it(label); it.hasNext();)
        input.append(it.next());
    QString output;
    for (const char32_t c : input)
        if (c < 0x80)
            output += QChar(char16_t(c));
    const quint32 basic = quint32(output.size());
    quint32 handled = basic;
    if (basic > 0)
        output += u'-';
    quint32 n = kInitialN;
    quint32 delta = 0;
    quint32 bias = kInitialBias;
    while (handled < quint32(input.size())) {
        char32_t m = 0x10FFFF + 1;
        for (const char32_t c : input)
            if (c >= n && c < m)
                m = c;
        delta += (m - n) * (handled + 1);
        n = m;
        for (const char32_t c : input) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            quint32 q = delta;
            for (quint32 k = kBase;; k += kBase) {
                const quint32 t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
                if (q < t)
                    break;
                output += digit(t + (q - t) % (kBase - t));
                q = (q - t) / (kBase - t);
            }
            output += digit(q);
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return output;
}

QString toAscii(QStringView domain)
{
    QStringList labels;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size()) {
            const char16_t c = domain.at(i).unicode();
            if (c != u'.' && c != u'\u3002' && c != u'\uFF0E' && c != u'\uFF61')
                continue;
        }
        const QStringView label = domain.sliced(start, i - start);
        labels.append(isAscii(label) ? label.toString() : QStringLiteral("xn--") + encode(label));
        start = i + 1;
    }
    return labels.join(u'.');
}

} // namespace facet::punycode
