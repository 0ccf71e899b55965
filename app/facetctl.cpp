// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char** argv)
{
    // The print channel lays out PDFs with the platform's fonts, which needs a GUI application; facetctl
    // never opens a window, so it runs on the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Facet"));
    QCoreApplication::setApplicationName(QStringLiteral("facetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACET_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("facet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return facet::cli::run(app.arguments(), out, err);
}
