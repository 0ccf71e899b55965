// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/RenditionGenerator.h"

#include "models/assets/AssetSniffer.h"
#include "models/storage/Asset.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QPdfDocument>
#include <QSvgRenderer>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::RenditionGenerator", text);
}

constexpr double kPdfDpi = 150.0;

// The size the caller asked for; the natural size when it asked for none.
QSize sized(const QSize& natural, const QSize& requested)
{
    return requested.isEmpty() ? natural : requested;
}

} // namespace

QSize RenditionGenerator::naturalSize(const QByteArray& content, const QString& mimeType)
{
    const QString type = AssetSniffer::typeForMimeType(mimeType);
    if (type == u"svg")
        return QSvgRenderer(content).defaultSize();
    if (type == u"pdf") {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1)
            return {};
        return (pdf.pagePointSize(0) * (kPdfDpi / 72.0)).toSize();
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer, type.toLatin1()).size();
}

QImage RenditionGenerator::picture(const QByteArray& content, const QString& mimeType, const QSize& bound,
                                   QString* error)
{
    const QString type = AssetSniffer::typeForMimeType(mimeType);
    if (type == u"svg") {
        QSvgRenderer svg(content);
        if (!svg.isValid()) {
            *error = tr("the SVG cannot be drawn");
            return {};
        }
        const QSize size = sized(svg.defaultSize(), bound);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter, QRectF(QPointF(0, 0), size));
        return image;
    }
    if (type == u"pdf") {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1) {
            *error = tr("the PDF cannot be opened");
            return {};
        }
        const QSize size = sized((pdf.pagePointSize(0) * (kPdfDpi / 72.0)).toSize(), bound);
        QImage page = pdf.render(0, size);
        if (page.isNull())
            *error = tr("the PDF's first page cannot be drawn");
        return page;
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, type.toLatin1());
    const AssetSniffer::Limits limits;
    reader.setAllocationLimit(limits.allocationLimitMb);
    const QSize natural = reader.size();
    if (qint64(natural.width()) * natural.height() > limits.maxPixels) {
        *error = tr("the image is too large to decode");
        return {};
    }
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("the image cannot be decoded: %1").arg(reader.errorString());
        return {};
    }
    const QSize size = sized(image.size(), bound);
    if (size != image.size())
        image = image.scaled(size, Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation); // size keeps the aspect already
    return image;
}

Rendition RenditionGenerator::generate(const Asset& source, const RenditionSpec& spec, QString* error)
{
    Rendition r;
    r.sourceSha256 = source.sha256;
    r.specHash = spec.hash();
    r.spec = spec.toJson();
    r.mimeType = spec.mimeType();
    const QSize natural = naturalSize(source.content, source.mimeType);
    if (natural.isEmpty()) {
        *error = tr("%1 cannot be read to make a rendition").arg(source.fileName);
        return r;
    }
    const bool scalable = AssetSniffer::typeForMimeType(source.mimeType) == u"svg";
    QImage image = picture(source.content, source.mimeType, spec.targetSize(natural, scalable), error);
    if (image.isNull())
        return r;
    if (const QColor background = spec.flattenColor(); background.isValid()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(background);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    QBuffer buffer(&r.content);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, spec.format.toLatin1());
    if (spec.format != u"png")
        writer.setQuality(spec.quality);
    if (!writer.write(image)) {
        *error = tr("cannot write the %1 rendition of %2: %3")
                     .arg(spec.format, source.fileName, writer.errorString());
        r.content.clear();
        return r;
    }
    r.size = image.size();
    return r;
}

} // namespace facet
