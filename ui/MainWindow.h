// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;

namespace facet {

class AssetBrowser;
class CategoryPanel;
class PreviewPanel;
class ProductBrowser;
class PublishingActions;
class RecentWorkspaces;
class RecordEditor;
class AuditLogWindow;
class HistoryWindow;
class PermissionMatrixDialog;
class RecordStageBar;
class ReviewWindow;
class SignInDialog;
class TasksPanel;
class TemplateEditorWindow;
class Theme;
class UsersDialog;
class WorkflowDialog;
class Workspace;
class WorkspaceSession;

// The workbench: categories and saved filters on the left, the product list in the middle, the record
// editor and, beside it, the record's channel previews on the right. It only wires the pieces together;
// each piece is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each asks the editor to save or discard unsaved changes first; false if the user cancelled or it
    // failed.
    bool openWorkspace(const QString& path);
    bool createWorkspace(const QString& path);
    // Builds a demo workspace at `path` in the background and opens it; workspaceOpened() tells when.
    bool createDemoWorkspace(const QString& path);
    // The workspace open when Facet last quit; false if there is none or it cannot be opened.
    bool openLastWorkspace();
    // A demo workspace (at its default place if `path` is empty), built on first use or again with `rebuild`.
    void openDemo(const QString& path = {}, bool rebuild = false);
    // Selects the product in the list and shows it in the editor, as a click on its row would.
    bool selectProduct(const QString& sku);

    Workspace* workspace() const;
    WorkspaceSession* session() const { return m_session; }
    RecordEditor* recordEditor() const { return m_editor; }
    ProductBrowser* productBrowser() const { return m_browser; }
    CategoryPanel* categoryPanel() const { return m_categories; }
    PreviewPanel* previewPanel() const { return m_previews; }
    Theme* theme() const { return m_theme; }
    // Opens (or raises) the template editor for the open workspace; null without a workspace.
    TemplateEditorWindow* showTemplateEditor();
    TemplateEditorWindow* templateEditor() const { return m_templateEditor; }
    AssetBrowser* assetBrowser() const { return m_assets; }
    // Shows (or hides) the asset library dock.
    void showAssetLibrary(bool visible = true);
    TasksPanel* tasksPanel() const { return m_tasks; }
    // The Publish menu, its windows and background publishing of what is due.
    PublishingActions* publishing() const { return m_publishing; }

    // Workflow: signs in without the dialog (what the dialog does); the status says why not.
    Status signIn(const QString& name, const QString& password);
    // The sign-in dialog, opened without blocking; null without a workspace.
    SignInDialog* showSignIn();
    SignInDialog* signInDialog() const;
    // Saves the editor's changes first; false (with the reason shown) when refused.
    bool submitCurrent(const QString& comment);
    ReviewWindow* showReview(const QString& sku);
    HistoryWindow* showHistory(const QString& sku);
    UsersDialog* showUsers();
    PermissionMatrixDialog* showPermissions();
    WorkflowDialog* showWorkflow();
    AuditLogWindow* showAuditLog();
    // Whether the sign-in dialog opens by itself on a workspace with users (tests turn it off).
    void setAskToSignIn(bool ask) { m_askToSignIn = ask; }

Q_SIGNALS:
    void workspaceOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void onWorkspaceChanged(Workspace* workspace);
    void onCurrentSkuChanged(const QString& sku);
    void onBusyChanged(bool busy);
    void onSessionChanged();
    void submitInteractively();
    void updateWindowTitle();
    void updateCounts(qint64 total, qint64 shown);
    void showError(const QString& message);
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void newDemoWorkspaceDialog();
    void importAkeneoDialog();
    void exportAkeneoDialog();
    // Asks the record editor and the template editor to save or discard unsaved changes.
    bool maybeSaveEdits();

    WorkspaceSession* m_session;
    RecentWorkspaces* m_recent;
    Theme* m_theme;
    QSplitter* m_splitter;
    CategoryPanel* m_categories;
    ProductBrowser* m_browser;
    RecordEditor* m_editor;
    TemplateEditorWindow* m_templateEditor = nullptr;
    PreviewPanel* m_previews;
    AssetBrowser* m_assets;
    QDockWidget* m_assetDock;
    QLabel* m_pathLabel;
    QLabel* m_countLabel;
    QProgressBar* m_busyBar;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_workspaceActions; // disabled while a workspace is being built
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_templatesAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_previewsAction = nullptr;
    QAction* m_assetsAction = nullptr;

    TasksPanel* m_tasks;
    PublishingActions* m_publishing = nullptr;
    RecordStageBar* m_stageBar;
    QLabel* m_userLabel;
    QMenu* m_adminMenu = nullptr;
    QAction* m_switchUserAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_submitAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_permissionsAction = nullptr;
    QAction* m_workflowAction = nullptr;
    QAction* m_levelsAction = nullptr;
    QAction* m_auditAction = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<ReviewWindow> m_review;
    QPointer<HistoryWindow> m_history;
    QPointer<AuditLogWindow> m_audit;
    bool m_askToSignIn = true;
};

} // namespace facet
