// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace facet {

// One thing an import rejected, dropped or decided on its own, with where it was found.
struct ImportIssue
{
    enum class Severity {
        Info,    // inferred or ignored, nothing lost that Facet could hold
        Warning, // part of a value was dropped (unsafe markup), the rest imported
        Error,   // a row, column, value or file was rejected
    };
    Severity severity = Severity::Error;
    QString file;       // the file's name as given
    qsizetype line = 0; // 1-based; 0 for the whole file
    QString column;     // the header, when one column is concerned
    QString sku;
    QString value;
    QString reason;

    QString location() const; // "products.csv:12"
    QString toString() const;
    QJsonObject toJson() const;
};

// What an import did, or (dry run) would do.
struct ImportReport
{
    bool dryRun = false;
    bool cancelled = false;
    bool failed = false; // an internal failure stopped it; `failure` says why
    QString failure;

    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 values = 0; // values in the rows imported (created or updated or unchanged)
    qint64 batchesWritten = 0;

    QStringList localesCreated;
    QStringList channelsCreated;
    QStringList groupsCreated;
    QStringList attributesCreated;
    QStringList familiesCreated;
    QStringList categoriesCreated;
    qint64 optionsCreated = 0;
    QStringList inferred; // what was decided without a structure file, one sentence each

    qint64 assetsStored = 0;
    qint64 assetsDeduplicated = 0;

    QList<ImportIssue> issues;
    double seconds = 0;

    qint64 errorCount() const;
    bool structureChanged() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace facet
