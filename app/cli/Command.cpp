// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace facet::cli {

int Command::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    describe(parser);
    // The first argument stands for the program, so "facetctl products list" parses as a whole.
    if (!parser.parse(arguments))
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

void Command::addUserOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("user"),
         QCoreApplication::translate("facet::cli", "Sign in as NAME (password from FACET_PASSWORD, "
                                                   "--password-stdin or a prompt)."),
         QCoreApplication::translate("facet::cli", "NAME")});
    parser.addOption({QStringLiteral("password-stdin"),
                      QCoreApplication::translate(
                          "facet::cli", "Read the password from the first line of standard input.")});
}

QString Command::actingName(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("user")))
        return parser.value(QStringLiteral("user"));
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QStringLiteral("facetctl");
}

QString Command::readSecret(const char* variable, bool fromStdin, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (fromStdin) {
        if (!m_in || !m_in->isOpen())
            return {};
        QByteArray line = m_in->readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line.isEmpty() && m_in->atEnd() ? QString() : QString::fromUtf8(line);
    }
    if (!isatty(STDIN_FILENO))
        return {};
    // A terminal: ask without echo, and restore the terminal whatever happens.
    fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    fflush(stderr);
    termios old{};
    const bool canHide = tcgetattr(STDIN_FILENO, &old) == 0;
    if (canHide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const char* got = fgets(buffer, sizeof buffer, stdin);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    fprintf(stderr, "\n");
    if (!got)
        return {};
    QByteArray line(buffer);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Status Command::signInIfAsked(Workspace& workspace, const QCommandLineParser& parser)
{
    if (!workspace.hasUsers())
        return Status::ok();
    // Scripts may name the user in the environment, like the password.
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : qEnvironmentVariable("FACET_USER");
    if (user.isEmpty())
        return Status::ok(); // reading needs nobody; writes will say that someone must sign in
    const QString password =
        readSecret("FACET_PASSWORD", parser.isSet(QStringLiteral("password-stdin")),
                   QCoreApplication::translate("facet::cli", "Password for %1: ").arg(user));
    if (password.isNull())
        return Status::invalid(
            QCoreApplication::translate(
                "facet::cli",
                "no password for %1: set FACET_PASSWORD, use --password-stdin or run on a terminal")
                .arg(user));
    if (Status s = workspace.signIn(user, password); !s)
        return s;
    m_signInPassword = password;
    return Status::ok();
}

std::unique_ptr<Workspace> Command::openWorkspaceAs(const QString& path, const QCommandLineParser& parser,
                                                    int* exitCode)
{
    auto workspace = openWorkspace(path, exitCode);
    if (!workspace)
        return workspace;
    if (Status s = signInIfAsked(*workspace, parser); !s) {
        *exitCode = fail(s);
        return nullptr;
    }
    return workspace;
}

} // namespace facet::cli
