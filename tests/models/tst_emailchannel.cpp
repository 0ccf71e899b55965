// SPDX-License-Identifier: GPL-3.0-or-later
// The email channel: .eml bytes checked by Python's email parser as the oracle, and the email rule checks
// on realistic German, French and English newsletters.
#include "models/channels/EmailRules.h"
#include "models/channels/EmlWriter.h"
#include "tests/common/ChannelFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::fixture;
using facet::test::ids;

Q_DECLARE_METATYPE(facet::EmailMessage)

namespace {

struct Newsletter
{
    EmailMessage message;
    QString productName;
    QString priceText;
};

Newsletter newsletter(const QString& language)
{
    Newsletter n;
    EmailMessage& m = n.message;
    m.html = fixture(u"email-%1.html"_s.arg(language));
    m.text = fixture(u"email-%1.txt"_s.arg(language));
    m.date = QDateTime(QDate(2026, 3, 3), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(3600));
    if (language == u"de") {
        m.from = {u"Röstwerk – Kaffee & Mühlen"_s, u"news@roestwerk.example"_s};
        m.to = {u"Jürgen Weiß"_s, u"juergen.weiss@example.de"_s};
        m.subject = u"Neu: Kaffeemühle „Bärenstark“ für 189,90 €"_s;
        m.preheader = u"Frisch gemahlen wie beim Röster: die Kaffeemühle „Bärenstark“ für 189,90 €."_s;
        m.unsubscribeUrl = u"https://shop.roestwerk.example/abmelden?t=9f2c1e7a4b"_s;
        m.unsubscribeMailto = u"mailto:abmelden@roestwerk.example?subject=abmelden"_s;
        m.messageIdDomain = u"roestwerk.example"_s;
        n.productName = u"Kaffeemühle „Bärenstark“"_s;
        n.priceText = u"189,90\u00a0€"_s;
    } else if (language == u"fr") {
        m.from = {u"Torréfaction Lefèvre"_s, u"lettre@torrefaction.example"_s};
        m.to = {u"Hélène Dupré"_s, u"helene.dupre@example.fr"_s};
        m.subject = u"Nouveau : le moulin « Grain d’Or » à 189,90 €"_s;
        m.preheader = u"Le moulin « Grain d’Or » arrive : mouture réglée au micron, à 189,90 € seulement."_s;
        m.unsubscribeUrl = u"https://boutique.torrefaction.example/desabonnement?t=5d81aa09c3"_s;
        m.messageIdDomain = u"torrefaction.example"_s;
        n.productName = u"Moulin à café « Grain d’Or » – Édition spéciale"_s;
        n.priceText = u"189,90\u202f€"_s;
    } else {
        m.from = {u"Peakline Outfitters"_s, u"hello@peakline.example"_s};
        m.to = {u"Sam O'Neil"_s, u"sam@example.com"_s};
        m.subject = u"The Trailrunner X2 is here: $129.00"_s;
        m.preheader = u"Grip on wet rock, 8 mm drop, 268 g: the Trailrunner X2 is here for $129.00."_s;
        m.unsubscribeUrl = u"https://store.peakline.example/unsubscribe?t=c0ffee42"_s;
        m.unsubscribeMailto = u"mailto:unsubscribe@peakline.example"_s;
        m.messageIdDomain = u"peakline.example"_s;
        n.productName = u"Trailrunner X2"_s;
        n.priceText = u"$129.00"_s;
    }
    return n;
}

QByteArray headerBlock(const QByteArray& eml)
{
    return eml.left(eml.indexOf("\r\n\r\n") + 2);
}

} // namespace

class TestEmailChannel : public QObject
{
    Q_OBJECT

private:
    // Runs tests/models/eml_check.py on the bytes; an empty object (and QSKIP by the caller) without python3.
    QJsonObject pythonReport(const QByteArray& eml)
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"message.eml"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size())
            return {};
        file.close();
        QProcess python;
        python.start(u"python3"_s, {QStringLiteral(FACET_EML_CHECK), file.fileName()});
        if (!python.waitForFinished(60'000) || python.exitCode() != 0) {
            qWarning().noquote() << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void quotedPrintable_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("ascii") << u"Jetzt ansehen"_s << QByteArray("Jetzt ansehen");
        QTest::newRow("umlauts") << u"Grüße"_s << QByteArray("Gr=C3=BC=C3=9Fe");
        QTest::newRow("euro sign") << u"189,90 €"_s << QByteArray("189,90 =E2=82=AC");
        QTest::newRow("equals sign") << u"a=b"_s << QByteArray("a=3Db");
        QTest::newRow("trailing space") << u"Preis: \nneu"_s << QByteArray("Preis:=20\r\nneu");
        QTest::newRow("line ends to CRLF") << u"a\nb\n"_s << QByteArray("a\r\nb\r\n");
        QTest::newRow("From at line start") << u"From here"_s << QByteArray("=46rom here");
        QTest::newRow("dot at line start") << u".hidden"_s << QByteArray("=2Ehidden");
        QTest::newRow("soft break at 76")
            << QString(80, u'x') << QByteArray(75, 'x') + "=\r\n" + QByteArray(5, 'x');
        QTest::newRow("escape never split")
            << QString(74, u'x') + u"ü"_s << QByteArray(74, 'x') + "=\r\n=C3=BC";
    }
    void quotedPrintable()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, encoded);
        QCOMPARE(EmlWriter::quotedPrintable(input.toUtf8()), encoded);
    }

    void encodedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("short") << u"Grüße"_s << 1;
        QTest::newRow("39 bytes fit one word") << QString(39, u'a') << 1;
        QTest::newRow("40 bytes need two") << QString(40, u'a') << 2;
        QTest::newRow("two-byte characters not split") << QString(20, u'ü') << 2; // 40 bytes
        QTest::newRow("emoji not split") << u"Bohnen 🫘🫘🫘🫘🫘🫘🫘🫘 frisch"_s << 2;
        QTest::newRow("long French subject")
            << u"Nouveau : le moulin « Grain d’Or » à 189,90 € – livraison offerte dès aujourd’hui"_s << 3;
    }
    void encodedWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        const QList<QByteArray> encoded = EmlWriter::encodedWords(text);
        QCOMPARE(encoded.size(), words);
        QByteArray decoded;
        for (const QByteArray& word : encoded) {
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word must decode on its own (RFC 2047 §5: no character split across words).
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
            decoded += bytes;
        }
        QCOMPARE(QString::fromUtf8(decoded), text);
    }

    void rfc5322Date()
    {
        const QDateTime date(QDate(2026, 3, 3), QTime(9, 30, 5), QTimeZone::fromSecondsAheadOfUtc(3600));
        QCOMPARE(EmlWriter::rfc5322Date(date), QByteArray("Tue, 03 Mar 2026 09:30:05 +0100"));
        const QDateTime west(QDate(2026, 11, 28), QTime(18, 0), QTimeZone::fromSecondsAheadOfUtc(-5 * 3600));
        QCOMPARE(EmlWriter::rfc5322Date(west), QByteArray("Sat, 28 Nov 2026 18:00:00 -0500"));
    }

    void rawBytes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void rawBytes()
    {
        QFETCH(QString, language);
        const Newsletter n = newsletter(language);
        QString error;
        const QByteArray eml = EmlWriter::write(n.message, &error);
        QVERIFY2(!eml.isEmpty(), qPrintable(error));
        QVERIFY(eml.endsWith("\r\n"));
        qsizetype longest = 0;
        for (qsizetype i = 0, start = 0; i < eml.size(); ++i) {
            if (eml.at(i) == '\n') {
                QVERIFY2(i > 0 && eml.at(i - 1) == '\r', "bare LF");
                longest = qMax(longest, i - 1 - start);
                start = i + 1;
            } else if (eml.at(i) == '\r') {
                QVERIFY2(i + 1 < eml.size() && eml.at(i + 1) == '\n', "bare CR");
            }
            QVERIFY2(uchar(eml.at(i)) < 0x80, "8-bit byte in a 7-bit message");
        }
        QVERIFY2(longest <= 78, qPrintable(QString::number(longest)));
        const QByteArray headers = headerBlock(eml);
        QCOMPARE(headers.count("\r\nList-Unsubscribe:"), 1);
        QCOMPARE(headers.count("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), 1);
        QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(headers.startsWith("Date: Tue, 03 Mar 2026 09:30:00 +0100\r\n"));
        static const QRegularExpression word(u"=\\?[^?]+\\?[BQbq]\\?[^?]*\\?="_s);
        for (auto it = word.globalMatch(QString::fromLatin1(headers)); it.hasNext();)
            QVERIFY(it.next().capturedLength() <= 75);
        // Text before HTML inside one multipart/alternative.
        QVERIFY(eml.indexOf("Content-Type: text/plain") < eml.indexOf("Content-Type: text/html"));
        static const QRegularExpression boundaryPattern(u"boundary=\"([^\"]{1,70})\""_s);
        const QString boundary = boundaryPattern.match(QString::fromLatin1(headers)).captured(1);
        QVERIFY(!boundary.isEmpty());
        QCOMPARE(eml.count(("--" + boundary).toLatin1()), 3);
        QVERIFY(!n.message.html.contains(boundary) && !n.message.text.contains(boundary));
    }

    void pythonOracle_data() { rawBytes_data(); }
    void pythonOracle()
    {
        QFETCH(QString, language);
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed; it is the oracle for the .eml format");
        const Newsletter n = newsletter(language);
        const QByteArray eml = EmlWriter::write(n.message);
        const QJsonObject report = pythonReport(eml);
        QVERIFY(!report.isEmpty());
        QCOMPARE(report[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(report[u"tree"_s].toArray(),
                 QJsonArray({u"multipart/alternative"_s, u"text/plain"_s, u"text/html"_s}));
        QCOMPARE(report[u"subject"_s].toString(), n.message.subject);
        QCOMPARE(report[u"from_name"_s].toString(), n.message.from.name);
        QCOMPARE(report[u"from_address"_s].toString(), n.message.from.address);
        QCOMPARE(report[u"to_name"_s].toString(), n.message.to.name);
        QCOMPARE(report[u"to_address"_s].toString(), n.message.to.address);
        QVERIFY(report[u"date_ok"_s].toBool());
        QCOMPARE(report[u"mime_version"_s].toString(), u"1.0"_s);
        QVERIFY(report[u"message_id"_s].toString().endsWith(u'@' + n.message.messageIdDomain + u'>'));
        const QString unsubscribe =
            n.message.unsubscribeMailto.isEmpty()
                ? u"<%1>"_s.arg(n.message.unsubscribeUrl)
                : u"<%1>, <%2>"_s.arg(n.message.unsubscribeUrl, n.message.unsubscribeMailto);
        QCOMPARE(report[u"list_unsubscribe"_s].toArray(), QJsonArray({unsubscribe}));
        QCOMPARE(report[u"list_unsubscribe_post"_s].toArray(), QJsonArray({u"List-Unsubscribe=One-Click"_s}));
        const QJsonObject bodies = report[u"bodies"_s].toObject();
        QCOMPARE(bodies[u"text/plain"_s].toString(), n.message.text);
        QCOMPARE(bodies[u"text/html"_s].toString(), n.message.html);
        const QString boundary = report[u"boundary"_s].toString();
        QVERIFY(!n.message.text.contains(boundary) && !n.message.html.contains(boundary));
    }

    void pythonOracleOnAwkwardInput()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed; it is the oracle for the .eml format");
        Newsletter n = newsletter(u"de"_s);
        n.message.from = {u"Röstwerk, Hamburg \"Hafen\""_s, u"news@röstwerk.example"_s};
        n.message.to = {u"Doe, Jane"_s, u"jane@example.com"_s};
        n.message.subject = u"=?not an encoded word?= Herbstangebote 🍂: Kaffeemühle „Bärenstark“, "
                            u"Milchaufschäumer „Wolke“ und "
                            "Espressotassen aus Thüringer Porzellan – nur bis Sonntag"_s;
        // The boundary candidate inside a body forces another one.
        n.message.text += u"\n--=_facet_ and a line of exactly seventy-six characters ............ end\n"_s;
        n.message.text += QString(300, u'ä') + u"  \n\tTab\n"_s;
        const QByteArray eml = EmlWriter::write(n.message);
        const QJsonObject report = pythonReport(eml);
        QVERIFY(!report.isEmpty());
        QCOMPARE(report[u"defects"_s].toArray(), QJsonArray());
        QCOMPARE(report[u"subject"_s].toString(), n.message.subject);
        QCOMPARE(report[u"from_name"_s].toString(), n.message.from.name);
        QCOMPARE(report[u"from_address"_s].toString(), u"news@xn--rstwerk-90a.example"_s);
        QCOMPARE(report[u"to_name"_s].toString(), n.message.to.name);
        QCOMPARE(report[u"bodies"_s].toObject()[u"text/plain"_s].toString(), n.message.text);
        for (const QByteArray& line : eml.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
    }

    void writeRefuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("http unsubscribe") << u"unsubscribe"_s << u"http://shop.roestwerk.example/abmelden"_s;
        QTest::newRow("unsubscribe with space") << u"unsubscribe"_s << u"https://shop.example/ab melden"_s;
        QTest::newRow("mailto not mailto") << u"mailto"_s << u"abmelden@roestwerk.example"_s;
        QTest::newRow("non-ASCII local part") << u"from"_s << u"jürgen@example.de"_s;
        QTest::newRow("no domain") << u"to"_s << u"juergen"_s;
        QTest::newRow("no Message-ID domain") << u"domain"_s << QString();
        QTest::newRow("Message-ID with space") << u"messageId"_s << u"a b"_s;
    }
    void writeRefuses()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        EmailMessage m = newsletter(u"de"_s).message;
        if (field == u"unsubscribe")
            m.unsubscribeUrl = value;
        else if (field == u"mailto")
            m.unsubscribeMailto = value;
        else if (field == u"from")
            m.from.address = value;
        else if (field == u"to")
            m.to.address = value;
        else if (field == u"domain")
            m.messageIdDomain = value;
        else
            m.messageId = value;
        QString error;
        QVERIFY(EmlWriter::write(m, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<EmailMessage>("message");
        QTest::addColumn<QString>("productName");
        QTest::addColumn<QString>("priceText");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char* name, const Newsletter& n, const QStringList& expected,
                      const QJsonObject& settings = {}) {
            QTest::newRow(name) << n.message << n.productName << n.priceText << settings << expected;
        };
        const Newsletter de = newsletter(u"de"_s);
        row("de newsletter", de, {});
        row("fr newsletter", newsletter(u"fr"_s), {});
        row("en newsletter (data table with headers)", newsletter(u"en"_s), {});

        Newsletter n = de;
        n.message.subject = QString(49, u'a') + u"🫘"_s; // 50 code points, 51 UTF-16 units
        row("subject 50 code points", n, {});
        n.message.subject = QString(50, u'a') + u"🫘"_s;
        row("subject 51 code points", n, {u"warning:email.subject_length"_s});
        n.message.subject = QString(999, u'ü');
        row("subject over 998", n, {u"error:email.subject_length"_s});
        n.message.subject.clear();
        row("subject empty", n, {u"error:email.subject_length"_s});
        row("subject_max 30", de, {u"warning:email.subject_length"_s}, {{u"subject_max"_s, 30}});

        n = de;
        n.message.preheader = u"Frisch gemahlen"_s;
        row("preheader 15", n, {u"warning:email.preheader_length"_s});
        row("preheader_max 60", de, {u"warning:email.preheader_length"_s}, {{u"preheader_max"_s, 60}});
        n = de;
        n.message.preheader = de.message.preheader + u" Nur diese Woche."_s;
        row("preheader 94 and not in the body", n,
            {u"warning:email.preheader_length"_s, u"warning:email.preheader_position"_s});
        n = de;
        n.message.html.replace(u"<body style=\"margin:0;padding:0;background-color:#f4f1ec;\">"_s,
                               u"<body><p>Webversion ansehen</p>"_s);
        row("preheader after other text", n, {u"warning:email.preheader_position"_s});

        n = de;
        n.message.html.replace(u"</body>"_s, u"<!-- "_s + QString(100'000, u'x') + u" --></body>"_s);
        row("html over 100,000 bytes", n, {u"error:email.clipping"_s});
        row("html_max_bytes 2000", de, {u"error:email.clipping"_s}, {{u"html_max_bytes"_s, 2000}});

        n = de;
        n.message.text.replace(u"189,90 €"_s, u"189.90 EUR"_s);
        row("text without the price", n, {u"error:email.text_price"_s});
        n = de;
        n.message.text.replace(u"Kaffeemühle „Bärenstark“\n"_s, QString());
        n.message.text.replace(u"die Kaffeemühle „Bärenstark“"_s, u"unsere neue Mühle"_s);
        row("text without the name", n, {u"error:email.text_name"_s});
        n = de;
        n.message.text.replace(u"https://shop.roestwerk.example/abmelden?t=9f2c1e7a4b"_s,
                               u"https://shop.roestwerk.example/konto"_s);
        row("text without the unsubscribe link", n, {u"error:email.text_unsubscribe"_s});
        n = de;
        n.message.text =
            u"Kaffeemühle\n„Bärenstark“ 189,90 € https://shop.roestwerk.example/abmelden?t=9f2c1e7a4b"_s;
        row("text wrapped inside the name", n, {});

        n = de;
        n.message.html.replace(u"alt=\"Röstwerk\" "_s, QString());
        row("image without alt", n, {u"error:email.img_alt"_s});
        n = de;
        n.message.html.replace(u"alt=\"Röstwerk\""_s, u"alt=\"\""_s);
        row("decorative image with empty alt", n, {});
        n = de;
        n.message.html.replace(u"<table role=\"presentation\" cellpadding"_s, u"<table cellpadding"_s);
        row("layout table without role", n, {u"warning:email.table_role"_s});
        n = de;
        n.message.html.replace(u"role=\"presentation\""_s, QString());
        row("three layout tables without role", n,
            {u"warning:email.table_role"_s, u"warning:email.table_role"_s, u"warning:email.table_role"_s});
    }
    void rules()
    {
        QFETCH(EmailMessage, message);
        QFETCH(QString, productName);
        QFETCH(QString, priceText);
        QFETCH(QJsonObject, settings);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = EmailRules(settings).check(message, productName, priceText);
        QCOMPARE(ids(findings), expected);
        for (const Finding& f : findings)
            QVERIFY2(!f.message.isEmpty() && !f.part.isEmpty(), qPrintable(f.rule));
    }

    void findingDetails()
    {
        Newsletter n = newsletter(u"de"_s);
        n.message.html.replace(u"</body>"_s, u"<!-- "_s + QString(100'000, u'x') + u" --></body>"_s);
        n.message.html.replace(u"alt=\"Röstwerk\" "_s, QString());
        n.message.subject = QString(60, u'é');
        const QList<Finding> findings = EmailRules().check(n.message, n.productName, n.priceText);
        QCOMPARE(findings.size(), 3);
        const Finding& subject = findings.at(0);
        QCOMPARE(subject.rule, u"email.subject_length"_s);
        QCOMPARE(subject.measured, u"60"_s);
        QCOMPARE(subject.limit, u"50"_s);
        QCOMPARE(subject.part, u"subject"_s);
        const Finding& clipping = findings.at(1);
        QCOMPARE(clipping.rule, u"email.clipping"_s);
        QCOMPARE(clipping.measured, QString::number(n.message.html.toUtf8().size()));
        QCOMPARE(clipping.limit, u"100000"_s);
        const Finding& alt = findings.at(2);
        QCOMPARE(alt.rule, u"email.img_alt"_s);
        QCOMPARE(alt.measured, u"https://shop.roestwerk.example/bilder/logo-roestwerk.png"_s);
        QVERIFY(n.message.html.mid(alt.position)
                    .startsWith(u"<img src=\"https://shop.roestwerk.example/bilder/logo"_s));
    }
};

QTEST_GUILESS_MAIN(TestEmailChannel)
#include "tst_emailchannel.moc"
