// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/PermissionMatrixDialog.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace facet {

using namespace Qt::StringLiterals;

namespace {
const auto All = u"*"_s;

template <typename T> bool sameSet(QList<T> a, QList<T> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    return a == b;
}

// Rows come in the matrix's order, not the stored one: only what is ticked counts.
bool sameGrants(const Role& a, const Role& b)
{
    return sameSet(a.permissions, b.permissions) && sameSet(a.editGroups, b.editGroups) &&
           sameSet(a.publishChannels, b.publishChannels);
}
} // namespace

PermissionMatrixDialog::PermissionMatrixDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"permissionMatrix"_s);
    setWindowTitle(tr("Roles and Permissions"));
    m_table->setObjectName(u"permissionTable"_s);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_message->setObjectName(u"permissionMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* intro =
        new QLabel(tr("Tick what each role may do. A user holds one or more roles and may do what any "
                      "of them allows; the workspace enforces this for every change, whatever the "
                      "window shows."),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePermissions"_s);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &PermissionMatrixDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fill();
    resize(1000, 760);
}

void PermissionMatrixDialog::fill()
{
    m_table->clear();
    m_keys.clear();
    m_table->setRowCount(0);
    if (!m_workspace)
        return;
    const Catalog& catalog = m_workspace->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    m_roles = m_workspace->roles();
    m_workflow = m_workspace->workflow();
    m_table->setColumnCount(int(m_roles.size()));
    QStringList headers;
    for (const Role& role : std::as_const(m_roles))
        headers << role.label(language);
    m_table->setHorizontalHeaderLabels(headers);

    addSection(tr("May"));
    for (Permission p : permissions::all())
        addRow(u"permission:"_s + permissions::id(p), permissions::label(p), permissions::id(p),
               [p](const Role& r) { return r.has(p); });
    addSection(tr("May edit attribute groups"));
    addRow(u"group:*"_s, tr("Every group"), tr("Also groups added later"),
           [](const Role& r) { return r.editGroups.contains(All); });
    for (const AttributeGroup& group : catalog.groups)
        addRow(u"group:"_s + group.code, group.label(language), group.code,
               [code = group.code](const Role& r) { return r.editGroups.contains(code); });
    addSection(tr("May publish to channels"));
    addRow(u"channel:*"_s, tr("Every channel"), tr("Also channels added later"),
           [](const Role& r) { return r.publishChannels.contains(All); });
    for (const Channel& channel : catalog.channels)
        addRow(u"channel:"_s + channel.code, channel.label(language), channel.code,
               [code = channel.code](const Role& r) { return r.publishChannels.contains(code); });
    addSection(tr("May take workflow transitions"));
    auto stageLabel = [&](const QString& code) {
        const Stage* s = m_workflow.stage(code);
        return s ? s->label(language) : code;
    };
    for (qsizetype i = 0; i < m_workflow.transitions.size(); ++i) {
        const Transition& t = m_workflow.transitions.at(i);
        const QString label = t.kind == Transition::Kind::Approve
                                  ? tr("Approve: %1 → %2").arg(stageLabel(t.from), stageLabel(t.to))
                                  : tr("Send back: %1 → %2").arg(stageLabel(t.from), stageLabel(t.to));
        addRow(u"transition:%1"_s.arg(i), label, QString(),
               [roles = t.roles](const Role& r) { return roles.contains(r.code); });
    }
}

void PermissionMatrixDialog::addSection(const QString& title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* header = new QTableWidgetItem(title);
    QFont font = header->font();
    font.setBold(true);
    header->setFont(font);
    m_table->setVerticalHeaderItem(row, header);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        auto* item = new QTableWidgetItem;
        item->setFlags(Qt::NoItemFlags);
        item->setBackground(palette().alternateBase());
        m_table->setItem(row, c, item);
    }
    m_keys << QString();
}

void PermissionMatrixDialog::addRow(const QString& key, const QString& label, const QString& toolTip,
                                    const std::function<bool(const Role&)>& checked)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* header = new QTableWidgetItem(u"   "_s + label);
    header->setToolTip(toolTip);
    m_table->setVerticalHeaderItem(row, header);
    for (int c = 0; c < m_roles.size(); ++c) {
        auto* item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked(m_roles.at(c)) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, key);
        item->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, c, item);
    }
    m_keys << key;
}

int PermissionMatrixDialog::rowOf(const QString& key) const
{
    return int(m_keys.indexOf(key));
}

int PermissionMatrixDialog::columnOf(const QString& role) const
{
    for (int c = 0; c < m_roles.size(); ++c)
        if (m_roles.at(c).code == role)
            return c;
    return -1;
}

void PermissionMatrixDialog::setChecked(const QString& key, const QString& role, bool checked)
{
    if (QTableWidgetItem* item = m_table->item(rowOf(key), columnOf(role)))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool PermissionMatrixDialog::isChecked(const QString& key, const QString& role) const
{
    const QTableWidgetItem* item = m_table->item(rowOf(key), columnOf(role));
    return item && item->checkState() == Qt::Checked;
}

QString PermissionMatrixDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PermissionMatrixDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    editorPalette::setTextColor(m_message,
                                error ? editorPalette::error(m_message) : editorPalette::success(m_message));
    m_message->show();
}

bool PermissionMatrixDialog::save()
{
    if (!m_workspace)
        return false;
    Workflow workflow = m_workflow;
    for (Transition& t : workflow.transitions)
        t.roles.clear();
    QList<Role> changed;
    for (int c = 0; c < m_roles.size(); ++c) {
        Role role = m_roles.at(c);
        role.permissions.clear();
        role.editGroups.clear();
        role.publishChannels.clear();
        for (int row = 0; row < m_keys.size(); ++row) {
            const QString& key = m_keys.at(row);
            const QTableWidgetItem* item = m_table->item(row, c);
            if (key.isEmpty() || !item || item->checkState() != Qt::Checked)
                continue;
            const QString value = key.section(u':', 1);
            if (key.startsWith(u"permission:")) {
                if (const auto p = permissions::fromId(value))
                    role.permissions << *p;
            } else if (key.startsWith(u"group:")) {
                role.editGroups << value;
            } else if (key.startsWith(u"channel:")) {
                role.publishChannels << value;
            } else if (key.startsWith(u"transition:")) {
                workflow.transitions[value.toInt()].roles << role.code;
            }
        }
        if (!sameGrants(role, m_roles.at(c)))
            changed << role;
    }
    for (qsizetype i = 0; i < workflow.transitions.size(); ++i) {
        // Keep the stored order of roles where nothing changed, so an untouched transition compares equal.
        QStringList& roles = workflow.transitions[i].roles;
        const QStringList& before = m_workflow.transitions.at(i).roles;
        if (sameSet(roles, before))
            roles = before;
    }
    for (const Role& role : std::as_const(changed)) {
        const Status status = m_workspace->saveRole(role);
        if (!status) {
            showMessage(status.message(), true);
            return false;
        }
    }
    const bool workflowChanged = !(workflow == m_workflow);
    if (workflowChanged) {
        const Status status = m_workspace->saveWorkflow(workflow);
        if (!status) {
            showMessage(status.message(), true);
            return false;
        }
    }
    m_roles = m_workspace->roles();
    m_workflow = m_workspace->workflow();
    showMessage(changed.isEmpty() && !workflowChanged
                    ? tr("Nothing changed.")
                    : tr("Saved: %n role(s) changed.", nullptr, int(changed.size())),
                false);
    return true;
}

} // namespace facet
