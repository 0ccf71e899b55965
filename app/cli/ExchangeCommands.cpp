// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExchangeCommands.h"

#include "models/exchange/AkeneoExporter.h"
#include "models/exchange/AkeneoImporter.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace facet::cli {

namespace {

const QString kAkeneoCsv = QStringLiteral("akeneo-csv");

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("facet::cli", "The file format; only “akeneo-csv” for now."),
         QCoreApplication::translate("facet::cli", "FORMAT"), kAkeneoCsv});
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import Akeneo flat CSV files (products and structure files) into a workspace and print the "
              "report.");
}

void ImportCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 tr("The workspace file (created if it does not exist)."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Product files and structure files (attributes.csv, families.csv, categories.csv, "
           "attribute_options.csv, …); a folder stands for the CSV files in it."),
        QStringLiteral("FILE..."));
    addCommonOptions(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("media"),
                      tr("The folder media paths are relative to (default: the first product file's)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("dry-run"), tr("Report what would happen, write nothing.")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    parser.addOption({QStringLiteral("batch-size"), tr("Rows per transaction (default 1000)."), tr("N")});
}

int ImportCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(tr("expected a workspace path and at least one file"));
    if (parser.value(QStringLiteral("format")) != kAkeneoCsv)
        return usageError(
            tr("unknown format “%1”; supported: akeneo-csv").arg(parser.value(QStringLiteral("format"))));
    ImportOptions options;
    for (const QString& path : args.mid(1)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names =
                QDir(path).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
            for (const QString& name : names)
                options.files << QDir(path).filePath(name);
            if (options.mediaFolder.isEmpty())
                options.mediaFolder = path;
        } else if (!info.isFile()) {
            return fail(Status::invalid(tr("there is no file %1").arg(path)));
        } else {
            options.files << path;
        }
    }
    if (parser.isSet(QStringLiteral("media"))) {
        options.mediaFolder = parser.value(QStringLiteral("media"));
        if (!QFileInfo(options.mediaFolder).isDir())
            return fail(Status::invalid(tr("the media folder %1 does not exist").arg(options.mediaFolder)));
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("batch-size"))) {
        bool ok = false;
        options.batchSize = parser.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || options.batchSize <= 0)
            return usageError(tr("--batch-size needs a whole number above 0"));
    }
    Status status;
    auto workspace = Workspace::open(
        args.first(), options.dryRun ? Workspace::OpenMode::OpenExisting : Workspace::OpenMode::OpenOrCreate,
        &status);
    if (!workspace)
        return fail(status);
    if (Status s = signInIfAsked(*workspace, parser); !s)
        return fail(s);
    AkeneoImporter importer(*workspace, options);
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 lastReport = 0;
    const ImportReport report = importer.run([&](qint64 done, qint64 total) {
        if (!json && total >= 20000 && (done - lastReport >= 20000 || done == total)) {
            m_err << tr("imported %1 of %2 rows\n").arg(done).arg(total);
            m_err.flush();
            lastReport = done;
        }
    });
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
    else
        m_out << report.toText();
    if (report.failed)
        return fail(Status::internal(report.failure));
    // Good rows are imported either way; a rejected row, column or file still means the input needs fixing.
    return report.errorCount() > 0 ? UserError : Done;
}

QString ExportCommand::summary() const
{
    return tr("Export a workspace as Akeneo flat CSV: products, structure files and media.");
}

void ExportCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("The folder to write to (created if needed)."), tr("DIR")});
}

int ExportCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected exactly one workspace path"));
    if (parser.value(QStringLiteral("format")) != kAkeneoCsv)
        return usageError(
            tr("unknown format “%1”; supported: akeneo-csv").arg(parser.value(QStringLiteral("format"))));
    if (!parser.isSet(QStringLiteral("out")))
        return usageError(tr("--out DIR is required"));
    int code = Done;
    auto workspace = openWorkspace(args.first(), &code);
    if (!workspace)
        return code;
    AkeneoExporter exporter(*workspace);
    ExportReport report;
    if (Status s = exporter.exportTo(parser.value(QStringLiteral("out")), &report); !s)
        return fail(s);
    m_out << tr("exported %1 products (%2 values) and %3 media files to %4: %5\n")
                 .arg(report.products)
                 .arg(report.values)
                 .arg(report.mediaFiles)
                 .arg(parser.value(QStringLiteral("out")), report.files.join(QStringLiteral(", ")));
    return Done;
}

} // namespace facet::cli
