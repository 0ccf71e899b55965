// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/RichTextSubset.h"

#include <QFont>
#include <QList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace facet {

namespace {

enum Tag { Strong, Em, U };

QList<Tag> tagsOf(const QTextCharFormat& format)
{
    QList<Tag> tags;
    // Pasted text often says "semibold" (600); anything heavier than normal reads as bold.
    if (format.fontWeight() > QFont::Medium)
        tags << Strong;
    if (format.fontItalic())
        tags << Em;
    // Links are underlined by Qt's style, not by the author; the link itself has no place in the subset.
    if (format.fontUnderline() && !format.isAnchor())
        tags << U;
    return tags;
}

QString tagName(Tag tag)
{
    switch (tag) {
    case Strong:
        return QStringLiteral("strong");
    case Em:
        return QStringLiteral("em");
    case U:
        return QStringLiteral("u");
    }
    return {};
}

// Inline tags as a stack, so "<strong>a<em>b</em></strong>" is written rather than closing and reopening
// <strong> whenever italics start.
class InlineWriter
{
public:
    explicit InlineWriter(QString& out)
        : m_out(out)
    {
    }

    void setTags(const QList<Tag>& wanted)
    {
        qsizetype keep = 0;
        while (keep < m_open.size() && wanted.contains(m_open.at(keep)))
            ++keep;
        while (m_open.size() > keep)
            m_out += QStringLiteral("</") + tagName(m_open.takeLast()) + u'>';
        for (Tag tag : wanted) {
            if (!m_open.contains(tag)) {
                m_out += u'<' + tagName(tag) + u'>';
                m_open << tag;
            }
        }
    }

    void closeAll() { setTags({}); }

private:
    QString& m_out;
    QList<Tag> m_open;
};

QString escapedText(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QChar::LineSeparator)
            out += QStringLiteral("<br>");
        else if (c == QChar::ObjectReplacementCharacter)
            continue; // an image or other embedded object: the subset has no place for it
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

QString blockContent(const QTextBlock& block)
{
    QString out;
    InlineWriter tags(out);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QString text = escapedText(fragment.text());
        if (text.isEmpty())
            continue;
        tags.setTags(tagsOf(fragment.charFormat()));
        out += text;
    }
    tags.closeAll();
    return out;
}

bool isOrdered(const QTextList* list)
{
    switch (list->format().style()) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
    case QTextListFormat::ListStyleUndefined:
        return false;
    default:
        return true;
    }
}

// Nested lists are open lists whose last <li> stays open until a sibling item or the end of the list.
class ListWriter
{
public:
    explicit ListWriter(QString& out)
        : m_out(out)
    {
    }

    void item(const QTextList* list, const QString& content)
    {
        const int indent = list->format().indent();
        while (!m_open.isEmpty() && (m_open.last().indent > indent ||
                                     (m_open.last().indent == indent && m_open.last().list != list)))
            closeLast();
        if (!m_open.isEmpty() && m_open.last().list == list) {
            m_out += QStringLiteral("</li>");
        } else {
            m_out += isOrdered(list) ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            m_open.append({list, indent, isOrdered(list)});
        }
        m_out += QStringLiteral("<li>") + content;
    }

    void closeAll()
    {
        while (!m_open.isEmpty())
            closeLast();
    }

private:
    struct Open
    {
        const QTextList* list;
        int indent;
        bool ordered;
    };

    void closeLast()
    {
        m_out += m_open.last().ordered ? QStringLiteral("</li></ol>") : QStringLiteral("</li></ul>");
        m_open.removeLast();
    }

    QString& m_out;
    QList<Open> m_open;
};

} // namespace

QString RichTextSubset::fromDocument(const QTextDocument& document)
{
    // A field holding only blank lines is empty, or completeness would count it as filled.
    if (document.toPlainText().trimmed().isEmpty())
        return {};
    QString out;
    ListWriter lists(out);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString content = blockContent(block);
        const QTextList* list = block.textList();
        if (list && !content.trimmed().isEmpty()) {
            lists.item(list, content);
            continue;
        }
        lists.closeAll();
        // Empty paragraphs are how Qt spaces blocks; the renderers space paragraphs themselves.
        if (!content.trimmed().isEmpty())
            out += QStringLiteral("<p>") + content + QStringLiteral("</p>");
    }
    lists.closeAll();
    return out;
}

QString RichTextSubset::fromQtHtml(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return fromDocument(document);
}

} // namespace facet
