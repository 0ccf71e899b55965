// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace facet {

// Imported rich text (an Akeneo textarea: HTML fragments, line breaks, escaped "\n") turned into the master
// record's rich-text subset (see RichText). Bold, italics, underline, paragraphs, lists and line breaks are
// kept; other harmless elements give up their tags but keep their text; scripts, styles, embedded objects
// and event-handler or style attributes are dropped, and `dropped` names each kind once.
// Parsed with gumbo (an HTML5 parser), so broken markup is read the way a browser reads it.
class HtmlToRichText
{
public:
    struct Result
    {
        QString html;
        QStringList dropped; // e.g. "<script>", "onclick attribute", "style attribute", "<span> (text kept)"
    };

    static Result convert(const QString& text);
};

} // namespace facet
