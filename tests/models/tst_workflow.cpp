// SPDX-License-Identifier: GPL-3.0-or-later
// Users, roles, the approval workflow and the audit log on a real SQLite file: every invariant of the
// workflow (design invariants 2 to 6) has a test here that fails if it breaks.
#include "models/access/PasswordHasher.h"
#include "models/access/SignInThrottle.h"
#include "models/storage/Workspace.h"
#include "tests/common/TestCatalog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse"_s;
const ValueKey kName{u"name"_s, u"en_US"_s, {}};
const ValueKey kPower{u"power"_s, {}, {}};

// Runs raw SQL on a workspace file through a connection of its own, as an outside tool would.
bool rawSql(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& s : statements) {
            if (ok && !q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_path;

    void signIn(const QString& user)
    {
        const Status s = m_ws->signIn(user, kPassword);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QCOMPARE(m_ws->session().userName(), user);
    }

    // Edits the kettle's English name as `user`.
    void edit(const QString& user, const QString& sku, const QString& name)
    {
        signIn(user);
        auto record = m_ws->record(sku);
        QVERIFY(record);
        record->setValue(kName, name);
        const Status s = m_ws->saveRecord(*record);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
    }

    QString submit(const QString& user, const QString& sku)
    {
        signIn(user);
        Status status;
        const auto state = m_ws->submit(sku, u"please review"_s, &status);
        if (!state)
            qWarning() << status.message();
        return state ? state->revision.hash : QString();
    }

    void approve(const QString& user, const QString& sku)
    {
        signIn(user);
        const Status s = m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, u"fine"_s);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
    }

    // Submits by mia and approves up to `stage` with the demo's people.
    QString bringTo(const QString& sku, const QString& stage)
    {
        const QString hash = submit(u"mia"_s, sku);
        const QStringList approvers{u"max"_s, u"ben"_s, u"lea"_s};
        const QStringList stages{u"editorial_review"_s, u"brand_review"_s, u"released"_s,
                                 u"print_approved"_s};
        for (qsizetype i = 0; i < stages.indexOf(stage); ++i)
            approve(approvers.at(i), sku);
        return hash;
    }

    QMap<QString, qint64> rowCounts()
    {
        QMap<QString, qint64> counts;
        QSqlQuery q(QSqlDatabase::database(u"counts"_s));
        for (const QString& table :
             {u"products"_s, u"drafts"_s, u"revisions"_s, u"approvals"_s, u"users"_s, u"user_roles"_s,
              u"roles"_s, u"workflow_stages"_s, u"workflow_transitions"_s, u"channel_templates"_s,
              u"audit_log"_s, u"revision_comments"_s}) {
            q.exec(u"SELECT COUNT(*) FROM "_s + table);
            counts.insert(table, q.next() ? q.value(0).toLongLong() : -1);
        }
        q.exec(u"SELECT group_concat(content || editors, '|') FROM drafts"_s);
        counts.insert(u"drafts-content"_s, q.next() ? qHash(q.value(0).toString()) : 0);
        q.exec(u"SELECT group_concat(stage || superseded, '|') FROM revisions"_s);
        counts.insert(u"revision-stages"_s, q.next() ? qHash(q.value(0).toString()) : 0);
        q.exec(u"SELECT group_concat(code || required_level, '|') FROM channels"_s);
        counts.insert(u"channel-levels"_s, q.next() ? qHash(q.value(0).toString()) : 0);
        return counts;
    }

    QString auditHead()
    {
        QSqlQuery q(QSqlDatabase::database(u"counts"_s));
        q.exec(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        return q.next() ? q.value(0).toString() : QString();
    }

    QStringList auditKinds()
    {
        QSqlQuery q(QSqlDatabase::database(u"counts"_s));
        q.exec(u"SELECT kind FROM audit_log ORDER BY seq"_s);
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Argon2id at interactive cost takes a noticeable moment per user; the rules do not depend on it.
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    }

    void init()
    {
        m_path = m_dir.filePath(u"wf-%1.facet"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).isEmpty()
                ? QString::fromLatin1(QTest::currentTestFunction())
                : QString::number(qHash(QString::fromLatin1(QTest::currentTestFunction()) +
                                        QString::fromLatin1(QTest::currentDataTag())))));
        QFile::remove(m_path);
        Status status;
        m_ws = Workspace::open(m_path, Workspace::OpenMode::Create, &status);
        QVERIFY2(m_ws, qPrintable(status.message()));
        QVERIFY(m_ws->session().isOpen());
        QVERIFY(m_ws->saveStructure(test::smallCatalog()).isOk());
        QVERIFY(m_ws->saveRecords({test::kettle(1), test::kettle(2)}).isOk());
        // A copywriter edits marketing texts only.
        Role copywriter{u"copywriter"_s, {}, {Permission::Submit}, {u"marketing"_s}, {}};
        QVERIFY(m_ws->saveRole(copywriter).isOk());
        const QList<User> users{
            {u"ada"_s, u"Ada"_s, false, {u"admin"_s}, {}},
            {u"mia"_s, {}, false, {u"marketer"_s}, {}},
            {u"max"_s, {}, false, {u"marketer"_s}, {}},
            {u"ben"_s, {}, false, {u"brand_manager"_s}, {}},
            {u"lea"_s, {}, false, {u"reviewer"_s}, {}},
            {u"val"_s, {}, false, {u"viewer"_s}, {}},
            {u"kim"_s, {}, false, {u"brand_manager"_s, u"marketer"_s}, {}},
            {u"cody"_s, {}, false, {u"copywriter"_s}, {}},
        };
        for (const User& u : users) {
            const Status s = m_ws->addUser(u, kPassword);
            QVERIFY2(s.isOk(), qPrintable(s.message()));
            if (u.name == u"ada")
                signIn(u"ada"_s); // once a workspace has users, adding more needs an admin
        }
        m_ws->signOut();
        QSqlDatabase counts = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counts"_s);
        counts.setDatabaseName(m_path);
        QVERIFY(counts.open());
    }

    void cleanup()
    {
        QSqlDatabase::database(u"counts"_s).close();
        QSqlDatabase::removeDatabase(u"counts"_s);
        m_ws.reset();
    }

    void openWorkspaceWithoutUsers()
    {
        QTemporaryDir dir;
        Status status;
        auto ws = Workspace::open(dir.filePath(u"open.facet"_s), Workspace::OpenMode::Create, &status);
        QVERIFY(ws);
        QVERIFY(!ws->hasUsers());
        QVERIFY(ws->session().isOpen());
        QVERIFY(ws->saveStructure(test::smallCatalog()).isOk());
        QVERIFY(ws->saveRecord(test::kettle(1)).isOk());
        const auto entries = ws->auditEntries({}, &status);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).kind, u"record-edit"_s);
        QCOMPARE(entries.at(0).actor, ws->session().userName());
        QCOMPARE(entries.at(1).kind, u"structure-save"_s);
        // The first user must be an admin; after that, writes need someone signed in.
        status = ws->addUser({u"mia"_s, {}, false, {u"marketer"_s}, {}}, kPassword);
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(u"admin"), qPrintable(status.message()));
        QVERIFY(ws->addUser({u"ada"_s, {}, false, {u"admin"_s}, {}}, kPassword).isOk());
        QVERIFY(!ws->session().canAct());
        status = ws->saveRecord(test::kettle(2));
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(u"sign in"), qPrintable(status.message()));
        QVERIFY(ws->signIn(u"ada"_s, kPassword).isOk());
        QVERIFY(ws->saveRecord(test::kettle(2)).isOk());
    }

    void defaultWorkflowIsValid()
    {
        const Workflow w = Workflow::defaultWorkflow();
        QVERIFY(w.validate().isOk());
        QCOMPARE(w.submitStage()->code, u"editorial_review"_s);
        QCOMPARE(m_ws->workflow(), w);
        QVERIFY(w.stage(u"brand_review"_s)->fourEyes);
        Workflow broken = w;
        broken.transitions << Transition{u"released"_s, u"draft"_s, Transition::Kind::Approve, {u"admin"_s}};
        QVERIFY(!broken.validate().isOk());
        broken = w;
        broken.stages[1].position = 0;
        QVERIFY(!broken.validate().isOk());
    }

    // Invariant 6: a marketer cannot approve brand review.
    void marketerCannotApproveBrandReview()
    {
        bringTo(u"KET-0001"_s, u"brand_review"_s);
        signIn(u"max"_s);
        const QString hash = m_ws->currentRevision(u"KET-0001"_s)->revision.hash;
        const auto before = rowCounts();
        const QString head = auditHead();
        const Status s = m_ws->approve(u"KET-0001"_s, hash, u"looks fine to me"_s);
        QCOMPARE(s.kind(), Status::Kind::InvalidInput);
        QVERIFY2(s.message().contains(u"may not approve"), qPrintable(s.message()));
        QVERIFY2(s.message().contains(u"Brand manager"), qPrintable(s.message()));
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, u"brand_review"_s);
        QCOMPARE(rowCounts(), before);
        QCOMPARE(auditHead(), head);
        QVERIFY(m_ws->allowedTransitions(u"KET-0001"_s).isEmpty());
        approve(u"ben"_s, u"KET-0001"_s);
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, u"released"_s);
    }

    // Invariant 4: the submitter and every editor of a revision cannot approve a four-eyes stage.
    void fourEyes_data()
    {
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("submitter");
        QTest::newRow("kim submitted") << u"mia"_s << u"kim"_s;
        QTest::newRow("kim edited, mia submitted") << u"kim"_s << u"mia"_s;
    }
    void fourEyes()
    {
        QFETCH(QString, editor);
        QFETCH(QString, submitter);
        edit(editor, u"KET-0001"_s, u"Kettle by four hands"_s);
        QVERIFY(!submit(submitter, u"KET-0001"_s).isEmpty());
        approve(u"max"_s, u"KET-0001"_s);
        signIn(u"kim"_s);
        const QString hash = m_ws->currentRevision(u"KET-0001"_s)->revision.hash;
        const QString head = auditHead();
        const Status s = m_ws->approve(u"KET-0001"_s, hash, {});
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"four eyes"), qPrintable(s.message()));
        QCOMPARE(auditHead(), head);
        // Kim may still send it back, only not approve it.
        const auto allowed = m_ws->allowedTransitions(u"KET-0001"_s);
        QVERIFY(!allowed.isEmpty());
        for (const Transition& t : allowed)
            QCOMPARE(t.kind, Transition::Kind::SendBack);
        const auto tasks = m_ws->tasks();
        QCOMPARE(tasks.size(), 1);
        QVERIFY(tasks.first().blockedByFourEyes);
        QCOMPARE(m_ws->taskCounts().value(u"brand_review"_s), 0);
        approve(u"ben"_s, u"KET-0001"_s);
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, u"released"_s);
    }

    // Invariant 2: an edit after approval makes a new working draft; the approved revision keeps serving.
    void editAfterApprovalKeepsTheApprovedRevision()
    {
        const QString released = bringTo(u"KET-0001"_s, u"released"_s);
        QCOMPARE(m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s)->revision.hash, released);
        edit(u"max"_s, u"KET-0001"_s, u"Kettle, now faster"_s);
        QCOMPARE(m_ws->record(u"KET-0001"_s)->value(kName).toString(), u"Kettle, now faster"_s);
        QCOMPARE(m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s)->revision.hash, released);
        const QString newer = submit(u"max"_s, u"KET-0001"_s);
        QVERIFY(newer != released);
        QCOMPARE(m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s)->revision.hash, released);
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->revision.hash, newer);
        QVERIFY(m_ws->revisionState(u"KET-0001"_s, released)->superseded);
        QCOMPARE(m_ws->revisionState(u"KET-0001"_s, released)->stage, u"released"_s);
        QCOMPARE(m_ws->lastApprovedRevision(u"KET-0001"_s)->revision.hash, released);
        approve(u"mia"_s, u"KET-0001"_s);
        QCOMPARE(m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s)->revision.hash, released);
        approve(u"ben"_s, u"KET-0001"_s);
        QCOMPARE(m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s)->revision.hash, newer);
        // Print needs level 3: still nothing.
        QVERIFY(!m_ws->effectiveRevision(u"KET-0001"_s, u"print"_s));
    }

    // Invariant 3: a channel never gets a revision below its level.
    void releaseLevelsGateChannels_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("channelLevel");
        QTest::addColumn<bool>("effective");
        const Workflow w = Workflow::defaultWorkflow();
        for (const Stage& stage : w.stages) {
            if (stage.code == u"draft")
                continue;
            for (int level = 0; level <= 3; ++level)
                QTest::addRow("%s at level %d", qPrintable(stage.code), level)
                    << stage.code << level << (stage.releaseLevel >= level);
        }
    }
    void releaseLevelsGateChannels()
    {
        QFETCH(QString, stage);
        QFETCH(int, channelLevel);
        QFETCH(bool, effective);
        signIn(u"ada"_s);
        QVERIFY(m_ws->setChannelLevel(u"web"_s, channelLevel).isOk());
        const QString hash = bringTo(u"KET-0001"_s, stage);
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, stage);
        const auto got = m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s);
        QCOMPARE(got.has_value(), effective);
        if (got) {
            QCOMPARE(got->revision.hash, hash);
            QVERIFY(m_ws->workflow().releaseLevel(got->stage) >= channelLevel);
        }
        // The working draft is never effective, whatever the level.
        edit(u"mia"_s, u"KET-0001"_s, u"Unsubmitted text"_s);
        const auto after = m_ws->effectiveRevision(u"KET-0001"_s, u"web"_s);
        QCOMPARE(after.has_value(), effective);
        if (after)
            QCOMPARE(after->revision.hash, hash);
    }

    // Invariant 2: an approval names the hash the approver saw; it cannot be applied to another one.
    void approvalBindsToHash()
    {
        const QString first = submit(u"mia"_s, u"KET-0001"_s);
        edit(u"mia"_s, u"KET-0001"_s, u"Kettle, changed under review"_s);
        const QString second = submit(u"mia"_s, u"KET-0001"_s);
        QVERIFY(first != second);
        signIn(u"max"_s);
        const QString head = auditHead();
        Status s = m_ws->approve(u"KET-0001"_s, first, u"I read the first one"_s);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"changed since you opened it"), qPrintable(s.message()));
        s = m_ws->approve(u"KET-0001"_s, QString(64, u'a'), {});
        QVERIFY(!s.isOk());
        QCOMPARE(auditHead(), head);
        QCOMPARE(m_ws->revisionState(u"KET-0001"_s, first)->stage, u"editorial_review"_s);
        QVERIFY(m_ws->revisionState(u"KET-0001"_s, first)->superseded);
        QVERIFY(m_ws->approve(u"KET-0001"_s, second, {}).isOk());
        QCOMPARE(m_ws->revisionState(u"KET-0001"_s, second)->stage, u"brand_review"_s);
        const auto approvals = m_ws->approvals(u"KET-0001"_s);
        QCOMPARE(approvals.last().revisionHash, second);
        QCOMPARE(approvals.last().decision, Approval::Decision::Approve);
        QCOMPARE(approvals.last().user, u"max"_s);
        QCOMPARE(approvals.last().role, u"marketer"_s);
    }

    void submittingAnUnchangedRevisionInReviewIsRefused()
    {
        submit(u"mia"_s, u"KET-0001"_s);
        Status status;
        QVERIFY(!m_ws->submit(u"KET-0001"_s, {}, &status));
        QVERIFY2(status.message().contains(u"already"), qPrintable(status.message()));
    }

    void sendBackNeedsACommentAndAllowsResubmit()
    {
        const QString hash = bringTo(u"KET-0001"_s, u"brand_review"_s);
        signIn(u"ben"_s);
        QVERIFY(!m_ws->sendBack(u"KET-0001"_s, hash, u"draft"_s, u"  "_s).isOk());
        QVERIFY(!m_ws->sendBack(u"KET-0001"_s, hash, u"released"_s, u"wrong way"_s).isOk());
        QVERIFY(m_ws->sendBack(u"KET-0001"_s, hash, u"draft"_s, u"Too long."_s).isOk());
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, u"draft"_s);
        QVERIFY(m_ws->tasks().isEmpty());
        // Unchanged content can go back into review after a send-back.
        QCOMPARE(submit(u"mia"_s, u"KET-0001"_s), hash);
        QCOMPARE(m_ws->currentRevision(u"KET-0001"_s)->stage, u"editorial_review"_s);
        const auto approvals = m_ws->approvals(u"KET-0001"_s);
        QCOMPARE(approvals.at(approvals.size() - 2).decision, Approval::Decision::SendBack);
        QCOMPARE(approvals.at(approvals.size() - 2).comment, u"Too long."_s);
    }

    void restoreMakesANewDraft()
    {
        const QString old = bringTo(u"KET-0001"_s, u"released"_s);
        edit(u"mia"_s, u"KET-0001"_s, u"Another name"_s);
        submit(u"mia"_s, u"KET-0001"_s);
        QVERIFY(m_ws->restoreRevision(u"KET-0001"_s, old.left(10)).isOk());
        QCOMPARE(m_ws->record(u"KET-0001"_s)->contentHash(), old);
        QCOMPARE(auditKinds().last(), u"restore"_s);
        QCOMPARE(m_ws->approvals(u"KET-0001"_s).last().decision, Approval::Decision::Restore);
    }

    void tasksFollowRoles()
    {
        bringTo(u"KET-0001"_s, u"brand_review"_s);
        bringTo(u"KET-0002"_s, u"editorial_review"_s);
        signIn(u"ben"_s);
        auto tasks = m_ws->tasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().sku, u"KET-0001"_s);
        QCOMPARE(tasks.first().label, u"Kettle 1"_s);
        QCOMPARE(tasks.first().submittedBy, u"mia"_s);
        signIn(u"max"_s);
        tasks = m_ws->tasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().sku, u"KET-0002"_s);
        QCOMPARE(m_ws->taskCounts(), (QMap<QString, int>{{u"editorial_review"_s, 1}}));
        signIn(u"val"_s);
        QVERIFY(m_ws->tasks().isEmpty());
    }

    void attributeGroupsLimitEditing()
    {
        signIn(u"cody"_s);
        auto record = m_ws->record(u"KET-0001"_s);
        record->setValue(kName, u"Copy by Cody"_s);
        QVERIFY(m_ws->saveRecord(*record).isOk());
        record->setValue(kPower, 2200);
        const Status s = m_ws->saveRecord(*record);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"technical"), qPrintable(s.message()));
    }

    void disabledUsersCannotSignIn()
    {
        signIn(u"ada"_s);
        QVERIFY(m_ws->setUserDisabled(u"val"_s, true).isOk());
        Status s = m_ws->signIn(u"val"_s, kPassword);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"disabled"), qPrintable(s.message()));
        QVERIFY(!m_ws->session().isSignedIn());
        QCOMPARE(auditKinds().last(), u"sign-in-failed"_s);
        // The last admin cannot be disabled.
        signIn(u"ada"_s);
        QVERIFY(!m_ws->setUserDisabled(u"ada"_s, true).isOk());
        QVERIFY(m_ws->setUserDisabled(u"val"_s, false).isOk());
        signIn(u"val"_s);
    }

    void throttleDelays_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("four") << 4 << qint64(0);
        QTest::newRow("five") << 5 << qint64(1);
        QTest::newRow("six") << 6 << qint64(2);
        QTest::newRow("ten") << 10 << qint64(32);
        QTest::newRow("fourteen") << 14 << qint64(512);
        QTest::newRow("fifteen, capped") << 15 << qint64(900);
        QTest::newRow("a thousand, capped") << 1000 << qint64(900);
    }
    void throttleDelays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delay);
        QCOMPARE(SignInThrottle::delaySeconds(failures), delay);
    }

    void repeatedFailuresAreThrottled()
    {
        for (int i = 0; i < SignInThrottle::kFreeAttempts; ++i)
            QVERIFY(!m_ws->signIn(u"mia"_s, u"wrong password"_s).isOk());
        // Now even the right password waits.
        const Status s = m_ws->signIn(u"mia"_s, kPassword);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(u"too many"), qPrintable(s.message()));
        QVERIFY(!m_ws->session().isSignedIn());
        const QStringList kinds = auditKinds();
        QCOMPARE(kinds.count(u"sign-in-failed"_s), SignInThrottle::kFreeAttempts);
        QCOMPARE(kinds.last(), u"sign-in-throttled"_s);
        QTest::qWait(1100);
        signIn(u"mia"_s);
    }

    void passwords()
    {
        signIn(u"mia"_s);
        QVERIFY(!m_ws->changePassword(u"mia"_s, u"a new password"_s, u"not the old one"_s).isOk());
        QVERIFY(!m_ws->changePassword(u"max"_s, u"a new password"_s, kPassword).isOk());
        QVERIFY(!m_ws->changePassword(u"mia"_s, u"short"_s, kPassword).isOk());
        QVERIFY(m_ws->changePassword(u"mia"_s, u"a new password"_s, kPassword).isOk());
        QVERIFY(!m_ws->signIn(u"mia"_s, kPassword).isOk());
        QVERIFY(m_ws->signIn(u"mia"_s, u"a new password"_s).isOk());
        const QString stored = PasswordHasher::hash(u"x"_s);
        QVERIFY(stored.startsWith(u"$argon2id$"));
        QVERIFY(PasswordHasher::verify(stored, u"x"_s));
        QVERIFY(!PasswordHasher::verify(stored, u"y"_s));
        // Hashes made below the interactive cost are upgraded on the next sign-in.
        PasswordHasher::setCost(PasswordHasher::Cost::Interactive);
        QVERIFY(PasswordHasher::needsRehash(stored));
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        QSqlQuery q(QSqlDatabase::database(u"counts"_s));
        q.exec(u"SELECT COUNT(*) FROM users WHERE password_hash LIKE '%a new password%'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Invariant 5: the audit chain detects an edited, a deleted and a reordered entry.
    void auditDetectsTampering_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<int>("problem");
        const QString drop = u"DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete"_s;
        QTest::newRow("edited actor") << QStringList{u"DROP TRIGGER audit_log_no_update"_s,
                                                     u"UPDATE audit_log SET actor = 'eve' WHERE seq = 3"_s}
                                      << qint64(3) << int(AuditVerification::Problem::ChangedContent);
        QTest::newRow("edited detail")
            << QStringList{u"DROP TRIGGER audit_log_no_update"_s,
                           u"UPDATE audit_log SET detail = '{\"roles\":[\"viewer\"]}' WHERE seq = 4"_s}
            << qint64(4) << int(AuditVerification::Problem::ChangedContent);
        QTest::newRow("deleted entry")
            << QStringList{u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE seq = 5"_s}
            << qint64(5) << int(AuditVerification::Problem::MissingEntry);
        QTest::newRow("deleted last entry")
            << QStringList{u"DROP TRIGGER audit_log_no_delete"_s,
                           u"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"_s}
            << qint64(-1) << int(AuditVerification::Problem::MissingEntry);
        QTest::newRow("reordered entries") << QStringList{u"DROP TRIGGER audit_log_no_update"_s,
                                                          u"UPDATE audit_log SET seq = 1000 WHERE seq = 3"_s,
                                                          u"UPDATE audit_log SET seq = 3 WHERE seq = 4"_s,
                                                          u"UPDATE audit_log SET seq = 4 WHERE seq = 1000"_s}
                                           << qint64(3) << int(AuditVerification::Problem::WrongPreviousHash);
        QTest::newRow("rehashed entry")
            << QStringList{u"DROP TRIGGER audit_log_no_update"_s,
                           u"UPDATE audit_log SET actor = 'eve', hash = 'x' WHERE seq = 3"_s}
            << qint64(3) << int(AuditVerification::Problem::ChangedContent);
    }
    void auditDetectsTampering()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, brokenSeq);
        QFETCH(int, problem);
        const AuditVerification intact = m_ws->verifyAudit();
        QVERIFY2(intact.intact, qPrintable(intact.message));
        QVERIFY(intact.entries >= 10);
        // Without dropping the guards, the database itself refuses.
        QVERIFY(!rawSql(m_path, {u"UPDATE audit_log SET actor = 'eve' WHERE seq = 3"_s}));
        QVERIFY(!rawSql(m_path, {u"DELETE FROM audit_log WHERE seq = 3"_s}));
        QVERIFY(m_ws->verifyAudit().intact);
        QVERIFY(rawSql(m_path, statements));
        const AuditVerification result = m_ws->verifyAudit();
        QVERIFY(!result.intact);
        QCOMPARE(int(result.problem), problem);
        QCOMPARE(result.brokenSeq, brokenSeq < 0 ? intact.entries : brokenSeq);
        QVERIFY2(result.message.contains(QString::number(result.brokenSeq)), qPrintable(result.message));
    }

    // Invariant 5: every kind of write leaves an audit entry of its kind, by the acting user.
    void everyWriteIsAudited_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("kind");
        const QStringList actions{
            u"record-edit"_s,     u"records-bulk"_s,  u"record-remove"_s, u"submit"_s,
            u"approve"_s,         u"send-back"_s,     u"restore"_s,       u"supersede"_s,
            u"comment"_s,         u"user-add"_s,      u"user-disable"_s,  u"user-enable"_s,
            u"password-change"_s, u"role-grant"_s,    u"role-revoke"_s,   u"role-save"_s,
            u"role-remove"_s,     u"workflow-save"_s, u"channel-level"_s, u"structure-save"_s,
            u"template-save"_s,   u"sign-in"_s,       u"sign-in-failed"_s};
        for (const QString& a : actions)
            QTest::newRow(qPrintable(a)) << a << a;
    }
    void everyWriteIsAudited()
    {
        QFETCH(QString, action);
        QFETCH(QString, kind);
        const QString sku = u"KET-0001"_s;
        QString actor = u"ada"_s;
        // Preparation that is itself audited happens first; the action's entry must be the last.
        if (action == u"approve" || action == u"send-back" || action == u"comment") {
            submit(u"mia"_s, sku);
            actor = action == u"approve" ? u"max"_s : u"ben"_s;
            if (action == u"send-back")
                approve(u"max"_s, sku);
        } else if (action == u"supersede") {
            submit(u"mia"_s, sku);
            edit(u"mia"_s, sku, u"Changed"_s);
            actor = u"mia"_s;
        } else if (action == u"restore") {
            submit(u"mia"_s, sku);
            edit(u"mia"_s, sku, u"Changed"_s);
            actor = u"mia"_s;
        } else if (action == u"user-enable" || action == u"role-remove") {
            signIn(u"ada"_s);
            QVERIFY(action == u"user-enable" ? m_ws->setUserDisabled(u"val"_s, true).isOk()
                                             : m_ws->saveRole(Role{u"temp"_s, {}, {}, {}, {}}).isOk());
        } else if (action == u"record-remove") {
            signIn(u"ada"_s);
            QVERIFY(m_ws->saveRecord(test::kettle(9)).isOk());
        } else if (action == u"sign-in-failed") {
            actor = u"mia"_s;
        }
        if (action != u"sign-in" && action != u"sign-in-failed")
            signIn(actor);
        const qint64 before = auditKinds().size();
        Status s;
        if (action == u"record-edit") {
            auto r = m_ws->record(sku);
            r->setValue(kName, u"Edited"_s);
            s = m_ws->saveRecord(*r);
        } else if (action == u"records-bulk") {
            s = m_ws->saveRecords({test::kettle(5), test::kettle(6)});
        } else if (action == u"record-remove") {
            s = m_ws->removeRecord(u"KET-0009"_s);
        } else if (action == u"submit" || action == u"supersede") {
            m_ws->submit(sku, {}, &s);
        } else if (action == u"approve") {
            s = m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, {});
        } else if (action == u"send-back") {
            s = m_ws->sendBack(sku, m_ws->currentRevision(sku)->revision.hash, u"draft"_s, u"No."_s);
        } else if (action == u"restore") {
            s = m_ws->restoreRevision(sku, m_ws->currentRevision(sku)->revision.hash);
        } else if (action == u"comment") {
            s = m_ws->addComment(sku, m_ws->currentRevision(sku)->revision.hash, u"Nice."_s);
        } else if (action == u"user-add") {
            s = m_ws->addUser({u"neo"_s, {}, false, {u"viewer"_s}, {}}, kPassword);
        } else if (action == u"user-disable") {
            s = m_ws->setUserDisabled(u"val"_s, true);
        } else if (action == u"user-enable") {
            s = m_ws->setUserDisabled(u"val"_s, false);
        } else if (action == u"password-change") {
            s = m_ws->changePassword(u"val"_s, u"another password"_s);
        } else if (action == u"role-grant") {
            s = m_ws->grantRole(u"val"_s, u"reviewer"_s);
        } else if (action == u"role-revoke") {
            s = m_ws->revokeRole(u"kim"_s, u"marketer"_s);
        } else if (action == u"role-save") {
            s = m_ws->saveRole(Role{u"translator"_s, {}, {}, {u"marketing"_s}, {}});
        } else if (action == u"role-remove") {
            s = m_ws->removeRole(u"temp"_s);
        } else if (action == u"workflow-save") {
            Workflow w = m_ws->workflow();
            w.stages[2].fourEyes = false;
            s = m_ws->saveWorkflow(w);
        } else if (action == u"channel-level") {
            s = m_ws->setChannelLevel(u"web"_s, 1);
        } else if (action == u"structure-save") {
            s = m_ws->saveStructure(m_ws->catalog());
        } else if (action == u"template-save") {
            std::optional<ChannelTemplate> saved = m_ws->saveTemplate(
                u"web"_s, m_ws->templates(u"web"_s).first().name, u"<p>{{ product.sku }}</p>"_s, {}, &s);
        } else if (action == u"sign-in") {
            s = m_ws->signIn(u"ada"_s, kPassword);
        } else if (action == u"sign-in-failed") {
            s = m_ws->signIn(u"mia"_s, u"wrong"_s);
            QVERIFY(!s.isOk());
            s = Status::ok();
        }
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        const QStringList kinds = auditKinds();
        QVERIFY2(kinds.mid(before).contains(kind), qPrintable(kinds.mid(before).join(u", ")));
        Status status;
        signIn(u"ada"_s);
        AuditQuery query;
        query.kinds = {kind};
        const auto entries = m_ws->auditEntries(query, &status);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().actor, actor);
        QVERIFY(m_ws->verifyAudit().intact);
    }

    // Invariant 6: refusals are made below the UI and change nothing, not even the audit log.
    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("action");
        QTest::newRow("viewer edits a record") << u"val"_s << u"edit"_s;
        QTest::newRow("viewer submits") << u"val"_s << u"submit"_s;
        QTest::newRow("reviewer removes a record") << u"lea"_s << u"remove"_s;
        QTest::newRow("marketer adds a user") << u"mia"_s << u"add-user"_s;
        QTest::newRow("marketer grants herself admin") << u"mia"_s << u"grant"_s;
        QTest::newRow("marketer edits a role") << u"mia"_s << u"save-role"_s;
        QTest::newRow("marketer changes the workflow") << u"mia"_s << u"save-workflow"_s;
        QTest::newRow("marketer lowers a channel level") << u"mia"_s << u"channel-level"_s;
        QTest::newRow("marketer saves the structure") << u"mia"_s << u"structure"_s;
        QTest::newRow("marketer lowers a level through the structure") << u"mia"_s << u"structure-level"_s;
        QTest::newRow("reviewer saves a template") << u"lea"_s << u"template"_s;
        QTest::newRow("copywriter edits technical values") << u"cody"_s << u"edit-technical"_s;
        QTest::newRow("nobody signed in edits") << QString() << u"edit"_s;
        QTest::newRow("nobody signed in comments") << QString() << u"comment"_s;
        QTest::newRow("viewer reads the audit log") << u"val"_s << u"audit"_s;
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, user);
        QFETCH(QString, action);
        submit(u"mia"_s, u"KET-0002"_s);
        if (user.isEmpty())
            m_ws->signOut();
        else
            signIn(user);
        const auto before = rowCounts();
        const QString head = auditHead();
        Status s;
        if (action == u"edit" || action == u"edit-technical") {
            auto r = m_ws->record(u"KET-0001"_s);
            if (action == u"edit")
                r->setValue(kName, u"Refused"_s);
            else
                r->setValue(kPower, 1500);
            s = m_ws->saveRecord(*r);
        } else if (action == u"submit") {
            m_ws->submit(u"KET-0001"_s, {}, &s);
        } else if (action == u"remove") {
            s = m_ws->removeRecord(u"KET-0001"_s);
        } else if (action == u"add-user") {
            s = m_ws->addUser({u"eve"_s, {}, false, {u"admin"_s}, {}}, kPassword);
        } else if (action == u"grant") {
            s = m_ws->grantRole(u"mia"_s, u"admin"_s);
        } else if (action == u"save-role") {
            s = m_ws->saveRole(Role{u"marketer"_s, {}, permissions::all(), {u"*"_s}, {u"*"_s}});
        } else if (action == u"save-workflow") {
            Workflow w = m_ws->workflow();
            w.stages[2].fourEyes = false;
            s = m_ws->saveWorkflow(w);
        } else if (action == u"channel-level") {
            s = m_ws->setChannelLevel(u"print"_s, 0);
        } else if (action == u"structure") {
            s = m_ws->saveStructure(m_ws->catalog());
        } else if (action == u"structure-level") {
            Catalog c = m_ws->catalog();
            c.channels[0].requiredLevel = 0;
            s = m_ws->saveStructure(c);
        } else if (action == u"template") {
            m_ws->saveTemplate(u"web"_s, m_ws->templates(u"web"_s).first().name, u"x"_s, {}, &s);
        } else if (action == u"comment") {
            s = m_ws->addComment(u"KET-0002"_s, m_ws->currentRevision(u"KET-0002"_s)->revision.hash, u"hi"_s);
        } else if (action == u"audit") {
            const auto entries = m_ws->auditEntries({}, &s);
            QVERIFY(entries.isEmpty());
        }
        QCOMPARE(s.kind(), Status::Kind::InvalidInput);
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(rowCounts(), before);
        QCOMPARE(auditHead(), head);
    }

    void commentsThreadPerRevision()
    {
        const QString first = submit(u"mia"_s, u"KET-0001"_s);
        signIn(u"ben"_s);
        QVERIFY(m_ws->addComment(u"KET-0001"_s, first.left(8), u"Shorter, please."_s).isOk());
        QVERIFY(!m_ws->addComment(u"KET-0001"_s, first, u"   "_s).isOk());
        edit(u"mia"_s, u"KET-0001"_s, u"Kettle"_s);
        const QString second = submit(u"mia"_s, u"KET-0001"_s);
        QVERIFY(m_ws->addComment(u"KET-0001"_s, second, u"Done."_s).isOk());
        QCOMPARE(m_ws->comments(u"KET-0001"_s, first).size(), 1);
        QCOMPARE(m_ws->comments(u"KET-0001"_s, first).first().user, u"ben"_s);
        QCOMPARE(m_ws->comments(u"KET-0001"_s, second).first().text, u"Done."_s);
        QCOMPARE(m_ws->comments(u"KET-0001"_s).size(), 2);
    }

    void diffBetweenRevisions()
    {
        const QString first = submit(u"mia"_s, u"KET-0001"_s);
        edit(u"mia"_s, u"KET-0001"_s, u"Kettle one, faster"_s);
        const QString second = submit(u"mia"_s, u"KET-0001"_s);
        Status status;
        const auto d = m_ws->diff(u"KET-0001"_s, first.left(6), second, &status);
        QVERIFY2(d, qPrintable(status.message()));
        QCOMPARE(d->changes.size(), 1);
        QCOMPARE(d->changes.first().key, kName);
        QCOMPARE(d->changes.first().kind, FieldChange::Kind::Changed);
        QVERIFY(m_ws->diff(u"KET-0001"_s, second, u"draft"_s, &status)->isEmpty());
        QVERIFY(!m_ws->diff(u"KET-0001"_s, u"zz"_s, second, &status));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
