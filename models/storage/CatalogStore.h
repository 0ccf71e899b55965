// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/core/Status.h"

#include <QSqlDatabase>

namespace facet {

// Reads and writes a workspace's structure tables. Callers own the transaction.
class CatalogStore
{
public:
    static Status load(QSqlDatabase db, Catalog* catalog);
    // Inserts or updates every structure entry of `catalog`; entries not in it are kept.
    static Status save(QSqlDatabase db, const Catalog& catalog);
    // Structural consistency: groups, families and channels name things that exist.
    static Status check(const Catalog& catalog);
};

} // namespace facet
