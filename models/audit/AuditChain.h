// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audit/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace facet {

// The result of checking an audit log: intact, or the first entry that breaks the chain and why.
struct AuditVerification
{
    enum class Problem { None, ChangedContent, MissingEntry, WrongPreviousHash, HeadMismatch };

    bool intact = true;
    qint64 entries = 0;   // how many were checked
    qint64 brokenSeq = 0; // the first broken entry's seq (for MissingEntry: the seq that is missing)
    Problem problem = Problem::None;
    QString message; // translated, names the entry and the reason
};

// The hash chain over the audit log: hash = SHA-256 hex of the compact JSON array
// [seq, at, actor, kind, subject, detail, previousHash]. Changing, removing or reordering any entry breaks
// the chain from there on.
class AuditChain
{
public:
    static QByteArray canonicalBytes(const AuditEntry& entry);
    static QString computeHash(const AuditEntry& entry);
    // Fills seq-dependent previousHash and hash of `entry` given the entry before it (none for the first).
    static void link(AuditEntry& entry, const AuditEntry* previous);

    // Walks entries in the order given (seq order) and names the first broken one. `headSeq`/`headHash`
    // are what the workspace recorded as its last entry (0/empty: not checked), which catches a cut-off tail.
    static AuditVerification verify(const QList<AuditEntry>& entries, qint64 headSeq = 0,
                                    const QString& headHash = {});

    // Every kind of entry the workbench writes.
    static QStringList kinds();
};

} // namespace facet
