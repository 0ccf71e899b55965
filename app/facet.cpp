// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench: parses the command line, sets the application up and hands over to MainWindow.
#include "ui/MainWindow.h"
#include "ui/shell/ScreenshotTour.h"
#include "ui/shell/WorkspaceSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

int main(int argc, char** argv)
{
    // The previews' browser engine shares OpenGL contexts with the widgets; it must be said before the
    // application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Facet"));
    QCoreApplication::setApplicationName(QStringLiteral("Facet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACET_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Facet"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.facet.Workbench"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("facet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Facet product content workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[workspace]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the demo workspace (at the given path, "
                                                              "or the default one), building it if needed."));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset-demo"), QCoreApplication::translate("main", "Build the demo workspace again."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Write pictures of the main views to <dir>, then quit."),
        QStringLiteral("dir"));
    parser.addOptions({demo, resetDemo, screenshots});
    parser.process(app);
    const QString path = parser.positionalArguments().value(0);
    const bool screenshotMode = parser.isSet(screenshots);

    // Screenshots must neither depend on nor change the user's settings (theme, recent files, geometry).
    QTemporaryDir privateSettings;
    if (screenshotMode) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, privateSettings.path());
    }

    facet::MainWindow window;
    facet::ScreenshotTour tour(&window, parser.value(screenshots));
    if (screenshotMode) {
        QObject::connect(&window, &facet::MainWindow::workspaceOpened, &tour, &facet::ScreenshotTour::start);
        QObject::connect(
            window.session(), &facet::WorkspaceSession::errorOccurred, &tour,
            [](const QString& message) {
                qWarning("screenshots: %s", qPrintable(message));
                QCoreApplication::exit(1);
            },
            Qt::QueuedConnection);
        QObject::connect(&tour, &facet::ScreenshotTour::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
    }
    window.show();

    if (parser.isSet(demo) || parser.isSet(resetDemo))
        window.openDemo(path, parser.isSet(resetDemo));
    else if (!path.isEmpty())
        window.openWorkspace(path);
    else if (screenshotMode || !window.openLastWorkspace())
        window.openDemo();
    return app.exec();
}
