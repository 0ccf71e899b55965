// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace facet {

// Turns what Qt's rich-text engine holds (a QTextEdit's document, or HTML pasted from anywhere) into the
// master record's rich-text subset (see RichText): paragraphs, line breaks, bold, italic, underline and
// lists. Everything else (fonts, colours, links, images, tables) is dropped, keeping its text.
// It walks the document rather than Qt's HTML output because that output is styled spans Qt may change.
class RichTextSubset
{
public:
    static QString fromDocument(const QTextDocument& document);
    static QString fromQtHtml(const QString& html);
};

} // namespace facet
