// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishDialog.h"

#include "models/storage/Workspace.h"
#include "ui/publishing/PublishTargetTree.h"
#include "ui/publishing/PublishingRun.h"
#include "ui/publishing/PublishingText.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace facet {

namespace {

enum SummaryColumn { STarget, SChannel, SNew, SChanged, SUnchanged, SWithdrawn, SHeld, SummaryColumns };
enum EntryColumn { ETarget, ESku, ELocale, ERevision, EAction, EReasons, EntryColumns };
enum ResultColumn {
    RTarget,
    RStatus,
    RWritten,
    RUnchanged,
    RWithdrawn,
    RHeld,
    RFailed,
    RBytes,
    RTime,
    RFolder,
    ResultColumns
};

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString reasonsText(const QList<Finding>& reasons)
{
    QStringList texts;
    for (const Finding& f : reasons)
        texts << (f.message.isEmpty() ? f.rule : f.message);
    return texts.join(QStringLiteral("; "));
}

} // namespace

PublishDialog::PublishDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_run(new PublishingRun(workspace->path(), workspace->session(), this))
    , m_tree(new PublishTargetTree(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTableWidget(0, SummaryColumns, this))
    , m_filter(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entries(new QStandardItemModel(0, EntryColumns, this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_actionFilter(new QSortFilterProxyModel(this))
    , m_entryView(new QTableView(this))
    , m_entryCount(new QLabel(this))
    , m_resultTable(new QTableWidget(0, ResultColumns, this))
    , m_problems(new QTableWidget(0, 5, this))
    , m_problemsCaption(new QLabel(this))
    , m_resultCaption(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_planButton(new QPushButton(tr("&Plan"), this))
    , m_dryRunButton(new QPushButton(tr("&Dry Run"), this))
    , m_publishButton(new QPushButton(tr("P&ublish"), this))
    , m_cancelButton(new QPushButton(tr("Cancel Run"), this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish"));
    resize(1180, 720);

    // Left: what to publish.
    auto* targetsBox = new QGroupBox(tr("Channels and targets"), this);
    auto* targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->addWidget(m_tree, 1);
    auto* checkRow = new QHBoxLayout;
    auto* all = new QPushButton(tr("All"), targetsBox);
    auto* none = new QPushButton(tr("None"), targetsBox);
    checkRow->addWidget(all);
    checkRow->addWidget(none);
    checkRow->addStretch();
    targetsLayout->addLayout(checkRow);
    connect(all, &QPushButton::clicked, m_tree, [this] { m_tree->setAllChecked(true); });
    connect(none, &QPushButton::clicked, m_tree, [this] { m_tree->setAllChecked(false); });
    connect(m_tree, &PublishTargetTree::checksChanged, this, &PublishDialog::updateButtons);

    // Right, first tab: the plan.
    auto* planPage = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planPage);
    m_summary->setObjectName(QStringLiteral("publishPlanSummary"));
    m_summary->setHorizontalHeaderLabels({tr("Target"), tr("Channel"), tr("New"), tr("Changed"),
                                          tr("Unchanged"), tr("Withdrawn"), tr("Held")});
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setStretchLastSection(true);
    // One compact row per target, all of them in view: the counts are what the plan is read for.
    m_summary->verticalHeader()->setDefaultSectionSize(m_summary->fontMetrics().height() + 8);
    auto* entriesPane = new QWidget(this);
    auto* entriesLayout = new QVBoxLayout(entriesPane);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("publishPlanFilter"));
    m_filter->setPlaceholderText(tr("Filter by SKU, locale, target or reason"));
    m_filter->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("publishPlanAction"));
    m_action->addItem(tr("Every action"), QString());
    for (auto a :
         {PublicationPlan::Action::New, PublicationPlan::Action::Changed, PublicationPlan::Action::Unchanged,
          PublicationPlan::Action::Withdrawn, PublicationPlan::Action::Held})
        m_action->addItem(PublishingText::action(a), PublishingText::action(a));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_action);
    filterRow->addWidget(m_entryCount);
    entriesLayout->addLayout(filterRow);
    m_entries->setHorizontalHeaderLabels(
        {tr("Target"), tr("SKU"), tr("Locale"), tr("Revision"), tr("Action"), tr("Reasons")});
    m_textFilter->setSourceModel(m_entries);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actionFilter->setSourceModel(m_textFilter);
    m_actionFilter->setFilterKeyColumn(EAction);
    m_entryView->setObjectName(QStringLiteral("publishPlanEntries"));
    m_entryView->setModel(m_actionFilter);
    m_entryView->setSortingEnabled(true);
    // In the plan's order (target by target) until the user sorts.
    m_entryView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_entryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->verticalHeader()->hide();
    m_entryView->horizontalHeader()->setStretchLastSection(true);
    m_entryView->setToolTip(tr("Double-click an entry to open its record in the workbench"));
    entriesLayout->addWidget(m_entryView, 1);
    m_planSplit = new QSplitter(Qt::Vertical, planPage);
    m_planSplit->setChildrenCollapsible(false);
    m_planSplit->addWidget(m_summary);
    m_planSplit->addWidget(entriesPane);
    m_planSplit->setStretchFactor(1, 1);
    planLayout->addWidget(m_planSplit, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &PublishDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &PublishDialog::applyFilter);
    connect(m_entryView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString sku = index.siblingAtColumn(ESku).data().toString();
        if (!sku.isEmpty())
            Q_EMIT recordRequested(sku);
    });

    // Second tab: the result of the last run.
    auto* resultPage = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(resultPage);
    m_resultCaption->setWordWrap(true);
    resultLayout->addWidget(m_resultCaption);
    m_resultTable->setObjectName(QStringLiteral("publishResultTable"));
    m_resultTable->setHorizontalHeaderLabels({tr("Target"), tr("Status"), tr("Written"), tr("Unchanged"),
                                              tr("Withdrawn"), tr("Held"), tr("Failed"), tr("Size"),
                                              tr("Time"), tr("Folder")});
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    resultLayout->addWidget(m_resultTable, 3);
    resultLayout->addWidget(m_problemsCaption);
    m_problems->setObjectName(QStringLiteral("publishProblemTable"));
    m_problems->setHorizontalHeaderLabels(
        {tr("Target"), tr("SKU"), tr("Locale"), tr("Result"), tr("Reason")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setToolTip(tr("Double-click a record to open it in the workbench"));
    resultLayout->addWidget(m_problems, 2);
    m_problems->hide();
    m_problemsCaption->hide();
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* sku = m_problems->item(row, 1))
            Q_EMIT recordRequested(sku->text());
    });

    m_tabs->setObjectName(QStringLiteral("publishTabs"));
    m_tabs->addTab(planPage, tr("Plan"));
    m_tabs->addTab(resultPage, tr("Result"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(targetsBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({450, 730});

    m_message->setObjectName(QStringLiteral("publishMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_progressLabel->setObjectName(QStringLiteral("publishProgressLabel"));
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_progress->hide();

    m_planButton->setObjectName(QStringLiteral("publishPlanButton"));
    m_planButton->setToolTip(tr("What publishing would do, without rendering or writing anything"));
    m_dryRunButton->setObjectName(QStringLiteral("publishDryRunButton"));
    m_dryRunButton->setToolTip(tr(
        "Render everything and check it, and count what would be written; nothing is written or recorded"));
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("publishCancelButton"));
    m_cancelButton->setToolTip(tr("Stop: every target keeps its previous publication"));
    auto* close = new QPushButton(tr("Close"), this);
    connect(m_planButton, &QPushButton::clicked, this, &PublishDialog::plan);
    connect(m_dryRunButton, &QPushButton::clicked, this, &PublishDialog::dryRun);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishDialog::cancel);
    connect(close, &QPushButton::clicked, this, &PublishDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progressLabel, 1);
    bottom->addWidget(m_progress);
    bottom->addSpacing(12);
    bottom->addWidget(m_planButton);
    bottom->addWidget(m_dryRunButton);
    bottom->addWidget(m_publishButton);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_run, &PublishingRun::progressed, this, &PublishDialog::onProgress);
    connect(m_run, &PublishingRun::planned, this, &PublishDialog::onPlanned);
    connect(m_run, &PublishingRun::published, this, &PublishDialog::onPublished);

    m_tree->populate(*workspace, true);
    m_tree->setAllChecked(true);
    m_progressLabel->setText(tr("Choose the targets, then Plan to see what would change."));
    updateButtons();
}

PublishDialog::~PublishDialog() = default;

bool PublishDialog::isRunning() const
{
    return m_run->isRunning();
}

Publisher::Request PublishDialog::request() const
{
    Publisher::Request request;
    request.targets = m_tree->checkedTargets();
    return request;
}

void PublishDialog::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool chosen = !m_tree->checkedTargets().isEmpty();
    m_planButton->setEnabled(!running && chosen);
    m_dryRunButton->setEnabled(!running && chosen);
    m_publishButton->setEnabled(!running && chosen);
    m_cancelButton->setEnabled(running && !m_run->isCancelling());
    m_tree->setEnabled(!running);
}

void PublishDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void PublishDialog::plan()
{
    const Publisher::Request r = request();
    if (r.targets.isEmpty() || !m_run->plan(r))
        return;
    showMessage({}, false);
    m_progressLabel->setText(tr("Planning…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateButtons();
}

void PublishDialog::dryRun()
{
    start(true);
}

void PublishDialog::publish()
{
    start(false);
}

void PublishDialog::start(bool dryRun)
{
    Publisher::Request r = request();
    r.dryRun = dryRun;
    if (r.targets.isEmpty() || !m_run->publish(r))
        return;
    m_dryRun = dryRun;
    m_runTargets = r.targets;
    showMessage({}, false);
    m_progressLabel->setText(dryRun ? tr("Dry run: starting…") : tr("Publishing: starting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateButtons();
}

void PublishDialog::cancel()
{
    if (!m_run->isRunning())
        return;
    m_run->cancel();
    m_progressLabel->setText(tr("Cancelling… the targets keep their previous publication."));
    updateButtons();
}

void PublishDialog::onProgress(const QString& target, const QString& phase, qsizetype done, qsizetype total)
{
    if (m_run->isCancelling())
        return;
    const int index = int(m_runTargets.indexOf(target)) + 1;
    const QString prefix = m_dryRun ? tr("Dry run") : tr("Publishing");
    if (total > 0)
        m_progressLabel->setText(tr("%1 · %2 (%3 of %4) · %5 %L6 / %L7")
                                     .arg(prefix, target)
                                     .arg(index)
                                     .arg(m_runTargets.size())
                                     .arg(PublishingText::phase(phase))
                                     .arg(done)
                                     .arg(total));
    else
        m_progressLabel->setText(tr("%1 · %2 (%3 of %4) · %5…")
                                     .arg(prefix, target)
                                     .arg(index)
                                     .arg(m_runTargets.size())
                                     .arg(PublishingText::phase(phase)));
    if (total > 0) {
        m_progress->setRange(0, int(qMin<qsizetype>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qsizetype>(done, INT_MAX)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void PublishDialog::onPlanned(const QList<PublicationPlan>& plans, const Status& status)
{
    m_progress->hide();
    updateButtons();
    if (!status) {
        m_progressLabel->setText(tr("No plan."));
        showMessage(status.message(), true);
        Q_EMIT planned();
        return;
    }
    m_plans = plans;
    if (!m_workspace)
        return;
    const Catalog& catalog = m_workspace->catalog();
    m_summary->setSortingEnabled(false);
    m_summary->setRowCount(0);
    m_entries->removeRows(0, m_entries->rowCount());
    int total = 0;
    for (const PublicationPlan& p : plans) {
        const int row = m_summary->rowCount();
        m_summary->insertRow(row);
        m_summary->setItem(row, STarget, new QTableWidgetItem(p.target));
        m_summary->setItem(row, SChannel,
                           new QTableWidgetItem(PublishingText::channelLabel(catalog, p.channel)));
        m_summary->setItem(row, SNew, number(p.count(PublicationPlan::Action::New)));
        m_summary->setItem(row, SChanged, number(p.count(PublicationPlan::Action::Changed)));
        m_summary->setItem(row, SUnchanged, number(p.count(PublicationPlan::Action::Unchanged)));
        m_summary->setItem(row, SWithdrawn, number(p.count(PublicationPlan::Action::Withdrawn)));
        m_summary->setItem(row, SHeld, number(p.count(PublicationPlan::Action::Held)));
        for (const PublicationPlan::Entry& e : p.entries) {
            QList<QStandardItem*> items;
            items << new QStandardItem(p.target) << new QStandardItem(e.sku) << new QStandardItem(e.locale)
                  << new QStandardItem(e.revisionHash.left(10))
                  << new QStandardItem(PublishingText::action(e.action))
                  << new QStandardItem(reasonsText(e.reasons));
            items[ERevision]->setToolTip(e.revisionHash);
            if (!e.templateVersion.isEmpty())
                items[ERevision]->setToolTip(
                    tr("Revision %1\nTemplates %2").arg(e.revisionHash, e.templateVersion));
            if (e.action == PublicationPlan::Action::Held) {
                items[EReasons]->setToolTip(reasonsText(e.reasons));
                items[EAction]->setForeground(QColor(0xb3, 0x26, 0x1e));
            }
            m_entries->appendRow(items);
            ++total;
        }
    }
    m_entryView->resizeColumnsToContents();
    const int summaryHeight =
        m_summary->horizontalHeader()->height() + 4 +
        m_summary->verticalHeader()->defaultSectionSize() * int(qMin<qsizetype>(plans.size(), 10));
    m_planSplit->setSizes({summaryHeight, qMax(200, m_planSplit->height() - summaryHeight)});
    applyFilter();
    m_progressLabel->setText(plans.size() == 1
                                 ? tr("Planned 1 target, %Ln entries.", "", total)
                                 : tr("Planned %1 targets, %Ln entries.", "", total).arg(plans.size()));
    m_tabs->setCurrentIndex(0);
    Q_EMIT planned();
}

void PublishDialog::applyFilter()
{
    m_textFilter->setFilterFixedString(m_filter->text());
    const QString action = m_action->currentData().toString();
    m_actionFilter->setFilterRegularExpression(
        action.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(action)));
    m_entryCount->setText(tr("%L1 of %L2").arg(m_actionFilter->rowCount()).arg(m_entries->rowCount()));
}

void PublishDialog::onPublished(const QList<Publication>& publications, const Status& status)
{
    m_result = publications;
    m_status = status;
    updateButtons();
    m_progress->hide();
    int written = 0;
    m_problems->setRowCount(0);
    m_resultTable->setRowCount(0);
    for (const Publication& p : publications) {
        const int row = m_resultTable->rowCount();
        m_resultTable->insertRow(row);
        m_resultTable->setItem(row, RTarget, new QTableWidgetItem(p.target));
        auto* state = new QTableWidgetItem(PublishingText::status(p.status));
        if (!p.message.isEmpty())
            state->setToolTip(p.message);
        m_resultTable->setItem(row, RStatus, state);
        m_resultTable->setItem(row, RWritten, number(p.written));
        m_resultTable->setItem(row, RUnchanged, number(p.unchanged));
        m_resultTable->setItem(row, RWithdrawn, number(p.withdrawn));
        m_resultTable->setItem(row, RHeld, number(p.held));
        m_resultTable->setItem(row, RFailed, number(p.failed));
        m_resultTable->setItem(row, RBytes, new QTableWidgetItem(PublishingText::bytes(p.bytes)));
        m_resultTable->setItem(row, RTime,
                               new QTableWidgetItem(PublishingText::duration(p.startedAt, p.finishedAt)));
        written += p.written;
        // What was held or failed, with the reasons: in the workspace's record of a real run.
        if (m_workspace && p.id > 0 && (p.held > 0 || p.failed > 0)) {
            for (const PublishedItem& item : m_workspace->publishedItems(p.id)) {
                if (item.result != PublishedItem::Result::Held &&
                    item.result != PublishedItem::Result::Failed)
                    continue;
                const int r = m_problems->rowCount();
                m_problems->insertRow(r);
                m_problems->setItem(r, 0, new QTableWidgetItem(p.target));
                m_problems->setItem(r, 1, new QTableWidgetItem(item.sku));
                m_problems->setItem(r, 2, new QTableWidgetItem(item.locale));
                m_problems->setItem(r, 3, new QTableWidgetItem(PublishingText::result(item.result)));
                auto* reason = new QTableWidgetItem(item.message);
                reason->setToolTip(item.message);
                m_problems->setItem(r, 4, reason);
            }
        }
        const auto target = m_workspace ? m_workspace->publishTarget(p.target) : std::nullopt;
        if (target && target->kind == PublishTarget::Kind::Folder && !m_dryRun) {
            const QString folder = m_workspace->targetFolder(*target);
            auto* link = new QLabel(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded), tr("Open folder")),
                m_resultTable);
            link->setToolTip(QDir::toNativeSeparators(folder));
            link->setContentsMargins(4, 0, 4, 0);
            connect(link, &QLabel::linkActivated, link,
                    [](const QString& url) { QDesktopServices::openUrl(QUrl(url)); });
            m_resultTable->setCellWidget(row, RFolder, link);
        } else if (target) {
            m_resultTable->setItem(row, RFolder,
                                   new QTableWidgetItem(target->settings.value(u"url").toString()));
        }
    }
    m_resultTable->resizeColumnsToContents();
    m_problems->resizeColumnsToContents();
    m_problemsCaption->setText(
        m_problems->rowCount() > 0
            ? tr("Held back or failed (%L1): not published; the rest was.").arg(m_problems->rowCount())
            : QString());
    m_problemsCaption->setVisible(m_problems->rowCount() > 0);
    m_problems->setVisible(m_problems->rowCount() > 0);
    const bool cancelled = std::any_of(publications.cbegin(), publications.cend(), [](const Publication& p) {
        return p.status == Publication::Status::Cancelled;
    });
    if (cancelled)
        m_resultCaption->setText(tr("Cancelled. The cancelled target and those after it keep their previous "
                                    "publication."));
    else if (m_dryRun)
        m_resultCaption->setText(
            tr("Dry run: what publishing would write. Nothing was written or recorded."));
    else
        m_resultCaption->setText(
            tr("Published %Ln renderings to %1 targets.", "", written).arg(publications.size()));
    m_progressLabel->setText(status ? (m_dryRun ? tr("Dry run done.") : tr("Done."))
                                    : (cancelled ? tr("Cancelled.") : tr("Stopped.")));
    showMessage(status || cancelled ? QString() : status.message(), !status);
    m_tabs->setCurrentIndex(1);
    if (!m_dryRun && m_workspace) {
        m_tree->populate(*m_workspace, true);
        m_tree->setTargetsChecked(m_runTargets);
        Q_EMIT publicationsRecorded(publications);
    }
    updateButtons();
    Q_EMIT finished(m_dryRun);
    if (m_closeWhenDone)
        QDialog::reject();
}

void PublishDialog::reject()
{
    if (m_run->isRunning()) {
        // Closing stops the run the way Cancel does; the dialog goes once the worker has let go.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace facet
