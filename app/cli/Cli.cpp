// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/AssetCommands.h"
#include "app/cli/AuditCommands.h"
#include "app/cli/ExchangeCommands.h"
#include "app/cli/MeasureCommand.h"
#include "app/cli/ProductCommands.h"
#include "app/cli/PublishCommands.h"
#include "app/cli/RenderCommands.h"
#include "app/cli/TemplateCommands.h"
#include "app/cli/UserCommands.h"
#include "app/cli/WorkflowCommands.h"
#include "app/cli/WorkspaceCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <functional>
#include <memory>

namespace facet::cli {

namespace {

using Factory = std::function<std::unique_ptr<Command>(QTextStream&, QTextStream&)>;

template <typename T> Factory make()
{
    return [](QTextStream& out, QTextStream& err) { return std::make_unique<T>(out, err); };
}

struct Entry
{
    QStringList words;
    Factory factory;
};

const QList<Entry>& commands()
{
    static const QList<Entry> list{
        {{QStringLiteral("init")}, make<InitCommand>()},
        {{QStringLiteral("products"), QStringLiteral("list")}, make<ProductsListCommand>()},
        {{QStringLiteral("products"), QStringLiteral("show")}, make<ProductsShowCommand>()},
        {{QStringLiteral("products"), QStringLiteral("set")}, make<ProductsSetCommand>()},
        {{QStringLiteral("completeness")}, make<CompletenessCommand>()},
        {{QStringLiteral("generate")}, make<GenerateCommand>()},
        {{QStringLiteral("measure")}, make<MeasureCommand>()},
        {{QStringLiteral("render")}, make<RenderCommand>()},
        {{QStringLiteral("check")}, make<CheckCommand>()},
        {{QStringLiteral("templates"), QStringLiteral("list")}, make<TemplatesListCommand>()},
        {{QStringLiteral("templates"), QStringLiteral("show")}, make<TemplatesShowCommand>()},
        {{QStringLiteral("templates"), QStringLiteral("set")}, make<TemplatesSetCommand>()},
        {{QStringLiteral("assets"), QStringLiteral("add")}, make<AssetsAddCommand>()},
        {{QStringLiteral("assets"), QStringLiteral("list")}, make<AssetsListCommand>()},
        {{QStringLiteral("assets"), QStringLiteral("show")}, make<AssetsShowCommand>()},
        {{QStringLiteral("assets"), QStringLiteral("rendition")}, make<AssetsRenditionCommand>()},
        {{QStringLiteral("import")}, make<ImportCommand>()},
        {{QStringLiteral("export")}, make<ExportCommand>()},
        {{QStringLiteral("users"), QStringLiteral("add")}, make<UsersAddCommand>()},
        {{QStringLiteral("users"), QStringLiteral("list")}, make<UsersListCommand>()},
        {{QStringLiteral("users"), QStringLiteral("disable")}, make<UsersDisableCommand>()},
        {{QStringLiteral("users"), QStringLiteral("enable")}, make<UsersEnableCommand>()},
        {{QStringLiteral("users"), QStringLiteral("passwd")}, make<UsersPasswdCommand>()},
        {{QStringLiteral("roles"), QStringLiteral("list")}, make<RolesListCommand>()},
        {{QStringLiteral("roles"), QStringLiteral("grant")}, make<RolesGrantCommand>()},
        {{QStringLiteral("roles"), QStringLiteral("revoke")}, make<RolesRevokeCommand>()},
        {{QStringLiteral("submit")}, make<SubmitCommand>()},
        {{QStringLiteral("approve")}, make<ApproveCommand>()},
        {{QStringLiteral("send-back")}, make<SendBackCommand>()},
        {{QStringLiteral("history")}, make<HistoryCommand>()},
        {{QStringLiteral("diff")}, make<DiffCommand>()},
        {{QStringLiteral("effective")}, make<EffectiveCommand>()},
        {{QStringLiteral("tasks")}, make<TasksCommand>()},
        {{QStringLiteral("audit"), QStringLiteral("list")}, make<AuditListCommand>()},
        {{QStringLiteral("audit"), QStringLiteral("verify")}, make<AuditVerifyCommand>()},
        {{QStringLiteral("publish")}, make<PublishCommand>()},
        {{QStringLiteral("publications"), QStringLiteral("list")}, make<PublicationsListCommand>()},
        {{QStringLiteral("publications"), QStringLiteral("show")}, make<PublicationsShowCommand>()},
        {{QStringLiteral("publications"), QStringLiteral("verify")}, make<PublicationsVerifyCommand>()},
        {{QStringLiteral("publications"), QStringLiteral("dead-letters")},
         make<PublicationsDeadLettersCommand>()},
        {{QStringLiteral("publications"), QStringLiteral("retry")}, make<PublicationsRetryCommand>()},
        {{QStringLiteral("targets"), QStringLiteral("list")}, make<TargetsListCommand>()},
        {{QStringLiteral("targets"), QStringLiteral("add")}, make<TargetsAddCommand>()},
        {{QStringLiteral("targets"), QStringLiteral("remove")}, make<TargetsRemoveCommand>()},
        {{QStringLiteral("targets"), QStringLiteral("test")}, make<TargetsTestCommand>()},
        {{QStringLiteral("schedules"), QStringLiteral("list")}, make<SchedulesListCommand>()},
        {{QStringLiteral("schedules"), QStringLiteral("add")}, make<SchedulesAddCommand>()},
        {{QStringLiteral("schedules"), QStringLiteral("remove")}, make<SchedulesRemoveCommand>()},
    };
    return list;
}

void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate("facet::cli", "usage: facetctl COMMAND [options] [arguments]\n\n"
                                                        "Facet's command-line tool. Commands:\n");
    for (const Entry& entry : commands()) {
        QString summary;
        QTextStream discard(&summary);
        stream << QStringLiteral("  %1  %2\n")
                      .arg(entry.words.join(u' ').leftJustified(15),
                           entry.factory(discard, discard)->summary());
    }
    stream << QCoreApplication::translate("facet::cli",
                                          "\nRun “facetctl COMMAND --help” for a command's options.\n"
                                          "Exit codes: 0 done, 1 the input was wrong (message on stderr), "
                                          "2 internal failure.\n");
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Opening does not read: only a command that asks for standard input waits for it. If stdin is closed
    // the device stays closed and such a command reports that.
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    return run(arguments, in, out, err);
}

int run(const QStringList& arguments, QIODevice& in, QTextStream& out, QTextStream& err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? UserError : Done;
    }
    if (args.first() == u"--version") {
        out << QStringLiteral("facetctl %1\n").arg(QCoreApplication::applicationVersion());
        return Done;
    }
    for (const Entry& entry : commands()) {
        if (args.mid(0, entry.words.size()) != entry.words)
            continue;
        auto command = entry.factory(out, err);
        command->setInput(&in);
        // The parser sees the command words as the program name, so --help prints "facetctl products list".
        QStringList rest = args.mid(entry.words.size());
        rest.prepend(QStringLiteral("facetctl ") + entry.words.join(u' '));
        return command->execute(rest);
    }
    err << QCoreApplication::translate("facet::cli", "facetctl: unknown command “%1”\n").arg(args.join(u' '));
    printUsage(err);
    return UserError;
}

} // namespace facet::cli
