// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/Transaction.h"

#include "models/storage/SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {
struct Depth
{
    int depth = 0;
    bool failed = false;
};
// Connections are per thread, so the nesting state is too.
thread_local QHash<QString, Depth> t_depths;
} // namespace

Transaction::Transaction(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(db)
{
    Depth& d = t_depths[m_db.connectionName()];
    m_outermost = d.depth == 0;
    if (m_outermost) {
        QSqlQuery q(m_db);
        if (!q.exec(dialect.beginWriteTransaction())) {
            m_error = q.lastError().text();
            return;
        }
        d.failed = false;
    }
    ++d.depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active || m_done)
        return;
    Depth& d = t_depths[m_db.connectionName()];
    d.failed = true;
    --d.depth;
    if (m_outermost) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        t_depths.remove(m_db.connectionName());
    }
}

bool Transaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = true;
    Depth& d = t_depths[m_db.connectionName()];
    --d.depth;
    if (!m_outermost)
        return !d.failed;
    const bool failed = d.failed;
    t_depths.remove(m_db.connectionName());
    QSqlQuery q(m_db);
    if (failed) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_error = QStringLiteral("an inner step failed; nothing was written");
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace facet
