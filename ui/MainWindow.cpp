// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "models/exchange/AkeneoExporter.h"
#include "models/itemmodels/ProductListModel.h"
#include "models/storage/Workspace.h"
#include "ui/admin/AuditLogWindow.h"
#include "ui/admin/PermissionMatrixDialog.h"
#include "ui/admin/UsersDialog.h"
#include "ui/admin/WorkflowDialog.h"
#include "ui/assets/AssetBrowser.h"
#include "ui/editor/RecordEditor.h"
#include "ui/exchange/ImportWizard.h"
#include "ui/previews/PreviewPanel.h"
#include "ui/publishing/PublishingActions.h"
#include "ui/shell/CategoryPanel.h"
#include "ui/shell/ProductBrowser.h"
#include "ui/shell/RecentWorkspaces.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WorkspaceSession.h"
#include "ui/templates/TemplateEditorWindow.h"
#include "ui/workflow/HistoryWindow.h"
#include "ui/workflow/RecordStageBar.h"
#include "ui/workflow/ReviewWindow.h"
#include "ui/workflow/SignInDialog.h"
#include "ui/workflow/TasksPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

namespace {
const auto FileFilter = QT_TRANSLATE_NOOP("facet::MainWindow", "Facet workspaces (*.facet);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_recent(new RecentWorkspaces(this))
    , m_theme(new Theme(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_categories(new CategoryPanel(m_splitter))
    , m_browser(new ProductBrowser(m_splitter))
    , m_editor(new RecordEditor(m_splitter))
    , m_previews(new PreviewPanel(m_splitter))
    , m_assets(new AssetBrowser(this))
    , m_assetDock(new QDockWidget(tr("Asset library"), this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_tasks(new TasksPanel(this))
    , m_stageBar(new RecordStageBar(this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_theme->restore();

    m_editor->setObjectName(QStringLiteral("recordEditor"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(8);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setStretchFactor(3, 1);
    m_categories->setMinimumWidth(180);
    m_browser->setMinimumWidth(320);
    m_previews->setMinimumWidth(340);
    m_previews->attach(m_editor);
    // The sidebar: categories and saved filters above, what waits for the user below.
    auto* left = new QSplitter(Qt::Vertical, m_splitter);
    left->setObjectName(QStringLiteral("sidebarSplitter"));
    left->setChildrenCollapsible(false);
    m_splitter->insertWidget(0, left);
    left->addWidget(m_categories);
    left->addWidget(m_tasks);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    m_editor->addHeaderWidget(m_stageBar);
    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 4);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    // A dock below the editor, so assets can be dragged from the library onto a record's asset field.
    m_assetDock->setObjectName(QStringLiteral("assetDock"));
    m_assetDock->setWidget(m_assets);
    m_assetDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::BottomDockWidgetArea, m_assetDock);
    m_assetDock->hide();
    connect(m_assets, &AssetBrowser::openRecordRequested, this, &MainWindow::selectProduct);
    connect(m_assets, &AssetBrowser::errorOccurred, this, &MainWindow::showError);

    m_pathLabel->setObjectName(QStringLiteral("workspacePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(QStringLiteral("productCounts"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->hide();
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_session, &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &WorkspaceSession::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_browser, &ProductBrowser::currentSkuChanged, this, &MainWindow::onCurrentSkuChanged);
    connect(m_browser, &ProductBrowser::countsChanged, this, &MainWindow::updateCounts);
    connect(m_browser, &ProductBrowser::searchChanged, m_categories, &CategoryPanel::setCurrentSearch);
    connect(m_browser->model(), &ProductListModel::errorOccurred, this, &MainWindow::showError);
    connect(m_categories, &CategoryPanel::categoryChanged, m_browser, &ProductBrowser::setCategory);
    connect(m_categories, &CategoryPanel::searchRequested, m_browser, &ProductBrowser::setSearchText);
    connect(m_categories, &CategoryPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_editor, &RecordEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_tasks, &TasksPanel::reviewRequested, this, &MainWindow::showReview);
    connect(m_stageBar, &RecordStageBar::submitRequested, this, &MainWindow::submitInteractively);
    connect(m_stageBar, &RecordStageBar::reviewRequested, this,
            [this] { showReview(m_editor->currentSku()); });
    connect(m_stageBar, &RecordStageBar::historyRequested, this,
            [this] { showHistory(m_editor->currentSku()); });

    m_publishing = new PublishingActions(this, m_session);
    connect(m_publishing, &PublishingActions::recordRequested, this, &MainWindow::selectProduct);
    createActions();
    createMenus();
    restoreSettings();
    onWorkspaceChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // Let the views drop the workspace while they still exist.
    m_session->close();
}

Workspace* MainWindow::workspace() const
{
    return m_session->workspace();
}

bool MainWindow::maybeSaveEdits()
{
    return m_editor->maybeSave() && (!m_templateEditor || m_templateEditor->maybeSave());
}

bool MainWindow::openWorkspace(const QString& path)
{
    return maybeSaveEdits() && m_session->open(path);
}

bool MainWindow::createWorkspace(const QString& path)
{
    return maybeSaveEdits() && m_session->create(path);
}

bool MainWindow::createDemoWorkspace(const QString& path)
{
    if (m_session->isBusy() || !maybeSaveEdits())
        return false;
    // The file is about to be replaced: never while it is the one open.
    if (workspace() && QFileInfo(workspace()->path()) == QFileInfo(path))
        m_session->close();
    m_session->createDemo(path);
    return true;
}

void MainWindow::importAkeneoDialog()
{
    if (!workspace() || !maybeSaveEdits())
        return;
    const QString path = workspace()->path();
    ImportWizard wizard(path, workspace()->session(), this);
    wizard.exec();
    // The import wrote through its own connection: reopen so every view and the cached structure see it.
    if (wizard.workspaceChanged())
        m_session->reload();
}

void MainWindow::exportAkeneoDialog()
{
    if (!workspace() || !maybeSaveEdits())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Akeneo CSV To"));
    if (folder.isEmpty())
        return;
    const QString path = workspace()->path();
    auto* dialog = new QProgressDialog(tr("Exporting products…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(dialog, &QProgressDialog::canceled, dialog, [cancelled] { cancelled->store(true); });
    QPointer<QProgressDialog> progress(dialog);
    QPointer<MainWindow> self(this);
    // Its own connection on the worker thread: a Workspace belongs to the thread that opened it.
    (void)QtConcurrent::run([=] {
        Status status;
        ExportReport report;
        if (auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status)) {
            AkeneoExporter exporter(*ws);
            status = exporter.exportTo(folder, &report, [=](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    progress,
                    [=] {
                        if (progress) {
                            progress->setMaximum(int(total));
                            progress->setValue(int(done));
                        }
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        }
        QMetaObject::invokeMethod(
            self,
            [=] {
                if (progress)
                    progress->close();
                if (!self)
                    return;
                if (!status)
                    self->showError(status.message());
                else
                    self->statusBar()->showMessage(
                        tr("Exported %n product(s) and %1 media file(s) to %2", nullptr, int(report.products))
                            .arg(report.mediaFiles)
                            .arg(folder),
                        10000);
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::openLastWorkspace()
{
    const QString last = m_recent->last();
    return !last.isEmpty() && m_session->open(last);
}

void MainWindow::openDemo(const QString& path, bool rebuild)
{
    const QString target = path.isEmpty() ? WorkspaceSession::defaultDemoPath() : path;
    if (!rebuild && QFileInfo::exists(target)) {
        openWorkspace(target);
        return;
    }
    createDemoWorkspace(target);
}

bool MainWindow::selectProduct(const QString& sku)
{
    if (sku != m_editor->currentSku() && !m_editor->maybeSave())
        return false;
    m_browser->selectSku(sku);
    m_editor->showRecord(sku);
    m_stageBar->setSku(m_editor->currentSku());
    return true;
}

void MainWindow::showAssetLibrary(bool visible)
{
    m_assetDock->setVisible(visible);
    if (visible)
        m_assetDock->raise();
}

TemplateEditorWindow* MainWindow::showTemplateEditor()
{
    if (!workspace())
        return nullptr;
    if (!m_templateEditor) {
        // A window of its own, so admins can keep templates and records side by side.
        m_templateEditor = new TemplateEditorWindow(this);
        m_templateEditor->setWorkspace(workspace());
    }
    m_templateEditor->show();
    m_templateEditor->raise();
    m_templateEditor->activateWindow();
    return m_templateEditor;
}

void MainWindow::onWorkspaceChanged(Workspace* workspace)
{
    // Windows about the previous workspace would act on a closed one.
    for (QWidget* w : {static_cast<QWidget*>(m_review.data()), static_cast<QWidget*>(m_history.data()),
                       static_cast<QWidget*>(m_audit.data()), static_cast<QWidget*>(m_signIn.data())}) {
        if (w)
            w->close();
    }
    m_stageBar->setSku(QString());
    m_editor->showRecord(QString());
    m_editor->setWorkspace(workspace);
    if (m_templateEditor) {
        m_templateEditor->setWorkspace(workspace);
        if (!workspace)
            m_templateEditor->hide();
    }
    if (m_templatesAction)
        m_templatesAction->setEnabled(workspace != nullptr);
    for (QAction* action : {m_importAction, m_exportAction}) {
        if (action)
            action->setEnabled(workspace != nullptr);
    }
    m_categories->setWorkspace(workspace);
    m_browser->setWorkspace(workspace);
    m_tasks->setWorkspace(workspace);
    m_stageBar->setWorkspace(workspace);
    if (workspace)
        connect(workspace, &Workspace::sessionChanged, this, &MainWindow::onSessionChanged);
    onSessionChanged();
    m_browser->setSearchText(QString());
    m_assets->setWorkspace(workspace);
    if (m_assetsAction)
        m_assetsAction->setEnabled(workspace != nullptr);
    setWindowModified(false);
    if (!workspace) {
        setWindowFilePath(QString());
        setWindowTitle(QString());
        m_pathLabel->setText(tr("No workspace open — use File ▸ Open Workspace… or New Demo Workspace…"));
        m_countLabel->clear();
        return;
    }
    setWindowFilePath(workspace->path());
    updateWindowTitle();
    m_pathLabel->setText(QDir::toNativeSeparators(workspace->path()));
    m_pathLabel->setToolTip(m_pathLabel->text());
    m_recent->add(workspace->path());
    m_recent->setLast(workspace->path());
    // Start on the first product, so the editor shows what a record looks like rather than nothing.
    const QString first = m_browser->model()->skuAt(0);
    if (!first.isEmpty())
        selectProduct(first);
    // Viewing needs nobody; the dialog offers to sign in without keeping anyone from looking.
    if (m_askToSignIn && workspace->hasUsers() && !workspace->session().isSignedIn())
        QTimer::singleShot(0, this, [this] {
            // Someone may have signed in meanwhile (a script, a test, the screenshot tour).
            if (this->workspace() && !this->workspace()->session().isSignedIn())
                showSignIn();
        });
    Q_EMIT workspaceOpened(workspace->path());
}

void MainWindow::updateWindowTitle()
{
    const Workspace* ws = workspace();
    if (!ws) {
        setWindowTitle(QString());
        return;
    }
    const Session& session = ws->session();
    const QString file = QFileInfo(ws->path()).fileName();
    setWindowTitle(session.isSignedIn() ? tr("%1[*] — %2").arg(file, session.user().shownName())
                                        : tr("%1[*]").arg(file));
}

void MainWindow::onSessionChanged()
{
    const Workspace* ws = workspace();
    const Session session = ws ? ws->session() : Session();
    if (!ws) {
        m_userLabel->clear();
    } else if (session.isSignedIn()) {
        // Labels exist in the catalog's locales; a system locale outside them (C, en_GB) shows the default.
        const Catalog& catalog = ws->catalog();
        const QString language =
            catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
        QStringList roles;
        for (const Role& role : session.roles())
            roles << role.label(language);
        m_userLabel->setText(tr("Signed in as %1 (%2)").arg(session.user().shownName(), roles.join(u", ")));
    } else if (ws->hasUsers()) {
        m_userLabel->setText(tr("Not signed in: read only"));
    } else {
        m_userLabel->setText(tr("Open workspace: %1").arg(session.userName()));
    }
    m_userLabel->setToolTip(ws && ws->hasUsers()
                                ? tr("File ▸ Switch User… to sign in as someone else")
                                : tr("This workspace has no users: everyone may do everything, "
                                     "and changes are audited under the computer's user name"));
    updateWindowTitle();
    const bool acting = ws && session.canAct();
    m_switchUserAction->setEnabled(ws && ws->hasUsers());
    m_signOutAction->setEnabled(ws && session.isSignedIn());
    m_submitAction->setEnabled(acting && session.can(Permission::Submit));
    m_reviewAction->setEnabled(ws != nullptr);
    m_historyAction->setEnabled(ws != nullptr);
    // Hidden rather than disabled: a menu of things the user may never do is noise.
    m_usersAction->setVisible(acting && session.can(Permission::ManageUsers));
    m_permissionsAction->setVisible(acting && session.can(Permission::ManageRoles));
    m_workflowAction->setVisible(acting && session.can(Permission::ManageWorkflow));
    m_levelsAction->setVisible(acting && session.can(Permission::ManageChannels));
    m_auditAction->setVisible(acting && session.can(Permission::ViewAudit));
    m_publishing->updateActions();
    const bool anyAdmin = m_usersAction->isVisible() || m_permissionsAction->isVisible() ||
                          m_workflowAction->isVisible() || m_levelsAction->isVisible() ||
                          m_auditAction->isVisible() || m_publishing->targetsAction()->isVisible();
    m_adminMenu->menuAction()->setVisible(anyAdmin);
    if (m_templatesAction)
        m_templatesAction->setEnabled(ws != nullptr);
}

Status MainWindow::signIn(const QString& name, const QString& password)
{
    if (!workspace())
        return Status::invalid(tr("No workspace is open."));
    return workspace()->signIn(name, password);
}

SignInDialog* MainWindow::signInDialog() const
{
    return m_signIn;
}

SignInDialog* MainWindow::showSignIn()
{
    if (!workspace())
        return nullptr;
    if (m_signIn) {
        m_signIn->raise();
        return m_signIn;
    }
    // Unsaved edits belong to whoever made them: settle them before someone else signs in.
    if (!m_editor->maybeSave())
        return nullptr;
    m_signIn = new SignInDialog(workspace(), this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->open();
    return m_signIn;
}

bool MainWindow::submitCurrent(const QString& comment)
{
    const QString sku = m_editor->currentSku();
    if (!workspace() || sku.isEmpty())
        return false;
    if (m_editor->isModified() && !m_editor->save())
        return false;
    Status status;
    const std::optional<RevisionState> state = workspace()->submit(sku, comment, &status);
    if (!state) {
        showError(status.message());
        return false;
    }
    const Stage* stage = workspace()->workflow().stage(state->stage);
    const Catalog& catalog = workspace()->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    statusBar()->showMessage(
        tr("Submitted %1: revision %2 waits at %3.")
            .arg(sku, state->revision.hash.left(10), stage ? stage->label(language) : state->stage),
        8000);
    return true;
}

void MainWindow::submitInteractively()
{
    if (m_editor->currentSku().isEmpty())
        return;
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Submit for Review"),
        tr("Submit %1 for review. A comment for the reviewers (optional):").arg(m_editor->currentSku()),
        QString(), &ok);
    if (ok)
        submitCurrent(comment.trimmed());
}

ReviewWindow* MainWindow::showReview(const QString& sku)
{
    if (!workspace() || sku.isEmpty())
        return nullptr;
    if (!m_review) {
        m_review = new ReviewWindow(workspace(), this);
        connect(m_review, &ReviewWindow::decided, this, [this](const QString& decided) {
            if (decided == m_editor->currentSku() && !m_editor->isModified())
                m_editor->showRecord(decided);
        });
    }
    m_review->showRecord(sku);
    m_review->show();
    m_review->raise();
    return m_review;
}

HistoryWindow* MainWindow::showHistory(const QString& sku)
{
    if (!workspace() || sku.isEmpty())
        return nullptr;
    if (!m_history) {
        m_history = new HistoryWindow(workspace(), this);
        connect(m_history, &HistoryWindow::restored, this, [this](const QString& restored) {
            // The draft is the restored content now; an editor still showing the old one would save it back.
            if (restored == m_editor->currentSku())
                m_editor->showRecord(restored);
        });
    }
    m_history->showRecord(sku);
    m_history->show();
    m_history->raise();
    return m_history;
}

UsersDialog* MainWindow::showUsers()
{
    if (!workspace())
        return nullptr;
    auto* dialog = new UsersDialog(workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PermissionMatrixDialog* MainWindow::showPermissions()
{
    if (!workspace())
        return nullptr;
    auto* dialog = new PermissionMatrixDialog(workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

WorkflowDialog* MainWindow::showWorkflow()
{
    if (!workspace())
        return nullptr;
    auto* dialog = new WorkflowDialog(workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AuditLogWindow* MainWindow::showAuditLog()
{
    if (!workspace())
        return nullptr;
    if (!m_audit)
        m_audit = new AuditLogWindow(workspace(), this);
    m_audit->show();
    m_audit->raise();
    return m_audit;
}

void MainWindow::onCurrentSkuChanged(const QString& sku)
{
    if (sku == m_editor->currentSku())
        return;
    if (!m_editor->maybeSave()) {
        // Cancelled: go back to the record still being edited, once the view has finished this change.
        const QString previous = m_editor->currentSku();
        QTimer::singleShot(0, m_browser, [this, previous] { m_browser->selectSku(previous); });
        return;
    }
    m_editor->showRecord(sku);
    m_stageBar->setSku(m_editor->currentSku());
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(!busy);
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        statusBar()->showMessage(tr("Creating the demo workspace…"));
    } else {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
    }
}

void MainWindow::updateCounts(qint64 total, qint64 shown)
{
    m_countLabel->setText(total == 1 ? tr("1 product / %L1 shown").arg(shown)
                                     : tr("%L1 products / %L2 shown").arg(total).arg(shown));
}

void MainWindow::showError(const QString& message)
{
    // Not modal to the application: the window stays usable, and tests are never stuck on a dialog.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Facet"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveEdits()) {
        event->ignore();
        return;
    }
    if (m_templateEditor)
        m_templateEditor->close();
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, since three panes side by side need the room.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size().boundedTo(QSize(1800, 1100)) * 0.9);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Shown unless the user hid them: what a record looks like in its channels is what Facet is about.
    m_previewsAction->setChecked(settings.value(QStringLiteral("window/previews"), true).toBool());
    m_previews->setVisible(m_previewsAction->isChecked());
    // Four panes since the previews came; a three-pane state from before would squeeze them.
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray())) {
        const int width = qMax(1000, this->width());
        m_splitter->setSizes({width * 12 / 100, width * 26 / 100, width * 34 / 100, width * 28 / 100});
    }
    m_browser->restoreState(settings.value(QStringLiteral("window/productTable")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panes"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/previews"), m_previewsAction->isChecked());
    settings.setValue(QStringLiteral("window/productTable"), m_browser->saveState());
}

void MainWindow::newWorkspaceDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(), tr(FileFilter));
    if (!path.isEmpty())
        createWorkspace(path.endsWith(u".facet") ? path : path + QStringLiteral(".facet"));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), QDir::homePath(), tr(FileFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newDemoWorkspaceDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Demo Workspace"), QDir::home().filePath(QStringLiteral("demo.facet")), tr(FileFilter));
    if (!path.isEmpty())
        createDemoWorkspace(path.endsWith(u".facet") ? path : path + QStringLiteral(".facet"));
}

void MainWindow::createActions()
{
    // The editor's undo stack drives Undo/Redo; their texts name the change ("Undo Edit Description").
    QUndoStack* stack = m_editor->undoStack();
    m_undoAction = stack ? stack->createUndoAction(this, tr("&Undo")) : new QAction(tr("&Undo"), this);
    m_redoAction = stack ? stack->createRedoAction(this, tr("&Redo")) : new QAction(tr("&Redo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, m_editor, &RecordEditor::save);
    connect(m_editor, &RecordEditor::modifiedChanged, m_saveAction, &QAction::setEnabled);

    m_previewsAction = new QAction(tr("Channel &previews"), this);
    m_previewsAction->setObjectName(QStringLiteral("togglePreviewsAction"));
    m_previewsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_previewsAction->setCheckable(true);
    m_previewsAction->setChecked(true);
    m_previewsAction->setToolTip(tr("Show or hide how the product looks in each channel"));
    connect(m_previewsAction, &QAction::toggled, m_previews, &QWidget::setVisible);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& shortcut, auto slot) {
        QAction* action = menu->addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_workspaceActions << add(file, tr("&New Workspace…"), QKeySequence::New, &MainWindow::newWorkspaceDialog)
                       << add(file, tr("&Open Workspace…"), QKeySequence::Open,
                              &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_workspaceActions << m_recentMenu->menuAction();
    // Filled when shown, so files deleted meanwhile are not offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recent->populateMenu(m_recentMenu, this, [this](const QString& path) { openWorkspace(path); });
    });
    m_workspaceActions << add(file, tr("New &Demo Workspace…"), QKeySequence(),
                              &MainWindow::newDemoWorkspaceDialog);
    file->addSeparator();
    m_importAction = add(file, tr("&Import Akeneo CSV…"), QKeySequence(), &MainWindow::importAkeneoDialog);
    m_importAction->setObjectName(QStringLiteral("importAkeneoAction"));
    m_exportAction = add(file, tr("&Export Akeneo CSV…"), QKeySequence(), &MainWindow::exportAkeneoDialog);
    m_exportAction->setObjectName(QStringLiteral("exportAkeneoAction"));
    for (QAction* action : {m_importAction, m_exportAction})
        action->setEnabled(workspace() != nullptr);
    file->addSeparator();
    m_switchUserAction = add(file, tr("S&witch User…"), QKeySequence(), [this] { showSignIn(); });
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_signOutAction = add(file, tr("Sign &Out"), QKeySequence(), [this] {
        if (workspace() && m_editor->maybeSave())
            workspace()->signOut();
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction* quit = add(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_saveAction);
    edit->addSeparator();
    add(edit, tr("&Find Products"), QKeySequence::Find, [this] { m_browser->focusSearch(); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const QList<std::pair<QString, Theme::Mode>> modes{{tr("&Light"), Theme::Mode::Light},
                                                       {tr("&Dark"), Theme::Mode::Dark},
                                                       {tr("&System"), Theme::Mode::System}};
    for (const auto& [text, mode] : modes) {
        QAction* action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_theme->mode() == mode);
        themes->addAction(action);
        connect(action, &QAction::triggered, m_theme, [this, m = mode] { m_theme->setMode(m); });
    }
    view->addSeparator();
    view->addAction(m_previewsAction);
    m_assetsAction = m_assetDock->toggleViewAction();
    m_assetsAction->setText(tr("&Asset Library"));
    m_assetsAction->setObjectName(QStringLiteral("assetLibraryAction"));
    m_assetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assetsAction->setEnabled(workspace() != nullptr);
    view->addAction(m_assetsAction);
    view->addSeparator();
    add(view, tr("Go to &Categories"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_categories->categoryTree()->setFocus(Qt::ShortcutFocusReason); });
    add(view, tr("Go to &Products"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_browser->table()->setFocus(Qt::ShortcutFocusReason); });
    add(view, tr("Go to &Editor"), QKeySequence(Qt::CTRL | Qt::Key_3),
        [this] { m_editor->setFocus(Qt::ShortcutFocusReason); });

    QMenu* record = menuBar()->addMenu(tr("&Record"));
    m_submitAction = add(record, tr("&Submit for Review…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                         &MainWindow::submitInteractively);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_reviewAction =
        add(record, tr("&Review…"), QKeySequence(), [this] { showReview(m_editor->currentSku()); });
    m_reviewAction->setObjectName(QStringLiteral("reviewAction"));
    m_historyAction = add(record, tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                          [this] { showHistory(m_editor->currentSku()); });
    m_historyAction->setObjectName(QStringLiteral("historyAction"));

    QMenu* channels = menuBar()->addMenu(tr("&Channels"));
    m_templatesAction =
        add(channels, tr("Edit &Templates…"), QKeySequence(), [this] { showTemplateEditor(); });
    m_templatesAction->setObjectName(QStringLiteral("editTemplatesAction"));
    m_templatesAction->setEnabled(workspace() != nullptr);

    m_publishing->addMenu(menuBar());

    m_adminMenu = menuBar()->addMenu(tr("&Admin"));
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
    m_usersAction = add(m_adminMenu, tr("&Users…"), QKeySequence(), [this] { showUsers(); });
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_permissionsAction =
        add(m_adminMenu, tr("&Roles and Permissions…"), QKeySequence(), [this] { showPermissions(); });
    m_permissionsAction->setObjectName(QStringLiteral("permissionsAction"));
    m_workflowAction = add(m_adminMenu, tr("&Workflow…"), QKeySequence(), [this] { showWorkflow(); });
    m_workflowAction->setObjectName(QStringLiteral("workflowAction"));
    m_levelsAction = add(m_adminMenu, tr("Channel Release &Levels…"), QKeySequence(), [this] {
        if (WorkflowDialog* dialog = showWorkflow())
            dialog->showChannelLevels();
    });
    m_levelsAction->setObjectName(QStringLiteral("channelLevelsAction"));
    m_adminMenu->addAction(m_publishing->targetsAction());
    m_adminMenu->addSeparator();
    m_auditAction = add(m_adminMenu, tr("&Audit Log…"), QKeySequence(), [this] { showAuditLog(); });
    m_auditAction->setObjectName(QStringLiteral("auditAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = add(help, tr("&About Facet"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Facet"),
                           tr("<h3>Facet %1</h3><p>Author product content once, in one master record per "
                              "product, and publish it to every channel.</p><p>Licensed under the GNU GPL, "
                              "version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

} // namespace facet
