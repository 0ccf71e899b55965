// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/UsersDialog.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

UsersDialog::UsersDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_roles(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add User…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_reset(new QPushButton(tr("&Reset Password…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"usersDialog"_s);
    setWindowTitle(tr("Users"));
    m_table->setObjectName(u"userTable"_s);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Name"), tr("Roles"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_roles->setObjectName(u"userRoles"_s);
    m_roles->setMaximumWidth(220);
    m_add->setObjectName(u"addUserButton"_s);
    m_disable->setObjectName(u"disableUserButton"_s);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_message->setObjectName(u"usersMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* rolesBox = new QVBoxLayout;
    rolesBox->addWidget(new QLabel(tr("<b>Roles</b> of the selected user"), this));
    rolesBox->addWidget(m_roles, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(rolesBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUserInteractively);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPasswordInteractively);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::onSelectionChanged);
    connect(m_roles, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filling)
            setRole(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    reload();
    resize(860, 520);
}

QString UsersDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString UsersDialog::selectedUser() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void UsersDialog::selectUser(const QString& name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == name) {
            m_table->selectRow(row);
            return;
        }
    }
}

void UsersDialog::reload()
{
    if (!m_workspace)
        return;
    const QString selected = selectedUser();
    const Catalog& catalog = m_workspace->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    QHash<QString, QString> roleLabels;
    for (const Role& role : m_workspace->roles())
        roleLabels.insert(role.code, role.label(language));
    const QList<User> users = m_workspace->users();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User& user = users.at(row);
        QStringList roles;
        for (const QString& code : user.roles)
            roles << roleLabels.value(code, code);
        m_table->setItem(row, 0, new QTableWidgetItem(user.name));
        m_table->setItem(row, 1, new QTableWidgetItem(user.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(roles.join(u", ")));
        auto* status = new QTableWidgetItem(user.disabled ? tr("Disabled") : tr("Active"));
        if (user.disabled)
            status->setForeground(editorPalette::error(m_table));
        m_table->setItem(row, 3, status);
    }
    if (!selected.isEmpty())
        selectUser(selected);
    else if (!users.isEmpty())
        m_table->selectRow(0);
    onSelectionChanged();
}

void UsersDialog::onSelectionChanged()
{
    m_filling = true;
    m_roles->clear();
    const std::optional<User> user = m_workspace ? m_workspace->user(selectedUser()) : std::nullopt;
    const bool may = m_workspace && m_workspace->session().can(Permission::ManageUsers);
    m_add->setEnabled(may);
    m_disable->setEnabled(may && user);
    m_reset->setEnabled(may && user);
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    if (user && m_workspace) {
        const Catalog& catalog = m_workspace->catalog();
        const QString language =
            catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
        for (const Role& role : m_workspace->roles()) {
            auto* item = new QListWidgetItem(role.label(language), m_roles);
            item->setData(Qt::UserRole, role.code);
            item->setFlags(may ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
            item->setCheckState(user->roles.contains(role.code) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
}

bool UsersDialog::report(const Status& status, const QString& success)
{
    m_message->setText(status ? success : status.message());
    editorPalette::setTextColor(m_message,
                                status ? editorPalette::success(m_message) : editorPalette::error(m_message));
    m_message->show();
    reload();
    return status.isOk();
}

bool UsersDialog::addUser(const QString& name, const QString& displayName, const QString& password,
                          const QString& role)
{
    if (!m_workspace)
        return false;
    User user;
    user.name = name.trimmed();
    user.displayName = displayName.trimmed();
    if (!role.isEmpty())
        user.roles << role;
    const bool ok = report(m_workspace->addUser(user, password), tr("%1 was added.").arg(user.name));
    if (ok)
        selectUser(user.name);
    return ok;
}

bool UsersDialog::toggleDisabled()
{
    const std::optional<User> user = m_workspace ? m_workspace->user(selectedUser()) : std::nullopt;
    if (!user)
        return false;
    const bool disable = !user->disabled;
    return report(m_workspace->setUserDisabled(user->name, disable),
                  disable ? tr("%1 can no longer sign in.").arg(user->name)
                          : tr("%1 can sign in again.").arg(user->name));
}

bool UsersDialog::resetPassword(const QString& password)
{
    const QString name = selectedUser();
    if (!m_workspace || name.isEmpty())
        return false;
    return report(m_workspace->changePassword(name, password),
                  tr("The password of %1 was changed.").arg(name));
}

bool UsersDialog::setRole(const QString& role, bool granted)
{
    const QString name = selectedUser();
    if (!m_workspace || name.isEmpty())
        return false;
    const Status status = granted ? m_workspace->grantRole(name, role) : m_workspace->revokeRole(name, role);
    return report(status, granted ? tr("%1 now holds the role %2.").arg(name, role)
                                  : tr("%1 no longer holds the role %2.").arg(name, role));
}

void UsersDialog::addUserInteractively()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add User"));
    auto* name = new QLineEdit(&dialog);
    auto* display = new QLineEdit(&dialog);
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto* role = new QComboBox(&dialog);
    const Catalog& catalog = m_workspace->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    for (const Role& r : m_workspace->roles())
        role->addItem(r.label(language), r.code);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Sign-in &name:"), name);
    form->addRow(tr("&Full name:"), display);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("&Role:"), role);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addUser(name->text(), display->text(), password->text(), role->currentData().toString());
}

void UsersDialog::resetPasswordInteractively()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset Password"), tr("New password for %1:").arg(name),
                              QLineEdit::Password, QString(), &ok);
    if (ok)
        resetPassword(password);
}

} // namespace facet
