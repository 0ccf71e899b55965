// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"

#include <QHash>
#include <QScrollArea>

class QGridLayout;

namespace facet {

class ChannelPreview;

// Every channel of a record side by side: a grid of compact previews that reflows with the width.
class AllChannelsView : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int MinCardWidth = 300;

    explicit AllChannelsView(QWidget* parent = nullptr);

    void setChannels(const QList<Channel>& channels);
    ChannelPreview* preview(const QString& channel) const { return m_previews.value(channel); }
    QList<ChannelPreview*> previews() const { return m_ordered; }

Q_SIGNALS:
    void openRequested(const QString& channel);
    void fieldRequested(const QString& attribute, const QString& locale, const QString& channel);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reflow();

    QWidget* m_grid;
    QGridLayout* m_layout;
    QHash<QString, ChannelPreview*> m_previews;
    QList<ChannelPreview*> m_ordered;
    int m_columns = 0;
    int m_cardWidth = 0;
};

} // namespace facet
