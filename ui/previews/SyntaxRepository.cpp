// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/SyntaxRepository.h"

#include "ui/editor/EditorPalette.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace facet {

KSyntaxHighlighting::Repository& SyntaxRepository::shared()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QWidget* widget)
{
    return shared().defaultTheme(editorPalette::isDark(widget) ? KSyntaxHighlighting::Repository::DarkTheme
                                                               : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace facet
