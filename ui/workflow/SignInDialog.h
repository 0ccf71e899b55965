// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace facet {

class Workspace;

// Asks who is working on a workspace that has users. A failed attempt says why (wrong password, disabled,
// throttled and for how long) and changes nothing: the dialog stays, the session stays as it was.
// Reachable by objectName: "signInDialog", "signInUser", "signInPassword", "signInMessage".
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace* workspace, QWidget* parent = nullptr);

    void setUserName(const QString& name);
    // Tries the name and password typed; true once signed in (the dialog is then accepted).
    bool trySignIn();
    QString message() const;

private:
    QPointer<Workspace> m_workspace;
    QComboBox* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace facet
