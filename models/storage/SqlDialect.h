// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QSqlDatabase;

namespace facet {

// Everything that differs between the database engines a workspace can live in; callers never branch on
// the engine themselves.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // "sqlite" or "postgres": also the resource folder of this dialect's migration overrides.
    virtual QString name() const = 0;
    virtual QString qtDriver() const = 0;
    virtual bool configureConnection(QSqlDatabase& db, QString* error) const = 0;
    virtual QString beginWriteTransaction() const = 0;
    // A condition on products.id restricting it to full-text matches of the bound value :search.
    virtual QString searchCondition() const = 0;
    // Turns what a user typed into the engine's query syntax; empty when nothing is searchable.
    virtual QString searchExpression(const QString& userText) const = 0;
    virtual QStringList updateSearchEntry() const = 0; // statements binding :id, :sku, :body
    virtual QString deleteSearchEntry() const = 0;     // binds :id

    static std::unique_ptr<SqlDialect> sqlite();
};

} // namespace facet
