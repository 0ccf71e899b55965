// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/ProductBrowser.h"

#include "models/itemmodels/ProductListModel.h"
#include "ui/shell/CompletenessDelegate.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace facet {

namespace {

// SKUs of one product line share their start and differ at the end (size, colour), so a narrow SKU column
// keeps both ends and drops the middle.
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

ProductBrowser::ProductBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProductListModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(m_table->viewport()))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search SKUs, names and texts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ProductBrowser::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_table->setFocus();
    });

    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(ProductListModel::SkuColumn, new MiddleElideDelegate(m_table));
    m_table->setItemDelegateForColumn(ProductListModel::CompletenessColumn,
                                      new CompletenessDelegate(ProductListModel::CompletenessRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    // Widths from typical contents rather than a fixed pixel count, so they follow the font; the name takes
    // whatever is left. Margins are kept to one em and the SKU column fits a typical rather than the longest
    // SKU (longer ones lose only their middle), since the name is what people read.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.horizontalAdvance(u'M');
    auto fit = [&](int column, const QString& sample) {
        const int headerWidth =
            header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
            padding + 16; // room for the sort arrow
        header->resizeSection(column, qMax(metrics.horizontalAdvance(sample) + padding, headerWidth));
    };
    fit(ProductListModel::SkuColumn, QStringLiteral("BP-METRO-20-BLK"));
    fit(ProductListModel::FamilyColumn, QStringLiteral("Headphones"));
    fit(ProductListModel::CompletenessColumn, QStringLiteral("100 %"));
    // A wide date and time, or "today" with a time where a translation makes that the longer one.
    const QDateTime late(QDate(2025, 12, 28), QTime(23, 58));
    const QString older = ProductListModel::updatedText(late, late.date().addDays(3));
    const QString today = ProductListModel::updatedText(late, late.date());
    fit(ProductListModel::UpdatedColumn,
        metrics.horizontalAdvance(older) >= metrics.horizontalAdvance(today) ? older : today);
    // The header starts at "SKU, ascending", which is also the model's order, so nothing is queried twice.
    header->setSortIndicator(ProductListModel::SkuColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->hide();
    m_table->viewport()->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductBrowser::onModelReset);
    connect(m_model, &ProductListModel::countsChanged, this,
            [this] { Q_EMIT countsChanged(m_model->totalCount(), m_model->matchCount()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductBrowser::onCurrentChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
}

void ProductBrowser::setWorkspace(Workspace* workspace)
{
    m_currentSku.clear();
    m_model->setWorkspace(workspace);
    updateEmptyHint();
}

QString ProductBrowser::searchText() const
{
    return m_model->search();
}

void ProductBrowser::setSearchText(const QString& text)
{
    m_search->setText(text);
    applySearch();
}

void ProductBrowser::setCategory(const QString& code)
{
    m_model->setCategory(code);
}

void ProductBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ProductBrowser::currentSku() const
{
    return m_currentSku;
}

bool ProductBrowser::selectSku(const QString& sku)
{
    const int row = m_model->rowOf(sku);
    m_currentSku = sku;
    const QScopedValueRollback<bool> guard(m_restoring, true);
    if (row < 0) {
        m_table->selectionModel()->clear();
        return false;
    }
    const QModelIndex index = m_model->index(row, ProductListModel::SkuColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QByteArray ProductBrowser::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ProductBrowser::restoreState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    // The name column takes what is left, whatever the saved widths were.
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::NameColumn, QHeaderView::Stretch);
}

bool ProductBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Down from the search box goes to the results, as in a browser's address bar.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            applySearch();
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, ProductListModel::SkuColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setSearchText(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProductBrowser::applySearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_model->search())
        return;
    m_model->setSearch(text);
    Q_EMIT searchChanged(text);
}

void ProductBrowser::onModelReset()
{
    // A new search or order keeps the product being edited selected when it is still in the list.
    if (!m_currentSku.isEmpty())
        selectSku(m_currentSku);
    updateEmptyHint();
}

void ProductBrowser::onCurrentChanged()
{
    if (m_restoring)
        return;
    const QString sku = m_model->skuAt(m_table->selectionModel()->currentIndex().row());
    if (sku.isEmpty() || sku == m_currentSku)
        return;
    m_currentSku = sku;
    Q_EMIT currentSkuChanged(sku);
}

void ProductBrowser::updateEmptyHint()
{
    const bool empty = m_model->workspace() && m_model->rowCount() == 0;
    if (!empty) {
        m_emptyHint->hide();
        return;
    }
    if (!m_model->search().isEmpty())
        m_emptyHint->setText(tr("No product matches “%1”.").arg(m_model->search()));
    else if (!m_model->category().isEmpty())
        m_emptyHint->setText(tr("No product in this category."));
    else
        m_emptyHint->setText(tr("This workspace has no products yet."));
    m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyHint->show();
}

} // namespace facet
