// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/SchemaMigrator.h"

#include "models/storage/SqlDialect.h"
#include "models/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <array>

namespace facet {

namespace {

struct Step
{
    int version;
    const char* name;
};

// One entry per schema version; the SQL lives in models/storage/sql/[<dialect>/]<version>_<name>.sql.
constexpr std::array kSteps{
    Step{1, "structure"}, Step{2, "completeness"}, Step{3, "search"},     Step{4, "templates"},
    Step{5, "workflow"},  Step{6, "assets"},       Step{7, "publishing"}, Step{8, "publishing_plan"},
};
static_assert(kSteps.back().version == SchemaMigrator::kLatestVersion, "every schema version has a step");

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::SchemaMigrator", text);
}

// Splits a script into statements; trigger bodies (BEGIN … END;) stay whole.
QStringList statements(const QString& script)
{
    QStringList result;
    QString current;
    bool inBody = false;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.compare(QStringLiteral("BEGIN"), Qt::CaseInsensitive) == 0)
            inBody = true;
        if (trimmed.endsWith(u';') &&
            (!inBody || trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0)) {
            inBody = false;
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

int SchemaMigrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString SchemaMigrator::stepSql(int version, const QString& name, QString* error) const
{
    const QString file = QStringLiteral("%1_%2.sql").arg(version, 4, 10, QLatin1Char('0')).arg(name);
    for (const QString& path : {QStringLiteral(":/facet/sql/%1/%2").arg(m_dialect.name(), file),
                                QStringLiteral(":/facet/sql/%1").arg(file)}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    *error = tr("the migration script %1 is missing for %2").arg(file, m_dialect.name());
    return {};
}

Status SchemaMigrator::applyStep(int version, const QString& name)
{
    QString error;
    const QString script = stepSql(version, name, &error);
    if (script.isEmpty())
        return Status::internal(error);
    Transaction transaction(m_db, m_dialect);
    if (!transaction.isActive())
        return Status::internal(
            tr("cannot start the migration to version %1: %2").arg(version).arg(transaction.errorText()));
    QSqlQuery q(m_db);
    for (const QString& statement : statements(script)) {
        if (!q.exec(statement))
            return Status::internal(tr("migration to schema version %1 (%2) failed: %3")
                                        .arg(version)
                                        .arg(name, q.lastError().text()));
    }
    const QString upsert = QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (version == 7) {
        // Target secrets are filed under this id outside the workspace (SecretStore): random, so a copy of
        // the file does not find the original's secrets by its path or name.
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('workspace_id', ?) "
                                 "ON CONFLICT (key) DO NOTHING"));
        q.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!q.exec())
            return Status::internal(q.lastError().text());
    }
    const std::array<std::pair<QString, int>, 2> meta{
        {{QStringLiteral("schema_version"), version},
         {QStringLiteral("minimum_reader_version"),
          version >= kMinimumReaderVersion ? kMinimumReaderVersion : version}}};
    for (const auto& [key, value] : meta) {
        q.prepare(upsert);
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), QString::number(value));
        if (!q.exec())
            return Status::internal(q.lastError().text());
    }
    if (!transaction.commit())
        return Status::internal(
            tr("migration to schema version %1 failed: %2").arg(version).arg(transaction.errorText()));
    return Status::ok();
}

Status SchemaMigrator::migrate(int target)
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Status::internal(tr("cannot prepare the workspace: %1").arg(q.lastError().text()));
    m_startVersion = currentVersion();
    if (m_startVersion > kLatestVersion) {
        int minimumReader = m_startVersion;
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'minimum_reader_version'")) && q.next())
            minimumReader = q.value(0).toInt();
        if (minimumReader > kLatestVersion)
            return Status::invalid(
                tr("this workspace uses schema version %1, made by a newer Facet; this build "
                   "reads up to version %2. Update Facet to open it; the file was not changed.")
                    .arg(m_startVersion)
                    .arg(kLatestVersion));
        return Status::ok();
    }
    for (const Step& step : kSteps) {
        if (step.version <= m_startVersion || step.version > target)
            continue;
        if (Status s = applyStep(step.version, QString::fromLatin1(step.name)); !s)
            return s;
    }
    return Status::ok();
}

} // namespace facet
