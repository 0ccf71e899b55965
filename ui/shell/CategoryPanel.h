// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ProductQuery.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace facet {

class CategoryTreeModel;
class Workspace;

// The left side of the workbench: the category tree and the saved filters (a search plus a category, kept
// in the workspace under a name).
class CategoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    QString currentCategory() const { return m_category; }
    void selectCategory(const QString& code);
    // What "Save current filter…" saves; the search is typed elsewhere, so the window keeps this up to date.
    void setCurrentSearch(const QString& text);

    // Asks for a name and saves the current filter; saveCurrentFilter() is the same without the dialog.
    void saveCurrentFilterInteractively();
    bool saveCurrentFilter(const QString& name);
    void removeSelectedFilter();
    void applyFilter(const QString& name);

    QTreeView* categoryTree() const { return m_tree; }
    QListWidget* savedFilterList() const { return m_filters; }

Q_SIGNALS:
    void categoryChanged(const QString& code);
    // A saved filter was chosen: the product list should search for this.
    void searchRequested(const QString& text);
    void errorOccurred(const QString& message);

private:
    void reloadFilters();
    void onTreeCurrentChanged();
    void updateButtons();
    void highlightMatchingFilter();

    QPointer<Workspace> m_workspace;
    CategoryTreeModel* m_model;
    QTreeView* m_tree;
    QListWidget* m_filters;
    QLabel* m_filtersHint;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QString m_category;
    QString m_search;
    QList<SavedFilter> m_savedFilters;
};

} // namespace facet
