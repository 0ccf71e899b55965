// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/RichText.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

// One tag of the text: its name (ASCII letters and digits, as written), whether it closes, and what follows
// the name inside "<…>". Views into the text: this runs for every tag of every rich-text value on every save.
struct Tag
{
    qsizetype start = -1;
    qsizetype end = -1; // one past '>'
    QStringView name;
    bool closing = false;
    QStringView rest;
};

// Scans for the next tag from `from`. A hand-written scanner: this runs for every rich-text value on every
// save (validation, search text, labels), where a regular expression was the bulk of the cost.
Tag nextTag(QStringView html, qsizetype from)
{
    Tag tag;
    for (qsizetype i = html.indexOf(u'<', from); i >= 0; i = html.indexOf(u'<', i + 1)) {
        qsizetype j = i + 1;
        while (j < html.size() && html.at(j).isSpace())
            ++j;
        const bool closing = j < html.size() && html.at(j) == u'/';
        if (closing)
            ++j;
        while (j < html.size() && html.at(j).isSpace())
            ++j;
        const qsizetype nameStart = j;
        while (j < html.size() && html.at(j).isLetterOrNumber() && html.at(j).unicode() < 128)
            ++j;
        if (j == nameStart)
            continue; // "<" that starts no tag, e.g. "a < b"
        const qsizetype close = html.indexOf(u'>', j);
        if (close < 0)
            return tag;
        tag.start = i;
        tag.end = close + 1;
        tag.name = html.sliced(nameStart, j - nameStart);
        tag.closing = closing;
        tag.rest = html.sliced(j, close - j).trimmed();
        return tag;
    }
    return tag;
}

bool isName(QStringView name, QLatin1StringView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

char32_t entityCode(QStringView name)
{
    if (name.startsWith(u"#x") || name.startsWith(u"#X"))
        return name.sliced(2).toUInt(nullptr, 16);
    if (name.startsWith(u'#'))
        return name.sliced(1).toUInt();
    static const std::pair<const char16_t*, char32_t> named[] = {
        {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}, {u"nbsp", 0xA0}};
    for (const auto& [entity, code] : named) {
        if (name == QStringView(entity))
            return code;
    }
    return 0;
}

void appendDecoded(QString& out, QStringView text)
{
    qsizetype last = 0;
    for (qsizetype amp = text.indexOf(u'&'); amp >= 0; amp = text.indexOf(u'&', amp + 1)) {
        const qsizetype semicolon = text.indexOf(u';', amp);
        if (semicolon < 0 || semicolon - amp > 10)
            continue;
        const char32_t code = entityCode(text.sliced(amp + 1, semicolon - amp - 1));
        if (code == 0 || code > 0x10FFFF)
            continue;
        out += text.sliced(last, amp - last);
        out += QString::fromUcs4(&code, 1);
        last = semicolon + 1;
        amp = semicolon;
    }
    out += text.sliced(last);
}

} // namespace

QString RichText::toPlainText(const QString& html)
{
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (Tag tag = nextTag(html, 0); tag.start >= 0; tag = nextTag(html, tag.end)) {
        appendDecoded(out, QStringView(html).sliced(last, tag.start - last));
        const bool br = isName(tag.name, "br"_L1);
        const bool li = isName(tag.name, "li"_L1);
        if (br || (tag.closing && (li || isName(tag.name, "p"_L1)))) {
            if (!out.isEmpty() && !out.endsWith(u'\n'))
                out += u'\n';
            else if (br)
                out += u'\n';
        } else if (!tag.closing && li) {
            out += QStringLiteral("• ");
        }
        last = tag.end;
    }
    appendDecoded(out, QStringView(html).sliced(last));
    return out.trimmed();
}

QString RichText::firstUnsupportedMarkup(const QString& html)
{
    static constexpr QLatin1StringView allowed[] = {"p"_L1,  "br"_L1, "b"_L1,  "strong"_L1, "i"_L1,
                                                    "em"_L1, "u"_L1,  "ul"_L1, "ol"_L1,     "li"_L1};
    for (Tag tag = nextTag(html, 0); tag.start >= 0; tag = nextTag(html, tag.end)) {
        const bool known = std::any_of(std::begin(allowed), std::end(allowed),
                                       [&](QLatin1StringView a) { return isName(tag.name, a); });
        if (!known)
            return u'<' + tag.name.toString().toLower() + u'>';
        if (!tag.rest.isEmpty() && tag.rest != u"/")
            return u'<' + tag.name.toString().toLower() + u' ' + tag.rest.toString() + u'>';
    }
    return {};
}

} // namespace facet
