// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/Publication.h"
#include "models/publishing/PublicationPlan.h"
#include "models/publishing/Publisher.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QSplitter;

namespace facet {

class PublishTargetTree;
class PublishingRun;
class Workspace;

// Publishing by hand: pick channels and targets, see the plan (per target what is new, changed, unchanged,
// withdrawn or held, and every entry), then a dry run or the real thing on a worker with progress and
// Cancel (a cancelled target keeps its previous publication), and the result per target.
// Reachable by objectName: "publishDialog", "publishTargetTree", "publishPlanButton", "publishDryRunButton",
// "publishButton", "publishCancelButton", "publishPlanSummary", "publishPlanEntries", "publishPlanFilter",
// "publishPlanAction", "publishProgress", "publishProgressLabel", "publishResultTable", "publishTabs".
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~PublishDialog() override;

    PublishTargetTree* targetTree() const { return m_tree; }
    Publisher::Request request() const;
    bool isRunning() const;
    // Each starts on the worker; planned(), finished() tell when it is done.
    void plan();
    void dryRun();
    void publish();
    void cancel();
    QList<PublicationPlan> plans() const { return m_plans; }
    QList<Publication> lastResult() const { return m_result; }
    Status lastStatus() const { return m_status; }

Q_SIGNALS:
    void planned();
    // A dry run or a publication ended (completed, failed or cancelled).
    void finished(bool dryRun);
    // A real run recorded publications: the history and the workbench follow.
    void publicationsRecorded(const QList<Publication>& publications);
    void recordRequested(const QString& sku);

protected:
    void reject() override;

private:
    void start(bool dryRun);
    void onPlanned(const QList<PublicationPlan>& plans, const Status& status);
    void onPublished(const QList<Publication>& publications, const Status& status);
    void onProgress(const QString& target, const QString& phase, qsizetype done, qsizetype total);
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void applyFilter();

    QPointer<Workspace> m_workspace;
    PublishingRun* m_run;
    PublishTargetTree* m_tree;
    QTabWidget* m_tabs;
    QTableWidget* m_summary;
    QLineEdit* m_filter;
    QComboBox* m_action;
    QStandardItemModel* m_entries;
    QSortFilterProxyModel* m_textFilter;
    QSortFilterProxyModel* m_actionFilter;
    QTableView* m_entryView;
    QSplitter* m_planSplit = nullptr;
    QLabel* m_entryCount;
    QTableWidget* m_resultTable;
    QTableWidget* m_problems;
    QLabel* m_problemsCaption;
    QLabel* m_resultCaption;
    QLabel* m_message;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_planButton;
    QPushButton* m_dryRunButton;
    QPushButton* m_publishButton;
    QPushButton* m_cancelButton;
    QList<PublicationPlan> m_plans;
    QList<Publication> m_result;
    Status m_status;
    QStringList m_runTargets;
    bool m_dryRun = false;
    bool m_closeWhenDone = false;
};

} // namespace facet
