// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Category.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace facet {

class Catalog;
class Workspace;

// The category tree of a catalog, labelled in one locale. Optionally starts with an "everything" row whose
// code is empty, so a view can offer "no category filter" as a row like any other.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit CategoryTreeModel(QObject* parent = nullptr);
    ~CategoryTreeModel() override;

    // Follows the workspace's structure changes; nullptr empties the model.
    void setWorkspace(Workspace* workspace);
    void setCatalog(const Catalog& catalog);
    // Empty means the catalog's default locale.
    void setLocale(const QString& locale);
    // A non-empty label adds the row with the empty code at the top.
    void setAllItemLabel(const QString& label);

    QModelIndex indexOf(const QString& code) const;
    QString codeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Category category; // empty code for the "everything" row
        Node* parent = nullptr;
        std::vector<Node*> children;
        int row = 0;
    };

    void rebuild(const QList<Category>& categories, const QString& defaultLocale);
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node) const;

    QPointer<Workspace> m_workspace;
    QString m_locale;
    QString m_defaultLocale;
    QString m_allLabel;
    QList<Category> m_categories;
    std::vector<std::unique_ptr<Node>> m_nodes; // owns every node; the tree links point into it
    std::vector<Node*> m_roots;
};

} // namespace facet
