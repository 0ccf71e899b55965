// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/Publication.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QTimer;
class QToolButton;

namespace facet {

class PublicationHistoryWindow;
class PublishDialog;
class PublishTargetsDialog;
class PublishingRun;
class SchedulesDialog;
class Workspace;
class WorkspaceSession;

// The workbench's publishing: the Publish menu and its windows, the targets entry of the Admin menu, and
// the background publishing of what is due (schedules, the automatic queue) every minute and right after
// an approval, while the signed-in user may publish. A background run tells its result in the status bar
// for a moment; a failure leaves a notice in the status bar, never a dialog nobody asked for.
class PublishingActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int DueIntervalMs = 60000;
    // After an approval: soon, but once for a burst of decisions.
    static constexpr int AfterApprovalMs = 1500;

    PublishingActions(QMainWindow* window, WorkspaceSession* session);
    ~PublishingActions() override;

    QMenu* addMenu(QMenuBar* menuBar);
    QAction* publishAction() const { return m_publish; }
    QAction* targetsAction() const { return m_targets; }
    // Follows the session: enables and shows what the signed-in user may use.
    void updateActions();

    PublishDialog* showPublishDialog();
    PublicationHistoryWindow* showHistory();
    SchedulesDialog* showSchedules();
    PublishTargetsDialog* showTargets();
    PublishDialog* publishDialog() const;
    PublicationHistoryWindow* historyWindow() const;

    // Runs what is due now on a worker, when anything is and the user may publish; false if nothing started.
    bool publishDue();
    bool isPublishingDue() const;
    // Whether the timer runs at all (tests and the screenshot tour turn it off).
    void setAutomaticEnabled(bool enabled);
    QString lastNotice() const { return m_notice; }

Q_SIGNALS:
    void recordRequested(const QString& sku);
    // Publications were recorded through another connection: views of the history reload.
    void publicationsRecorded();
    void duePublished(const QList<Publication>& publications, const Status& status);

private:
    void onWorkspaceChanged(Workspace* workspace);
    void onDuePublished(const QList<Publication>& publications, const Status& status);
    void showNotice(const QString& text);
    bool anythingDue() const;
    Workspace* workspace() const;

    QMainWindow* m_window;
    WorkspaceSession* m_session;
    QAction* m_publish;
    QAction* m_historyAction;
    QAction* m_schedulesAction;
    QAction* m_deadLettersAction;
    QAction* m_targets;
    QTimer* m_timer;
    QTimer* m_soon;
    QToolButton* m_noticeButton;
    QPointer<PublishingRun> m_run;
    QPointer<PublishDialog> m_dialog;
    QPointer<PublicationHistoryWindow> m_history;
    QPointer<SchedulesDialog> m_schedulesDialog;
    QPointer<PublishTargetsDialog> m_targetsDialog;
    QString m_notice;
    bool m_automatic = true;
};

} // namespace facet
