// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/RichText.h"

#include <QStringList>

namespace facet {

namespace {

// One tag of the text: its name (lower case), whether it closes, and what follows the name inside "<…>".
struct Tag
{
    qsizetype start = -1;
    qsizetype end = -1; // one past '>'
    QString name;
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
        tag.name = html.sliced(nameStart, j - nameStart).toString().toLower();
        tag.closing = closing;
        tag.rest = html.sliced(j, close - j).trimmed();
        return tag;
    }
    return tag;
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
        if (tag.name == u"br" || (tag.closing && (tag.name == u"p" || tag.name == u"li"))) {
            if (!out.isEmpty() && !out.endsWith(u'\n'))
                out += u'\n';
            else if (tag.name == u"br")
                out += u'\n';
        } else if (!tag.closing && tag.name == u"li") {
            out += QStringLiteral("• ");
        }
        last = tag.end;
    }
    appendDecoded(out, QStringView(html).sliced(last));
    return out.trimmed();
}

QString RichText::firstUnsupportedMarkup(const QString& html)
{
    static const QStringList allowed{QStringLiteral("p"),      QStringLiteral("br"), QStringLiteral("b"),
                                     QStringLiteral("strong"), QStringLiteral("i"),  QStringLiteral("em"),
                                     QStringLiteral("u"),      QStringLiteral("ul"), QStringLiteral("ol"),
                                     QStringLiteral("li")};
    for (Tag tag = nextTag(html, 0); tag.start >= 0; tag = nextTag(html, tag.end)) {
        if (!allowed.contains(tag.name))
            return u'<' + tag.name + u'>';
        if (!tag.rest.isEmpty() && tag.rest != u"/")
            return u'<' + tag.name + u' ' + tag.rest.toString() + u'>';
    }
    return {};
}

} // namespace facet
