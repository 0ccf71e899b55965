// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/HtmlNode.h"
#include "models/rendering/Finding.h"

namespace facet {

// An HTML document parsed by libtidy: the repaired tree and what tidy reported while repairing it. Rule
// checks use the tree instead of regular expressions, so comments, attribute order and entities cannot fool
// them.
class HtmlDocument
{
public:
    struct Diagnostic
    {
        Finding::Severity severity = Finding::Severity::Warning;
        QString message; // tidy's own English text
        int line = 0;
        int column = 0;
    };

    static HtmlDocument parse(const QString& html);

    const HtmlNode& root() const { return m_root; }
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    // The first element with this tag in document order, or nullptr.
    const HtmlNode* first(QStringView tag) const;
    QList<const HtmlNode*> elements(QStringView tag) const { return m_root.descendants(tag); }
    // The UTF-16 offset into the parsed source of a tidy line/column, for Finding::position; -1 if unknown.
    qsizetype offset(int line, int column) const;

private:
    HtmlNode m_root;
    QList<Diagnostic> m_diagnostics;
    QList<qsizetype> m_lineStarts;
};

} // namespace facet
