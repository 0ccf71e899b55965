// SPDX-License-Identifier: GPL-3.0-or-later
// The web channel: rule checks on hand-written German, French and English product pages, with the external
// tidy as an oracle for the pages the checks call good.
#include "models/channels/JsonLd.h"
#include "models/channels/WebRules.h"
#include "tests/common/ChannelFixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::describe;
using facet::test::fixture;
using facet::test::ids;
using facet::test::replaced;

class TestWebChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedLang_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("lang");
        QTest::newRow("de_DE") << u"de_DE"_s << u"de-DE"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"fr-FR"_s;
        QTest::newRow("language only") << u"fr"_s << u"fr"_s;
        QTest::newRow("script and region") << u"sr_Latn_RS"_s << u"sr-Latn-RS"_s;
    }
    void expectedLang()
    {
        QFETCH(QString, locale);
        QFETCH(QString, lang);
        QCOMPARE(WebRules::expectedLang(locale), lang);
    }

    void goodPages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("locale");
        QTest::newRow("de") << u"product-de.html"_s << u"de_DE"_s;
        QTest::newRow("fr (@graph, ImageObject, numeric price)") << u"product-fr.html"_s << u"fr_FR"_s;
        QTest::newRow("en (priceSpecification, gtin12)") << u"product-en.html"_s << u"en_US"_s;
    }
    void goodPages()
    {
        QFETCH(QString, file);
        QFETCH(QString, locale);
        const QList<Finding> findings = WebRules().check(fixture(file), locale);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // The external tidy agrees that the pages the rules accept have no errors (exit 0, or 1 for warnings).
    void externalTidy_data() { goodPages_data(); }
    void externalTidy()
    {
        QFETCH(QString, file);
        if (QStandardPaths::findExecutable(u"tidy"_s).isEmpty())
            QSKIP("tidy is not installed");
        QProcess tidy;
        tidy.start(u"tidy"_s,
                   {u"-q"_s, u"-e"_s, u"-utf8"_s, QStringLiteral(FACET_CHANNEL_FIXTURES "/") + file});
        QVERIFY(tidy.waitForFinished(60'000));
        const QString report = QString::fromUtf8(tidy.readAllStandardError());
        QVERIFY2(tidy.exitCode() == 0 || tidy.exitCode() == 1, qPrintable(report));
        QVERIFY2(!report.contains(u"Error:"_s), qPrintable(report));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected");
        const QString de = fixture(u"product-de.html"_s);
        auto row = [&](const char* name, const QString& before, const QString& after,
                       const QStringList& expected, const QString& locale = u"de_DE"_s) {
            QTest::newRow(name) << replaced(de, before, after) << locale << expected;
        };
        row("rendered for another locale", u"<html lang=\"de-DE\">"_s, u"<html lang=\"de-DE\">"_s,
            {u"error:web.html_lang"_s}, u"de_AT"_s);
        row("lang missing", u"<html lang=\"de-DE\">"_s, u"<html>"_s, {u"error:web.html_lang"_s});
        row("lang of another language", u"<html lang=\"de-DE\">"_s, u"<html lang=\"fr-FR\">"_s,
            {u"error:web.html_lang"_s});
        row("lang without region", u"<html lang=\"de-DE\">"_s, u"<html lang=\"de\">"_s,
            {u"error:web.html_lang"_s});
        row("lang in other case", u"<html lang=\"de-DE\">"_s, u"<html lang=\"de-de\">"_s, {});
        row("title empty", u"Kaffeemühle „Bärenstark“ – Kegelmahlwerk, 40 Mahlstufen | Röstwerk"_s, u" "_s,
            {u"error:web.title"_s, u"warning:web.html"_s});
        row("logo without alt", u" alt=\"Röstwerk – zur Startseite\""_s, QString(),
            {u"error:web.img_alt"_s, u"warning:web.html"_s});
        row("product image with empty alt", u"alt=\"Kegelmahlwerk der Kaffeemühle „Bärenstark“ im Detail\""_s,
            u"alt=\"\""_s, {u"error:web.img_alt"_s});
        row("unknown element", u"<h2>Beschreibung</h2>"_s, u"<h2>Beschreibung</h2><blink2>neu</blink2>"_s,
            {u"error:web.html"_s, u"warning:web.html"_s, u"warning:web.html"_s});
        row("no JSON-LD", u"type=\"application/ld+json\""_s, u"type=\"text/plain\""_s,
            {u"error:web.jsonld"_s});
        row("JSON-LD not JSON", u"\"sku\": \"KM-4711\","_s, u"\"sku\": \"KM-4711\""_s,
            {u"error:web.jsonld"_s, u"error:web.jsonld"_s});
        row("not a Product", u"\"@type\": \"Product\""_s, u"\"@type\": \"Thing\""_s, {u"error:web.jsonld"_s});
        row("@type list with Product", u"\"@type\": \"Product\""_s, u"\"@type\": [\"Product\", \"Thing\"]"_s,
            {});
        row("context http", u"\"@context\": \"https://schema.org/\""_s,
            u"\"@context\": \"http://schema.org/\""_s, {u"error:web.jsonld_context"_s});
        row("context missing", u"\"@context\": \"https://schema.org/\","_s, QString(),
            {u"error:web.jsonld_context"_s});
        row("name missing", u"\"name\": \"Kaffeemühle „Bärenstark“\","_s, QString(),
            {u"error:web.jsonld_name"_s});
        row("description empty",
            u"\"description\": \"Elektrische Kaffeemühle mit Kegelmahlwerk aus gehärtetem Stahl, 40 "
            u"Mahlstufen von "
            "Espresso bis French Press und 250 g Bohnenbehälter.\""_s,
            u"\"description\": \" \""_s, {u"error:web.jsonld_description"_s});
        row("image relative", u"\"https://shop.roestwerk.example/bilder/km-4711-mahlwerk-1200.jpg\"\n"_s,
            u"\"/bilder/km-4711-mahlwerk-1200.jpg\"\n"_s, {u"error:web.jsonld_image"_s});
        row("image empty list",
            u"[\n    \"https://shop.roestwerk.example/bilder/km-4711-baerenstark-1200.jpg\",\n    "
            "\"https://shop.roestwerk.example/bilder/km-4711-mahlwerk-1200.jpg\"\n  ]"_s,
            u"[]"_s, {u"error:web.jsonld_image"_s});
        row("brand missing", u"\"brand\": { \"@type\": \"Brand\", \"name\": \"Röstwerk\" },"_s, QString(),
            {u"warning:web.jsonld_brand"_s});
        row("sku missing", u"\"sku\": \"KM-4711\","_s, QString(), {u"warning:web.jsonld_sku"_s});
        row("price with decimal comma", u"\"price\": \"189.90\""_s, u"\"price\": \"189,90\""_s,
            {u"error:web.jsonld_price"_s});
        row("price with currency sign", u"\"price\": \"189.90\""_s, u"\"price\": \"189.90 €\""_s,
            {u"error:web.jsonld_price"_s});
        row("price zero", u"\"price\": \"189.90\""_s, u"\"price\": 0"_s, {u"error:web.jsonld_price"_s});
        row("price missing", u"\"price\": \"189.90\","_s, QString(), {u"error:web.jsonld_price"_s});
        row("price as number", u"\"price\": \"189.90\""_s, u"\"price\": 189.9"_s, {});
        row("currency lower case", u"\"priceCurrency\": \"EUR\""_s, u"\"priceCurrency\": \"eur\""_s,
            {u"error:web.jsonld_currency"_s});
        row("currency sign", u"\"priceCurrency\": \"EUR\""_s, u"\"priceCurrency\": \"€\""_s,
            {u"error:web.jsonld_currency"_s});
        row("availability short form", u"\"https://schema.org/InStock\""_s, u"\"InStock\""_s,
            {u"error:web.jsonld_availability"_s});
        row("availability not an ItemAvailability", u"\"https://schema.org/InStock\""_s,
            u"\"https://schema.org/Available\""_s, {u"error:web.jsonld_availability"_s});
        row("availability missing", u"\"availability\": \"https://schema.org/InStock\","_s, QString(),
            {u"warning:web.jsonld_availability"_s});
        row("offers missing", u"\"offers\": {"_s, u"\"offer\": {"_s, {u"error:web.jsonld_offers"_s});
        row("gtin13 wrong check digit", u"\"gtin13\": \"4006381333931\""_s,
            u"\"gtin13\": \"4006381333932\""_s, {u"error:web.jsonld_gtin"_s});
        row("gtin13 holding a GTIN-12", u"\"gtin13\": \"4006381333931\""_s, u"\"gtin13\": \"036000291452\""_s,
            {u"error:web.jsonld_gtin"_s});
        row("gtin holding a GTIN-14", u"\"gtin13\": \"4006381333931\""_s, u"\"gtin\": \"10614141000415\""_s,
            {});
        row("gtin on the offer", u"\"price\": \"189.90\","_s,
            u"\"price\": \"189.90\", \"gtin8\": \"96385075\","_s, {u"error:web.jsonld_gtin"_s});
    }
    void rules()
    {
        QFETCH(QString, html);
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = WebRules().check(html, locale);
        QVERIFY2(ids(findings) == expected, qPrintable(describe(findings)));
        for (const Finding& f : findings)
            QCOMPARE(f.part, u"html"_s);
    }

    void findingDetails()
    {
        const QString html =
            replaced(fixture(u"product-de.html"_s), u" alt=\"Röstwerk – zur Startseite\""_s, QString());
        const QList<Finding> findings = WebRules().check(html, u"de_DE"_s);
        QCOMPARE(findings.size(), 2);
        const Finding& alt = findings.at(1);
        QCOMPARE(alt.rule, u"web.img_alt"_s);
        QCOMPARE(alt.measured, u"/assets/logo-roestwerk.svg"_s);
        QVERIFY(html.mid(alt.position).startsWith(u"<img src=\"/assets/logo-roestwerk.svg\""_s));
        const Finding& tidy = findings.at(0);
        QCOMPARE(tidy.rule, u"web.html"_s);
        QVERIFY2(tidy.message.contains(u"alt"_s), qPrintable(tidy.message));
        QVERIFY(html.mid(tidy.position).startsWith(u"<img"_s));
    }

    void extract_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("availability");
        QTest::newRow("de") << u"product-de.html"_s << u"Kaffeemühle „Bärenstark“"_s << u"KM-4711"_s
                            << u"189.9"_s << u"EUR"_s << u"https://schema.org/InStock"_s;
        QTest::newRow("fr @graph") << u"product-fr.html"_s
                                   << u"Moulin à café « Grain d’Or » – Édition spéciale"_s << u"KM-4711"_s
                                   << u"189.9"_s << u"EUR"_s << u"https://schema.org/InStock"_s;
        QTest::newRow("en priceSpecification")
            << u"product-en.html"_s << u"Trailrunner X2"_s << u"TRX2-SLATE"_s << u"129"_s << u"USD"_s
            << u"https://schema.org/PreOrder"_s;
    }
    void extract()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, sku);
        QFETCH(QString, price);
        QFETCH(QString, currency);
        QFETCH(QString, availability);
        const QJsonObject product = JsonLd::extract(fixture(file));
        QCOMPARE(product.value(u"name"_s).toString(), name);
        QVERIFY(JsonLd::isSchemaOrgContext(product.value(u"@context"_s)));
        QCOMPARE(JsonLd::offer(product), (OfferSummary{sku, price, currency, availability}));
    }

    void extractNothing()
    {
        QVERIFY(
            JsonLd::extract(u"<!DOCTYPE html><html lang=\"de\"><title>x</title><p>Kein JSON-LD</p></html>"_s)
                .isEmpty());
        QVERIFY(JsonLd::extract(QString()).isEmpty());
    }

    void canonicalPrice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("two decimals") << u"189.90"_s << u"189.9"_s;
        QTest::newRow("whole") << u"129.00"_s << u"129"_s;
        QTest::newRow("integer") << u"129"_s << u"129"_s;
        QTest::newRow("leading zeros") << u"0012.50"_s << u"12.5"_s;
        QTest::newRow("below one") << u"0.99"_s << u"0.99"_s;
        QTest::newRow("zero") << u"0.00"_s << u"0"_s;
        QTest::newRow("double formatted") << QString::number(189.9, 'f', 6) << u"189.9"_s;
        QTest::newRow("comma") << u"189,90"_s << QString();
        QTest::newRow("currency") << u"189.90 EUR"_s << QString();
        QTest::newRow("trailing dot") << u"189."_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void canonicalPrice()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(OfferSummary::canonicalPrice(text), canonical);
    }
};

QTEST_GUILESS_MAIN(TestWebChannel)
#include "tst_webchannel.moc"
