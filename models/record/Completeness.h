// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace facet {

class Catalog;
class MasterRecord;

// How much of what a channel requires a record holds in one locale.
struct Completeness
{
    QString channel;
    QString locale;
    int required = 0;
    QStringList missing; // attribute codes, in the family's order

    int percent() const { return required == 0 ? 100 : (required - int(missing.size())) * 100 / required; }

    // One entry per (channel, locale) the channel publishes in.
    static QList<Completeness> compute(const Catalog& catalog, const MasterRecord& record);
    // The mean of all entries, for sorting and the product list.
    static int overallPercent(const QList<Completeness>& entries);
};

// Completeness of the whole workspace for one channel and locale.
struct CompletenessSummary
{
    QString channel;
    QString locale;
    qint64 products = 0;
    qint64 complete = 0;
    int averagePercent = 0;
};

} // namespace facet
