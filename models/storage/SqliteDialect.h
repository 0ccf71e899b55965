// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/SqlDialect.h"

namespace facet {

// The embedded default: one file, WAL journal, foreign keys, FTS5.
class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString qtDriver() const override { return QStringLiteral("QSQLITE"); }
    bool configureConnection(QSqlDatabase& db, QString* error) const override;
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString searchCondition() const override;
    QString searchExpression(const QString& userText) const override;
    QStringList updateSearchEntry() const override;
    QString deleteSearchEntry() const override;
};

} // namespace facet
