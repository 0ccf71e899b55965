// SPDX-License-Identifier: GPL-3.0-or-later
// The asset library: content sniffing and refusals, deduplication, metadata, where-used, renditions and their
// cache, and what rendering does with assets (rendition paths, alt texts, expiry findings).
#include "models/assets/AssetSniffer.h"
#include "models/assets/RenditionGenerator.h"
#include "models/assets/SvgSafety.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateContext.h"
#include "models/storage/Workspace.h"
#include "tests/common/AssetFiles.h"
#include "tests/common/TestCatalog.h"

#include <QCryptographicHash>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QImage decode(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).read();
}

Catalog catalogWithRenditions()
{
    Catalog c = test::smallCatalog();
    c.channels[0].settings.insert(
        u"renditions"_s, QJsonObject{{u"max_width"_s, 32}, {u"max_height"_s, 32}, {u"format"_s, u"webp"_s}});
    return c;
}

} // namespace

class TestAssets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> newWorkspace(const Catalog& catalog = catalogWithRenditions())
    {
        Status status;
        auto ws = Workspace::open(m_dir.filePath(u"ws-%1.facet"_s.arg(++m_files)),
                                  Workspace::OpenMode::Create, &status);
        if (ws)
            status = ws->saveStructure(catalog);
        if (!status) {
            qWarning() << status.message();
            return nullptr;
        }
        return ws;
    }

private Q_SLOTS:
    void sniffing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("declaredMime");
        QTest::addColumn<QString>("type");  // accepted type, empty when refused
        QTest::addColumn<QString>("error"); // a part of the refusal message
        QTest::addColumn<QSize>("size");

        const QByteArray jpeg = test::imageFile("jpeg");
        const QByteArray png = test::imageFile("png");
        const QByteArray webp = test::imageFile("webp");
        const QByteArray pdf = test::pdfFile();
        QTest::newRow("jpeg") << "photo.jpg" << jpeg << "" << "jpeg" << "" << QSize(64, 48);
        QTest::newRow("jpeg, upper-case .JPEG")
            << "PHOTO.JPEG" << jpeg << "" << "jpeg" << "" << QSize(64, 48);
        QTest::newRow("png") << "pic.png" << png << "" << "png" << "" << QSize(64, 48);
        QTest::newRow("webp") << "pic.webp" << webp << "" << "webp" << "" << QSize(64, 48);
        QTest::newRow("svg") << "logo.svg" << test::svgFile() << "" << "svg" << "" << QSize(200, 100);
        QTest::newRow("svg with fragment references")
            << "ref.svg"
            << test::svgFile("<defs><linearGradient id=\"g\"/></defs>"
                             "<rect fill=\"url(#g)\" width=\"5\" "
                             "height=\"5\" id=\"r\"/><use href=\"#r\"/>")
            << "" << "svg" << "" << QSize(200, 100);
        QTest::newRow("pdf") << "sheet.pdf" << pdf << "" << "pdf" << "" << QSize();
        QTest::newRow("declared media type wins over the name")
            << "upload.bin" << png << "image/png" << "png" << "" << QSize(64, 48);

        QTest::newRow("png renamed .jpg")
            << "photo.jpg" << png << "" << ""
            << "photo.jpg was refused: its name says JPEG, but its content is PNG" << QSize();
        QTest::newRow("jpeg declared as webp") << "x.webp" << jpeg << "image/webp" << ""
                                               << "its name says WebP, but its content is JPEG" << QSize();
        QTest::newRow("text renamed .png")
            << "notes.png" << QByteArray("just some text\n") << "" << ""
            << "its name says PNG, but its content is not a JPEG, PNG, WebP, SVG "
               "or PDF file"
            << QSize();
        QTest::newRow("gif is not accepted") << "anim.gif" << QByteArray("GIF89a\x01\x00\x01\x00") << "" << ""
                                             << "the library accepts JPEG, PNG, WebP, SVG and PDF files, and "
                                                "“.gif” is none of them"
                                             << QSize();
        QTest::newRow("empty file") << "empty.png" << QByteArray() << "" << "" << "the file is empty"
                                    << QSize();
        QTest::newRow("truncated png") << "cut.png" << png.left(png.size() / 2) << "" << ""
                                       << "the PNG file is truncated" << QSize();
        QTest::newRow("truncated jpeg") << "cut.jpg" << jpeg.left(jpeg.size() - 100) << "" << ""
                                        << "the JPEG file is truncated" << QSize();
        QTest::newRow("truncated webp") << "cut.webp" << webp.left(webp.size() - 10) << "" << ""
                                        << "the WebP file is truncated" << QSize();
        QTest::newRow("truncated pdf") << "cut.pdf" << pdf.left(pdf.size() / 2) << "" << ""
                                       << "the PDF file is truncated" << QSize();
        QTest::newRow("truncated svg") << "cut.svg" << test::svgFile().left(60) << "" << ""
                                       << "the SVG is not well-formed XML" << QSize();
        // The last bytes of the image data, before its checksum and the IEND chunk.
        QByteArray damaged = png;
        for (qsizetype i = png.size() - 24; i < png.size() - 16; ++i)
            damaged[i] = char(0x55);
        QTest::newRow("png with damaged data")
            << "bad.png" << damaged << "" << "" << "data cannot be decoded" << QSize();
        QTest::newRow("decompression bomb 100000×100000")
            << "bomb.png" << test::pngBomb(100000, 100000) << "" << ""
            << "its header claims 100000 × 100000 pixels (10000 megapixels); the library decodes at most 64 "
               "megapixels, so this is treated as a decompression bomb"
            << QSize();
        QTest::newRow("svg with script")
            << "evil.svg" << test::svgFile("<script>alert(1)</script>") << "" << ""
            << "the SVG contains a <script> element" << QSize();
        QTest::newRow("svg with event handler")
            << "evil.svg" << test::svgFile("<rect width=\"5\" height=\"5\" onclick=\"alert(1)\"/>") << ""
            << ""
            << "the SVG has an event handler attribute (onclick on <rect>)" << QSize();
        QTest::newRow("svg linking an external image")
            << "ext.svg"
            << test::svgFile("<image href=\"https://tracker.example.com/p.png\" width=\"5\" height=\"5\"/>")
            << ""
            << "" << "the SVG refers to an external resource (https://tracker.example.com/p.png)" << QSize();
        QTest::newRow("svg with external css")
            << "css.svg" << test::svgFile("<style>rect { fill: url(http://x.example/p.svg#a) }</style>") << ""
            << "" << "the SVG refers to an external resource (http://x.example/p.svg#a)" << QSize();
        QTest::newRow("svg with foreignObject")
            << "fo.svg" << test::svgFile("<foreignObject><p>hi</p></foreignObject>") << "" << ""
            << "the SVG embeds foreign content" << QSize();
        QTest::newRow("svg declaring entities")
            << "xxe.svg"
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg "
                          "xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>")
            << "" << "" << "the SVG declares XML entities" << QSize();
        QTest::newRow("xml that is not svg")
            << "data.svg" << QByteArray("<?xml version=\"1.0\"?><html><svg/></html>") << ""
            << "" << "its root element is <html>" << QSize();
    }
    void sniffing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, declaredMime);
        QFETCH(QString, type);
        QFETCH(QString, error);
        QFETCH(QSize, size);
        const AssetSniffer::Result r = AssetSniffer::sniff(fileName, content, declaredMime);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QCOMPARE(r.ok(), error.isEmpty());
        QCOMPARE(r.type, type);
        QCOMPARE(r.mimeType, AssetSniffer::mimeTypeOf(type));
        if (r.ok())
            QCOMPARE(r.size, size);
        else
            QVERIFY2(r.error.startsWith(fileName + u" was refused: "_s), qPrintable(r.error));
    }

    // A refused file changes nothing; a good one is stored once per content.
    void importRefusesAndDeduplicates()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        QVERIFY(!ws->importAsset(u"photo.jpg"_s, test::imageFile("png"), {}, &status));
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        QCOMPARE(status.message(), u"photo.jpg was refused: its name says JPEG, but its content is PNG"_s);
        QCOMPARE(ws->assets().size(), 0);

        const QByteArray png = test::imageFile("png");
        const auto first = ws->importAsset(u"/somewhere/a.png"_s, png, {}, &status);
        QVERIFY(first);
        QVERIFY(!first->deduplicated);
        QCOMPARE(first->mimeType, u"image/png"_s);
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        const auto second = ws->importAsset(u"copy-of-a.png"_s, png, {}, &status);
        QVERIFY(second);
        QVERIFY(second->deduplicated);
        QCOMPARE(second->id, first->id);
        // The importers' unchecked entry point shares the same store.
        QCOMPARE(*ws->addAsset(u"again.png"_s, u"image/png"_s, png, &status), first->id);
        const QList<Asset> all = ws->assets(true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().fileName, u"a.png"_s);
        QCOMPARE(all.first().size, QSize(64, 48));
        QCOMPARE(all.first().byteSize, png.size());
        QCOMPARE(all.first().content, png);
    }

    void metadataRoundTrip()
    {
        const QString path = m_dir.filePath(u"metadata.facet"_s);
        AssetMetadata m;
        m.titles = {{u"en_US"_s, u"Red kettle"_s}, {u"de_DE"_s, u"Roter Wasserkocher"_s}};
        m.alts = {{u"en_US"_s, u"A red kettle on a table"_s}};
        m.rights = u"© 2025 Example Studio"_s;
        m.expires = QDate(2030, 6, 30);
        m.tags = {u" Kitchen"_s, u"red"_s, u"kitchen"_s, u""_s};
        qint64 id = 0;
        {
            Status status;
            auto ws = Workspace::open(path, Workspace::OpenMode::Create, &status);
            QVERIFY(ws);
            QVERIFY(ws->saveStructure(test::smallCatalog()));
            const auto added = ws->importAsset(u"kettle.jpg"_s, test::imageFile("jpeg"), m, &status);
            QVERIFY2(added, qPrintable(status.message()));
            id = added->id;
            // Metadata given with known bytes is merged in.
            AssetMetadata more;
            more.titles.insert(u"fr_FR"_s, u"Bouilloire rouge"_s);
            more.tags = {u"sale"_s};
            QVERIFY(ws->importAsset(u"kettle-2.jpg"_s, test::imageFile("jpeg"), more, &status)->deduplicated);
        }
        Status status;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        QVERIFY(ws);
        const Asset a = *ws->asset(id);
        QCOMPARE(a.metadata.titles.value(u"de_DE"_s), u"Roter Wasserkocher"_s);
        QCOMPARE(a.metadata.titles.value(u"fr_FR"_s), u"Bouilloire rouge"_s);
        QCOMPARE(a.metadata.alts, m.alts);
        QCOMPARE(a.metadata.rights, m.rights);
        QCOMPARE(a.metadata.expires, QDate(2030, 6, 30));
        QCOMPARE(a.metadata.tags, (QStringList{u"kitchen"_s, u"red"_s, u"sale"_s}));
        QCOMPARE(a.metadata.alt(u"de_DE"_s, {u"en_US"_s}), u"A red kettle on a table"_s);
        QVERIFY(!a.metadata.isExpired(QDate(2030, 6, 30)));
        QVERIFY(a.metadata.isExpired(QDate(2030, 7, 1)));

        AssetMetadata edited = a.metadata;
        edited.titles.remove(u"fr_FR"_s);
        edited.expires = QDate();
        edited.tags = {u"archive"_s};
        QVERIFY(ws->saveAssetMetadata(id, edited));
        QCOMPARE(ws->asset(id)->metadata, AssetMetadata::fromJson(edited.toJson()));
        QCOMPARE(ws->assetTags(), QStringList{u"archive"_s});
        QCOMPARE(ws->saveAssetMetadata(9999, edited).kind(), Status::Kind::InvalidInput);
    }

    void search()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        AssetMetadata red;
        red.titles.insert(u"en_US"_s, u"Red kettle"_s);
        red.tags = {u"kitchen"_s};
        AssetMetadata lamp;
        lamp.titles.insert(u"de_DE"_s, u"Schreibtischlampe"_s);
        lamp.tags = {u"office"_s, u"kitchen"_s};
        QVERIFY(ws->importAsset(u"kettle.png"_s, test::imageFile("png", 10, 10), red, &status));
        QVERIFY(ws->importAsset(u"lamp.png"_s, test::imageFile("png", 11, 10), lamp, &status));
        QVERIFY(ws->importAsset(u"logo.svg"_s, test::svgFile(), {}, &status));
        auto names = [&](const AssetQuery& q) {
            QStringList result;
            for (const Asset& a : ws->findAssets(q))
                result << a.fileName;
            return result;
        };
        QCOMPARE(names({}), (QStringList{u"kettle.png"_s, u"lamp.png"_s, u"logo.svg"_s}));
        QCOMPARE(names({u"KETTLE"_s, {}, false}), QStringList{u"kettle.png"_s});
        QCOMPARE(names({u"tischlampe"_s, {}, false}), QStringList{u"lamp.png"_s});
        QCOMPARE(names({u"logo"_s, {}, false}), QStringList{u"logo.svg"_s});
        QCOMPARE(names({{}, u"kitchen"_s, false}), (QStringList{u"kettle.png"_s, u"lamp.png"_s}));
        QCOMPARE(names({u"red"_s, u"office"_s, false}), QStringList());
        QCOMPARE(names({u"100%"_s, {}, false}), QStringList());
    }

    void whereUsed()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        const qint64 image = ws->importAsset(u"a.png"_s, test::imageFile("png"), {}, &status)->id;
        const qint64 other = ws->importAsset(u"b.svg"_s, test::svgFile(), {}, &status)->id;
        MasterRecord one = test::kettle(1);
        one.setValue({u"image"_s, {}, {}}, image);
        MasterRecord two = test::kettle(2);
        two.setValue({u"image"_s, {}, {}}, other);
        MasterRecord three = test::kettle(3);
        three.setValue({u"image"_s, {}, {}}, image);
        QVERIFY(ws->saveRecords({one, two, three}));
        QCOMPARE(ws->assetUsage(image, &status), (QList<AssetUsage>{{u"KET-0001"_s, u"image"_s, {}, {}},
                                                                    {u"KET-0003"_s, u"image"_s, {}, {}}}));
        QCOMPARE(ws->assetUsage(other), (QList<AssetUsage>{{u"KET-0002"_s, u"image"_s, {}, {}}}));
        QVERIFY(ws->removeRecord(u"KET-0001"_s));
        QCOMPARE(ws->assetUsage(image), (QList<AssetUsage>{{u"KET-0003"_s, u"image"_s, {}, {}}}));
    }

    void renditions_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<QColor>("corner"); // the top-left pixel: transparent in the source's images

        const QByteArray png = test::imageFile("png", 400, 300, true);
        QTest::newRow("png → jpeg 200, flattened on white")
            << png << "image/png" << QJsonObject{{u"max_width"_s, 200}, {u"format"_s, u"jpeg"_s}}
            << QSize(200, 150) << QByteArray("\xFF\xD8\xFF") << QColor(Qt::white);
        QTest::newRow("png → webp 100×100 box keeps transparency")
            << png << "image/png"
            << QJsonObject{{u"max_width"_s, 100}, {u"max_height"_s, 100}, {u"format"_s, u"webp"_s}}
            << QSize(100, 75) << QByteArray("RIFF") << QColor(Qt::transparent);
        QTest::newRow("png → png full size")
            << png << "image/png" << QJsonObject{{u"format"_s, u"png"_s}} << QSize(400, 300)
            << QByteArray("\x89PNG") << QColor(Qt::transparent);
        QTest::newRow("png → png on a red background")
            << png << "image/png" << QJsonObject{{u"format"_s, u"png"_s}, {u"background"_s, u"#ff0000"_s}}
            << QSize(400, 300) << QByteArray("\x89PNG") << QColor(Qt::red);
        QTest::newRow("small images are never enlarged")
            << test::imageFile("png", 40, 30) << "image/png"
            << QJsonObject{{u"max_width"_s, 1200}, {u"format"_s, u"png"_s}} << QSize(40, 30)
            << QByteArray("\x89PNG") << QColor(40, 120, 200);
        QTest::newRow("svg → jpeg 100")
            << test::svgFile() << "image/svg+xml"
            << QJsonObject{{u"max_width"_s, 100}, {u"format"_s, u"jpeg"_s}} << QSize(100, 50)
            << QByteArray("\xFF\xD8\xFF") << QColor(51, 102, 204);
        QTest::newRow("svg is drawn as large as the box allows")
            << test::svgFile() << "image/svg+xml"
            << QJsonObject{{u"max_width"_s, 400}, {u"format"_s, u"png"_s}} << QSize(400, 200)
            << QByteArray("\x89PNG") << QColor(51, 102, 204);
        QTest::newRow("pdf first page → png 120")
            << test::pdfFile() << "application/pdf"
            << QJsonObject{{u"max_width"_s, 120}, {u"max_height"_s, 120}, {u"format"_s, u"png"_s}}
            << QSize(84, 120) << QByteArray("\x89PNG") << QColor(200, 60, 60);
    }
    void renditions()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, mimeType);
        QFETCH(QJsonObject, spec);
        QFETCH(QSize, size);
        QFETCH(QByteArray, magic);
        QFETCH(QColor, corner);
        QString error;
        const auto s = RenditionSpec::fromJson(spec, &error);
        QVERIFY2(s, qPrintable(error));
        Asset asset;
        asset.sha256 = u"abc"_s;
        asset.fileName = u"source"_s;
        asset.mimeType = mimeType;
        asset.content = source;
        const Rendition r = RenditionGenerator::generate(asset, *s, &error);
        QVERIFY2(r.isValid(), qPrintable(error));
        QCOMPARE(r.size, size);
        QCOMPARE(r.sourceSha256, u"abc"_s);
        QCOMPARE(r.specHash, s->hash());
        QCOMPARE(r.mimeType, s->mimeType());
        QVERIFY(r.content.startsWith(magic));
        const QImage image = decode(r.content);
        QCOMPARE(image.size(), size);
        const QColor pixel = image.pixelColor(
            image.width() / 8, image.height() / 8 + (mimeType == u"application/pdf"_s ? 5 : 0));
        if (corner.alpha() == 0) {
            QCOMPARE(pixel.alpha(), 0);
        } else {
            // Lossy formats move colours a little.
            QVERIFY2(qAbs(pixel.red() - corner.red()) <= 8 && qAbs(pixel.green() - corner.green()) <= 8 &&
                         qAbs(pixel.blue() - corner.blue()) <= 8 && pixel.alpha() == 255,
                     qPrintable(pixel.name(QColor::HexArgb)));
        }
    }

    void renditionSpecErrors_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("error");
        QTest::newRow("gif") << QJsonObject{{u"format"_s, u"gif"_s}}
                             << "the rendition format “gif” is not jpeg, png or webp";
        QTest::newRow("quality 0") << QJsonObject{{u"format"_s, u"jpeg"_s}, {u"quality"_s, 0}}
                                   << "the rendition quality must be between 1 and 100, not 0";
        QTest::newRow("negative width")
            << QJsonObject{{u"max_width"_s, -5}}
            << "rendition sizes must be between 0 (as the original) and 20000 pixels";
        QTest::newRow("bad colour") << QJsonObject{{u"background"_s, u"whitish"_s}}
                                    << "the rendition background “whitish” is not a colour";
    }
    void renditionSpecErrors()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!RenditionSpec::fromJson(spec, &why));
        QCOMPARE(why, error);
    }

    // The second request for the same asset and spec is a lookup, also after reopening the workspace.
    void renditionCache()
    {
        const QString path = m_dir.filePath(u"cache.facet"_s);
        const auto spec = RenditionSpec::fromJson({{u"max_width"_s, 50}, {u"format"_s, u"jpeg"_s}});
        qint64 id = 0;
        QByteArray made;
        {
            Status status;
            auto ws = Workspace::open(path, Workspace::OpenMode::Create, &status);
            QVERIFY(ws);
            id = ws->importAsset(u"a.png"_s, test::imageFile("png", 200, 100), {}, &status)->id;
            const auto first = ws->rendition(id, *spec, &status);
            QVERIFY2(first, qPrintable(status.message()));
            QVERIFY(!first->cached);
            QCOMPARE(first->size, QSize(50, 25));
            made = first->content;
            const auto second = ws->rendition(id, *spec, &status);
            QVERIFY(second->cached);
            QCOMPARE(second->content, made);
            QCOMPARE(second->spec, spec->toJson());
        }
        Status status;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        const auto again = ws->rendition(id, *spec, &status);
        QVERIFY(again->cached);
        QCOMPARE(again->content, made);
        QCOMPARE(again->sourceSha256, ws->asset(id)->sha256);
        QCOMPARE(ws->cachedRenditions({spec->hash()}).size(), 1);
        QVERIFY(!ws->cachedRendition(again->sourceSha256, RenditionSpec::thumbnail()));
    }

    // Templates see the channel's rendition (path, type, size) and the asset's alt text in the locale.
    void renderingUsesRenditionsAndMetadata()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        AssetMetadata m;
        m.alts.insert(u"de_DE"_s, u"Ein grüner Wasserkocher"_s);
        const auto added = ws->importAsset(u"kettle.png"_s, test::imageFile("png", 64, 48), m, &status);
        MasterRecord r = test::kettle(1);
        r.setValue({u"image"_s, {}, {}}, added->id);
        const auto snapshot = RenderService::snapshot(*ws, false);
        TemplateContext::Inputs in;
        in.catalog = &snapshot->catalog;
        in.assets = &snapshot->assets;
        in.channel = snapshot->catalog.channel(u"web"_s);
        in.locale = u"de_DE"_s;
        QVariantHash image =
            TemplateContext::build(r, in, true).value(u"product"_s).toHash().value(u"image"_s).toHash();
        const QString specHash = RenditionSpec::forChannel(*in.channel)->hash();
        QCOMPARE(image.value(u"path"_s).toString(),
                 u"assets/"_s + added->sha256 + u'.' + specHash.left(16) + u".webp"_s);
        QCOMPARE(image.value(u"path"_s).toString(),
                 TemplateContext::assetPath(*ws->asset(added->id), *in.channel));
        QCOMPARE(image.value(u"mime_type"_s).toString(), u"image/webp"_s);
        QCOMPARE(image.value(u"width"_s).toInt(), 32);
        QCOMPARE(image.value(u"height"_s).toInt(), 24);
        QCOMPARE(image.value(u"alt"_s).toString(), u"Ein grüner Wasserkocher"_s);
        QCOMPARE(image.value(u"expired"_s).toBool(), false);
        // Without alt text in the locale: the product's name.
        in.locale = u"en_US"_s;
        image = TemplateContext::build(r, in, true).value(u"product"_s).toHash().value(u"image"_s).toHash();
        QCOMPARE(image.value(u"alt"_s).toString(), u"Kettle 1"_s);
        // A channel without renditions links the original.
        in.channel = snapshot->catalog.channel(u"print"_s);
        in.locale = u"de_DE"_s;
        image = TemplateContext::build(r, in, true).value(u"product"_s).toHash().value(u"image"_s).toHash();
        QCOMPARE(image.value(u"path"_s).toString(), u"assets/"_s + added->sha256 + u".png"_s);
        QCOMPARE(image.value(u"mime_type"_s).toString(), u"image/png"_s);
    }

    void expiredAssetIsAnErrorFinding_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<bool>("finding");
        QTest::newRow("expired yesterday") << QDate::currentDate().addDays(-1) << true;
        QTest::newRow("expires today") << QDate::currentDate() << false;
        QTest::newRow("no expiry") << QDate() << false;
    }
    void expiredAssetIsAnErrorFinding()
    {
        QFETCH(QDate, expires);
        QFETCH(bool, finding);
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        AssetMetadata m;
        m.expires = expires;
        const auto added = ws->importAsset(u"kettle.png"_s, test::imageFile("png"), m, &status);
        MasterRecord r = test::kettle(1);
        r.setValue({u"image"_s, {}, {}}, added->id);
        const RenderService service(RenderService::snapshot(*ws, false));
        for (const QString& channel : {u"web"_s, u"print"_s}) {
            const Rendering rendering = service.render(r, channel, u"de_DE"_s);
            QVERIFY2(rendering.ok(), qPrintable(rendering.error));
            const auto it = std::find_if(rendering.findings.cbegin(), rendering.findings.cend(),
                                         [](const Finding& f) { return f.rule == u"asset-expired"_s; });
            QCOMPARE(it != rendering.findings.cend(), finding);
            if (!finding)
                continue;
            QCOMPARE(it->severity, Finding::Severity::Error);
            QCOMPARE(it->attribute, u"image"_s);
            QCOMPARE(it->measured, expires.toString(Qt::ISODate));
            QCOMPARE(it->limit, QDate::currentDate().toString(Qt::ISODate));
            QVERIFY2(it->message.startsWith(u"The asset kettle.png in “image” expired on "_s),
                     qPrintable(it->message));
        }
    }

    // Previews embed a channel's rendition once it was made, the original until then.
    void previewsEmbedCachedRenditions()
    {
        auto ws = newWorkspace();
        QVERIFY(ws);
        Status status;
        const auto added = ws->importAsset(u"kettle.png"_s, test::imageFile("png", 64, 48), {}, &status);
        MasterRecord r = test::kettle(1);
        r.setValue({u"image"_s, {}, {}}, added->id);
        auto imageUrl = [&] {
            const auto snapshot = RenderService::snapshot(*ws, true);
            TemplateContext::Inputs in;
            in.catalog = &snapshot->catalog;
            in.assets = &snapshot->assets;
            in.renditions = &snapshot->renditions;
            in.assetLinks = TemplateContext::AssetLinks::Embedded;
            in.channel = snapshot->catalog.channel(u"web"_s);
            in.locale = u"en_US"_s;
            return TemplateContext::build(r, in, true)
                .value(u"product"_s)
                .toHash()
                .value(u"image"_s)
                .toHash()
                .value(u"url"_s)
                .toString();
        };
        QVERIFY(imageUrl().startsWith(u"data:image/png;base64,"_s));
        QVERIFY(
            ws->rendition(added->id, *RenditionSpec::forChannel(*ws->catalog().channel(u"web"_s)), &status));
        QVERIFY(imageUrl().startsWith(u"data:image/webp;base64,UklGR"_s));
    }
};

QTEST_MAIN(TestAssets)
#include "tst_assets.moc"
