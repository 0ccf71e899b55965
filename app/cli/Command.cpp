// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "models/storage/Workspace.h"

#include <QCoreApplication>

namespace facet::cli {

int Command::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    describe(parser);
    // The first argument stands for the program, so "facetctl products list" parses as a whole.
    if (!parser.parse(preprocess(arguments)))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the running executable; the user typed "facetctl" and the command's words.
        QString help = parser.helpText();
        const qsizetype start = help.indexOf(u' ') + 1;
        const qsizetype end = help.indexOf(QStringLiteral(" [options]"));
        if (start > 0 && end > start)
            help.replace(start, end - start, QStringLiteral("facetctl ") + name());
        m_out << help;
        return Done;
    }
    return run(parser);
}

int Command::fail(const Status& status)
{
    m_err << QStringLiteral("facetctl %1: %2\n").arg(name(), status.message());
    return status.kind() == Status::Kind::InvalidInput ? UserError : InternalFailure;
}

int Command::usageError(const QString& message)
{
    m_err << QStringLiteral("facetctl %1: %2\n").arg(name(), message)
          << QCoreApplication::translate("facet::cli", "Run “facetctl %1 --help” for usage.\n").arg(name());
    return UserError;
}

std::unique_ptr<Workspace> Command::openWorkspace(const QString& path, int* exitCode)
{
    Status status;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
    if (!workspace)
        *exitCode = fail(status);
    return workspace;
}

} // namespace facet::cli
