// SPDX-License-Identifier: GPL-3.0-or-later
// SMS encoding and segment counting (3GPP TS 23.038 / 23.040) and GSM-7 transliteration, at every boundary.
#include "models/channels/Gsm7Alphabet.h"
#include "models/channels/SmsMeasure.h"

#include <QSet>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QString times(const QString& s, int n)
{
    return s.repeated(n);
}

const QString kEuro = QStringLiteral("\u20AC");
const QString kZhe = QStringLiteral("\u0436"); // ж: outside GSM, one UTF-16 unit
const QString kGrin = QStringLiteral("\U0001F600");
const QString kFamily = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");

} // namespace

class TestSmsMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tables()
    {
        const QString basic = Gsm7Alphabet::defaultTable();
        const QString extension = Gsm7Alphabet::extensionTable();
        QCOMPARE(basic.size(), 127);
        QCOMPARE(extension.size(), 10);
        QCOMPARE(QSet<QChar>(basic.begin(), basic.end()).size(), 127);
        for (const QChar c : basic)
            QCOMPARE(Gsm7Alphabet::septets(c.unicode()), 1);
        for (const QChar c : extension)
            QCOMPARE(Gsm7Alphabet::septets(c.unicode()), 2);
        QCOMPARE(Gsm7Alphabet::septets(0x1B), 0); // the escape itself is not text
        QCOMPARE(Gsm7Alphabet::septets(U'ç'), 0);
        QCOMPARE(Gsm7Alphabet::septets(U'Ç'), 1);
        QCOMPARE(Gsm7Alphabet::septets(U'$'), 1);
        QCOMPARE(Gsm7Alphabet::septets(U'`'), 0);
    }

    void measure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("characters");
        QTest::addColumn<QList<int>>("starts");

        QTest::newRow("empty") << QString() << "GSM-7" << 0 << 0 << 0 << QList<int>{};
        QTest::newRow("hello") << QStringLiteral("Hello") << "GSM-7" << 5 << 1 << 5 << QList<int>{0};
        QTest::newRow("GSM 160: one message")
            << times(u"a"_s, 160) << "GSM-7" << 160 << 1 << 160 << QList<int>{0};
        QTest::newRow("GSM 161: two segments")
            << times(u"a"_s, 161) << "GSM-7" << 161 << 2 << 161 << QList<int>{0, 153};
        QTest::newRow("GSM 306: two full segments")
            << times(u"a"_s, 306) << "GSM-7" << 306 << 2 << 306 << QList<int>{0, 153};
        QTest::newRow("GSM 307: three segments")
            << times(u"a"_s, 307) << "GSM-7" << 307 << 3 << 307 << QList<int>{0, 153, 306};
        QTest::newRow("80 euro signs fill one message")
            << times(kEuro, 80) << "GSM-7" << 160 << 1 << 80 << QList<int>{0};
        QTest::newRow("81 euro signs: 76 per segment")
            << times(kEuro, 81) << "GSM-7" << 162 << 2 << 81 << QList<int>{0, 76};
        QTest::newRow("escape pair would straddle the boundary: moves to segment 2")
            << times(u"a"_s, 152) + kEuro + times(u"a"_s, 10) << "GSM-7" << 164 << 2 << 163
            << QList<int>{0, 152};
        QTest::newRow("escape pair ends exactly on the boundary")
            << times(u"a"_s, 151) + kEuro + times(u"a"_s, 10) << "GSM-7" << 163 << 2 << 162
            << QList<int>{0, 152};
        QTest::newRow("escape pair split would give 306: needs 3")
            << times(u"a"_s, 152) + kEuro + times(u"a"_s, 152) << "GSM-7" << 306 << 3 << 305
            << QList<int>{0, 152, 304};
        QTest::newRow("CRLF is two septets")
            << QStringLiteral("a\r\nb") << "GSM-7" << 4 << 1 << 4 << QList<int>{0};
        QTest::newRow("UCS-2 70: one message")
            << times(kZhe, 70) << "UCS-2" << 70 << 1 << 70 << QList<int>{0};
        QTest::newRow("UCS-2 71: two segments")
            << times(kZhe, 71) << "UCS-2" << 71 << 2 << 71 << QList<int>{0, 67};
        QTest::newRow("UCS-2 134: two full segments")
            << times(kZhe, 134) << "UCS-2" << 134 << 2 << 134 << QList<int>{0, 67};
        QTest::newRow("UCS-2 135: three segments")
            << times(kZhe, 135) << "UCS-2" << 135 << 3 << 135 << QList<int>{0, 67, 134};
        QTest::newRow("surrogate pair would straddle the boundary: moves to segment 2")
            << times(kZhe, 66) + kGrin + times(kZhe, 10) << "UCS-2" << 78 << 2 << 77 << QList<int>{0, 66};
        QTest::newRow("surrogate pair ends exactly on the boundary")
            << times(kZhe, 65) + kGrin + times(kZhe, 10) << "UCS-2" << 77 << 2 << 76 << QList<int>{0, 67};
        QTest::newRow("35 emoji: 70 units, one message")
            << times(kGrin, 35) << "UCS-2" << 70 << 1 << 35 << QList<int>{0};
        QTest::newRow("36 emoji: 33 per segment")
            << times(kGrin, 36) << "UCS-2" << 72 << 2 << 36 << QList<int>{0, 66};
        QTest::newRow("ZWJ family") << kFamily << "UCS-2" << 8 << 1 << 5 << QList<int>{0};
        QTest::newRow("one non-GSM character makes all of it UCS-2")
            << times(u"a"_s, 69) + QStringLiteral("\u2019") << "UCS-2" << 70 << 1 << 70 << QList<int>{0};
        QTest::newRow("same text with a GSM apostrophe")
            << times(u"a"_s, 69) + QStringLiteral("'") << "GSM-7" << 70 << 1 << 70 << QList<int>{0};
    }
    void measure()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, characters);
        QFETCH(QList<int>, starts);
        const SmsMeasure m = SmsMeasure::of(text);
        QCOMPARE(m.encodingName(), encoding);
        QCOMPARE(m.units, units);
        QCOMPARE(m.segments, segments);
        QCOMPARE(m.characters, characters);
        QList<int> actual;
        for (const qsizetype s : m.segmentStarts)
            actual.append(int(s));
        QCOMPARE(actual, starts);
    }

    void extensionCharacters_data()
    {
        QTest::addColumn<QString>("character");
        for (const QChar c : Gsm7Alphabet::extensionTable())
            QTest::addRow("U+%04X", c.unicode()) << QString(c);
    }
    void extensionCharacters()
    {
        QFETCH(QString, character);
        const SmsMeasure m = SmsMeasure::of(u"ab"_s + character);
        QCOMPARE(m.encoding, SmsMeasure::Encoding::Gsm7);
        QCOMPARE(m.units, 4);
        QCOMPARE(m.characters, 3);
        // 80 of them are exactly one message, and one more septet makes two.
        QCOMPARE(SmsMeasure::of(character.repeated(80)).segments, 1);
        QCOMPARE(SmsMeasure::of(character.repeated(80) + u"a"_s).segments, 2);
    }

    void nonGsmCharacters()
    {
        const SmsMeasure m = SmsMeasure::of(QStringLiteral("\U0001F600It\u2019s a fa\u00E7ade"));
        QCOMPARE(m.encoding, SmsMeasure::Encoding::Ucs2);
        QCOMPARE(m.nonGsm.size(), 3);
        QCOMPARE(uint(m.nonGsm[0].codePoint), 0x1F600u);
        QCOMPARE(m.nonGsm[0].offset, 0);
        QCOMPARE(m.nonGsm[0].index, 0);
        QCOMPARE(m.nonGsm[0].name, u"GRINNING FACE"_s);
        QCOMPARE(m.nonGsm[0].replacement, u"?"_s);
        QCOMPARE(uint(m.nonGsm[1].codePoint), 0x2019u);
        QCOMPARE(m.nonGsm[1].offset, 4); // after a surrogate pair: offset and index differ
        QCOMPARE(m.nonGsm[1].index, 3);
        QCOMPARE(m.nonGsm[1].name, u"RIGHT SINGLE QUOTATION MARK"_s);
        QCOMPARE(m.nonGsm[1].replacement, u"'"_s);
        QCOMPARE(uint(m.nonGsm[2].codePoint), 0xE7u);
        QCOMPARE(m.nonGsm[2].offset, 11);
        QCOMPARE(m.nonGsm[2].index, 10);
        QCOMPARE(m.nonGsm[2].name, u"LATIN SMALL LETTER C WITH CEDILLA"_s);
        QCOMPARE(m.nonGsm[2].replacement, u"c"_s);
        // Controls have only a name alias.
        QCOMPARE(SmsMeasure::of(QStringLiteral("a\tb")).nonGsm.value(0).name, u"CHARACTER TABULATION"_s);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxSegments");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<qsizetype>("errorPosition");
        QTest::newRow("fits") << QStringLiteral("Hello") << 1 << QStringList{u"sms.summary"_s}
                              << qsizetype(-1);
        QTest::newRow("no limit set")
            << times(u"a"_s, 500) << 0 << QStringList{u"sms.summary"_s} << qsizetype(-1);
        QTest::newRow("one segment too many")
            << times(u"a"_s, 161) << 1 << QStringList{u"sms.summary"_s, u"sms.segments"_s} << qsizetype(153);
        QTest::newRow("curly apostrophe pushes it over")
            << times(u"a"_s, 100) + QStringLiteral("\u2019") << 1
            << QStringList{u"sms.summary"_s, u"sms.segments"_s, u"sms.non_gsm"_s} << qsizetype(67);
        QTest::newRow("within 3 segments, two warnings")
            << QStringLiteral("\u201CHi\u201D") << 3
            << QStringList{u"sms.summary"_s, u"sms.non_gsm"_s, u"sms.non_gsm"_s} << qsizetype(-1);
    }
    void findings()
    {
        QFETCH(QString, text);
        QFETCH(int, maxSegments);
        QFETCH(QStringList, rules);
        QFETCH(qsizetype, errorPosition);
        QJsonObject settings;
        if (maxSegments > 0)
            settings.insert(u"max_segments"_s, maxSegments);
        const QList<Finding> findings = SmsMeasure::of(text).findings(settings, u"body"_s);
        QStringList actual;
        for (const Finding& f : findings) {
            actual.append(f.rule);
            QCOMPARE(f.part, u"body"_s);
            QVERIFY(!f.message.isEmpty());
            if (f.rule == u"sms.segments") {
                QCOMPARE(f.severity, Finding::Severity::Error);
                QCOMPARE(f.position, errorPosition);
                QCOMPARE(f.limit, QString::number(maxSegments));
            }
            if (f.rule == u"sms.non_gsm")
                QCOMPARE(f.severity, Finding::Severity::Warning);
        }
        QCOMPARE(actual, rules);
        QCOMPARE(hasErrors(findings), errorPosition >= 0);
    }

    void nonGsmMessageNamesCharacterAndPosition()
    {
        const QList<Finding> findings = SmsMeasure::of(QStringLiteral("Caf\u00E9 \u2013 ok")).findings({});
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[1].message,
                 QStringLiteral(
                     "“\u2013” (U+2013 EN DASH) at character 6 is not in the GSM alphabet and makes the "
                     "whole message UCS-2; “-” would keep it GSM-7."));
        QCOMPARE(findings[1].measured, u"U+2013"_s);
        QCOMPARE(findings[1].position, 5);
        QCOMPARE(findings[0].message, u"Encoding UCS-2, 9 UTF-16 units, segments: 1."_s);
    }

    void transliterate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GSM text unchanged")
            << QStringLiteral("déjà vu, Ça {1} €5 ^_^") << QStringLiteral("déjà vu, Ça {1} €5 ^_^");
        QTest::newRow("smart quotes and apostrophes")
            << QStringLiteral("\u201CIt\u2019s \u2018fine\u2019\u201D \u00ABok\u00BB `x\u00B4")
            << QStringLiteral("\"It's 'fine'\" \"ok\" 'x'");
        QTest::newRow("dashes") << QStringLiteral("a\u2013b\u2014c\u2011d\u2212e")
                                << QStringLiteral("a-b-c-d-e");
        QTest::newRow("spaces") << QStringLiteral("10\u00A0kg\u202F/\u2009h\tx")
                                << QStringLiteral("10 kg / h x");
        QTest::newRow("invisible characters dropped")
            << QStringLiteral("a\u200Bb\u00ADc\uFEFF") << QStringLiteral("abc");
        QTest::newRow("ellipsis") << QStringLiteral("wait\u2026") << QStringLiteral("wait...");
        QTest::newRow("c cedilla lower case") << QStringLiteral("fa\u00E7ade") << QStringLiteral("facade");
        QTest::newRow("accents missing from the table")
            << QStringLiteral(
                   "S\u00E3o Paulo, na\u00EFve, \u00E1\u00FA\u00ED\u00F3\u00E2\u00EA\u00EE\u00F4\u00FB")
            << QStringLiteral("Sao Paulo, naive, auioaeiou");
        QTest::newRow("accents in the table kept")
            << QStringLiteral("\u00E8\u00E9\u00F9\u00EC\u00F2\u00E0\u00E4\u00F6\u00FC\u00F1\u00C4\u00D6\u00DC"
                              "\u00D1\u00C5\u00E5\u00C6\u00E6\u00DF\u00C9\u00D8\u00F8")
            << QStringLiteral("\u00E8\u00E9\u00F9\u00EC\u00F2\u00E0\u00E4\u00F6\u00FC\u00F1\u00C4\u00D6\u00DC"
                              "\u00D1\u00C5\u00E5\u00C6\u00E6\u00DF\u00C9\u00D8\u00F8");
        QTest::newRow("decomposed input is composed first")
            << QStringLiteral("e\u0301t\u00E9") << QStringLiteral("\u00E9t\u00E9");
        QTest::newRow("letters without decomposition")
            << QStringLiteral("\u0141\u00F3d\u017A, \u0152uvre, \u0111") << QStringLiteral("Lodz, OEuvre, d");
        QTest::newRow("compatibility forms")
            << QStringLiteral("\u00BD price\u2122 \uFF21") << QStringLiteral("1/2 priceTM A");
        QTest::newRow("Greek capitals like Latin ones")
            << QStringLiteral("\u0391\u0392\u0393") << QStringLiteral("AB\u0393");
        QTest::newRow("emoji with skin tone is one question mark")
            << QStringLiteral("Hi \U0001F44B\U0001F3FD!") << QStringLiteral("Hi ?!");
        QTest::newRow("ZWJ family is one question mark") << kFamily << QStringLiteral("?");
        QTest::newRow("flag is one question mark")
            << QStringLiteral("\U0001F1E9\U0001F1EA") << QStringLiteral("?");
        QTest::newRow("CJK") << QStringLiteral("\u4E2D\u6587") << QStringLiteral("??");
        QTest::newRow("Cyrillic") << kZhe << QStringLiteral("?");
    }
    void transliterate()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString result = gsm7Transliterate(text);
        QCOMPARE(result, expected);
        QCOMPARE(SmsMeasure::of(result).encoding, SmsMeasure::Encoding::Gsm7);
    }
};

QTEST_GUILESS_MAIN(TestSmsMeasure)
#include "tst_smsmeasure.moc"
