// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace facet {

// How much the library decodes: a 64-megapixel photo decodes to 256 MB.
struct AssetLimits
{
    qint64 maxPixels = 64'000'000;
    int allocationLimitMb = 512; // QImageReader::setAllocationLimit while decoding
    qint64 maxBytes = 256ll << 20;
};

// Decides whether bytes may enter the asset library: their content must be one of the accepted types
// (JPEG, PNG, WebP, SVG, PDF) and the one their name or declared media type claims, complete, and small
// enough to decode. Image dimensions are read from the header before any pixel is decoded, so a
// decompression bomb is refused without allocating its pixels.
class AssetSniffer
{
public:
    using Limits = AssetLimits;
    struct Result
    {
        QString type;     // "jpeg", "png", "webp", "svg", "pdf"; empty when refused
        QString mimeType; // "image/jpeg", …
        QSize size;       // pixels of raster images, the view box of SVG; empty for PDF
        QString error;    // why the file was refused (translated), empty when accepted

        bool ok() const { return error.isEmpty(); }
    };

    // `declaredMimeType` may be empty: the file name's extension declares the type then.
    static Result sniff(const QString& fileName, const QByteArray& content,
                        const QString& declaredMimeType = {}, const Limits& limits = {});

    // The type the content starts like, whatever its name says; empty when none of the accepted ones.
    static QString contentType(const QByteArray& content);
    // "jpeg" for "photo.JPG" or "image/jpeg"; empty for anything the library does not accept.
    static QString typeForExtension(const QString& fileName);
    static QString typeForMimeType(const QString& mimeType);
    static QString mimeTypeOf(const QString& type);
    static QString suffixOf(const QString& type);
    // The readable name of a type, "JPEG", "PNG", …
    static QString typeName(const QString& type);
};

} // namespace facet
