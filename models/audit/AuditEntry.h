// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace facet {

// One line of the append-only audit log, chained to the one before by its hash.
struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString actor;
    QString kind;    // "sign-in", "record-edit", "approve", … (see AuditChain's kinds in the README)
    QString subject; // a SKU or the code of what changed; may be empty
    QJsonObject detail;
    QString previousHash; // empty for the first entry
    QString hash;
};

} // namespace facet
