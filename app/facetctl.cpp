// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
