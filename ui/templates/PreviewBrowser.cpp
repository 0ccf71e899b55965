// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/PreviewBrowser.h"

#include <QImage>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

namespace facet {

PreviewBrowser::PreviewBrowser(QWidget* parent)
    : QTextBrowser(parent)
    , m_refit(new QTimer(this))
{
    // Dragging a splitter resizes many times a second; lay the page out again once it rests.
    m_refit->setSingleShot(true);
    m_refit->setInterval(100);
    connect(m_refit, &QTimer::timeout, this, [this] {
        const int scrolled = verticalScrollBar()->value();
        showHtml(m_html);
        verticalScrollBar()->setValue(scrolled);
    });
}

void PreviewBrowser::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_html.isEmpty() && event->size().width() != event->oldSize().width())
        m_refit->start();
}

QVariant PreviewBrowser::loadResource(int type, const QUrl& name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == u"data") {
        const QString path = name.path();
        const qsizetype comma = path.indexOf(u',');
        const QString header = path.left(comma);
        if (comma > 0 && header.startsWith(u"image/svg+xml")) {
            const QString payload = path.mid(comma + 1);
            const QByteArray svg =
                header.endsWith(u";base64") ? QByteArray::fromBase64(payload.toLatin1()) : payload.toUtf8();
            QSvgRenderer renderer(svg);
            if (renderer.isValid()) {
                QImage image(renderer.defaultSize(), QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                QPainter painter(&image);
                renderer.render(&painter);
                return image;
            }
        }
    }
    return QTextBrowser::loadResource(type, name);
}

void PreviewBrowser::showHtml(const QString& html)
{
    m_html = html;
    setHtml(html);
    fitImages();
}

void PreviewBrowser::fitImages()
{
    QTextDocument* doc = document();
    const qreal available = viewport()->width() - 2 * doc->documentMargin() - 24;
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QSizeF natural =
                doc->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>().size();
            if (natural.isEmpty())
                continue;
            // Sizes in pixels throughout: Qt's reading of CSS widths such as "100%" on a picture is
            // unreliable.
            const qreal width = qMin(format.width() > 0 ? format.width() : natural.width(), available);
            format.setWidth(width);
            format.setHeight(width * natural.height() / natural.width());
            changes << Change{fragment.position(), fragment.length(), format};
        }
    }
    QTextCursor cursor(doc);
    for (const Change& change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
}

} // namespace facet
