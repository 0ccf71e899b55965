// SPDX-License-Identifier: GPL-3.0-or-later
// What Qt's rich-text engine holds, reduced to the master record's rich-text subset.
#include "models/record/RichText.h"
#include "models/record/RichTextSubset.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace facet;

class TestRichTextSubset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromQtHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only blank paragraphs") << QStringLiteral("<p> </p><p></p>") << QString();
        QTest::newRow("plain paragraph")
            << QStringLiteral("<p>Boils fast.</p>") << QStringLiteral("<p>Boils fast.</p>");
        QTest::newRow("two paragraphs, blank one dropped")
            << QStringLiteral("<p>One</p><p></p><p>Two</p>") << QStringLiteral("<p>One</p><p>Two</p>");
        QTest::newRow("bold italic underline")
            << QStringLiteral("<p><b>bold</b> <i>italic</i> <u>under</u></p>")
            << QStringLiteral("<p><strong>bold</strong> <em>italic</em> <u>under</u></p>");
        QTest::newRow("nested styles") << QStringLiteral("<p><b>a<i>b</i></b>c</p>")
                                       << QStringLiteral("<p><strong>a<em>b</em></strong>c</p>");
        QTest::newRow("overlapping styles")
            << QStringLiteral("<p><i>a<b>b</b></i><b>c</b></p>")
            << QStringLiteral("<p><em>a<strong>b</strong></em><strong>c</strong></p>");
        QTest::newRow("css spans as Qt writes them")
            << QStringLiteral("<p><span style=\" font-weight:700;\">heavy</span> and "
                              "<span style=\" font-style:italic;\">slanted</span></p>")
            << QStringLiteral("<p><strong>heavy</strong> and <em>slanted</em></p>");
        QTest::newRow("semibold counts as bold")
            << QStringLiteral("<p><span style=\"font-weight:600\">x</span></p>")
            << QStringLiteral("<p><strong>x</strong></p>");
        QTest::newRow("line break") << QStringLiteral("<p>a<br>b</p>") << QStringLiteral("<p>a<br>b</p>");
        QTest::newRow("bullets") << QStringLiteral("<ul><li>1.7 l</li><li>quiet</li></ul>")
                                 << QStringLiteral("<ul><li>1.7 l</li><li>quiet</li></ul>");
        QTest::newRow("numbers") << QStringLiteral("<ol><li>fill</li><li>boil</li></ol>")
                                 << QStringLiteral("<ol><li>fill</li><li>boil</li></ol>");
        QTest::newRow("paragraph then list")
            << QStringLiteral("<p>Features:</p><ul><li>quiet</li></ul><p>Done.</p>")
            << QStringLiteral("<p>Features:</p><ul><li>quiet</li></ul><p>Done.</p>");
        QTest::newRow("nested list") << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")
                                     << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>");
        QTest::newRow("escaping") << QStringLiteral("<p>5 &lt; 6 &amp; 7 &gt; 3</p>")
                                  << QStringLiteral("<p>5 &lt; 6 &amp; 7 &gt; 3</p>");
        QTest::newRow("links, fonts, colours keep their text")
            << QStringLiteral(
                   "<p><a href=\"https://x.test\">site</a> <font color=red face=Arial>red</font></p>")
            << QStringLiteral("<p>site red</p>");
        QTest::newRow("headings become bold paragraphs")
            << QStringLiteral("<h1>Title</h1><p>Text</p>")
            << QStringLiteral("<p><strong>Title</strong></p><p>Text</p>");
        QTest::newRow("images dropped")
            << QStringLiteral("<p>a<img src=\"x.png\">b</p>") << QStringLiteral("<p>ab</p>");
        QTest::newRow("table cells become paragraphs")
            << QStringLiteral("<table><tr><td>x</td><td>y</td></tr></table>")
            << QStringLiteral("<p>x</p><p>y</p>");
        QTest::newRow("word document")
            << QStringLiteral(
                   "<html><head><style>p.MsoNormal{margin:0}</style></head><body>"
                   "<p class=MsoNormal style='font-family:Calibri'><b><span lang=DE>Leise</span></b>"
                   "<o:p></o:p></p></body></html>")
            << QStringLiteral("<p><strong>Leise</strong></p>");
    }

    void fromQtHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const QString subset = RichTextSubset::fromQtHtml(html);
        QCOMPARE(subset, expected);
        QCOMPARE(RichText::firstUnsupportedMarkup(subset), QString());
    }

    // What the editor saves, loaded back into the editor, saves the same: no drift on every open.
    void roundTripIsStable_data() { fromQtHtml_data(); }
    void roundTripIsStable()
    {
        QFETCH(QString, expected);
        QCOMPARE(RichTextSubset::fromQtHtml(expected), expected);
    }

    void documentBuiltByEditing()
    {
        QTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("Intro "));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral("strong"), bold);
        cursor.insertText(QStringLiteral(" & more"), QTextCharFormat());
        cursor.insertBlock();
        cursor.createList(QTextListFormat::ListDisc);
        cursor.insertText(QStringLiteral("one"));
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("two"));
        QCOMPARE(RichTextSubset::fromDocument(document),
                 QStringLiteral(
                     "<p>Intro <strong>strong</strong> &amp; more</p><ul><li>one</li><li>two</li></ul>"));
    }
};

QTEST_MAIN(TestRichTextSubset)
#include "tst_richtextsubset.moc"
