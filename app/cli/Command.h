// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Cli.h"
#include "models/core/Status.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace facet {
class Workspace;
}

namespace facet::cli {

// What every facetctl command shares: its streams, argument parsing with --help, and turning a Status into
// a message and an exit code.
class Command
{
    // Spelled out in every command: lupdate files a member function's messages under its class, so the
    // context tr() looks them up in must be the class too.
    Q_DECLARE_TR_FUNCTIONS(facet::cli::Command)

public:
    Command(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }
    virtual ~Command() = default;

    // Where commands that read text ("-") read it from: set by cli::run to standard input or the caller's
    // device.
    void setInput(QIODevice* in) { m_in = in; }

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    int execute(const QStringList& arguments);

protected:
    // Rewrites the command line before parsing, for option names QCommandLineParser cannot declare up front.
    virtual QStringList preprocess(const QStringList& arguments) const { return arguments; }
    // Adds the command's options and positional arguments.
    virtual void describe(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    int fail(const Status& status);
    int usageError(const QString& message);
    std::unique_ptr<Workspace> openWorkspace(const QString& path, int* exitCode);

    // --user NAME and --password-stdin, for commands that act as someone.
    static void addUserOptions(QCommandLineParser& parser);
    // Opens the workspace and, when it has users, signs in as --user. The password comes from the
    // environment variable FACET_PASSWORD, or the first line of standard input with --password-stdin, or a
    // prompt without echo on a terminal; never from an argument, where other users could read it.
    std::unique_ptr<Workspace> openWorkspaceAs(const QString& path, const QCommandLineParser& parser,
                                               int* exitCode);
    // Signs in as --user (or FACET_USER) when the workspace has users; see openWorkspaceAs().
    Status signInIfAsked(Workspace& workspace, const QCommandLineParser& parser);
    // A secret from `variable`, else the next line of standard input when `fromStdin`, else a prompt without
    // echo if standard input is a terminal. Null when there is none.
    QString readSecret(const char* variable, bool fromStdin, const QString& prompt);
    // The name writes are attributed to in a workspace without users: --user, else the login name.
    static QString actingName(const QCommandLineParser& parser);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_in = nullptr;
    // The password the command signed in with; users passwd needs it to change one's own.
    QString m_signInPassword;
};

} // namespace facet::cli
