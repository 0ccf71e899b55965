// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishingActions.h"

#include "models/storage/Workspace.h"
#include "ui/publishing/DeadLettersView.h"
#include "ui/publishing/PublicationHistoryWindow.h"
#include "ui/publishing/PublishDialog.h"
#include "ui/publishing/PublishTargetsDialog.h"
#include "ui/publishing/PublishingRun.h"
#include "ui/publishing/SchedulesDialog.h"
#include "ui/shell/WorkspaceSession.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace facet {

PublishingActions::PublishingActions(QMainWindow* window, WorkspaceSession* session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_publish(new QAction(tr("&Publish…"), this))
    , m_historyAction(new QAction(tr("Publication &History…"), this))
    , m_schedulesAction(new QAction(tr("&Schedules…"), this))
    , m_deadLettersAction(new QAction(tr("&Dead Letters…"), this))
    , m_targets(new QAction(tr("Publishing &Targets…"), this))
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_noticeButton(new QToolButton(window))
{
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publish->setToolTip(tr("Publish approved content to the channels' targets"));
    m_historyAction->setObjectName(QStringLiteral("publicationHistoryAction"));
    m_schedulesAction->setObjectName(QStringLiteral("schedulesAction"));
    m_deadLettersAction->setObjectName(QStringLiteral("deadLettersAction"));
    m_targets->setObjectName(QStringLiteral("publishTargetsAction"));
    connect(m_publish, &QAction::triggered, this, [this] { showPublishDialog(); });
    connect(m_historyAction, &QAction::triggered, this, [this] { showHistory(); });
    connect(m_schedulesAction, &QAction::triggered, this, [this] { showSchedules(); });
    connect(m_deadLettersAction, &QAction::triggered, this, [this] {
        if (PublicationHistoryWindow* history = showHistory())
            history->showDeadLetters();
    });
    connect(m_targets, &QAction::triggered, this, [this] { showTargets(); });

    // A problem of a background run waits here until the user looks; it never interrupts with a dialog.
    m_noticeButton->setObjectName(QStringLiteral("publishingNotice"));
    m_noticeButton->setAutoRaise(true);
    m_noticeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_noticeButton->hide();
    window->statusBar()->addPermanentWidget(m_noticeButton);
    connect(m_noticeButton, &QToolButton::clicked, this, [this] {
        m_noticeButton->hide();
        showHistory();
    });

    m_timer->setInterval(DueIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PublishingActions::publishDue);
    m_soon->setSingleShot(true);
    m_soon->setInterval(AfterApprovalMs);
    connect(m_soon, &QTimer::timeout, this, &PublishingActions::publishDue);
    connect(session, &WorkspaceSession::workspaceChanged, this, &PublishingActions::onWorkspaceChanged);
    onWorkspaceChanged(session->workspace());
}

PublishingActions::~PublishingActions() = default;

PublishDialog* PublishingActions::publishDialog() const
{
    return m_dialog;
}

PublicationHistoryWindow* PublishingActions::historyWindow() const
{
    return m_history;
}

Workspace* PublishingActions::workspace() const
{
    return m_session->workspace();
}

QMenu* PublishingActions::addMenu(QMenuBar* menuBar)
{
    QMenu* menu = menuBar->addMenu(tr("P&ublish"));
    menu->setObjectName(QStringLiteral("publishMenu"));
    menu->addAction(m_publish);
    menu->addSeparator();
    menu->addAction(m_historyAction);
    menu->addAction(m_schedulesAction);
    menu->addAction(m_deadLettersAction);
    return menu;
}

void PublishingActions::onWorkspaceChanged(Workspace* workspace)
{
    // The windows show the workspace that is going away.
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_dialog, m_history, m_schedulesDialog, m_targetsDialog})
        if (w)
            w->close();
    delete m_run;
    m_noticeButton->hide();
    if (workspace) {
        connect(workspace, &Workspace::sessionChanged, this, &PublishingActions::updateActions);
        // An approval may queue automatic publications.
        connect(workspace, &Workspace::revisionsChanged, this, [this] {
            if (m_automatic)
                m_soon->start();
        });
    }
    updateActions();
}

void PublishingActions::updateActions()
{
    const Workspace* ws = workspace();
    m_publish->setEnabled(ws != nullptr);
    m_historyAction->setEnabled(ws != nullptr);
    m_schedulesAction->setEnabled(ws != nullptr);
    m_deadLettersAction->setEnabled(ws != nullptr);
    const Session session = ws ? ws->session() : Session();
    // Hidden rather than disabled, like the rest of the Admin menu.
    m_targets->setVisible(ws && session.canAct() && session.can(Permission::ManageChannels));
    if (m_automatic && ws)
        m_timer->start();
    else
        m_timer->stop();
}

void PublishingActions::setAutomaticEnabled(bool enabled)
{
    m_automatic = enabled;
    if (!enabled)
        m_soon->stop();
    updateActions();
}

PublishDialog* PublishingActions::showPublishDialog()
{
    if (!workspace())
        return nullptr;
    if (m_dialog && m_dialog->isRunning()) {
        m_dialog->raise();
        return m_dialog;
    }
    // A new dialog each time: it acts for whoever is signed in now.
    delete m_dialog;
    m_dialog = new PublishDialog(workspace(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PublishDialog::recordRequested, this, &PublishingActions::recordRequested);
    connect(m_dialog, &PublishDialog::publicationsRecorded, this, &PublishingActions::publicationsRecorded);
    m_dialog->show();
    return m_dialog;
}

PublicationHistoryWindow* PublishingActions::showHistory()
{
    if (!workspace())
        return nullptr;
    if (!m_history) {
        m_history = new PublicationHistoryWindow(workspace(), m_window);
        connect(m_history, &PublicationHistoryWindow::recordRequested, this,
                &PublishingActions::recordRequested);
        connect(this, &PublishingActions::publicationsRecorded, m_history, [this] {
            m_history->refresh();
            m_history->deadLetters()->refresh();
        });
    } else {
        m_history->refresh();
    }
    m_history->show();
    m_history->raise();
    return m_history;
}

SchedulesDialog* PublishingActions::showSchedules()
{
    if (!workspace())
        return nullptr;
    if (!m_schedulesDialog) {
        m_schedulesDialog = new SchedulesDialog(workspace(), m_window);
        m_schedulesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &PublishingActions::publicationsRecorded, m_schedulesDialog, &SchedulesDialog::refresh);
    }
    m_schedulesDialog->show();
    m_schedulesDialog->raise();
    return m_schedulesDialog;
}

PublishTargetsDialog* PublishingActions::showTargets()
{
    if (!workspace())
        return nullptr;
    if (!m_targetsDialog) {
        m_targetsDialog = new PublishTargetsDialog(workspace(), m_window);
        m_targetsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_targetsDialog->show();
    m_targetsDialog->raise();
    return m_targetsDialog;
}

bool PublishingActions::isPublishingDue() const
{
    return m_run && m_run->isRunning();
}

bool PublishingActions::anythingDue() const
{
    const Workspace* ws = workspace();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PublicationSchedule& s : ws->schedules())
        if (s.isDue(now))
            return true;
    // The queue itself is the worker's to read; an automatic target is what can fill it.
    for (const PublishTarget& t : ws->publishTargets())
        if (t.automatic && t.enabled)
            return true;
    return false;
}

bool PublishingActions::publishDue()
{
    Workspace* ws = workspace();
    if (!ws || isPublishingDue() || (m_dialog && m_dialog->isRunning()))
        return false;
    const Session& session = ws->session();
    if (!session.canAct())
        return false;
    bool mayPublish = false;
    for (const Channel& c : ws->catalog().channels)
        mayPublish = mayPublish || session.canPublish(c.code);
    if (!mayPublish || !anythingDue())
        return false;
    if (!m_run) {
        m_run = new PublishingRun(ws->path(), session, this);
        connect(m_run, &PublishingRun::published, this, &PublishingActions::onDuePublished);
    }
    return m_run->publishDue(QDateTime::currentDateTimeUtc());
}

void PublishingActions::onDuePublished(const QList<Publication>& publications, const Status& status)
{
    // The session may have changed meanwhile: the next run acts for whoever is signed in then.
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr;
    int written = 0;
    QStringList targets;
    QStringList failures;
    for (const Publication& p : publications) {
        written += p.written + p.withdrawn;
        if (!targets.contains(p.target))
            targets << p.target;
        if (p.status == Publication::Status::Failed || p.failed > 0)
            failures << tr("%1: %2").arg(p.target,
                                         p.message.isEmpty() ? tr("%Ln failed", "", p.failed) : p.message);
    }
    if (!publications.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Published %Ln renderings to %1", "", written).arg(targets.join(QStringLiteral(", "))), 8000);
        Q_EMIT publicationsRecorded();
    }
    if (!status)
        failures.prepend(status.message());
    if (!failures.isEmpty())
        showNotice(failures.join(u'\n'));
    Q_EMIT duePublished(publications, status);
}

void PublishingActions::showNotice(const QString& text)
{
    m_notice = text;
    m_noticeButton->setText(tr("⚠ Publishing problem"));
    m_noticeButton->setToolTip(tr("%1\n\nClick to open the publication history.").arg(text));
    m_noticeButton->show();
}

} // namespace facet
