// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/Completeness.h"

#include <QJsonObject>

namespace facet {
class Catalog;
class MasterRecord;
} // namespace facet

namespace facet::cli {

// How facetctl prints a master record: as JSON for scripts, as aligned text for people.
class RecordJson
{
public:
    static QJsonObject toJson(const Catalog& catalog, const MasterRecord& record,
                              const QList<Completeness>& completeness);
    static QJsonArray completenessJson(const QList<Completeness>& completeness);
    static QString toText(const Catalog& catalog, const MasterRecord& record,
                          const QList<Completeness>& completeness);
};

} // namespace facet::cli
