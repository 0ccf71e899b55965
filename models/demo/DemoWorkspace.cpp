// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoWorkspace.h"

#include "models/demo/DemoImages.h"
#include "models/demo/DemoProductLine.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace facet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("facet::DemoWorkspace", text);
}
} // namespace

QList<MasterRecord> DemoWorkspace::products(const QHash<QString, qint64>& assetIds)
{
    const Catalog catalog = structure();
    QList<MasterRecord> all;
    for (const DemoProductLine& line :
         {headphones(), coffeeMachines(), runningShoes(), backpacks(), lamps(), bottles()})
        all << line.records(catalog, assetIds);
    return all;
}

Status DemoWorkspace::populate(Workspace& workspace)
{
    if (Status s = workspace.saveStructure(structure()); !s)
        return s;

    // Draw one illustration per family and color the products use; the records then refer to the asset ids.
    QHash<QString, qint64> assetIds;
    QSet<QString> drawn;
    const Catalog& catalog = workspace.catalog();
    for (const MasterRecord& record : products({})) {
        const QString color = record.value(ValueKey{QStringLiteral("color"), {}, {}}).toString();
        const QString key = DemoImages::key(record.family, color);
        if (drawn.contains(key))
            continue;
        drawn.insert(key);
        Status status;
        const auto added = workspace.importAsset(
            DemoImages::fileName(record.family, color), DemoImages::illustration(record.family, color),
            DemoImages::metadata(catalog, record.family, color), &status);
        if (!added)
            return Status::internal(tr("cannot add the demo image %1: %2")
                                        .arg(DemoImages::fileName(record.family, color), status.message()));
        assetIds.insert(key, added->id);
    }
    if (Status s = workspace.saveRecords(products(assetIds)); !s)
        return s;
    // A folder target per channel beside the workspace file, so publishing works out of the box.
    if (workspace.publishTargets().isEmpty()) {
        for (const Channel& channel : workspace.catalog().channels) {
            PublishTarget target;
            target.code = channel.code;
            target.channel = channel.code;
            target.labels = channel.labels;
            target.settings =
                QJsonObject{{QStringLiteral("path"), QString(QStringLiteral("published/") + channel.code)}};
            if (channel.kind == u"print")
                target.settings.insert(QStringLiteral("catalog"), true);
            if (Status s = workspace.savePublishTarget(target); !s)
                return s;
        }
    }
    return populateWorkflow(workspace);
}

} // namespace facet
