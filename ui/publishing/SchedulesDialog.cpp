// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/SchedulesDialog.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/publishing/PublishTargetTree.h"
#include "ui/publishing/PublishingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace facet {

namespace {
enum Column {
    ReachColumn,
    NotBeforeColumn,
    RecurrenceColumn,
    NextRunColumn,
    EnabledColumn,
    CreatedByColumn,
    Columns
};
const QString EveryMinutes = QStringLiteral("every");
} // namespace

SchedulesDialog::SchedulesDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, Columns, this))
    , m_tree(new PublishTargetTree(this))
    , m_notBeforeEnabled(new QCheckBox(tr("Not before"), this))
    , m_notBefore(new QDateTimeEdit(this))
    , m_recurrence(new QComboBox(this))
    , m_everyMinutes(new QSpinBox(this))
    , m_add(new QPushButton(tr("&Add Schedule"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulesDialog"));
    setWindowTitle(tr("Publication Schedules"));
    resize(1060, 680);

    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Reaches"), tr("Not before"), tr("Repeats"), tr("Next run"), tr("Enabled"), tr("Created by")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReachColumn, QHeaderView::Stretch);
    m_remove->setObjectName(QStringLiteral("scheduleRemoveButton"));
    m_toggle->setObjectName(QStringLiteral("scheduleToggleButton"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addStretch();
    rowButtons->addWidget(m_toggle);
    rowButtons->addWidget(m_remove);

    // The form for a new schedule: what it reaches on the left, when on the right.
    m_tree->setObjectName(QStringLiteral("scheduleTargetTree"));
    m_tree->setToolTip(tr("Check whole channels (every target they have, also ones added later) or single "
                          "targets"));
    m_notBeforeEnabled->setObjectName(QStringLiteral("scheduleNotBeforeEnabled"));
    m_notBeforeEnabled->setToolTip(tr("An embargo: nothing is published before this time. Unchecked, the "
                                      "schedule starts now."));
    m_notBefore->setObjectName(QStringLiteral("scheduleNotBefore"));
    m_notBefore->setCalendarPopup(true);
    m_notBefore->setTimeZone(QTimeZone::LocalTime);
    m_notBefore->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at six in the morning: a typical release time, never in the past.
    m_notBefore->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(6, 0)));
    m_notBefore->setEnabled(false);
    connect(m_notBeforeEnabled, &QCheckBox::toggled, m_notBefore, &QWidget::setEnabled);
    m_recurrence->setObjectName(QStringLiteral("scheduleRecurrence"));
    m_recurrence->addItem(tr("Once"), QString());
    m_recurrence->addItem(tr("Hourly"), QStringLiteral("hourly"));
    m_recurrence->addItem(tr("Daily"), QStringLiteral("daily"));
    m_recurrence->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_recurrence->addItem(tr("Every N minutes"), EveryMinutes);
    m_everyMinutes->setObjectName(QStringLiteral("scheduleEveryMinutes"));
    m_everyMinutes->setRange(1, 7 * 24 * 60);
    m_everyMinutes->setValue(30);
    m_everyMinutes->setSuffix(tr(" minutes"));
    m_everyMinutes->setEnabled(false);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this,
            [this] { m_everyMinutes->setEnabled(m_recurrence->currentData().toString() == EveryMinutes); });
    m_add->setObjectName(QStringLiteral("scheduleAddButton"));
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setWordWrap(true);

    auto* when = new QFormLayout;
    auto* notBeforeRow = new QHBoxLayout;
    notBeforeRow->addWidget(m_notBeforeEnabled);
    notBeforeRow->addWidget(m_notBefore, 1);
    when->addRow(tr("Embargo:"), notBeforeRow);
    auto* repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_recurrence, 1);
    repeatRow->addWidget(m_everyMinutes);
    when->addRow(tr("Repeats:"), repeatRow);
    auto* zone = new QLabel(tr("Times are local (%1); they are stored in UTC.")
                                .arg(QDateTime::currentDateTime().timeZoneAbbreviation()),
                            this);
    zone->setWordWrap(true);
    editorPalette::setTextColor(zone, editorPalette::muted(zone));
    editorPalette::makeSmall(zone);
    auto* right = new QVBoxLayout;
    right->addLayout(when);
    right->addWidget(zone);
    right->addStretch();
    right->addWidget(m_message);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    right->addLayout(addRow);
    auto* formBox = new QGroupBox(tr("New schedule"), this);
    auto* formLayout = new QHBoxLayout(formBox);
    formLayout->addWidget(m_tree, 3);
    formLayout->addLayout(right, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Scheduled publications"), this));
    layout->addWidget(m_table, 2);
    layout->addLayout(rowButtons);
    layout->addWidget(formBox, 3);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &SchedulesDialog::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &SchedulesDialog::removeSelected);
    connect(m_toggle, &QPushButton::clicked, this, &SchedulesDialog::toggleSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulesDialog::updateButtons);
    if (workspace) {
        m_tree->populate(*workspace, false);
        connect(workspace, &Workspace::publicationsChanged, this, &SchedulesDialog::refresh);
    }
    refresh();
}

void SchedulesDialog::refresh()
{
    const int selected = selectedRow();
    const qint64 selectedId = selected >= 0 ? m_schedules.at(selected).id : 0;
    m_schedules = m_workspace ? m_workspace->schedules() : QList<PublicationSchedule>();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const PublicationSchedule& s : std::as_const(m_schedules)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString reach;
        if (!s.targets.isEmpty()) {
            reach = tr("Targets: %1").arg(s.targets.join(QStringLiteral(", ")));
        } else if (!s.channels.isEmpty()) {
            QStringList labels;
            for (const QString& c : s.channels)
                labels << PublishingText::channelLabel(m_workspace->catalog(), c);
            reach = tr("Channels: %1").arg(labels.join(QStringLiteral(", ")));
        } else {
            reach = tr("Every channel");
        }
        m_table->setItem(row, ReachColumn, new QTableWidgetItem(reach));
        m_table->item(row, ReachColumn)->setToolTip(reach);
        m_table->setItem(
            row, NotBeforeColumn,
            new QTableWidgetItem(s.notBefore.isValid() ? PublishingText::localTime(s.notBefore) : tr("—")));
        QString recurrence = s.recurrence;
        if (recurrence.isEmpty())
            recurrence = tr("once");
        else if (recurrence == u"hourly")
            recurrence = tr("hourly");
        else if (recurrence == u"daily")
            recurrence = tr("daily");
        else if (recurrence == u"weekly")
            recurrence = tr("weekly");
        m_table->setItem(row, RecurrenceColumn, new QTableWidgetItem(recurrence));
        m_table->setItem(
            row, NextRunColumn,
            new QTableWidgetItem(s.nextRun.isValid() ? PublishingText::localTime(s.nextRun) : tr("done")));
        m_table->setItem(row, EnabledColumn, new QTableWidgetItem(s.enabled ? tr("yes") : tr("no")));
        m_table->setItem(row, CreatedByColumn, new QTableWidgetItem(s.createdBy));
        if (s.id == selectedId)
            m_table->selectRow(row);
    }
    updateButtons();
}

int SchedulesDialog::selectedRow() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row < m_schedules.size() ? row : -1;
}

void SchedulesDialog::updateButtons()
{
    const int row = selectedRow();
    const bool acting = m_workspace && m_workspace->session().canAct();
    m_remove->setEnabled(acting && row >= 0);
    m_toggle->setEnabled(acting && row >= 0);
    m_toggle->setText(row >= 0 && !m_schedules.at(row).enabled ? tr("&Enable") : tr("&Disable"));
    m_add->setEnabled(acting);
}

std::optional<PublicationSchedule> SchedulesDialog::scheduleFromForm(QString* message) const
{
    PublicationSchedule schedule;
    // Whole channels stay whole (a target added later is included); a channel checked in part lists its
    // targets, and then every checked target is listed, since a schedule names channels or targets.
    if (m_tree->hasPartlyCheckedChannel())
        schedule.targets = m_tree->checkedTargets();
    else
        schedule.channels = m_tree->fullyCheckedChannels();
    if (schedule.targets.isEmpty() && schedule.channels.isEmpty()) {
        *message = tr("Check at least one channel or target to publish.");
        return std::nullopt;
    }
    const QString recurrence = m_recurrence->currentData().toString();
    schedule.recurrence = recurrence == EveryMinutes
                              ? QStringLiteral("every %1 minutes").arg(m_everyMinutes->value())
                              : recurrence;
    if (m_notBeforeEnabled->isChecked()) {
        const QDateTime local = m_notBefore->dateTime();
        if (local <= QDateTime::currentDateTime() && recurrence.isEmpty()) {
            *message = tr("The embargo %1 has passed: a one-off schedule would run at once. Pick a later "
                          "time, or uncheck “Not before” to publish now.")
                           .arg(QLocale().toString(local, QLocale::ShortFormat));
            return std::nullopt;
        }
        schedule.notBefore = local.toUTC();
    }
    return schedule;
}

bool SchedulesDialog::addFromForm()
{
    if (!m_workspace)
        return false;
    QString text;
    const auto schedule = scheduleFromForm(&text);
    if (!schedule) {
        showMessage(text, true);
        return false;
    }
    Status status;
    const auto id = m_workspace->saveSchedule(*schedule, &status);
    if (!id) {
        showMessage(status.message(), true);
        return false;
    }
    refresh();
    for (int row = 0; row < m_schedules.size(); ++row)
        if (m_schedules.at(row).id == *id)
            m_table->selectRow(row);
    const auto saved = std::find_if(m_schedules.cbegin(), m_schedules.cend(),
                                    [&](const PublicationSchedule& s) { return s.id == *id; });
    showMessage(saved != m_schedules.cend() && saved->nextRun.isValid()
                    ? tr("Scheduled: first run %1.").arg(PublishingText::localTime(saved->nextRun))
                    : tr("Scheduled."),
                false);
    return true;
}

bool SchedulesDialog::removeSelected()
{
    const int row = selectedRow();
    if (!m_workspace || row < 0)
        return false;
    const Status status = m_workspace->removeSchedule(m_schedules.at(row).id);
    showMessage(status ? tr("Removed.") : status.message(), !status);
    refresh();
    return status.isOk();
}

bool SchedulesDialog::toggleSelected()
{
    const int row = selectedRow();
    if (!m_workspace || row < 0)
        return false;
    PublicationSchedule schedule = m_schedules.at(row);
    schedule.enabled = !schedule.enabled;
    Status status;
    const bool saved = m_workspace->saveSchedule(schedule, &status).has_value();
    showMessage(
        saved ? (schedule.enabled ? tr("Enabled.") : tr("Disabled: it will not run until enabled again."))
              : status.message(),
        !saved);
    refresh();
    return saved;
}

void SchedulesDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    editorPalette::setTextColor(m_message,
                                error ? editorPalette::error(m_message) : editorPalette::success(m_message));
}

QString SchedulesDialog::message() const
{
    return m_message->text();
}

} // namespace facet
