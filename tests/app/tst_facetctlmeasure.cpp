// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl measure: SMS, X and push measurements of a text given as an argument or on standard input.
#include "app/cli/Cli.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int code;
    QString out;
    QString err;
};

Result facetctl(const QStringList& args, const QByteArray& input = {})
{
    Result r{0, {}, {}};
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{u"facetctl"_s} + args, in, out, err);
    out.flush();
    err.flush();
    return r;
}

QJsonObject sms(const QString& encoding, int units, int segments, int characters,
                const QJsonArray& nonGsm = {})
{
    return {{u"encoding"_s, encoding},
            {u"units"_s, units},
            {u"unit"_s, encoding == u"GSM-7" ? u"septets"_s : u"utf16"_s},
            {u"segments"_s, segments},
            {u"characters"_s, characters},
            {u"non_gsm"_s, nonGsm}};
}

} // namespace

class TestFacetctlMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QJsonObject>("expected");
        const QStringList smsJson{u"measure"_s, u"sms"_s, u"--json"_s};
        QTest::newRow("sms GSM-7") << smsJson + QStringList{u"Hello"_s} << QByteArray()
                                   << sms(u"GSM-7"_s, 5, 1, 5);
        QTest::newRow("sms euro sign takes two septets")
            << smsJson + QStringList{u"5 \u20AC"_s} << QByteArray() << sms(u"GSM-7"_s, 4, 1, 3);
        QTest::newRow("sms curly apostrophe forces UCS-2")
            << smsJson + QStringList{u"It\u2019s"_s} << QByteArray()
            << sms(u"UCS-2"_s, 4, 1, 4,
                   QJsonArray{QJsonObject{{u"character"_s, u"\u2019"_s},
                                          {u"code_point"_s, u"U+2019"_s},
                                          {u"name"_s, u"RIGHT SINGLE QUOTATION MARK"_s},
                                          {u"offset"_s, 2},
                                          {u"index"_s, 2},
                                          {u"replacement"_s, u"'"_s}}});
        QTest::newRow("sms 161 characters: two segments")
            << smsJson + QStringList{u"a"_s.repeated(161)} << QByteArray() << sms(u"GSM-7"_s, 161, 2, 161);
        QTest::newRow("sms from stdin with -")
            << smsJson + QStringList{u"-"_s} << QByteArray("Hello\n") << sms(u"GSM-7"_s, 5, 1, 5);
        QTest::newRow("sms from stdin without TEXT, CRLF dropped")
            << smsJson << QByteArray("Hello\r\n") << sms(u"GSM-7"_s, 5, 1, 5);
        QTest::newRow("sms keeps inner line breaks")
            << smsJson << QByteArray("a\nb\n") << sms(u"GSM-7"_s, 3, 1, 3);
        QTest::newRow("sms empty") << smsJson << QByteArray() << sms(u"GSM-7"_s, 0, 0, 0);
        QTest::newRow("x with a URL")
            << QStringList{u"measure"_s, u"x"_s, u"Hello https://example.com/a/long/path"_s, u"--json"_s}
            << QByteArray()
            << QJsonObject{{u"weightedLength"_s, 29},
                           {u"valid"_s, true},
                           {u"permillage"_s, 103},
                           {u"validRangeEnd"_s, 36},
                           {u"maxWeightedTweetLength"_s, 280}};
        QTest::newRow("x 141 CJK from stdin")
            << QStringList{u"measure"_s, u"x"_s, u"--json"_s} << u"\u6F22"_s.repeated(141).toUtf8()
            << QJsonObject{{u"weightedLength"_s, 282},
                           {u"valid"_s, false},
                           {u"permillage"_s, 1007},
                           {u"validRangeEnd"_s, 139},
                           {u"maxWeightedTweetLength"_s, 280}};
        QTest::newRow("push with title") << QStringList{u"measure"_s, u"push"_s,     u"City backpack."_s,
                                                        u"--title"_s, u"Metro 20"_s, u"--json"_s}
                                         << QByteArray()
                                         << QJsonObject{{u"apns"_s, 80},
                                                        {u"fcm"_s, 187},
                                                        {u"limit"_s, 4000},
                                                        {u"fits"_s, true},
                                                        {u"shortened"_s, false}};
        QTest::newRow("push UTF-8 bytes and topic")
            << QStringList{u"measure"_s, u"push"_s, u"--topic"_s, u"deals"_s, u"--json"_s}
            << QByteArray("Gr\xC3\xBC\xC3\x9F"
                          "e")
            << QJsonObject{{u"apns"_s, 54},
                           {u"fcm"_s, 137},
                           {u"limit"_s, 4000},
                           {u"fits"_s, true},
                           {u"shortened"_s, false}};
        QTest::newRow("push body shortened")
            << QStringList{u"measure"_s, u"push"_s, u"a"_s.repeated(5000), u"--json"_s} << QByteArray()
            << QJsonObject{{u"apns"_s, 5047},
                           {u"fcm"_s, 10121},
                           {u"limit"_s, 4000},
                           {u"fits"_s, false},
                           {u"shortened"_s, true},
                           {u"shortened_body"_s, QString(u"a"_s.repeated(1936) + u"\u2026"_s)}};
    }
    void json()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QJsonObject, expected);
        const Result r = facetctl(args, input);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString() + u": "_s + r.out));
        QCOMPARE(doc.object(), expected);
    }

    void text_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sms")
            << QStringList{u"measure"_s, u"sms"_s, u"Caf\u00E9 \u2013 ok"_s}
            << u"encoding: UCS-2\nunits: 9 UTF-16 units\nsegments: 1\ncharacters: 9\nnon_gsm:\n"
               "  U+2013 EN DASH at character 6 (offset 5), GSM: “-”\n"_s;
        QTest::newRow("sms GSM")
            << QStringList{u"measure"_s, u"sms"_s, u"Hi"_s}
            << u"encoding: GSM-7\nunits: 2 septets\nsegments: 1\ncharacters: 2\nnon_gsm: none\n"_s;
        QTest::newRow("x") << QStringList{u"measure"_s, u"x"_s, u"Hello"_s}
                           << u"weightedLength: 5 of 280\nvalid: yes\npermillage: 17\n"_s;
        QTest::newRow("push") << QStringList{u"measure"_s, u"push"_s, u"City backpack."_s, u"--title"_s,
                                             u"Metro 20"_s}
                              << u"apns: 80 bytes\nfcm: 187 bytes\nlimit: 4000 bytes\n"_s;
    }
    void text()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = facetctl(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no kind") << QStringList{u"measure"_s} << QByteArray();
        QTest::newRow("unknown kind") << QStringList{u"measure"_s, u"fax"_s, u"Hi"_s} << QByteArray();
        QTest::newRow("two texts") << QStringList{u"measure"_s, u"sms"_s, u"Hello"_s, u"world"_s}
                                   << QByteArray();
        QTest::newRow("title for sms")
            << QStringList{u"measure"_s, u"sms"_s, u"Hi"_s, u"--title"_s, u"T"_s} << QByteArray();
        QTest::newRow("empty topic") << QStringList{u"measure"_s, u"push"_s, u"Hi"_s, u"--topic"_s, u""_s}
                                     << QByteArray();
        QTest::newRow("unknown option")
            << QStringList{u"measure"_s, u"sms"_s, u"Hi"_s, u"--segments"_s} << QByteArray();
        QTest::newRow("stdin not UTF-8")
            << QStringList{u"measure"_s, u"sms"_s, u"-"_s} << QByteArray("caf\xE9");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Result r = facetctl(args, input);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(u"facetctl measure: "_s));
    }

    void help()
    {
        const Result r = facetctl({u"measure"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"facetctl measure"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--title"_s));
        QVERIFY(facetctl({u"--help"_s}).out.contains(u"measure"_s));
    }
};

QTEST_GUILESS_MAIN(TestFacetctlMeasure)
#include "tst_facetctlmeasure.moc"
