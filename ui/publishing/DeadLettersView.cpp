// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/DeadLettersView.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/publishing/PublishingRun.h"
#include "ui/publishing/PublishingText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace facet {

namespace {
enum Column {
    TargetColumn,
    SkuColumn,
    LocaleColumn,
    AttemptsColumn,
    HttpColumn,
    ErrorColumn,
    AtColumn,
    Columns
};
constexpr int IdRole = Qt::UserRole;
} // namespace

DeadLettersView::DeadLettersView(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, Columns, this))
    , m_retrySelected(new QPushButton(tr("Retry &Selected"), this))
    , m_retryAll(new QPushButton(tr("Retry &All"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("deadLetters"));
    m_table->setObjectName(QStringLiteral("deadLetterTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Target"), tr("SKU"), tr("Locale"), tr("Attempts"), tr("HTTP"), tr("Error"), tr("Since")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_retrySelected->setObjectName(QStringLiteral("retrySelectedButton"));
    m_retryAll->setObjectName(QStringLiteral("retryAllButton"));
    m_result->setObjectName(QStringLiteral("deadLetterResult"));
    m_result->setWordWrap(true);

    auto* hint =
        new QLabel(tr("Webhook messages that were refused (4xx) or never answered after every retry. "
                      "A retry sends them again with the same idempotency key."),
                   this);
    hint->setWordWrap(true);
    editorPalette::setTextColor(hint, editorPalette::muted(hint));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_retrySelected);
    buttons->addWidget(m_retryAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_retrySelected, &QPushButton::clicked, this, &DeadLettersView::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &DeadLettersView::retryAll);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_retrySelected->setEnabled(!m_run && !m_table->selectionModel()->selectedRows().isEmpty());
    });
    refresh();
}

int DeadLettersView::count() const
{
    return m_table->rowCount();
}

void DeadLettersView::refresh()
{
    m_table->setRowCount(0);
    if (!m_workspace)
        return;
    const Session& session = m_workspace->session();
    for (const DeadLetter& d : m_workspace->deadLetters()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* target = new QTableWidgetItem(d.target);
        target->setData(IdRole, d.id);
        m_table->setItem(row, TargetColumn, target);
        m_table->setItem(row, SkuColumn, new QTableWidgetItem(d.sku));
        m_table->setItem(row, LocaleColumn, new QTableWidgetItem(d.locale));
        m_table->setItem(row, AttemptsColumn, new QTableWidgetItem(QLocale().toString(d.attempts)));
        m_table->setItem(row, HttpColumn,
                         new QTableWidgetItem(d.httpStatus ? QString::number(d.httpStatus) : QString()));
        auto* error = new QTableWidgetItem(d.error);
        error->setToolTip(d.error);
        m_table->setItem(row, ErrorColumn, error);
        m_table->setItem(row, AtColumn, new QTableWidgetItem(PublishingText::localTime(d.at)));
    }
    const bool mayRetry = session.canAct();
    m_retryAll->setEnabled(mayRetry && !m_run && m_table->rowCount() > 0);
    m_retrySelected->setEnabled(mayRetry && !m_run && !m_table->selectionModel()->selectedRows().isEmpty());
    if (m_table->rowCount() == 0 && m_result->text().isEmpty())
        m_result->setText(tr("Nothing waits: every message was delivered."));
    Q_EMIT countChanged(m_table->rowCount());
}

void DeadLettersView::retrySelected()
{
    QMap<QString, QList<qint64>> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(TargetColumn))
        ids[index.data().toString()] << index.data(IdRole).toLongLong();
    if (!ids.isEmpty())
        retry(ids);
}

void DeadLettersView::retryAll()
{
    QMap<QString, QList<qint64>> ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ids.insert(m_table->item(row, TargetColumn)->text(), {});
    if (!ids.isEmpty())
        retry(ids);
}

void DeadLettersView::retry(const QMap<QString, QList<qint64>>& idsByTarget)
{
    if (!m_workspace || m_run)
        return;
    m_run = new PublishingRun(m_workspace->path(), m_workspace->session(), this);
    connect(m_run, &PublishingRun::retried, this, [this](const Status& status) {
        m_run->deleteLater();
        m_run = nullptr;
        m_result->setText(status ? tr("Retried. What was delivered has left the list.") : status.message());
        editorPalette::setTextColor(m_result, status ? editorPalette::success(m_result)
                                                     : editorPalette::error(m_result));
        refresh();
        Q_EMIT retried(status);
    });
    m_run->retryDeadLetters(idsByTarget);
    m_retryAll->setEnabled(false);
    m_retrySelected->setEnabled(false);
    m_result->setText(tr("Retrying…"));
    editorPalette::setTextColor(m_result, editorPalette::muted(m_result));
}

} // namespace facet
