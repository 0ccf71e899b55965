// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"
#include "models/core/Status.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace facet {

// Labels are stored as one compact JSON object per row.
QString labelsToJson(const Labels& labels);
Labels labelsFromJson(const QString& json);

// Binds `values` in order and runs the query. Qt binds a null QString as SQL NULL; the text columns these
// stores write hold an empty string when there is nothing, so a null QString is bound as "".
Status execWith(QSqlQuery& query, const QVariantList& values);

// "?,?,…" for an IN list of n values, and the binding of those values; an empty list binds one value that
// matches nothing.
QString placeholders(qsizetype n);
void bindList(QSqlQuery& query, const QStringList& values);

} // namespace facet
