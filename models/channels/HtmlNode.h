// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace facet {

// One node of an HTML tree as libtidy repaired it: an element with its attributes and children, or a run of
// text with entities already decoded. Owning plain values, so rule checks can walk it after tidy is gone.
struct HtmlNode
{
    enum class Type { Element, Text };

    Type type = Type::Element;
    QString name; // lower-case tag name; empty for text
    QList<QPair<QString, QString>> attributes;
    QString text; // text nodes only
    QList<HtmlNode> children;
    int line = 0; // 1-based position in the source, 0 for nodes tidy inserted
    int column = 0;

    bool isElement(QStringView tag) const { return type == Type::Element && name == tag; }
    bool hasAttribute(QStringView attribute) const
    {
        for (const auto& a : attributes)
            if (a.first.compare(attribute, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QString attribute(QStringView attribute) const
    {
        for (const auto& a : attributes)
            if (a.first.compare(attribute, Qt::CaseInsensitive) == 0)
                return a.second;
        return {};
    }
    // The text below this node in document order, whitespace collapsed.
    QString textContent() const
    {
        QStringList parts;
        collectText(parts);
        return parts.join(QString()).simplified();
    }
    // The text below this node without whitespace changes, e.g. the JSON inside a script element.
    QString rawText() const
    {
        QStringList parts;
        collectText(parts);
        return parts.join(QString());
    }
    // Elements with this tag below (not including) this node, in document order.
    QList<const HtmlNode*> descendants(QStringView tag) const
    {
        QList<const HtmlNode*> found;
        collectElements(tag, found);
        return found;
    }

private:
    void collectText(QStringList& parts) const
    {
        if (type == Type::Text)
            parts << text;
        for (const HtmlNode& child : children)
            child.collectText(parts);
    }
    void collectElements(QStringView tag, QList<const HtmlNode*>& found) const
    {
        for (const HtmlNode& child : children) {
            if (child.isElement(tag))
                found << &child;
            child.collectElements(tag, found);
        }
    }
};

} // namespace facet
