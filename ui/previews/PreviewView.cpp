// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewView.h"

#include "ui/previews/FeedPreview.h"
#include "ui/previews/PostPreview.h"
#include "ui/previews/PrintPreview.h"
#include "ui/previews/PushPreview.h"
#include "ui/previews/SmsPreview.h"
#include "ui/previews/TextPreview.h"
#include "ui/previews/WebPreview.h"

#include <QEvent>
#include <QLayout>

namespace facet {

PreviewView::PreviewView(const Channel& channel, Size size, QWidget* parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_size(size)
{
}

bool PreviewView::event(QEvent* event)
{
    const bool result = QWidget::event(event);
    // Setting a style sheet changes the palette too: only a change from outside restyles.
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) &&
        !m_styling) {
        m_styling = true;
        applyColors();
        m_styling = false;
    }
    return result;
}

void PreviewView::fitWidth(QWidget* widget, int preferred) const
{
    // Style sheets set paddings when polished: measured before, wrapped text comes out a line short.
    widget->ensurePolished();
    const int available = contentsRect().width();
    const int width = available > 0 ? qMin(preferred, available) : preferred;
    widget->setFixedWidth(width);
    if (QLayout* layout = widget->layout(); layout && layout->hasHeightForWidth())
        widget->setMinimumHeight(layout->totalHeightForWidth(width));
}

PreviewView* PreviewView::create(const Channel& channel, Size size, QWidget* parent)
{
    const QString& kind = channel.kind;
    if (kind == u"web" || kind == u"email")
        return new WebPreview(channel, size, parent);
    if (kind == u"sms")
        return new SmsPreview(channel, size, parent);
    if (kind == u"push")
        return new PushPreview(channel, size, parent);
    if (kind == u"x" || kind == u"instagram" || kind == u"linkedin")
        return new PostPreview(channel, size, parent);
    if (kind == u"print")
        return new PrintPreview(channel, size, parent);
    if (kind == u"feed")
        return new FeedPreview(channel, size, parent);
    return new TextPreview(channel, size, parent);
}

} // namespace facet
