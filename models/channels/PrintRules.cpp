// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PrintRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace facet {

namespace {

using namespace Qt::StringLiterals;
using Severity = Finding::Severity;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PrintRules", text);
}

struct PdfObject
{
    qsizetype offset = 0;
    QString dictionary; // the object up to "stream" or "endobj", as Latin-1
    QByteArray stream;  // raw stream bytes (still encoded), if any
};

struct PdfFile
{
    QList<PdfObject> objects;
    QString trailer;
    QString problem; // set when the cross-reference table cannot be followed
};

// Follows the classic cross-reference table (PDF 1.4; PDF/A-1 allows no xref streams) to every object, so
// binary stream data is never mistaken for syntax.
PdfFile readPdf(const QByteArray& pdf)
{
    PdfFile file;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0) {
        file.problem = tr("no startxref");
        return file;
    }
    static const QRegularExpression number(u"^startxref\\s+(\\d+)"_s);
    const auto match = number.match(QString::fromLatin1(pdf.mid(startxref, 40)));
    qsizetype position = match.hasMatch() ? match.captured(1).toLongLong() : -1;
    if (position < 0 || position >= pdf.size() || !pdf.mid(position).startsWith("xref")) {
        file.problem = tr("startxref does not point at an xref table");
        return file;
    }
    const qsizetype trailerAt = pdf.indexOf("trailer", position);
    if (trailerAt < 0) {
        file.problem = tr("no trailer");
        return file;
    }
    file.trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    const QList<QByteArray> lines = pdf.mid(position + 4, trailerAt - position - 4).simplified().split(' ');
    // Subsections: "first count" followed by count entries of "offset generation n|f".
    for (qsizetype i = 0; i + 1 < lines.size();) {
        const qsizetype count = lines.at(i + 1).toLongLong();
        i += 2;
        for (qsizetype e = 0; e < count && i + 2 < lines.size(); ++e, i += 3) {
            if (lines.at(i + 2) != "n")
                continue;
            const qsizetype offset = lines.at(i).toLongLong();
            const qsizetype end = pdf.indexOf("endobj", offset);
            if (offset <= 0 || end < 0) {
                file.problem = tr("an xref entry points outside the file");
                return file;
            }
            PdfObject object;
            object.offset = offset;
            const QByteArray body = pdf.mid(offset, end - offset);
            static const QRegularExpression streamKeyword(u"stream\\r?\\n"_s);
            const QString latin = QString::fromLatin1(body);
            const auto stream = streamKeyword.match(latin);
            if (stream.hasMatch()) {
                object.dictionary = latin.left(stream.capturedStart());
                const qsizetype dataEnd = body.lastIndexOf("endstream");
                object.stream = body.mid(stream.capturedEnd(), dataEnd - stream.capturedEnd());
            } else {
                object.dictionary = latin;
            }
            file.objects << object;
        }
    }
    return file;
}

bool matches(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

Finding finding(Severity severity, const QString& rule, const QString& message, const QString& measured = {},
                const QString& limit = {}, qsizetype position = -1)
{
    return Finding::make(severity, rule, message, measured, limit, u"pdf"_s, position);
}

} // namespace

int PrintRules::pageCount(const QByteArray& pdf)
{
    const PdfFile file = readPdf(pdf);
    if (!file.problem.isEmpty())
        return -1;
    int count = -1;
    static const QRegularExpression countPattern(u"/Count\\s+(\\d+)"_s);
    for (const PdfObject& object : file.objects) {
        // The root of the page tree has no /Parent; its /Count is the number of pages.
        if (matches(object.dictionary, u"/Type\\s*/Pages\\b"_s) && !object.dictionary.contains(u"/Parent"_s))
            count = qMax(count, countPattern.match(object.dictionary).captured(1).toInt());
    }
    return count;
}

QList<Finding> PrintRules::check(const QByteArray& pdf) const
{
    QList<Finding> findings;
    const QByteArray header = pdf.left(pdf.indexOf('\n')).trimmed();
    if (header != "%PDF-1.4")
        findings << finding(Severity::Error, u"print.header"_s,
                            tr("A PDF/A-1 file starts with the PDF 1.4 header."),
                            QString::fromLatin1(header.left(16)), u"%PDF-1.4"_s);
    const PdfFile file = readPdf(pdf);
    if (!file.problem.isEmpty()) {
        findings << finding(Severity::Error, u"print.structure"_s,
                            tr("The PDF's cross-reference table cannot be read: %1.").arg(file.problem));
        return findings;
    }

    const int pages = pageCount(pdf);
    if (pages < 1)
        findings << finding(Severity::Error, u"print.pages"_s, tr("The data sheet has no page."),
                            QString::number(qMax(pages, 0)), u"1"_s);
    if (file.trailer.contains(u"/Encrypt"_s))
        findings << finding(Severity::Error, u"print.encryption"_s, tr("PDF/A forbids encryption."));
    if (!matches(file.trailer, u"/ID\\s*\\["_s))
        findings << finding(Severity::Error, u"print.trailer_id"_s,
                            tr("PDF/A needs a file identifier (/ID)."));

    bool xmpIdentified = false;
    bool outputIntent = false;
    int unembedded = 0;
    int transparent = 0;
    for (const PdfObject& object : file.objects) {
        const QString& d = object.dictionary;
        if (matches(d, u"/Type\\s*/(ObjStm|XRef)\\b"_s))
            findings << finding(Severity::Error, u"print.pdf14"_s,
                                tr("PDF/A-1 allows no object or cross-reference streams."), {}, {},
                                object.offset);
        if (matches(d, u"/Type\\s*/Metadata\\b"_s) && !d.contains(u"/Filter"_s)) {
            const QString xmp = QString::fromUtf8(object.stream);
            xmpIdentified =
                xmpIdentified || ((matches(xmp, u"pdfaid:part\\s*=\\s*['\"]1['\"]"_s) ||
                                   xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s)) &&
                                  (matches(xmp, u"pdfaid:conformance\\s*=\\s*['\"]B['\"]"_s) ||
                                   xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s)));
        }
        outputIntent = outputIntent || matches(d, u"/S\\s*/GTS_PDFA1\\b"_s);
        // A font with glyph outlines of its own must carry them (Type 3 glyphs are content streams).
        if (matches(d, u"/Type\\s*/FontDescriptor\\b"_s) && !matches(d, u"/FontFile[23]?\\b"_s))
            ++unembedded;
        if (matches(d, u"/Type\\s*/Font\\b"_s) &&
            matches(d, u"/Subtype\\s*/(Type1|MMType1|TrueType|CIDFontType0|CIDFontType2)\\b"_s) &&
            !d.contains(u"/FontDescriptor"_s))
            ++unembedded;
        static const QRegularExpression alpha(u"/(CA|ca)\\s+([0-9.]+)"_s);
        // "/SMask /None" in a graphics state is the opaque default and allowed.
        bool seeThrough = matches(d, u"/SMask(?!\\s*/None)"_s) ||
                          (matches(d, u"/BM\\s*/"_s) && !matches(d, u"/BM\\s*/(Normal|Compatible)\\b"_s));
        for (auto it = alpha.globalMatch(d); it.hasNext();) {
            if (it.next().captured(2).toDouble() < 1.0)
                seeThrough = true;
        }
        if (seeThrough)
            ++transparent;
        if (matches(d, u"/S\\s*/(JavaScript|Launch)\\b"_s) || d.contains(u"/EmbeddedFile"_s))
            findings << finding(Severity::Error, u"print.actions"_s,
                                tr("PDF/A forbids scripts, launch actions and embedded files."), {}, {},
                                object.offset);
    }
    if (!xmpIdentified)
        findings << finding(Severity::Error, u"print.pdfa"_s,
                            tr("The XMP metadata does not identify the file as PDF/A-1b (pdfaid part 1, "
                               "conformance B)."));
    if (!outputIntent)
        findings << finding(Severity::Error, u"print.output_intent"_s,
                            tr("PDF/A-1 needs an output intent (GTS_PDFA1) with an ICC profile."));
    if (unembedded > 0)
        findings << finding(Severity::Error, u"print.fonts"_s,
                            tr("Every font must be embedded; choose a TrueType font in the print template."),
                            QString::number(unembedded), u"0"_s);
    if (transparent > 0)
        findings << finding(Severity::Error, u"print.transparency"_s,
                            tr("PDF/A-1 forbids transparency (soft masks, alpha below 1, blend modes); use "
                               "opaque colours and images."),
                            QString::number(transparent), u"0"_s);
    return findings;
}

} // namespace facet
