// SPDX-License-Identifier: GPL-3.0-or-later
// X's weighted length (twitter-text v3) and URL extraction, against twitter-text's own conformance data read
// at run time from the shared data folder, plus our own boundary cases.
#include "models/channels/EmojiSequences.h"
#include "models/channels/Punycode.h"
#include "models/channels/TopLevelDomains.h"
#include "models/channels/TweetCounter.h"
#include "models/channels/UrlExtractor.h"
#include "tests/common/ConformanceData.h"

#include <QJsonArray>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

const QString kTwitterText = u"twitter-text/"_s;

TweetConfig configFile(const QString& name)
{
    const QString path = test::sharedDataFile(kTwitterText + name);
    return TweetConfig::load(path).value_or(TweetConfig::v3());
}

QStringList urlsOf(const QString& text)
{
    QStringList urls;
    for (const ExtractedUrl& u : UrlExtractor::system().extract(text))
        urls.append(u.url);
    return urls;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QString times(const QString& s, int n)
{
    return s.repeated(n);
}

} // namespace

class TestTweetCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QString>("configName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("expected");
        const QString path = test::sharedDataFile(kTwitterText + u"validate.json"_s);
        if (path.isEmpty() || test::sharedDataFile(kTwitterText + u"config-v3.json"_s).isEmpty())
            QSKIP("twitter-text conformance data not found under $FACET_SHARED_DATA/twitter-text");
        const QJsonObject tests = test::readLenientJson(path).value(u"tests").toObject();
        QVERIFY(!tests.isEmpty());
        const QList<std::pair<QString, QString>> groups{
            {u"WeightedTweetsCounterTest"_s, u"config-v2.json"_s},
            {u"WeightedTweetsWithDiscountedEmojiCounterTest"_s, u"config-v3.json"_s},
            {u"WeightedTweetsWithDiscountedUnicode9EmojiCounterTest"_s, u"config-v3.json"_s},
            {u"WeightedTweetsWithDiscountedUnicode10EmojiCounterTest"_s, u"config-v3.json"_s},
            {u"UnicodeDirectionalMarkerCounterTest"_s, u"config-v3.json"_s},
        };
        int rows = 0;
        for (const auto& [group, config] : groups) {
            const QJsonArray cases = tests.value(group).toArray();
            QVERIFY2(!cases.isEmpty(), qPrintable(group));
            for (const QJsonValue& c : cases) {
                const QJsonObject o = c.toObject();
                QTest::addRow("%s: %s", qPrintable(group), qPrintable(o.value(u"description").toString()))
                    << config << o.value(u"text").toString() << o.value(u"expected").toObject();
                ++rows;
            }
        }
        QCOMPARE(rows, 20 + 19 + 1 + 1 + 2);
    }
    void conformance()
    {
        QFETCH(QString, configName);
        QFETCH(QString, text);
        QFETCH(QJsonObject, expected);
        const TweetLength r = TweetCounter(configFile(configName)).measure(text);
        QCOMPARE(r.weightedLength, expected.value(u"weightedLength").toInt());
        QCOMPARE(r.valid, expected.value(u"valid").toBool());
        QCOMPARE(r.permillage, expected.value(u"permillage").toInt());
        QCOMPARE(r.validRangeStart, expected.value(u"validRangeStart").toInteger());
        QCOMPARE(r.validRangeEnd, expected.value(u"validRangeEnd").toInteger());
        QCOMPARE(r.displayRangeStart, expected.value(u"displayRangeStart").toInteger());
        QCOMPARE(r.displayRangeEnd, expected.value(u"displayRangeEnd").toInteger());
    }

    void extractConformance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonArray>("expected");
        const QString path = test::sharedDataFile(kTwitterText + u"extract.json"_s);
        if (path.isEmpty())
            QSKIP("twitter-text conformance data not found under $FACET_SHARED_DATA/twitter-text");
        const QJsonObject tests = test::readLenientJson(path).value(u"tests").toObject();
        int rows = 0;
        for (const QString& group : {u"urls"_s, u"urls_with_indices"_s, u"urls_with_directional_markers"_s,
                                     u"tco_urls_with_params"_s}) {
            for (const QJsonValue& c : tests.value(group).toArray()) {
                const QJsonObject o = c.toObject();
                QTest::addRow("%s: %s", qPrintable(group), qPrintable(o.value(u"description").toString()))
                    << o.value(u"text").toString() << o.value(u"expected").toArray();
                ++rows;
            }
        }
        QCOMPARE(rows, 91 + 10 + 2 + 5);
    }
    void extractConformance()
    {
        QFETCH(QString, text);
        QFETCH(QJsonArray, expected);
        const QList<ExtractedUrl> urls = UrlExtractor::system().extract(text);
        QStringList actualUrls;
        for (const ExtractedUrl& u : urls)
            actualUrls.append(u.url);
        QStringList expectedUrls;
        for (const QJsonValue& e : expected)
            expectedUrls.append(e.isString() ? e.toString() : e.toObject().value(u"url").toString());
        QCOMPARE(actualUrls, expectedUrls);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (!expected.at(i).isObject())
                continue;
            const QJsonArray indices = expected.at(i).toObject().value(u"indices").toArray();
            QCOMPARE(urls.at(i).start, indices.at(0).toInteger());
            QCOMPARE(urls.at(i).end, indices.at(1).toInteger());
        }
    }

    // twitter-text's TLD cases: every TLD of the system list is found; TLDs retired from the root zone since
    // (xperia, um, …) are not.
    void topLevelDomains()
    {
        const QString path = test::sharedDataFile(kTwitterText + u"tlds.json"_s);
        if (path.isEmpty())
            QSKIP("twitter-text conformance data not found under $FACET_SHARED_DATA/twitter-text");
        const QJsonObject tests = test::readLenientJson(path).value(u"tests").toObject();
        const QStringList known = TopLevelDomains::system();
        int found = 0;
        QStringList retired;
        for (const QString& group : {u"country"_s, u"generic"_s}) {
            for (const QJsonValue& c : tests.value(group).toArray()) {
                const QString text = c.toObject().value(u"text").toString();
                const QString tld = text.section(u'.', -1).toLower();
                const QStringList urls = urlsOf(text);
                if (known.contains(tld)) {
                    QCOMPARE(urls, stringsOf(c.toObject().value(u"expected")));
                    ++found;
                } else {
                    QCOMPARE(urls, QStringList());
                    retired.append(tld);
                }
            }
        }
        qInfo("twitter-text TLD cases: %d found, %lld not in the system list (retired): %s", found,
              qlonglong(retired.size()), qPrintable(retired.join(u' ')));
        if (TopLevelDomains::systemIsPublicSuffixList())
            QVERIFY(found >= 1400);
    }

    void weightedLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("emoji");
        QTest::addColumn<int>("weighted");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qsizetype>("validRangeEnd");
        const QString cjk = u"\u6F22"_s;
        QTest::newRow("empty is not valid") << QString() << true << 0 << false << qsizetype(0);
        QTest::newRow("hello") << u"Hello"_s << true << 5 << true << qsizetype(4);
        QTest::newRow("280 Latin") << times(u"a"_s, 280) << true << 280 << true << qsizetype(279);
        QTest::newRow("281 Latin") << times(u"a"_s, 281) << true << 281 << false << qsizetype(279);
        QTest::newRow("140 CJK") << times(cjk, 140) << true << 280 << true << qsizetype(139);
        QTest::newRow("141 CJK") << times(cjk, 141) << true << 282 << false << qsizetype(139);
        QTest::newRow("German umlauts weigh 1") << u"Grüße"_s << true << 5 << true << qsizetype(4);
        QTest::newRow("decomposed accent normalized") << u"e\u0301"_s << true << 1 << true << qsizetype(1);
        QTest::newRow("en dash and curly quotes weigh 1")
            << u"\u2013\u201C\u201D"_s << true << 3 << true << qsizetype(2);
        QTest::newRow("long URL counts 23")
            << u"See https://shop.example.com/products/backpacks/metro-20?colour=black&size=20l"_s << true
            << 27 << true << qsizetype(77);
        QTest::newRow("URL without protocol") << u"shop.example.com"_s << true << 23 << true << qsizetype(15);
        QTest::newRow("not a TLD") << u"archive.tar"_s << true << 11 << true << qsizetype(10);
        QTest::newRow("skin tone emoji once")
            << u"\U0001F44B\U0001F3FD"_s << true << 2 << true << qsizetype(3);
        QTest::newRow("skin tone emoji without emoji parsing")
            << u"\U0001F44B\U0001F3FD"_s << false << 4 << true << qsizetype(3);
        QTest::newRow("flag once") << u"\U0001F1E9\U0001F1EA"_s << true << 2 << true << qsizetype(3);
        QTest::newRow("keycap once") << u"1\uFE0F\u20E3"_s << true << 2 << true << qsizetype(2);
        QTest::newRow("ZWJ family once")
            << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << true << 2 << true << qsizetype(7);
        QTest::newRow("copyright sign is text") << u"\u00A9"_s << true << 1 << true << qsizetype(0);
        QTest::newRow("copyright emoji") << u"\u00A9\uFE0F"_s << true << 2 << true << qsizetype(1);
        QTest::newRow("digits are text") << u"#1"_s << true << 2 << true << qsizetype(1);
        QTest::newRow("139 CJK and an emoji: 280")
            << times(cjk, 139) + u"\U0001F600"_s << true << 280 << true << qsizetype(140);
        QTest::newRow("140 CJK and an emoji: over, cut before the emoji")
            << times(cjk, 140) + u"\U0001F600"_s << true << 282 << false << qsizetype(139);
    }
    void weightedLength()
    {
        QFETCH(QString, text);
        QFETCH(bool, emoji);
        QFETCH(int, weighted);
        QFETCH(bool, valid);
        QFETCH(qsizetype, validRangeEnd);
        TweetConfig config = TweetConfig::v3();
        config.emojiParsingEnabled = emoji;
        const TweetLength r = TweetCounter(config).measure(text);
        QCOMPARE(r.weightedLength, weighted);
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.validRangeEnd, validRangeEnd);
        QCOMPARE(r.permillage, weighted * 1000 / 280);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qsizetype>("position");
        QTest::newRow("fits") << u"Hello"_s << 280 << QStringList{u"x.summary"_s} << qsizetype(-1);
        QTest::newRow("281 characters")
            << times(u"a"_s, 281) << 280 << QStringList{u"x.summary"_s, u"x.weighted_length"_s}
            << qsizetype(280);
        QTest::newRow("channel limit 10")
            << u"Hello world!"_s << 10 << QStringList{u"x.summary"_s, u"x.weighted_length"_s}
            << qsizetype(10);
        QTest::newRow("emoji straddles the limit")
            << u"Hello wor\U0001F600!"_s << 10 << QStringList{u"x.summary"_s, u"x.weighted_length"_s}
            << qsizetype(9);
        QTest::newRow("invalid character")
            << u"a\uFFFEb"_s << 280 << QStringList{u"x.summary"_s, u"x.invalid_character"_s} << qsizetype(1);
        QTest::newRow("empty") << QString() << 280 << QStringList{u"x.summary"_s, u"x.empty"_s}
                               << qsizetype(-1);
    }
    void findings()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QStringList, rules);
        QFETCH(qsizetype, position);
        const TweetCounter counter = TweetCounter::forChannel({{u"max_weighted_length"_s, max}});
        const QList<Finding> findings = counter.findings(text, u"text"_s);
        QStringList actual;
        for (const Finding& f : findings) {
            actual.append(f.rule);
            QCOMPARE(f.part, u"text"_s);
            if (f.severity == Finding::Severity::Error && f.rule != u"x.empty")
                QCOMPARE(f.position, position);
            if (f.rule == u"x.weighted_length")
                QCOMPARE(f.limit, QString::number(max));
        }
        QCOMPARE(actual, rules);
    }

    void urlLengthSetting()
    {
        const TweetCounter counter = TweetCounter::forChannel({{u"url_length"_s, 30}});
        QCOMPARE(counter.measure(u"x https://example.com"_s).weightedLength, 32);
    }

    void config()
    {
        QString error;
        const auto v2 =
            TweetConfig::fromJson(QJsonObject{{u"version"_s, 2}, {u"maxWeightedTweetLength"_s, 280}}, &error);
        QVERIFY(v2);
        QVERIFY(!v2->emojiParsingEnabled);
        QCOMPARE(v2->ranges.size(), 4);
        QCOMPARE(v2->weightOf(U'a'), 100);
        QCOMPARE(v2->weightOf(0x2013), 100);
        QCOMPARE(v2->weightOf(0x2030), 200);
        QCOMPARE(v2->weightOf(0x1F600), 200);
        const auto bad = TweetConfig::fromJson(
            QJsonObject{
                {u"ranges"_s, QJsonArray{QJsonObject{{u"start"_s, 10}, {u"end"_s, 5}, {u"weight"_s, 1}}}}},
            &error);
        QVERIFY(!bad);
        QVERIFY(!error.isEmpty());
        QVERIFY(!TweetConfig::fromJson(QJsonObject{{u"scale"_s, 0}}));
        QVERIFY(!TweetConfig::load(u"/nonexistent/config.json"_s, &error));
        QVERIFY(error.contains(u"/nonexistent/config.json"_s));
        const QString v3Path = test::sharedDataFile(kTwitterText + u"config-v3.json"_s);
        if (!v3Path.isEmpty()) {
            const auto v3 = TweetConfig::load(v3Path, &error);
            QVERIFY2(v3, qPrintable(error));
            QVERIFY(v3->emojiParsingEnabled);
            QCOMPARE(v3->maxWeightedTweetLength, 280);
            QCOMPARE(v3->transformedURLLength, 23);
            QCOMPARE(v3->ranges.size(), 4);
        }
    }

    void punycode_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("bücher") << u"bücher"_s << u"bcher-kva"_s;
        QTest::newRow("mañana") << u"mañana"_s << u"maana-pta"_s;
        QTest::newRow("ü") << u"ü"_s << u"tda"_s;
        QTest::newRow("☃-⌘") << u"\u2603-\u2318"_s << u"--dqo34k"_s;
        QTest::newRow("RFC 3492 (A) Arabic")
            << u"\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F"_s
            << u"egbpdaj6bu4bxfgehfvwxn"_s;
        QTest::newRow("RFC 3492 (B) Chinese")
            << u"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587"_s << u"ihqwcrb4cv8a8dqg056pqjye"_s;
        QTest::newRow("astral") << u"\U0001F600"_s << u"e28h"_s;
    }
    void punycode()
    {
        QFETCH(QString, label);
        QFETCH(QString, encoded);
        QCOMPARE(punycode::encode(label), encoded);
        QCOMPARE(punycode::toAscii(QString(label + u".de"_s)), QString(u"xn--"_s + encoded + u".de"_s));
        QCOMPARE(punycode::toAscii(u"example.com"_s), u"example.com"_s);
    }

    void emojiSequences()
    {
        const QString text =
            u"a\U0001F44B\U0001F3FD b\U0001F1E9\U0001F1EA1\uFE0F\u20E3\u00A9#\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"_s;
        QList<std::pair<qsizetype, qsizetype>> found;
        for (const emoji::Sequence& s : emoji::sequences(text))
            found.append({s.start, s.length});
        const QList<std::pair<qsizetype, qsizetype>> expected{{1, 4}, {7, 4}, {11, 3}, {16, 14}};
        QCOMPARE(found, expected);
    }

    void fallbackTopLevelDomains()
    {
        bool ok = true;
        QVERIFY(TopLevelDomains::fromPublicSuffixList(u"/nonexistent/psl.dat"_s, &ok).isEmpty());
        QVERIFY(!ok);
        const QStringList builtIn = TopLevelDomains::builtIn();
        for (const QString& tld : {u"com"_s, u"de"_s, u"fr"_s, u"za"_s, u"io"_s})
            QVERIFY2(builtIn.contains(tld), qPrintable(tld));
        const UrlExtractor fallback(builtIn);
        QCOMPARE(fallback.extract(u"Visit shop.example.de or www.foo.co.za/x."_s),
                 (QList<ExtractedUrl>{{u"shop.example.de"_s, 6, 21}, {u"www.foo.co.za/x"_s, 25, 40}}));
    }
};

QTEST_GUILESS_MAIN(TestTweetCounter)
#include "tst_tweetcounter.moc"
