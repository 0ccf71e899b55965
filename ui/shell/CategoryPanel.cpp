// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/CategoryPanel.h"

#include "models/itemmodels/CategoryTreeModel.h"
#include "models/storage/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace facet {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

CategoryPanel::CategoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new CategoryTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_filters(new QListWidget(this))
    , m_filtersHint(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    m_model->setAllItemLabel(tr("All products"));
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CategoryPanel::onTreeCurrentChanged);

    m_filters->setObjectName(QStringLiteral("savedFilters"));
    m_filters->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_filters, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { applyFilter(item->text()); });
    connect(m_filters, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { applyFilter(item->text()); });
    connect(m_filters, &QListWidget::itemSelectionChanged, this, &CategoryPanel::updateButtons);
    auto* removeShortcut =
        new QShortcut(QKeySequence::Delete, m_filters, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &CategoryPanel::removeSelectedFilter);

    m_filtersHint->setObjectName(QStringLiteral("savedFiltersHint"));
    m_filtersHint->setText(
        tr("Search or choose a category, then save it here to come back to it in one click."));
    m_filtersHint->setWordWrap(true);
    m_filtersHint->setForegroundRole(QPalette::PlaceholderText);

    m_saveButton->setObjectName(QStringLiteral("saveFilterButton"));
    m_saveButton->setToolTip(tr("Keep the current search and category under a name"));
    m_removeButton->setObjectName(QStringLiteral("removeFilterButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &CategoryPanel::saveCurrentFilterInteractively);
    connect(m_removeButton, &QPushButton::clicked, this, &CategoryPanel::removeSelectedFilter);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_saveButton, 1);
    buttons->addWidget(m_removeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(tr("Categories"), this));
    layout->addWidget(m_tree, 3);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Saved Filters"), this));
    layout->addWidget(m_filters, 1);
    layout->addWidget(m_filtersHint);
    layout->addLayout(buttons);
    updateButtons();
}

void CategoryPanel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    if (m_workspace)
        connect(m_workspace, &Workspace::savedFiltersChanged, this, &CategoryPanel::reloadFilters);
    m_tree->expandToDepth(0);
    m_category.clear();
    m_search.clear();
    selectCategory(QString());
    reloadFilters();
}

void CategoryPanel::selectCategory(const QString& code)
{
    QModelIndex index = m_model->indexOf(code);
    if (!index.isValid())
        index = m_model->indexOf(QString());
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void CategoryPanel::setCurrentSearch(const QString& text)
{
    m_search = text;
    highlightMatchingFilter();
    updateButtons();
}

void CategoryPanel::onTreeCurrentChanged()
{
    const QString code = m_model->codeAt(m_tree->currentIndex());
    if (code == m_category)
        return;
    m_category = code;
    highlightMatchingFilter();
    updateButtons();
    Q_EMIT categoryChanged(code);
}

void CategoryPanel::reloadFilters()
{
    m_savedFilters = m_workspace ? m_workspace->savedFilters() : QList<SavedFilter>();
    const QSignalBlocker blocker(m_filters);
    m_filters->clear();
    for (const SavedFilter& filter : std::as_const(m_savedFilters)) {
        auto* item = new QListWidgetItem(filter.name, m_filters);
        QStringList parts;
        if (!filter.search.isEmpty())
            parts << tr("Search: %1").arg(filter.search);
        if (!filter.category.isEmpty()) {
            const QString label = m_model->indexOf(filter.category).data().toString();
            parts << tr("Category: %1").arg(label.isEmpty() ? filter.category : label);
        }
        item->setToolTip(parts.join(u'\n'));
    }
    // An empty list box says nothing; a sentence says what the list is for.
    m_filters->setVisible(!m_savedFilters.isEmpty());
    m_filtersHint->setVisible(m_savedFilters.isEmpty());
    highlightMatchingFilter();
    updateButtons();
}

void CategoryPanel::highlightMatchingFilter()
{
    const QSignalBlocker blocker(m_filters);
    m_filters->clearSelection();
    for (int row = 0; row < m_savedFilters.size(); ++row) {
        const SavedFilter& filter = m_savedFilters.at(row);
        if (filter.search == m_search && filter.category == m_category) {
            m_filters->setCurrentRow(row);
            break;
        }
    }
}

void CategoryPanel::updateButtons()
{
    m_saveButton->setEnabled(m_workspace && (!m_search.isEmpty() || !m_category.isEmpty()));
    m_removeButton->setEnabled(m_workspace && !m_filters->selectedItems().isEmpty());
}

void CategoryPanel::applyFilter(const QString& name)
{
    for (const SavedFilter& filter : std::as_const(m_savedFilters)) {
        if (filter.name != name)
            continue;
        m_search = filter.search;
        selectCategory(filter.category);
        Q_EMIT searchRequested(filter.search);
        highlightMatchingFilter();
        updateButtons();
        return;
    }
}

void CategoryPanel::saveCurrentFilterInteractively()
{
    if (!m_workspace)
        return;
    QString suggestion = m_search;
    if (suggestion.isEmpty())
        suggestion = m_model->indexOf(m_category).data().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name of the saved filter:"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    for (const SavedFilter& filter : std::as_const(m_savedFilters)) {
        if (filter.name == name &&
            QMessageBox::question(this, tr("Replace Saved Filter"),
                                  tr("A saved filter named “%1” already exists. Replace it?").arg(name)) !=
                QMessageBox::Yes)
            return;
    }
    saveCurrentFilter(name);
}

bool CategoryPanel::saveCurrentFilter(const QString& name)
{
    if (!m_workspace)
        return false;
    const Status status = m_workspace->saveFilter({name, m_search, m_category});
    if (!status)
        Q_EMIT errorOccurred(status.message());
    return status.isOk();
}

void CategoryPanel::removeSelectedFilter()
{
    const QList<QListWidgetItem*> selected = m_filters->selectedItems();
    if (!m_workspace || selected.isEmpty())
        return;
    if (const Status status = m_workspace->removeFilter(selected.first()->text()); !status)
        Q_EMIT errorOccurred(status.message());
}

} // namespace facet
