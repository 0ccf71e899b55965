// SPDX-License-Identifier: GPL-3.0-or-later
// Social post text: truncation, hashtags, mentions, LinkedIn escaping, and the Instagram/LinkedIn/text
// checks.
#include "models/channels/CodePoints.h"
#include "models/channels/PostRules.h"
#include "models/channels/PostText.h"
#include "tests/common/FindingList.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::rulesOf;

namespace {

const Finding* findingFor(const QList<Finding>& findings, const QString& rule)
{
    for (const Finding& f : findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

const QString kFox = u"The quick brown fox jumps over the lazy dog"_s;
const QString kFamily = u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s;

} // namespace

class TestPostRules : public QObject
{
    Q_OBJECT

private:
    // A row of the post checks: the rules reported in order, the last one pointing at `position`.
    static void compareRules(const QList<Finding>& findings)
    {
        QFETCH(QStringList, rules);
        QFETCH(qsizetype, position);
        QCOMPARE(rulesOf(findings), rules);
        QCOMPARE(findings.last().position, position);
    }

private Q_SLOTS:
    void smartTruncate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("ellipsis");
        QTest::addColumn<QString>("expected");
        const QString dots = u"\u2026"_s;
        QTest::newRow("fits") << kFox << 43 << dots << kFox;
        QTest::newRow("word ends exactly at the cut") << kFox << 20 << dots << u"The quick brown fox\u2026"_s;
        QTest::newRow("back to the last space") << kFox << 18 << dots << u"The quick brown\u2026"_s;
        QTest::newRow("space just inside the last fifth") << kFox << 12 << dots << u"The quick\u2026"_s;
        QTest::newRow("no space in the last fifth: grapheme cut")
            << u"Supercalifragilisticexpialidocious"_s << 10 << dots << u"Supercali\u2026"_s;
        QTest::newRow("ZWJ sequence never split")
            << u"ab"_s + kFamily + u"cd"_s << 5 << dots << u"ab\u2026"_s;
        QTest::newRow("ZWJ sequence kept whole when it fits")
            << u"ab"_s + kFamily + u"cdefgh"_s << 9 << dots << u"ab"_s + kFamily + u"c\u2026"_s;
        QTest::newRow("flag never split") << u"ab\U0001F1E9\U0001F1EAcd"_s << 4 << dots << u"ab\u2026"_s;
        QTest::newRow("decomposed accent never split") << u"cafe\u0301 noir"_s << 5 << dots << u"caf\u2026"_s;
        QTest::newRow("trailing comma dropped")
            << u"Hello, world and more"_s << 8 << dots << u"Hello\u2026"_s;
        QTest::newRow("three-dot ellipsis") << kFox << 12 << u"..."_s << u"The quick..."_s;
        QTest::newRow("room for the ellipsis only") << kFox << 1 << dots << dots;
    }
    void smartTruncate()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, ellipsis);
        QFETCH(QString, expected);
        const QString result = PostText::smartTruncate(text, max, ellipsis);
        QCOMPARE(result, expected);
        QVERIFY(codepoints::count(result) <= max);
    }

    void smartTruncateNeverExceeds()
    {
        const QString text = u"Grüße aus Köln \U0001F44B\U0001F3FD — "_s + kFamily +
                             u" 漢字かな交じり文 \U0001F1E9\U0001F1EA end"_s;
        for (int max = 1; max <= codepoints::count(text) + 1; ++max) {
            const QString result = PostText::smartTruncate(text, max);
            QVERIFY2(codepoints::count(result) <= max, qPrintable(result));
            if (result != text) {
                QVERIFY(result.endsWith(u"\u2026"_s));
                QVERIFY(text.startsWith(result.chopped(1)));
            }
        }
    }

    void hashtag_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("tag");
        QTest::newRow("two words") << u"trail running"_s << u"#TrailRunning"_s;
        QTest::newRow("accents kept") << u"café crème"_s << u"#CaféCrème"_s;
        QTest::newRow("German") << u"Über Größe"_s << u"#ÜberGröße"_s;
        QTest::newRow("decomposed accent composed") << u"cafe\u0301"_s << u"#Café"_s;
        QTest::newRow("apostrophe joins") << u"l'été"_s << u"#Lété"_s;
        QTest::newRow("curly apostrophe joins") << u"don\u2019t stop"_s << u"#DontStop"_s;
        QTest::newRow("hyphen splits") << u"e-bike"_s << u"#EBike"_s;
        QTest::newRow("capitals kept") << u"USB-C charger"_s << u"#USBCCharger"_s;
        QTest::newRow("digits kept") << u"40 h battery"_s << u"#40HBattery"_s;
        QTest::newRow("punctuation and emoji dropped") << u"best! \U0001F600 deal?"_s << u"#BestDeal"_s;
        QTest::newRow("CJK") << u"日本 旅行"_s << u"#日本旅行"_s;
        QTest::newRow("digits only") << u"2024"_s << QString();
        QTest::newRow("blank") << u"  "_s << QString();
    }
    void hashtag()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, tag);
        QCOMPARE(PostText::hashtag(phrase), tag);
        if (!tag.isEmpty())
            QCOMPARE(PostText::countHashtags(tag), 1);
    }

    void hashtagsFrom()
    {
        QCOMPARE(PostText::hashtagsFrom(
                     QStringList{u"trail running"_s, u"Trail Running"_s, u"2024"_s, u"waterproof"_s}),
                 (QStringList{u"#TrailRunning"_s, u"#Waterproof"_s}));
        QCOMPARE(PostText::hashtagsFrom(u"running, trail; city\nnight life"_s),
                 (QStringList{u"#Running"_s, u"#Trail"_s, u"#City"_s, u"#NightLife"_s}));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hashtags");
        QTest::addColumn<int>("mentions");
        QTest::newRow("none") << u"Plain text."_s << 0 << 0;
        QTest::newRow("hashtags") << u"#a #b c#d page#x http://x.com/#frag #1 #1a &#39; #été (#tag)"_s << 5
                                  << 0;
        QTest::newRow("full-width hash") << u"\uFF03tag"_s << 1 << 0;
        QTest::newRow("mentions") << u"@anna hi @bob_1, mail x@y.com @[Acme](urn:li:organization:1) @ @."_s
                                  << 0 << 3;
    }
    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, hashtags);
        QFETCH(int, mentions);
        QCOMPARE(PostText::countHashtags(text), hashtags);
        QCOMPARE(PostText::countMentions(text), mentions);
    }

    void linkedinEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<qsizetype>("firstReserved"); // in the raw text
        QTest::newRow("parentheses and brackets")
            << u"Price (net) [EUR]"_s << u"Price \\(net\\) \\[EUR\\]"_s << qsizetype(6);
        QTest::newRow("hashtag and mention kept")
            << u"Join #SummerSale and @[Acme Inc](urn:li:organization:123)!"_s
            << u"Join #SummerSale and @[Acme Inc](urn:li:organization:123)!"_s << qsizetype(-1);
        QTest::newRow("every reserved character")
            << u"C# <b> a_b ~x* {y} a|b \\"_s << u"C\\# \\<b\\> a\\_b \\~x\\* \\{y\\} a\\|b \\\\"_s
            << qsizetype(1);
        QTest::newRow("e-mail address") << u"Mail a@b.com"_s << u"Mail a\\@b.com"_s << qsizetype(6);
        QTest::newRow("number sign before digits") << u"#1 product"_s << u"\\#1 product"_s << qsizetype(0);
        QTest::newRow("hashtag in parentheses") << u"(#Sale)"_s << u"\\(#Sale\\)"_s << qsizetype(0);
        QTest::newRow("nothing to escape")
            << u"Grüße, 100 % — ok."_s << u"Grüße, 100 % — ok."_s << qsizetype(-1);
    }
    void linkedinEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QFETCH(qsizetype, firstReserved);
        QCOMPARE(PostText::linkedinEscape(text), escaped);
        QCOMPARE(PostText::linkedinUnescape(escaped), text);
        QCOMPARE(PostText::firstUnescapedLinkedinReserved(escaped), qsizetype(-1));
        QCOMPARE(PostText::firstUnescapedLinkedinReserved(text), firstReserved);
    }

    void instagram_data()
    {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qsizetype>("position"); // of the last finding
        QTest::newRow("2200 characters")
            << u"a"_s.repeated(2200) << QJsonObject() << QStringList{u"instagram.summary"_s} << qsizetype(-1);
        QTest::newRow("2201 characters")
            << u"a"_s.repeated(2201) << QJsonObject()
            << QStringList{u"instagram.summary"_s, u"instagram.caption_length"_s} << qsizetype(2200);
        QTest::newRow("emoji count as one code point")
            << u"\U0001F600"_s.repeated(2200) << QJsonObject() << QStringList{u"instagram.summary"_s}
            << qsizetype(-1);
        QTest::newRow("caption limit from the channel")
            << u"a"_s.repeated(101) << QJsonObject{{u"max_caption"_s, 100}}
            << QStringList{u"instagram.summary"_s, u"instagram.caption_length"_s} << qsizetype(100);
        QTest::newRow("five hashtags")
            << u"#a #b #c #d #e"_s << QJsonObject() << QStringList{u"instagram.summary"_s} << qsizetype(-1);
        QTest::newRow("six hashtags")
            << u"#a #b #c #d #e #f"_s << QJsonObject()
            << QStringList{u"instagram.summary"_s, u"instagram.hashtags"_s} << qsizetype(-1);
        QTest::newRow("six hashtags, channel allows 30")
            << u"#a #b #c #d #e #f"_s << QJsonObject{{u"max_hashtags"_s, 30}}
            << QStringList{u"instagram.summary"_s} << qsizetype(-1);
        QTest::newRow("four mentions")
            << u"@a @b @c @d"_s << QJsonObject()
            << QStringList{u"instagram.summary"_s, u"instagram.mentions"_s} << qsizetype(-1);
        QTest::newRow("link") << u"Shop at shop.example.com today"_s << QJsonObject()
                              << QStringList{u"instagram.summary"_s, u"instagram.link"_s} << qsizetype(8);
    }
    void instagram()
    {
        QFETCH(QString, caption);
        QFETCH(QJsonObject, settings);
        const QList<Finding> findings = PostRules::instagram(caption, settings, u"caption"_s);
        compareRules(findings);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(findings.last().part, u"caption"_s);
    }

    void linkedin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qsizetype>("position");
        QTest::newRow("short") << u"Hello #LinkedIn"_s << QJsonObject() << QStringList{u"linkedin.summary"_s}
                               << qsizetype(-1);
        QTest::newRow("unescaped parenthesis")
            << u"Price (net)"_s << QJsonObject()
            << QStringList{u"linkedin.summary"_s, u"linkedin.reserved_character"_s} << qsizetype(6);
        QTest::newRow("escaped") << u"Price \\(net\\)"_s << QJsonObject()
                                 << QStringList{u"linkedin.summary"_s} << qsizetype(-1);
        QTest::newRow("210 characters")
            << u"a"_s.repeated(210) << QJsonObject() << QStringList{u"linkedin.summary"_s} << qsizetype(-1);
        QTest::newRow("211 characters: fold")
            << u"a"_s.repeated(211) << QJsonObject() << QStringList{u"linkedin.summary"_s, u"linkedin.fold"_s}
            << qsizetype(210);
        QTest::newRow("3001 characters")
            << u"a"_s.repeated(3001) << QJsonObject()
            << QStringList{u"linkedin.summary"_s, u"linkedin.length"_s, u"linkedin.fold"_s} << qsizetype(210);
        QTest::newRow("channel limit 600")
            << u"a"_s.repeated(601) << QJsonObject{{u"max_length"_s, 600}, {u"fold_length"_s, 0}}
            << QStringList{u"linkedin.summary"_s, u"linkedin.length"_s} << qsizetype(600);
    }
    void linkedin()
    {
        QFETCH(QString, text);
        QFETCH(QJsonObject, settings);
        compareRules(PostRules::linkedin(text, settings));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qsizetype>("position");
        QTest::newRow("no limits") << u"a"_s.repeated(10000) << QJsonObject()
                                   << QStringList{u"text.summary"_s} << qsizetype(-1);
        QTest::newRow("max_length") << u"Hello world!"_s << QJsonObject{{u"max_length"_s, 10}}
                                    << QStringList{u"text.summary"_s, u"text.length"_s} << qsizetype(10);
        QTest::newRow("max_words") << u"one two  three"_s << QJsonObject{{u"max_words"_s, 2}}
                                   << QStringList{u"text.summary"_s, u"text.words"_s} << qsizetype(9);
        QTest::newRow("within both") << u"one two"_s << QJsonObject{{u"max_words"_s, 2}, {u"max_length"_s, 7}}
                                     << QStringList{u"text.summary"_s} << qsizetype(-1);
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(QJsonObject, settings);
        compareRules(PostRules::text(text, settings));
    }

    void forKind()
    {
        QCOMPARE(rulesOf(PostRules::forKind(u"sms"_s, u"Hi"_s, {})), QStringList{u"sms.summary"_s});
        QCOMPARE(rulesOf(PostRules::forKind(u"x"_s, u"Hi"_s, {})), QStringList{u"x.summary"_s});
        QCOMPARE(rulesOf(PostRules::forKind(u"instagram"_s, u"Hi"_s, {})),
                 QStringList{u"instagram.summary"_s});
        QCOMPARE(rulesOf(PostRules::forKind(u"linkedin"_s, u"Hi"_s, {})), QStringList{u"linkedin.summary"_s});
        QCOMPARE(rulesOf(PostRules::forKind(u"text"_s, u"Hi"_s, {})), QStringList{u"text.summary"_s});
        QVERIFY(PostRules::forKind(u"web"_s, u"Hi"_s, {}).isEmpty());
        const QList<Finding> findings = PostRules::forKind(u"x"_s, u"a"_s.repeated(300), {});
        QVERIFY(findingFor(findings, u"x.weighted_length"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostRules)
#include "tst_postrules.moc"
