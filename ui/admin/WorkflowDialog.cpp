// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/WorkflowDialog.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

QCheckBox* centeredCheck(QTableWidget* table, int row, int column)
{
    auto* holder = new QWidget(table);
    auto* check = new QCheckBox(holder);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check, 0, Qt::AlignCenter);
    table->setCellWidget(row, column, holder);
    return check;
}

} // namespace

WorkflowDialog::WorkflowDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"workflowDialog"_s);
    setWindowTitle(tr("Workflow and Release Levels"));
    if (workspace) {
        const Catalog& catalog = workspace->catalog();
        m_language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    }
    m_stages =
        makeTable(u"stageTable"_s, {tr("Code"), tr("Stage"), tr("Release level"), tr("Four eyes")}, this);
    m_transitions = makeTable(u"transitionTable"_s,
                              {tr("From"), tr("To"), tr("Kind"), tr("Roles (codes, comma-separated)")}, this);
    m_levels = makeTable(u"channelLevelTable"_s,
                         {tr("Channel"), tr("Kind"), tr("Required level"), tr("Reached at")}, this);
    m_message->setObjectName(u"workflowMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_tabs->addTab(stagesPage(), tr("Stages and transitions"));
    m_tabs->addTab(levelsPage(), tr("Channel release levels"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    fill();
    fillLevels();
    resize(980, 720);
}

QWidget* WorkflowDialog::stagesPage()
{
    auto* page = new QWidget(this);
    auto* intro =
        new QLabel(tr("A revision moves through the stages in this order. Its stage's release level "
                      "decides which channels get it: every channel whose required level is at most "
                      "that. Four eyes: whoever edited or submitted a revision may not approve it there."),
                   page);
    intro->setWordWrap(true);
    auto button = [page](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(name);
        return b;
    };
    QPushButton* addStage = button(tr("Add Stage"), u"addStageButton"_s);
    QPushButton* removeStage = button(tr("Remove"), u"removeStageButton"_s);
    QPushButton* up = button(tr("Move Up"), u"stageUpButton"_s);
    QPushButton* down = button(tr("Move Down"), u"stageDownButton"_s);
    QPushButton* addTransition = button(tr("Add Transition"), u"addTransitionButton"_s);
    QPushButton* removeTransition = button(tr("Remove"), u"removeTransitionButton"_s);
    QPushButton* save = button(tr("&Save Workflow"), u"saveWorkflowButton"_s);
    save->setDefault(true);

    auto* stageButtons = new QHBoxLayout;
    for (QPushButton* b : {addStage, removeStage, up, down})
        stageButtons->addWidget(b);
    stageButtons->addStretch(1);
    auto* transitionButtons = new QHBoxLayout;
    transitionButtons->addWidget(addTransition);
    transitionButtons->addWidget(removeTransition);
    transitionButtons->addStretch(1);
    transitionButtons->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("<b>Stages</b>"), page));
    layout->addWidget(m_stages, 1);
    layout->addLayout(stageButtons);
    layout->addWidget(new QLabel(tr("<b>Transitions</b>"), page));
    layout->addWidget(m_transitions, 1);
    layout->addLayout(transitionButtons);

    connect(addStage, &QPushButton::clicked, this, [this] {
        Stage stage;
        stage.code = u"stage%1"_s.arg(m_stages->rowCount() + 1);
        stage.labels.insert(m_language, tr("New stage"));
        addStageRow(stage);
        refreshStageCombos();
    });
    connect(removeStage, &QPushButton::clicked, this, [this] {
        if (m_stages->currentRow() >= 0)
            m_stages->removeRow(m_stages->currentRow());
        refreshStageCombos();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(addTransition, &QPushButton::clicked, this, [this] { addTransitionRow(Transition{}); });
    connect(removeTransition, &QPushButton::clicked, this, [this] {
        if (m_transitions->currentRow() >= 0)
            m_transitions->removeRow(m_transitions->currentRow());
    });
    connect(save, &QPushButton::clicked, this, &WorkflowDialog::saveWorkflow);
    connect(m_stages, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == CodeColumn || item->column() == LabelColumn)
            refreshStageCombos();
    });
    return page;
}

QWidget* WorkflowDialog::levelsPage()
{
    auto* page = new QWidget(this);
    auto* intro =
        new QLabel(tr("A channel gets a record only through a revision whose stage grants at least the "
                      "channel's required level; until then it keeps the last one that did."),
                   page);
    intro->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save Levels"), page);
    save->setObjectName(u"saveLevelsButton"_s);
    connect(save, &QPushButton::clicked, this, &WorkflowDialog::saveLevels);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_levels, 1);
    layout->addLayout(buttons);
    return page;
}

void WorkflowDialog::showChannelLevels()
{
    m_tabs->setCurrentIndex(1);
}

QString WorkflowDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WorkflowDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    editorPalette::setTextColor(m_message,
                                error ? editorPalette::error(m_message) : editorPalette::success(m_message));
    m_message->show();
}

void WorkflowDialog::fill()
{
    m_stages->setRowCount(0);
    m_transitions->setRowCount(0);
    if (!m_workspace)
        return;
    const Workflow& workflow = m_workspace->workflow();
    m_stages->blockSignals(true);
    for (const Stage& stage : workflow.stages)
        addStageRow(stage);
    m_stages->blockSignals(false);
    for (const Transition& t : workflow.transitions)
        addTransitionRow(t);
}

void WorkflowDialog::addStageRow(const Stage& stage)
{
    const int row = m_stages->rowCount();
    m_stages->insertRow(row);
    auto* code = new QTableWidgetItem(stage.code);
    // Labels in other locales ride along unchanged.
    code->setData(Qt::UserRole, QVariant::fromValue(stage.labels));
    m_stages->setItem(row, CodeColumn, code);
    m_stages->setItem(row, LabelColumn, new QTableWidgetItem(stage.label(m_language)));
    auto* level = new QSpinBox(m_stages);
    level->setRange(0, 9);
    level->setValue(stage.releaseLevel);
    m_stages->setCellWidget(row, LevelColumn, level);
    centeredCheck(m_stages, row, FourEyesColumn)->setChecked(stage.fourEyes);
}

void WorkflowDialog::addTransitionRow(const Transition& transition)
{
    const int row = m_transitions->rowCount();
    m_transitions->insertRow(row);
    auto* from = new QComboBox(m_transitions);
    auto* to = new QComboBox(m_transitions);
    auto* kind = new QComboBox(m_transitions);
    kind->addItem(tr("Approve"), int(Transition::Kind::Approve));
    kind->addItem(tr("Send back"), int(Transition::Kind::SendBack));
    kind->setCurrentIndex(transition.kind == Transition::Kind::Approve ? 0 : 1);
    from->setProperty("stage", transition.from);
    to->setProperty("stage", transition.to);
    m_transitions->setCellWidget(row, FromColumn, from);
    m_transitions->setCellWidget(row, ToColumn, to);
    m_transitions->setCellWidget(row, KindColumn, kind);
    m_transitions->setItem(row, RolesColumn, new QTableWidgetItem(transition.roles.join(u", ")));
    refreshStageCombos();
}

void WorkflowDialog::refreshStageCombos()
{
    for (int row = 0; row < m_transitions->rowCount(); ++row) {
        for (int column : {int(FromColumn), int(ToColumn)}) {
            auto* combo = qobject_cast<QComboBox*>(m_transitions->cellWidget(row, column));
            if (!combo)
                continue;
            const QString chosen =
                combo->count() > 0 ? combo->currentData().toString() : combo->property("stage").toString();
            combo->clear();
            for (int s = 0; s < m_stages->rowCount(); ++s) {
                const QString code =
                    m_stages->item(s, CodeColumn) ? m_stages->item(s, CodeColumn)->text() : QString();
                const QString label =
                    m_stages->item(s, LabelColumn) ? m_stages->item(s, LabelColumn)->text() : code;
                combo->addItem(label, code);
            }
            combo->setCurrentIndex(combo->findData(chosen));
        }
    }
}

void WorkflowDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_stages->rowCount())
        return;
    const Workflow edited = editedWorkflow();
    QList<Stage> stages = edited.stages;
    stages.swapItemsAt(row, target);
    m_stages->blockSignals(true);
    m_stages->setRowCount(0);
    for (const Stage& stage : std::as_const(stages))
        addStageRow(stage);
    m_stages->blockSignals(false);
    m_stages->selectRow(target);
    refreshStageCombos();
}

Workflow WorkflowDialog::editedWorkflow() const
{
    Workflow workflow;
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        Stage stage;
        const QTableWidgetItem* code = m_stages->item(row, CodeColumn);
        stage.code = code ? code->text().trimmed() : QString();
        stage.labels = code ? code->data(Qt::UserRole).value<Labels>() : Labels();
        if (const QTableWidgetItem* label = m_stages->item(row, LabelColumn))
            stage.labels.insert(m_language, label->text().trimmed());
        stage.position = row;
        if (auto* level = qobject_cast<QSpinBox*>(m_stages->cellWidget(row, LevelColumn)))
            stage.releaseLevel = level->value();
        if (QWidget* holder = m_stages->cellWidget(row, FourEyesColumn))
            if (auto* check = holder->findChild<QCheckBox*>())
                stage.fourEyes = check->isChecked();
        workflow.stages << stage;
    }
    for (int row = 0; row < m_transitions->rowCount(); ++row) {
        Transition t;
        if (auto* from = qobject_cast<QComboBox*>(m_transitions->cellWidget(row, FromColumn)))
            t.from = from->currentData().toString();
        if (auto* to = qobject_cast<QComboBox*>(m_transitions->cellWidget(row, ToColumn)))
            t.to = to->currentData().toString();
        if (auto* kind = qobject_cast<QComboBox*>(m_transitions->cellWidget(row, KindColumn)))
            t.kind = Transition::Kind(kind->currentData().toInt());
        if (const QTableWidgetItem* roles = m_transitions->item(row, RolesColumn)) {
            for (const QString& role : roles->text().split(u',', Qt::SkipEmptyParts))
                t.roles << role.trimmed();
        }
        workflow.transitions << t;
    }
    return workflow;
}

bool WorkflowDialog::saveWorkflow()
{
    if (!m_workspace)
        return false;
    const Workflow workflow = editedWorkflow();
    Status status = workflow.validate();
    if (status)
        status = m_workspace->saveWorkflow(workflow);
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    showMessage(tr("The workflow was saved."), false);
    fillLevels();
    return true;
}

void WorkflowDialog::fillLevels()
{
    m_levels->setRowCount(0);
    if (!m_workspace)
        return;
    const Workflow& workflow = m_workspace->workflow();
    for (const Channel& channel : m_workspace->catalog().channels) {
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        auto* name = new QTableWidgetItem(channel.label(m_language));
        name->setData(Qt::UserRole, channel.code);
        name->setFlags(Qt::ItemIsEnabled);
        m_levels->setItem(row, 0, name);
        auto* kind = new QTableWidgetItem(channel.kind);
        kind->setFlags(Qt::ItemIsEnabled);
        m_levels->setItem(row, 1, kind);
        auto* level = new QSpinBox(m_levels);
        level->setRange(0, qMax(workflow.maxReleaseLevel(), channel.requiredLevel));
        level->setValue(channel.requiredLevel);
        m_levels->setCellWidget(row, 2, level);
        auto* reached = new QTableWidgetItem;
        reached->setFlags(Qt::ItemIsEnabled);
        m_levels->setItem(row, 3, reached);
        auto describe = [this, reached](int value) {
            if (!m_workspace)
                return;
            for (const Stage& stage : m_workspace->workflow().stages) {
                if (stage.releaseLevel >= value) {
                    reached->setText(stage.label(m_language));
                    return;
                }
            }
            reached->setText(tr("no stage grants it"));
        };
        describe(channel.requiredLevel);
        connect(level, &QSpinBox::valueChanged, this, [describe](int value) { describe(value); });
    }
}

bool WorkflowDialog::saveLevels()
{
    if (!m_workspace)
        return false;
    int changed = 0;
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const QString code = m_levels->item(row, 0)->data(Qt::UserRole).toString();
        const Channel* channel = m_workspace->catalog().channel(code);
        auto* level = qobject_cast<QSpinBox*>(m_levels->cellWidget(row, 2));
        if (!channel || !level || channel->requiredLevel == level->value())
            continue;
        const Status status = m_workspace->setChannelLevel(code, level->value());
        if (!status) {
            showMessage(status.message(), true);
            return false;
        }
        ++changed;
    }
    showMessage(changed ? tr("%n channel level(s) saved.", nullptr, changed) : tr("Nothing changed."), false);
    fillLevels();
    return true;
}

} // namespace facet
