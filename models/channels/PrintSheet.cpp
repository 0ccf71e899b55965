// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PrintSheet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PrintSheet", text);
}

// PDF/A-1 forbids transparency, and outside A-1b mode Qt writes an image's alpha channel as an /SMask.
// Qt 6.8's A-1b mode blends such images onto white by itself; flattening them here as well keeps the sheet
// opaque without relying on that, whatever the writer's mode or Qt version.
class FlatImageDocument : public QTextDocument
{
protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        const QVariant resource = QTextDocument::loadResource(type, name);
        if (type != QTextDocument::ImageResource || !resource.isValid())
            return resource;
        // Cached here rather than with addResource(), which would change the document while it is drawn.
        if (const auto it = m_flattened.constFind(name); it != m_flattened.cend())
            return *it;
        QImage image;
        if (resource.metaType().id() == QMetaType::QImage)
            image = resource.value<QImage>();
        else
            image = QImage::fromData(resource.toByteArray());
        if (image.isNull())
            return resource;
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        m_flattened.insert(name, flat);
        return flat;
    }

private:
    QHash<QUrl, QImage> m_flattened;
};

} // namespace

QPageSize PrintSheet::pageSize(const QString& name)
{
    if (name.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}

QString PrintSheet::fontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& family : {u"DejaVu Sans"_s, u"Noto Sans"_s})
        if (families.contains(family))
            return family;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QByteArray PrintSheet::write(const QString& html, const Options& options, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!options.pageSize.isValid())
        return fail(tr("The page size must be A4 or Letter."));

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(options.title);
    writer.setCreator(u"Facet"_s);
    writer.setResolution(300);
    if (!writer.setPageLayout(
            QPageLayout(options.pageSize, QPageLayout::Portrait, options.marginsMm, QPageLayout::Millimeter)))
        return fail(tr("The margins do not fit on the page."));

    FlatImageDocument document;
    // Laid out for the writer's resolution, so what is measured is what is printed.
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(fontFamily());
    font.setPointSizeF(options.fontPointSize);
    // Ligature glyphs reach the PDF's ToUnicode map as U+FB00 etc., so "Kaffee" would not be found by a
    // text search or copy; the sheet is set without them.
    font.setFeature(QFont::Tag("liga"), 0);
    document.setDefaultFont(font);
    QTextOption textOption = document.defaultTextOption();
    textOption.setTextDirection(QLocale(options.locale).textDirection());
    document.setDefaultTextOption(textOption);
    document.setDocumentMargin(0); // the page layout's margins are the only ones
    document.setHtml(html);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    document.setPageSize(page.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("The PDF writer could not start a page."));
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return pdf;
}

} // namespace facet
