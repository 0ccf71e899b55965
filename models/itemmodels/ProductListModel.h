// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ProductQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>

namespace facet {

class Workspace;

// The product list of a workspace, filtered and sorted by the database. Rows arrive a page at a time as the
// view scrolls (keyset paging), so a million products cost what the first page does.
class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SkuColumn, NameColumn, FamilyColumn, CompletenessColumn, UpdatedColumn, ColumnCount };
    enum Role {
        SkuRole = Qt::UserRole + 1,
        CompletenessRole, // int 0–100
        SortValueRole,    // what the database sorts the column by
    };

    explicit ProductListModel(QObject* parent = nullptr);
    ~ProductListModel() override;

    // nullptr empties the model. The workspace must outlive the model or be unset first.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const;

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    void setCategory(const QString& code);
    QString category() const { return m_query.category; }
    // The locale family labels are shown in; empty means the catalog's default locale.
    void setLocale(const QString& locale);
    void setPageSize(int rows);
    int pageSize() const { return m_query.limit; }

    qint64 totalCount() const { return m_totalCount; }
    // Products matching the search and category, loaded or not.
    qint64 matchCount() const { return m_matchCount; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    // The Updated column's text: "today 14:05" for today's changes, the locale's short date and time for
    // older ones. Always date and time to the minute, so rows sorted by the column read in the order shown.
    static QString updatedText(const QDateTime& updated, const QDate& today = QDate::currentDate(),
                               const QLocale& locale = QLocale());

    QString skuAt(int row) const;
    // The row of a loaded product, or -1.
    int rowOf(const QString& sku) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the first page and the counts again, e.g. after a bulk change.
    void reload();

Q_SIGNALS:
    void countsChanged();
    // A query failed; the model keeps what it had.
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        ProductRow product;
        QDateTime updated; // parsed once; the view asks for it on every paint
    };

    static ProductQuery::SortColumn sortColumnFor(int column);
    Row makeRow(const ProductRow& product) const;
    QList<ProductRow> fetchPage(const ProductRow* after);
    void appendRows(const QList<ProductRow>& rows);
    void refresh(bool recountTotal);
    void updateCounts(bool recountTotal);
    void onRecordSaved(const QString& sku);

    QPointer<Workspace> m_workspace;
    ProductQuery m_query;
    int m_sortColumn = SkuColumn;
    QString m_locale;
    QList<Row> m_rows;
    QHash<QString, int> m_rowBySku;
    bool m_hasMore = false;
    bool m_notifying = false;
    qint64 m_totalCount = 0;
    qint64 m_matchCount = 0;
};

} // namespace facet
