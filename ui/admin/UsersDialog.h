// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace facet {

class Workspace;

// The workspace's users: add one, disable or enable, reset a password, and the roles each holds (ticked in
// the list beside). Every change goes through the workspace, which checks ManageUsers and audits it.
// Reachable by objectName: "usersDialog", "userTable", "userRoles", "addUserButton", "disableUserButton",
// "resetPasswordButton", "usersMessage".
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Workspace* workspace, QWidget* parent = nullptr);

    void selectUser(const QString& name);
    QString selectedUser() const;
    // What the buttons do without their dialogs; false (with the reason shown) when refused.
    bool addUser(const QString& name, const QString& displayName, const QString& password,
                 const QString& role);
    bool toggleDisabled();
    bool resetPassword(const QString& password);
    bool setRole(const QString& role, bool granted);
    QString message() const;

private:
    void reload();
    void onSelectionChanged();
    void addUserInteractively();
    void resetPasswordInteractively();
    bool report(const Status& status, const QString& success);

    QPointer<Workspace> m_workspace;
    QTableWidget* m_table;
    QListWidget* m_roles;
    QPushButton* m_add;
    QPushButton* m_disable;
    QPushButton* m_reset;
    QLabel* m_message;
    bool m_filling = false;
};

} // namespace facet
