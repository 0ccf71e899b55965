// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl's users, roles, workflow and audit commands on the demo workspace, as a user would type them.
#include "app/cli/Cli.h"
#include "models/access/PasswordHasher.h"
#include "tests/common/Facetctl.h"
#include "tests/common/FileDigest.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::facetctl;
using Result = facet::test::CliResult;

namespace {

// facetctl with `input` as its standard input.
Result facetctlWithInput(const QStringList& args, const QByteArray& input)
{
    Result r;
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{u"facetctl"_s} + args, in, out, err);
    out.flush();
    err.flush();
    return r;
}

QJsonDocument json(const Result& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8());
}

} // namespace

class TestWorkflowCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    // The SKU of a demo task waiting for `user` at `stage`.
    QString taskAt(const QString& user, const QString& stage)
    {
        const Result r = facetctl({u"tasks"_s, m_demo, u"--user"_s, user, u"--json"_s});
        if (r.code != 0)
            qWarning() << r.err;
        for (const QJsonValue& v : json(r).array())
            if (v[u"stage"].toString() == stage && !v[u"blockedByFourEyes"].toBool())
                return v[u"sku"].toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        qputenv("FACET_PASSWORD", "facet-demo");
        m_demo = m_dir.filePath(u"demo.facet"_s);
        const Result r = facetctl({u"init"_s, u"--demo"_s, m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void init()
    {
        qputenv("FACET_PASSWORD", "facet-demo");
        qunsetenv("FACET_NEW_PASSWORD");
        qunsetenv("FACET_USER");
    }

    void usersAndRoles()
    {
        Result r = facetctl({u"users"_s, u"list"_s, m_demo, u"--json"_s});
        QCOMPARE(r.code, 0);
        QStringList names;
        for (const QJsonValue& v : json(r).array())
            names << v[u"name"].toString();
        QCOMPARE(names, (QStringList{u"ada"_s, u"ben"_s, u"lea"_s, u"max"_s, u"mia"_s, u"val"_s}));
        r = facetctl({u"roles"_s, u"list"_s, m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"brand_manager\tBrand manager"_s));

        // Adding needs an admin and a new password that is not an argument.
        qputenv("FACET_NEW_PASSWORD", "a long password");
        r = facetctl(
            {u"users"_s, u"add"_s, m_demo, u"zoe"_s, u"--role"_s, u"marketer"_s, u"--user"_s, u"mia"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"manage users"), qPrintable(r.err));
        r = facetctl(
            {u"users"_s, u"add"_s, m_demo, u"zoe"_s, u"--role"_s, u"marketer"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qputenv("FACET_PASSWORD", "a long password");
        r = facetctl({u"tasks"_s, m_demo, u"--user"_s, u"zoe"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Both passwords from standard input: the admin's first, then the new one.
        qunsetenv("FACET_PASSWORD");
        qunsetenv("FACET_NEW_PASSWORD");
        r = facetctlWithInput({u"users"_s, u"passwd"_s, m_demo, u"zoe"_s, u"--user"_s, u"ada"_s,
                               u"--password-stdin"_s, u"--new-password-stdin"_s},
                              "facet-demo\nanother long one\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctlWithInput({u"tasks"_s, m_demo, u"--user"_s, u"zoe"_s, u"--password-stdin"_s},
                              "another long one\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Without any source of a password (no terminal in tests), sign-in is refused clearly.
        r = facetctlWithInput({u"tasks"_s, m_demo, u"--user"_s, u"zoe"_s}, {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"FACET_PASSWORD"), qPrintable(r.err));

        qputenv("FACET_PASSWORD", "facet-demo");
        r = facetctl({u"roles"_s, u"grant"_s, m_demo, u"zoe"_s, u"reviewer"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"roles"_s, u"revoke"_s, m_demo, u"zoe"_s, u"reviewer"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"roles"_s, u"revoke"_s, m_demo, u"ada"_s, u"admin"_s, u"--user"_s, u"ada"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"last admin"), qPrintable(r.err));
        r = facetctl({u"users"_s, u"disable"_s, m_demo, u"zoe"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qputenv("FACET_PASSWORD", "another long one");
        r = facetctl({u"tasks"_s, m_demo, u"--user"_s, u"zoe"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"disabled"), qPrintable(r.err));
        qputenv("FACET_PASSWORD", "facet-demo");
        r = facetctl({u"users"_s, u"enable"_s, m_demo, u"zoe"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void wrongPasswordIsRefused()
    {
        qputenv("FACET_PASSWORD", "not it");
        const QByteArray before = test::fileDigest(m_demo);
        const Result r = facetctl({u"submit"_s, m_demo, u"ANY"_s, u"--user"_s, u"val"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"wrong"), qPrintable(r.err));
        QVERIFY(test::fileDigest(m_demo) != before); // the failure itself is audited
    }

    void reviewRoundTrip()
    {
        // Ben's brand review: approve one that mia or max submitted.
        const QString sku = taskAt(u"ben"_s, u"brand_review"_s);
        QVERIFY(!sku.isEmpty());
        Result r = facetctl({u"effective"_s, m_demo, sku, u"--channel"_s, u"ecommerce"_s, u"--json"_s});
        const QJsonValue before = json(r)[u"revision"];
        // A marketer may not approve brand review; nothing changes.
        // (Only max's sign-in is recorded.)
        const QString history = facetctl({u"history"_s, m_demo, sku, u"--json"_s}).out;
        r = facetctl({u"approve"_s, m_demo, sku, u"--user"_s, u"max"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"may not approve"), qPrintable(r.err));
        QCOMPARE(facetctl({u"history"_s, m_demo, sku, u"--json"_s}).out, history);
        r = facetctl(
            {u"audit"_s, u"list"_s, m_demo, u"--user"_s, u"ada"_s, u"--limit"_s, u"2"_s, u"--json"_s});
        QCOMPARE(json(r).array().at(1)[u"kind"].toString(), u"sign-in"_s);
        QCOMPARE(json(r).array().at(1)[u"actor"].toString(), u"max"_s);
        // An approval names the hash that was read; another one is refused.
        r = facetctl({u"approve"_s, m_demo, sku, u"--user"_s, u"ben"_s, u"--hash"_s, QString(64, u'0')});
        QCOMPARE(r.code, 1);
        r = facetctl({u"history"_s, m_demo, sku, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray revisions = json(r)[u"revisions"].toArray();
        QString waiting;
        for (const QJsonValue& v : revisions)
            if (v[u"stage"].toString() == u"brand_review" && !v[u"superseded"].toBool())
                waiting = v[u"hash"].toString();
        QVERIFY(!waiting.isEmpty());
        r = facetctl({u"approve"_s, m_demo, sku, u"--user"_s, u"ben"_s, u"--hash"_s, waiting.left(10),
                      u"--comment"_s, u"On brand."_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Released"));
        r = facetctl({u"effective"_s, m_demo, sku, u"--channel"_s, u"ecommerce"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[u"revision"][u"hash"].toString(), waiting);
        QVERIFY(before.isNull() || before[u"hash"].toString() != waiting);
        r = facetctl({u"effective"_s, m_demo, sku, u"--channel"_s, u"print"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"history"_s, m_demo, sku});
        QVERIFY(r.out.contains(u"On brand."));
    }

    void submitEditSendBackAndDiff()
    {
        const QString sku = taskAt(u"max"_s, u"editorial_review"_s);
        QVERIFY(!sku.isEmpty());
        // Send back needs --to and a comment.
        Result r = facetctl({u"send-back"_s, m_demo, sku, u"--user"_s, u"max"_s, u"--to"_s, u"draft"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"send-back"_s, m_demo, sku, u"--user"_s, u"max"_s, u"--to"_s, u"draft"_s,
                      u"--comment"_s, u"Shorter tagline, please."_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The edit needs a user in a workspace with users.
        r = facetctl({u"products"_s, u"set"_s, m_demo, sku, u"tagline-en_US=Short and sweet."_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"sign in"), qPrintable(r.err));
        r = facetctl({u"products"_s, u"set"_s, m_demo, sku, u"tagline-en_US=Short and sweet."_s, u"--user"_s,
                      u"mia"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"submit"_s, m_demo, sku, u"--user"_s, u"mia"_s, u"--comment"_s, u"Shorter now."_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"submit"_s, m_demo, sku, u"--user"_s, u"mia"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"already"), qPrintable(r.err));
        r = facetctl({u"history"_s, m_demo, sku, u"--json"_s});
        const QJsonArray revisions = json(r)[u"revisions"].toArray();
        QVERIFY(revisions.size() >= 2);
        const QString older = revisions.at(revisions.size() - 2)[u"hash"].toString();
        const QString newer = revisions.last()[u"hash"].toString();
        r = facetctl({u"diff"_s, m_demo, sku, older.left(8), newer.left(8)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"~ tagline-en_US: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"{+Short and sweet+}"_s) || r.out.contains(u"{+"_s), qPrintable(r.out));
        r = facetctl({u"diff"_s, m_demo, sku, newer, u"draft"_s});
        QCOMPARE(r.out, u"no differences\n"_s);
    }

    void auditListAndVerify()
    {
        Result r = facetctl({u"audit"_s, u"list"_s, m_demo, u"--user"_s, u"val"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"audit"_s, u"list"_s, m_demo, u"--user"_s, u"ada"_s, u"--kind"_s, u"approve"_s,
                      u"--by"_s, u"ben"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray entries = json(r).array();
        QVERIFY(!entries.isEmpty());
        for (const QJsonValue& e : entries) {
            QCOMPARE(e[u"kind"].toString(), u"approve"_s);
            QCOMPARE(e[u"actor"].toString(), u"ben"_s);
            QCOMPARE(e[u"hash"].toString().size(), 64);
        }
        r = facetctl({u"audit"_s, u"list"_s, m_demo, u"--user"_s, u"ada"_s, u"--kind"_s, u"nonsense"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"audit"_s, u"verify"_s, m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"intact"));

        // An outside tool that drops the guard and edits an entry is caught, and the entry named.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_demo);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'eve' WHERE seq = 7"_s));
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'eve' WHERE seq = 7"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        r = facetctl({u"audit"_s, u"verify"_s, m_demo});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"entry 7"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCommands)
#include "tst_workflowcommands.moc"
