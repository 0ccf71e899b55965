// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WorkspaceCommands.h"

#include "app/cli/RecordJson.h"
#include "models/demo/CatalogGenerator.h"
#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet::cli {

QString InitCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli", "Create a new, empty workspace file, or with --demo one filled with the demo catalog.");
}

void InitCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("WS"),
        QCoreApplication::translate("facet::cli", "The workspace file to create; it must not exist."));
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate(
                          "facet::cli", "Fill it with the demo catalog: 3 locales, channels of every kind, "
                                        "families, categories and products.")});
}

int InitCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("facet::cli", "expected exactly one workspace path"));
    const QString path = parser.positionalArguments().first();
    Status status;
    auto workspace = Workspace::open(path, Workspace::OpenMode::Create, &status);
    if (!workspace)
        return fail(status);
    if (parser.isSet(QStringLiteral("demo"))) {
        status = DemoWorkspace::populate(*workspace);
        if (!status) {
            workspace.reset();
            // A half-made demo is worse than none: the user can simply run init again.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return fail(status);
        }
    }
    m_out << QCoreApplication::translate("facet::cli", "created %1 (%2 products)\n")
                 .arg(path)
                 .arg(workspace->productCount());
    return Done;
}

QString CompletenessCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli",
        "Completeness per channel and locale: for one product (with the missing attributes), or a summary "
        "over the whole workspace.");
}

void CompletenessCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"),
                                 QCoreApplication::translate("facet::cli", "Optional: one product."),
                                 QStringLiteral("[SKU]"));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("facet::cli", "Print JSON instead of text.")});
}

int CompletenessCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return usageError(
            QCoreApplication::translate("facet::cli", "expected a workspace path and optionally a SKU"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.size() == 2) {
        Status status;
        if (!workspace->record(args.at(1), &status))
            return fail(status);
        const QList<Completeness> entries = workspace->completeness(args.at(1));
        if (json) {
            m_out << QString::fromUtf8(QJsonDocument(RecordJson::completenessJson(entries)).toJson());
            return Done;
        }
        for (const Completeness& c : entries) {
            m_out << QStringLiteral("%1\t%2\t%3%").arg(c.channel, c.locale).arg(c.percent());
            if (!c.missing.isEmpty())
                m_out << u'\t'
                      << QCoreApplication::translate("facet::cli", "missing: %1")
                             .arg(c.missing.join(QStringLiteral(", ")));
            m_out << u'\n';
        }
        return Done;
    }
    const QList<CompletenessSummary> summary = workspace->completenessSummary();
    QJsonArray list;
    for (const CompletenessSummary& s : summary) {
        if (json)
            list.append(QJsonObject{{QStringLiteral("channel"), s.channel},
                                    {QStringLiteral("locale"), s.locale},
                                    {QStringLiteral("products"), s.products},
                                    {QStringLiteral("complete"), s.complete},
                                    {QStringLiteral("average_percent"), s.averagePercent}});
        else
            m_out << QCoreApplication::translate("facet::cli", "%1\t%2\t%3 of %4 complete\taverage %5%\n")
                         .arg(s.channel, s.locale)
                         .arg(s.complete)
                         .arg(s.products)
                         .arg(s.averagePercent);
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(list).toJson());
    return Done;
}

QString GenerateCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli",
        "Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo "
        "structure if it does not exist.");
}

void GenerateCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addOption({QStringLiteral("products"),
                      QCoreApplication::translate("facet::cli", "How many products to add."),
                      QCoreApplication::translate("facet::cli", "N")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("facet::cli", "Random seed, for repeatable catalogs (default 1)."),
         QCoreApplication::translate("facet::cli", "SEED")});
    addUserOptions(parser);
}

int GenerateCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("facet::cli", "expected exactly one workspace path"));
    bool ok = false;
    const qint64 count = parser.value(QStringLiteral("products")).toLongLong(&ok);
    if (!ok || count <= 0)
        return usageError(
            QCoreApplication::translate("facet::cli", "--products needs a whole number above 0"));
    const quint32 seed =
        parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (!ok)
        return usageError(QCoreApplication::translate("facet::cli", "--seed needs a whole number"));
    Status status;
    auto workspace =
        Workspace::open(parser.positionalArguments().first(), Workspace::OpenMode::OpenOrCreate, &status);
    if (!workspace)
        return fail(status);
    if (Status s = signInIfAsked(*workspace, parser); !s)
        return fail(s);
    QElapsedTimer timer;
    timer.start();
    CatalogGenerator generator(*workspace, seed);
    qint64 lastReport = 0;
    status = generator.generate(count, [&](qint64 done) {
        if (done - lastReport >= 10000 || done == count) {
            m_err << QCoreApplication::translate("facet::cli", "generated %1 of %2 products\n")
                         .arg(done)
                         .arg(count);
            m_err.flush();
            lastReport = done;
        }
        return true;
    });
    if (!status)
        return fail(status);
    const double seconds = timer.elapsed() / 1000.0;
    m_out << QCoreApplication::translate("facet::cli", "generated %1 products in %2 s (%3 products/s)\n")
                 .arg(count)
                 .arg(seconds, 0, 'f', 1)
                 .arg(seconds > 0 ? qRound64(count / seconds) : count);
    return Done;
}

} // namespace facet::cli
