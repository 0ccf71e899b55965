// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QWidget;

namespace facet {

// The application's one syntax definition repository: loading the definitions is costly, so every
// highlighter shares it.
class SyntaxRepository
{
public:
    static KSyntaxHighlighting::Repository& shared();
    // The light or dark default theme, whichever matches the widget's palette.
    static KSyntaxHighlighting::Theme themeFor(const QWidget* widget);
};

} // namespace facet
