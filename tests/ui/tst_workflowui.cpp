// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow in the workbench, driven by objectName on the offscreen platform: signing in (and failing
// to), a marketer editing and submitting, reviewers finding the task with its count and approving it, and
// the web preview's "what this channel gets now" following only the approval that reaches the channel's
// level; a viewer's read-only editors and missing admin menu.
#include "models/catalog/Catalog.h"
#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"
#include "models/workflow/RevisionDiff.h"
#include "ui/MainWindow.h"
#include "ui/admin/AuditLogWindow.h"
#include "ui/admin/PermissionMatrixDialog.h"
#include "ui/editor/RecordEditor.h"
#include "ui/previews/ChannelPreview.h"
#include "ui/previews/PreviewPanel.h"
#include "ui/previews/WebPreview.h"
#include "ui/shell/WorkspaceSession.h"
#include "ui/workflow/HistoryWindow.h"
#include "ui/workflow/ReviewWindow.h"
#include "ui/workflow/RevisionDiffView.h"
#include "ui/workflow/SignInDialog.h"
#include "ui/workflow/TasksPanel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
const auto Password = u"facet-demo"_s;
// In no demo text: finding it in the web page proves which revision the page shows.
const auto TypedWord = u"Zephyrquiet"_s;
constexpr int RenderMs = 30000;
} // namespace

class TestWorkflowUi : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_webChannel;
    QMap<QString, QStringList> m_userRoles; // user → role codes

    static QString roleCode(const QString& englishLabel)
    {
        for (const Role& role : Role::defaults())
            if (role.label(u"en_US"_s) == englishLabel || role.code == englishLabel)
                return role.code;
        return {};
    }

    static QAction* adminMenu(QMainWindow& window)
    {
        for (QAction* top : window.menuBar()->actions())
            if (top->menu() && top->menu()->objectName() == u"adminMenu"_s)
                return top;
        return nullptr;
    }

    // A user (of the test's) other than `except` whose roles may approve out of `stage`.
    QString approverFor(Workspace& ws, const QString& stage, const QString& except) const
    {
        for (const Transition& t : ws.workflow().transitionsFrom(stage, Transition::Kind::Approve)) {
            for (auto it = m_userRoles.cbegin(); it != m_userRoles.cend(); ++it) {
                // The admin may hold every transition; the test wants the people whose job it is.
                if (it.key() == except || it.key() == u"ada"_s)
                    continue;
                for (const QString& role : it.value())
                    if (t.roles.contains(role))
                        return it.key();
            }
        }
        return {};
    }

private Q_SLOTS:
    // Reviewers read measurements as the page prints them ("600 ml"), not as stored ("600 MILLILITER").
    void diffShowsUnitsAsReadersWriteThem()
    {
        Catalog catalog;
        Attribute volume;
        volume.code = u"volume"_s;
        volume.type = AttributeType::Metric;
        catalog.attributes << volume;
        FieldChange change;
        change.key = ValueKey{u"volume"_s, {}, {}};
        change.before = QJsonObject{{u"amount"_s, 500}, {u"unit"_s, u"MILLILITER"_s}};
        change.after = QJsonObject{{u"amount"_s, 600}, {u"unit"_s, u"MILLILITER"_s}};
        RevisionDiff diff;
        diff.changes << change;
        RevisionDiffView view;
        view.setDiff(diff, &catalog, u"en_US"_s, u"before"_s, u"after"_s);
        // The plain text of a text document turns no-break spaces into spaces.
        const QString text = view.toPlainText().replace(QChar(0x00a0), u' ');
        QVERIFY2(text.contains(u"500 ml"_s) && text.contains(u"600 ml"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"MILLILITER"_s), qPrintable(text));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FacetTest"_s);
        QCoreApplication::setApplicationName(u"tst_workflowui"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_path = m_dir.filePath(u"demo.facet"_s);
        const Status created = WorkspaceSession::createDemoFile(m_path);
        QVERIFY2(created.isOk(), qPrintable(created.message()));
        Status status;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &status);
        QVERIFY(ws);
        // The demo has its users; a workspace made before them gets the same ones here.
        const QList<std::pair<QString, QString>> wanted{
            {u"ada"_s, u"Admin"_s},         {u"mia"_s, u"Marketer"_s}, {u"max"_s, u"Marketer"_s},
            {u"ben"_s, u"Brand manager"_s}, {u"lea"_s, u"Reviewer"_s}, {u"val"_s, u"Viewer"_s}};
        for (const auto& [name, label] : wanted) {
            if (ws->user(name))
                continue;
            User user;
            user.name = name;
            user.roles << roleCode(label);
            const Status added = ws->addUser(user, Password);
            QVERIFY2(added.isOk(), qPrintable(added.message()));
            if (!ws->session().isSignedIn())
                QVERIFY(ws->signIn(u"ada"_s, Password).isOk());
        }
        for (const User& user : ws->users())
            m_userRoles.insert(user.name, user.roles);
        for (const Channel& channel : ws->catalog().channels)
            if (channel.kind == u"web"_s && m_webChannel.isEmpty())
                m_webChannel = channel.code;
        QVERIFY(!m_webChannel.isEmpty());
    }

    void signInDialogRefusesAndThenSignsIn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        // The workspace has users: the dialog asks, and nobody is signed in meanwhile.
        QTRY_VERIFY(window.signInDialog());
        SignInDialog* dialog = window.signInDialog();
        QVERIFY(!window.workspace()->session().isSignedIn());
        QVERIFY(window.findChild<QLabel*>(u"signedInUser"_s)->text().contains(u"read only"_s));
        QVERIFY(!adminMenu(window)->isVisible());

        dialog->setUserName(u"mia"_s);
        dialog->findChild<QLineEdit*>(u"signInPassword"_s)->setText(u"wrong"_s);
        QVERIFY(!dialog->trySignIn());
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.workspace()->session().isSignedIn());

        dialog->setUserName(u"mia"_s);
        dialog->findChild<QLineEdit*>(u"signInPassword"_s)->setText(Password);
        QVERIFY2(dialog->trySignIn(), qPrintable(dialog->message()));
        QCOMPARE(window.workspace()->session().userName(), u"mia"_s);
        QVERIFY(window.findChild<QLabel*>(u"signedInUser"_s)->text().contains(u"mia"_s, Qt::CaseInsensitive));
        QVERIFY(window.windowTitle().contains(u"demo.facet"_s));
    }

    void marketerSubmitsAndApprovalsReachTheWebChannel()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        Workspace* ws = window.workspace();
        QVERIFY(window.signIn(u"mia"_s, Password).isOk());

        const QString sku = window.recordEditor()->currentSku();
        QVERIFY(!sku.isEmpty());
        PreviewPanel* panel = window.previewPanel();
        panel->setMode(PreviewPanel::Mode::Effective);
        const QString before = panel->effectiveHash(m_webChannel);

        // The marketer types a new name and submits.
        auto* name = window.recordEditor()->findChild<QLineEdit*>(u"value:name-en_US"_s);
        QVERIFY(name);
        QVERIFY(!name->isReadOnly());
        name->selectAll();
        QTest::keyClicks(name, TypedWord);
        QVERIFY(window.submitCurrent(u"New name for the launch"_s));
        const std::optional<RevisionState> submitted = ws->currentRevision(sku);
        QVERIFY(submitted);
        QVERIFY(MasterRecord::fromCanonicalJson(submitted->revision.content)
                    ->value({u"name"_s, u"en_US"_s, {}})
                    .toString()
                    .contains(TypedWord));
        const QString hash = submitted->revision.hash;

        // Submitted is not released: the web channel still gets what it got, and the badge says they differ.
        QCOMPARE(panel->effectiveHash(m_webChannel), before);
        QVERIFY(panel->differsFromDraft(m_webChannel));
        QVERIFY(!panel->compactPreview(m_webChannel)->badgeText().isEmpty());

        const Channel* web = ws->catalog().channel(m_webChannel);
        QVERIFY(web);
        bool benApproved = false;
        for (int step = 0; step < 6; ++step) {
            const std::optional<RevisionState> current = ws->currentRevision(sku);
            if (!current || current->revision.hash != hash)
                break;
            if (ws->workflow().releaseLevel(current->stage) >= web->requiredLevel)
                break;
            const QString approver = approverFor(*ws, current->stage, u"mia"_s);
            QVERIFY2(!approver.isEmpty(), qPrintable(current->stage));
            QVERIFY(window.signIn(approver, Password).isOk());

            // The approver sees the task, counted under its stage.
            TasksPanel* tasks = window.tasksPanel();
            QTRY_VERIFY(std::any_of(tasks->tasks().cbegin(), tasks->tasks().cend(),
                                    [&sku](const Task& t) { return t.sku == sku; }));
            const int waiting = tasks->count(current->stage);
            QVERIFY(waiting >= 1);
            const auto groups = tasks->tree()->findItems(QString::number(waiting), Qt::MatchContains);
            QVERIFY(!groups.isEmpty());

            ReviewWindow* review = window.showReview(sku);
            QVERIFY(review);
            QCOMPARE(review->revisionHash(), hash);
            // The diff against the last approved revision names the changed name.
            QVERIFY(
                review->findChild<RevisionDiffView*>(u"revisionDiff"_s)->toPlainText().contains(TypedWord));
            QVERIFY(panel->effectiveHash(m_webChannel) == before);
            review->commentBox()->setPlainText(u"Looks right."_s);
            QVERIFY2(review->approve(), qPrintable(review->message()));
            benApproved = benApproved || approver == u"ben"_s;
            // The task left the approver's list.
            QTRY_VERIFY(std::none_of(tasks->tasks().cbegin(), tasks->tasks().cend(), [&](const Task& t) {
                return t.sku == sku && t.revisionHash == hash && t.stage == current->stage;
            }));
            review->close();
            const std::optional<RevisionState> after = ws->revisionState(sku, hash);
            QVERIFY(after);
            if (ws->workflow().releaseLevel(after->stage) < web->requiredLevel)
                QCOMPARE(panel->effectiveHash(m_webChannel), before);
        }
        QVERIFY(benApproved);
        // Now the web channel gets the approved revision, and its page shows the new name.
        QTRY_COMPARE(panel->effectiveHash(m_webChannel), hash);
        auto* page = qobject_cast<WebPreview*>(panel->preview(m_webChannel)->view());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->html().contains(TypedWord), RenderMs);
    }

    void viewerSeesReadOnlyEditorsAndNoAdminMenu()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.signIn(u"val"_s, Password).isOk());
        auto* name = window.recordEditor()->findChild<QLineEdit*>(u"value:name-en_US"_s);
        QVERIFY(name);
        QVERIFY(name->isReadOnly() || !name->isEnabled());
        auto* description = window.recordEditor()->findChild<QTextEdit*>(u"value:description-en_US"_s);
        QVERIFY(description);
        QVERIFY(description->isReadOnly() || !description->isEnabled());
        QVERIFY(!adminMenu(window)->isVisible());
        QVERIFY(!window.findChild<QAction*>(u"submitAction"_s)->isEnabled());
        // Not only hidden: the workspace refuses the viewer's edit too.
        std::optional<MasterRecord> record = window.workspace()->record(window.recordEditor()->currentSku());
        QVERIFY(record);
        record->setValue({u"name"_s, u"en_US"_s, {}}, u"Changed by a viewer"_s);
        QVERIFY(!window.workspace()->saveRecord(*record).isOk());

        // An admin gets the menus, and the permission matrix shows the roles.
        QVERIFY(window.signIn(u"ada"_s, Password).isOk());
        QVERIFY(adminMenu(window)->isVisible());
        // Another user means other editable groups: the editor builds its form again.
        name = window.recordEditor()->findChild<QLineEdit*>(u"value:name-en_US"_s);
        QVERIFY(name);
        QVERIFY(!name->isReadOnly() && name->isEnabled());
        PermissionMatrixDialog* matrix = window.showPermissions();
        QVERIFY(matrix);
        QVERIFY(matrix->isChecked(u"permission:manage-users"_s, Role::adminCode()));
        QVERIFY(!matrix->isChecked(u"permission:manage-users"_s, roleCode(u"Viewer"_s)));
        matrix->close();
        AuditLogWindow* audit = window.showAuditLog();
        QVERIFY(audit);
        QVERIFY(!audit->entries().isEmpty());
        audit->setKindFilter(u"sign-in"_s);
        QVERIFY(!audit->entries().isEmpty());
        for (const AuditEntry& e : audit->entries())
            QCOMPARE(e.kind, u"sign-in"_s);
        // Details read as words, hashes cut short, not as JSON.
        audit->setKindFilter(u"submit"_s);
        QVERIFY(!audit->entries().isEmpty());
        auto* table = audit->findChild<QTableWidget*>();
        QVERIFY(table);
        const QString detail = table->item(0, table->columnCount() - 1)->text();
        QVERIFY2(detail.contains(u"comment “"_s) && detail.contains(u"revision "_s) && !detail.contains(u'{'),
                 qPrintable(detail));
        const QString revision = audit->entries().first().detail.value(u"revision"_s).toString();
        QVERIFY(detail.contains(revision.left(10)) && !detail.contains(revision));
        const QString csv = m_dir.filePath(u"audit.csv"_s);
        QVERIFY(audit->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("seq,at,actor,kind"));
        QSignalSpy verified(audit, &AuditLogWindow::verified);
        audit->verify();
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 20000);
        QCOMPARE(verified.first().first().toBool(), true);
        audit->close();
    }

    void historyComparesAndRestores()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.signIn(u"mia"_s, Password).isOk());
        // A record with history: the demo has records released with a newer revision.
        QString sku;
        ProductQuery query;
        query.limit = 1000;
        for (const ProductRow& row : window.workspace()->products(query)) {
            if (window.workspace()->revisionStates(row.sku).size() >= 2) {
                sku = row.sku;
                break;
            }
        }
        QVERIFY(!sku.isEmpty());
        QVERIFY(window.selectProduct(sku));
        HistoryWindow* history = window.showHistory(sku);
        QVERIFY(history);
        const QList<RevisionState> revisions = history->revisions();
        QVERIFY(revisions.size() >= 2);
        history->compare(revisions.first().revision.hash, revisions.last().revision.hash);
        QVERIFY(history->diffView()->rows() > 0);
        // Restoring the first revision makes its content the working draft.
        history->revisionList()->setCurrentItem(history->revisionList()->topLevelItem(0));
        QVERIFY(history->restoreSelected());
        const std::optional<MasterRecord> draft = window.workspace()->record(sku);
        QVERIFY(draft);
        QCOMPARE(draft->contentHash(), revisions.first().revision.hash);
        history->close();
    }
};

QTEST_MAIN(TestWorkflowUi)
#include "tst_workflowui.moc"
