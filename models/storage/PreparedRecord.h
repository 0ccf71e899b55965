// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Validator.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace facet {

class Catalog;

// Everything a write derives from a record, computed without the database so bulk saves can spread it over
// every core while one thread talks SQL.
struct PreparedRecord
{
    const MasterRecord* record = nullptr;
    QList<ValidationError> errors;
    QByteArray canonical;
    QString hash;
    QList<Completeness> completeness;
    int overallCompleteness = 0;
    QString label;
    QString searchText;

    static PreparedRecord prepare(const Catalog& catalog, const MasterRecord& record);
    // The label the product list shows: the family's label attribute in the default locale, or the SKU.
    static QString labelOf(const Catalog& catalog, const MasterRecord& record);
    // Plain text of every text value in every locale and channel, for the full-text index.
    static QString searchTextOf(const Catalog& catalog, const MasterRecord& record);
};

} // namespace facet
