// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/SmsPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/PreviewPalette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace facet {

namespace {
constexpr int PhoneWidth = 340;
constexpr int CompactPhoneWidth = 300;
constexpr int PhoneHeight = 560;
constexpr int BubblePadding = 12;
} // namespace

SmsPreview::SmsPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_phone(new QFrame(this))
    , m_sender(new QLabel(m_phone))
    , m_time(new QLabel(tr("Text message · Today"), m_phone))
    , m_bubble(new QLabel(m_phone))
{
    m_phone->setObjectName(QStringLiteral("phoneScreen"));
    m_sender->setObjectName(QStringLiteral("smsSender"));
    m_bubble->setObjectName(QStringLiteral("smsBubble"));
    const QString sender = channel.settings.value(QStringLiteral("sender_id")).toString();
    m_sender->setText(sender.isEmpty() ? channel.label(QString()) : sender);
    m_sender->setAlignment(Qt::AlignHCenter);
    QFont bold = m_sender->font();
    bold.setBold(true);
    m_sender->setFont(bold);
    m_time->setAlignment(Qt::AlignHCenter);
    editorPalette::makeSmall(m_time);
    m_bubble->setTextFormat(Qt::PlainText);
    m_bubble->setWordWrap(true);
    m_bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bubbleRow = new QHBoxLayout;
    bubbleRow->setContentsMargins(0, 0, 0, 0);
    bubbleRow->addWidget(m_bubble);
    bubbleRow->addStretch(1);
    auto* screen = new QVBoxLayout(m_phone);
    screen->setContentsMargins(14, isCompact() ? 10 : 22, 14, 14);
    screen->setSpacing(4);
    screen->addWidget(m_sender);
    screen->addWidget(m_time);
    screen->addSpacing(isCompact() ? 6 : 14);
    screen->addLayout(bubbleRow);
    screen->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, isCompact() ? 0 : 8, 0, 0);
    layout->addWidget(m_phone, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addStretch(1);
    applyColors();
    clearPreview();
}

void SmsPreview::showRendering(const Rendering& rendering)
{
    m_bubble->setText(rendering.text(QStringLiteral("body")));
    m_bubble->show();
    fit();
}

void SmsPreview::clearPreview()
{
    m_bubble->clear();
    m_bubble->hide();
}

void SmsPreview::resizeEvent(QResizeEvent* event)
{
    PreviewView::resizeEvent(event);
    fit();
}

void SmsPreview::fit()
{
    // Style sheets set paddings when polished: measured before, the bubble comes out a line short.
    m_phone->ensurePolished();
    const int available = contentsRect().width();
    const int preferred = isCompact() ? CompactPhoneWidth : PhoneWidth;
    m_phone->setFixedWidth(available > 0 ? qMin(preferred, available) : preferred);
    // Phones keep a bubble to about three quarters of the screen, and short messages narrower still.
    const int widest = m_phone->width() * 3 / 4;
    int natural = 0;
    for (const QString& line : m_bubble->text().split(u'\n'))
        natural = qMax(natural, m_bubble->fontMetrics().horizontalAdvance(line));
    m_bubble->setFixedWidth(qMin(widest, natural + 2 * BubblePadding + 2));
    QLayout* screen = m_phone->layout();
    screen->invalidate();
    const int content = screen->hasHeightForWidth() ? screen->totalHeightForWidth(m_phone->width())
                                                    : screen->totalSizeHint().height();
    // A full-size phone keeps a phone's proportions even with one short message.
    m_phone->setFixedHeight(isCompact() ? content : qMax(PhoneHeight, content));
}

void SmsPreview::applyColors()
{
    using namespace previewPalette;
    const int border = isCompact() ? 1 : 6;
    m_phone->setStyleSheet(QStringLiteral("QFrame#phoneScreen { background: %1; border: %2px solid %3;"
                                          " border-radius: %4px; }")
                               .arg(previewPalette::screen(this).name())
                               .arg(border)
                               .arg((isCompact() ? previewPalette::border(this) : bezel(this)).name())
                               .arg(isCompact() ? 10 : 30));
    m_bubble->setStyleSheet(
        QStringLiteral("QLabel#smsBubble { background: %1; color: %2; border-radius: 14px;"
                       " padding: 7px %3px; }")
            .arg(bubble(this).name(), bubbleText(this).name())
            .arg(BubblePadding));
    m_sender->setStyleSheet(QStringLiteral("color: %1;").arg(bubbleText(this).name()));
    m_time->setStyleSheet(QStringLiteral("color: %1;").arg(muted(this).name()));
}

} // namespace facet
