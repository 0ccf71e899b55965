// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/exchange/AkeneoColumn.h"
#include "models/exchange/ImportReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace facet {

// What the user asks for: the files (product files and structure files, told apart by name), where media
// paths start, and whether to write.
struct ImportOptions
{
    QStringList files;
    QString mediaFolder; // empty: the folder of the first product file
    bool dryRun = false;
    int batchSize = 1000; // rows per transaction: a killed import loses at most the batch in progress
};

// One product file as the importer understood it.
struct ProductFile
{
    QString path;
    QString name; // as shown in the report
    QByteArray data;
    QList<AkeneoColumn> columns; // one per header field, Invalid ones are skipped
    qsizetype rows = 0;
    bool usable = false;
    bool hasAssetColumns = false;
};

// The result of analysing the files, before anything is written: the column mapping the wizard shows, the
// structure the import will add to the workspace (and why), and what was rejected at file or column level.
struct ImportPlan
{
    ImportOptions options;
    QList<ProductFile> productFiles;
    QStringList structureFiles;
    QString mediaFolder;   // absolute, cleaned
    QString identifier;    // the identifier column's name
    QString defaultFamily; // for new products without a family
    Catalog catalog;       // the workspace's structure plus everything the import adds
    bool structureChanged = false;
    bool optionsFileGiven = false;
    bool categoriesFileGiven = false;
    ImportReport report; // structure created, inferences and file/column findings so far
    qint64 totalRows = 0;
};

} // namespace facet
