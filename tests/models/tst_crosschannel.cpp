// SPDX-License-Identifier: GPL-3.0-or-later
// Merchant Center disapproves items whose price or availability differ from the landing page: the feed
// item and the page's schema.org Product must say the same thing (CHANNEL-RULES §1a, §2).
#include "models/channels/FeedRules.h"
#include "models/channels/JsonLd.h"
#include "models/channels/MerchantFeed.h"
#include "models/channels/WebRules.h"
#include "tests/common/ChannelFixtures.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::fixture;

namespace {

OfferSummary feedOffer(const QString& item)
{
    const QByteArray feed = MerchantFeed::assemble(u"Shop"_s, u"https://shop.example/"_s, u"Feed"_s, {item});
    const QList<OfferSummary> offers = FeedRules::offers(feed);
    return offers.size() == 1 ? offers.first() : OfferSummary();
}

} // namespace

class TestCrossChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedMatchesPage_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("locale");
        QTest::newRow("de") << u"feed-item-de-km4711.xml"_s << u"product-de.html"_s << u"de_DE"_s;
        QTest::newRow("fr") << u"feed-item-fr-km4711.xml"_s << u"product-fr.html"_s << u"fr_FR"_s;
        QTest::newRow("en preorder") << u"feed-item-en-trx2.xml"_s << u"product-en.html"_s << u"en_US"_s;
    }
    void feedMatchesPage()
    {
        QFETCH(QString, item);
        QFETCH(QString, page);
        QFETCH(QString, locale);
        const QString html = fixture(page);
        QVERIFY(WebRules().check(html, locale).isEmpty());
        const OfferSummary fromFeed = feedOffer(fixture(item));
        QVERIFY(!fromFeed.id.isEmpty() && !fromFeed.price.isEmpty() && !fromFeed.availability.isEmpty());
        QCOMPARE(JsonLd::offer(JsonLd::extract(html)), fromFeed);
    }

    void mismatchIsSeen_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("price") << u"\"price\": \"189.90\""_s << u"\"price\": \"179.90\""_s;
        QTest::newRow("currency") << u"\"priceCurrency\": \"EUR\""_s << u"\"priceCurrency\": \"CHF\""_s;
        QTest::newRow("availability") << u"schema.org/InStock"_s << u"schema.org/OutOfStock"_s;
        QTest::newRow("sku") << u"\"sku\": \"KM-4711\""_s << u"\"sku\": \"KM-4712\""_s;
    }
    void mismatchIsSeen()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QString html = fixture(u"product-de.html"_s);
        QVERIFY(html.contains(before));
        html.replace(before, after);
        QVERIFY(JsonLd::offer(JsonLd::extract(html)) != feedOffer(fixture(u"feed-item-de-km4711.xml"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCrossChannel)
#include "tst_crosschannel.moc"
