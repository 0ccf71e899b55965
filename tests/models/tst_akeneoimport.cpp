// SPDX-License-Identifier: GPL-3.0-or-later
// Akeneo flat CSV: the reader's dialect, column names, rich text, value conversion, bad input, inference,
// assets, idempotency, drafts under review, dry runs, cancelling and the export → import round trip.
#include "models/demo/DemoWorkspace.h"
#include "models/exchange/AkeneoColumn.h"
#include "models/exchange/AkeneoExporter.h"
#include "models/exchange/AkeneoImporter.h"
#include "models/exchange/CsvReader.h"
#include "models/exchange/HtmlToRichText.h"
#include "models/storage/Workspace.h"
#include "tests/common/TestImages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;

namespace {

QString json(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// A small structure every value test shares: two channels, three locales, one attribute of each type.
const char* kChannels = "code;label-en_US;currencies;locales;tree\n"
                        "ecommerce;E-commerce;EUR,USD;en_US,de_DE,fr_FR;master\n"
                        "print;Print;EUR;en_US,de_DE;master\n";
const char* kAttributes =
    "code;label-en_US;type;group;localizable;scopable;default_metric_unit;decimals_allowed\n"
    "sku;SKU;pim_catalog_identifier;general;0;0;;\n"
    "name;Name;pim_catalog_text;general;1;0;;\n"
    "description;Description;pim_catalog_textarea;marketing;1;1;;\n"
    "price;Price;pim_catalog_price_collection;marketing;0;0;;\n"
    "weight;Weight;pim_catalog_metric;technical;0;0;KILOGRAM;\n"
    "colors;Colors;pim_catalog_multiselect;technical;0;0;;\n"
    "material;Material;pim_catalog_simpleselect;technical;0;0;;\n"
    "waterproof;Waterproof;pim_catalog_boolean;technical;0;0;;\n"
    "release;Release;pim_catalog_date;general;0;0;;\n"
    "volume;Volume;pim_catalog_number;technical;0;0;;1\n"
    "image;Image;pim_catalog_image;media;0;0;;\n";
const char* kOptions = "attribute;code;sort_order;label-en_US\n"
                       "colors;red;1;Red\ncolors;blue;2;Blue\ncolors;green;3;Green\n"
                       "material;steel;1;Steel\nmaterial;wood;2;Wood\n";
const char* kFamilies =
    "code;label-en_US;attributes;attribute_as_label;requirements-ecommerce;requirements-print\n"
    "bottles;Bottles;sku,name,description,price,weight,colors,material,waterproof,release,"
    "volume,image;name;name,price;name\n";
const char* kCategories = "code;parent;label-en_US\nmaster;;Master\nkitchen;master;Kitchen\n";

class Fixture
{
public:
    Fixture()
    {
        Status s;
        m_workspace =
            Workspace::open(m_dir.filePath(QStringLiteral("ws.facet")), Workspace::OpenMode::Create, &s);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const QByteArray& content) const
    {
        const QString p = path(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return p;
    }
    QStringList structure() const
    {
        return {write(QStringLiteral("channels.csv"), kChannels),
                write(QStringLiteral("attributes.csv"), kAttributes),
                write(QStringLiteral("attribute_options.csv"), kOptions),
                write(QStringLiteral("families.csv"), kFamilies),
                write(QStringLiteral("categories.csv"), kCategories)};
    }
    ImportReport import(const QStringList& files, bool dryRun = false, int batchSize = 1000)
    {
        ImportOptions options;
        options.files = files;
        options.dryRun = dryRun;
        options.batchSize = batchSize;
        AkeneoImporter importer(*m_workspace, options);
        return importer.run();
    }
    Workspace& workspace() { return *m_workspace; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QString issuesText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportIssue& i : report.issues)
        lines << i.toString();
    return lines.join(u'\n');
}

bool hasIssue(const ImportReport& report, const QString& location, const QString& text)
{
    for (const ImportIssue& i : report.issues) {
        if (i.location() == location && i.toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestAkeneoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvReader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("records"); // fields joined by "|", then "@line"
        QTest::newRow("plain") << QByteArray("a;b\nc;d\n") << QStringList{"a|b@1", "c|d@2"};
        QTest::newRow("no final line break") << QByteArray("a;b\nc;d") << QStringList{"a|b@1", "c|d@2"};
        QTest::newRow("empty fields") << QByteArray(";;\n") << QStringList{"||@1"};
        QTest::newRow("quoted delimiter") << QByteArray("\"a;b\";c\n") << QStringList{"a;b|c@1"};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\";x\n") << QStringList{"say \"hi\"|x@1"};
        QTest::newRow("multi-line cell")
            << QByteArray("a;\"one\ntwo\nthree\"\nb;c\n") << QStringList{"a|one\ntwo\nthree@1", "b|c@4"};
        QTest::newRow("CRLF lines") << QByteArray("a;b\r\nc;d\r\n") << QStringList{"a|b@1", "c|d@2"};
        QTest::newRow("CRLF inside quotes")
            << QByteArray("\"x\r\ny\";z\r\nq;r\r\n") << QStringList{"x\ny|z@1", "q|r@3"};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFsku;name\n1;A\n")
                             << QStringList{"sku|name@1", "1|A@2"};
        QTest::newRow("UTF-8 text") << QByteArray("Grüße;日本\n") << QStringList{"Grüße|日本@1"};
        QTest::newRow("quoted empty") << QByteArray("\"\";a\n") << QStringList{"|a@1"};
    }
    void csvReader()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, records);
        CsvReader reader(input);
        QStringList got;
        while (reader.next())
            got << reader.fields().join(u'|') + u'@' + QString::number(reader.line());
        QCOMPARE(reader.error(), QString());
        QCOMPARE(got, records);
    }

    void csvReaderUnclosedQuote()
    {
        CsvReader reader(QByteArray("a;b\n\"open;c\nd;e\n"));
        QVERIFY(reader.next());
        QVERIFY(!reader.next());
        QCOMPARE(reader.error(), QStringLiteral("the quote opened on line 2 is never closed"));
    }

    void columns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected"); // attribute|locale|channel|currency, or the error's start
        using K = AkeneoColumn::Kind;
        QTest::newRow("identifier") << "sku" << int(K::Identifier) << "sku|||";
        QTest::newRow("family") << "family" << int(K::Family) << "|||";
        QTest::newRow("categories") << "categories" << int(K::Categories) << "|||";
        QTest::newRow("plain attribute") << "name" << int(K::Value) << "name|||";
        QTest::newRow("localized") << "name-en_US" << int(K::Value) << "name|en_US||";
        QTest::newRow("scoped") << "description-print" << int(K::Value) << "description||print|";
        QTest::newRow("localized and scoped")
            << "description-de_DE-print" << int(K::Value) << "description|de_DE|print|";
        QTest::newRow("price per currency") << "price-EUR" << int(K::Currency) << "price|||EUR";
        QTest::newRow("scoped price per currency")
            << "price-de_DE-ecommerce-USD" << int(K::Currency) << "price|de_DE|ecommerce|USD";
        QTest::newRow("metric unit") << "weight-unit" << int(K::Unit) << "weight|||";
        QTest::newRow("script locale") << "name-sr_Latn_RS" << int(K::Value) << "name|sr_Latn_RS||";
        QTest::newRow("association") << "X_SELL-products" << int(K::Association) << "|||";
        QTest::newRow("association to models") << "UPSELL-product_models" << int(K::Association) << "|||";
        QTest::newRow("lower-case country") << "name-en_us" << int(K::Invalid) << "“en_us” is not a locale";
        QTest::newRow("upper-case language") << "name-EN_US" << int(K::Invalid) << "“EN_US” is not a locale";
        QTest::newRow("hyphenated locale") << "name-de-DE" << int(K::Invalid) << "“de” is not a locale";
        QTest::newRow("language only") << "name-en" << int(K::Invalid) << "“en” is not a locale";
        QTest::newRow("too many parts") << "a-b-c-d" << int(K::Invalid) << "too many parts";
        QTest::newRow("bad attribute code")
            << "na me" << int(K::Invalid) << "“na me” is not an attribute code";
        QTest::newRow("empty header") << "" << int(K::Invalid) << "the column has no name";
    }
    void columns()
    {
        QFETCH(QString, header);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        AkeneoColumn::Context context;
        context.channels = {QStringLiteral("print"), QStringLiteral("ecommerce")};
        const AkeneoColumn c = AkeneoColumn::parse(header, context);
        QCOMPARE(int(c.kind), kind);
        if (c.kind == AkeneoColumn::Kind::Invalid)
            QVERIFY2(c.error.startsWith(expected), qPrintable(c.error));
        else if (c.kind != AkeneoColumn::Kind::Association)
            QCOMPARE(QStringList({c.attribute, c.locale, c.channel, c.currency}).join(u'|'), expected);
    }

    void richText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("dropped");
        QTest::newRow("already the subset")
            << "<p>A <b>bold</b> claim</p>" << "<p>A <b>bold</b> claim</p>" << "";
        QTest::newRow("line break tag") << "one<br>two" << "one<br>two" << "";
        QTest::newRow("newline in the cell") << "one\ntwo" << "one<br>two" << "";
        QTest::newRow("escaped newline") << "one\\ntwo" << "one<br>two" << "";
        QTest::newRow("list") << "<ul><li>a</li><li>b</li></ul>" << "<ul><li>a</li><li>b</li></ul>" << "";
        QTest::newRow("entities") << "Salt &amp; pepper <b>now</b>" << "Salt &amp; pepper <b>now</b>" << "";
        QTest::newRow("bare ampersand") << "Salt & pepper" << "Salt &amp; pepper" << "";
        QTest::newRow("script") << "<p>ok</p><script>alert(1)</script>" << "<p>ok</p>" << "<script>";
        QTest::newRow("event handler")
            << "<p onclick=\"steal()\">hi</p>" << "<p>hi</p>" << "onclick attribute";
        QTest::newRow("style attribute") << "<b style=\"color:red\">x</b>" << "<b>x</b>" << "style attribute";
        QTest::newRow("style element") << "<style>p{}</style>text" << "text" << "<style>";
        QTest::newRow("span unwrapped") << "<span>keep</span> me" << "keep me" << "<span> (text kept)";
        QTest::newRow("heading") << "<h2>Title</h2>" << "<p><b>Title</b></p>" << "<h2> (kept as bold text)";
        QTest::newRow("unclosed bold") << "<b>open" << "<b>open</b>" << "";
        QTest::newRow("iframe") << "a<iframe src=\"x\"></iframe>b" << "ab" << "src attribute, <iframe>";
    }
    void richText()
    {
        QFETCH(QString, input);
        QFETCH(QString, html);
        QFETCH(QString, dropped);
        const HtmlToRichText::Result r = HtmlToRichText::convert(input);
        QCOMPARE(r.html, html);
        QCOMPARE(r.dropped.join(QStringLiteral(", ")), dropped);
        // Converting twice changes nothing, so re-importing an export is "unchanged".
        QCOMPARE(HtmlToRichText::convert(r.html).html, r.html);
        QCOMPARE(HtmlToRichText::convert(r.html).dropped, QStringList());
    }

    void values_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price collection") << "price" << "282.18 EUR,491.01 USD" << "price"
                                          << "{\"EUR\":\"282.18\",\"USD\":\"491.01\"}";
        QTest::newRow("price per currency") << "price-EUR;price-USD" << "19.9;21" << "price"
                                            << "{\"EUR\":\"19.90\",\"USD\":\"21.00\"}";
        QTest::newRow("metric with unit column") << "weight;weight-unit" << "1.5;GRAM" << "weight"
                                                 << "{\"amount\":1.5,\"unit\":\"GRAM\"}";
        QTest::newRow("metric in one cell") << "weight" << "2 KILOGRAM" << "weight"
                                            << "{\"amount\":2,\"unit\":\"KILOGRAM\"}";
        QTest::newRow("metric default unit")
            << "weight" << "3" << "weight" << "{\"amount\":3,\"unit\":\"KILOGRAM\"}";
        QTest::newRow("multi-select") << "colors" << "red,blue" << "colors" << "[\"blue\",\"red\"]";
        QTest::newRow("simple select") << "material" << "wood" << "material" << "\"wood\"";
        QTest::newRow("boolean 1") << "waterproof" << "1" << "waterproof" << "true";
        QTest::newRow("boolean 0") << "waterproof" << "0" << "waterproof" << "false";
        QTest::newRow("date") << "release" << "2024-05-01" << "release" << "\"2024-05-01\"";
        QTest::newRow("date with midnight time") << "release" << "2024-05-01T00:00:00+00:00" << "release"
                                                 << "\"2024-05-01\"";
        QTest::newRow("number") << "volume" << "0.75" << "volume" << "0.75";
        QTest::newRow("localized text") << "name-de_DE" << "Flasche" << "name-de_DE" << "\"Flasche\"";
        QTest::newRow("scoped localized HTML") << "description-de_DE-print" << "\"<b>Stahl</b><br>dicht\""
                                               << "description-de_DE-print" << "\"<b>Stahl</b><br>dicht\"";
        QTest::newRow("common value of a scopable attribute")
            << "description-en_US" << "Plain" << "description-en_US" << "\"Plain\"";
        QTest::newRow("multi-line cell") << "description-en_US-ecommerce" << "\"Line 1\nLine 2\""
                                         << "description-en_US-ecommerce" << "\"Line 1<br>Line 2\"";
        QTest::newRow("quoted semicolon") << "name-en_US" << "\"A; B\"" << "name-en_US" << "\"A; B\"";
        QTest::newRow("doubled quotes")
            << "name-en_US" << "\"12\"\" pan\"" << "name-en_US" << "\"12\\\" pan\"";
    }
    void values()
    {
        QFETCH(QString, header);
        QFETCH(QString, cell);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        Fixture f;
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"),
                         ("sku;family;" + header + "\nB-1;bottles;" + cell + "\n").toUtf8());
        const ImportReport report = f.import(files);
        QVERIFY2(report.errorCount() == 0, qPrintable(issuesText(report)));
        QCOMPARE(report.created, 1);
        const auto record = f.workspace().record(QStringLiteral("B-1"));
        QVERIFY(record);
        QString error;
        const auto valueKey = f.workspace().catalog().parseValueKey(key, &error);
        QVERIFY2(valueKey, qPrintable(error));
        QCOMPARE(json(record->value(*valueKey)), expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong delimiter") << QByteArray("sku,family,name-en_US\nB-1,bottles,A\n") << 0 << 0
                                         << "products.csv:1" << "the fields are separated by “,”";
        QTest::newRow("invalid UTF-8")
            << QByteArray("sku;family;name-en_US\nB-1;bottles;A\nB-2;bottles;\xC3\x28\n") << 1 << 1
            << "products.csv:3" << "not valid UTF-8";
        QTest::newRow("duplicate identifier")
            << QByteArray("sku;family;name-en_US\nB-1;bottles;A\nB-1;bottles;B\n") << 1 << 1
            << "products.csv:3"
            << "duplicate identifier: “B-1” is already on line 2";
        QTest::newRow("unknown locale format")
            << QByteArray("sku;family;name-en_us\nB-1;bottles;A\n") << 1 << 0 << "products.csv:1"
            << "name-en_us: column skipped: “en_us” is not a locale";
        QTest::newRow("media path outside the folder")
            << QByteArray("sku;family;image\nB-1;bottles;../outside.png\nB-2;bottles;\n") << 1 << 1
            << "products.csv:2" << "leads outside the import folder";
        QTest::newRow("absolute media path") << QByteArray("sku;family;image\nB-1;bottles;/etc/passwd\n") << 0
                                             << 1 << "products.csv:2" << "must be relative";
        QTest::newRow("media file that is not what its name says")
            << QByteArray("sku;family;image\nB-1;bottles;fake.png\nB-2;bottles;\n") << 1 << 1
            << "products.csv:2"
            << "fake.png was refused";
        QTest::newRow("missing media file") << QByteArray("sku;family;image\nB-1;bottles;nothere.png\n") << 0
                                            << 1 << "products.csv:2" << "no such file";
        QTest::newRow("not a number") << QByteArray("sku;family;volume\nB-1;bottles;lots\nB-2;bottles;2\n")
                                      << 1 << 1 << "products.csv:2" << "volume: “lots” is not a number";
        QTest::newRow("bad boolean") << QByteArray("sku;family;waterproof\nB-1;bottles;maybe\n") << 0 << 1
                                     << "products.csv:2" << "is not a yes/no value";
        QTest::newRow("bad price") << QByteArray("sku;family;price\nB-1;bottles;12 euros\n") << 0 << 1
                                   << "products.csv:2" << "is not a price";
        QTest::newRow("unknown option") << QByteArray("sku;family;material\nB-1;bottles;gold\n") << 0 << 1
                                        << "products.csv:2" << "“gold” is not an option of material";
        QTest::newRow("bad date") << QByteArray("sku;family;release\nB-1;bottles;01/05/2024\n") << 0 << 1
                                  << "products.csv:2" << "is not a date";
        QTest::newRow("wrong field count")
            << QByteArray("sku;family;name-en_US\nB-1;bottles\nB-2;bottles;x\n") << 1 << 1 << "products.csv:2"
            << "the row has 2 fields, the header 3";
        QTest::newRow("bad row in a multi-line file")
            << QByteArray("sku;family;name-en_US;volume\nB-1;bottles;\"a\nb\";1\nB-2;bottles;c;x\n") << 1 << 1
            << "products.csv:4" << "is not a number";
        QTest::newRow("unclosed quote")
            << QByteArray("sku;family;name-en_US\nB-1;bottles;ok\nB-2;bottles;\"open\n") << 1 << 0
            << "products.csv" << "never closed";
        QTest::newRow("invalid SKU") << QByteArray("sku;family;name-en_US\n-bad sku;bottles;x\n") << 0 << 1
                                     << "products.csv:2" << "the SKU must be";
        QTest::newRow("not localizable") << QByteArray("sku;family;volume-en_US\nB-1;bottles;1\n") << 1 << 0
                                         << "products.csv:1" << "is not localizable";
        QTest::newRow("missing locale") << QByteArray("sku;family;name\nB-1;bottles;x\n") << 1 << 0
                                        << "products.csv:1" << "the column needs a locale";
        QTest::newRow("channel without the locale")
            << QByteArray("sku;family;description-fr_FR-print\nB-1;bottles;x\n") << 1 << 0 << "products.csv:1"
            << "channel “print” does not publish in fr_FR";
        QTest::newRow("unknown category") << QByteArray("sku;family;categories\nB-1;bottles;nowhere\n") << 0
                                          << 1 << "products.csv:2" << "unknown category";
        QTest::newRow("association not imported")
            << QByteArray("sku;family;X_SELL-products\nB-1;bottles;B-2\n") << 1 << 0 << "products.csv:1"
            << "Facet has no product associations";
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, created);
        QFETCH(int, rejected);
        QFETCH(QString, location);
        QFETCH(QString, message);
        Fixture f;
        f.write(QStringLiteral("secret/outside.png"), "png");
        f.write(QStringLiteral("import/fake.png"), "plain text, not a picture");
        QStringList files = f.structure();
        QDir().mkpath(f.path(QStringLiteral("import")));
        files << f.write(QStringLiteral("import/products.csv"), content);
        const ImportReport report = f.import(files);
        QCOMPARE(report.created, created);
        QCOMPARE(report.rejected, rejected);
        QVERIFY2(hasIssue(report, location, message), qPrintable(issuesText(report)));
        // Never half-written: what was created is exactly what the report says.
        QCOMPARE(f.workspace().productCount(), qint64(created));
    }

    void inferenceWithoutStructureFiles()
    {
        Fixture f;
        f.write(QStringLiteral("img/a.png"), test::pngBytes(1));
        const QString file = f.write(
            QStringLiteral("products.csv"),
            "sku;family;categories;name-en_US;name-de_DE;description-en_US-ecommerce;price;weight;weight-"
            "unit;"
            "colors;waterproof;release;volume;image\n"
            "P-1;mugs;kitchen,sale;Mug;Becher;<b>Big</b>;9.99 "
            "EUR;300;GRAM;red,blue;1;2024-01-02;0.3;img/a.png\n"
            "P-2;mugs;kitchen;Cup;Tasse;Small;4.50 EUR,5 USD;200;GRAM;green;0;2024-02-03;0.2;img/a.png\n");
        const ImportReport report = f.import({file});
        QVERIFY2(report.errorCount() == 0, qPrintable(issuesText(report)));
        QCOMPARE(report.created, 2);
        const Catalog& c = f.workspace().catalog();
        auto type = [&c](const char* code) {
            return attributeTypeCode(c.attribute(QString::fromLatin1(code))->type);
        };
        QCOMPARE(type("sku"), QStringLiteral("identifier"));
        QCOMPARE(type("name"), QStringLiteral("text"));
        QCOMPARE(type("description"), QStringLiteral("rich_text"));
        QCOMPARE(type("price"), QStringLiteral("price_collection"));
        QCOMPARE(type("weight"), QStringLiteral("metric"));
        QCOMPARE(type("colors"), QStringLiteral("multi_select"));
        QCOMPARE(type("waterproof"), QStringLiteral("boolean"));
        QCOMPARE(type("release"), QStringLiteral("date"));
        QCOMPARE(type("volume"), QStringLiteral("number"));
        QCOMPARE(type("image"), QStringLiteral("asset"));
        QVERIFY(c.attribute(QStringLiteral("name"))->localizable);
        QVERIFY(c.attribute(QStringLiteral("description"))->scopable);
        QCOMPARE(c.localeCodes(), QStringList({"en_US", "de_DE"}));
        QCOMPARE(c.channel(QStringLiteral("ecommerce"))->kind, QStringLiteral("web"));
        QVERIFY(c.family(QStringLiteral("mugs")));
        QCOMPARE(c.family(QStringLiteral("mugs"))->labelAttribute, QStringLiteral("name"));
        QVERIFY(c.category(QStringLiteral("sale")));
        QCOMPARE(report.familiesCreated, QStringList{"mugs"});
        QCOMPARE(report.categoriesCreated, QStringList({"kitchen", "sale"}));
        const QString inferred = report.inferred.join(u'\n');
        QVERIFY2(inferred.contains(QStringLiteral("attribute weight: metric, because it has a unit column")),
                 qPrintable(inferred));
        QVERIFY2(
            inferred.contains(QStringLiteral("attribute waterproof: boolean, because every value is 1 or 0")),
            qPrintable(inferred));
        QVERIFY2(inferred.contains(QStringLiteral("channel ecommerce (kind web")), qPrintable(inferred));
        QVERIFY2(inferred.contains(QStringLiteral("family mugs")), qPrintable(inferred));
        QCOMPARE(report.assetsStored, 1);
        QCOMPARE(f.workspace()
                     .record(QStringLiteral("P-2"))
                     ->value({QStringLiteral("price"), {}, {}})
                     .toObject()
                     .value(u"USD")
                     .toString(),
                 QStringLiteral("5.00"));
    }

    void sameFileStoredOnce()
    {
        Fixture f;
        f.write(QStringLiteral("media/a.png"), test::pngBytes(1));
        f.write(QStringLiteral("media/copy.png"), test::pngBytes(1));
        f.write(QStringLiteral("media/b.png"), test::pngBytes(2));
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"),
                         "sku;family;image\nB-1;bottles;media/a.png\n"
                         "B-2;bottles;media/copy.png\nB-3;bottles;media/b.png\n"
                         "B-4;bottles;media/./a.png\n");
        const ImportReport report = f.import(files);
        QVERIFY2(report.errorCount() == 0, qPrintable(issuesText(report)));
        QCOMPARE(report.assetsStored, 2);
        QCOMPARE(report.assetsDeduplicated, 1);
        QCOMPARE(f.workspace().assets().size(), 2);
        const auto image = [&f](const char* sku) {
            return f.workspace()
                .record(QString::fromLatin1(sku))
                ->value({QStringLiteral("image"), {}, {}})
                .toDouble();
        };
        QCOMPARE(image("B-1"), image("B-2"));
        QCOMPARE(image("B-1"), image("B-4"));
        QVERIFY(image("B-1") != image("B-3"));
        QCOMPARE(f.workspace().assets().first().fileName, QStringLiteral("a.png"));
    }

    void idempotent()
    {
        Fixture f;
        f.write(QStringLiteral("media/a.png"), test::pngBytes(1));
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"),
                         "sku;family;categories;name-en_US;description-de_DE-print;price;image\n"
                         "B-1;bottles;kitchen;One;\"<p>Eins</p>\n<ul><li>a</li></ul>\";1 EUR;media/a.png\n"
                         "B-2;bottles;master;Two;<span>x</span>;2 EUR,3 USD;\n");
        const ImportReport first = f.import(files);
        QCOMPARE(first.created, 2);
        const QList<ProductRow> before = f.workspace().products({});
        const QString draft = QString::fromUtf8(f.workspace().record(QStringLiteral("B-1"))->canonicalJson());
        const ImportReport second = f.import(files);
        QCOMPARE(second.created, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 2);
        QCOMPARE(second.rejected, 0);
        QVERIFY(!second.structureChanged());
        QCOMPARE(second.assetsStored, 0);
        QCOMPARE(second.assetsDeduplicated, 1);
        QVERIFY(second.toText().contains(QStringLiteral("Structure: nothing new")));
        const QList<ProductRow> after = f.workspace().products({});
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
        QCOMPARE(QString::fromUtf8(f.workspace().record(QStringLiteral("B-1"))->canonicalJson()), draft);
    }

    void changedRowUpdatesTheDraftOnly()
    {
        Fixture f;
        QStringList files = f.structure();
        const QStringList productFiles{
            f.write(QStringLiteral("products.csv"),
                    "sku;family;name-en_US;volume\nB-1;bottles;One;1\nB-2;bottles;Two;2\n")};
        QCOMPARE(f.import(files + productFiles).created, 2);
        Status status;
        const auto revision =
            f.workspace().freezeRevision(QStringLiteral("B-1"), QStringLiteral("ann"), &status);
        QVERIFY(revision);
        f.write(QStringLiteral("products.csv"), "sku;family;name-en_US;volume\nB-1;bottles;One, renamed;1\n"
                                                "B-2;bottles;Two;2\n");
        const ImportReport report = f.import(files + productFiles);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 1);
        const QList<Revision> revisions = f.workspace().revisions(QStringLiteral("B-1"));
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().hash, revision->hash);
        QCOMPARE(revisions.first().content, revision->content);
        QCOMPARE(f.workspace()
                     .record(QStringLiteral("B-1"))
                     ->value({QStringLiteral("name"), QStringLiteral("en_US"), {}})
                     .toString(),
                 QStringLiteral("One, renamed"));
        QVERIFY(f.workspace().record(QStringLiteral("B-1"))->contentHash() != revision->hash);
    }

    void dryRunWritesNothing()
    {
        Fixture f;
        f.write(QStringLiteral("media/a.png"), test::pngBytes(1));
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"),
                         "sku;family;name-en_US;image\nB-1;bottles;One;media/a.png\n"
                         "B-2;bottles;Two;\nB-3;bottles;Three;../x.png\n");
        const ImportReport report = f.import(files, true);
        QVERIFY(report.dryRun);
        QCOMPARE(report.created, 2);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.assetsStored, 1);
        QVERIFY(report.attributesCreated.contains(QStringLiteral("name")));
        QCOMPARE(f.workspace().productCount(), 0);
        QCOMPARE(f.workspace().assets().size(), 0);
        QVERIFY(f.workspace().catalog().attributes.isEmpty());
        QVERIFY(report.toText().startsWith(QStringLiteral("Dry run")));
    }

    void cancelKeepsWholeBatches()
    {
        Fixture f;
        QByteArray content = "sku;family;name-en_US\n";
        for (int i = 0; i < 50; ++i)
            content += "B-" + QByteArray::number(i) + ";bottles;Name " + QByteArray::number(i) + "\n";
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"), content);
        ImportOptions options;
        options.files = files;
        options.batchSize = 20;
        AkeneoImporter importer(f.workspace(), options);
        int calls = 0;
        QList<qint64> progress;
        const ImportReport report =
            importer.run([&](qint64 done, qint64) { progress << done; }, [&] { return ++calls > 2; });
        QVERIFY(report.cancelled);
        QCOMPARE(progress, QList<qint64>({20, 40}));
        QCOMPARE(f.workspace().productCount(), 40);
        // A rerun completes it.
        const ImportReport rerun = f.import(files, false, 20);
        QCOMPARE(rerun.created, 10);
        QCOMPARE(rerun.unchanged, 40);
    }

    void structureFileExtendsAFamily()
    {
        Fixture f;
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"), "sku;family;name-en_US\nB-1;bottles;One\n");
        QCOMPARE(f.import(files).created, 1);
        f.write(QStringLiteral("attributes.csv"),
                QByteArray(kAttributes) + "capacity;Capacity;pim_catalog_number;technical;0;0;;1\n");
        f.write(QStringLiteral("families.csv"),
                "code;label-en_US;attributes;attribute_as_label;requirements-ecommerce\n"
                "bottles;Bottles;sku,name,capacity;name;name,capacity\n");
        f.write(QStringLiteral("products.csv"), "sku;family;name-en_US;capacity\nB-1;bottles;One;750\n");
        const ImportReport report = f.import(files);
        QVERIFY2(report.errorCount() == 0, qPrintable(issuesText(report)));
        QCOMPARE(report.attributesCreated, QStringList{"capacity"});
        QCOMPARE(report.updated, 1);
        const Family* family = f.workspace().catalog().family(QStringLiteral("bottles"));
        QVERIFY(family->attributes.contains(QStringLiteral("capacity")));
        QCOMPARE(family->requirements.value(QStringLiteral("ecommerce")),
                 QStringList({"name", "price", "capacity"}));
        QVERIFY(hasIssue(report, QStringLiteral("families.csv:2"), QStringLiteral("family “bottles” gains")));
    }

    void previewAndMapping()
    {
        Fixture f;
        QStringList files = f.structure();
        files << f.write(QStringLiteral("products.csv"),
                         "sku;family;name-en_US;description-de_DE-print;price-EUR\n"
                         "B-1;bottles;One;<b>x</b>;3\nB-2;bottles;Two;;4\n");
        ImportOptions options;
        options.files = files;
        AkeneoImporter importer(f.workspace(), options);
        QVERIFY(importer.analyze());
        const ProductFile& file = importer.plan().productFiles.first();
        QCOMPARE(file.rows, 2);
        QCOMPARE(file.columns.at(3).locale, QStringLiteral("de_DE"));
        QCOMPARE(file.columns.at(3).channel, QStringLiteral("print"));
        QCOMPARE(file.columns.at(4).currency, QStringLiteral("EUR"));
        const QList<MasterRecord> preview = importer.preview(5);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.at(1).value({QStringLiteral("price"), {}, {}}).toObject().value(u"EUR").toString(),
                 QStringLiteral("4.00"));
        QCOMPARE(f.workspace().productCount(), 0);
    }

    // The demo catalog (every attribute type, three locales, channels of every kind, scoped values, prices,
    // images) exported and imported into an empty workspace gives the same records, structure and files.
    void roundTrip()
    {
        QTemporaryDir dir;
        Status status;
        auto source =
            Workspace::open(dir.filePath(QStringLiteral("demo.facet")), Workspace::OpenMode::Create, &status);
        QVERIFY(DemoWorkspace::populate(*source));
        AkeneoExporter exporter(*source);
        ExportReport exported;
        QVERIFY(exporter.exportTo(dir.filePath(QStringLiteral("out")), &exported));
        QCOMPARE(exported.products, source->productCount());
        QVERIFY(exported.mediaFiles > 0);

        auto target =
            Workspace::open(dir.filePath(QStringLiteral("copy.facet")), Workspace::OpenMode::Create, &status);
        ImportOptions options;
        for (const QString& name :
             QDir(dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.csv")}))
            options.files << dir.filePath(QStringLiteral("out/") + name);
        AkeneoImporter importer(*target, options);
        const ImportReport report = importer.run();
        QVERIFY2(report.errorCount() == 0, qPrintable(issuesText(report)));
        QVERIFY2(report.inferred.isEmpty(), qPrintable(report.inferred.join(u'\n')));
        QCOMPARE(report.created, source->productCount());

        // Structure: same locales, channels (kind, locales, level, settings), attributes, families,
        // categories.
        const Catalog& a = source->catalog();
        const Catalog& b = target->catalog();
        QCOMPARE(b.localeCodes(), a.localeCodes());
        QCOMPARE(b.channels.size(), a.channels.size());
        for (const Channel& c : a.channels) {
            QVERIFY(b.channel(c.code));
            QCOMPARE(b.channel(c.code)->kind, c.kind);
            QCOMPARE(b.channel(c.code)->locales, c.locales);
            QCOMPARE(b.channel(c.code)->requiredLevel, c.requiredLevel);
            QCOMPARE(b.channel(c.code)->settings, c.settings);
            QCOMPARE(b.channel(c.code)->labels, c.labels);
        }
        QCOMPARE(b.attributes.size(), a.attributes.size());
        for (const Attribute& x : a.attributes) {
            const Attribute* y = b.attribute(x.code);
            QVERIFY2(y, qPrintable(x.code));
            QCOMPARE(y->type, x.type);
            QCOMPARE(y->localizable, x.localizable);
            QCOMPARE(y->scopable, x.scopable);
            QCOMPARE(y->group, x.group);
            QCOMPARE(y->labels, x.labels);
            QCOMPARE(y->settingsJson(), x.settingsJson());
        }
        for (const Family& x : a.families) {
            QVERIFY(b.family(x.code));
            QCOMPARE(b.family(x.code)->attributes, x.attributes);
            QCOMPARE(b.family(x.code)->requirements, x.requirements);
            QCOMPARE(b.family(x.code)->labelAttribute, x.labelAttribute);
        }
        for (const Category& x : a.categories) {
            QVERIFY(b.category(x.code));
            QCOMPARE(b.category(x.code)->parent, x.parent);
            QCOMPARE(b.category(x.code)->labels, x.labels);
        }

        // Records: every value, with media compared by content.
        QHash<qint64, QString> shaA, shaB;
        for (const Asset& asset : source->assets())
            shaA.insert(asset.id, asset.sha256);
        for (const Asset& asset : target->assets())
            shaB.insert(asset.id, asset.sha256);
        ProductQuery all;
        all.limit = 100000;
        qint64 values = 0;
        for (const ProductRow& row : source->products(all)) {
            MasterRecord x = *source->record(row.sku);
            MasterRecord y = *target->record(row.sku);
            for (MasterRecord* r : {&x, &y}) {
                const QHash<qint64, QString>& sha = r == &x ? shaA : shaB;
                for (auto it = r->values.begin(); it != r->values.end(); ++it) {
                    const Attribute* attribute = a.attribute(it.key().attribute);
                    if (attribute && attribute->type == AttributeType::Asset)
                        it.value() = sha.value(qint64(it.value().toDouble()));
                }
            }
            x.categories.sort();
            y.categories.sort();
            const QString got = QString::fromUtf8(y.canonicalJson());
            const QString want = QString::fromUtf8(x.canonicalJson());
            if (got != want) {
                qsizetype at = 0;
                while (at < got.size() && at < want.size() && got.at(at) == want.at(at))
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1 differs at %2:\n got  …%3\n want …%4")
                                     .arg(row.sku)
                                     .arg(at)
                                     .arg(got.mid(qMax<qsizetype>(0, at - 60), 160),
                                          want.mid(qMax<qsizetype>(0, at - 60), 160))));
            }
            values += x.values.size();
        }
        QVERIFY(values > 100);
        // Every file a record refers to arrived, each once (the product format carries referenced media
        // only).
        QSet<QString> referenced;
        for (const ProductRow& row : source->products(all)) {
            const MasterRecord record = *source->record(row.sku);
            for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
                const Attribute* attribute = a.attribute(it.key().attribute);
                if (attribute && attribute->type == AttributeType::Asset)
                    referenced.insert(shaA.value(qint64(it.value().toDouble())));
            }
        }
        QCOMPARE(QSet<QString>(shaB.cbegin(), shaB.cend()), referenced);
        QCOMPARE(exported.mediaFiles, referenced.size());

        // And the copy imported once more is unchanged.
        AkeneoImporter again(*target, options);
        const ImportReport second = again.run();
        QCOMPARE(second.unchanged, source->productCount());
        QCOMPARE(second.updated, 0);
    }
};

QTEST_GUILESS_MAIN(TestAkeneoImport)
#include "tst_akeneoimport.moc"
