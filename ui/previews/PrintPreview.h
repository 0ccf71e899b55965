// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

#include <QBuffer>

class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedWidget;
class QTextBrowser;

namespace facet {

// A print channel's data sheet as PDF pages. Until the rendering carries the PDF, the sheet's HTML is shown
// with a note saying so.
class PrintPreview : public PreviewView
{
    Q_OBJECT

public:
    PrintPreview(const Channel& channel, Size size, QWidget* parent = nullptr);
    ~PrintPreview() override;

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;

    bool showsPdf() const;
    int pageCount() const;

private:
    void onStatusChanged();

    QStackedWidget* m_stack;
    QPdfDocument* m_document;
    QBuffer m_buffer;
    QPdfView* m_view = nullptr;    // full size
    QLabel* m_firstPage = nullptr; // compact: the first page as a picture
    QWidget* m_sheetPage;
    QLabel* m_note;
    QTextBrowser* m_sheet;
    int m_restoreScroll = -1;
};

} // namespace facet
