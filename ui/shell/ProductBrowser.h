// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace facet {

class ProductListModel;
class Workspace;

// The product list with its search box. Typing searches the full-text index after a short pause; the table
// loads pages as it scrolls, so it stays quick however large the catalog.
class ProductBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 200;

    explicit ProductBrowser(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    ProductListModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }

    QString searchText() const;
    // Replaces the search at once, without the typing delay (saved filters, tests).
    void setSearchText(const QString& text);
    void setCategory(const QString& code);
    void focusSearch();

    QString currentSku() const;
    // Makes the product current if it is in the loaded rows; false otherwise.
    bool selectSku(const QString& sku);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    // The user moved to another product; empty when nothing is current.
    void currentSkuChanged(const QString& sku);
    void searchChanged(const QString& text);
    void countsChanged(qint64 total, qint64 shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void onModelReset();
    void onCurrentChanged();
    void updateEmptyHint();

    ProductListModel* m_model;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_emptyHint;
    QTimer* m_searchTimer;
    // The product to keep selected while the list is reloaded underneath it.
    QString m_currentSku;
    bool m_restoring = false;
};

} // namespace facet
