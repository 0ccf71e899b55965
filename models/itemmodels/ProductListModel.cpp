// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ProductListModel.h"

#include "models/storage/Workspace.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>

namespace facet {

ProductListModel::ProductListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ProductListModel::~ProductListModel() = default;

void ProductListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::recordSaved, this, &ProductListModel::onRecordSaved);
        connect(m_workspace, &Workspace::recordsChanged, this, &ProductListModel::reload);
        connect(m_workspace, &Workspace::structureChanged, this, &ProductListModel::reload);
        // A workspace closed behind our back leaves nothing to show rather than rows of a closed file.
        connect(m_workspace, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            m_rowBySku.clear();
            m_hasMore = false;
            endResetModel();
            m_totalCount = m_matchCount = 0;
            Q_EMIT countsChanged();
        });
    }
    // A category of the old workspace means nothing in the new one.
    m_query.category.clear();
    reload();
}

Workspace* ProductListModel::workspace() const
{
    return m_workspace;
}

void ProductListModel::setSearch(const QString& text)
{
    if (m_query.search == text)
        return;
    m_query.search = text;
    refresh(false);
}

void ProductListModel::setCategory(const QString& code)
{
    if (m_query.category == code)
        return;
    m_query.category = code;
    refresh(false);
}

void ProductListModel::setLocale(const QString& locale)
{
    if (m_locale == locale)
        return;
    m_locale = locale;
    const QScopedValueRollback<bool> notifying(m_notifying, true);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FamilyColumn), index(int(m_rows.size()) - 1, FamilyColumn));
}

void ProductListModel::setPageSize(int rows)
{
    m_query.limit = qMax(1, rows);
}

QString ProductListModel::skuAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).product.sku : QString();
}

int ProductListModel::rowOf(const QString& sku) const
{
    return m_rowBySku.value(sku, -1);
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ProductRow& p = row.product;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkuColumn:
            return p.sku;
        case NameColumn:
            return p.label;
        case FamilyColumn: {
            const Family* family = m_workspace ? m_workspace->catalog().family(p.family) : nullptr;
            if (!family)
                return p.family;
            return family->label(m_locale.isEmpty() ? m_workspace->catalog().defaultLocale() : m_locale);
        }
        case CompletenessColumn:
            return tr("%1 %").arg(p.completeness);
        case UpdatedColumn:
            return updatedText(row.updated);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UpdatedColumn)
            return QLocale().toString(row.updated, QLocale::LongFormat);
        // Both can be elided in a narrow column.
        if (index.column() == NameColumn)
            return p.label;
        if (index.column() == SkuColumn)
            return p.sku;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CompletenessColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SkuRole:
        return p.sku;
    case CompletenessRole:
        return p.completeness;
    case SortValueRole:
        return ProductQuery::sortValue(p, sortColumnFor(index.column()));
    }
    return {};
}

QString ProductListModel::updatedText(const QDateTime& updated, const QDate& today, const QLocale& locale)
{
    if (!updated.isValid())
        return {};
    // Minutes are enough to tell edits apart in a list; seconds (the C locale's short format has them) only
    // widen the column. The full time stays in the tooltip.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
    const QString time = locale.toString(updated.time(), timeFormat);
    if (updated.date() == today)
        return tr("today %1", "Updated column: time of a change made today").arg(time);
    return tr("%1 %2", "Updated column: date, then time")
        .arg(locale.toString(updated.date(), QLocale::ShortFormat), time);
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case FamilyColumn:
        return tr("Family");
    case CompletenessColumn:
        return tr("Completeness");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SkuRole, "sku");
    names.insert(CompletenessRole, "completeness");
    names.insert(SortValueRole, "sortValue");
    return names;
}

bool ProductListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while announcing a change: a listener that asks for more then would make its insertion reach the
    // listeners after it before the change they are still waiting to hear about.
    return !parent.isValid() && m_hasMore && m_workspace && !m_notifying;
}

void ProductListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const ProductRow last = m_rows.constLast().product;
    appendRows(fetchPage(&last));
}

void ProductListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = SkuColumn;
    if (column == m_sortColumn && order == m_query.order)
        return;
    m_sortColumn = column;
    m_query.sortColumn = sortColumnFor(column);
    m_query.order = order;
    refresh(false);
}

void ProductListModel::reload()
{
    refresh(true);
}

void ProductListModel::refresh(bool recountTotal)
{
    const QScopedValueRollback<bool> notifying(m_notifying, true);
    beginResetModel();
    m_rows.clear();
    m_rowBySku.clear();
    m_hasMore = false;
    if (m_workspace) {
        const QList<ProductRow> page = fetchPage(nullptr);
        m_rows.reserve(page.size());
        for (const ProductRow& p : page) {
            m_rowBySku.insert(p.sku, int(m_rows.size()));
            m_rows << makeRow(p);
        }
    }
    endResetModel();
    updateCounts(recountTotal);
}

ProductQuery::SortColumn ProductListModel::sortColumnFor(int column)
{
    switch (column) {
    case NameColumn:
        return ProductQuery::SortColumn::Label;
    case FamilyColumn:
        return ProductQuery::SortColumn::Family;
    case CompletenessColumn:
        return ProductQuery::SortColumn::Completeness;
    case UpdatedColumn:
        return ProductQuery::SortColumn::Updated;
    default:
        return ProductQuery::SortColumn::Sku;
    }
}

ProductListModel::Row ProductListModel::makeRow(const ProductRow& product) const
{
    QDateTime updated = QDateTime::fromString(product.updatedAt, Qt::ISODateWithMs);
    return Row{product, updated.toLocalTime()};
}

QList<ProductRow> ProductListModel::fetchPage(const ProductRow* after)
{
    ProductQuery query = m_query;
    if (after) {
        query.afterValue = ProductQuery::sortValue(*after, query.sortColumn);
        query.afterId = after->id;
    }
    Status status;
    QList<ProductRow> page = m_workspace->products(query, &status);
    if (!status) {
        m_hasMore = false;
        Q_EMIT errorOccurred(status.message());
        return {};
    }
    // A short page is the last; a full one may be followed by an empty fetch, which is cheap.
    m_hasMore = page.size() >= query.limit;
    return page;
}

void ProductListModel::appendRows(const QList<ProductRow>& rows)
{
    if (rows.isEmpty())
        return;
    const QScopedValueRollback<bool> notifying(m_notifying, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const ProductRow& p : rows) {
        m_rowBySku.insert(p.sku, int(m_rows.size()));
        m_rows << makeRow(p);
    }
    endInsertRows();
}

void ProductListModel::updateCounts(bool recountTotal)
{
    // Counting is a query of its own; the total only changes when products are added or removed, so a new
    // search or order reuses it.
    const qint64 total = !m_workspace ? 0 : recountTotal ? m_workspace->productCount() : m_totalCount;
    qint64 matching = total;
    if (m_workspace && (!m_query.search.isEmpty() || !m_query.category.isEmpty())) {
        ProductQuery filter;
        filter.search = m_query.search;
        filter.category = m_query.category;
        matching = m_workspace->productCount(filter);
    }
    if (total == m_totalCount && matching == m_matchCount)
        return;
    m_totalCount = total;
    m_matchCount = matching;
    Q_EMIT countsChanged();
}

void ProductListModel::onRecordSaved(const QString& sku)
{
    const int row = rowOf(sku);
    if (row < 0) {
        // Not on screen: only a new product, or one that now matches the filter, changes what is listed.
        const qint64 total = m_totalCount;
        const qint64 matching = m_matchCount;
        updateCounts(true);
        if (total != m_totalCount || matching != m_matchCount)
            refresh(false);
        return;
    }
    // The row is updated where it is, even if the new values would sort it elsewhere or no longer match
    // the search: a list that reshuffles under the cursor after every save is worse than a stale order.
    // Keyset paging from (sku, 0) in SKU order yields exactly this product first.
    ProductQuery query;
    query.sortColumn = ProductQuery::SortColumn::Sku;
    query.afterValue = sku;
    query.afterId = 0;
    query.limit = 1;
    const QList<ProductRow> found = m_workspace->products(query);
    if (found.isEmpty() || found.first().sku != sku) {
        reload(); // removed meanwhile
        return;
    }
    m_rows[row] = makeRow(found.first());
    {
        const QScopedValueRollback<bool> notifying(m_notifying, true);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    updateCounts(false);
}

} // namespace facet
