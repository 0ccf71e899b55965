// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl assets add|list|show|rendition: reports, refusals, metadata options, where-used, renditions.
#include "models/storage/Workspace.h"
#include "tests/common/AssetFiles.h"
#include "tests/common/Facetctl.h"
#include "tests/common/TestCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace facet::test;
using namespace Qt::StringLiterals;

class TestAssetCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A workspace with the small test catalog; its web channel makes 32-pixel WebP renditions.
    QString newWorkspace()
    {
        const QString path = m_dir.filePath(u"ws-%1.facet"_s.arg(++m_count));
        Status status;
        auto ws = Workspace::open(path, Workspace::OpenMode::Create, &status);
        Catalog c = smallCatalog();
        c.channels[0].settings.insert(u"renditions"_s,
                                      QJsonObject{{u"max_width"_s, 32}, {u"format"_s, u"webp"_s}});
        if (!ws || !ws->saveStructure(c))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static QString sha(const QByteArray& bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

private Q_SLOTS:
    void addReportsAddedDeduplicatedAndRefused()
    {
        const QString ws = newWorkspace();
        const QByteArray png = imageFile("png");
        const QString a = writeFile(u"a.png"_s, png);
        const QString copy = writeFile(u"copy.png"_s, png);
        const QString fake = writeFile(u"fake.jpg"_s, png);
        const CliResult r = facetctl({u"assets"_s, u"add"_s, ws, a, copy, fake});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, u"added\t1\t%1\timage/png\ta.png\ndeduplicated\t1\t%1\timage/png\tcopy.png\n"_s.arg(
                            sha(png)));
        QCOMPARE(
            r.err,
            u"facetctl assets add: fake.jpg was refused: its name says JPEG, but its content is PNG\n"_s);

        const CliResult again = facetctl({u"assets"_s, u"add"_s, ws, a, u"--json"_s});
        QCOMPARE(again.code, 0);
        const QJsonArray report = QJsonDocument::fromJson(again.out.toUtf8()).array();
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.at(0).toObject().value(u"status"_s).toString(), u"deduplicated"_s);
        QCOMPARE(report.at(0).toObject().value(u"id"_s).toInt(), 1);
    }

    void addRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("decompression bomb")
            << "bomb.png" << pngBomb(100000, 100000)
            << "bomb.png was refused: its header claims 100000 × 100000 pixels";
        QTest::newRow("svg with script") << "evil.svg" << svgFile("<script>alert(1)</script>")
                                         << "evil.svg was refused: the SVG contains a <script> element";
        QTest::newRow("truncated jpeg") << "cut.jpg" << imageFile("jpeg").chopped(50)
                                        << "cut.jpg was refused: the JPEG file is truncated";
        QTest::newRow("unknown type")
            << "notes.txt" << QByteArray("hello")
            << "notes.txt was refused: the library accepts JPEG, PNG, WebP, SVG and PDF";
    }
    void addRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString ws = newWorkspace();
        const CliResult r = facetctl({u"assets"_s, u"add"_s, ws, writeFile(name, content)});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(u"facetctl assets add: "_s + error), qPrintable(r.err));
        QCOMPARE(facetctl({u"assets"_s, u"list"_s, ws}).out, QString());
    }

    void addWithMetadataThenShow()
    {
        const QString ws = newWorkspace();
        const QByteArray jpeg = imageFile("jpeg", 80, 60);
        const QString file = writeFile(u"kettle.jpg"_s, jpeg);
        CliResult r = facetctl({u"assets"_s, u"add"_s, ws, file, u"--title-en_US"_s, u"Red kettle"_s,
                                u"--title-de_DE=Roter Wasserkocher"_s, u"--alt"_s, u"en_US=A red kettle"_s,
                                u"--tag"_s, u"Kitchen"_s, u"--tag"_s, u"red"_s, u"--expires"_s,
                                u"2020-01-31"_s, u"--rights"_s, u"© 2019 Studio"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({u"assets"_s, u"show"_s, ws, sha(jpeg).left(10), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"id"_s).toInt(), 1);
        QCOMPARE(o.value(u"sha256"_s).toString(), sha(jpeg));
        QCOMPARE(o.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(o.value(u"width"_s).toInt(), 80);
        QCOMPARE(o.value(u"height"_s).toInt(), 60);
        QCOMPARE(o.value(u"bytes"_s).toInt(), jpeg.size());
        QCOMPARE(o.value(u"titles"_s).toObject(),
                 (QJsonObject{{u"en_US"_s, u"Red kettle"_s}, {u"de_DE"_s, u"Roter Wasserkocher"_s}}));
        QCOMPARE(o.value(u"alts"_s).toObject(), (QJsonObject{{u"en_US"_s, u"A red kettle"_s}}));
        QCOMPARE(o.value(u"tags"_s).toArray(), (QJsonArray{u"kitchen"_s, u"red"_s}));
        QCOMPARE(o.value(u"rights"_s).toString(), u"© 2019 Studio"_s);
        QCOMPARE(o.value(u"expires"_s).toString(), u"2020-01-31"_s);
        QCOMPARE(o.value(u"expired"_s).toBool(), true);
        QCOMPARE(o.value(u"used_by"_s).toArray(), QJsonArray());

        r = facetctl({u"assets"_s, u"show"_s, ws, u"1"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"title de_DE:\tRoter Wasserkocher\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"expires:\t2020-01-31 (expired)\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"used by 0 value(s)\n"_s), qPrintable(r.out));
    }

    void addRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad date") << QStringList{u"--expires"_s, u"31.01.2020"_s}
                                  << "--expires wants a date as YYYY-MM-DD, not “31.01.2020”";
        QTest::newRow("unknown locale") << QStringList{u"--title-xx_XX"_s, u"Hi"_s}
                                        << "the workspace has no locale “xx_XX”; it has en_US, de_DE";
        QTest::newRow("alt without locale")
            << QStringList{u"--alt"_s, u"A kettle"_s} << "--alt wants LOCALE=TEXT, not “A kettle”";
    }
    void addRejectsBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        const QString ws = newWorkspace();
        const CliResult r = facetctl(
            QStringList{u"assets"_s, u"add"_s, ws, writeFile(u"x.png"_s, imageFile("png"))} + options);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"facetctl assets add: "_s + error + u'\n'), qPrintable(r.err));
        QCOMPARE(facetctl({u"assets"_s, u"list"_s, ws}).out, QString());
    }

    void listSearchesAndFilters()
    {
        const QString ws = newWorkspace();
        QCOMPARE(facetctl({u"assets"_s, u"add"_s, ws, writeFile(u"kettle.png"_s, imageFile("png", 10, 10)),
                           u"--title"_s, u"en_US=Red kettle"_s, u"--tag"_s, u"kitchen"_s})
                     .code,
                 0);
        QCOMPARE(
            facetctl({u"assets"_s, u"add"_s, ws, writeFile(u"logo.svg"_s, svgFile()), u"--tag"_s, u"brand"_s})
                .code,
            0);
        CliResult r = facetctl({u"assets"_s, u"list"_s, ws});
        QCOMPARE(r.out.count(u'\n'), 2);
        QVERIFY2(r.out.startsWith(u"1\t"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\timage/png\t10×10\tRed kettle\tkitchen\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\timage/svg+xml\t200×100\tlogo.svg\tbrand\n"_s), qPrintable(r.out));
        r = facetctl({u"assets"_s, u"list"_s, ws, u"--search"_s, u"kettle"_s});
        QCOMPARE(r.out.count(u'\n'), 1);
        QVERIFY(r.out.contains(u"Red kettle"_s));
        r = facetctl({u"assets"_s, u"list"_s, ws, u"--tag"_s, u"brand"_s, u"--json"_s});
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"file_name"_s).toString(), u"logo.svg"_s);
        QCOMPARE(facetctl({u"assets"_s, u"list"_s, ws, u"--search"_s, u"nothing-like-this"_s}).out,
                 QString());
    }

    void showNamesWhereUsed()
    {
        const QString path = newWorkspace();
        {
            Status status;
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
            const qint64 id = ws->importAsset(u"a.png"_s, imageFile("png"), {}, &status)->id;
            MasterRecord one = kettle(1);
            one.setValue({u"image"_s, {}, {}}, id);
            MasterRecord two = kettle(2);
            two.setValue({u"image"_s, {}, {}}, id);
            QVERIFY(ws->saveRecords({one, two, kettle(3)}));
        }
        CliResult r = facetctl({u"assets"_s, u"show"_s, path, u"1"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith(u"used by 2 value(s)\n\tKET-0001\timage\n\tKET-0002\timage\n"_s),
                 qPrintable(r.out));
        r = facetctl({u"assets"_s, u"show"_s, path, u"1"_s, u"--json"_s});
        const QJsonArray used =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"used_by"_s).toArray();
        QCOMPARE(used.size(), 2);
        QCOMPARE(used.at(1).toObject(), (QJsonObject{{u"sku"_s, u"KET-0002"_s},
                                                     {u"attribute"_s, u"image"_s},
                                                     {u"locale"_s, u""_s},
                                                     {u"channel"_s, u""_s}}));
    }

    void showRefusesUnknownAssets_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown id") << "42" << "there is no asset with the id 42";
        QTest::newRow("unknown sha") << "deadbeef00" << "no asset has the SHA-256 deadbeef00";
        QTest::newRow("not an id") << "kettle" << "“kettle” is neither an asset id nor a SHA-256";
    }
    void showRefusesUnknownAssets()
    {
        QFETCH(QString, ref);
        QFETCH(QString, error);
        const CliResult r = facetctl({u"assets"_s, u"show"_s, newWorkspace(), ref});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"facetctl assets show: "_s + error + u'\n');
    }

    void renditionWritesAndCaches()
    {
        const QString ws = newWorkspace();
        QCOMPARE(
            facetctl({u"assets"_s, u"add"_s, ws, writeFile(u"big.png"_s, imageFile("png", 128, 64))}).code,
            0);
        const QString out = m_dir.filePath(u"web.webp"_s);
        CliResult r =
            facetctl({u"assets"_s, u"rendition"_s, ws, u"1"_s, u"--channel"_s, u"web"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"made\timage/webp\t32×16\t"_s), qPrintable(r.out));
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("webp"));
        QCOMPARE(reader.size(), QSize(32, 16));
        r = facetctl({u"assets"_s, u"rendition"_s, ws, u"1"_s, u"--channel"_s, u"web"_s, u"--out"_s, out});
        QVERIFY2(r.out.startsWith(u"cached\timage/webp\t32×16\t"_s), qPrintable(r.out));

        r = facetctl({u"assets"_s, u"rendition"_s, ws, u"1"_s, u"--channel"_s, u"print"_s, u"--out"_s, out});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 u"facetctl assets rendition: channel print defines no renditions (settings.renditions)\n"_s);
        r = facetctl({u"assets"_s, u"rendition"_s, ws, u"1"_s, u"--channel"_s, u"web"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(u"facetctl assets rendition: --channel and --out are required\n"_s));
        r = facetctl({u"assets"_s, u"rendition"_s, m_dir.filePath(u"missing.facet"_s), u"1"_s, u"--channel"_s,
                      u"web"_s, u"--out"_s, out});
        QCOMPARE(r.code, 1);
    }
};

QTEST_MAIN(TestAssetCommands)
#include "tst_assetcommands.moc"
