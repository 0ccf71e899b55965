// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/SignInDialog.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In"));
    m_user->setObjectName(u"signInUser"_s);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setMinimumContentsLength(18);
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    if (workspace) {
        for (const User& user : workspace->users()) {
            if (user.disabled)
                continue;
            m_user->addItem(u"%1 — %2"_s.arg(user.name, user.shownName()), user.name);
        }
        const QString current =
            workspace->session().isSignedIn() ? workspace->session().userName() : QString();
        m_user->setCurrentIndex(current.isEmpty() ? -1 : m_user->findData(current));
    }

    auto* heading = new QLabel(
        tr("<b>%1</b> has users. Sign in to edit, submit and review; without signing in you can only look.")
            .arg(workspace ? QFileInfo(workspace->path()).fileName().toHtmlEscaped() : QString()),
        this);
    heading->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    QPushButton* signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(u"signInButton"_s);
    signIn->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Look Only"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Browse the workspace without signing in"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_user->currentIndex() >= 0)
        m_password->setFocus();
}

void SignInDialog::setUserName(const QString& name)
{
    const int index = m_user->findData(name);
    if (index >= 0)
        m_user->setCurrentIndex(index);
    else
        m_user->setEditText(name);
}

QString SignInDialog::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

bool SignInDialog::trySignIn()
{
    if (!m_workspace)
        return false;
    // A name typed rather than picked has no item data: it counts as typed.
    const QString typed = m_user->currentText().trimmed();
    const int index = m_user->findText(typed);
    const QString name = index >= 0 ? m_user->itemData(index).toString() : typed.section(u' ', 0, 0);
    const QString password = m_password->text();
    m_password->clear();
    if (name.isEmpty()) {
        m_message->setText(tr("Choose who you are."));
    } else {
        const Status status = m_workspace->signIn(name, password);
        if (status) {
            accept();
            return true;
        }
        m_message->setText(status.message());
    }
    editorPalette::setTextColor(m_message, editorPalette::error(m_message));
    m_message->show();
    m_password->setFocus();
    return false;
}

} // namespace facet
