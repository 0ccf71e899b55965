// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/SmsPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/PreviewPalette.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace facet {

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
    // Phones keep bubbles to about three quarters of the screen's width.
    m_bubble->setMaximumWidth(isCompact() ? 250 : 270);
    m_bubble->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Minimum);

    auto* screen = new QVBoxLayout(m_phone);
    screen->setContentsMargins(14, isCompact() ? 10 : 18, 14, 14);
    screen->setSpacing(4);
    screen->addWidget(m_sender);
    screen->addWidget(m_time);
    screen->addSpacing(isCompact() ? 6 : 12);
    screen->addWidget(m_bubble, 0, Qt::AlignLeft);
    screen->addStretch(1);
    m_phone->setFixedWidth(isCompact() ? 300 : 340);
    if (!isCompact())
        m_phone->setMinimumHeight(420);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, isCompact() ? 0 : 8, 0, 0);
    layout->addWidget(m_phone, 1, Qt::AlignHCenter);
    applyColors();
    clearPreview();
}

void SmsPreview::showRendering(const Rendering& rendering)
{
    m_bubble->setText(rendering.text(QStringLiteral("body")));
    m_bubble->show();
}

void SmsPreview::clearPreview()
{
    m_bubble->clear();
    m_bubble->hide();
}

void SmsPreview::changeEvent(QEvent* event)
{
    PreviewView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
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
                               .arg(isCompact() ? 10 : 28));
    m_bubble->setStyleSheet(
        QStringLiteral("QLabel#smsBubble { background: %1; color: %2; border-radius: 14px;"
                       " padding: 8px 12px; }")
            .arg(bubble(this).name(), bubbleText(this).name()));
    const QString text = bubbleText(this).name();
    m_sender->setStyleSheet(QStringLiteral("color: %1;").arg(text));
    m_time->setStyleSheet(QStringLiteral("color: %1;").arg(muted(this).name()));
}

} // namespace facet
