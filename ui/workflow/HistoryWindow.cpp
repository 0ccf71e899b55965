// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/HistoryWindow.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/workflow/RevisionDiffView.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString when(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString decisionText(Approval::Decision decision)
{
    switch (decision) {
    case Approval::Decision::Submit:
        return QCoreApplication::translate("facet::HistoryWindow", "Submitted");
    case Approval::Decision::Approve:
        return QCoreApplication::translate("facet::HistoryWindow", "Approved");
    case Approval::Decision::SendBack:
        return QCoreApplication::translate("facet::HistoryWindow", "Sent back");
    case Approval::Decision::Restore:
        return QCoreApplication::translate("facet::HistoryWindow", "Restored");
    case Approval::Decision::Supersede:
        return QCoreApplication::translate("facet::HistoryWindow", "Superseded");
    }
    return {};
}

} // namespace

HistoryWindow::HistoryWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_events(new QTreeWidget(this))
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_diff(new RevisionDiffView(this))
    , m_restore(new QPushButton(tr("&Restore as Working Draft"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"historyWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_list->setObjectName(u"revisionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("Revision"), tr("Stage"), tr("Submitted by"), tr("When")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_events->setObjectName(u"historyEvents"_s);
    m_events->setRootIsDecorated(false);
    m_events->setWordWrap(true);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Comment")});
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);
    m_before->setObjectName(u"compareBefore"_s);
    m_after->setObjectName(u"compareAfter"_s);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setToolTip(tr("Make the selected revision's content the working draft; nothing is lost, the "
                             "current draft stays in the history if it was submitted"));
    m_message->setObjectName(u"historyMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* revisionsTitle = new QLabel(tr("<b>Revisions</b>"), left);
    leftLayout->addWidget(revisionsTitle);
    leftLayout->addWidget(m_list, 3);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);
    leftLayout->addLayout(restoreRow);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(new QLabel(tr("<b>Decisions and comments</b>"), left));
    leftLayout->addWidget(m_events, 2);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("<b>Compare</b>"), right));
    compareRow->addWidget(m_before, 1);
    compareRow->addWidget(new QLabel(tr("with"), right));
    compareRow->addWidget(m_after, 1);
    rightLayout->addLayout(compareRow);
    rightLayout->addWidget(m_diff, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_before, &QComboBox::activated, this, &HistoryWindow::updateDiff);
    connect(m_after, &QComboBox::activated, this, &HistoryWindow::updateDiff);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryWindow::onSelectionChanged);
    connect(m_restore, &QPushButton::clicked, this, &HistoryWindow::restoreSelected);
    if (workspace) {
        connect(workspace, &Workspace::revisionsChanged, this, [this](const QString& sku) {
            if (sku == m_sku)
                reload();
        });
        connect(workspace, &Workspace::sessionChanged, this, &HistoryWindow::onSelectionChanged);
    }
    resize(1360, 820);
}

QString HistoryWindow::labelLocale() const
{
    if (!m_workspace)
        return QLocale().name();
    const Catalog& catalog = m_workspace->catalog();
    return catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
}

QString HistoryWindow::stageLabel(const QString& code) const
{
    const Stage* stage = m_workspace ? m_workspace->workflow().stage(code) : nullptr;
    return stage ? stage->label(labelLocale()) : code;
}

void HistoryWindow::showRecord(const QString& sku)
{
    m_sku = sku;
    m_message->hide();
    setWindowTitle(tr("History of %1").arg(sku));
    m_heading->setText(tr("History of %1").arg(sku));
    reload();
}

void HistoryWindow::reload()
{
    if (!m_workspace)
        return;
    m_revisions = m_workspace->revisionStates(m_sku);
    m_list->clear();
    m_before->clear();
    m_after->clear();
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        const RevisionState& r = m_revisions.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(i + 1));
        item->setText(1, r.revision.hash.left(10));
        item->setText(2, r.superseded ? tr("%1 (superseded)").arg(stageLabel(r.stage)) : stageLabel(r.stage));
        // "Superseded" reads like "replaced"; it is not: channels keep getting this revision meanwhile.
        if (r.superseded)
            item->setToolTip(
                2, tr("A newer revision was submitted, so this one left everybody's tasks. It keeps "
                      "its stage: channels that get it now keep getting it until the newer revision "
                      "reaches their level."));
        item->setText(3, r.submittedBy.isEmpty() ? r.revision.author : r.submittedBy);
        item->setText(4, when(r.submittedAt.isEmpty() ? r.revision.createdAt : r.submittedAt));
        item->setData(0, Qt::UserRole, r.revision.hash);
        item->setToolTip(1, r.revision.hash);
        if (!r.editors.isEmpty())
            item->setToolTip(3, tr("Edited by %1").arg(r.editors.join(u", ")));
        const QString text = tr("#%1 · %2 · %3").arg(i + 1).arg(r.revision.hash.left(8), stageLabel(r.stage));
        m_before->addItem(text, r.revision.hash);
        m_after->addItem(text, r.revision.hash);
    }
    m_events->clear();
    // Decisions and comments in one timeline, ordered by their ISO times rather than the shown ones.
    QList<std::pair<QString, QStringList>> events;
    const QString language = labelLocale();
    auto roleLabel = [this, &language](const QString& code) {
        const std::optional<Role> role = m_workspace->role(code);
        return role ? role->label(language) : code;
    };
    for (const Approval& a : m_workspace->approvals(m_sku)) {
        QString what = decisionText(a.decision);
        if (!a.toStage.isEmpty())
            what += u" · "_s + (a.fromStage.isEmpty()
                                    ? stageLabel(a.toStage)
                                    : tr("%1 → %2").arg(stageLabel(a.fromStage), stageLabel(a.toStage)));
        events.append({a.at,
                       {when(a.at), a.role.isEmpty() ? a.user : tr("%1 (%2)").arg(a.user, roleLabel(a.role)),
                        what, a.comment}});
    }
    for (const RevisionComment& c : m_workspace->comments(m_sku))
        events.append(
            {c.at, {when(c.at), c.user, tr("Commented on %1").arg(c.revisionHash.left(8)), c.text}});
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [at, columns] : std::as_const(events)) {
        auto* item = new QTreeWidgetItem(m_events, columns);
        item->setToolTip(3, columns.value(3));
    }
    // Newest against the one before: what the last submission changed.
    if (m_revisions.size() >= 2)
        compare(m_revisions.at(m_revisions.size() - 2).revision.hash, m_revisions.last().revision.hash);
    else
        m_diff->showMessage(m_revisions.isEmpty()
                                ? tr("This product has no revisions yet: submit it to make one.")
                                : tr("Only one revision: nothing to compare yet."));
    if (!m_revisions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    onSelectionChanged();
}

void HistoryWindow::compare(const QString& beforeHash, const QString& afterHash)
{
    m_before->setCurrentIndex(m_before->findData(beforeHash));
    m_after->setCurrentIndex(m_after->findData(afterHash));
    updateDiff();
}

void HistoryWindow::updateDiff()
{
    if (!m_workspace || m_before->currentIndex() < 0 || m_after->currentIndex() < 0)
        return;
    const RevisionState& before = m_revisions.at(m_before->currentIndex());
    const RevisionState& after = m_revisions.at(m_after->currentIndex());
    const auto a = MasterRecord::fromCanonicalJson(before.revision.content);
    const auto b = MasterRecord::fromCanonicalJson(after.revision.content);
    if (!a || !b) {
        m_diff->showMessage(tr("A revision's content cannot be read."));
        return;
    }
    const Catalog& catalog = m_workspace->catalog();
    m_diff->setDiff(RevisionDiff::compare(*a, *b, &catalog), &catalog, labelLocale(), m_before->currentText(),
                    m_after->currentText());
}

void HistoryWindow::onSelectionChanged()
{
    const bool canEdit =
        m_workspace && m_workspace->session().canAct() && m_workspace->session().canEditAnything();
    m_restore->setEnabled(canEdit && m_list->currentItem() != nullptr);
    m_restore->setToolTip(canEdit ? tr("Make the selected revision's content the working draft")
                                  : tr("Your roles may not edit this product"));
}

bool HistoryWindow::restoreSelected()
{
    if (!m_workspace || !m_list->currentItem())
        return false;
    const QString hash = m_list->currentItem()->data(0, Qt::UserRole).toString();
    const Status status = m_workspace->restoreRevision(m_sku, hash);
    m_message->show();
    if (!status) {
        m_message->setText(status.message());
        editorPalette::setTextColor(m_message, editorPalette::error(m_message));
        return false;
    }
    m_message->setText(tr("Revision %1 is now the working draft. Submit it to send it through review again.")
                           .arg(hash.left(10)));
    editorPalette::setTextColor(m_message, editorPalette::success(m_message));
    Q_EMIT restored(m_sku);
    return true;
}

} // namespace facet
