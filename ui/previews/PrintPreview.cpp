// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PrintPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/PreviewPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {
constexpr int CompactPageWidth = 226; // A4 proportions in a card: 226 × 320
} // namespace

PrintPreview::PrintPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_stack(new QStackedWidget(this))
    , m_document(new QPdfDocument(this))
    , m_sheetPage(new QWidget(this))
    , m_note(new QLabel(m_sheetPage))
    , m_sheet(new QTextBrowser(m_sheetPage))
{
    if (isCompact()) {
        m_firstPage = new QLabel(m_stack);
        m_firstPage->setObjectName(u"pdfFirstPage"_s);
        m_firstPage->setAlignment(Qt::AlignCenter);
        m_firstPage->setStyleSheet(
            u"QLabel#pdfFirstPage { border: 1px solid %1; }"_s.arg(QColor(0xc4, 0xc9, 0xd0).name()));
        auto* page = new QWidget(m_stack);
        auto* pageLayout = new QHBoxLayout(page);
        pageLayout->setContentsMargins(0, 4, 0, 4);
        pageLayout->addWidget(m_firstPage, 0, Qt::AlignHCenter | Qt::AlignTop);
        m_stack->addWidget(page);
    } else {
        m_view = new QPdfView(m_stack);
        m_view->setObjectName(u"pdfView"_s);
        m_view->setDocument(m_document);
        m_view->setPageMode(QPdfView::PageMode::MultiPage);
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_view->setPageSpacing(12);
        m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
        m_stack->addWidget(m_view);
    }
    m_note->setObjectName(u"pdfNote"_s);
    m_note->setWordWrap(true);
    editorPalette::makeSmall(m_note);
    m_sheet->setObjectName(u"sheetBrowser"_s);
    m_sheet->setOpenLinks(false);
    if (isCompact())
        m_sheet->setFixedHeight(240);
    auto* sheetLayout = new QVBoxLayout(m_sheetPage);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_note);
    sheetLayout->addWidget(m_sheet, 1);
    m_stack->addWidget(m_sheetPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_document, &QPdfDocument::statusChanged, this, &PrintPreview::onStatusChanged);
}

PrintPreview::~PrintPreview()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
}

bool PrintPreview::showsPdf() const
{
    return m_stack->currentWidget() != m_sheetPage && m_document->status() == QPdfDocument::Status::Ready;
}

int PrintPreview::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

void PrintPreview::showRendering(const Rendering& rendering)
{
    const RenderedPart* pdf = rendering.part(u"pdf"_s);
    if (!pdf || pdf->content.isEmpty()) {
        m_document->close();
        m_buffer.close();
        m_buffer.setData(QByteArray());
        m_note->setText(tr("The PDF for this sheet is not available yet; this is its HTML, which the PDF is "
                           "made from."));
        editorPalette::setTextColor(m_note, previewPalette::muted(this));
        m_sheet->setHtml(rendering.text(u"sheet"_s));
        m_stack->setCurrentWidget(m_sheetPage);
        return;
    }
    if (pdf->content == m_buffer.data() && m_document->status() == QPdfDocument::Status::Ready)
        return;
    // Typing re-renders the PDF: keep the page the user was reading.
    m_restoreScroll = m_view ? m_view->verticalScrollBar()->value() : -1;
    m_document->close();
    m_buffer.close();
    m_buffer.setData(pdf->content);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    onStatusChanged();
}

void PrintPreview::onStatusChanged()
{
    switch (m_document->status()) {
    case QPdfDocument::Status::Ready:
        if (m_firstPage) {
            const QSizeF points = m_document->pagePointSize(0);
            const int width = qRound(CompactPageWidth * devicePixelRatioF());
            const QSize pixels(width,
                               points.width() > 0 ? qRound(width * points.height() / points.width()) : width);
            QImage page = m_document->render(0, pixels);
            page.setDevicePixelRatio(devicePixelRatioF());
            m_firstPage->setPixmap(QPixmap::fromImage(page));
            // The page's edge, as paper on the card.
            m_firstPage->setFixedSize(page.deviceIndependentSize().toSize() + QSize(2, 2));
            m_stack->setCurrentWidget(m_firstPage->parentWidget());
        } else {
            m_stack->setCurrentWidget(m_view);
            if (m_restoreScroll >= 0)
                m_view->verticalScrollBar()->setValue(m_restoreScroll);
        }
        m_restoreScroll = -1;
        break;
    case QPdfDocument::Status::Error:
        m_note->setText(tr("The rendered PDF cannot be read; this is the sheet's HTML instead."));
        editorPalette::setTextColor(m_note, previewPalette::error(this));
        m_stack->setCurrentWidget(m_sheetPage);
        break;
    default:
        break;
    }
}

void PrintPreview::clearPreview()
{
    m_document->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_sheet->clear();
    if (m_firstPage)
        m_firstPage->clear();
}

} // namespace facet
