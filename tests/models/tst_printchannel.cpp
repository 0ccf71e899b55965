// SPDX-License-Identifier: GPL-3.0-or-later
// The print channel: PDF/A-1b data sheets written in a worker thread, checked in-process by PrintRules and
// from outside by poppler (pdftotext, pdffonts, pdfinfo) and qpdf.
#include "models/channels/PrintRules.h"
#include "models/channels/PrintSheet.h"
#include "tests/common/ChannelFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrentRun>
#include <functional>

using namespace facet;
using namespace Qt::StringLiterals;
using facet::test::describe;
using facet::test::fixture;
using facet::test::ids;

namespace {

struct Sheet
{
    QString html;
    PrintSheet::Options options;
    QString productName;
    QString price;
};

// A page painted straight onto Qt's PDF writer: the PDFs PrintSheet would never write.
QByteArray paintedPdf(QPagedPaintDevice::PdfVersion version, const std::function<void(QPainter&)>& paint)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(version);
        QPainter painter(&writer);
        paint(painter);
    }
    return pdf;
}

struct ToolResult
{
    int exitCode = -1;
    QString out;
};

ToolResult run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

class TestPrintChannel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_logo;  // PNG with an alpha channel: must reach the PDF flattened
    QString m_photo; // opaque JPEG

    Sheet sheet(const QString& language) const
    {
        Sheet s;
        s.html = fixture(u"sheet-%1.html"_s.arg(language));
        s.html.replace(u"%LOGO%"_s, QUrl::fromLocalFile(m_logo).toString());
        s.html.replace(u"%PHOTO%"_s, QUrl::fromLocalFile(m_photo).toString());
        if (language == u"de") {
            s.options.title = u"Datenblatt Kaffeemühle „Bärenstark“"_s;
            s.options.locale = u"de_DE"_s;
            s.productName = u"Kaffeemühle „Bärenstark“"_s;
            s.price = u"189,90 €"_s;
        } else if (language == u"fr") {
            s.options.title = u"Fiche technique – Moulin à café « Grain d’Or »"_s;
            s.options.locale = u"fr_FR"_s;
            s.productName = u"Moulin à café « Grain d’Or » – Édition spéciale"_s;
            s.price = u"189,90 €"_s;
        } else {
            s.options.title = u"Trailrunner X2 spec sheet"_s;
            s.options.locale = u"en_US"_s;
            s.options.pageSize = QPageSize(QPageSize::Letter);
            s.productName = u"Trailrunner X2 Trail Running Shoe"_s;
            s.price = u"$129.00"_s;
        }
        return s;
    }

    // Written from a pool thread, as the renderer will. QFuture::result() could run the task in this
    // thread if it had not started yet, so the pool is drained first.
    static QByteArray writeInWorker(const Sheet& s)
    {
        QThreadPool pool;
        QThread* worker = nullptr;
        QFuture<QByteArray> future = QtConcurrent::run(&pool, [s, &worker] {
            worker = QThread::currentThread();
            QString error;
            const QByteArray pdf = PrintSheet::write(s.html, s.options, &error);
            if (pdf.isEmpty())
                qWarning() << error;
            return pdf;
        });
        pool.waitForDone();
        if (worker == QThread::currentThread())
            qFatal("the sheet was not written in a worker thread");
        return future.result();
    }

    QString saved(const QByteArray& pdf, const QString& name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QImage logo(240, 80, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setBrush(QColor(122, 74, 33, 160));
        painter.drawEllipse(10, 10, 60, 60);
        painter.end();
        m_logo = m_dir.filePath(u"logo.png"_s);
        QVERIFY(logo.save(m_logo));
        QImage photo(480, 320, QImage::Format_RGB32);
        photo.fill(QColor(200, 190, 180));
        m_photo = m_dir.filePath(u"photo.jpg"_s);
        QVERIFY(photo.save(m_photo));
    }

    void pageSizeNames()
    {
        QCOMPARE(PrintSheet::pageSize(u"A4"_s).id(), QPageSize::A4);
        QCOMPARE(PrintSheet::pageSize(u"letter"_s).id(), QPageSize::Letter);
        QVERIFY(!PrintSheet::pageSize(u"A5"_s).isValid());
        QString error;
        Sheet s = sheet(u"de"_s);
        s.options.pageSize = PrintSheet::pageSize(u"Tabloid"_s);
        QVERIFY(PrintSheet::write(s.html, s.options, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void fontIsEmbeddable()
    {
        QVERIFY2(PrintSheet::fontFamily() == u"DejaVu Sans" || PrintSheet::fontFamily() == u"Noto Sans",
                 qPrintable(PrintSheet::fontFamily()));
    }

    void sheets_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pageSize"); // as pdfinfo names it; Qt writes the MediaBox in whole points
        QTest::newRow("de A4") << u"de"_s << u"595 x 842 pts (A4)"_s;
        QTest::newRow("fr A4") << u"fr"_s << u"595 x 842 pts (A4)"_s;
        QTest::newRow("en Letter") << u"en"_s << u"612 x 792 pts (letter)"_s;
    }
    void sheets()
    {
        QFETCH(QString, language);
        const Sheet s = sheet(language);
        const QByteArray pdf = writeInWorker(s);
        QVERIFY(!pdf.isEmpty());
        const QList<Finding> findings = PrintRules().check(pdf);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QCOMPARE(PrintRules::pageCount(pdf), 1);
    }

    void externalTools_data() { sheets_data(); }
    void externalTools()
    {
        QFETCH(QString, language);
        QFETCH(QString, pageSize);
        for (const QString& tool : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s, u"qpdf"_s})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP(qPrintable(tool + u" is not installed (poppler-utils, qpdf)"_s));
        const Sheet s = sheet(language);
        const QString file = saved(writeInWorker(s), language + u".pdf"_s);

        const ToolResult text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        // Lines wrap where the layout wants; the words and their accents must all be there.
        const QString extracted = text.out.simplified();
        QVERIFY2(extracted.contains(s.productName), qPrintable(text.out));
        QVERIFY2(extracted.contains(s.price), qPrintable(text.out));

        const ToolResult fonts = run(u"pdffonts"_s, {file});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList rows = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts.out));
        for (const QString& row : rows) {
            const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(row));
            QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(u"not embedded: "_s + row));
            QVERIFY2(columns.at(columns.size() - 3) == u"yes", qPrintable(u"no ToUnicode: "_s + row));
        }

        const ToolResult check = run(u"qpdf"_s, {u"--check"_s, file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QVERIFY2(check.out.contains(u"No syntax or stream encoding errors"_s), qPrintable(check.out));

        const ToolResult meta = run(u"pdfinfo"_s, {u"-meta"_s, file});
        QCOMPARE(meta.exitCode, 0);
        static const QRegularExpression part(u"pdfaid:part(=\"1\"|>1</pdfaid:part>)"_s);
        static const QRegularExpression conformance(u"pdfaid:conformance(=\"B\"|>B</pdfaid:conformance>)"_s);
        QVERIFY2(part.match(meta.out).hasMatch(), qPrintable(meta.out));
        QVERIFY2(conformance.match(meta.out).hasMatch(), qPrintable(meta.out));

        // The logo's transparent corner prints white and its half-transparent disc blended with white
        // (122 * 160/255 + 255 * 95/255 = 171 red). The logo sits at the top left of the text area (18 mm
        // margins).
        if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
            const QString prefix = m_dir.filePath(language + u"-page"_s);
            QCOMPARE(
                run(u"pdftoppm"_s, {u"-r"_s, u"72"_s, u"-png"_s, u"-singlefile"_s, file, prefix}).exitCode,
                0);
            const QImage page(prefix + u".png"_s);
            QVERIFY(!page.isNull());
            const int margin = qRound(18 / 25.4 * 72);
            QCOMPARE(page.pixelColor(margin + 2, margin + 2), QColor(Qt::white));
            QVERIFY2(qAbs(page.pixelColor(margin + 10, margin + 10).red() - 171) <= 3,
                     qPrintable(page.pixelColor(margin + 10, margin + 10).name()));
        }

        const ToolResult info = run(u"pdfinfo"_s, {file});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"Page size:       "_s + pageSize), qPrintable(info.out));
        QVERIFY2(info.out.contains(u"Pages:           1\n"_s), qPrintable(info.out));
        QVERIFY2(info.out.contains(u"PDF version:     1.4\n"_s), qPrintable(info.out));
        QVERIFY2(info.out.contains(u"Creator:         Facet\n"_s), qPrintable(info.out));
        QVERIFY2(info.out.contains(u"Title:           "_s + s.options.title + u'\n'), qPrintable(info.out));
    }

    void longSheetPaginates()
    {
        Sheet s = sheet(u"de"_s);
        QString paragraphs;
        for (int i = 1; i <= 120; ++i)
            paragraphs += u"<p>Absatz %1: Pflegehinweise für Mahlwerk und Bohnenbehälter.</p>"_s.arg(i);
        s.html.replace(u"</body>"_s, paragraphs + u"</body>"_s);
        const QByteArray pdf = writeInWorker(s);
        const int pages = PrintRules::pageCount(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY2(PrintRules().check(pdf).isEmpty(), qPrintable(describe(PrintRules().check(pdf))));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            return;
        const ToolResult text =
            run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, saved(pdf, u"long.pdf"_s), u"-"_s});
        // Every paragraph is on some page, none lost at a page break.
        for (int i = 1; i <= 120; ++i)
            QVERIFY2(text.out.contains(u"Absatz %1:"_s.arg(i)), qPrintable(QString::number(i)));
    }

    void rulesCatchProblems_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QStringList>("expected");
        const QByteArray good = PrintSheet::write(sheet(u"fr"_s).html, sheet(u"fr"_s).options);
        QVERIFY(!good.isEmpty());

        // A plain PDF 1.6 with a see-through image and a half-transparent fill: what A-1b must not be.
        const QByteArray plain = paintedPdf(QPagedPaintDevice::PdfVersion_1_6, [&](QPainter& painter) {
            painter.drawImage(QPoint(0, 0), QImage(m_logo));
            painter.setOpacity(0.5);
            painter.fillRect(QRect(0, 0, 400, 400), Qt::red);
        });
        QTest::newRow("plain PDF 1.6 with alpha")
            << plain
            << QStringList{u"error:print.header"_s, u"error:print.output_intent"_s, u"error:print.pdfa"_s,
                           u"error:print.transparency"_s};

        // Qt 6.8's A-1b mode writes no soft mask for an image with alpha (it blends the image onto white)...
        const QByteArray alphaA1b = paintedPdf(QPagedPaintDevice::PdfVersion_A1b, [&](QPainter& painter) {
            painter.drawImage(QPoint(0, 0), QImage(m_logo));
        });
        QTest::newRow("A-1b writer given an alpha image") << alphaA1b << QStringList{};
        const QByteArray opacityA1b = paintedPdf(QPagedPaintDevice::PdfVersion_A1b, [](QPainter& painter) {
            painter.setOpacity(0.5);
            painter.fillRect(QRect(0, 0, 400, 400), Qt::red);
        });
        // ...but it keeps a painter's opacity as /ca, which PDF/A-1 forbids.
        QTest::newRow("A-1b writer given half opacity")
            << opacityA1b << QStringList{u"error:print.transparency"_s};

        QByteArray encrypted = good;
        encrypted.replace("trailer\n<<", "trailer\n<< /Encrypt 99 0 R");
        QTest::newRow("encrypted") << encrypted << QStringList{u"error:print.encryption"_s};
        QByteArray unembedded = good;
        unembedded.replace("/FontFile2", "/FontFileX");
        QTest::newRow("font not embedded") << unembedded << QStringList{u"error:print.fonts"_s};
        QByteArray noXmp = good;
        noXmp.replace("pdfaid:part", "pdfaid:pert");
        QTest::newRow("no pdfaid") << noXmp << QStringList{u"error:print.pdfa"_s};
        QTest::newRow("not a PDF") << QByteArray("<html>not a pdf</html>")
                                   << QStringList{u"error:print.header"_s, u"error:print.structure"_s};
    }
    void rulesCatchProblems()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QStringList, expected);
        const QList<Finding> findings = PrintRules().check(pdf);
        QVERIFY2(ids(findings) == expected, qPrintable(describe(findings)));
    }
};

QTEST_MAIN(TestPrintChannel)
#include "tst_printchannel.moc"
