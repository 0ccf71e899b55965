// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditCommands.h"

#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace facet::cli {

QString AuditListCommand::summary() const
{
    return tr("The audit log, newest first: SEQ, TIME, USER, KIND, SUBJECT, DETAIL. Needs the view-audit "
              "permission in a workspace with users.");
}

void AuditListCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addOption({QStringLiteral("by"), tr("Only entries by this user."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("sku"), tr("Only entries about this record (or other subject)."), tr("SKU")});
    parser.addOption({QStringLiteral("kind"), tr("Only this kind, e.g. approve (repeatable)."), tr("KIND")});
    parser.addOption(
        {QStringLiteral("since"), tr("Only entries at or after this ISO 8601 time or date."), tr("TIME")});
    parser.addOption(
        {QStringLiteral("until"), tr("Only entries before this ISO 8601 time or date."), tr("TIME")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many entries (default 500)."), tr("N")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addUserOptions(parser);
}

int AuditListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected a workspace path"));
    AuditQuery query;
    query.user = parser.value(QStringLiteral("by"));
    query.subject = parser.value(QStringLiteral("sku"));
    query.kinds = parser.values(QStringLiteral("kind"));
    for (const QString& kind : std::as_const(query.kinds))
        if (!AuditChain::kinds().contains(kind) && kind != u"revision-freeze" && kind != u"asset-add")
            return usageError(
                tr("unknown kind “%1”; kinds are %2").arg(kind, AuditChain::kinds().join(u", ")));
    auto time = [&](const QString& option, QDateTime* target) {
        if (!parser.isSet(option))
            return true;
        const QString text = parser.value(option);
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDate::fromString(text, Qt::ISODate).startOfDay(QTimeZone::UTC);
        *target = t;
        return t.isValid();
    };
    if (!time(QStringLiteral("since"), &query.from) || !time(QStringLiteral("until"), &query.to))
        return usageError(tr("--since and --until take an ISO 8601 date or time, e.g. 2026-05-01"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            return usageError(tr("--limit takes a positive number"));
    }
    int code = Done;
    auto workspace = openWorkspaceAs(parser.positionalArguments().first(), parser, &code);
    if (!workspace)
        return code;
    Status status;
    const QList<AuditEntry> entries = workspace->auditEntries(query, &status);
    if (!status)
        return fail(status);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry& e : entries)
            array << QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), e.at},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("subject"), e.subject},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("previousHash"), e.previousHash},
                                 {QStringLiteral("hash"), e.hash}};
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const AuditEntry& e : entries)
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                     .arg(e.seq)
                     .arg(e.at, e.actor, e.kind, e.subject,
                          QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
    return Done;
}

QString AuditVerifyCommand::summary() const
{
    return tr(
        "Recompute the audit log's hash chain. Exit 0 when intact; exit 1 naming the first broken entry "
        "(changed, missing or out of order).");
}

void AuditVerifyCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
}

int AuditVerifyCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    const AuditVerification result = workspace->verifyAudit();
    if (!result.intact) {
        m_err << tr("facetctl audit verify: the audit log is broken at entry %1: %2\n")
                     .arg(result.brokenSeq)
                     .arg(result.message);
        return UserError;
    }
    m_out << QCoreApplication::translate("facet::cli", "intact: %n entries verified\n", nullptr,
                                         int(result.entries));
    return Done;
}

} // namespace facet::cli
