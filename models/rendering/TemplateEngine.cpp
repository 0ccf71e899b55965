// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/TemplateEngine.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/OutputStream>
#include <KTextTemplate/QtLocalizer>
#include <KTextTemplate/Template>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace facet {

namespace {

constexpr auto kFilterLibrary = "facetfilters";

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::TemplateEngine", text);
}

// KTextTemplate counts lines from 0 and repeats the template's name; authors count from 1.
QString describeError(const QString& name, QString message)
{
    message.remove(u", " + name);
    static const QRegularExpression line(QStringLiteral("(?:,\\s*)?\\bline (\\d+)"));
    const QRegularExpressionMatch m = line.match(message);
    if (!m.hasMatch())
        return tr("template %1: %2").arg(name, message);
    const int number = m.captured(1).toInt() + 1;
    message.remove(m.capturedStart(), m.capturedLength());
    message.replace(QStringLiteral(" on :"), QStringLiteral(":"));
    return tr("template %1, line %2: %3").arg(name).arg(number).arg(message.trimmed());
}

// Text channels get their characters verbatim: an SMS must say "Tom & Jerry", not "Tom &amp; Jerry".
class VerbatimStream : public KTextTemplate::OutputStream
{
public:
    explicit VerbatimStream(QTextStream* stream)
        : KTextTemplate::OutputStream(stream)
    {
    }
    QString escape(const QString& input) const override { return input; }
    QSharedPointer<OutputStream> clone(QTextStream* stream) const override
    {
        return QSharedPointer<VerbatimStream>::create(stream);
    }
};

// Smart trim drops the line break after a line that holds a single template token. That is right for a
// line with only {% if %} or {% for %}, but a line with only {{ product.url }} must keep its break, as in
// Django and Jinja2. A comment after such a variable makes it two tokens without changing the output or the
// line numbers errors name.
QString keepVariableLines(const QString& source)
{
    static const QRegularExpression lone(QStringLiteral("^([ \\t]*\\{\\{[^\\n]*?\\}\\}[ \\t]*)$"),
                                         QRegularExpression::MultilineOption);
    QString result = source;
    result.replace(lone, QStringLiteral("\\1{# #}"));
    return result;
}

} // namespace

QStringList TemplateEngine::pluginSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("FACET_TEMPLATE_PLUGINS");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // The build tree keeps executables in bin/ and the filter library in lib/facet/.
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../lib/facet");
#ifdef FACET_PLUGIN_INSTALL_DIR
    paths << QStringLiteral(FACET_PLUGIN_INSTALL_DIR);
#endif
    return paths;
}

TemplateEngine::TemplateEngine()
    : m_engine(std::make_unique<KTextTemplate::Engine>())
{
    m_engine->setSmartTrimEnabled(true);
    const QString relative = QStringLiteral("/kf6/ktexttemplate/%1.so").arg(QLatin1String(kFilterLibrary));
    QString found;
    for (const QString& dir : pluginSearchPaths()) {
        if (QFileInfo::exists(dir + relative)) {
            found = dir;
            break;
        }
    }
    if (found.isEmpty()) {
        m_setupError = tr("Facet's template filters (%1) are not installed; looked in %2. Reinstall Facet.")
                           .arg(QLatin1String(kFilterLibrary), pluginSearchPaths().join(u", "));
        return;
    }
    m_engine->addPluginPath(found);
    if (!m_engine->loadLibrary(QLatin1String(kFilterLibrary))) {
        m_setupError = tr("Facet's template filters in %1 could not be loaded. Reinstall Facet.").arg(found);
        return;
    }
    m_engine->addDefaultLibrary(QLatin1String(kFilterLibrary));
}

TemplateEngine::~TemplateEngine() = default;

QSharedPointer<KTextTemplate::TemplateImpl> TemplateEngine::compiled(const QString& name, const QString& source,
                                                                       QString* error)
{
    if (!m_setupError.isEmpty()) {
        *error = m_setupError;
        return {};
    }
    // Sources usually share their data with the snapshot, so this comparison is a pointer check.
    if (auto it = m_compiled.constFind(name); it != m_compiled.constEnd() && it->source == source)
        return it->parsed;
    KTextTemplate::Template t = m_engine->newTemplate(keepVariableLines(source), name);
    if (t->error() != KTextTemplate::NoError) {
        *error = describeError(name, t->errorString());
        return {};
    }
    if (m_compiled.size() > 256)
        m_compiled.clear();
    m_compiled.insert(name, Compiled{source, t});
    return t;
}

QString TemplateEngine::check(const QString& name, const QString& source)
{
    QString error;
    compiled(name, source, &error);
    return error;
}

TemplateEngine::Output TemplateEngine::render(const QString& name, const QString& source,
                                              const QVariantHash& context, Escaping escaping,
                                              const QString& locale)
{
    Output out;
    const auto t = compiled(name, source, &out.error);
    if (!t)
        return out;
    KTextTemplate::Context c(context);
    c.setAutoEscape(escaping == Escaping::Html);
    if (!locale.isEmpty())
        c.setLocalizer(QSharedPointer<KTextTemplate::QtLocalizer>::create(QLocale(locale)));
    QString text;
    QTextStream stream(&text);
    if (escaping == Escaping::Html) {
        KTextTemplate::OutputStream os(&stream);
        t->render(&os, &c);
    } else {
        VerbatimStream os(&stream);
        t->render(&os, &c);
    }
    stream.flush();
    if (t->error() != KTextTemplate::NoError) {
        out.error = describeError(name, t->errorString());
        return out;
    }
    out.text = text;
    return out;
}

} // namespace facet
