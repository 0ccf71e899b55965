// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Session.h"
#include "models/exchange/ImportReport.h"

#include <QWizard>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace facet {

class AkeneoImporter;
class Workspace;

// File → Import Akeneo CSV…: pick the files and the media folder, see how each column maps to an
// attribute, locale and channel and a preview of the first records, then dry-run or import with progress
// and cancel, and read the report. The import runs on a worker thread with its own connection to the
// workspace file; the wizard never blocks the window while rows are written.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPage, MappingPage, RunPage };

    // The import runs as `session`, the user signed in on the workbench's own connection.
    explicit ImportWizard(const QString& workspacePath, const Session& session = {},
                          QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFiles(const QStringList& files);
    QStringList files() const;
    void setMediaFolder(const QString& folder);

    QTableWidget* mappingTable() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    QPlainTextEdit* reportView() const { return m_report; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool isRunning() const { return m_running; }
    const ImportReport& lastReport() const { return m_lastReport; }
    // True once an import (not a dry run) wrote to the workspace, so the window reloads it.
    bool workspaceChanged() const { return m_changed; }

Q_SIGNALS:
    void runFinished(bool dryRun);

public Q_SLOTS:
    // While an import runs, closing asks it to stop after its batch instead; the window closes once it has.
    void reject() override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* createFilesPage();
    QWizardPage* createMappingPage();
    QWizardPage* createRunPage();
    void addFiles();
    void chooseMediaFolder();
    void analyze();
    void start(bool dryRun);
    void finish(const ImportReport& report, bool dryRun);

    QString m_workspacePath;
    Session m_session;
    QListWidget* m_fileList = nullptr;
    QLineEdit* m_mediaFolder = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_running = false;
    bool m_changed = false;
    bool m_analysisOk = false;
    bool m_closeWhenDone = false;
    ImportReport m_lastReport;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
};

} // namespace facet
