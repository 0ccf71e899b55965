// SPDX-License-Identifier: GPL-3.0-or-later
// APNs and FCM payloads: exact bytes, the size limit, shortening at grapheme boundaries, key whitelists.
#include "models/channels/PushPayload.h"
#include "models/channels/PushSchema.h"
#include "tests/common/FindingList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::rulesOf;

namespace {

PushMessage backpack()
{
    PushMessage m;
    m.title = u"Metro 20"_s;
    m.body = u"City backpack, 16-inch sleeve."_s;
    m.threadId = u"promo"_s;
    m.custom = {{u"sku"_s, u"BP-METRO-20"_s}, {u"url"_s, u"https://shop.example.com/p/BP-METRO-20"_s}};
    return m;
}

} // namespace

class TestPushPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apnsExactBytes()
    {
        const QByteArray expected =
            "{\"aps\":{\"alert\":{\"body\":\"City backpack, 16-inch sleeve.\",\"title\":"
            "\"Metro 20\"},\"sound\":\"default\",\"thread-id\":\"promo\"},\"sku\":"
            "\"BP-METRO-20\",\"url\":\"https://shop.example.com/p/BP-METRO-20\"}";
        const QByteArray actual = PushPayload::bytes(PushPayload::apns(backpack()));
        QCOMPARE(actual, expected);
        QCOMPARE(actual.size(), 183);
        QCOMPARE(PushSchema::checkApns(PushPayload::apns(backpack())), QStringList());
    }

    void apnsWithImage()
    {
        PushMessage m = backpack();
        m.imageUrl = u"https://cdn.example.com/metro.jpg"_s;
        m.threadId.clear();
        const QByteArray expected =
            "{\"aps\":{\"alert\":{\"body\":\"City backpack, 16-inch sleeve.\",\"title\":"
            "\"Metro 20\"},\"mutable-content\":1,\"sound\":\"default\"},\"image\":"
            "\"https://cdn.example.com/metro.jpg\",\"sku\":\"BP-METRO-20\",\"url\":"
            "\"https://shop.example.com/p/BP-METRO-20\"}";
        QCOMPARE(PushPayload::bytes(PushPayload::apns(m)), expected);
    }

    void fcmExactBytes()
    {
        PushMessage m = backpack();
        m.topic = u"deals"_s;
        m.imageUrl = u"https://cdn.example.com/metro.jpg"_s;
        const QByteArray apns = PushPayload::bytes(PushPayload::apns(m));
        const QByteArray expected =
            "{\"message\":{\"apns\":{\"fcm_options\":{\"image\":\"https://cdn.example.com/"
            "metro.jpg\"},\"payload\":" +
            apns +
            "},\"data\":{\"sku\":\"BP-METRO-20\",\"url\":\"https://shop.example.com/p/BP-METRO-20\"},"
            "\"notification\":{\"body\":\"City backpack, 16-inch sleeve.\",\"image\":"
            "\"https://cdn.example.com/metro.jpg\",\"title\":\"Metro 20\"},\"topic\":\"deals\"}}";
        QCOMPARE(PushPayload::bytes(PushPayload::fcm(m)), expected);
        QCOMPARE(PushSchema::checkFcm(PushPayload::fcm(m)), QStringList());
    }

    void dataTypesAndReservedKeys()
    {
        PushMessage m = backpack();
        m.token = u"tok"_s;
        m.custom = {{u"qty"_s, 3},        {u"price"_s, 19.9},
                    {u"new"_s, true},     {u"meta"_s, QJsonObject{{u"a"_s, 1}}},
                    {u"from"_s, u"x"_s},  {u"google.c"_s, u"y"_s},
                    {u"gcm.n"_s, u"z"_s}, {u"nothing"_s, QJsonValue()}};
        const QJsonObject data = PushPayload::fcm(m).value(u"message").toObject().value(u"data").toObject();
        const QJsonObject expectedData{
            {u"qty"_s, u"3"_s}, {u"price"_s, u"19.9"_s}, {u"new"_s, u"true"_s}, {u"meta"_s, u"{\"a\":1}"_s}};
        QCOMPARE(data, expectedData);
        const QJsonObject apns = PushPayload::apns(m);
        QCOMPARE(apns.value(u"qty"_s), QJsonValue(3));
        QCOMPARE(apns.value(u"price"_s), QJsonValue(19.9));
        QVERIFY(!apns.contains(u"meta"_s));
        QVERIFY(!apns.contains(u"nothing"_s));
        QCOMPARE(PushSchema::checkFcm(PushPayload::fcm(m)), QStringList());

        const QStringList rules = rulesOf(PushPayload::findings(m, {}));
        QCOMPARE(rules.count(u"push.reserved_key"_s), 3);
        QCOMPARE(rules.count(u"push.custom_type"_s), 2); // the object and the null
        QVERIFY(!rules.contains(u"push.schema"_s));
    }

    void utf8Bytes()
    {
        PushMessage m;
        m.body = u"Gr\u00FC\u00DFe \U0001F600"_s;
        const QByteArray apns = PushPayload::bytes(PushPayload::apns(m));
        QCOMPARE(apns, QByteArray("{\"aps\":{\"alert\":{\"body\":\"Gr\xC3\xBC\xC3\x9F"
                                  "e \xF0\x9F\x98\x80\"},"
                                  "\"sound\":\"default\"}}"));
        QCOMPARE(apns.size(), 59); // ü and ß take 2 bytes, the emoji 4
    }

    void fitsUnchanged()
    {
        const PushPayload::Fitted f = PushPayload::fit(backpack());
        QVERIFY(f.fits);
        QVERIFY(!f.shortened);
        QCOMPARE(f.message.body, backpack().body);
        QCOMPARE(f.apns.size(), f.originalApnsBytes);
    }

    void shortenedAtGraphemes_data()
    {
        QTest::addColumn<QString>("unit"); // one grapheme, repeated to make the body
        QTest::addColumn<int>("limit");
        QTest::newRow("ASCII") << u"a"_s << 700;
        QTest::newRow("two-byte letters") << u"\u00E9"_s << 700;
        QTest::newRow("three-byte CJK") << u"\u6F22"_s << 701;
        QTest::newRow("four-byte emoji") << u"\U0001F600"_s << 702;
        QTest::newRow("ZWJ family (18 bytes)") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 703;
        QTest::newRow("flag (8 bytes)") << u"\U0001F1E9\U0001F1EA"_s << 704;
        QTest::newRow("decomposed accent (3 bytes)") << u"e\u0301"_s << 705;
        QTest::newRow("default limit") << u"\u00E9"_s << 4000;
    }
    void shortenedAtGraphemes()
    {
        QFETCH(QString, unit);
        QFETCH(int, limit);
        PushMessage m = backpack();
        m.topic = u"deals"_s;
        m.body = unit.repeated(3000);
        const PushPayload::Fitted f = PushPayload::fit(m, limit);
        QVERIFY(f.fits);
        QVERIFY(f.shortened);
        QVERIFY(f.apns.size() <= limit);
        QVERIFY(f.fcm.size() <= limit);
        QVERIFY(f.originalFcmBytes > limit);
        QVERIFY(f.message.body.endsWith(u"\u2026"_s));
        const QString kept = f.message.body.chopped(1);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept.size() % unit.size(), 0); // whole graphemes only
        QCOMPARE(kept, unit.repeated(kept.size() / unit.size()));
        // The bytes are the payload of the shortened message, valid UTF-8 throughout.
        QCOMPARE(f.fcm, PushPayload::bytes(PushPayload::fcm(f.message)));
        QCOMPARE(QString::fromUtf8(f.fcm).toUtf8(), f.fcm);
        // And it is the longest that fits: one more grapheme would not.
        PushMessage longer = m;
        longer.body = kept + unit + u"\u2026"_s;
        QVERIFY(PushPayload::bytes(PushPayload::fcm(longer)).size() > limit);
        QCOMPARE(PushSchema::checkFcm(PushPayload::fcm(f.message)), QStringList());
    }

    void trailingSpaceDroppedBeforeEllipsis()
    {
        // Every limit from 200 to 260 bytes: wherever the cut falls, no space is left before the ellipsis.
        PushMessage m;
        m.body = u"ab "_s.repeated(1000);
        QSet<QString> endings;
        for (int limit = 200; limit <= 260; ++limit) {
            const PushPayload::Fitted f = PushPayload::fit(m, limit);
            QVERIFY(f.shortened);
            QVERIFY(!f.message.body.chopped(1).endsWith(u' '));
            endings.insert(f.message.body.right(2));
        }
        QCOMPARE(endings, (QSet<QString>{u"a\u2026"_s, u"b\u2026"_s}));
    }

    void cannotFit()
    {
        PushMessage m = backpack();
        m.title = u"T"_s.repeated(5000);
        const PushPayload::Fitted f = PushPayload::fit(m);
        QVERIFY(!f.fits);
        const QList<Finding> findings = PushPayload::findings(m, {});
        QVERIFY(hasErrors(findings));
        QVERIFY(rulesOf(findings).contains(u"push.payload_bytes"_s));
        for (const Finding& finding : findings)
            if (finding.rule == u"push.payload_bytes") {
                QCOMPARE(finding.limit, u"4000"_s);
                QCOMPARE(finding.measured, QString::number(f.originalFcmBytes));
            }
    }

    void findings_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("rules");
        const QString body140 = u"b"_s.repeated(140);
        QTest::newRow("fine") << u"Metro 20"_s << u"City backpack."_s << QJsonObject()
                              << QStringList{u"push.summary"_s};
        QTest::newRow("title 31 characters") << u"t"_s.repeated(31) << u"x"_s << QJsonObject()
                                             << QStringList{u"push.summary"_s, u"push.title_length"_s};
        QTest::newRow("title 31 with title_max 50")
            << u"t"_s.repeated(31) << u"x"_s << QJsonObject{{u"title_max"_s, 50}}
            << QStringList{u"push.summary"_s};
        QTest::newRow("body 140") << u"T"_s << body140 << QJsonObject() << QStringList{u"push.summary"_s};
        QTest::newRow("body 141 emoji counts code points")
            << u"T"_s << body140 + u"\U0001F600"_s << QJsonObject()
            << QStringList{u"push.summary"_s, u"push.body_length"_s};
        QTest::newRow("shortened to the channel limit")
            << u"T"_s << u"b"_s.repeated(500)
            << QJsonObject{{u"max_payload_bytes"_s, 300}, {u"body_max"_s, 1000}}
            << QStringList{u"push.summary"_s, u"push.body_shortened"_s};
        QTest::newRow("empty body") << u"T"_s << QString() << QJsonObject()
                                    << QStringList{u"push.summary"_s, u"push.alert_empty"_s};
    }
    void findings()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QJsonObject, settings);
        QFETCH(QStringList, rules);
        PushMessage m;
        m.title = title;
        m.body = body;
        const QList<Finding> findings = PushPayload::findings(m, settings, u"apns"_s);
        QCOMPARE(rulesOf(findings), rules);
        for (const Finding& f : findings) {
            QCOMPARE(f.part, u"apns"_s);
            QVERIFY(!f.message.isEmpty());
            if (f.rule == u"push.title_length") {
                QCOMPARE(f.measured, u"31"_s);
                QCOMPARE(f.limit, u"30"_s);
                QCOMPARE(f.position, 30);
            }
            if (f.rule == u"push.body_length") {
                QCOMPARE(f.measured, u"141"_s);
                QCOMPARE(f.position, 140);
            }
        }
    }

    void bothTargets()
    {
        PushMessage m = backpack();
        m.token = u"tok"_s;
        m.topic = u"deals"_s;
        QVERIFY(rulesOf(PushPayload::findings(m, {})).contains(u"push.fcm_target"_s));
    }

    void apnsSchema_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("problems");
        QTest::newRow("alert string") << QByteArray("{\"aps\":{\"alert\":\"Hi\",\"badge\":0}}") << 0;
        QTest::newRow("full alert")
            << QByteArray("{\"aps\":{\"alert\":{\"title\":\"a\",\"subtitle\":\"b\",\"body\":\"c\",\"loc-"
                          "args\":[\"x\"]},"
                          "\"sound\":{\"critical\":1,\"name\":\"s\",\"volume\":0.5},\"category\":\"c\","
                          "\"content-available\":1,\"interruption-level\":\"time-sensitive\","
                          "\"relevance-score\":0.3},\"sku\":\"X\",\"n\":1,\"b\":true}")
            << 0;
        QTest::newRow("no aps") << QByteArray("{\"alert\":\"Hi\"}") << 1;
        QTest::newRow("unknown aps key")
            << QByteArray("{\"aps\":{\"alert\":\"Hi\",\"colour\":\"red\"}}") << 1;
        QTest::newRow("unknown alert key")
            << QByteArray("{\"aps\":{\"alert\":{\"body\":\"b\",\"text\":\"t\"}}}") << 1;
        QTest::newRow("empty body") << QByteArray("{\"aps\":{\"alert\":{\"body\":\"\"}}}") << 1;
        QTest::newRow("negative badge") << QByteArray("{\"aps\":{\"badge\":-1}}") << 1;
        QTest::newRow("fractional badge") << QByteArray("{\"aps\":{\"badge\":1.5}}") << 1;
        QTest::newRow("volume over 1")
            << QByteArray("{\"aps\":{\"sound\":{\"name\":\"s\",\"volume\":2}}}") << 1;
        QTest::newRow("mutable-content 2") << QByteArray("{\"aps\":{\"mutable-content\":2}}") << 1;
        QTest::newRow("bad interruption level")
            << QByteArray("{\"aps\":{\"interruption-level\":\"loud\"}}") << 1;
        QTest::newRow("custom object") << QByteArray("{\"aps\":{},\"extra\":{\"a\":1}}") << 1;
    }
    void apnsSchema()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, problems);
        const QStringList found = PushSchema::checkApns(QJsonDocument::fromJson(json).object());
        QVERIFY2(found.size() == problems, qPrintable(found.join(u"; "_s)));
    }

    void fcmSchema_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("problems");
        QTest::newRow("topic") << QByteArray(
                                      "{\"message\":{\"topic\":\"t\",\"notification\":{\"title\":\"a\"}}}")
                               << 0;
        QTest::newRow("no target") << QByteArray("{\"message\":{\"notification\":{\"title\":\"a\"}}}") << 1;
        QTest::newRow("two targets") << QByteArray("{\"message\":{\"topic\":\"t\",\"token\":\"k\"}}") << 1;
        QTest::newRow("number in data")
            << QByteArray("{\"message\":{\"topic\":\"t\",\"data\":{\"n\":1}}}") << 1;
        QTest::newRow("reserved data key")
            << QByteArray("{\"message\":{\"topic\":\"t\",\"data\":{\"google.x\":\"1\"}}}") << 1;
        QTest::newRow("unknown notification key")
            << QByteArray("{\"message\":{\"topic\":\"t\",\"notification\":{\"sound\":\"x\"}}}") << 1;
        QTest::newRow("unknown message key")
            << QByteArray("{\"message\":{\"topic\":\"t\",\"priority\":\"high\"}}") << 1;
        QTest::newRow("bad APNs payload inside")
            << QByteArray("{\"message\":{\"topic\":\"t\",\"apns\":{\"payload\":{\"aps\":{\"badge\":-1}}}}}")
            << 1;
        QTest::newRow("no message") << QByteArray("{\"msg\":{}}") << 2;
    }
    void fcmSchema()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, problems);
        const QStringList found = PushSchema::checkFcm(QJsonDocument::fromJson(json).object());
        QVERIFY2(found.size() == problems, qPrintable(found.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestPushPayload)
#include "tst_pushpayload.moc"
