// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace facet {

class SqlDialect;

// A write transaction that nests: only the outermost scope talks to the database. Leaving any scope without
// commit() rolls the whole outermost transaction back, so a failure deep inside can never be half-written.
class Transaction
{
public:
    Transaction(QSqlDatabase db, const SqlDialect& dialect);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    // False when the database refused, or when an inner scope was abandoned; then everything is rolled back.
    bool commit();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
};

} // namespace facet
