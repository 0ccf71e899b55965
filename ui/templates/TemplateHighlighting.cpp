// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateHighlighting.h"

#include "models/rendering/TemplateSlot.h"

#include <KSyntaxHighlighting/Repository>
#include <QPalette>

namespace facet {

KSyntaxHighlighting::Repository& TemplateHighlighting::repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Definition TemplateHighlighting::definitionFor(const TemplateSlot& slot)
{
    QStringList candidates;
    if (slot.mediaType == u"text/html")
        candidates = {QStringLiteral("Django HTML Template"), QStringLiteral("HTML")};
    else if (slot.mediaType == u"application/xml")
        candidates = {QStringLiteral("XML")};
    else
        candidates = {QStringLiteral("Twig/Twig"), QStringLiteral("Django HTML Template")};
    for (const QString& name : std::as_const(candidates)) {
        const KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
        if (definition.isValid())
            return definition;
    }
    return {};
}

KSyntaxHighlighting::Theme TemplateHighlighting::themeFor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace facet
