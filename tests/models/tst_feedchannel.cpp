// SPDX-License-Identifier: GPL-3.0-or-later
// The Merchant Center feed: the RSS envelope around template-made items, and the per-item rules, with the
// GTIN vectors of CHANNEL-RULES §1c.
#include "models/catalog/Gtin.h"
#include "models/channels/FeedRules.h"
#include "models/channels/MerchantFeed.h"
#include "tests/common/ChannelFixtures.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::describe;
using facet::test::fixture;
using facet::test::ids;
using facet::test::replaced;

namespace {

QStringList germanItems()
{
    return {fixture(u"feed-item-de-km4711.xml"_s), fixture(u"feed-item-de-ma0815.xml"_s)};
}

QByteArray feed(const QStringList& items)
{
    QString error;
    const QByteArray document =
        MerchantFeed::assemble(u"Röstwerk – Mühlen & Zubehör"_s, u"https://shop.roestwerk.example/"_s,
                               u"Alle Produkte des Röstwerk-Shops"_s, items, &error);
    if (document.isEmpty())
        qFatal("assemble failed: %s", qPrintable(error));
    return document;
}

} // namespace

class TestFeedChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assembleMinimal()
    {
        const QByteArray document =
            MerchantFeed::assemble(u"Shop"_s, u"https://shop.example/"_s, u"A & B"_s,
                                   {u"<item><g:id>A-1</g:id>\n  <title>Grüne Tasse</title></item>"_s});
        QCOMPARE(document, QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                      "<rss xmlns:g=\"http://base.google.com/ns/1.0\" version=\"2.0\">\n"
                                      "    <channel>\n"
                                      "        <title>Shop</title>\n"
                                      "        <link>https://shop.example/</link>\n"
                                      "        <description>A &amp; B</description>\n"
                                      "        <item>\n"
                                      "            <g:id>A-1</g:id>\n"
                                      "            <title>Gr\xc3\xbcne Tasse</title>\n"
                                      "        </item>\n"
                                      "    </channel>\n"
                                      "</rss>\n"));
    }

    void assembleKeepsItems()
    {
        const QByteArray document = feed(germanItems() << fixture(u"feed-item-en-trx2.xml"_s));
        QXmlStreamReader reader(document);
        QStringList googleIds;
        QStringList shippingCountries;
        QString description;
        while (!reader.atEnd()) {
            if (!reader.readNextStartElement())
                continue;
            if (reader.namespaceUri() == MerchantFeed::googleNamespace && reader.name() == u"id")
                googleIds << reader.readElementText();
            else if (reader.namespaceUri() == MerchantFeed::googleNamespace && reader.name() == u"country")
                shippingCountries << reader.readElementText();
            else if (reader.name() == u"description" && reader.text().isEmpty() && description.isEmpty() &&
                     !googleIds.isEmpty() && googleIds.last() == u"TRX2-SLATE")
                description = reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(googleIds, (QStringList{u"KM-4711"_s, u"MA-0815"_s, u"TRX2-SLATE"_s}));
        QCOMPARE(shippingCountries, QStringList{u"DE"_s});
        QCOMPARE(description,
                 u"Trail running shoe with a Vibram outsole, rock plate & breathable mesh upper. 8 mm "
                 "drop, 268 g (US men's 9)."_s);
        QVERIFY(QString::fromUtf8(document).contains(u"<title>Kaffeemühle „Bärenstark“ – Kegelmahlwerk"_s));
    }

    void assembleRefuses_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not well-formed") << u"<item><g:id>A-1</item>"_s;
        QTest::newRow("HTML entity") << u"<item><title>Tasse&nbsp;grün</title></item>"_s;
        QTest::newRow("not an item") << u"<entry><g:id>A-1</g:id></entry>"_s;
        QTest::newRow("text outside") << u"<item><g:id>A-1</g:id></item> stray"_s;
        QTest::newRow("unknown prefix") << u"<item><x:id>A-1</x:id></item>"_s;
        QTest::newRow("control character") << u"<item><title>a\u0001b</title></item>"_s;
    }
    void assembleRefuses()
    {
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(MerchantFeed::assemble(u"Shop"_s, u"https://shop.example/"_s, u"d"_s,
                                       {fixture(u"feed-item-fr-km4711.xml"_s), fragment}, &error)
                    .isEmpty());
        QVERIFY2(error.startsWith(u"item 2: "_s), qPrintable(error));
    }

    void goodFeeds_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::newRow("de: g:shipping holds a g:price; dashed GTIN; %2C in a URL") << germanItems();
        QTest::newRow("fr") << QStringList{fixture(u"feed-item-fr-km4711.xml"_s)};
        QTest::newRow("en: preorder with date, CDATA, GTIN-12")
            << QStringList{fixture(u"feed-item-en-trx2.xml"_s)};
    }
    void goodFeeds()
    {
        QFETCH(QStringList, items);
        const QList<Finding> findings = FeedRules().check(feed(items));
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QStringList>("expected");
        const QString km = fixture(u"feed-item-de-km4711.xml"_s);
        auto row = [&](const char* name, const QString& before, const QString& after,
                       const QStringList& expected) {
            QTest::newRow(name) << replaced(km, before, after) << expected;
        };
        auto swap = [&](const char* name, const QString& element, const QString& value,
                        const QStringList& expected) {
            const qsizetype start = km.indexOf(u'<' + element + u'>');
            const qsizetype end = km.indexOf(u"</"_s + element + u'>') + element.size() + 3;
            row(name, km.mid(start, end - start), u'<' + element + u'>' + value + u"</"_s + element + u'>',
                expected);
        };
        swap("id with a space", u"g:id"_s, u"KM 4711"_s, {u"error:feed.id"_s});
        swap("id 51 characters", u"g:id"_s, QString(51, u'K'), {u"error:feed.id"_s});
        swap("id 50 characters", u"g:id"_s, QString(50, u'K'), {});
        swap("id with umlaut", u"g:id"_s, u"MÜHLE-1"_s, {u"error:feed.id"_s});
        row("id missing", u"<g:id>KM-4711</g:id>"_s, QString(), {u"error:feed.id"_s});
        swap("title 150 code points with emoji", u"title"_s, QString(149, u'ä') + u"☕"_s, {});
        swap("title 151 code points", u"title"_s, QString(150, u'ä') + u"🫘"_s,
             {u"error:feed.title_length"_s});
        swap("title blank", u"title"_s, u"  "_s, {u"error:feed.title_length"_s});
        row("title missing",
            u"<title>Kaffeemühle „Bärenstark“ – Kegelmahlwerk, 40 Mahlstufen, Edelstahl</title>"_s, QString(),
            {u"error:feed.title_length"_s});
        swap("description 5,001", u"description"_s, QString(5001, u'é'),
             {u"error:feed.description_length"_s});
        swap("description 5,000", u"description"_s, QString(5000, u'é'), {});
        swap("link without scheme", u"link"_s, u"shop.roestwerk.example/p/KM-4711"_s, {u"error:feed.link"_s});
        swap("link with umlaut", u"link"_s, u"https://shop.roestwerk.example/p/mühle"_s,
             {u"error:feed.link"_s});
        swap("link ftp", u"link"_s, u"ftp://shop.roestwerk.example/p/KM-4711"_s, {u"error:feed.link"_s});
        swap("image_link with space", u"g:image_link"_s,
             u"https://shop.roestwerk.example/bilder/km 4711.jpg"_s, {u"error:feed.image_link"_s});
        swap("image_link bad percent", u"g:image_link"_s,
             u"https://shop.roestwerk.example/bilder/km%ZZ.jpg"_s, {u"error:feed.image_link"_s});
        swap("image_link 2,001 characters", u"g:image_link"_s,
             u"https://shop.roestwerk.example/"_s + QString(2001 - 31, u'a'), {u"error:feed.image_link"_s});
        swap("image_link 2,000 characters", u"g:image_link"_s,
             u"https://shop.roestwerk.example/"_s + QString(2000 - 31, u'a'), {});
        swap("price with comma", u"g:price"_s, u"189,90 EUR"_s, {u"error:feed.price"_s});
        swap("price with three decimals", u"g:price"_s, u"189.901 EUR"_s, {u"error:feed.price"_s});
        swap("price thousands separator", u"g:price"_s, u"1,189.90 EUR"_s, {u"error:feed.price"_s});
        swap("price without currency", u"g:price"_s, u"189.90"_s, {u"error:feed.price"_s});
        swap("price currency sign", u"g:price"_s, u"189.90 €"_s, {u"error:feed.price"_s});
        swap("price zero", u"g:price"_s, u"0.00 EUR"_s, {u"error:feed.price"_s});
        swap("price whole", u"g:price"_s, u"189 EUR"_s, {});
        swap("availability with space", u"g:availability"_s, u"in stock"_s, {u"error:feed.availability"_s});
        swap("availability schema.org", u"g:availability"_s, u"https://schema.org/InStock"_s,
             {u"error:feed.availability"_s});
        swap("preorder without date", u"g:availability"_s, u"preorder"_s,
             {u"error:feed.availability_date"_s});
        swap("backorder without date", u"g:availability"_s, u"backorder"_s,
             {u"error:feed.availability_date"_s});
        row("backorder with date", u"<g:availability>in_stock</g:availability>"_s,
            u"<g:availability>backorder</g:availability><g:availability_date>2026-05-04</g:availability_date>"_s,
            {});
        row("availability_date not a date", u"<g:availability>in_stock</g:availability>"_s,
            u"<g:availability>preorder</g:availability><g:availability_date>4. Mai</g:availability_date>"_s,
            {u"error:feed.availability_date"_s});
        swap("brand N/A", u"g:brand"_s, u"N/A"_s, {u"error:feed.brand"_s});
        swap("brand generic", u"g:brand"_s, u"generic"_s, {u"error:feed.brand"_s});
        swap("brand 71", u"g:brand"_s, QString(71, u'ö'), {u"error:feed.brand"_s});
        row("brand missing", u"<g:brand>Röstwerk</g:brand>"_s, QString(), {u"warning:feed.brand"_s});
        swap("condition", u"g:condition"_s, u"neu"_s, {u"error:feed.condition"_s});
        swap("gtin with spaces", u"g:gtin"_s, u"4 006381 333931"_s, {});
        swap("gtin wrong check digit", u"g:gtin"_s, u"4006381333932"_s, {u"error:feed.gtin"_s});
        swap("gtin 11 digits", u"g:gtin"_s, u"40063813339"_s, {u"error:feed.gtin"_s});
        swap("gtin letters", u"g:gtin"_s, u"40063813339A1"_s, {u"error:feed.gtin"_s});
        swap("gtin restricted 2", u"g:gtin"_s, u"2012345678903"_s, {u"error:feed.gtin_restricted"_s});
        row("two gtins, one restricted", u"<g:gtin>4006381333931</g:gtin>"_s,
            u"<g:gtin>4006381333931</g:gtin><g:gtin>412345678903</g:gtin>"_s,
            {u"error:feed.gtin_restricted"_s});
        QString elevenGtins;
        for (int i = 0; i < 11; ++i)
            elevenGtins += u"<g:gtin>4006381333931</g:gtin>"_s;
        row("eleven gtins", u"<g:gtin>4006381333931</g:gtin>"_s, elevenGtins, {u"error:feed.gtin"_s});
        swap("mpn 71", u"g:mpn"_s, QString(71, u'X'), {u"error:feed.mpn"_s});
        row("only mpn", u"<g:gtin>4006381333931</g:gtin>"_s, QString(), {});
        row("only gtin", u"<g:mpn>RW-KM4711</g:mpn>"_s, QString(), {});
        row("no identifiers", u"<g:gtin>4006381333931</g:gtin>\n  <g:mpn>RW-KM4711</g:mpn>"_s, QString(),
            {u"error:feed.identifiers"_s});
        row("identifier_exists no", u"<g:gtin>4006381333931</g:gtin>\n  <g:mpn>RW-KM4711</g:mpn>"_s,
            u"<g:identifier_exists>no</g:identifier_exists>"_s, {});
        row("identifier_exists no with a gtin", u"<g:mpn>RW-KM4711</g:mpn>"_s,
            u"<g:identifier_exists>no</g:identifier_exists>"_s, {u"warning:feed.identifier_exists"_s});
        row("g:id in another namespace", u"<g:id>KM-4711</g:id>"_s,
            u"<g:id xmlns:g=\"http://base.google.com/ns/1.0/\">KM-4711</g:id>"_s, {u"error:feed.id"_s});
    }
    void rules()
    {
        QFETCH(QString, item);
        QFETCH(QStringList, expected);
        const QList<Finding> findings =
            FeedRules().check(feed({fixture(u"feed-item-de-ma0815.xml"_s), item}));
        QVERIFY2(ids(findings) == expected, qPrintable(describe(findings)));
        for (const Finding& f : findings)
            QVERIFY2(f.part == u"item KM-4711" || f.part == u"item #2", qPrintable(f.part));
    }

    void documentRules_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("expected");
        const QByteArray good = feed({fixture(u"feed-item-fr-km4711.xml"_s)});
        QTest::newRow("good") << good << QStringList();
        QByteArray wrongNamespace = good;
        wrongNamespace.replace("http://base.google.com/ns/1.0", "http://base.google.com/ns/2.0");
        QTest::newRow("wrong namespace URI")
            << wrongNamespace << QStringList{u"error:feed.id"_s,         u"error:feed.identifiers"_s,
                                             u"error:feed.image_link"_s, u"error:feed.namespace"_s,
                                             u"error:feed.price"_s,      u"error:feed.availability"_s,
                                             u"warning:feed.brand"_s};
        QByteArray otherPrefix = good;
        otherPrefix.replace("g:", "google:").replace("xmlns:g=", "xmlns:google=");
        QTest::newRow("another prefix, same URI") << otherPrefix << QStringList();
        QByteArray noVersion = good;
        noVersion.replace(" version=\"2.0\"", "");
        QTest::newRow("rss without version") << noVersion << QStringList{u"error:feed.rss"_s};
        QByteArray noChannelLink = good;
        noChannelLink.replace("<link>https://shop.roestwerk.example/</link>", "");
        QTest::newRow("channel without link") << noChannelLink << QStringList{u"error:feed.channel"_s};
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringList{u"error:feed.xml"_s};
        QByteArray duplicate =
            feed({fixture(u"feed-item-fr-km4711.xml"_s), fixture(u"feed-item-de-km4711.xml"_s)});
        QTest::newRow("duplicate id") << duplicate << QStringList{u"error:feed.id_duplicate"_s};
    }
    void documentRules()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = FeedRules().check(document);
        expected.sort();
        QVERIFY2(ids(findings) == expected, qPrintable(describe(findings)));
    }

    // CHANNEL-RULES §1c: GS1 check digits and Merchant Center's prefix rules.
    void gtinVectors_data()
    {
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<bool>("checkDigitValid");
        QTest::addColumn<QString>("gtin13");
        QTest::addColumn<QString>("restrictedPrefix");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("GS1 worked example")
            << u"6291041500213"_s << true << u"6291041500213"_s << QString() << QStringList();
        QTest::newRow("UPC-A") << u"036000291452"_s << true << u"0036000291452"_s << QString()
                               << QStringList();
        QTest::newRow("EAN-13") << u"4006381333931"_s << true << u"4006381333931"_s << QString()
                                << QStringList();
        QTest::newRow("EAN-13 wrong check digit") << u"4006381333932"_s << false << u"4006381333932"_s
                                                  << QString() << QStringList{u"error:feed.gtin"_s};
        QTest::newRow("EAN-8") << u"96385074"_s << true << u"0000096385074"_s << QString() << QStringList();
        QTest::newRow("GTIN-14 indicator 0")
            << u"00614141000418"_s << true << u"0614141000418"_s << QString() << QStringList();
        QTest::newRow("GTIN-14 indicator 1")
            << u"10614141000415"_s << true << u"0614141000415"_s << QString() << QStringList();
        QTest::newRow("prefix 2") << u"2012345678903"_s << true << u"2012345678903"_s << u"2"_s
                                  << QStringList{u"error:feed.gtin_restricted"_s};
        QTest::newRow("UPC-A to prefix 04") << u"412345678903"_s << true << u"0412345678903"_s << u"04"_s
                                            << QStringList{u"error:feed.gtin_restricted"_s};
        QTest::newRow("UPC-A coupon 05") << u"512345678900"_s << true << u"0512345678900"_s << u"05"_s
                                         << QStringList{u"error:feed.gtin_restricted"_s};
        QTest::newRow("coupon 981") << u"9812345678902"_s << true << u"9812345678902"_s << u"981"_s
                                    << QStringList{u"error:feed.gtin_restricted"_s};
        const QString coupon99 = gtin::complete(u"990000000001"_s);
        QTest::newRow("coupon 99") << coupon99 << true << coupon99 << u"99"_s
                                   << QStringList{u"error:feed.gtin_restricted"_s};
        const QString upc2 = gtin::complete(u"21234567890"_s);
        QTest::newRow("UPC-A to prefix 02")
            << upc2 << true << u'0' + upc2 << u"02"_s << QStringList{u"error:feed.gtin_restricted"_s};
        // The indicator digit is not part of the prefix: a GTIN-14 with indicator 2 is fine, one whose
        // GTIN-13 part starts with 2 is not.
        const QString indicator2 = gtin::complete(u"2400638133393"_s);
        QTest::newRow("GTIN-14 indicator 2")
            << indicator2 << true << indicator2.mid(1) << QString() << QStringList();
        const QString inner2 = gtin::complete(u"1201234567890"_s);
        QTest::newRow("GTIN-14 inner prefix 2")
            << inner2 << true << inner2.mid(1) << u"2"_s << QStringList{u"error:feed.gtin_restricted"_s};
    }
    void gtinVectors()
    {
        QFETCH(QString, gtin);
        QFETCH(bool, checkDigitValid);
        QFETCH(QString, gtin13);
        QFETCH(QString, restrictedPrefix);
        QFETCH(QStringList, expected);
        QCOMPARE(gtin::isValid(gtin), checkDigitValid);
        QCOMPARE(FeedRules::gtin13Form(gtin), gtin13);
        QCOMPARE(FeedRules::restrictedPrefix(gtin), restrictedPrefix);
        const QString item =
            replaced(fixture(u"feed-item-fr-km4711.xml"_s), u"<g:gtin>4006381333931</g:gtin>"_s,
                     u"<g:gtin>"_s + gtin + u"</g:gtin>"_s);
        QCOMPARE(ids(FeedRules().check(feed({item}))), expected);
    }

    void findingDetails()
    {
        const QString item =
            replaced(fixture(u"feed-item-fr-km4711.xml"_s), u"189.90 EUR"_s, u"189,90 EUR"_s);
        const QByteArray document =
            feed({fixture(u"feed-item-de-km4711.xml"_s).replace(u"KM-4711"_s, u"KM-1"_s), item});
        const QList<Finding> findings = FeedRules().check(document);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().part, u"item KM-4711"_s);
        QCOMPARE(findings.first().measured, u"189,90 EUR"_s);
        const QString text = QString::fromUtf8(document);
        const qsizetype secondItem = text.indexOf(u"<item>"_s, text.indexOf(u"<item>"_s) + 1);
        QCOMPARE(findings.first().position, secondItem + 6);
    }

    void offers()
    {
        QString error;
        const QList<OfferSummary> offers =
            FeedRules::offers(feed(germanItems() << fixture(u"feed-item-en-trx2.xml"_s)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(offers.size(), 3);
        QCOMPARE(offers.at(0),
                 (OfferSummary{u"KM-4711"_s, u"189.9"_s, u"EUR"_s, u"https://schema.org/InStock"_s}));
        QCOMPARE(offers.at(1),
                 (OfferSummary{u"MA-0815"_s, u"59"_s, u"EUR"_s, u"https://schema.org/OutOfStock"_s}));
        QCOMPARE(offers.at(2),
                 (OfferSummary{u"TRX2-SLATE"_s, u"129"_s, u"USD"_s, u"https://schema.org/PreOrder"_s}));
    }

    void availabilityMapping_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("schemaOrg");
        QTest::newRow("in_stock") << u"in_stock"_s << u"https://schema.org/InStock"_s;
        QTest::newRow("out_of_stock") << u"out_of_stock"_s << u"https://schema.org/OutOfStock"_s;
        QTest::newRow("preorder") << u"preorder"_s << u"https://schema.org/PreOrder"_s;
        QTest::newRow("backorder") << u"backorder"_s << u"https://schema.org/BackOrder"_s;
        QTest::newRow("old spelling") << u"in stock"_s << QString();
    }
    void availabilityMapping()
    {
        QFETCH(QString, feed);
        QFETCH(QString, schemaOrg);
        QCOMPARE(OfferSummary::availabilityUrl(feed), schemaOrg);
    }
};

QTEST_GUILESS_MAIN(TestFeedChannel)
#include "tst_feedchannel.moc"
