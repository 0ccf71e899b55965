// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Cli.h"
#include "models/core/Status.h"

#include <QCommandLineParser>
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

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_in = nullptr;
};

} // namespace facet::cli
