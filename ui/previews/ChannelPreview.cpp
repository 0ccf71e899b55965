// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/ChannelPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/FindingsList.h"
#include "ui/previews/PreviewCounters.h"
#include "ui/previews/PreviewPalette.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace facet {

using namespace Qt::StringLiterals;

ChannelPreview::ChannelPreview(const Channel& channel, PreviewView::Size size, QWidget* parent)
    : QFrame(parent)
    , m_channel(channel)
    , m_size(size)
    , m_title(new QToolButton(this))
    , m_counter(new QLabel(this))
    , m_error(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(PreviewView::create(channel, size, this))
    , m_findings(new FindingsList(this))
    , m_badge(new QLabel(this))
{
    const bool compact = size == PreviewView::Size::Compact;
    setObjectName((compact ? u"compactPreview:"_s : u"preview:"_s) + channel.code);
    m_title->setObjectName(u"previewTitle"_s);
    m_title->setAutoRaise(true);
    m_title->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    if (compact) {
        m_title->setCursor(Qt::PointingHandCursor);
        connect(m_title, &QToolButton::clicked, this, [this] { Q_EMIT openRequested(m_channel.code); });
    } else {
        // In its own tab the title is a caption, not a button.
        m_title->setEnabled(true);
        m_title->setFocusPolicy(Qt::NoFocus);
        m_title->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_counter->setObjectName(u"previewCounter"_s);
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (compact)
        editorPalette::makeSmall(m_counter);
    m_error->setObjectName(u"previewError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_view->setObjectName(u"previewView"_s);
    m_badge->setObjectName(u"previewBadge"_s);
    editorPalette::makeSmall(m_badge);
    m_badge->hide();
    connect(m_findings, &FindingsList::findingActivated, this, [this](const Finding& finding) {
        if (!finding.attribute.isEmpty())
            Q_EMIT fieldRequested(finding.attribute, m_locale, m_channel.code);
    });

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    if (QWidget* controls = m_view->headerControls())
        header->addWidget(controls);
    header->addStretch(1);
    if (!compact)
        header->addWidget(m_badge);
    // A card is too narrow for the title and the counter on one line.
    if (!compact)
        header->addWidget(m_counter);
    else
        m_counter->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(compact ? 8 : 0, compact ? 6 : 4, compact ? 8 : 0, compact ? 8 : 0);
    layout->setSpacing(compact ? 4 : 6);
    layout->addLayout(header);
    if (compact) {
        layout->addWidget(m_badge);
        layout->addWidget(m_counter);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(m_view, m_view->fillsHeight() ? 1 : 0);
    if (compact) {
        // A card has no room for the findings; it counts them, and the tab lists them.
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"findingsSummary"_s);
        editorPalette::makeSmall(m_summary);
        layout->addWidget(m_summary);
        m_findings->hide();
    } else {
        layout->addWidget(m_findings);
        if (!m_view->fillsHeight())
            layout->addStretch(1);
    }
    applyFrameStyle();
    clearRendering();
}

void ChannelPreview::setTitle(const QString& labelLocale, const QString& locale)
{
    m_locale = locale;
    const QString label = m_channel.label(labelLocale);
    m_titleText = tr("%1 · %2").arg(label, locale);
    fitTitle();
    m_title->setToolTip(m_size == PreviewView::Size::Compact
                            ? tr("Open the %1 preview").arg(label)
                            : tr("%1 (%2 channel) in %3").arg(label, m_channel.kind, locale));
}

void ChannelPreview::fitTitle()
{
    // A long channel name in a card is shortened in the middle, keeping the locale in sight.
    const int room = m_size == PreviewView::Size::Compact ? contentsRect().width() - 24 : QWIDGETSIZE_MAX;
    m_title->setText(room > 0 && room < QWIDGETSIZE_MAX
                         ? m_title->fontMetrics().elidedText(m_titleText, Qt::ElideMiddle, room)
                         : m_titleText);
}

void ChannelPreview::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitTitle();
}

void ChannelPreview::setBadge(const QString& text, const QString& toolTip, bool warn)
{
    m_badge->setText(text);
    m_badge->setToolTip(toolTip);
    m_badge->setVisible(!text.isEmpty());
    m_badgeWarn = warn;
    QFont font = m_badge->font();
    font.setBold(warn);
    m_badge->setFont(font);
    editorPalette::setTextColor(m_badge,
                                warn ? editorPalette::error(m_badge) : editorPalette::muted(m_badge));
}

QString ChannelPreview::badgeText() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

void ChannelPreview::setRendering(const Rendering& rendering)
{
    m_revisionHash = rendering.revisionHash;
    m_message->hide();
    m_pending = false;
    if (!rendering.ok()) {
        // A failed rendering has no parts: show why instead of a picture that is no longer true.
        m_view->clearPreview();
        m_view->hide();
        m_error->setText(
            tr("This channel's templates could not render the product:\n%1").arg(rendering.error));
        m_error->show();
        m_counter->clear();
        m_counter->hide();
        m_over = false;
        m_findings->setFindings({});
        if (m_summary)
            m_summary->hide();
        applyFrameStyle();
        return;
    }
    m_error->hide();
    m_view->show();
    m_view->showRendering(rendering);
    const PreviewCounters::Counter counter = PreviewCounters::summary(rendering);
    m_counter->setText(counter.text);
    m_counter->setToolTip(counter.toolTip);
    m_counter->setVisible(!counter.text.isEmpty());
    m_over = counter.over;
    updateCounterStyle();
    m_findings->setFindings(rendering.findings);
    if (m_size == PreviewView::Size::Compact)
        m_findings->hide();
    updateSummary();
    if (m_summary)
        m_summary->show();
    applyFrameStyle();
}

void ChannelPreview::clearRendering(const QString& message)
{
    m_revisionHash.clear();
    m_view->clearPreview();
    m_view->setVisible(message.isEmpty());
    m_error->hide();
    m_counter->clear();
    m_counter->hide();
    m_over = false;
    m_pending = false;
    m_findings->setFindings({});
    m_findings->hide();
    if (m_summary)
        m_summary->hide();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    applyFrameStyle();
}

void ChannelPreview::setPending(bool pending)
{
    m_pending = pending;
    updateCounterStyle();
}

bool ChannelPreview::hasError() const
{
    return !m_error->isHidden();
}

QString ChannelPreview::errorText() const
{
    return hasError() ? m_error->text() : QString();
}

QString ChannelPreview::counterText() const
{
    return m_counter->isHidden() ? QString() : m_counter->text();
}

void ChannelPreview::updateCounterStyle()
{
    // While a newer rendering is on its way the old numbers are greyed and say so.
    QColor color = m_over ? previewPalette::error(this) : editorPalette::normal(this);
    if (m_pending)
        color = previewPalette::muted(this);
    editorPalette::setTextColor(m_counter, color);
    QFont font = m_counter->font();
    font.setBold(m_over && !m_pending);
    font.setItalic(m_pending);
    m_counter->setFont(font);
    m_counter->setStatusTip(m_pending ? tr("Updating…") : QString());
}

void ChannelPreview::updateSummary()
{
    if (!m_summary)
        return;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Finding& f : m_findings->findings()) {
        switch (f.severity) {
        case Finding::Severity::Error:
            ++errors;
            break;
        case Finding::Severity::Warning:
            ++warnings;
            break;
        case Finding::Severity::Info:
            ++infos;
            break;
        }
    }
    QStringList parts;
    if (errors)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    if (infos)
        parts << (infos == 1 ? tr("1 note") : tr("%1 notes").arg(infos));
    m_summary->setText(parts.isEmpty() ? tr("No findings") : parts.join(u" · "_s));
    editorPalette::setTextColor(
        m_summary, errors ? previewPalette::error(this)
                          : (warnings ? editorPalette::normal(this) : previewPalette::muted(this)));
    m_summary->setToolTip(m_findings->count() ? tr("Open the tab to see the findings") : QString());
}

void ChannelPreview::applyFrameStyle()
{
    using namespace previewPalette;
    m_error->setStyleSheet(QStringLiteral("QLabel#previewError { color: %1; border: 1px solid %1;"
                                          " border-radius: 4px; padding: 8px; }")
                               .arg(error(this).name()));
    editorPalette::setTextColor(m_message, muted(this));
    update();
}

void ChannelPreview::paintEvent(QPaintEvent* event)
{
    // A card in the overview. Painted rather than styled: a style sheet here would keep the children from
    // hearing about a new light or dark palette.
    if (m_size == PreviewView::Size::Compact) {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(previewPalette::border(this), 1));
        painter.setBrush(previewPalette::window(this));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    }
    QFrame::paintEvent(event);
}

bool ChannelPreview::event(QEvent* event)
{
    const bool result = QFrame::event(event);
    // Setting a style sheet changes the palette too: only a change from outside restyles. A widget with a
    // style sheet keeps its palette when the application's changes, so that event counts as well.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        !m_styling) {
        m_styling = true;
        applyFrameStyle();
        updateCounterStyle();
        updateSummary();
        if (!m_badge->isHidden())
            setBadge(m_badge->text(), m_badge->toolTip(), m_badgeWarn);
        m_styling = false;
    }
    return result;
}

} // namespace facet
