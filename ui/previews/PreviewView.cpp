// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewView.h"

#include "ui/previews/FeedPreview.h"
#include "ui/previews/PostPreview.h"
#include "ui/previews/PrintPreview.h"
#include "ui/previews/PushPreview.h"
#include "ui/previews/SmsPreview.h"
#include "ui/previews/TextPreview.h"
#include "ui/previews/WebPreview.h"

namespace facet {

PreviewView::PreviewView(const Channel& channel, Size size, QWidget* parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_size(size)
{
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
