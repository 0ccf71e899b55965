// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/HtmlToRichText.h"

#include "models/record/RichText.h"

#include <QCoreApplication>
#include <gumbo.h>

namespace facet {

namespace {

void appendEscaped(QString& out, const char* text)
{
    const QString s = QString::fromUtf8(text);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'\r':
            break;
        case u'\n':
            out += QStringLiteral("<br>");
            break;
        default:
            out += c;
        }
    }
}

// True when every tag of the subset that opens also closes, in order, so the text can be kept as it is.
bool isBalanced(QStringView html)
{
    QList<QStringView> open;
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        const qsizetype end = html.indexOf(u'>', i);
        if (end < 0)
            return true;
        QStringView tag = html.sliced(i + 1, end - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.sliced(1).trimmed();
        if (tag.endsWith(u'/'))
            tag.chop(1);
        if (tag.isEmpty() || !tag.at(0).isLetter())
            continue;
        if (tag.compare(u"br", Qt::CaseInsensitive) == 0)
            continue;
        if (!closing)
            open << tag;
        else if (open.isEmpty() || open.last().compare(tag, Qt::CaseInsensitive) != 0)
            return false;
        else
            open.removeLast();
    }
    return open.isEmpty();
}

void addOnce(QStringList& list, const QString& item)
{
    if (!list.contains(item))
        list << item;
}

QString tagName(const GumboNode* node)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(node->v.element.tag));
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

void walk(const GumboNode* node, QString& out, QStringList& dropped)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        appendEscaped(out, node->v.text.text);
        return;
    }
    if (node->type == GUMBO_NODE_COMMENT)
        return;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboElement& element = node->v.element;
    const QString name = tagName(node);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
        const QString attributeName = QString::fromUtf8(attribute->name).toLower();
        if (attributeName.startsWith(u"on"))
            addOnce(dropped,
                    QCoreApplication::translate("facet::HtmlToRichText", "%1 attribute").arg(attributeName));
        else if (attributeName == u"style")
            addOnce(dropped, QCoreApplication::translate("facet::HtmlToRichText", "style attribute"));
        else
            addOnce(dropped,
                    QCoreApplication::translate("facet::HtmlToRichText", "%1 attribute").arg(attributeName));
    }
    switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
        // Dropped with everything inside: running code, styling, or content Facet cannot show as text.
        addOnce(dropped, u'<' + name + u'>');
        return;
    default:
        break;
    }
    auto children = [&] {
        for (unsigned i = 0; i < element.children.length; ++i)
            walk(static_cast<const GumboNode*>(element.children.data[i]), out, dropped);
    };
    QString kept;
    switch (element.tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
        children();
        return;
    case GUMBO_TAG_BR:
        out += QStringLiteral("<br>");
        return;
    case GUMBO_TAG_P:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_U:
    case GUMBO_TAG_I:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
        kept = name;
        break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        // A heading becomes a bold paragraph: the subset has no headings, and the emphasis is the point.
        addOnce(dropped,
                QCoreApplication::translate("facet::HtmlToRichText", "<%1> (kept as bold text)").arg(name));
        out += QStringLiteral("<p><b>");
        children();
        out += QStringLiteral("</b></p>");
        return;
    case GUMBO_TAG_DIV:
        // Editors wrap paragraphs in divs; a div's text keeps its own paragraph.
        out += QStringLiteral("<p>");
        children();
        out += QStringLiteral("</p>");
        return;
    default:
        addOnce(dropped, QCoreApplication::translate("facet::HtmlToRichText", "<%1> (text kept)").arg(name));
        children();
        return;
    }
    out += u'<' + kept + u'>';
    children();
    out += QStringLiteral("</") + kept + u'>';
}

} // namespace

HtmlToRichText::Result HtmlToRichText::convert(const QString& input)
{
    QString text = input;
    // Escaped line breaks, as some exports write them inside one-line cells.
    if (text.contains(u'\\')) {
        text.replace(QStringLiteral("\\r\\n"), QStringLiteral("\n"));
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    }
    // Most cells already are the subset: nothing to rewrite, and parsing them was most of an import's time.
    if (!text.contains(u'\n') && !text.contains(u'&') && RichText::firstUnsupportedMarkup(text).isEmpty() &&
        isBalanced(text))
        return {text, {}};
    if (!text.contains(u'<') && !text.contains(u'&')) {
        Result plain;
        appendEscaped(plain.html, text.toUtf8().constData());
        return plain;
    }
    const QByteArray utf8 = text.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    GumboOutput* output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    Result result;
    walk(output->root, result.html, result.dropped);
    gumbo_destroy_output(&options, output);
    return result;
}

} // namespace facet
