// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/publishing/PublicationSchedule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace facet {

class PublishTargetTree;
class Workspace;

// Publications planned ahead: what they reach, the embargo ("not before", edited in local time and stored
// in UTC), how they recur and when they run next; added, removed, enabled and disabled here. The
// workbench's timer and `facetctl publish --due` run them. Reachable by objectName: "schedulesDialog",
// "scheduleTable", "scheduleTargetTree", "scheduleNotBeforeEnabled", "scheduleNotBefore",
// "scheduleRecurrence", "scheduleEveryMinutes", "scheduleAddButton", "scheduleRemoveButton",
// "scheduleToggleButton", "scheduleMessage".
class SchedulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulesDialog(Workspace* workspace, QWidget* parent = nullptr);

    void refresh();
    QList<PublicationSchedule> schedules() const { return m_schedules; }
    PublishTargetTree* targetTree() const { return m_tree; }
    // The schedule the form describes; a message (and no schedule) when it is not valid.
    std::optional<PublicationSchedule> scheduleFromForm(QString* message) const;
    // Adds the form's schedule; false with the reason shown.
    bool addFromForm();
    bool removeSelected();
    bool toggleSelected();
    QString message() const;

private:
    void showMessage(const QString& text, bool error);
    void updateButtons();
    int selectedRow() const;

    QPointer<Workspace> m_workspace;
    QList<PublicationSchedule> m_schedules;
    QTableWidget* m_table;
    PublishTargetTree* m_tree;
    QCheckBox* m_notBeforeEnabled;
    QDateTimeEdit* m_notBefore;
    QComboBox* m_recurrence;
    QSpinBox* m_everyMinutes;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_toggle;
    QLabel* m_message;
};

} // namespace facet
