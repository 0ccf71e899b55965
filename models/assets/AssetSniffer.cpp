// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/AssetSniffer.h"

#include "models/assets/SvgSafety.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSvgRenderer>
#include <QtEndian>
#include <limits>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AssetSniffer", text);
}

bool startsWithSvg(const QByteArray& content)
{
    QByteArrayView head = QByteArrayView(content).first(std::min<qsizetype>(content.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    return head.startsWith('<') && head.contains("<svg");
}

// Complete files end the way their format ends them; a cut-off download or copy does not.
QString truncation(const QString& type, const QByteArray& content)
{
    const QByteArrayView bytes(content);
    if (type == u"png") {
        static const QByteArray iend("\x00\x00\x00\x00IEND\xAE\x42\x60\x82", 12);
        if (!bytes.endsWith(iend))
            return tr("the PNG file is truncated (it does not end with its IEND chunk)");
    } else if (type == u"jpeg") {
        // Some cameras pad after the end marker; allow a little.
        const QByteArrayView tail = bytes.last(std::min<qsizetype>(bytes.size(), 64));
        if (!tail.contains(QByteArrayView("\xFF\xD9", 2)))
            return tr("the JPEG file is truncated (it has no end-of-image marker)");
    } else if (type == u"webp") {
        const quint32 riffSize = bytes.size() >= 12 ? qFromLittleEndian<quint32>(bytes.data() + 4) : 0;
        if (bytes.size() < 12 || qint64(riffSize) + 8 > bytes.size())
            return tr("the WebP file is truncated (%1 bytes of %2)")
                .arg(bytes.size())
                .arg(qint64(riffSize) + 8);
    } else if (type == u"pdf") {
        if (!bytes.last(std::min<qsizetype>(bytes.size(), 1024)).contains("%%EOF"))
            return tr("the PDF file is truncated (it has no %%EOF marker)");
    }
    return {};
}

// The PNG header states the size in the IHDR chunk right after the signature; read it directly so that a
// bomb is measured without asking a decoder.
QSize pngHeaderSize(const QByteArray& content)
{
    if (content.size() < 24 || content.mid(12, 4) != "IHDR")
        return {};
    const quint32 w = qFromBigEndian<quint32>(content.constData() + 16);
    const quint32 h = qFromBigEndian<quint32>(content.constData() + 20);
    if (w > quint32(std::numeric_limits<int>::max()) || h > quint32(std::numeric_limits<int>::max()))
        return QSize(std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
    return QSize(int(w), int(h));
}

} // namespace

QString AssetSniffer::contentType(const QByteArray& content)
{
    if (content.startsWith("\xFF\xD8\xFF"))
        return u"jpeg"_s;
    if (content.startsWith(QByteArrayView("\x89PNG\r\n\x1A\n", 8)))
        return u"png"_s;
    if (content.size() >= 12 && content.startsWith("RIFF") && content.mid(8, 4) == "WEBP")
        return u"webp"_s;
    if (content.startsWith("%PDF-"))
        return u"pdf"_s;
    if (startsWithSvg(content))
        return u"svg"_s;
    return {};
}

QString AssetSniffer::typeForExtension(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"jpg" || suffix == u"jpeg" || suffix == u"jpe")
        return u"jpeg"_s;
    if (suffix == u"png" || suffix == u"webp" || suffix == u"svg" || suffix == u"pdf")
        return suffix;
    return {};
}

QString AssetSniffer::typeForMimeType(const QString& mimeType)
{
    static const QHash<QString, QString> types{{u"image/jpeg"_s, u"jpeg"_s},
                                               {u"image/png"_s, u"png"_s},
                                               {u"image/webp"_s, u"webp"_s},
                                               {u"image/svg+xml"_s, u"svg"_s},
                                               {u"application/pdf"_s, u"pdf"_s}};
    return types.value(mimeType.toLower());
}

QString AssetSniffer::mimeTypeOf(const QString& type)
{
    if (type == u"svg")
        return u"image/svg+xml"_s;
    if (type == u"pdf")
        return u"application/pdf"_s;
    return type.isEmpty() ? QString() : u"image/"_s + type;
}

QString AssetSniffer::suffixOf(const QString& type)
{
    return type == u"jpeg" ? u"jpg"_s : type;
}

QString AssetSniffer::typeName(const QString& type)
{
    return type == u"webp" ? u"WebP"_s : type.toUpper();
}

AssetSniffer::Result AssetSniffer::sniff(const QString& fileName, const QByteArray& content,
                                         const QString& declaredMimeType, const Limits& limits)
{
    Result r;
    const QString name = QFileInfo(fileName).fileName();
    auto refuse = [&](const QString& why) {
        r.error = tr("%1 was refused: %2").arg(name, why);
        r.type.clear();
        r.mimeType.clear();
        return r;
    };
    if (content.isEmpty())
        return refuse(tr("the file is empty"));
    if (content.size() > limits.maxBytes)
        return refuse(tr("the file has %1, more than the library's limit of %2")
                          .arg(QLocale().formattedDataSize(content.size()),
                               QLocale().formattedDataSize(limits.maxBytes)));
    const QString declared =
        declaredMimeType.isEmpty() ? typeForExtension(fileName) : typeForMimeType(declaredMimeType);
    if (declared.isEmpty())
        return refuse(
            declaredMimeType.isEmpty()
                ? tr("the library accepts JPEG, PNG, WebP, SVG and PDF files, and “.%1” is none of them")
                      .arg(QFileInfo(fileName).suffix())
                : tr("the library accepts JPEG, PNG, WebP, SVG and PDF files, and %1 is none of them")
                      .arg(declaredMimeType));
    const QString actual = contentType(content);
    if (actual.isEmpty())
        return refuse(tr("its name says %1, but its content is not a JPEG, PNG, WebP, SVG or PDF file")
                          .arg(typeName(declared)));
    if (actual != declared)
        return refuse(
            tr("its name says %1, but its content is %2").arg(typeName(declared), typeName(actual)));
    r.type = actual;
    r.mimeType = mimeTypeOf(actual);
    if (const QString cut = truncation(actual, content); !cut.isEmpty())
        return refuse(cut);

    if (actual == u"svg") {
        if (const QString unsafe = SvgSafety::check(content); !unsafe.isEmpty())
            return refuse(unsafe);
        QSvgRenderer svg(content);
        if (!svg.isValid())
            return refuse(tr("the SVG cannot be drawn"));
        r.size = svg.defaultSize();
        return r;
    }
    if (actual == u"pdf")
        return r;

    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, actual.toLatin1());
    reader.setAllocationLimit(limits.allocationLimitMb);
    QSize size = actual == u"png" ? pngHeaderSize(content) : reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(tr("its %1 header is damaged: %2").arg(typeName(actual), reader.errorString()));
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > limits.maxPixels)
        return refuse(tr("its header claims %1 × %2 pixels (%3 megapixels); the library decodes at most %4 "
                         "megapixels, so this is treated as a decompression bomb")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(pixels / 1'000'000)
                          .arg(limits.maxPixels / 1'000'000));
    // Decode once: a header can be fine while the data behind it is not.
    const QImage image = reader.read();
    if (image.isNull())
        return refuse(tr("the %1 data cannot be decoded: %2").arg(typeName(actual), reader.errorString()));
    r.size = image.size();
    return r;
}

} // namespace facet
