// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/DurableFile.h"
#include "models/publishing/FolderJournal.h"
#include "models/publishing/FolderManifest.h"
#include "models/publishing/FolderPublication.h"
#include "models/publishing/Sha256.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>
#include <cstdio>
#include <sys/stat.h>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QByteArray pdf(const QString& name, const QString& variant)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    QPainter painter(&writer);
    painter.setFont(QFont(u"DejaVu Sans"_s, 14));
    painter.drawText(QPointF(200, 400), name);
    painter.drawText(QPointF(200, 800), variant);
    painter.end();
    return bytes;
}

QString lang(const QString& locale)
{
    return QString(locale).replace(u'_', u'-');
}

// A rendering as RenderService would give it, with the parts each kind publishes.
Rendering rendering(const QString& kind, const QString& sku, const QString& locale, const QString& name,
                    const QString& variant = u"v1"_s)
{
    Rendering r;
    r.sku = sku;
    r.channel = kind + u"-main"_s;
    r.kind = kind;
    r.locale = locale;
    r.revisionHash = u"rev-"_s + sku + u'-' + variant;
    r.templateVersion = kind + u"@1"_s;
    const QByteArray page = (u"<!DOCTYPE html>\n<html lang=\""_s + lang(locale) +
                             u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + name.toHtmlEscaped() +
                             u" | Acme</title>\n</head>\n<body>\n<h1>"_s + name.toHtmlEscaped() +
                             u"</h1>\n<p>"_s + variant + u"</p>\n</body>\n</html>\n"_s)
                                .toUtf8();
    const auto text = [&r](const QString& part, const QString& content) {
        r.parts << RenderedPart{part, u"text/plain"_s, content.toUtf8()};
    };
    if (kind == u"web") {
        r.parts << RenderedPart{u"page"_s, u"text/html"_s, page};
    } else if (kind == u"email") {
        r.parts << RenderedPart{u"eml"_s, u"message/rfc822"_s,
                                (u"Subject: "_s + name + u"\r\n\r\n"_s + variant + u"\r\n"_s).toUtf8()};
        r.parts << RenderedPart{u"html"_s, u"text/html"_s, page};
    } else if (kind == u"sms" || kind == u"text") {
        text(u"body"_s, name + u' ' + variant);
    } else if (kind == u"push") {
        text(u"title"_s, name);
        text(u"body"_s, variant);
        r.parts << RenderedPart{
            u"apns"_s, u"application/json"_s,
            u"{\"aps\": {\"alert\": {\"title\": \"%1\", \"body\": \"%2\"}}}"_s.arg(name, variant).toUtf8()};
        r.parts << RenderedPart{
            u"fcm"_s, u"application/json"_s,
            u"{\"message\": {\"notification\": {\"title\": \"%1\", \"body\": \"%2\"}}}"_s.arg(name, variant)
                .toUtf8()};
    } else if (kind == u"x" || kind == u"instagram" || kind == u"linkedin") {
        text(u"post"_s, name + u' ' + variant);
    } else if (kind == u"print") {
        r.parts << RenderedPart{u"pdf"_s, u"application/pdf"_s, pdf(name, variant)};
    } else if (kind == u"feed") {
        r.parts << RenderedPart{u"item"_s, u"application/xml"_s,
                                (u"<item>\n  <g:id>"_s + sku + u"</g:id>\n  <title>"_s +
                                 name.toHtmlEscaped() + u"</title>\n  <description>"_s + variant +
                                 u"</description>\n</item>"_s)
                                    .toUtf8()};
    }
    return r;
}

Channel channel(const QString& kind)
{
    Channel c;
    c.code = kind + u"-main"_s;
    c.kind = kind;
    c.labels = {{u"en_US"_s, u"Acme shop"_s}, {u"de_DE"_s, u"Acme Laden"_s}};
    c.locales = {u"en_US"_s, u"de_DE"_s};
    c.settings = {{u"base_url"_s, u"https://shop.example.com"_s}};
    return c;
}

FolderPublication::Input input(const QString& kind, const QString& root, qint64 id,
                               const QList<Rendering>& renderings = {})
{
    FolderPublication::Input in;
    in.publicationId = id;
    in.channel = channel(kind);
    in.root = root;
    in.renderings = renderings;
    in.publicationInfo = {{u"id"_s, id}, {u"started_by"_s, u"tester"_s}};
    return in;
}

// Every product of `skus` in both locales.
QList<Rendering> renderings(const QString& kind, const QStringList& skus, const QString& variant = u"v1"_s)
{
    QList<Rendering> result;
    for (const QString& locale : {u"en_US"_s, u"de_DE"_s})
        for (const QString& sku : skus)
            result << rendering(kind, sku, locale, u"Product "_s + sku, variant);
    return result;
}

QStringList numberedSkus(int count)
{
    QStringList skus;
    for (int i = 0; i < count; ++i)
        skus << u"SKU-%1"_s.arg(i, 5, 10, QChar(u'0'));
    return skus;
}

// The files a reader of the folder sees (the manifest included, the bookkeeping below .facet not).
QMap<QString, QByteArray> snapshot(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next().mid(root.size() + 1);
        if (path.startsWith(u".facet/"))
            continue;
        QFile file(it.filePath());
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, file.readAll());
    }
    return files;
}

QStringList paths(const QString& root)
{
    return snapshot(root).keys();
}

struct Stamp
{
    quint64 inode = 0;
    qint64 modified = 0;
    bool operator==(const Stamp&) const = default;
};

QMap<QString, Stamp> stamps(const QString& root)
{
    QMap<QString, Stamp> result;
    for (const QString& path : paths(root)) {
        struct stat st{};
        if (::stat(QFile::encodeName(root + u'/' + path).constData(), &st) == 0)
            result.insert(path,
                          {quint64(st.st_ino), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    }
    return result;
}

QByteArray read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString problems(const QList<FolderPublication::Problem>& list)
{
    QStringList lines;
    for (const auto& p : list)
        lines << p.problem + u' ' + p.path;
    return lines.join(u"; "_s);
}

// Every file below the root, bookkeeping included, with its content and modification time.
QMap<QString, QPair<QByteArray, qint64>> everything(const QString& root)
{
    QMap<QString, QPair<QByteArray, qint64>> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next().mid(root.size() + 1);
        struct stat st{};
        ::stat(QFile::encodeName(it.filePath()).constData(), &st);
        files.insert(path,
                     {read(it.filePath()), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    }
    return files;
}

std::optional<FolderPublication::Result> publish(const FolderPublication::Input& in, Status* status = nullptr)
{
    Status own;
    auto result = FolderPublication::publish(in, {}, status ? status : &own);
    if (!status && !own)
        qWarning("publish failed: %s", qPrintable(own.message()));
    return result;
}

QByteArray runTool(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

// The child of killedMidStaging(): publishes new versions slowly, saying when staging has begun.
int childPublish(const QString& root, int count)
{
    FolderPublication::Input in =
        input(u"web"_s, root, 2, renderings(u"web"_s, numberedSkus(count), u"v2"_s));
    bool announced = false;
    Status status;
    FolderPublication::publish(
        in,
        [&announced] {
            if (!announced) {
                std::fputs("staging\n", stdout);
                std::fflush(stdout);
                announced = true;
            }
            QThread::msleep(40);
            return false;
        },
        &status);
    return status ? 0 : 1;
}

} // namespace

class TestFolderPublication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data();
    void layout();
    void outboxLines_data();
    void outboxLines();
    void webIndexes();
    void feedInSkuOrder();
    void printCatalog();
    void checksumIsStable();
    void manifestAndVerify();
    void incremental();
    void incrementalFeed();
    void withdrawn();
    void withdrawnMessages();
    void assetsWrittenOnce();
    void refusesUnsafeNames_data();
    void refusesUnsafeNames();
    void cancelBeforeCommit_data();
    void cancelBeforeCommit();
    void recoverRollsForward();
    void recoverDiscardsStaging();
    void killedMidStaging();
    void nothingChangedWritesNothing_data();
    void nothingChangedWritesNothing();
    void manifestJsonAsBefore();
    void staleManifestCopyIsIgnored();
    void feedStateKeepsPlaces();
    void feedChangedOutsideFacet();
    void oneChangeFeedEqualsFullPublication();
    void olderStateIsRead();
    void sha256MatchesQt();

private:
    QTemporaryDir m_dir;
    int m_roots = 0;
    QString newRoot() { return m_dir.path() + u"/target-"_s + QString::number(++m_roots); }
};

void TestFolderPublication::layout_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("catalog");
    QTest::addColumn<QStringList>("expected");
    const QStringList outbox{u"manifest.json"_s, u"outbox/1.jsonl"_s};
    QTest::newRow("web: a page per product and locale, indexes")
        << u"web"_s << false
        << QStringList{u"de-de/A-1.html"_s, u"de-de/B-2.html"_s,   u"de-de/index.html"_s, u"en-us/A-1.html"_s,
                       u"en-us/B-2.html"_s, u"en-us/index.html"_s, u"index.html"_s,       u"manifest.json"_s};
    QTest::newRow("email: eml and html")
        << u"email"_s << false << QStringList{u"de_DE/A-1.eml"_s,  u"de_DE/A-1.html"_s, u"de_DE/B-2.eml"_s,
                                              u"de_DE/B-2.html"_s, u"en_US/A-1.eml"_s,  u"en_US/A-1.html"_s,
                                              u"en_US/B-2.eml"_s,  u"en_US/B-2.html"_s, u"manifest.json"_s};
    for (const QString& kind : {u"sms"_s, u"push"_s, u"x"_s, u"instagram"_s, u"linkedin"_s, u"text"_s})
        QTest::newRow(qPrintable(kind + u": one outbox file"_s)) << kind << false << outbox;
    QTest::newRow("print with catalog")
        << u"print"_s << true
        << QStringList{u"de_DE/A-1.pdf"_s, u"de_DE/B-2.pdf"_s,     u"de_DE/catalog.pdf"_s, u"en_US/A-1.pdf"_s,
                       u"en_US/B-2.pdf"_s, u"en_US/catalog.pdf"_s, u"manifest.json"_s};
    QTest::newRow("print without catalog")
        << u"print"_s << false
        << QStringList{u"de_DE/A-1.pdf"_s, u"de_DE/B-2.pdf"_s, u"en_US/A-1.pdf"_s, u"en_US/B-2.pdf"_s,
                       u"manifest.json"_s};
    QTest::newRow("feed: one document per locale")
        << u"feed"_s << false << QStringList{u"de_DE.xml"_s, u"en_US.xml"_s, u"manifest.json"_s};
}

void TestFolderPublication::layout()
{
    QFETCH(QString, kind);
    QFETCH(bool, catalog);
    QFETCH(QStringList, expected);
    const QString root = newRoot();
    FolderPublication::Input in = input(kind, root, 1, renderings(kind, {u"B-2"_s, u"A-1"_s}));
    in.settings.insert(u"catalog"_s, catalog);
    Status status;
    const auto result = FolderPublication::publish(in, {}, &status);
    QVERIFY2(result, qPrintable(status.message()));
    QCOMPARE(paths(root), expected);
    QCOMPARE(result->filesWritten, qint64(expected.size()));
    QCOMPARE(result->filesRemoved, 0);
    QCOMPARE(result->written.size(), 4);
    for (const auto& written : result->written) {
        const auto source =
            std::find_if(in.renderings.cbegin(), in.renderings.cend(), [&](const Rendering& r) {
                return r.sku == written.sku && r.locale == written.locale;
            });
        QVERIFY(source != in.renderings.cend());
        QCOMPARE(written.checksum, FolderPublication::checksum(in.channel, *source));
        QCOMPARE(written.checksum.size(), 64);
        for (const QString& path : written.paths)
            QVERIFY2(expected.contains(path), qPrintable(path));
    }
    QVERIFY(!QFileInfo::exists(root + u"/.facet/journal.json"_s));
    QVERIFY(!QFileInfo::exists(root + u"/.facet/staging-1"_s));
    Status verified;
    QCOMPARE(problems(FolderPublication::verify(root, &verified)), QString());
    QVERIFY(verified);
}

void TestFolderPublication::outboxLines_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("line");
    const QString head =
        u"{\"action\":\"upsert\",\"sku\":\"A-1\",\"locale\":\"de_DE\",\"channel\":\"%1-main\","
        "\"revision\":\"rev-A-1-v1\",\"template_version\":\"%1@1\","_s;
    QTest::newRow("sms") << u"sms"_s << head.arg(u"sms"_s) + u"\"body\":\"Grüße \\\"A\\\" v1\"}"_s;
    QTest::newRow("text") << u"text"_s << head.arg(u"text"_s) + u"\"body\":\"Grüße \\\"A\\\" v1\"}"_s;
    QTest::newRow("x") << u"x"_s << head.arg(u"x"_s) + u"\"post\":\"Grüße \\\"A\\\" v1\"}"_s;
    QTest::newRow("instagram") << u"instagram"_s
                               << head.arg(u"instagram"_s) + u"\"post\":\"Grüße \\\"A\\\" v1\"}"_s;
    QTest::newRow("linkedin") << u"linkedin"_s
                              << head.arg(u"linkedin"_s) + u"\"post\":\"Grüße \\\"A\\\" v1\"}"_s;
    QTest::newRow("push")
        << u"push"_s
        << head.arg(u"push"_s) +
               u"\"title\":\"Grüße 'A'\",\"body\":\"v1\","
               "\"apns\":{\"aps\":{\"alert\":{\"body\":\"v1\",\"title\":\"Grüße 'A'\"}}},"
               "\"fcm\":{\"message\":{\"notification\":{\"body\":\"v1\",\"title\":\"Grüße 'A'\"}}}}"_s;
}

void TestFolderPublication::outboxLines()
{
    QFETCH(QString, kind);
    QFETCH(QString, line);
    const QString root = newRoot();
    // Push payloads are JSON: a quote in the name would need escaping in the fixture, an apostrophe does not.
    const QString name = kind == u"push" ? u"Grüße 'A'"_s : u"Grüße \"A\""_s;
    FolderPublication::Input in = input(kind, root, 7, {rendering(kind, u"A-1"_s, u"de_DE"_s, name)});
    in.withdrawn = {{u"Z-9"_s, u"en_US"_s}};
    QVERIFY(publish(in));
    const QByteArray outbox = read(root + u"/outbox/7.jsonl"_s);
    const QByteArray deletion = "{\"action\":\"delete\",\"sku\":\"Z-9\",\"locale\":\"en_US\",\"channel\":\"" +
                                kind.toUtf8() + "-main\"}\n";
    QCOMPARE(QString::fromUtf8(outbox), line + u'\n' + QString::fromUtf8(deletion));
    for (const QByteArray& jsonLine : outbox.split('\n'))
        if (!jsonLine.isEmpty())
            QVERIFY(QJsonDocument::fromJson(jsonLine).isObject());
    // The checksum covers the line, which carries nothing of the publication that wrote it.
    QCOMPARE(
        FolderPublication::checksum(in.channel, in.renderings.at(0)),
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray("line") +
                                                                QByteArray::number(line.toUtf8().size()) +
                                                                ':' + line.toUtf8()),
                                                     QCryptographicHash::Sha256)
                                .toHex()));
}

void TestFolderPublication::webIndexes()
{
    const QString root = newRoot();
    QList<Rendering> list{rendering(u"web"_s, u"B-2"_s, u"en_US"_s, u"Tom & Jerry <Deluxe>"_s),
                          rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Åre \"Trail\" Boots"_s),
                          rendering(u"web"_s, u"A 3"_s, u"de_DE"_s, u"Wanderschuh"_s)};
    QVERIFY(publish(input(u"web"_s, root, 1, list)));
    const QString index = QString::fromUtf8(read(root + u"/en-us/index.html"_s));
    QVERIFY2(index.contains(u"<li><a href=\"A-1.html\">Åre &quot;Trail&quot; Boots</a></li>\n"
                            "<li><a href=\"B-2.html\">Tom &amp; Jerry &lt;Deluxe&gt;</a></li>\n"_s),
             qPrintable(index));
    QVERIFY(index.contains(u"<html lang=\"en-US\">"_s));
    QVERIFY(index.contains(u"<title>Acme shop</title>"_s));
    QVERIFY2(read(root + u"/de-de/index.html"_s).contains("<a href=\"A%203.html\">Wanderschuh</a>"),
             read(root + u"/de-de/index.html"_s).constData());
    const QString rootIndex = QString::fromUtf8(read(root + u"/index.html"_s));
    QVERIFY2(rootIndex.indexOf(u"href=\"de-de/index.html\""_s) > 0 &&
                 rootIndex.indexOf(u"href=\"de-de/index.html\""_s) <
                     rootIndex.indexOf(u"href=\"en-us/index.html\""_s),
             qPrintable(rootIndex));

    const QString tidy = QStandardPaths::findExecutable(u"tidy"_s);
    if (tidy.isEmpty())
        QSKIP("tidy is not installed: cannot check the index pages are valid HTML5");
    for (const QString& page : {u"index.html"_s, u"en-us/index.html"_s, u"de-de/index.html"_s}) {
        int exitCode = 0;
        const QByteArray report = runTool(tidy, {u"-e"_s, u"-q"_s, root + u'/' + page}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(page + u": "_s + QString::fromUtf8(report)));
    }
}

void TestFolderPublication::feedInSkuOrder()
{
    const QString root = newRoot();
    QList<Rendering> list;
    for (const QString& sku : {u"C-3"_s, u"A-1"_s, u"B-2"_s})
        list << rendering(u"feed"_s, sku, u"en_US"_s, u"Product & "_s + sku);
    QVERIFY(publish(input(u"feed"_s, root, 1, list)));
    QVERIFY(publish(input(u"feed"_s, root, 2, {rendering(u"feed"_s, u"AA-9"_s, u"en_US"_s, u"Late"_s)})));

    QXmlStreamReader reader(read(root + u"/en_US.xml"_s));
    QStringList ids;
    QString channelTitle;
    bool rss = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"rss")
            rss = reader.attributes().value(u"version") == u"2.0";
        else if (reader.name() == u"title" && channelTitle.isEmpty())
            channelTitle = reader.readElementText();
        else if (reader.name() == u"id" && reader.namespaceUri() == u"http://base.google.com/ns/1.0")
            ids << reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(rss);
    QCOMPARE(channelTitle, u"Acme shop"_s);
    QCOMPARE(ids, (QStringList{u"A-1"_s, u"AA-9"_s, u"B-2"_s, u"C-3"_s}));
    QVERIFY(read(root + u"/en_US.xml"_s).contains("<title>Product &amp; B-2</title>"));
}

void TestFolderPublication::printCatalog()
{
    const QString root = newRoot();
    FolderPublication::Input in = input(u"print"_s, root, 1);
    for (const QString& sku : {u"P-2"_s, u"P-1"_s, u"P-3"_s})
        in.renderings << rendering(u"print"_s, sku, u"en_US"_s, u"Lantern "_s + sku);
    in.settings.insert(u"catalog"_s, true);
    QVERIFY(publish(in));
    // A second publication changes one product; the catalog takes the others from the folder.
    in.publicationId = 2;
    in.renderings = {rendering(u"print"_s, u"P-2"_s, u"en_US"_s, u"Lantern P-2 Mark II"_s, u"v2"_s)};
    QVERIFY(publish(in));

    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (qpdf.isEmpty() || pdftotext.isEmpty())
        QSKIP("qpdf and pdftotext (poppler-utils) are needed to check the catalog");
    const QString catalog = root + u"/en_US/catalog.pdf"_s;
    int exitCode = 0;
    const QByteArray check = runTool(qpdf, {u"--check"_s, catalog}, &exitCode);
    QVERIFY2(exitCode == 0, check.constData());
    const QString text = QString::fromUtf8(runTool(pdftotext, {catalog, u"-"_s}, &exitCode));
    QCOMPARE(exitCode, 0);
    const qsizetype first = text.indexOf(u"Lantern P-1"_s);
    const qsizetype second = text.indexOf(u"Lantern P-2 Mark II"_s);
    const qsizetype third = text.indexOf(u"Lantern P-3"_s);
    QVERIFY2(first >= 0 && second > first && third > second, qPrintable(text));
    QCOMPARE(text.count(u'\f'), 3); // one page per product
}

void TestFolderPublication::checksumIsStable()
{
    const Channel web = channel(u"web"_s);
    const Rendering r = rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s);
    const QString sum = FolderPublication::checksum(web, r);
    QCOMPARE(sum.size(), 64);
    QCOMPARE(FolderPublication::checksum(web, rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s)), sum);
    QVERIFY(FolderPublication::checksum(web, rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s, u"v2"_s)) !=
            sum);
    QVERIFY(FolderPublication::checksum(web, rendering(u"web"_s, u"A-1"_s, u"de_DE"_s, u"Boot"_s)) != sum);
    // Two publications of the same rendering, with different ids, report the same checksum.
    const auto first = publish(input(u"web"_s, newRoot(), 1, {r}));
    const auto second = publish(input(u"web"_s, newRoot(), 99, {r}));
    QVERIFY(first && second);
    QCOMPARE(first->written.at(0).checksum, sum);
    QCOMPARE(second->written.at(0).checksum, sum);
    const Channel sms = channel(u"sms"_s);
    const Rendering message = rendering(u"sms"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s);
    QCOMPARE(FolderPublication::checksum(sms, message), FolderPublication::checksum(sms, message));
    // A rendering that cannot be published has no checksum.
    Rendering broken = r;
    broken.parts.clear();
    QCOMPARE(FolderPublication::checksum(web, broken), QString());
}

void TestFolderPublication::manifestAndVerify()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"email"_s, root, 3, renderings(u"email"_s, {u"A-1"_s, u"B-2"_s}))));
    const QJsonObject manifest = QJsonDocument::fromJson(read(root + u"/manifest.json"_s)).object();
    QCOMPARE(manifest.value(u"publication").toObject(),
             (QJsonObject{{u"id"_s, 3}, {u"started_by"_s, u"tester"_s}}));
    const QJsonObject files = manifest.value(u"files").toObject();
    QStringList published = paths(root);
    published.removeOne(u"manifest.json"_s);
    QCOMPARE(files.keys(), published);
    QCOMPARE(files.size(), 8);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QByteArray content = read(root + u'/' + it.key());
        QCOMPARE(it.value().toObject().value(u"bytes").toInteger(), content.size());
        QCOMPARE(it.value().toObject().value(u"sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }
    QVERIFY(!files.contains(u"manifest.json"_s));

    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
    {
        QFile edited(root + u"/en_US/A-1.html"_s);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("<!-- edited -->");
    }
    QVERIFY(QFile::remove(root + u"/de_DE/B-2.eml"_s));
    {
        QFile added(root + u"/de_DE/extra.txt"_s);
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.write("stray");
    }
    // The folder's bookkeeping is not part of the publication.
    QFile internal(root + u"/.facet/notes.txt"_s);
    QVERIFY(internal.open(QIODevice::WriteOnly));
    internal.close();
    QCOMPARE(problems(FolderPublication::verify(root, &status)),
             u"missing de_DE/B-2.eml; unexpected de_DE/extra.txt; changed en_US/A-1.html"_s);
    QVERIFY(status);

    FolderPublication::verify(newRoot(), &status);
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
}

void TestFolderPublication::incremental()
{
    const QString root = newRoot();
    const QStringList skus = numberedSkus(20);
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, skus))));
    const QMap<QString, QByteArray> before = snapshot(root);
    const QMap<QString, Stamp> stampsBefore = stamps(root);
    QThread::msleep(20); // a rewritten file would get a later modification time

    // Same name: only the page and the manifest change.
    auto result =
        publish(input(u"web"_s, root, 2,
                      {rendering(u"web"_s, u"SKU-00003"_s, u"de_DE"_s, u"Product SKU-00003"_s, u"v2"_s)}));
    QVERIFY(result);
    QCOMPARE(result->filesWritten, 2);
    QCOMPARE(result->written.size(), 1);
    QCOMPARE(result->written.at(0).paths, QStringList{u"de-de/SKU-00003.html"_s});

    // A new name: the page, the locale's index and the manifest; every other file stays as it was.
    result = publish(
        input(u"web"_s, root, 3, {rendering(u"web"_s, u"SKU-00004"_s, u"de_DE"_s, u"Renamed"_s, u"v2"_s)}));
    QVERIFY(result);
    QCOMPARE(result->filesWritten, 3);
    const QMap<QString, QByteArray> after = snapshot(root);
    const QMap<QString, Stamp> stampsAfter = stamps(root);
    QCOMPARE(after.keys(), before.keys());
    QStringList changed;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.value(it.key()) != it.value())
            changed << it.key();
        else
            QVERIFY2(stampsAfter.value(it.key()) == stampsBefore.value(it.key()), qPrintable(it.key()));
    }
    QCOMPARE(changed, (QStringList{u"de-de/SKU-00003.html"_s, u"de-de/SKU-00004.html"_s,
                                   u"de-de/index.html"_s, u"manifest.json"_s}));
    QVERIFY(after.value(u"de-de/index.html"_s).contains("<a href=\"SKU-00004.html\">Renamed</a>"));
    QCOMPARE(QJsonDocument::fromJson(after.value(u"manifest.json"_s))
                 .object()
                 .value(u"publication")
                 .toObject()
                 .value(u"id")
                 .toInteger(),
             3);
    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::incrementalFeed()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"feed"_s, root, 1, renderings(u"feed"_s, numberedSkus(30)))));
    const QMap<QString, Stamp> stampsBefore = stamps(root);
    QThread::msleep(20);
    const auto result = publish(
        input(u"feed"_s, root, 2, {rendering(u"feed"_s, u"SKU-00007"_s, u"en_US"_s, u"Changed"_s, u"v2"_s)}));
    QVERIFY(result);
    QCOMPARE(result->filesWritten, 2); // en_US.xml and the manifest
    QCOMPARE(result->written.at(0).paths, QStringList{u"en_US.xml"_s});
    QVERIFY(stamps(root).value(u"de_DE.xml"_s) == stampsBefore.value(u"de_DE.xml"_s));
    const QByteArray feed = read(root + u"/en_US.xml"_s);
    QCOMPARE(feed.count("<item>"), 30);
    QVERIFY(feed.contains("<title>Changed</title>"));
    QVERIFY(feed.contains("<title>Product SKU-00029</title>"));
}

void TestFolderPublication::withdrawn()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, {u"A-1"_s, u"B-2"_s}))));
    FolderPublication::Input in = input(u"web"_s, root, 2);
    in.withdrawn = {{u"A-1"_s, u"en_US"_s}};
    auto result = publish(in);
    QVERIFY(result);
    QCOMPARE(result->filesRemoved, 1);
    QVERIFY(!QFileInfo::exists(root + u"/en-us/A-1.html"_s));
    QVERIFY(QFileInfo::exists(root + u"/de-de/A-1.html"_s));
    QVERIFY(!read(root + u"/en-us/index.html"_s).contains("A-1.html"));
    QVERIFY(read(root + u"/en-us/index.html"_s).contains("B-2.html"));
    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());

    // The last product of a locale takes the locale's index and its link on the root index with it.
    in.publicationId = 3;
    in.withdrawn = {{u"B-2"_s, u"en_US"_s}};
    result = publish(in);
    QVERIFY(result);
    QCOMPARE(result->filesRemoved, 2);
    QCOMPARE(paths(root), (QStringList{u"de-de/A-1.html"_s, u"de-de/B-2.html"_s, u"de-de/index.html"_s,
                                       u"index.html"_s, u"manifest.json"_s}));
    QVERIFY(!read(root + u"/index.html"_s).contains("en-us"));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());

    // Email and print remove every file of the record; the print catalog loses its page.
    const QString print = newRoot();
    FolderPublication::Input printIn =
        input(u"print"_s, print, 1, renderings(u"print"_s, {u"A-1"_s, u"B-2"_s}));
    printIn.settings.insert(u"catalog"_s, true);
    QVERIFY(publish(printIn));
    printIn.publicationId = 2;
    printIn.renderings.clear();
    printIn.withdrawn = {{u"A-1"_s, u"de_DE"_s}};
    QVERIFY(publish(printIn));
    QVERIFY(!QFileInfo::exists(print + u"/de_DE/A-1.pdf"_s));
    QVERIFY(QFileInfo::exists(print + u"/de_DE/catalog.pdf"_s));
    QCOMPARE(problems(FolderPublication::verify(print, &status)), QString());
    const QString email = newRoot();
    QVERIFY(publish(input(u"email"_s, email, 1, renderings(u"email"_s, {u"A-1"_s}))));
    FolderPublication::Input emailIn = input(u"email"_s, email, 2);
    emailIn.withdrawn = {{u"A-1"_s, u"de_DE"_s}};
    result = publish(emailIn);
    QVERIFY(result);
    QCOMPARE(result->filesRemoved, 2);
    QCOMPARE(paths(email), (QStringList{u"en_US/A-1.eml"_s, u"en_US/A-1.html"_s, u"manifest.json"_s}));
}

void TestFolderPublication::withdrawnMessages()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"push"_s, root, 1, renderings(u"push"_s, {u"A-1"_s}))));
    FolderPublication::Input in = input(u"push"_s, root, 2);
    in.withdrawn = {{u"A-1"_s, u"en_US"_s}, {u"A-1"_s, u"de_DE"_s}};
    QVERIFY(publish(in));
    QCOMPARE(read(root + u"/outbox/2.jsonl"_s),
             QByteArray(
                 "{\"action\":\"delete\",\"sku\":\"A-1\",\"locale\":\"de_DE\",\"channel\":\"push-main\"}\n"
                 "{\"action\":\"delete\",\"sku\":\"A-1\",\"locale\":\"en_US\",\"channel\":\"push-main\"}\n"));
    // The first publication's messages are still there for a sending service that has not read them yet.
    QCOMPARE(read(root + u"/outbox/1.jsonl"_s).count('\n'), 2);
    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::assetsWrittenOnce()
{
    const QString root = newRoot();
    FolderPublication::Input in =
        input(u"web"_s, root, 1, {rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s)});
    in.assets = {{u"assets/abc.0123456789abcdef.webp"_s, "RIFF-image"}};
    auto result = publish(in);
    QVERIFY(result);
    QCOMPARE(read(root + u"/assets/abc.0123456789abcdef.webp"_s), QByteArray("RIFF-image"));
    const QJsonObject files =
        QJsonDocument::fromJson(read(root + u"/manifest.json"_s)).object().value(u"files").toObject();
    QCOMPARE(files.value(u"assets/abc.0123456789abcdef.webp"_s).toObject().value(u"bytes").toInteger(), 10);
    const Stamp before = stamps(root).value(u"assets/abc.0123456789abcdef.webp"_s);
    QThread::msleep(20);
    // A rendition the folder already has is not written again.
    in.publicationId = 2;
    in.renderings = {rendering(u"web"_s, u"A-1"_s, u"en_US"_s, u"Boot"_s, u"v2"_s)};
    result = publish(in);
    QVERIFY(result);
    QCOMPARE(result->filesWritten, 2); // the page and the manifest
    QVERIFY(stamps(root).value(u"assets/abc.0123456789abcdef.webp"_s) == before);
    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::refusesUnsafeNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("asWithdrawn");
    QTest::newRow("sku climbs out") << u"web"_s << u"../evil"_s << u"en_US"_s << false;
    QTest::newRow("sku is ..") << u"email"_s << u".."_s << u"en_US"_s << false;
    QTest::newRow("sku with slash") << u"print"_s << u"a/b"_s << u"en_US"_s << false;
    QTest::newRow("sku with backslash") << u"email"_s << u"a\\b"_s << u"en_US"_s << false;
    QTest::newRow("sku with NUL") << u"web"_s << u"a"_s + QChar(0) + u"b"_s << u"en_US"_s << false;
    QTest::newRow("sku empty") << u"sms"_s << QString() << u"en_US"_s << false;
    QTest::newRow("hidden sku") << u"web"_s << u".htaccess"_s << u"en_US"_s << false;
    QTest::newRow("locale climbs out") << u"email"_s << u"A-1"_s << u"../../etc"_s << false;
    QTest::newRow("locale with slash") << u"print"_s << u"A-1"_s << u"de/DE"_s << false;
    QTest::newRow("locale is the bookkeeping folder") << u"email"_s << u"A-1"_s << u".facet"_s << false;
    QTest::newRow("web index is reserved") << u"web"_s << u"index"_s << u"en_US"_s << false;
    QTest::newRow("print catalog is reserved") << u"print"_s << u"catalog"_s << u"en_US"_s << false;
    QTest::newRow("withdrawn sku climbs out") << u"web"_s << u"../index"_s << u"en_US"_s << true;
    QTest::newRow("withdrawn locale with NUL") << u"feed"_s << u"A-1"_s << u"en"_s + QChar(0) << true;
}

void TestFolderPublication::refusesUnsafeNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, sku);
    QFETCH(QString, locale);
    QFETCH(bool, asWithdrawn);
    const QString root = newRoot();
    FolderPublication::Input in = input(kind, root, 1, {rendering(kind, u"OK-1"_s, u"en_US"_s, u"Fine"_s)});
    if (asWithdrawn)
        in.withdrawn = {{sku, locale}};
    else
        in.renderings << rendering(kind, sku, locale, u"Bad"_s);
    Status status;
    QVERIFY(!FolderPublication::publish(in, {}, &status));
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QVERIFY(!status.message().isEmpty());
    QVERIFY2(!QFileInfo::exists(root), "nothing may be written, not even the bookkeeping folder");

    FolderPublication::Input assets = input(u"web"_s, root, 1);
    assets.assets = {{u"../outside.png"_s, "x"}};
    QVERIFY(!FolderPublication::publish(assets, {}, &status));
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QVERIFY(!QFileInfo::exists(root));
}

void TestFolderPublication::cancelBeforeCommit_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("before the first file") << 1;
    QTest::newRow("half-way through staging") << 3;
    QTest::newRow("staged, before the journal") << 5; // 4 batches of 128, then the last check
}

void TestFolderPublication::cancelBeforeCommit()
{
    QFETCH(int, cancelAt);
    const QString root = newRoot();
    const QStringList skus = numberedSkus(200);
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, skus.mid(0, 150)))));
    const QMap<QString, QByteArray> before = snapshot(root);

    int polls = 0;
    Status status;
    const auto result = FolderPublication::publish(
        input(u"web"_s, root, 2, renderings(u"web"_s, skus, u"v2"_s)),
        [&polls, cancelAt] { return ++polls >= cancelAt; }, &status);
    QVERIFY(!result);
    QCOMPARE(polls, cancelAt);
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QCOMPARE(snapshot(root), before);
    QVERIFY(!QFileInfo::exists(root + u"/.facet/staging-2"_s));
    QVERIFY(!QFileInfo::exists(root + u"/.facet/journal.json"_s));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::recoverRollsForward()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"email"_s, root, 1, renderings(u"email"_s, {u"A-1"_s, u"B-2"_s}))));
    // Publication 2 as the code leaves it at its commit point: staged files, the new manifest, the journal.
    const QString staging = root + u"/.facet/staging-2"_s;
    QVERIFY(QDir().mkpath(staging + u"/en_US"_s));
    const QByteArray eml = "Subject: new\r\n\r\nv2\r\n";
    const QByteArray html = "<p>v2</p>\n";
    QString error;
    QVERIFY(DurableFile::write(staging + u"/en_US/A-1.eml"_s, eml, &error));
    QVERIFY(DurableFile::write(staging + u"/en_US/A-1.html"_s, html, &error));
    Status status;
    FolderManifest manifest = *FolderManifest::load(root, &status);
    manifest.set(u"en_US/A-1.eml"_s, FolderManifest::entryFor(eml));
    manifest.set(u"en_US/A-1.html"_s, FolderManifest::entryFor(html));
    manifest.remove(u"de_DE/B-2.eml"_s);
    manifest.remove(u"de_DE/B-2.html"_s);
    manifest.setPublication({{u"id"_s, 2}});
    QVERIFY(DurableFile::write(staging + u"/manifest.json"_s, manifest.toJson(), &error));
    FolderJournal journal;
    journal.publicationId = 2;
    journal.renames = {{u".facet/staging-2/en_US/A-1.eml"_s, u"en_US/A-1.eml"_s},
                       {u".facet/staging-2/en_US/A-1.html"_s, u"en_US/A-1.html"_s},
                       {u".facet/staging-2/manifest.json"_s, u"manifest.json"_s}};
    journal.removals = {u"de_DE/B-2.eml"_s, u"de_DE/B-2.html"_s};
    QVERIFY(journal.commit(root));
    // Killed after the first rename: rolling forward skips it.
    QCOMPARE(std::rename(QFile::encodeName(staging + u"/en_US/A-1.eml"_s).constData(),
                         QFile::encodeName(root + u"/en_US/A-1.eml"_s).constData()),
             0);

    QVERIFY(FolderPublication::recover(root));
    QCOMPARE(read(root + u"/en_US/A-1.eml"_s), eml);
    QCOMPARE(read(root + u"/en_US/A-1.html"_s), html);
    QVERIFY(!QFileInfo::exists(root + u"/de_DE/B-2.eml"_s));
    QVERIFY(!QFileInfo::exists(root + u"/.facet/journal.json"_s));
    QVERIFY(!QFileInfo::exists(staging));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
    QVERIFY(FolderPublication::recover(root)); // nothing left to do

    // publish() recovers first: a committed journal found there is finished before the new publication.
    QVERIFY(QDir().mkpath(root + u"/.facet/staging-3/en_US"_s));
    QVERIFY(DurableFile::write(root + u"/.facet/staging-3/en_US/C-3.eml"_s, eml, &error));
    manifest.set(u"en_US/C-3.eml"_s, FolderManifest::entryFor(eml));
    QVERIFY(DurableFile::write(root + u"/.facet/staging-3/manifest.json"_s, manifest.toJson(), &error));
    journal.publicationId = 3;
    journal.renames = {{u".facet/staging-3/en_US/C-3.eml"_s, u"en_US/C-3.eml"_s},
                       {u".facet/staging-3/manifest.json"_s, u"manifest.json"_s}};
    journal.removals.clear();
    QVERIFY(journal.commit(root));
    QVERIFY(publish(input(u"email"_s, root, 4, {rendering(u"email"_s, u"D-4"_s, u"en_US"_s, u"D"_s)})));
    QCOMPARE(read(root + u"/en_US/C-3.eml"_s), eml);
    QVERIFY(QFileInfo::exists(root + u"/en_US/D-4.eml"_s));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::recoverDiscardsStaging()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, {u"A-1"_s}))));
    const QMap<QString, QByteArray> before = snapshot(root);
    QString error;
    QVERIFY(QDir().mkpath(root + u"/.facet/staging-2/en-us"_s));
    QVERIFY(DurableFile::write(root + u"/.facet/staging-2/en-us/A-1.html"_s, "half", &error));
    QVERIFY(DurableFile::write(root + u"/.facet/journal.json.tmp"_s, "{\"publication\":2,\"ren", &error));
    QVERIFY(FolderPublication::recover(root));
    QVERIFY(!QFileInfo::exists(root + u"/.facet/staging-2"_s));
    QVERIFY(!QFileInfo::exists(root + u"/.facet/journal.json.tmp"_s));
    QCOMPARE(snapshot(root), before);
    // A folder never published needs no recovery.
    QVERIFY(FolderPublication::recover(newRoot()));
}

void TestFolderPublication::killedMidStaging()
{
    const QString root = newRoot();
    const int count = 1500;
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, numberedSkus(count / 2)))));
    const QMap<QString, QByteArray> before = snapshot(root);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child-publish"_s, root, QString::number(count)});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains("staging\n") && child.state() == QProcess::Running &&
           child.waitForReadyRead(20000))
        output += child.readAllStandardOutput();
    QVERIFY2(output.contains("staging\n"), output.constData());
    QThread::msleep(150); // a few batches of files are staged
    child.kill();         // SIGKILL: no cleanup runs
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(!QDir(root + u"/.facet/staging-2"_s).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot),
             "the child was meant to die while staging");
    QVERIFY(!QFileInfo::exists(root + u"/.facet/journal.json"_s));

    QCOMPARE(snapshot(root), before);
    Status status;
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
    QVERIFY(status);

    // The next run discards the dead run's staging (its lock is stale) and completes.
    const auto result = publish(input(u"web"_s, root, 3, renderings(u"web"_s, numberedSkus(count), u"v2"_s)));
    QVERIFY(result);
    QCOMPARE(result->written.size(), 2 * count);
    QVERIFY(!QFileInfo::exists(root + u"/.facet/staging-2"_s));
    QCOMPARE(paths(root).size(), 2 * count + 4);
    QVERIFY(read(root + u"/en-us/SKU-01499.html"_s).contains("<p>v2</p>"));
    QVERIFY(read(root + u"/de-de/SKU-00000.html"_s).contains("<p>v2</p>"));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::nothingChangedWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString& kind : {u"web"_s, u"email"_s, u"feed"_s, u"print"_s, u"sms"_s})
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestFolderPublication::nothingChangedWritesNothing()
{
    QFETCH(QString, kind);
    const QString root = newRoot();
    QVERIFY(publish(input(kind, root, 1, renderings(kind, {u"A-1"_s, u"B-2"_s, u"C-3"_s}))));
    const auto before = everything(root);
    QVERIFY(before.contains(u"manifest.json"_s));
    QThread::msleep(20);
    const auto result = publish(input(kind, root, 2));
    QVERIFY(result);
    QCOMPARE(result->filesWritten, 0);
    QCOMPARE(result->bytesWritten, 0);
    QCOMPARE(result->filesRemoved, 0);
    // Byte for byte and stamp for stamp: the manifest still names publication 1.
    QCOMPARE(everything(root), before);
    QCOMPARE(QJsonDocument::fromJson(read(root + u"/manifest.json"_s))
                 .object()
                 .value(u"publication")
                 .toObject()
                 .value(u"id")
                 .toInteger(),
             1);
}

void TestFolderPublication::manifestJsonAsBefore()
{
    // manifest.json is written by hand now; external readers must see the document QJsonDocument wrote.
    FolderManifest manifest;
    QJsonObject files;
    const QStringList names{u"en_US/A-1.html"_s,        u"de_DE/Gr\u00fc\u00dfe.html"_s,
                            u"quote\"d/back\\slash"_s,  u"tab\there/ctl\u0001.txt"_s,
                            u"emoji/\U0001F600.html"_s, u"del\u007f.txt"_s};
    qint64 size = 0;
    for (const QString& name : names) {
        const FolderManifest::Entry entry = FolderManifest::entryFor(name.toUtf8());
        manifest.set(name, {entry.sha256, size});
        files.insert(name, QJsonObject{{u"sha256"_s, QString::fromLatin1(entry.sha256)}, {u"bytes"_s, size}});
        size = size * 1000 + 7;
    }
    const QJsonObject publication{{u"id"_s, 7},
                                  {u"started_by"_s, u"Zo\u00eb \"z\""_s},
                                  {u"skus"_s, QJsonArray{u"A-1"_s, 2}},
                                  {u"nested"_s, QJsonObject{{u"empty"_s, QJsonObject{}}}}};
    manifest.setPublication(publication);
    const QByteArray expected =
        QJsonDocument(QJsonObject{{u"publication"_s, publication}, {u"files"_s, files}}).toJson();
    QCOMPARE(manifest.toJson(), expected);
    QCOMPARE(
        FolderManifest().toJson(),
        QJsonDocument(QJsonObject{{u"publication"_s, QJsonObject()}, {u"files"_s, QJsonObject()}}).toJson());

    // Its binary copy gives the same manifest back, and only for exactly that JSON.
    const QByteArray cache = manifest.toCache(expected);
    const std::optional<FolderManifest> copy = FolderManifest::fromCache(cache, expected);
    QVERIFY(copy);
    QCOMPARE(copy->files(), manifest.files());
    QCOMPARE(copy->publication(), publication);
    QByteArray edited = expected;
    edited.replace("\"bytes\": 7,", "\"bytes\": 8,");
    QVERIFY(edited != expected);
    QVERIFY(!FolderManifest::fromCache(cache, edited));
    QVERIFY(!FolderManifest::fromCache(cache.chopped(1), expected));
    QVERIFY(!FolderManifest::fromCache(QByteArray(), expected));
}

void TestFolderPublication::staleManifestCopyIsIgnored()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"email"_s, root, 1, renderings(u"email"_s, {u"A-1"_s, u"B-2"_s}))));
    QVERIFY(QFile::exists(root + u"/"_s + FolderManifest::cachePath()));
    // Edited outside Facet: an entry for a file someone added by hand, and compact JSON.
    QJsonObject manifest = QJsonDocument::fromJson(read(root + u"/manifest.json"_s)).object();
    QJsonObject files = manifest.value(u"files").toObject();
    files.insert(u"notes/readme.txt"_s, QJsonObject{{u"sha256"_s, u"00"_s}, {u"bytes"_s, 5}});
    manifest.insert(u"files"_s, files);
    {
        QFile file(root + u"/manifest.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    }
    Status status;
    std::optional<FolderManifest> loaded = FolderManifest::load(root, &status);
    QVERIFY(loaded);
    QCOMPARE(loaded->entry(u"notes/readme.txt"_s), (FolderManifest::Entry{"00", 5}));
    QCOMPARE(loaded->files().size(), 9);

    // A publication builds on what manifest.json says, and writes a copy that matches it again.
    QVERIFY(publish(
        input(u"email"_s, root, 2, {rendering(u"email"_s, u"A-1"_s, u"en_US"_s, u"New"_s, u"v2"_s)})));
    const QJsonObject after = QJsonDocument::fromJson(read(root + u"/manifest.json"_s)).object();
    QCOMPARE(
        after.value(u"files").toObject().value(u"notes/readme.txt"_s).toObject().value(u"bytes").toInteger(),
        5);
    QCOMPARE(after.value(u"files").toObject().size(), 9);
    const QByteArray json = read(root + u"/manifest.json"_s);
    const std::optional<FolderManifest> copy =
        FolderManifest::fromCache(read(root + u"/"_s + FolderManifest::cachePath()), json);
    QVERIFY(copy);
    Status parsed;
    QCOMPARE(copy->files(), FolderManifest::fromJson(json, &parsed).files());

    // A damaged copy is not trusted either.
    {
        QFile cache(root + u"/"_s + FolderManifest::cachePath());
        QVERIFY(cache.open(QIODevice::ReadWrite));
        cache.resize(cache.size() / 2);
    }
    loaded = FolderManifest::load(root, &status);
    QVERIFY(loaded);
    QCOMPARE(loaded->files(), FolderManifest::fromJson(json, &parsed).files());
}

void TestFolderPublication::feedStateKeepsPlaces()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"feed"_s, root, 1, renderings(u"feed"_s, numberedSkus(40)))));
    const QByteArray feed = read(root + u"/en_US.xml"_s);
    const QByteArray state = read(root + u"/.facet/state/en_US.state"_s);
    // The items are in the feed only once: the state holds their places, not a second copy.
    QVERIFY(!state.isEmpty());
    QVERIFY(!state.contains("<item>"));
    QVERIFY(state.size() < feed.size() / 3);

    // A fingerprint that differs (another machine, another Qt) falls back to the feed's SHA-256.
    QByteArray otherFingerprint = state;
    const qsizetype fingerprintAt = qsizetype(qstrlen("facet-state-2\n")) + 1 + 8;
    otherFingerprint[fingerprintAt] = char(otherFingerprint.at(fingerprintAt) ^ 0x5a);
    QString error;
    QVERIFY(DurableFile::write(root + u"/.facet/state/en_US.state"_s, otherFingerprint, &error));
    QVERIFY(publish(input(u"feed"_s, root, 2,
                          {rendering(u"feed"_s, u"SKU-00003"_s, u"en_US"_s, u"Changed"_s, u"v2"_s)})));
    const QByteArray changed = read(root + u"/en_US.xml"_s);
    QCOMPARE(changed.count("<item>"), 40);
    QVERIFY(changed.contains("<title>Changed</title>"));
    QVERIFY(changed.contains("<title>Product SKU-00039</title>"));
}

void TestFolderPublication::feedChangedOutsideFacet()
{
    const QString root = newRoot();
    QVERIFY(publish(input(u"feed"_s, root, 1, renderings(u"feed"_s, {u"A-1"_s, u"B-2"_s, u"C-3"_s}))));
    QByteArray feed = read(root + u"/en_US.xml"_s);
    feed.replace("Product B-2", "Product X-2"); // same size, other bytes
    QString error;
    QVERIFY(DurableFile::write(root + u"/en_US.xml"_s, feed, &error));
    const auto before = everything(root);

    // The other items of en_US would come from a feed Facet did not write: refused, nothing touched.
    Status status;
    QVERIFY(!publish(
        input(u"feed"_s, root, 2, {rendering(u"feed"_s, u"A-1"_s, u"en_US"_s, u"New"_s, u"v2"_s)}), &status));
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QVERIFY2(status.message().contains(u"changed or replaced outside Facet"_s), qPrintable(status.message()));
    QVERIFY(status.message().contains(u"publications verify"_s));
    QCOMPARE(everything(root), before);

    // The untouched locale publishes as usual.
    QVERIFY(
        publish(input(u"feed"_s, root, 3, {rendering(u"feed"_s, u"A-1"_s, u"de_DE"_s, u"Neu"_s, u"v2"_s)})));
    // Publishing every product of the locale again needs nothing from the old feed and repairs it.
    QList<Rendering> all;
    for (const QString& sku : {u"A-1"_s, u"B-2"_s, u"C-3"_s})
        all << rendering(u"feed"_s, sku, u"en_US"_s, u"Product "_s + sku, u"v3"_s);
    QVERIFY(publish(input(u"feed"_s, root, 4, all)));
    const QByteArray repaired = read(root + u"/en_US.xml"_s);
    QVERIFY(repaired.contains("Product B-2"));
    QVERIFY(!repaired.contains("Product X-2"));
    QCOMPARE(problems(FolderPublication::verify(root, &status)), QString());
}

void TestFolderPublication::oneChangeFeedEqualsFullPublication()
{
    const QString incremental = newRoot();
    const QStringList skus = numberedSkus(25);
    QVERIFY(publish(input(u"feed"_s, incremental, 1, renderings(u"feed"_s, skus))));
    QList<Rendering> changes{rendering(u"feed"_s, u"SKU-00004"_s, u"en_US"_s, u"Lamp & <more>"_s, u"v2"_s),
                             rendering(u"feed"_s, u"SKU-00030"_s, u"en_US"_s, u"Brand new"_s, u"v1"_s),
                             rendering(u"feed"_s, u"SKU-00010"_s, u"de_DE"_s, u"Lampe"_s, u"v2"_s)};
    FolderPublication::Input second = input(u"feed"_s, incremental, 2, changes);
    second.withdrawn = {{u"SKU-00000"_s, u"en_US"_s}, {u"SKU-00024"_s, u"de_DE"_s}};
    QVERIFY(publish(second));
    QVERIFY(publish(input(u"feed"_s, incremental, 3,
                          {rendering(u"feed"_s, u"SKU-00012"_s, u"en_US"_s, u"Again"_s, u"v3"_s)})));

    // The same renderings published at once into an empty folder.
    QList<Rendering> final;
    for (const Rendering& r : renderings(u"feed"_s, skus)) {
        if ((r.sku == u"SKU-00000" && r.locale == u"en_US") ||
            (r.sku == u"SKU-00024" && r.locale == u"de_DE") ||
            (r.sku == u"SKU-00004" && r.locale == u"en_US") ||
            (r.sku == u"SKU-00010" && r.locale == u"de_DE") ||
            (r.sku == u"SKU-00012" && r.locale == u"en_US"))
            continue;
        final << r;
    }
    final << changes << rendering(u"feed"_s, u"SKU-00012"_s, u"en_US"_s, u"Again"_s, u"v3"_s);
    const QString scratch = newRoot();
    QVERIFY(publish(input(u"feed"_s, scratch, 3, final)));
    for (const QString& path : {u"en_US.xml"_s, u"de_DE.xml"_s, u"manifest.json"_s})
        QCOMPARE(read(incremental + u'/' + path), read(scratch + u'/' + path));
    QCOMPARE(read(incremental + u"/.facet/state/en_US.state"_s),
             read(scratch + u"/.facet/state/en_US.state"_s));
}

void TestFolderPublication::olderStateIsRead()
{
    // Versions before this one kept the state as CBOR, a feed's items included; it is read and replaced.
    const QString root = newRoot();
    QVERIFY(publish(input(u"web"_s, root, 1, renderings(u"web"_s, {u"A-1"_s, u"B-2"_s}))));
    QVERIFY(QFile::remove(root + u"/.facet/state/en_US.state"_s));
    QCborArray products{u"A-1"_s, QByteArray("Old title A"), u"B-2"_s, QByteArray("Product B-2")};
    QString error;
    QVERIFY(DurableFile::write(root + u"/.facet/state/en_US.cbor"_s,
                               QCborValue(QCborMap{{u"products"_s, products}}).toCbor(), &error));
    QVERIFY(publish(input(u"web"_s, root, 2, {rendering(u"web"_s, u"C-3"_s, u"en_US"_s, u"Product C-3"_s)})));
    const QByteArray index = read(root + u"/en-us/index.html"_s);
    QVERIFY(index.contains(">Old title A</a>"));
    QVERIFY(index.contains(">Product B-2</a>"));
    QVERIFY(index.contains(">Product C-3</a>"));
    QVERIFY(!QFile::exists(root + u"/.facet/state/en_US.cbor"_s));
    QVERIFY(QFile::exists(root + u"/.facet/state/en_US.state"_s));
}

void TestFolderPublication::sha256MatchesQt()
{
    qInfo("SHA instructions: %s", Sha256::accelerated() ? "yes" : "no");
    // Every tail length around the one- and two-block padding boundaries, and sizes of many blocks.
    QByteArray data(3 * 1024 * 1024 + 77, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char& c : data) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x);
    }
    QList<qsizetype> sizes;
    for (qsizetype n = 0; n <= 200; ++n)
        sizes << n;
    sizes << 1000 << 4096 << 65536 + 55 << data.size();
    for (const qsizetype n : std::as_const(sizes)) {
        const QByteArrayView view(data.constData(), n);
        QCOMPARE(Sha256::hash(view).toHex(),
                 QCryptographicHash::hash(view, QCryptographicHash::Sha256).toHex());
    }
    QCOMPARE(Sha256::hash("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child-publish") == 0) {
        QCoreApplication app(argc, argv);
        return childPublish(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QGuiApplication app(argc, argv); // QPdfWriter draws the print fixtures
    TestFolderPublication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_folderpublication.moc"
