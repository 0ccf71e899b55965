// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/Workflow.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace facet {

class Workspace;

// The workflow as data: stages in order with their release level and four-eyes flag, the transitions
// between them with the roles allowed on each; and, on a second tab, each channel's required release level.
// The workspace validates and refuses a broken workflow with a message naming the problem, and checks
// ManageWorkflow / ManageChannels. Reachable by objectName: "workflowDialog", "stageTable",
// "transitionTable", "channelLevelTable", "workflowMessage", "saveWorkflowButton", "saveLevelsButton".
class WorkflowDialog : public QDialog
{
    Q_OBJECT

public:
    enum StageColumn { CodeColumn, LabelColumn, LevelColumn, FourEyesColumn };
    enum TransitionColumn { FromColumn, ToColumn, KindColumn, RolesColumn };

    explicit WorkflowDialog(Workspace* workspace, QWidget* parent = nullptr);

    // The workflow the tables describe now.
    Workflow editedWorkflow() const;
    bool saveWorkflow();
    bool saveLevels();
    void showChannelLevels();
    QTableWidget* stageTable() const { return m_stages; }
    QTableWidget* transitionTable() const { return m_transitions; }
    QTableWidget* channelLevelTable() const { return m_levels; }
    QString message() const;

private:
    void fill();
    void fillLevels();
    void addStageRow(const Stage& stage);
    void addTransitionRow(const Transition& transition);
    void moveStage(int delta);
    void refreshStageCombos();
    void showMessage(const QString& text, bool error);
    QWidget* stagesPage();
    QWidget* levelsPage();

    QPointer<Workspace> m_workspace;
    QString m_language;
    QTabWidget* m_tabs;
    QTableWidget* m_stages;
    QTableWidget* m_transitions;
    QTableWidget* m_levels;
    QLabel* m_message;
};

} // namespace facet
