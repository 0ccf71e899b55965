// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace facet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("facet::ImportReport", text);
}

QString severityCode(ImportIssue::Severity s)
{
    switch (s) {
    case ImportIssue::Severity::Info:
        return QStringLiteral("info");
    case ImportIssue::Severity::Warning:
        return QStringLiteral("warning");
    case ImportIssue::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}
} // namespace

QString ImportIssue::location() const
{
    if (file.isEmpty())
        return {};
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

QString ImportIssue::toString() const
{
    QStringList parts;
    if (!location().isEmpty())
        parts << location();
    parts << severityCode(severity);
    if (!sku.isEmpty())
        parts << sku;
    if (!column.isEmpty())
        parts << column;
    QString text = parts.join(QStringLiteral(": ")) + QStringLiteral(": ") + reason;
    if (!value.isEmpty())
        text +=
            QStringLiteral(" (“%1”)").arg(value.size() > 80 ? value.left(77) + QStringLiteral("…") : value);
    return text;
}

QJsonObject ImportIssue::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityCode(severity)}, {QStringLiteral("reason"), reason}};
    if (!file.isEmpty())
        o.insert(QStringLiteral("file"), file);
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (!column.isEmpty())
        o.insert(QStringLiteral("column"), column);
    if (!sku.isEmpty())
        o.insert(QStringLiteral("sku"), sku);
    if (!value.isEmpty())
        o.insert(QStringLiteral("value"), value);
    return o;
}

qint64 ImportReport::errorCount() const
{
    qint64 n = 0;
    for (const ImportIssue& issue : issues)
        n += issue.severity == ImportIssue::Severity::Error;
    return n;
}

bool ImportReport::structureChanged() const
{
    return !localesCreated.isEmpty() || !channelsCreated.isEmpty() || !groupsCreated.isEmpty() ||
           !attributesCreated.isEmpty() || !familiesCreated.isEmpty() || !categoriesCreated.isEmpty() ||
           optionsCreated > 0;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray issueList;
    for (const ImportIssue& issue : issues)
        issueList.append(issue.toJson());
    auto list = [](const QStringList& l) { return QJsonArray::fromStringList(l); };
    QJsonObject o{
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("rows"), rowsRead},
        {QStringLiteral("products"), QJsonObject{{QStringLiteral("created"), created},
                                                 {QStringLiteral("updated"), updated},
                                                 {QStringLiteral("unchanged"), unchanged},
                                                 {QStringLiteral("rejected"), rejected}}},
        {QStringLiteral("values"), values},
        {QStringLiteral("structure_created"),
         QJsonObject{{QStringLiteral("locales"), list(localesCreated)},
                     {QStringLiteral("channels"), list(channelsCreated)},
                     {QStringLiteral("attribute_groups"), list(groupsCreated)},
                     {QStringLiteral("attributes"), list(attributesCreated)},
                     {QStringLiteral("families"), list(familiesCreated)},
                     {QStringLiteral("categories"), list(categoriesCreated)},
                     {QStringLiteral("options"), optionsCreated}}},
        {QStringLiteral("inferred"), list(inferred)},
        {QStringLiteral("assets"), QJsonObject{{QStringLiteral("stored"), assetsStored},
                                               {QStringLiteral("deduplicated"), assetsDeduplicated}}},
        {QStringLiteral("issues"), issueList},
        {QStringLiteral("seconds"), seconds},
    };
    if (failed)
        o.insert(QStringLiteral("failure"), failure);
    return o;
}

QString ImportReport::toText() const
{
    QString text;
    if (dryRun)
        text += tr("Dry run: nothing was written. This is what the import would do.\n");
    if (cancelled)
        text += tr("Cancelled: the batches finished before cancelling are kept; run the import again to "
                   "complete it.\n");
    if (failed)
        text += tr("Stopped by an internal failure: %1\n").arg(failure);
    text += tr("Products: %1 created, %2 updated, %3 unchanged, %4 rejected (%5 rows read, %6 values)\n")
                .arg(created)
                .arg(updated)
                .arg(unchanged)
                .arg(rejected)
                .arg(rowsRead)
                .arg(values);
    auto line = [&text](const QString& what, const QStringList& codes) {
        if (!codes.isEmpty())
            text += QStringLiteral("%1 (%2): %3\n").arg(what).arg(codes.size()).arg(codes.join(u", "));
    };
    line(tr("Locales created"), localesCreated);
    line(tr("Channels created"), channelsCreated);
    line(tr("Attribute groups created"), groupsCreated);
    line(tr("Attributes created"), attributesCreated);
    line(tr("Families created"), familiesCreated);
    line(tr("Categories created"), categoriesCreated);
    if (optionsCreated > 0)
        text += tr("Options created: %1\n").arg(optionsCreated);
    if (!structureChanged())
        text += tr("Structure: nothing new\n");
    text += tr("Assets: %1 stored, %2 already in the library\n").arg(assetsStored).arg(assetsDeduplicated);
    if (!inferred.isEmpty()) {
        text += tr("Inferred without a structure file:\n");
        for (const QString& s : inferred)
            text += QStringLiteral("  ") + s + u'\n';
    }
    if (!issues.isEmpty()) {
        text += tr("Findings (%1):\n").arg(issues.size());
        for (const ImportIssue& issue : issues)
            text += QStringLiteral("  ") + issue.toString() + u'\n';
    }
    return text;
}

} // namespace facet
