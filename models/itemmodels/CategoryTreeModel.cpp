// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/CategoryTreeModel.h"

#include "models/storage/Workspace.h"

#include <QSet>
#include <algorithm>

namespace facet {

CategoryTreeModel::CategoryTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

CategoryTreeModel::~CategoryTreeModel() = default;

void CategoryTreeModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!m_workspace) {
        rebuild({}, QString());
        return;
    }
    connect(m_workspace, &Workspace::structureChanged, this, [this] { setCatalog(m_workspace->catalog()); });
    setCatalog(m_workspace->catalog());
}

void CategoryTreeModel::setCatalog(const Catalog& catalog)
{
    rebuild(catalog.categories, catalog.defaultLocale());
}

void CategoryTreeModel::setLocale(const QString& locale)
{
    if (m_locale == locale)
        return;
    m_locale = locale;
    // Labels change, the shape does not: keep the view's selection and expanded branches.
    for (const auto& node : m_nodes) {
        const QModelIndex i = indexOfNode(node.get());
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void CategoryTreeModel::setAllItemLabel(const QString& label)
{
    if (m_allLabel == label)
        return;
    m_allLabel = label;
    rebuild(m_categories, m_defaultLocale);
}

void CategoryTreeModel::rebuild(const QList<Category>& categories, const QString& defaultLocale)
{
    beginResetModel();
    m_categories = categories;
    m_defaultLocale = defaultLocale;
    m_nodes.clear();
    m_roots.clear();

    QHash<QString, Node*> byCode;
    for (const Category& category : std::as_const(m_categories)) {
        auto node = std::make_unique<Node>();
        node->category = category;
        byCode.insert(category.code, node.get());
        m_nodes.push_back(std::move(node));
    }
    // A parent that is unknown, or a loop of parents, must not hide a category: such nodes become roots.
    auto leadsToRoot = [&byCode](const Node* node) {
        QSet<QString> seen;
        while (node && !node->category.parent.isEmpty()) {
            if (seen.contains(node->category.code))
                return false;
            seen.insert(node->category.code);
            node = byCode.value(node->category.parent);
        }
        return true;
    };
    for (const auto& node : m_nodes) {
        Node* parentNode = byCode.value(node->category.parent);
        if (parentNode && parentNode != node.get() && leadsToRoot(node.get())) {
            node->parent = parentNode;
            parentNode->children.push_back(node.get());
        } else {
            m_roots.push_back(node.get());
        }
    }
    auto bySortOrder = [](const Node* a, const Node* b) {
        if (a->category.sortOrder != b->category.sortOrder)
            return a->category.sortOrder < b->category.sortOrder;
        return a->category.code < b->category.code;
    };
    auto number = [](std::vector<Node*>& nodes) {
        for (size_t i = 0; i < nodes.size(); ++i)
            nodes[i]->row = int(i);
    };
    std::stable_sort(m_roots.begin(), m_roots.end(), bySortOrder);
    for (const auto& node : m_nodes) {
        std::stable_sort(node->children.begin(), node->children.end(), bySortOrder);
        number(node->children);
    }
    if (!m_allLabel.isEmpty()) {
        auto all = std::make_unique<Node>();
        m_roots.insert(m_roots.begin(), all.get());
        m_nodes.push_back(std::move(all));
    }
    number(m_roots);
    endResetModel();
}

CategoryTreeModel::Node* CategoryTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex CategoryTreeModel::indexOfNode(const Node* node) const
{
    return node ? createIndex(node->row, 0, const_cast<Node*>(node)) : QModelIndex();
}

QModelIndex CategoryTreeModel::indexOf(const QString& code) const
{
    for (const auto& node : m_nodes) {
        if (node->category.code == code)
            return indexOfNode(node.get());
    }
    return {};
}

QString CategoryTreeModel::codeAt(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->category.code : QString();
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node* parentNode = nodeOf(parent);
    const std::vector<Node*>& siblings = parentNode ? parentNode->children : m_roots;
    return size_t(row) < siblings.size() ? indexOfNode(siblings[size_t(row)]) : QModelIndex();
}

QModelIndex CategoryTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int CategoryTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* node = nodeOf(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int CategoryTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    const Category& category = node->category;
    switch (role) {
    case Qt::DisplayRole:
        if (category.code.isEmpty())
            return m_allLabel;
        return category.label(m_locale.isEmpty() ? m_defaultLocale : m_locale);
    case Qt::ToolTipRole:
        return category.code;
    case CodeRole:
        return category.code;
    }
    return {};
}

QHash<int, QByteArray> CategoryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    return names;
}

} // namespace facet
