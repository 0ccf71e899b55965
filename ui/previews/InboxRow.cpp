// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/InboxRow.h"

#include "ui/previews/ElidedLabel.h"
#include "ui/previews/PreviewPalette.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>

namespace facet {

using namespace Qt::StringLiterals;

InboxRow::InboxRow(bool compact, QWidget* parent)
    : QFrame(parent)
    , m_avatar(new QLabel(this))
    , m_sender(new QLabel(this))
    , m_time(new QLabel(tr("now"), this))
    , m_subject(new ElidedLabel(this))
    , m_preheader(new ElidedLabel(this))
{
    setObjectName(u"inboxRow"_s);
    m_avatar->setFixedSize(compact ? 28 : 36, compact ? 28 : 36);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_sender->setObjectName(u"inboxSender"_s);
    QFont bold = m_sender->font();
    bold.setBold(true);
    m_sender->setFont(bold);
    m_subject->setObjectName(u"inboxSubject"_s);
    m_subject->setFont(bold);
    m_subject->setMaxLines(1);
    m_preheader->setObjectName(u"inboxPreheader"_s);
    // Phones show the preheader on up to two lines under the subject; a compact row has room for one.
    m_preheader->setMaxLines(compact ? 1 : 2);
    editorPalette::makeSmall(m_time);

    auto* top = new QHBoxLayout;
    top->addWidget(m_sender, 1);
    top->addWidget(m_time);
    auto* text = new QVBoxLayout;
    text->setSpacing(1);
    text->addLayout(top);
    text->addWidget(m_subject);
    text->addWidget(m_preheader);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_avatar, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    applyColors();
}

void InboxRow::setSender(const QString& sender)
{
    static const QRegularExpression address(uR"re(^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$)re"_s);
    const QRegularExpressionMatch m = address.match(sender);
    m_senderName = m.hasMatch() && !m.captured(1).isEmpty() ? m.captured(1) : sender;
    if (m_senderName.isEmpty())
        m_senderName = tr("Sender not set");
    m_sender->setText(m_senderName);
    m_sender->setToolTip(m.hasMatch() ? m.captured(2) : sender);
    m_avatar->setText(m_senderName.left(1).toUpper());
    applyColors();
}

void InboxRow::setMessage(const QString& subject, const QString& preheader)
{
    m_subject->setFullText(subject);
    m_preheader->setFullText(preheader);
}

void InboxRow::clear()
{
    setMessage(QString(), QString());
}

bool InboxRow::event(QEvent* event)
{
    const bool result = QFrame::event(event);
    // Setting a style sheet changes the palette too: only a change from outside restyles. A widget with a
    // style sheet keeps its palette when the application's changes, so that event counts as well.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        !m_styling) {
        m_styling = true;
        applyColors();
        m_styling = false;
    }
    return result;
}

void InboxRow::paintEvent(QPaintEvent* event)
{
    // Painted rather than styled: a style sheet here would keep the labels from hearing about a new palette.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(previewPalette::border(this), 1));
    painter.setBrush(previewPalette::card(this));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    QFrame::paintEvent(event);
}

void InboxRow::applyColors()
{
    using namespace previewPalette;
    update();
    m_avatar->setStyleSheet(
        QStringLiteral("background: %1; color: white; border-radius: %2px; font-weight: bold;")
            .arg(avatar(m_senderName).name())
            .arg(m_avatar->width() / 2));
    editorPalette::setTextColor(m_preheader, muted(this));
    editorPalette::setTextColor(m_time, muted(this));
}

} // namespace facet
