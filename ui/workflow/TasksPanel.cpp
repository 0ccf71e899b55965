// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/TasksPanel.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {
constexpr int SkuRole = Qt::UserRole;
constexpr int StageRole = Qt::UserRole + 1;
} // namespace

TasksPanel::TasksPanel(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"tasksPanel"_s);
    auto* title = new QLabel(tr("My tasks"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_total->setObjectName(u"taskTotal"_s);
    editorPalette::setTextColor(m_total, editorPalette::muted(m_total));
    m_tree->setObjectName(u"taskTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Double-click a task to review it"));
    m_empty->setObjectName(u"tasksEmpty"_s);
    m_empty->setWordWrap(true);
    editorPalette::makeSmall(m_empty);
    editorPalette::setTextColor(m_empty, editorPalette::muted(m_empty));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString sku = item->data(0, SkuRole).toString();
        if (!sku.isEmpty())
            Q_EMIT reviewRequested(sku);
    });
    refresh();
}

void TasksPanel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::revisionsChanged, this, &TasksPanel::refresh);
        connect(workspace, &Workspace::sessionChanged, this, &TasksPanel::refresh);
        connect(workspace, &Workspace::workflowChanged, this, &TasksPanel::refresh);
        connect(workspace, &Workspace::rolesChanged, this, &TasksPanel::refresh);
    }
    refresh();
}

QSize TasksPanel::sizeHint() const
{
    const int row = fontMetrics().height() + 6;
    return {QWidget::sizeHint().width(), row * 14};
}

int TasksPanel::count(const QString& stage) const
{
    if (stage.isEmpty())
        return int(m_tasks.size());
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [&stage](const Task& t) { return t.stage == stage; }));
}

void TasksPanel::refresh()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, SkuRole).toString() : QString();
    m_tree->clear();
    m_tasks = m_workspace && m_workspace->session().canAct() ? m_workspace->tasks() : QList<Task>();
    m_total->setText(m_tasks.isEmpty() ? QString() : QLocale().toString(m_tasks.size()));
    if (!m_workspace) {
        m_empty->setText(tr("Open a workspace to see what waits for you."));
    } else if (!m_workspace->session().canAct()) {
        m_empty->setText(tr("Sign in to see what waits for your roles."));
    } else {
        m_empty->setText(tr("Nothing waits for your roles."));
    }
    m_empty->setVisible(m_tasks.isEmpty());
    m_tree->setVisible(!m_tasks.isEmpty());
    if (m_tasks.isEmpty())
        return;
    const Catalog& catalog = m_workspace->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    for (const Stage& stage : m_workspace->workflow().stages) {
        const int n = count(stage.code);
        if (n == 0)
            continue;
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("%1 (%2)").arg(stage.label(language)).arg(n));
        group->setData(0, StageRole, stage.code);
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        for (const Task& task : std::as_const(m_tasks)) {
            if (task.stage != stage.code)
                continue;
            auto* item = new QTreeWidgetItem(group);
            item->setText(0, task.label.isEmpty() ? task.sku : task.label);
            item->setData(0, SkuRole, task.sku);
            item->setData(0, StageRole, task.stage);
            const QDateTime at = QDateTime::fromString(task.submittedAt, Qt::ISODateWithMs);
            QString tip = tr("%1 · submitted by %2 on %3")
                              .arg(task.sku, task.submittedBy,
                                   QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
            if (task.blockedByFourEyes)
                tip += u'\n' + tr("You edited or submitted this revision: another reviewer must approve it.");
            item->setToolTip(0, tip);
            if (task.blockedByFourEyes)
                item->setForeground(0, editorPalette::muted(m_tree));
            if (task.sku == selected)
                m_tree->setCurrentItem(item);
        }
    }
    m_tree->expandAll();
}

} // namespace facet
