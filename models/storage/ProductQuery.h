// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace facet {

// One row of the product list: enough to show and sort, never the whole record.
struct ProductRow
{
    qint64 id = 0;
    QString sku;
    QString label;
    QString family;
    int completeness = 0;
    QString updatedAt;
};

// A page of the product list. Paging is by key (after the last row seen), so the millionth row costs
// what the first does.
struct ProductQuery
{
    enum class SortColumn { Sku, Label, Family, Completeness, Updated };

    QString search;   // words typed by the user; every one must match as a prefix
    QString category; // the category and all its descendants
    SortColumn sortColumn = SortColumn::Sku;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = 200;
    // Continue after this row (its sort value and id); unset for the first page.
    QVariant afterValue;
    qint64 afterId = 0;

    static QVariant sortValue(const ProductRow& row, SortColumn column)
    {
        switch (column) {
        case SortColumn::Sku:
            return row.sku;
        case SortColumn::Label:
            return row.label;
        case SortColumn::Family:
            return row.family;
        case SortColumn::Completeness:
            return row.completeness;
        case SortColumn::Updated:
            return row.updatedAt;
        }
        return {};
    }
};

struct SavedFilter
{
    QString name;
    QString search;
    QString category;
};

} // namespace facet
