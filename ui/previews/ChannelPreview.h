// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"
#include "models/rendering/Finding.h"
#include "ui/previews/PreviewView.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace facet {

class FindingsList;
struct Rendering;

// One channel's preview with what goes around it: a title naming channel and locale, the kind's counter,
// the rendering error in place of the picture when the templates failed, and the channel rules' findings.
// Full size in the channel's tab; compact in the overview, where the title opens the tab.
class ChannelPreview : public QFrame
{
    Q_OBJECT

public:
    ChannelPreview(const Channel& channel, PreviewView::Size size, QWidget* parent = nullptr);

    QString channelCode() const { return m_channel.code; }
    PreviewView* view() const { return m_view; }

    // labelLocale: the language of the channel's label.
    void setTitle(const QString& labelLocale, const QString& locale);
    void setRendering(const Rendering& rendering);
    // No rendering to show: `message` says why (no product selected).
    void clearRendering(const QString& message = {});
    // A newer rendering is on its way: the numbers shown are about to change.
    void setPending(bool pending);

    // A mark beside the title, e.g. "differs from the draft"; empty hides it. `warn` draws it in the
    // attention colour.
    void setBadge(const QString& text, const QString& toolTip = {}, bool warn = false);
    QString badgeText() const;
    // The content hash of the revision last shown; empty when nothing is.
    QString revisionHash() const { return m_revisionHash; }

    bool hasError() const;
    QString errorText() const;
    QString counterText() const;
    bool isCounterOver() const { return m_over; }
    FindingsList* findingsList() const { return m_findings; }

Q_SIGNALS:
    // The user wants the field behind a finding.
    void fieldRequested(const QString& attribute, const QString& locale, const QString& channel);
    // A compact preview's title was clicked.
    void openRequested(const QString& channel);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTitle();
    void updateCounterStyle();
    void updateSummary();
    void applyFrameStyle();

    Channel m_channel;
    PreviewView::Size m_size;
    QString m_locale;
    QString m_titleText;
    QToolButton* m_title;
    QLabel* m_counter;
    QLabel* m_error;
    QLabel* m_message;
    PreviewView* m_view;
    FindingsList* m_findings;
    QLabel* m_summary = nullptr; // compact: "2 errors · 1 warning"
    QLabel* m_badge;
    QString m_revisionHash;
    bool m_badgeWarn = false;
    bool m_over = false;
    bool m_pending = false;
    bool m_styling = false;
};

} // namespace facet
