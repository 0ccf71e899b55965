// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QSqlDatabase>
#include <QString>

namespace facet {

class SqlDialect;

// Brings a workspace's schema to the version this build knows, one step per transaction.
// The schema version and the oldest build version able to read it live in the meta table, so a newer
// workspace is refused with a clear message instead of being damaged.
class SchemaMigrator
{
public:
    static constexpr int kLatestVersion = 8;
    // Readers of version kLatestVersion must understand at least this version's schema. Version 5: a build
    // without permissions and audit must not write to a workspace that has them.
    static constexpr int kMinimumReaderVersion = 5;

    SchemaMigrator(QSqlDatabase db, const SqlDialect& dialect);

    int currentVersion() const;
    // Migrates up to `target` (the latest by default). Idempotent: a workspace already there is left alone.
    Status migrate(int target = kLatestVersion);
    // The version the workspace had before migrate() ran.
    int startVersion() const { return m_startVersion; }

private:
    Status applyStep(int version, const QString& name);
    QString stepSql(int version, const QString& name, QString* error) const;

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    int m_startVersion = 0;
};

} // namespace facet
