// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/exchange/ImportPlan.h"
#include "models/exchange/ImportReport.h"
#include "models/record/MasterRecord.h"
#include "models/storage/PreparedRecord.h"

#include <QHash>
#include <functional>
#include <optional>

namespace facet {

class CsvReader;
class Workspace;

// Imports Akeneo flat CSV files (products plus optional structure files and a media folder) into a
// workspace. analyze() reads everything and decides the mapping and the structure to add; run() converts
// and writes in batches, each batch (its records and the assets they bring) in one transaction. A row is
// written whole or not at all; rows equal to what the workspace holds are not written ("unchanged"), so
// running the same import twice changes nothing, and a rerun after a killed import completes it. A changed
// row updates the record's working draft; revisions are never touched.
// Runs on the thread that owns `workspace`; progress and cancel are called on it too.
class AkeneoImporter
{
public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;
    using Cancel = std::function<bool()>;

    AkeneoImporter(Workspace& workspace, const ImportOptions& options);
    ~AkeneoImporter();

    // Invalid input when there is nothing to import at all (no readable product file).
    Status analyze();
    const ImportPlan& plan() const { return m_plan; }
    // The first `count` rows converted as run() would, without storing anything; for previews.
    QList<MasterRecord> preview(int count);
    ImportReport run(const Progress& progress = {}, const Cancel& cancel = {});

private:
    struct Row
    {
        qsizetype line;
        QStringList fields;
    };
    struct Converted
    {
        MasterRecord record;
        PreparedRecord prepared; // when converted for writing and changed
        QList<ImportIssue> issues;
        bool rejected = false;
        bool unchanged = false; // equal to the record the workspace holds
        qint64 values = 0;
    };

    void analyzeStructureFiles(const QList<std::pair<QString, QByteArray>>& files);
    void analyzeProductFile(ProductFile& file);
    void inferStructure();
    void checkColumns();
    // Pure, so a batch converts on every core; media files must have been resolved first. With `prepareWith`
    // (the workspace's catalog), a changed record is also prepared for writing.
    Converted convert(const ProductFile& file, const Row& row, const MasterRecord* existing,
                      const Catalog* prepareWith = nullptr) const;
    // Reads, hashes and (when storing) adds the media files a row names; the answers are cached for
    // convert().
    void resolveAssets(const ProductFile& file, const Row& row, bool store);
    std::optional<qint64> resolveAsset(const QString& path, bool store, QString* error);
    QString cleanMediaPath(const QString& path) const;
    Status importBatch(const ProductFile& file, QList<Row>& rows, bool store);
    ImportIssue issue(const ProductFile& file, qsizetype line, const QString& reason) const;

    Workspace& m_workspace;
    ImportPlan m_plan;
    bool m_analyzed = false;
    Status m_analyzeStatus;
    bool m_workspaceWasEmpty = false;
    ImportReport m_report;
    QHash<QString, qsizetype> m_seenSkus;  // SKU → line of its first row, per import
    QHash<QString, qint64> m_assetsBySha;  // the library's content, and what this import stored
    QHash<QString, qint64> m_assetsByPath; // cleaned path → asset id, so a file is read once
    QHash<QString, QString> m_assetErrors; // path as written → why it cannot be used
    qint64 m_dryRunAssetId = 0;

    // Evidence gathered on the first pass, for attributes, families and categories nobody defined.
    struct Evidence;
    QHash<QString, Evidence*> m_evidence;
    QHash<QString, QSet<QString>> m_familyAttributes;
    QStringList m_familyOrder;
    QSet<QString> m_categoriesSeen;
    QStringList m_categoryOrder;
    QHash<QString, QStringList> m_optionsSeen; // select attribute → option codes not yet known
    QHash<QString, QStringList> m_unitsSeen;   // metric attribute → units
    QStringList m_localesSeen;
    QStringList m_channelsSeen;
    QHash<QString, QStringList> m_channelLocalesSeen;
};

} // namespace facet
