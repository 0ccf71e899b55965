// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl import and export: the report in text and JSON, dry runs, exit codes, the export → import round
// trip through the command line, and an import killed with SIGKILL in the middle of a large file.
#include "models/storage/Workspace.h"
#include "tests/common/Facetctl.h"
#include "tests/common/TestImages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace facet;
using facet::test::facetctl;

namespace {

QString write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

// Every row carries a checksum of its own values, so a product written by halves would be caught.
QByteArray largeFile(int products)
{
    QByteArray out = "sku;family;categories;name-en_US;name-de_DE;name-fr_FR;description-en_US-ecommerce;"
                     "description-de_DE-print;price;weight;weight-unit;check\n";
    out.reserve(products * 200);
    for (int i = 0; i < products; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "K-" + n + ";kettles;kitchen;Kettle " + n + ";Kessel " + n + ";Bouilloire " + n +
               ";\"<b>Fast</b>; boils " + n + "\";Schnell " + n + ";" + QByteArray::number(10 + i % 90) +
               ".99 EUR;" + QByteArray::number(1 + i % 3) + ";KILOGRAM;" +
               QByteArray::number(1000 + i * 7 % 1000) + "\n";
    }
    return out;
}

} // namespace

class TestFacetctlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPrintsTheReport()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        const QString file =
            write(dir.filePath(QStringLiteral("in/products.csv")),
                  "sku;family;name-en_US;price\nA-1;mugs;Mug;1.50 EUR\nA-2;mugs;Cup;2 EUR\n");
        auto r = facetctl(
            {QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Products: 2 created, 0 updated, 0 unchanged, 0 rejected")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("attribute price: price_collection")), qPrintable(r.out));
        r = facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"),
                      file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"products").toObject().value(u"unchanged").toInt(), 2);
        QCOMPARE(report.value(u"products").toObject().value(u"created").toInt(), 0);
        QCOMPARE(report.value(u"dry_run").toBool(), false);
    }

    void dryRunAndBadInput()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        QCOMPARE(facetctl({QStringLiteral("init"), ws}).code, 0);
        const QString file =
            write(dir.filePath(QStringLiteral("products.csv")),
                  "sku;family;name-en_US;image\nA-1;mugs;Mug;\nA-2;mugs;Cup;../../etc/photo.png\n");
        auto r =
            facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"),
                      file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"dry_run").toBool(), true);
        QCOMPARE(report.value(u"products").toObject().value(u"created").toInt(), 1);
        QCOMPARE(report.value(u"products").toObject().value(u"rejected").toInt(), 1);
        const QJsonObject issue = report.value(u"issues").toArray().last().toObject();
        QCOMPARE(issue.value(u"line").toInt(), 3);
        QCOMPARE(issue.value(u"column").toString(), QStringLiteral("image"));
        QVERIFY(issue.value(u"reason").toString().contains(QStringLiteral("outside the import folder")));
        Status status;
        QCOMPARE(Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status)->productCount(), 0);

        const QString commas = write(dir.filePath(QStringLiteral("commas.csv")), "sku,family\nA-1,mugs\n");
        r = facetctl(
            {QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"), commas});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("commas.csv:1: error: the fields are separated by “,”")),
                 qPrintable(r.out));
        r = facetctl(
            {QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("xlsx"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("unknown format “xlsx”")));
        r = facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"),
                      dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 1);
        r = facetctl(
            {QStringLiteral("export"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--out DIR is required")));
    }

    void exportThenImport()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        write(dir.filePath(QStringLiteral("in/img/p.png")), test::pngBytes(3));
        const QString file =
            write(dir.filePath(QStringLiteral("in/products.csv")),
                  "sku;family;name-en_US;name-de_DE;image;weight;weight-unit\n"
                  "A-1;mugs;Mug;Becher;img/p.png;300;GRAM\nA-2;mugs;Cup;Tasse;img/p.png;;\n");
        QCOMPARE(
            facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"),
                      file, QStringLiteral("--user"), QStringLiteral("ann")})
                .code,
            0);
        const QString out = dir.filePath(QStringLiteral("out"));
        auto r = facetctl({QStringLiteral("export"), ws, QStringLiteral("--format"),
                           QStringLiteral("akeneo-csv"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("exported 2 products")), qPrintable(r.out));
        QVERIFY(QFile::exists(out + QStringLiteral("/products.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/attributes.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/families.csv")));
        const QString copy = dir.filePath(QStringLiteral("copy.facet"));
        r = facetctl(
            {QStringLiteral("import"), copy, QStringLiteral("--format"), QStringLiteral("akeneo-csv"), out});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Products: 2 created")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Assets: 1 stored")), qPrintable(r.out));
        Status status;
        auto a = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
        auto b = Workspace::open(copy, Workspace::OpenMode::OpenExisting, &status);
        QCOMPARE(b->record(QStringLiteral("A-1"))->canonicalJson(),
                 a->record(QStringLiteral("A-1"))->canonicalJson());
        QCOMPARE(b->asset(1)->content, test::pngBytes(3));
    }

    // SIGKILL in the middle: the workspace opens, holds whole batches only, and a rerun completes it.
    void killedImport()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        const int products = 60000;
        const int batch = 500;
        const QString file = write(dir.filePath(QStringLiteral("products.csv")), largeFile(products));
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/facetctl");
        QVERIFY2(QFile::exists(program), qPrintable(program));
        // The structure first, so that the products are what the kill interrupts.
        const QString first = write(dir.filePath(QStringLiteral("first.csv")), largeFile(1));
        QCOMPARE(facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"),
                           QStringLiteral("akeneo-csv"), first})
                     .code,
                 0);
        QProcess process;
        process.start(program,
                      {QStringLiteral("import"), ws, QStringLiteral("--format"), QStringLiteral("akeneo-csv"),
                       file, QStringLiteral("--batch-size"), QString::number(batch)});
        QVERIFY(process.waitForStarted());
        qint64 seen = 0;
        {
            Status status;
            auto reader = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
            QVERIFY(reader);
            for (int i = 0; i < 1200 && seen < 3 * batch; ++i) {
                QThread::msleep(50);
                seen = reader->productCount();
            }
        }
        QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        Status status;
        auto workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
        QVERIFY2(workspace, qPrintable(status.message()));
        const qint64 count = workspace->productCount();
        QVERIFY2(count < products, "the import was not interrupted");
        // K-0 came from first.csv; everything else arrives in whole batches.
        QCOMPARE((count - 1) % batch == 0 || count % batch == 0, true);
        const auto last = workspace->record(QStringLiteral("K-%1").arg(count - 1));
        QVERIFY(last);
        QCOMPARE(last->values.size(), 9); // eight columns and the SKU
        QVERIFY(!workspace->record(QStringLiteral("K-%1").arg(count + batch)));
        workspace.reset();

        auto r = facetctl({QStringLiteral("import"), ws, QStringLiteral("--format"),
                           QStringLiteral("akeneo-csv"), file, QStringLiteral("--json"),
                           QStringLiteral("--batch-size"), QString::number(batch)});
        QCOMPARE(r.code, 0);
        const QJsonObject report =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"products").toObject();
        QCOMPARE(report.value(u"created").toInteger() + report.value(u"unchanged").toInteger(), products);
        QCOMPARE(report.value(u"unchanged").toInteger(), count);
        workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
        QCOMPARE(workspace->productCount(), products);
    }
};

QTEST_GUILESS_MAIN(TestFacetctlImport)
#include "tst_facetctlimport.moc"
