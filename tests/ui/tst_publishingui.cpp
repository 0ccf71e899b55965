// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing in the workbench on the offscreen platform: the publish dialog's plan agrees with the
// Publisher's, a dry run writes and records nothing, a publication writes the folder and the history shows
// it with its items and who approved what went out, a viewer may publish nowhere, the targets dialog keeps
// folder and webhook targets (the secret outside the workspace), the schedules dialog adds a schedule, and
// a cancelled run leaves the previous publication as it was.
#include "models/publishing/PublicationPlan.h"
#include "models/publishing/Publisher.h"
#include "models/publishing/SecretStore.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"
#include "ui/MainWindow.h"
#include "ui/editor/RecordEditor.h"
#include "ui/publishing/PublicationHistoryWindow.h"
#include "ui/publishing/PublishDialog.h"
#include "ui/publishing/PublishTargetTree.h"
#include "ui/publishing/PublishTargetsDialog.h"
#include "ui/publishing/PublishingActions.h"
#include "ui/publishing/PublishingRun.h"
#include "ui/publishing/SchedulesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int RunMs = 120000;
} // namespace

class TestPublishingUi : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> openAs(const QString& user)
    {
        auto window = std::make_unique<MainWindow>();
        window->setAskToSignIn(false);
        window->publishing()->setAutomaticEnabled(false);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openWorkspace(m_path))
            return nullptr;
        if (!window->signIn(user, DemoWorkspace::password()).isOk())
            return nullptr;
        return window;
    }

    QString folderOf(Workspace& ws, const QString& target)
    {
        return ws.targetFolder(*ws.publishTarget(target));
    }

    static bool waitFinished(PublishDialog* dialog)
    {
        QSignalSpy finished(dialog, &PublishDialog::finished);
        return finished.wait(RunMs);
    }

    // Checks only this target in the dialog's tree.
    static void chooseOnly(PublishDialog* dialog, const QString& target)
    {
        dialog->targetTree()->setAllChecked(false);
        dialog->targetTree()->setTargetsChecked({target});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FacetTest"_s);
        QCoreApplication::setApplicationName(u"tst_publishingui"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.filePath(u"settings"_s));
        qputenv("FACET_SECRETS_DIR", QFile::encodeName(m_settingsDir.filePath(u"secrets"_s)));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"demo.facet"_s);
        QString error;
        auto ws = test::createDemoWorkspace(m_path, &error);
        QVERIFY2(ws, qPrintable(error));
    }

    void cleanup()
    {
        // Background work holds its own connections to the file: let it end before the folder goes.
        QThreadPool::globalInstance()->waitForDone();
        m_dir.reset();
    }

    void planShowsThePublishersCounts()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        QVERIFY(window->publishing()->publishAction()->isEnabled());
        QCOMPARE(window->publishing()->publishAction()->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        PublishDialog* dialog = window->publishing()->showPublishDialog();
        QVERIFY(dialog);
        Workspace* ws = window->workspace();
        // Every target of the demo is offered and checked for the admin.
        QCOMPARE(dialog->request().targets.size(), ws->publishTargets().size());
        QSignalSpy planned(dialog, &PublishDialog::planned);
        dialog->plan();
        QVERIFY(planned.wait(RunMs));
        QVERIFY2(dialog->lastStatus().isOk() || dialog->plans().size() > 0, "no plan");

        Publisher publisher(*ws);
        Status status;
        const QList<PublicationPlan> expected = publisher.plan(dialog->request(), &status);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        const QList<PublicationPlan> shown = dialog->plans();
        QCOMPARE(shown.size(), expected.size());
        auto* summary = dialog->findChild<QTableWidget*>(u"publishPlanSummary"_s);
        QCOMPARE(summary->rowCount(), int(expected.size()));
        int entries = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(shown.at(i).target, expected.at(i).target);
            const QList<PublicationPlan::Action> actions{
                PublicationPlan::Action::New, PublicationPlan::Action::Changed,
                PublicationPlan::Action::Unchanged, PublicationPlan::Action::Withdrawn,
                PublicationPlan::Action::Held};
            for (int a = 0; a < actions.size(); ++a) {
                QCOMPARE(shown.at(i).count(actions.at(a)), expected.at(i).count(actions.at(a)));
                // Columns 2..6 of the summary: new, changed, unchanged, withdrawn, held.
                QCOMPARE(summary->item(int(i), 2 + a)->data(Qt::UserRole).toInt(),
                         expected.at(i).count(actions.at(a)));
            }
            entries += int(expected.at(i).entries.size());
        }
        // Nothing was published yet: everything is new or held.
        QVERIFY(expected.first().count(PublicationPlan::Action::New) > 0);
        auto* view = dialog->findChild<QTableView*>(u"publishPlanEntries"_s);
        QCOMPARE(view->model()->rowCount(), entries);

        // The action filter leaves the held ones, each with its reasons.
        auto* action = dialog->findChild<QComboBox*>(u"publishPlanAction"_s);
        action->setCurrentIndex(action->count() - 1);
        int held = 0;
        for (const PublicationPlan& p : expected)
            held += p.count(PublicationPlan::Action::Held);
        QCOMPARE(view->model()->rowCount(), held);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(!view->model()->index(row, 5).data().toString().isEmpty());

        // A double-click opens the entry's record in the workbench.
        action->setCurrentIndex(0);
        auto* filter = dialog->findChild<QLineEdit*>(u"publishPlanFilter"_s);
        const QString sku = view->model()->index(view->model()->rowCount() - 1, 1).data().toString();
        filter->setText(sku);
        QVERIFY(view->model()->rowCount() > 0);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row, 1).data().toString().contains(sku));
        Q_EMIT view->doubleClicked(view->model()->index(0, 1));
        QCOMPARE(window->recordEditor()->currentSku(), sku);
    }

    void dryRunWritesNothing()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        PublishDialog* dialog = window->publishing()->showPublishDialog();
        chooseOnly(dialog, u"ecommerce"_s);
        dialog->dryRun();
        QVERIFY(dialog->isRunning());
        QVERIFY(waitFinished(dialog));
        QVERIFY2(dialog->lastStatus().isOk(), qPrintable(dialog->lastStatus().message()));
        QCOMPARE(dialog->lastResult().size(), 1);
        QVERIFY(dialog->lastResult().first().written > 0);
        QCOMPARE(dialog->lastResult().first().id, 0);
        QVERIFY(!QDir(m_dir->filePath(u"published"_s)).exists());
        QVERIFY(window->workspace()->publications().isEmpty());
        QCOMPARE(dialog->findChild<QTableWidget*>(u"publishResultTable"_s)->rowCount(), 1);
    }

    void publishWritesTheFolderAndTheHistoryNamesTheApprover()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        Workspace* ws = window->workspace();
        PublishDialog* dialog = window->publishing()->showPublishDialog();
        chooseOnly(dialog, u"newsletter"_s);
        QSignalSpy recorded(window->publishing(), &PublishingActions::publicationsRecorded);
        dialog->publish();
        QVERIFY(waitFinished(dialog));
        QVERIFY2(dialog->lastStatus().isOk(), qPrintable(dialog->lastStatus().message()));
        QCOMPARE(recorded.size(), 1);
        const Publication result = dialog->lastResult().value(0);
        QCOMPARE(result.status, Publication::Status::Completed);
        QVERIFY(result.written > 0);
        QVERIFY(QFile::exists(folderOf(*ws, u"newsletter"_s) + u"/manifest.json"_s));
        // The tree shows the target's last publication now.
        QTreeWidgetItem* last = dialog->targetTree()->targetItem(u"newsletter"_s);
        QVERIFY(!last->text(PublishTargetTree::LastColumn).isEmpty());
        QVERIFY2(last->toolTip(PublishTargetTree::LastColumn)
                     .startsWith(u"completed: %1 written"_s.arg(result.written)),
                 qPrintable(last->toolTip(PublishTargetTree::LastColumn)));

        PublicationHistoryWindow* history = window->publishing()->showHistory();
        QVERIFY(history);
        QCOMPARE(history->publications().size(), 1);
        QCOMPARE(history->publications().first().id, result.id);
        QCOMPARE(history->publications().first().startedBy, u"ada"_s);
        QVERIFY(history->selectPublication(result.id));
        const QList<PublishedItem> items = history->items();
        QCOMPARE(items.size(), ws->publishedItems(result.id).size());
        QCOMPARE(history->findChild<QTableWidget*>(u"publicationItemTable"_s)->rowCount(), int(items.size()));
        int row = -1;
        for (int i = 0; i < items.size() && row < 0; ++i)
            if (items.at(i).result == PublishedItem::Result::Written)
                row = i;
        QVERIFY(row >= 0);
        history->selectItem(row);
        const PublishedItem item = items.at(row);
        QStringList approvers;
        for (const Approval& a : ws->approvals(item.sku))
            if (a.revisionHash == item.revisionHash && a.decision == Approval::Decision::Approve)
                approvers << a.user;
        QVERIFY(!approvers.isEmpty());
        const QString text = history->approvalText();
        QVERIFY2(text.contains(item.sku) && text.contains(item.revisionHash.left(10)), qPrintable(text));
        for (const QString& approver : approvers)
            QVERIFY2(text.contains(u"Approved by "_s + approver), qPrintable(text));

        // The channel and date filters answer "what went to the newsletter today".
        history->setChannelFilter(u"ecommerce"_s);
        QVERIFY(history->publications().isEmpty());
        history->setChannelFilter(u"newsletter"_s);
        QCOMPARE(history->publications().size(), 1);
        history->setDateRange(QDate::currentDate().addDays(-3), QDate::currentDate().addDays(-1));
        QVERIFY(history->publications().isEmpty());
        history->setDateRange(QDate::currentDate(), QDate::currentDate());
        QCOMPARE(history->publications().size(), 1);

        // The folder matches its manifest.
        QVERIFY(history->selectPublication(result.id));
        QSignalSpy verified(history, &PublicationHistoryWindow::verified);
        history->verifyFolder();
        QTRY_VERIFY_WITH_TIMEOUT(verified.size() > 0, RunMs);
        QVERIFY2(verified.first().first().toBool(), qPrintable(history->verifyResult()));
    }

    void viewerMayPublishNowhere()
    {
        auto window = openAs(u"val"_s);
        QVERIFY(window);
        PublishDialog* dialog = window->publishing()->showPublishDialog();
        QVERIFY(dialog);
        PublishTargetTree* tree = dialog->targetTree();
        QCOMPARE(tree->topLevelItemCount(), int(window->workspace()->catalog().channels.size()));
        for (int c = 0; c < tree->topLevelItemCount(); ++c) {
            QTreeWidgetItem* channel = tree->topLevelItem(c);
            QVERIFY(!(channel->flags() & Qt::ItemIsEnabled));
            QVERIFY2(channel->toolTip(0).contains(u"val"_s), qPrintable(channel->toolTip(0)));
            for (int t = 0; t < channel->childCount(); ++t)
                QVERIFY(!(channel->child(t)->flags() & Qt::ItemIsEnabled));
        }
        QVERIFY(dialog->request().targets.isEmpty());
        QVERIFY(!dialog->findChild<QPushButton*>(u"publishButton"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(u"publishDryRunButton"_s)->isEnabled());
        // Nor may the viewer manage targets.
        QVERIFY(!window->publishing()->targetsAction()->isVisible());
    }

    void targetsDialogKeepsFolderAndWebhookTargets()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        Workspace* ws = window->workspace();
        QVERIFY(window->publishing()->targetsAction()->isVisible());
        PublishTargetsDialog* dialog = window->publishing()->showTargets();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTableWidget*>(u"targetTable"_s)->rowCount(),
                 int(ws->publishTargets().size()));

        dialog->newTarget();
        dialog->findChild<QLineEdit*>(u"targetCode"_s)->setText(u"archive"_s);
        auto* channel = dialog->findChild<QComboBox*>(u"targetChannel"_s);
        channel->setCurrentIndex(channel->findData(u"ecommerce"_s));
        dialog->findChild<QComboBox*>(u"targetKind"_s)->setCurrentIndex(0);
        dialog->findChild<QLineEdit*>(u"targetPath"_s)->setText(u"archive/web"_s);
        QVERIFY2(dialog->save(), qPrintable(dialog->message()));
        const auto archive = ws->publishTarget(u"archive"_s);
        QVERIFY(archive);
        QCOMPARE(archive->kind, PublishTarget::Kind::Folder);
        QCOMPARE(archive->channel, u"ecommerce"_s);
        QCOMPARE(archive->settings.value(u"path").toString(), u"archive/web"_s);
        QCOMPARE(ws->targetFolder(*archive), QDir::cleanPath(m_dir->filePath(u"archive/web"_s)));

        // A folder target is tested for writing, off the UI thread.
        QSignalSpy tested(dialog, &PublishTargetsDialog::tested);
        dialog->test();
        // A quick check may answer before test() returns.
        QTRY_VERIFY_WITH_TIMEOUT(tested.size() > 0, RunMs);
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->message()));

        // An incomplete form says what is missing and saves nothing.
        dialog->newTarget();
        dialog->findChild<QLineEdit*>(u"targetCode"_s)->setText(u"nowhere"_s);
        dialog->findChild<QLineEdit*>(u"targetPath"_s)->clear();
        QVERIFY(!dialog->save());
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(!ws->publishTarget(u"nowhere"_s));

        const QString secret = u"zq-secret-4711-never-in-the-workspace"_s;
        dialog->newTarget();
        dialog->findChild<QLineEdit*>(u"targetCode"_s)->setText(u"shop-hook"_s);
        channel->setCurrentIndex(channel->findData(u"ecommerce"_s));
        dialog->findChild<QComboBox*>(u"targetKind"_s)->setCurrentIndex(1);
        dialog->findChild<QLineEdit*>(u"targetUrl"_s)->setText(u"https://example.com/facet"_s);
        auto* secretEdit = dialog->findChild<QLineEdit*>(u"targetSecret"_s);
        secretEdit->setText(secret);
        const bool saved = dialog->save();
        const auto hook = ws->publishTarget(u"shop-hook"_s);
        QVERIFY(hook);
        QCOMPARE(hook->kind, PublishTarget::Kind::Webhook);
        QCOMPARE(hook->settings.value(u"url").toString(), u"https://example.com/facet"_s);
        // Never shown back.
        QVERIFY(secretEdit->text().isEmpty());
        // Not in the workspace's tables, nor in its journal.
        for (const QString& file : QStringList{m_path, m_path + u"-wal"_s}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
        QVERIFY2(saved, qPrintable(dialog->message()));
        QCOMPARE(SecretStore(ws->workspaceId()).secret(u"shop-hook"_s).value_or(QByteArray()),
                 secret.toUtf8());
        QVERIFY(!QDir(m_settingsDir.filePath(u"secrets"_s)).isEmpty());
    }

    void schedulesDialogAddsASchedule()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        Workspace* ws = window->workspace();
        SchedulesDialog* dialog = window->publishing()->showSchedules();
        QVERIFY(dialog);
        // Nothing chosen: refused with a reason.
        QVERIFY(!dialog->addFromForm());
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(ws->schedules().isEmpty());

        dialog->targetTree()->channelItem(u"newsletter"_s)->setCheckState(0, Qt::Checked);
        dialog->findChild<QCheckBox*>(u"scheduleNotBeforeEnabled"_s)->setChecked(true);
        const QDateTime local(QDate::currentDate().addDays(2), QTime(6, 30));
        dialog->findChild<QDateTimeEdit*>(u"scheduleNotBefore"_s)->setDateTime(local);
        auto* recurrence = dialog->findChild<QComboBox*>(u"scheduleRecurrence"_s);
        recurrence->setCurrentIndex(recurrence->findData(u"daily"_s));
        QVERIFY2(dialog->addFromForm(), qPrintable(dialog->message()));
        const QList<PublicationSchedule> schedules = ws->schedules();
        QCOMPARE(schedules.size(), 1);
        QCOMPARE(schedules.first().channels, QStringList{u"newsletter"_s});
        QVERIFY(schedules.first().targets.isEmpty());
        QCOMPARE(schedules.first().recurrence, u"daily"_s);
        QCOMPARE(schedules.first().notBefore, local.toUTC());
        QCOMPARE(schedules.first().nextRun, local.toUTC());
        QCOMPARE(schedules.first().createdBy, u"ada"_s);
        QCOMPARE(dialog->findChild<QTableWidget*>(u"scheduleTable"_s)->rowCount(), 1);

        // Every N minutes on one target; then disabled and removed.
        dialog->targetTree()->setAllChecked(false);
        dialog->targetTree()->setTargetsChecked({u"ecommerce"_s});
        dialog->findChild<QCheckBox*>(u"scheduleNotBeforeEnabled"_s)->setChecked(false);
        recurrence->setCurrentIndex(recurrence->findData(u"every"_s));
        dialog->findChild<QSpinBox*>(u"scheduleEveryMinutes"_s)->setValue(15);
        QVERIFY2(dialog->addFromForm(), qPrintable(dialog->message()));
        QCOMPARE(ws->schedules().size(), 2);
        const PublicationSchedule second = ws->schedules().last();
        QCOMPARE(second.channels, QStringList{u"ecommerce"_s});
        QCOMPARE(second.recurrence, u"every 15 minutes"_s);
        QVERIFY(dialog->toggleSelected());
        QVERIFY(!ws->schedules().last().enabled);
        QVERIFY(dialog->removeSelected());
        QCOMPARE(ws->schedules().size(), 1);
    }

    // The workbench publishes due schedules in the background and says so in the status bar; a failure
    // leaves a notice there, never a dialog.
    void duePublicationsRunInTheBackground()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        Workspace* ws = window->workspace();
        PublishingActions* publishing = window->publishing();
        QVERIFY(!publishing->publishDue()); // nothing is due
        PublicationSchedule schedule;
        schedule.targets = {u"sms"_s};
        Status status;
        QVERIFY2(ws->saveSchedule(schedule, &status), qPrintable(status.message()));
        QSignalSpy done(publishing, &PublishingActions::duePublished);
        QVERIFY(publishing->publishDue());
        QVERIFY(done.wait(RunMs));
        const auto publications = done.first().first().value<QList<Publication>>();
        QCOMPARE(publications.size(), 1);
        QCOMPARE(publications.first().trigger, u"schedule"_s);
        QCOMPARE(publications.first().status, Publication::Status::Completed);
        QVERIFY2(window->statusBar()->currentMessage().contains(u"sms"_s),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(ws->publications(u"sms"_s).size(), 1);
        // A one-off schedule ran: nothing is due any more.
        QVERIFY(!ws->schedules().first().nextRun.isValid());
        QVERIFY(!publishing->publishDue());

        // A target whose folder cannot be made: the run fails, and says so without a dialog.
        PublishTarget broken = *ws->publishTarget(u"x"_s);
        broken.settings.insert(u"path"_s, QString(QFileInfo(m_path).fileName() + u"/inside-a-file"_s));
        QVERIFY(ws->savePublishTarget(broken).isOk());
        schedule.targets = {u"x"_s};
        QVERIFY2(ws->saveSchedule(schedule, &status), qPrintable(status.message()));
        done.clear();
        QVERIFY(publishing->publishDue());
        QVERIFY(done.wait(RunMs));
        auto* notice = window->findChild<QToolButton*>(u"publishingNotice"_s);
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(!publishing->lastNotice().isEmpty());
        QVERIFY(!window->findChild<QMessageBox*>());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void cancelLeavesThePreviousManifest()
    {
        auto window = openAs(u"ada"_s);
        QVERIFY(window);
        Workspace* ws = window->workspace();
        {
            Publisher publisher(*ws);
            Publisher::Request request;
            request.targets = {u"ecommerce"_s};
            Status status;
            const QList<Publication> first = publisher.publish(request, {}, &status);
            QVERIFY2(status.isOk(), qPrintable(status.message()));
            QCOMPARE(first.size(), 1);
        }
        QFile manifest(folderOf(*ws, u"ecommerce"_s) + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray before = manifest.readAll();
        manifest.close();
        // A new template version changes every page: the next run has all of them to render and write.
        const QList<ChannelTemplate> templates = ws->templates(u"ecommerce"_s);
        QVERIFY(!templates.isEmpty());
        Status status;
        QVERIFY2(ws->saveTemplate(u"ecommerce"_s, templates.first().name,
                                  templates.first().source + u"\n{# a new version #}\n"_s, u"ada"_s, &status),
                 qPrintable(status.message()));

        PublishDialog* dialog = window->publishing()->showPublishDialog();
        chooseOnly(dialog, u"ecommerce"_s);
        auto* run = dialog->findChild<PublishingRun*>();
        QVERIFY(run);
        // Cancelled right after it starts, while the worker is still planning: waiting for its first progress
        // report raced a writer that commits a whole target within milliseconds.
        dialog->publish();
        dialog->cancel();
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->lastStatus().kind(), Status::Kind::InvalidInput);
        QCOMPARE(dialog->lastResult().size(), 1);
        QCOMPARE(dialog->lastResult().first().status, Publication::Status::Cancelled);
        QCOMPARE(ws->publications(u"ecommerce"_s).first().status, Publication::Status::Cancelled);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.readAll(), before);
    }
};

QTEST_MAIN(TestPublishingUi)
#include "tst_publishingui.moc"
