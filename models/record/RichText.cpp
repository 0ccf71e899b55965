// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/RichText.h"

#include <QRegularExpression>
#include <QSet>

namespace facet {

namespace {

const QRegularExpression& tagPattern()
{
    static const QRegularExpression re(QStringLiteral("<\\s*(/?)\\s*([a-zA-Z0-9]+)([^>]*)>"));
    return re;
}

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(u"#x"))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt();
        else if (name == u"amp")
            code = u'&';
        else if (name == u"lt")
            code = u'<';
        else if (name == u"gt")
            code = u'>';
        else if (name == u"quot")
            code = u'"';
        else if (name == u"apos")
            code = u'\'';
        else if (name == u"nbsp")
            code = 0xA0;
        if (code != 0)
            out += QString::fromUcs4(&code, 1);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

} // namespace

QString RichText::toPlainText(const QString& html)
{
    QString out;
    qsizetype last = 0;
    for (auto it = tagPattern().globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        const QString tag = m.captured(2).toLower();
        const bool closing = !m.captured(1).isEmpty();
        if (tag == u"br" || (closing && tag == u"p") || (closing && tag == u"li"))
            out += u'\n';
        else if (!closing && tag == u"li")
            out += QStringLiteral("• ");
        last = m.capturedEnd();
    }
    out += QStringView(html).sliced(last);
    out = decodeEntities(out);
    static const QRegularExpression blankLines(QStringLiteral("\\n{2,}"));
    out.replace(blankLines, QStringLiteral("\n"));
    return out.trimmed();
}

QString RichText::firstUnsupportedMarkup(const QString& html)
{
    static const QSet<QString> allowed{QStringLiteral("p"),  QStringLiteral("br"), QStringLiteral("b"),
                                       QStringLiteral("strong"), QStringLiteral("i"), QStringLiteral("em"),
                                       QStringLiteral("u"), QStringLiteral("ul"), QStringLiteral("ol"),
                                       QStringLiteral("li")};
    for (auto it = tagPattern().globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString tag = m.captured(2).toLower();
        if (!allowed.contains(tag))
            return u'<' + tag + u'>';
        const QString rest = m.captured(3).trimmed();
        if (!rest.isEmpty() && rest != u"/")
            return u'<' + tag + u' ' + rest + u'>';
    }
    return {};
}

QString RichText::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace facet
