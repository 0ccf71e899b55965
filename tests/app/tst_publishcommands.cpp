// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl's publishing commands on the demo workspace, as a user or cron would type them.
#include "app/cli/Cli.h"
#include "models/access/PasswordHasher.h"
#include "tests/common/Facetctl.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::facetctl;
using Result = facet::test::CliResult;

namespace {

QJsonDocument json(const Result& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8());
}

} // namespace

class TestPublishCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;

    QString published(const QString& path) const { return m_dir->filePath(u"published/"_s + path); }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::setCost(PasswordHasher::Cost::Minimal); }

    void init()
    {
        qputenv("FACET_PASSWORD", "facet-demo");
        m_dir = std::make_unique<QTemporaryDir>();
        m_demo = m_dir->filePath(u"demo.facet"_s);
        const Result r = facetctl({u"init"_s, u"--demo"_s, m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void demoPublishesOutOfTheBox()
    {
        Result r = facetctl({u"targets"_s, u"list"_s, m_demo, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().size(), 10);
        QCOMPARE(json(r).array().at(0)[u"folder"].toString().startsWith(m_dir->path()), true);

        r = facetctl({u"publish"_s, m_demo, u"--user"_s, u"ada"_s, u"--channel"_s, u"ecommerce"_s,
                      u"--channel"_s, u"talking_points"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray pubs = json(r).array();
        QCOMPARE(pubs.size(), 2);
        for (const QJsonValue& p : pubs) {
            QCOMPARE(p[u"status"].toString(), u"completed"_s);
            QCOMPARE(p[u"startedBy"].toString(), u"ada"_s);
            QVERIFY(p[u"written"].toInt() > 0);
            QCOMPARE(p[u"held"].toInt(), p[u"heldOrFailed"].toArray().size());
        }
        QVERIFY(QFile::exists(published(u"ecommerce/manifest.json"_s)));
        const qint64 id = pubs.at(0)[u"id"].toInteger();

        r = facetctl({u"publications"_s, u"list"_s, m_demo, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().size(), 2);
        r = facetctl({u"publications"_s, u"show"_s, m_demo, QString::number(id), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = json(r).object();
        QCOMPARE(shown[u"id"].toInteger(), id);
        int written = 0;
        for (const QJsonValue& i : shown[u"items"].toArray())
            if (i[u"result"].toString() == u"written") {
                ++written;
                QCOMPARE(i[u"checksum"].toString().size(), 64);
            }
        QCOMPARE(written, shown[u"written"].toInt());

        r = facetctl({u"publications"_s, u"verify"_s, m_demo, QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        // A file changed behind Facet's back is found.
        QDir en(published(u"ecommerce/en-us"_s));
        const QString page = en.entryList({u"*.html"_s}, QDir::Files).value(0);
        QVERIFY(!page.isEmpty());
        QFile f(en.filePath(page));
        QVERIFY(f.open(QIODevice::Append));
        f.write("tampered");
        f.close();
        r = facetctl({u"publications"_s, u"verify"_s, m_demo, u"--target"_s, u"ecommerce"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"changed"_s) && r.out.contains(page), qPrintable(r.out));

        // Again: nothing changed, nothing written.
        r = facetctl(
            {u"publish"_s, m_demo, u"--user"_s, u"ada"_s, u"--target"_s, u"talking_points"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().at(0)[u"written"].toInt(), 0);
        QCOMPARE(json(r).array().at(0)[u"unchanged"].toInt(), pubs.at(1)[u"written"].toInt());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no right to publish")
            << QStringList{u"--user"_s, u"mia"_s} << 1 << u"may not publish"_s;
        QTest::newRow("not signed in") << QStringList{} << 1 << u"sign in"_s;
        QTest::newRow("unknown channel")
            << QStringList{u"--user"_s, u"ada"_s, u"--channel"_s, u"fax"_s} << 1 << u"fax"_s;
        QTest::newRow("unknown target")
            << QStringList{u"--user"_s, u"ada"_s, u"--target"_s, u"nowhere"_s} << 1 << u"nowhere"_s;
        QTest::newRow("unknown sku") << QStringList{u"--user"_s, u"ada"_s, u"--sku"_s, u"NO-SUCH"_s} << 1
                                     << u"NO-SUCH"_s;
        QTest::newRow("due with a selection")
            << QStringList{u"--user"_s, u"ada"_s, u"--due"_s, u"--channel"_s, u"sms"_s} << 1 << u"--due"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = facetctl(QStringList{u"publish"_s, m_demo} + arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(m_dir->filePath(u"published"_s)).exists());
        QCOMPARE(json(facetctl({u"publications"_s, u"list"_s, m_demo, u"--json"_s})).array().size(), 0);
    }

    void dryRunWritesNothing()
    {
        const Result r =
            facetctl({u"publish"_s, m_demo, u"--user"_s, u"ben"_s, u"--target"_s, u"sms"_s, u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"dry run"_s), qPrintable(r.out));
        QVERIFY(!QDir(m_dir->filePath(u"published"_s)).exists());
        QCOMPARE(json(facetctl({u"publications"_s, u"list"_s, m_demo, u"--json"_s})).array().size(), 0);
    }

    void targetsAndSchedules()
    {
        Result r = facetctl({u"targets"_s, u"add"_s, m_demo, u"shop-copy"_s, u"--channel"_s, u"ecommerce"_s,
                             u"--folder"_s, u"copy/shop"_s, u"--user"_s, u"ben"_s});
        QCOMPARE(r.code, 1); // brand managers publish, admins manage targets
        r = facetctl({u"targets"_s, u"add"_s, m_demo, u"shop-copy"_s, u"--channel"_s, u"ecommerce"_s,
                      u"--folder"_s, u"copy/shop"_s, u"--automatic"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"targets"_s, u"test"_s, m_demo, u"shop-copy"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(m_dir->filePath(u"copy/shop"_s)));
        r = facetctl({u"targets"_s, u"add"_s, m_demo, u"bad"_s, u"--channel"_s, u"ecommerce"_s, u"--user"_s,
                      u"ada"_s});
        QCOMPARE(r.code, 1);

        r = facetctl({u"schedules"_s, u"add"_s, m_demo, u"--target"_s, u"shop-copy"_s, u"--at"_s,
                      u"2001-01-01T06:00:00Z"_s, u"--every"_s, u"daily"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"schedules"_s, u"add"_s, m_demo, u"--target"_s, u"sms"_s, u"--at"_s,
                      u"2999-01-01T06:00:00Z"_s, u"--user"_s, u"ada"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl(
            {u"schedules"_s, u"add"_s, m_demo, u"--every"_s, u"fortnightly"_s, u"--user"_s, u"ada"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"schedules"_s, u"list"_s, m_demo, u"--json"_s});
        QCOMPARE(json(r).array().size(), 2);

        // The past one is due, the embargoed one is not.
        r = facetctl({u"publish"_s, m_demo, u"--due"_s, u"--user"_s, u"ada"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).array().size(), 1);
        QCOMPARE(json(r).array().at(0)[u"target"].toString(), u"shop-copy"_s);
        QCOMPARE(json(r).array().at(0)[u"trigger"].toString(), u"schedule"_s);
        QVERIFY(QFile::exists(m_dir->filePath(u"copy/shop/manifest.json"_s)));
        QVERIFY(!QDir(published(u"sms"_s)).exists());
        r = facetctl({u"schedules"_s, u"list"_s, m_demo, u"--json"_s});
        const QDateTime next =
            QDateTime::fromString(json(r).array().at(0)[u"nextRun"].toString(), Qt::ISODate);
        QVERIFY(next > QDateTime::currentDateTimeUtc());
        QCOMPARE(next.time(), QTime(6, 0));
        r = facetctl({u"publish"_s, m_demo, u"--due"_s, u"--user"_s, u"ada"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"nothing to publish"_s));

        r = facetctl({u"schedules"_s, u"remove"_s, m_demo, u"1"_s, u"--user"_s, u"mia"_s});
        QCOMPARE(r.code, 1);
        r = facetctl({u"schedules"_s, u"remove"_s, m_demo, u"1"_s, u"--user"_s, u"ada"_s});
        QCOMPARE(r.code, 0);
        r = facetctl({u"targets"_s, u"remove"_s, m_demo, u"shop-copy"_s, u"--user"_s, u"ada"_s});
        QCOMPARE(r.code, 0);
        r = facetctl({u"targets"_s, u"list"_s, m_demo, u"--json"_s});
        QCOMPARE(json(r).array().size(), 10);
        r = facetctl({u"publications"_s, u"dead-letters"_s, m_demo, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().size(), 0);
    }
};

QTEST_MAIN(TestPublishCommands)
#include "tst_publishcommands.moc"
