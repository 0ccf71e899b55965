// SPDX-License-Identifier: GPL-3.0-or-later
// Folder publication benchmark: a web, an email, a feed and a print target each receive every product of a
// synthetic catalog in three locales, then one product changes in every locale and each is published again,
// then a publication with nothing in it. The later runs must cost what the change costs, not what the
// folder holds.
#include "models/publishing/FolderPublication.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList kLocales{u"en_US"_s, u"de_DE"_s, u"fr_FR"_s};

Rendering rendering(const QString& kind, const QString& sku, const QString& locale, const QString& variant)
{
    Rendering r;
    r.sku = sku;
    r.channel = kind;
    r.kind = kind;
    r.locale = locale;
    r.revisionHash = sku + u'-' + variant;
    r.templateVersion = kind + u"@1"_s;
    const QString name = u"Trail lantern "_s + sku + u' ' + variant;
    if (kind == u"web") {
        QString page = u"<!DOCTYPE html>\n<html lang=\""_s + QString(locale).replace(u'_', u'-') +
                       u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + name +
                       u" | Acme</title>\n</head>\n<body>\n<h1>"_s + name + u"</h1>\n"_s;
        for (int i = 0; i < 30; ++i) // about the size of a real product page
            page +=
                u"<p>Specification line %1 of %2: rugged, waterproof, 300 lumen, USB-C.</p>\n"_s.arg(i).arg(
                    sku);
        page += u"</body>\n</html>\n"_s;
        r.parts << RenderedPart{u"page"_s, u"text/html"_s, page.toUtf8()};
    } else if (kind == u"email") {
        QString html = u"<!DOCTYPE html>\n<html>\n<body>\n<h1>"_s + name + u"</h1>\n"_s;
        for (int i = 0; i < 20; ++i)
            html += u"<p>Newsletter line %1: rugged, waterproof, 300 lumen, USB-C.</p>\n"_s.arg(i);
        html += u"</body>\n</html>\n"_s;
        r.parts << RenderedPart{u"html"_s, u"text/html"_s, html.toUtf8()};
        r.parts << RenderedPart{u"eml"_s, u"message/rfc822"_s,
                                (u"Subject: "_s + name +
                                 u"\r\nMIME-Version: 1.0\r\n"
                                 "Content-Type: text/html; charset=utf-8\r\n\r\n"_s +
                                 html)
                                    .toUtf8()};
    } else if (kind == u"print") {
        // Small stand-in bytes: the folder writer never parses a product's PDF unless it builds a catalog.
        r.parts << RenderedPart{
            u"pdf"_s, u"application/pdf"_s,
            (u"%PDF-1.4\n% "_s + name + u'\n' + QString(400, u'x') + u"\n%%EOF\n"_s).toUtf8()};
    } else {
        r.parts << RenderedPart{
            u"item"_s, u"application/xml"_s,
            (u"<item><g:id>"_s + sku + u"</g:id><title>"_s + name +
             u"</title><description>Rugged, waterproof, 300 lumen, USB-C.</description>"
             "<link>https://shop.example.com/"_s +
             locale + u'/' + sku +
             u".html</link><g:price>29.90 EUR</g:price>"
             "<g:availability>in_stock</g:availability><g:condition>new</g:condition></item>"_s)
                .toUtf8()};
    }
    return r;
}

// Processor time of the whole process, all threads: on a shared machine it says more than the clock.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Bytes the process handed to write(2): everything a publication writes, bookkeeping included.
qint64 bytesWrittenByProcess()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

struct Timing
{
    double seconds = 0;
    double cpu = 0;
    qint64 renderings = 0;
    qint64 bytes = 0;
    qint64 files = 0;
    qint64 written = 0; // all bytes written, .facet/ included
};

Timing run(const QString& kind, const QString& root, qint64 id, const QList<Rendering>& renderings)
{
    FolderPublication::Input in;
    in.publicationId = id;
    in.channel.code = kind;
    in.channel.kind = kind;
    in.channel.locales = kLocales;
    in.channel.settings = {{u"base_url"_s, u"https://shop.example.com"_s}};
    in.root = root;
    in.renderings = renderings;
    in.publicationInfo = {{u"id"_s, id}};
    const double cpuBefore = cpuSeconds();
    const qint64 writtenBefore = bytesWrittenByProcess();
    QElapsedTimer timer;
    timer.start();
    Status status;
    const auto result = FolderPublication::publish(in, {}, &status);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result) {
        out << "publication failed: " << status.message() << Qt::endl;
        std::exit(2);
    }
    return {seconds,
            cpuSeconds() - cpuBefore,
            renderings.size(),
            result->bytesWritten,
            result->filesWritten,
            bytesWrittenByProcess() - writtenBefore};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Publishes a synthetic catalog to web, email, feed and print folder targets."_s);
    parser.addHelpOption();
    parser.addOption({u"products"_s, u"Products per locale (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"dir"_s, u"Folder to publish below (default: a temporary folder)."_s, u"path"_s});
    parser.addOption({u"rounds"_s, u"Repetitions of the small publications (default 3)."_s, u"n"_s, u"3"_s});
    parser.addOption({u"kinds"_s, u"Comma-separated kinds (default web,email,feed,print)."_s, u"list"_s});
    parser.process(app);
    const int products = parser.value(u"products"_s).toInt();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());

    QTemporaryDir temporary;
    const QString base =
        parser.isSet(u"dir"_s) ? QDir(parser.value(u"dir"_s)).absolutePath() : temporary.path();
    out << "Folder publication: " << products << " products x " << kLocales.size() << " locales per target\n";
    const auto milliseconds = [](double seconds) { return QString::number(seconds * 1000, 'f', 1); };
    const auto megabytes = [](qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 3); };
    QStringList kinds{u"web"_s, u"email"_s, u"feed"_s, u"print"_s};
    if (parser.isSet(u"kinds"_s))
        kinds = parser.value(u"kinds"_s).split(u',');
    for (const QString& kind : std::as_const(kinds)) {
        QList<Rendering> all;
        all.reserve(products * kLocales.size());
        for (const QString& locale : kLocales)
            for (int i = 0; i < products; ++i)
                all << rendering(kind, u"SKU-%1"_s.arg(i, 6, 10, QChar(u'0')), locale, u"v1"_s);
        const QString root = base + u'/' + kind;
        const Timing full = run(kind, root, 1, all);
        all.clear();
        out << kind << " full:       " << QString::number(full.seconds, 'f', 3) << " s (cpu "
            << QString::number(full.cpu, 'f', 3) << " s), " << full.renderings << " renderings ("
            << qRound64(double(full.renderings) / full.seconds) << "/s), " << full.files << " files, "
            << QString::number(double(full.bytes) / 1e6, 'f', 1) << " MB ("
            << QString::number(double(full.bytes) / 1e6 / full.seconds, 'f', 1) << " MB/s)\n";
        qint64 id = 2;
        for (int round = 0; round < rounds; ++round) {
            QList<Rendering> changed;
            const QString sku = u"SKU-%1"_s.arg((products / 2 + round) % products, 6, 10, QChar(u'0'));
            for (const QString& locale : kLocales)
                changed << rendering(kind, sku, locale, u"v2"_s);
            const Timing change = run(kind, root, id++, changed);
            out << kind << " one change: " << milliseconds(change.seconds) << " ms (cpu "
                << milliseconds(change.cpu) << " ms), " << change.files << " files, "
                << megabytes(change.bytes) << " MB published, " << megabytes(change.written) << " MB written"
                << Qt::endl;
        }
        for (int round = 0; round < rounds; ++round) {
            const Timing nothing = run(kind, root, id++, {});
            out << kind << " nothing:    " << milliseconds(nothing.seconds) << " ms (cpu "
                << milliseconds(nothing.cpu) << " ms), " << nothing.files << " files, "
                << megabytes(nothing.written) << " MB written" << Qt::endl;
        }
        QDir(root).removeRecursively();
    }
    return 0;
}
