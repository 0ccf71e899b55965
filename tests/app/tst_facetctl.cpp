// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl's commands, driven as a user would type them: output, exit codes, and files left unchanged on
// errors.
#include "models/storage/Workspace.h"
#include "tests/common/Facetctl.h"
#include "tests/common/FileDigest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace facet;
using facet::test::facetctl;
using Result = facet::test::CliResult;

class TestFacetctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_sku;

private Q_SLOTS:
    void initTestCase()
    {
        // The demo workspace has users: writing commands sign in as its admin (README: demo users).
        qputenv("FACET_USER", "ada");
        qputenv("FACET_PASSWORD", "facet-demo");
        m_demo = m_dir.filePath(QStringLiteral("demo.facet"));
        const Result r = facetctl({QStringLiteral("init"), QStringLiteral("--demo"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("created")));
        const Result list =
            facetctl({QStringLiteral("products"), QStringLiteral("list"), m_demo, QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(rows.size() >= 60);
        m_sku = rows.first().toObject().value(u"sku").toString();
        QVERIFY(!m_sku.isEmpty());
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("init") << QStringList{QStringLiteral("init")};
        QTest::newRow("products list") << QStringList{QStringLiteral("products"), QStringLiteral("list")};
        QTest::newRow("products show") << QStringList{QStringLiteral("products"), QStringLiteral("show")};
        QTest::newRow("products set") << QStringList{QStringLiteral("products"), QStringLiteral("set")};
        QTest::newRow("completeness") << QStringList{QStringLiteral("completeness")};
        QTest::newRow("generate") << QStringList{QStringLiteral("generate")};
        QTest::newRow("render") << QStringList{QStringLiteral("render")};
        QTest::newRow("check") << QStringList{QStringLiteral("check")};
        QTest::newRow("templates list") << QStringList{QStringLiteral("templates"), QStringLiteral("list")};
        QTest::newRow("templates show") << QStringList{QStringLiteral("templates"), QStringLiteral("show")};
        QTest::newRow("templates set") << QStringList{QStringLiteral("templates"), QStringLiteral("set")};
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, command);
        const Result r = facetctl(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("facetctl ") + command.join(u' ')), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList{} << 1;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--colour")}
            << 1;
        QTest::newRow("missing workspace") << QStringList{QStringLiteral("products"), QStringLiteral("list"),
                                                          QStringLiteral("/nonexistent/x.facet")}
                                           << 1;
        QTest::newRow("init over existing")
            << QStringList{QStringLiteral("init"), QStringLiteral("DEMO")} << 1;
        QTest::newRow("unknown sku") << QStringList{QStringLiteral("products"), QStringLiteral("show"),
                                                    QStringLiteral("DEMO"), QStringLiteral("NOPE-1")}
                                     << 1;
        QTest::newRow("generate without count")
            << QStringList{QStringLiteral("generate"), QStringLiteral("DEMO")} << 1;
        QTest::newRow("bad limit") << QStringList{QStringLiteral("products"), QStringLiteral("list"),
                                                  QStringLiteral("DEMO"), QStringLiteral("--limit"),
                                                  QStringLiteral("many")}
                                   << 1;
        QTest::newRow("top-level help") << QStringList{QStringLiteral("--help")} << 0;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.replaceInStrings(QStringLiteral("DEMO"), m_demo);
        const Result r = facetctl(args);
        QCOMPARE(r.code, code);
        if (code != 0)
            QVERIFY(!r.err.isEmpty());
    }

    void listSearchAndLimit()
    {
        Result r = facetctl({QStringLiteral("products"), QStringLiteral("list"), m_demo,
                             QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 5);
        r = facetctl({QStringLiteral("products"), QStringLiteral("list"), m_demo, QStringLiteral("--search"),
                      m_sku, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(u"sku").toString(), m_sku);
    }

    void showAndSet()
    {
        Result r = facetctl({QStringLiteral("products"), QStringLiteral("set"), m_demo, m_sku,
                             QStringLiteral("description-de_DE=<p>Sehr <b>leise</b> und schön.</p>")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl(
            {QStringLiteral("products"), QStringLiteral("show"), m_demo, m_sku, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject record = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(record.value(u"values").toObject().value(u"description-de_DE").toString(),
                 QStringLiteral("<p>Sehr <b>leise</b> und schön.</p>"));
        QCOMPARE(record.value(u"hash").toString().size(), 64);
        QVERIFY(!record.value(u"completeness").toArray().isEmpty());
        r = facetctl({QStringLiteral("products"), QStringLiteral("show"), m_demo, m_sku});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Sehr leise und schön.")));
        r = facetctl({QStringLiteral("products"), QStringLiteral("list"), m_demo, QStringLiteral("--search"),
                      QStringLiteral("schon")});
        QVERIFY(r.out.contains(m_sku));
    }

    void badAssignmentsWriteNothing_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("no equals sign") << "description-de_DE";
        QTest::newRow("unknown attribute") << "colour=red";
        QTest::newRow("unknown locale") << "description-xx_XX=Hallo";
        QTest::newRow("missing locale") << "description=Hallo";
        QTest::newRow("unsafe rich text") << "description-de_DE=<script>alert(1)</script>";
    }
    void badAssignmentsWriteNothing()
    {
        QFETCH(QString, assignment);
        const QByteArray before = test::fileDigest(m_demo);
        const Result r = facetctl({QStringLiteral("products"), QStringLiteral("set"), m_demo, m_sku,
                                   QStringLiteral("description-fr_FR=Très bien"), assignment});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(m_sku));
        QCOMPARE(test::fileDigest(m_demo), before);
    }

    void completeness()
    {
        Result r = facetctl({QStringLiteral("completeness"), m_demo, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray summary = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(summary.size() >= 8);
        bool someIncomplete = false;
        for (const QJsonValue& v : summary)
            someIncomplete = someIncomplete || v.toObject().value(u"complete").toInt() <
                                                   v.toObject().value(u"products").toInt();
        QVERIFY(someIncomplete);
        r = facetctl({QStringLiteral("completeness"), m_demo, m_sku});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u'%'));
    }

    // Every command's summary and messages come out in the user's language: the translation context each
    // command looks its messages up in is the one lupdate filed them under.
    void everyCommandSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void everyCommandSpeaksTheUsersLanguage()
    {
        QFETCH(QString, language);
        const Result english = facetctl({QStringLiteral("--help")});
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/facet_") + language + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(&translator);
        const Result translated = facetctl({QStringLiteral("--help")});
        const Result usage = facetctl({QStringLiteral("users"), QStringLiteral("list")});
        QCoreApplication::removeTranslator(&translator);

        const QStringList before = english.out.split(u'\n');
        const QStringList after = translated.out.split(u'\n');
        QCOMPARE(after.size(), before.size());
        int commands = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!before.at(i).startsWith(QStringLiteral("  ")))
                continue;
            ++commands;
            const QString command = before.at(i).simplified().section(u' ', 0, 0);
            QVERIFY2(after.at(i) != before.at(i),
                     qPrintable(QStringLiteral("untranslated: ") + before.at(i)));
            QVERIFY2(after.at(i).contains(command), qPrintable(after.at(i)));
        }
        QVERIFY(commands >= 35);
        QCOMPARE(usage.code, 1);
        QVERIFY(!usage.err.contains(QStringLiteral("expected a workspace path")));
    }

    void generate()
    {
        const QString file = m_dir.filePath(QStringLiteral("generated.facet"));
        Result r = facetctl(
            {QStringLiteral("generate"), file, QStringLiteral("--products"), QStringLiteral("1200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("products/s")));
        r = facetctl({QStringLiteral("generate"), file, QStringLiteral("--products"), QStringLiteral("10")});
        QCOMPARE(r.code, 0);
        Status status;
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &status);
        QCOMPARE(ws->productCount(), 1210);
        for (const ProductRow& row : ws->products({}))
            QVERIFY(ws->validate(*ws->record(row.sku)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFacetctl)
#include "tst_facetctl.moc"
