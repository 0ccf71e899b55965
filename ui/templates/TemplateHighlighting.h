// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace facet {

struct TemplateSlot;

// Syntax highlighting for channel templates: one definition repository for the whole application (loading it
// parses a few hundred definition files), the best definition per template, the theme that suits the palette.
class TemplateHighlighting
{
public:
    static KSyntaxHighlighting::Repository& repository();
    // Django's syntax is TextTemplate's: HTML templates get "Django HTML Template", text templates the Twig
    // text definition (the same {{ }}, {% %} and {# #} markers; there is no Jinja or Django text definition),
    // feed items XML.
    static KSyntaxHighlighting::Definition definitionFor(const TemplateSlot& slot);
    // The default dark or light theme, after the lightness of the palette's text background.
    static KSyntaxHighlighting::Theme themeFor(const QPalette& palette);
};

} // namespace facet
