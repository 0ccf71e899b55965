// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audit/AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AuditChain", text);
}

AuditVerification broken(qint64 checked, qint64 seq, AuditVerification::Problem problem,
                         const QString& message)
{
    return AuditVerification{false, checked, seq, problem, message};
}

} // namespace

QByteArray AuditChain::canonicalBytes(const AuditEntry& e)
{
    // QJsonObject keeps its keys sorted and the compact form has no optional whitespace: the same entry
    // gives the same bytes on every machine.
    const QJsonArray array{e.seq, e.at, e.actor, e.kind, e.subject, e.detail, e.previousHash};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString AuditChain::computeHash(const AuditEntry& entry)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(entry), QCryptographicHash::Sha256).toHex());
}

void AuditChain::link(AuditEntry& entry, const AuditEntry* previous)
{
    entry.seq = previous ? previous->seq + 1 : 1;
    entry.previousHash = previous ? previous->hash : QString();
    entry.hash = computeHash(entry);
}

AuditVerification AuditChain::verify(const QList<AuditEntry>& entries, qint64 headSeq,
                                     const QString& headHash)
{
    qint64 expectedSeq = 1;
    QString previousHash;
    qint64 checked = 0;
    for (const AuditEntry& e : entries) {
        if (e.seq != expectedSeq) {
            if (e.seq > expectedSeq)
                return broken(checked, expectedSeq, AuditVerification::Problem::MissingEntry,
                              tr("entry %1 is missing: the log goes from %2 to %3")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(e.seq));
            return broken(checked, e.seq, AuditVerification::Problem::MissingEntry,
                          tr("entry %1 is out of order after entry %2").arg(e.seq).arg(expectedSeq - 1));
        }
        if (e.previousHash != previousHash)
            return broken(
                checked, e.seq, AuditVerification::Problem::WrongPreviousHash,
                tr("entry %1 does not follow entry %2: its previous hash differs").arg(e.seq).arg(e.seq - 1));
        if (computeHash(e) != e.hash)
            return broken(checked, e.seq, AuditVerification::Problem::ChangedContent,
                          tr("entry %1 was changed: its content does not match its hash").arg(e.seq));
        previousHash = e.hash;
        ++expectedSeq;
        ++checked;
    }
    if (headSeq > 0) {
        const qint64 last = expectedSeq - 1;
        if (last < headSeq)
            return broken(
                checked, last + 1, AuditVerification::Problem::MissingEntry,
                tr("entries %1 to %2 are missing from the end of the log").arg(last + 1).arg(headSeq));
        if (last > headSeq || (last == headSeq && previousHash != headHash))
            return broken(checked, last, AuditVerification::Problem::HeadMismatch,
                          tr("the log's last entry %1 is not the one the workspace recorded").arg(last));
    }
    return AuditVerification{true, checked, 0, AuditVerification::Problem::None, {}};
}

QStringList AuditChain::kinds()
{
    return {QStringLiteral("sign-in"),
            QStringLiteral("sign-in-failed"),
            QStringLiteral("sign-in-throttled"),
            QStringLiteral("record-edit"),
            QStringLiteral("records-bulk"),
            QStringLiteral("record-remove"),
            QStringLiteral("submit"),
            QStringLiteral("approve"),
            QStringLiteral("send-back"),
            QStringLiteral("restore"),
            QStringLiteral("supersede"),
            QStringLiteral("comment"),
            QStringLiteral("user-add"),
            QStringLiteral("user-disable"),
            QStringLiteral("user-enable"),
            QStringLiteral("password-change"),
            QStringLiteral("role-grant"),
            QStringLiteral("role-revoke"),
            QStringLiteral("role-save"),
            QStringLiteral("role-remove"),
            QStringLiteral("workflow-save"),
            QStringLiteral("channel-level"),
            QStringLiteral("structure-save"),
            QStringLiteral("template-save"),
            QStringLiteral("asset-add"),
            QStringLiteral("asset-metadata"),
            QStringLiteral("import"),
            QStringLiteral("publication"),
            QStringLiteral("target-save"),
            QStringLiteral("target-remove"),
            QStringLiteral("schedule-save"),
            QStringLiteral("schedule-remove"),
            QStringLiteral("dead-letter-retry")};
}

} // namespace facet
