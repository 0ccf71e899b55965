// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/SqliteDialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

std::unique_ptr<SqlDialect> SqlDialect::sqlite()
{
    return std::make_unique<SqliteDialect>();
}

bool SqliteDialect::configureConnection(QSqlDatabase& db, QString* error) const
{
    // Busy timeout first so the pragmas below wait for another writer instead of failing.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    QSqlQuery q(db);
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString SqliteDialect::searchCondition() const
{
    return QStringLiteral("p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH :search)");
}

QString SqliteDialect::searchExpression(const QString& userText) const
{
    // Every word must match as a prefix; quoting each one keeps FTS5 operators typed by the user inert.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : userText.split(separators, Qt::SkipEmptyParts))
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(u' ');
}

QStringList SqliteDialect::updateSearchEntry() const
{
    return {QStringLiteral("DELETE FROM product_search WHERE rowid = :id"),
            QStringLiteral("INSERT INTO product_search (rowid, sku, body) VALUES (:id, :sku, :body)")};
}

QString SqliteDialect::deleteSearchEntry() const
{
    return QStringLiteral("DELETE FROM product_search WHERE rowid = :id");
}

} // namespace facet
