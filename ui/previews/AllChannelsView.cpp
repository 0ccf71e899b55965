// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/AllChannelsView.h"

#include "ui/previews/ChannelPreview.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace facet {

namespace {
constexpr int Spacing = 12;
} // namespace

AllChannelsView::AllChannelsView(QWidget* parent)
    : QScrollArea(parent)
    , m_grid(new QWidget(this))
    , m_layout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("allChannels"));
    m_grid->setObjectName(QStringLiteral("allChannelsGrid"));
    m_layout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    m_layout->setSpacing(Spacing);
    m_layout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setWidget(m_grid);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void AllChannelsView::setChannels(const QList<Channel>& channels)
{
    qDeleteAll(m_ordered);
    m_ordered.clear();
    m_previews.clear();
    for (const Channel& channel : channels) {
        auto* preview = new ChannelPreview(channel, PreviewView::Size::Compact, m_grid);
        connect(preview, &ChannelPreview::openRequested, this, &AllChannelsView::openRequested);
        connect(preview, &ChannelPreview::fieldRequested, this, &AllChannelsView::fieldRequested);
        m_previews.insert(channel.code, preview);
        m_ordered << preview;
    }
    m_columns = 0;
    m_cardWidth = 0;
    reflow();
}

void AllChannelsView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    reflow();
}

void AllChannelsView::reflow()
{
    // As many columns as fit, sharing the width: no ragged gap at the right edge.
    const int available = viewport()->width() - 2 * Spacing;
    const int columns = qMax(1, (available + Spacing) / (MinCardWidth + Spacing));
    const int cardWidth = qMax(280, (available - (columns - 1) * Spacing) / columns);
    if (cardWidth != m_cardWidth) {
        m_cardWidth = cardWidth;
        for (ChannelPreview* preview : std::as_const(m_ordered))
            preview->setFixedWidth(cardWidth);
    }
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChannelPreview* preview : std::as_const(m_ordered))
        m_layout->removeWidget(preview);
    for (qsizetype i = 0; i < m_ordered.size(); ++i)
        m_layout->addWidget(m_ordered.at(i), int(i / columns), int(i % columns), Qt::AlignTop);
}

} // namespace facet
