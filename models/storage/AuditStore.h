// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audit/AuditChain.h"
#include "models/audit/AuditEntry.h"
#include "models/audit/AuditQuery.h"
#include "models/core/Status.h"

#include <QSqlDatabase>

namespace facet {

// The audit log in SQL. append() must run inside the transaction of the write it records; the database
// refuses updates and deletes of the log itself.
class AuditStore
{
public:
    explicit AuditStore(QSqlDatabase db);

    Status append(const QString& actor, const QString& kind, const QString& subject,
                  const QJsonObject& detail, AuditEntry* appended = nullptr);
    QList<AuditEntry> list(const AuditQuery& query, Status* status = nullptr) const;
    // Every entry in seq order, for verification.
    QList<AuditEntry> all(Status* status = nullptr) const;
    AuditVerification verify() const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace facet
