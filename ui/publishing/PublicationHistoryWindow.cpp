// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublicationHistoryWindow.h"

#include "models/publishing/FolderPublication.h"
#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/publishing/DeadLettersView.h"
#include "ui/publishing/PublishingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace facet {

namespace {

enum PublicationColumn {
    PWhen,
    PTarget,
    PChannel,
    PTrigger,
    PWho,
    PStatus,
    PWritten,
    PUnchanged,
    PWithdrawn,
    PHeld,
    PFailed,
    PSize,
    PublicationColumns
};
enum ItemColumn { ISku, ILocale, IRevision, ITemplates, IChecksum, IResult, IMessage, ItemColumns };
constexpr int IdRole = Qt::UserRole;

QTableWidgetItem* number(qint64 value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PublicationHistoryWindow::PublicationHistoryWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_channel(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toEnabled(new QCheckBox(tr("until"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_count(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_publications(makeTable(PublicationColumns, this))
    , m_itemTable(makeTable(ItemColumns, this))
    , m_approvals(new QTextBrowser(this))
    , m_verify(new QPushButton(tr("&Verify Folder"), this))
    , m_verifyResult(new QLabel(this))
    , m_deadLetters(new DeadLettersView(workspace, this))
{
    setObjectName(QStringLiteral("publicationHistory"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Publication History"));
    resize(1240, 760);

    m_channel->setObjectName(QStringLiteral("publicationChannel"));
    m_channel->addItem(tr("Every channel"), QString());
    if (workspace)
        for (const Channel& c : workspace->catalog().channels)
            m_channel->addItem(c.label(PublishingText::language(workspace->catalog())), c.code);
    m_from->setObjectName(QStringLiteral("publicationFrom"));
    m_to->setObjectName(QStringLiteral("publicationTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEnabled->setObjectName(QStringLiteral("publicationFromEnabled"));
    m_toEnabled->setObjectName(QStringLiteral("publicationToEnabled"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Channel:"), this));
    filters->addWidget(m_channel);
    filters->addSpacing(12);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    filters->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &PublicationHistoryWindow::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &PublicationHistoryWindow::refresh);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &PublicationHistoryWindow::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &PublicationHistoryWindow::refresh);

    m_publications->setObjectName(QStringLiteral("publicationTable"));
    m_publications->setHorizontalHeaderLabels({tr("When"), tr("Target"), tr("Channel"), tr("Trigger"),
                                               tr("Who"), tr("Status"), tr("Written"), tr("Unchanged"),
                                               tr("Withdrawn"), tr("Held"), tr("Failed"), tr("Size")});
    m_publications->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_publications->horizontalHeader()->setStretchLastSection(false);
    m_publications->horizontalHeader()->setSectionResizeMode(PChannel, QHeaderView::Stretch);
    m_itemTable->setObjectName(QStringLiteral("publicationItemTable"));
    m_itemTable->setHorizontalHeaderLabels({tr("SKU"), tr("Locale"), tr("Revision"), tr("Templates"),
                                            tr("Checksum"), tr("Result"), tr("Message")});
    m_itemTable->setToolTip(tr("Double-click an item to open its record in the workbench"));
    m_approvals->setObjectName(QStringLiteral("publicationApprovals"));
    m_approvals->setOpenLinks(false);
    m_approvals->setPlaceholderText(tr("Select an item to see who submitted and approved its revision."));

    auto* approvalsBox = new QGroupBox(tr("Who approved it"), this);
    auto* approvalsLayout = new QVBoxLayout(approvalsBox);
    approvalsLayout->setContentsMargins(6, 6, 6, 6);
    approvalsLayout->addWidget(m_approvals);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setChildrenCollapsible(false);
    lower->addWidget(m_itemTable);
    lower->addWidget(approvalsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({740, 460});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_publications);
    split->addWidget(lower);
    split->setSizes({300, 360});

    m_verify->setObjectName(QStringLiteral("verifyFolderButton"));
    m_verify->setToolTip(tr("Check the selected publication's target folder against its manifest: every file "
                            "there, none changed"));
    m_verify->setEnabled(false);
    m_verifyResult->setObjectName(QStringLiteral("verifyFolderResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyResult, 1);

    auto* publicationsPage = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(publicationsPage);
    pageLayout->addLayout(filters);
    pageLayout->addWidget(split, 1);
    pageLayout->addLayout(verifyRow);
    m_tabs->setObjectName(QStringLiteral("publicationTabs"));
    m_tabs->addTab(publicationsPage, tr("Publications"));
    m_tabs->addTab(m_deadLetters, tr("Dead Letters"));
    connect(m_deadLetters, &DeadLettersView::countChanged, this, [this](int count) {
        m_tabs->setTabText(1, count ? tr("Dead Letters (%L1)").arg(count) : tr("Dead Letters"));
    });
    m_tabs->setTabText(1, m_deadLetters->count() ? tr("Dead Letters (%L1)").arg(m_deadLetters->count())
                                                 : tr("Dead Letters"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_publications, &QTableWidget::itemSelectionChanged, this,
            &PublicationHistoryWindow::showPublication);
    connect(m_itemTable, &QTableWidget::itemSelectionChanged, this, &PublicationHistoryWindow::showItem);
    connect(m_itemTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_items.size())
            Q_EMIT recordRequested(m_items.at(row).sku);
    });
    connect(m_verify, &QPushButton::clicked, this, &PublicationHistoryWindow::verifyFolder);
    if (workspace)
        connect(workspace, &Workspace::publicationsChanged, this, [this] {
            refresh();
            m_deadLetters->refresh();
        });
    refresh();
}

void PublicationHistoryWindow::refresh()
{
    const qint64 selected = currentPublicationId();
    m_shown.clear();
    if (m_workspace) {
        const QString channel = m_channel->currentData().toString();
        const QDate from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
        const QDate to = m_toEnabled->isChecked() ? m_to->date() : QDate();
        for (const Publication& p : m_workspace->publications({}, 5000)) {
            if (!channel.isEmpty() && p.channel != channel)
                continue;
            const QDate day = QDateTime::fromString(p.startedAt, Qt::ISODateWithMs).toLocalTime().date();
            if ((from.isValid() && day < from) || (to.isValid() && day > to))
                continue;
            m_shown << p;
        }
    }
    const QSignalBlocker blocker(m_publications);
    m_publications->setRowCount(0);
    const Catalog* catalog = m_workspace ? &m_workspace->catalog() : nullptr;
    for (const Publication& p : std::as_const(m_shown)) {
        const int row = m_publications->rowCount();
        m_publications->insertRow(row);
        auto* when = new QTableWidgetItem(PublishingText::localTime(p.startedAt));
        when->setData(IdRole, p.id);
        when->setToolTip(tr("Publication %1, started %2 UTC").arg(p.id).arg(p.startedAt));
        m_publications->setItem(row, PWhen, when);
        m_publications->setItem(row, PTarget, new QTableWidgetItem(p.target));
        m_publications->setItem(
            row, PChannel,
            new QTableWidgetItem(catalog ? PublishingText::channelLabel(*catalog, p.channel) : p.channel));
        m_publications->setItem(row, PTrigger, new QTableWidgetItem(PublishingText::trigger(p.trigger)));
        m_publications->setItem(row, PWho, new QTableWidgetItem(p.startedBy));
        auto* status = new QTableWidgetItem(PublishingText::status(p.status));
        status->setToolTip(p.message);
        if (p.status == Publication::Status::Failed)
            status->setForeground(editorPalette::error(m_publications));
        m_publications->setItem(row, PStatus, status);
        m_publications->setItem(row, PWritten, number(p.written));
        m_publications->setItem(row, PUnchanged, number(p.unchanged));
        m_publications->setItem(row, PWithdrawn, number(p.withdrawn));
        m_publications->setItem(row, PHeld, number(p.held));
        m_publications->setItem(row, PFailed, number(p.failed));
        m_publications->setItem(row, PSize, new QTableWidgetItem(PublishingText::bytes(p.bytes)));
    }
    m_count->setText(tr("%Ln publications", "", int(m_shown.size())));
    if (!selectPublication(selected))
        showPublication();
}

qint64 PublicationHistoryWindow::currentPublicationId() const
{
    const QList<QTableWidgetItem*> selected = m_publications->selectedItems();
    return selected.isEmpty()
               ? 0
               : m_publications->item(selected.first()->row(), PWhen)->data(IdRole).toLongLong();
}

bool PublicationHistoryWindow::selectPublication(qint64 id)
{
    for (int row = 0; row < m_publications->rowCount() && id > 0; ++row) {
        if (m_publications->item(row, PWhen)->data(IdRole).toLongLong() == id) {
            m_publications->selectRow(row);
            return true;
        }
    }
    return false;
}

void PublicationHistoryWindow::setChannelFilter(const QString& channel)
{
    const int index = m_channel->findData(channel);
    m_channel->setCurrentIndex(qMax(0, index));
}

void PublicationHistoryWindow::setDateRange(const QDate& from, const QDate& to)
{
    const QSignalBlocker a(m_from), b(m_to), c(m_fromEnabled), d(m_toEnabled);
    m_fromEnabled->setChecked(from.isValid());
    m_from->setEnabled(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toEnabled->setChecked(to.isValid());
    m_to->setEnabled(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    refresh();
}

void PublicationHistoryWindow::showPublication()
{
    const qint64 id = currentPublicationId();
    m_items = (m_workspace && id > 0) ? m_workspace->publishedItems(id) : QList<PublishedItem>();
    const QSignalBlocker blocker(m_itemTable);
    m_itemTable->setRowCount(0);
    for (const PublishedItem& i : std::as_const(m_items)) {
        const int row = m_itemTable->rowCount();
        m_itemTable->insertRow(row);
        m_itemTable->setItem(row, ISku, new QTableWidgetItem(i.sku));
        m_itemTable->setItem(row, ILocale, new QTableWidgetItem(i.locale));
        auto* revision = new QTableWidgetItem(i.revisionHash.left(10));
        revision->setToolTip(i.revisionHash);
        m_itemTable->setItem(row, IRevision, revision);
        auto* templates = new QTableWidgetItem(i.templateVersion);
        templates->setToolTip(i.templateVersion);
        m_itemTable->setItem(row, ITemplates, templates);
        auto* checksum = new QTableWidgetItem(i.checksum.left(12));
        checksum->setToolTip(i.paths.isEmpty() ? i.checksum
                                               : tr("%1\n\n%2").arg(i.checksum, i.paths.join(u'\n')));
        m_itemTable->setItem(row, IChecksum, checksum);
        auto* result = new QTableWidgetItem(PublishingText::result(i.result));
        if (i.result == PublishedItem::Result::Held || i.result == PublishedItem::Result::Failed)
            result->setForeground(editorPalette::error(m_itemTable));
        m_itemTable->setItem(row, IResult, result);
        auto* message = new QTableWidgetItem(i.message);
        message->setToolTip(i.message);
        m_itemTable->setItem(row, IMessage, message);
    }
    m_itemTable->resizeColumnsToContents();
    // Long template versions would push the result off screen; the tooltip has them whole.
    m_itemTable->setColumnWidth(ITemplates, qMin(m_itemTable->columnWidth(ITemplates), 180));
    const auto p =
        std::find_if(m_shown.cbegin(), m_shown.cend(), [id](const Publication& x) { return x.id == id; });
    const auto target =
        (m_workspace && p != m_shown.cend()) ? m_workspace->publishTarget(p->target) : std::nullopt;
    m_verify->setEnabled(target && target->kind == PublishTarget::Kind::Folder);
    m_verifyResult->clear();
    selectItem(0);
}

void PublicationHistoryWindow::selectItem(int row)
{
    if (row >= 0 && row < m_itemTable->rowCount())
        m_itemTable->selectRow(row);
    // Also when the row was selected already, or while the table's signals are blocked.
    showItem();
}

void PublicationHistoryWindow::showItem()
{
    const QList<QTableWidgetItem*> selected = m_itemTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_items.size() || !m_workspace) {
        m_approvals->clear();
        return;
    }
    const PublishedItem& item = m_items.at(row);
    const Catalog& catalog = m_workspace->catalog();
    const QString language = PublishingText::language(catalog);
    auto stageLabel = [&](const QString& code) {
        const Stage* stage = m_workspace->workflow().stage(code);
        return (stage ? stage->label(language) : code).toHtmlEscaped();
    };
    auto roleLabel = [&](const QString& code) {
        const auto role = m_workspace->role(code);
        return (role ? labelIn(role->labels, language, code) : code).toHtmlEscaped();
    };
    QString html =
        tr("<p><b>%1</b> · %2 · revision <code>%3</code></p>")
            .arg(item.sku.toHtmlEscaped(), item.locale.toHtmlEscaped(), item.revisionHash.left(10));
    if (item.revisionHash.isEmpty()) {
        html += tr("<p>Withdrawn: no revision of this record may go to the channel any more.</p>");
    } else {
        QStringList lines;
        for (const Approval& a : m_workspace->approvals(item.sku)) {
            if (a.revisionHash != item.revisionHash)
                continue;
            const QString who = a.role.isEmpty()
                                    ? a.user.toHtmlEscaped()
                                    : tr("%1 (%2)").arg(a.user.toHtmlEscaped(), roleLabel(a.role));
            QString line;
            switch (a.decision) {
            case Approval::Decision::Submit:
                line = tr("Submitted by %1 to %2").arg(who, stageLabel(a.toStage));
                break;
            case Approval::Decision::Approve:
                line = tr("<b>Approved</b> by %1: %2 → %3")
                           .arg(who, stageLabel(a.fromStage), stageLabel(a.toStage));
                break;
            case Approval::Decision::SendBack:
                line =
                    tr("Sent back by %1: %2 → %3").arg(who, stageLabel(a.fromStage), stageLabel(a.toStage));
                break;
            case Approval::Decision::Restore:
                line = tr("Restored by %1").arg(who);
                break;
            case Approval::Decision::Supersede:
                line = tr("Superseded (%1)").arg(who);
                break;
            }
            line += QStringLiteral(" · ") + PublishingText::localTime(a.at).toHtmlEscaped();
            if (!a.comment.isEmpty())
                line += QStringLiteral("<br><i>“%1”</i>").arg(a.comment.toHtmlEscaped());
            lines << QStringLiteral("<li>%1</li>").arg(line);
        }
        html += lines.isEmpty() ? tr("<p>No decision is recorded for this revision.</p>")
                                : QStringLiteral("<ul>%1</ul>").arg(lines.join(QString()));
    }
    if (!item.message.isEmpty())
        html +=
            tr("<p><b>%1:</b> %2</p>").arg(PublishingText::result(item.result), item.message.toHtmlEscaped());
    m_approvals->setHtml(html);
}

QString PublicationHistoryWindow::approvalText() const
{
    return m_approvals->toPlainText();
}

void PublicationHistoryWindow::showDeadLetters()
{
    m_deadLetters->refresh();
    m_tabs->setCurrentWidget(m_deadLetters);
}

void PublicationHistoryWindow::verifyFolder()
{
    const qint64 id = currentPublicationId();
    const auto p =
        std::find_if(m_shown.cbegin(), m_shown.cend(), [id](const Publication& x) { return x.id == id; });
    const auto target =
        (m_workspace && p != m_shown.cend()) ? m_workspace->publishTarget(p->target) : std::nullopt;
    if (!target || target->kind != PublishTarget::Kind::Folder)
        return;
    const QString folder = m_workspace->targetFolder(*target);
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(folder)));
    editorPalette::setTextColor(m_verifyResult, editorPalette::muted(m_verifyResult));
    struct Outcome
    {
        QList<FolderPublication::Problem> problems;
        Status status;
    };
    // Hashing every published file takes a while on a large site.
    QtConcurrent::run([folder] {
        Outcome outcome;
        outcome.problems = FolderPublication::verify(folder, &outcome.status);
        return outcome;
    }).then(this, [this, folder](const Outcome& outcome) {
        m_verify->setEnabled(true);
        const bool intact = outcome.status && outcome.problems.isEmpty();
        QString text;
        if (!outcome.status) {
            text = tr("✘ %1").arg(outcome.status.message());
        } else if (intact) {
            text =
                tr("✔ Intact: every file in %1 matches its manifest.").arg(QDir::toNativeSeparators(folder));
        } else {
            QStringList lines;
            for (const FolderPublication::Problem& problem : outcome.problems)
                lines << tr("%1 (%2)").arg(problem.path, problem.problem);
            text = tr("✘ %Ln problems: %1", "", int(lines.size()))
                       .arg(lines.mid(0, 5).join(QStringLiteral(", ")) +
                            (lines.size() > 5 ? QStringLiteral(", …") : QString()));
            m_verifyResult->setToolTip(lines.join(u'\n'));
        }
        m_verifyResult->setText(text);
        editorPalette::setTextColor(m_verifyResult, intact ? editorPalette::success(m_verifyResult)
                                                           : editorPalette::error(m_verifyResult));
        Q_EMIT verified(intact);
    });
}

QString PublicationHistoryWindow::verifyResult() const
{
    return m_verifyResult->text();
}

} // namespace facet
