// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVariantHash>
#include <memory>

namespace KTextTemplate {
class Engine;
class TemplateImpl;
} // namespace KTextTemplate

namespace facet {

// Renders channel templates (Django syntax) with Facet's filters. Not thread-safe: each thread that renders
// owns one; parsed templates are kept per source so re-rendering a record costs no parsing.
class TemplateEngine
{
public:
    enum class Escaping { Html, None };

    struct Output
    {
        QString text;
        QString error; // "template NAME, line N: problem"; empty on success
    };

    TemplateEngine();
    ~TemplateEngine();
    TemplateEngine(const TemplateEngine&) = delete;
    TemplateEngine& operator=(const TemplateEngine&) = delete;

    // Empty when the project's filter library was found and loaded; otherwise what is missing.
    QString setupError() const { return m_setupError; }

    Output render(const QString& name, const QString& source, const QVariantHash& context, Escaping escaping,
                  const QString& locale = {});
    // Parses without rendering: the error a template author must fix, or empty.
    QString check(const QString& name, const QString& source);

    // Where facetfilters is looked for, first match wins.
    static QStringList pluginSearchPaths();

private:
    QSharedPointer<KTextTemplate::TemplateImpl> compiled(const QString& name, const QString& source,
                                                          QString* error);

    std::unique_ptr<KTextTemplate::Engine> m_engine;
    struct Compiled
    {
        QString source;
        QSharedPointer<KTextTemplate::TemplateImpl> parsed;
    };
    QHash<QString, Compiled> m_compiled; // by template name
    QString m_setupError;
};

} // namespace facet
