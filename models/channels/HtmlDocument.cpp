// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/HtmlDocument.h"

#include <memory>
#include <tidy/tidy.h>
#include <tidy/tidybuffio.h>

namespace facet {

namespace {

struct TidyDocDeleter
{
    void operator()(const _TidyDoc* doc) const { tidyRelease(doc); }
};
using TidyDocPtr = std::unique_ptr<const _TidyDoc, TidyDocDeleter>;

Bool TIDY_CALL collectMessage(TidyMessage message)
{
    auto* diagnostics =
        static_cast<QList<HtmlDocument::Diagnostic>*>(tidyGetAppData(tidyGetMessageDoc(message)));
    Finding::Severity severity;
    switch (tidyGetMessageLevel(message)) {
    case TidyWarning:
        severity = Finding::Severity::Warning;
        break;
    case TidyError:
    case TidyBadDocument:
    case TidyFatal:
        severity = Finding::Severity::Error;
        break;
    default:
        // Info, accessibility and dialogue lines are tidy talking about itself, not about the page.
        return no;
    }
    diagnostics->append({severity, QString::fromUtf8(tidyGetMessageDefault(message)),
                         tidyGetMessageLine(message), tidyGetMessageColumn(message)});
    return no; // nothing on stderr
}

QString nodeValue(TidyDoc doc, TidyNode node)
{
    TidyBuffer buffer;
    tidyBufInit(&buffer);
    QString value;
    if (tidyNodeGetValue(doc, node, &buffer) && buffer.bp)
        value = QString::fromUtf8(reinterpret_cast<const char*>(buffer.bp), qsizetype(buffer.size));
    tidyBufFree(&buffer);
    return value;
}

void convert(TidyDoc doc, TidyNode parent, HtmlNode& into)
{
    for (TidyNode child = tidyGetChild(parent); child; child = tidyGetNext(child)) {
        HtmlNode node;
        node.line = int(tidyNodeLine(child));
        node.column = int(tidyNodeColumn(child));
        switch (tidyNodeGetType(child)) {
        case TidyNode_Start:
        case TidyNode_StartEnd:
            node.type = HtmlNode::Type::Element;
            node.name = QString::fromUtf8(tidyNodeGetName(child)).toLower();
            for (TidyAttr attr = tidyAttrFirst(child); attr; attr = tidyAttrNext(attr)) {
                const char* value = tidyAttrValue(attr);
                node.attributes.append({QString::fromUtf8(tidyAttrName(attr)).toLower(),
                                        value ? QString::fromUtf8(value) : QString()});
            }
            convert(doc, child, node);
            break;
        case TidyNode_Text:
        case TidyNode_CDATA:
            node.type = HtmlNode::Type::Text;
            node.text = nodeValue(doc, child);
            break;
        default:
            continue; // comments, doctype, processing instructions
        }
        into.children.append(std::move(node));
    }
}

const HtmlNode* findFirst(const HtmlNode& node, QStringView tag)
{
    for (const HtmlNode& child : node.children) {
        if (child.isElement(tag))
            return &child;
        if (const HtmlNode* found = findFirst(child, tag))
            return found;
    }
    return nullptr;
}

} // namespace

HtmlDocument HtmlDocument::parse(const QString& html)
{
    HtmlDocument result;
    result.m_lineStarts << 0;
    for (qsizetype i = 0; i < html.size(); ++i)
        if (html.at(i) == u'\n')
            result.m_lineStarts << i + 1;

    TidyDocPtr doc(tidyCreate());
    tidySetAppData(doc.get(), &result.m_diagnostics);
    tidySetMessageCallback(doc.get(), collectMessage);
    tidySetCharEncoding(doc.get(), "utf8");
    tidyOptSetBool(doc.get(), TidyShowWarnings, yes);
    tidyOptSetBool(doc.get(), TidyShowInfo, no);
    tidyOptSetInt(doc.get(), TidyShowErrors, 1000);
    tidyOptSetInt(doc.get(), TidyAccessibilityCheckLevel, 0);
    // Keep the tree as written: the checks are about the author's markup, not tidy's clean-up.
    tidyOptSetBool(doc.get(), TidyDropEmptyElems, no);
    tidyOptSetBool(doc.get(), TidyDropEmptyParas, no);
    tidyOptSetInt(doc.get(), TidyMergeDivs, TidyNoState);
    tidyOptSetInt(doc.get(), TidyMergeSpans, TidyNoState);
    tidyOptSetBool(doc.get(), TidyCoerceEndTags, no);
    const QByteArray utf8 = html.toUtf8();
    tidyParseString(doc.get(), utf8.constData());
    convert(doc.get(), tidyGetRoot(doc.get()), result.m_root);
    return result;
}

const HtmlNode* HtmlDocument::first(QStringView tag) const
{
    return findFirst(m_root, tag);
}

qsizetype HtmlDocument::offset(int line, int column) const
{
    if (line < 1 || line > m_lineStarts.size())
        return -1;
    return m_lineStarts.at(line - 1) + qMax(0, column - 1);
}

} // namespace facet
