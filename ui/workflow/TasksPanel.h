// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/Task.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace facet {

class Workspace;

// "My tasks" in the sidebar: the revisions waiting for one of the signed-in user's roles, grouped by stage
// with a count each. Activating a task asks for its review. Follows the workspace's signals, so a decision
// anywhere updates the list. Reachable by objectName: "tasksPanel", "taskTree", "taskTotal".
class TasksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void refresh();
    // Tasks waiting at a stage; all of them for an empty stage.
    int count(const QString& stage = {}) const;
    QList<Task> tasks() const { return m_tasks; }
    QTreeWidget* tree() const { return m_tree; }
    // Tall enough for a stage or two of tasks: the sidebar splitter starts from the hints, and the categories
    // above would otherwise leave the list three rows.
    QSize sizeHint() const override;

Q_SIGNALS:
    void reviewRequested(const QString& sku);

private:
    QPointer<Workspace> m_workspace;
    QLabel* m_total;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QList<Task> m_tasks;
};

} // namespace facet
