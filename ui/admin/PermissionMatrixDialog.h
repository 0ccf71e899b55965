// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Role.h"
#include "models/workflow/Workflow.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace facet {

class Workspace;

// The permission matrix: one column per role, one row per thing a role may be allowed (the permissions,
// each attribute group it may edit, each channel it may publish, each workflow transition it may take),
// edited by checkboxes. Saving writes the roles and, when transitions changed, the workflow; the workspace
// checks ManageRoles and ManageWorkflow itself. Reachable by objectName: "permissionMatrix",
// "permissionTable" (cell items carry the row key in Qt::UserRole), "permissionMessage".
class PermissionMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermissionMatrixDialog(Workspace* workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The row of a key: "permission:manage-users", "group:marketing", "group:*", "channel:web",
    // "transition:<index>"; -1 if there is none.
    int rowOf(const QString& key) const;
    int columnOf(const QString& role) const;
    void setChecked(const QString& key, const QString& role, bool checked);
    bool isChecked(const QString& key, const QString& role) const;
    // Writes what changed; false (with the reason shown) when the workspace refused.
    bool save();
    QString message() const;

private:
    void fill();
    void addSection(const QString& title);
    void addRow(const QString& key, const QString& label, const QString& toolTip,
                const std::function<bool(const Role&)>& checked);
    void showMessage(const QString& text, bool error);

    QPointer<Workspace> m_workspace;
    QList<Role> m_roles;
    Workflow m_workflow;
    QTableWidget* m_table;
    QLabel* m_message;
    QStringList m_keys; // per row; empty for section headings
};

} // namespace facet
