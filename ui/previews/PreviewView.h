// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"

#include <QWidget>

namespace facet {

struct Rendering;

// Shows one channel's rendering as its audience sees it. One subclass per kind of channel; each comes in a
// full size for the channel's tab and a compact size for the side-by-side overview.
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    enum class Size { Full, Compact };

    // The view for a channel's kind; a plain text view for kinds Facet has no picture of.
    static PreviewView* create(const Channel& channel, Size size, QWidget* parent = nullptr);

    // A successful rendering; failed ones never reach a view.
    virtual void showRendering(const Rendering& rendering) = 0;
    // Nothing to show (no record, or the rendering failed): never a stale picture.
    virtual void clearPreview() = 0;
    // Controls the view adds to its preview's header, e.g. desktop/mobile widths; null when none.
    virtual QWidget* headerControls() { return nullptr; }
    // A page, a document or a listing takes the height it is given; a phone or a card keeps its own, and
    // the findings follow right under it.
    virtual bool fillsHeight() const { return true; }

protected:
    PreviewView(const Channel& channel, Size size, QWidget* parent);

    bool event(QEvent* event) override;
    // Called when the application's light or dark palette changed: style sheets do not follow by themselves.
    virtual void applyColors() {}
    // Gives `widget` a width of at most `preferred` within this view, and the height its wrapped text needs
    // at that width (box layouts size word-wrapped labels from their width-less size hint).
    void fitWidth(QWidget* widget, int preferred) const;

    const Channel& channel() const { return m_channel; }
    bool isCompact() const { return m_size == Size::Compact; }

private:
    Channel m_channel;
    Size m_size;
    bool m_styling = false;
};

} // namespace facet
