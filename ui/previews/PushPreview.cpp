// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PushPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/ElidedLabel.h"
#include "ui/previews/PreviewCounters.h"
#include "ui/previews/PreviewPalette.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>

namespace facet {

using namespace Qt::StringLiterals;

PushPreview::PushPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_screen(new QFrame(this))
{
    m_screen->setObjectName(u"lockScreen"_s);
    // What each lock screen shows of a notification before it is expanded.
    QWidget* ios = createCard(m_ios, u"ios"_s, tr("iPhone lock screen"), 1, isCompact() ? 2 : 4);
    QWidget* android = createCard(m_android, u"android"_s, tr("Android lock screen"), 1, isCompact() ? 1 : 2);

    auto* screen = new QVBoxLayout(m_screen);
    screen->setContentsMargins(14, 14, 14, 14);
    screen->setSpacing(isCompact() ? 8 : 16);
    screen->addWidget(ios);
    screen->addWidget(android);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, isCompact() ? 0 : 8, 0, 0);
    layout->addWidget(m_screen, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addStretch(1);
    applyColors();
    clearPreview();
}

QString PushPreview::appName() const
{
    const QString name = channel().settings.value(u"app_name"_s).toString();
    return name.isEmpty() ? tr("Your app") : name;
}

QWidget* PushPreview::createCard(Card& card, const QString& platform, const QString& caption, int titleLines,
                                 int bodyLines)
{
    auto* box = new QWidget(m_screen);
    auto* caption_ = new QLabel(caption, box);
    caption_->setObjectName(u"platformCaption"_s);
    editorPalette::makeSmall(caption_);

    card.frame = new QFrame(box);
    card.frame->setObjectName(u"notification:"_s + platform);
    card.icon = new QLabel(card.frame);
    card.icon->setObjectName(u"appIcon"_s);
    card.icon->setFixedSize(20, 20);
    card.icon->setAlignment(Qt::AlignCenter);
    card.icon->setText(appName().left(1).toUpper());
    card.app = new QLabel(platform == u"ios" ? appName().toUpper() : appName() + tr(" · now"), card.frame);
    card.app->setObjectName(u"appName"_s);
    editorPalette::makeSmall(card.app);
    card.title = new ElidedLabel(card.frame);
    card.title->setObjectName(u"pushTitle"_s);
    card.title->setMaxLines(titleLines);
    QFont bold = card.title->font();
    bold.setBold(true);
    card.title->setFont(bold);
    card.body = new ElidedLabel(card.frame);
    card.body->setObjectName(u"pushBody"_s);
    card.body->setMaxLines(bodyLines);
    card.payload = new QLabel(box);
    card.payload->setObjectName(u"payload:"_s + platform);
    editorPalette::makeSmall(card.payload);

    auto* head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(card.icon);
    head->addWidget(card.app, 1);
    if (platform == u"ios") {
        auto* now = new QLabel(tr("now"), card.frame);
        editorPalette::makeSmall(now);
        head->addWidget(now);
    }
    auto* inner = new QVBoxLayout(card.frame);
    inner->setContentsMargins(12, 10, 12, 12);
    inner->setSpacing(2);
    inner->addLayout(head);
    inner->addSpacing(2);
    inner->addWidget(card.title);
    inner->addWidget(card.body);

    auto* outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    outer->addWidget(caption_);
    outer->addWidget(card.frame);
    outer->addWidget(card.payload);
    return box;
}

void PushPreview::showRendering(const Rendering& rendering)
{
    for (Card* card : {&m_ios, &m_android}) {
        card->title->setFullText(rendering.text(u"title"_s));
        card->body->setFullText(rendering.text(u"body"_s));
        card->frame->show();
    }
    showPayload(m_ios, rendering, u"apns_bytes"_s, u"apns"_s, tr("APNs"));
    showPayload(m_android, rendering, u"fcm_bytes"_s, u"fcm"_s, tr("FCM"));
    fitWidth(m_screen, isCompact() ? 300 : 400);
}

void PushPreview::resizeEvent(QResizeEvent* event)
{
    PreviewView::resizeEvent(event);
    fitWidth(m_screen, isCompact() ? 300 : 400);
}

void PushPreview::showPayload(Card& card, const Rendering& rendering, const QString& measure,
                              const QString& part, const QString& service)
{
    qint64 bytes = -1;
    if (rendering.measures.contains(measure))
        bytes = rendering.measures.value(measure).toLongLong();
    else if (const RenderedPart* p = rendering.part(part))
        bytes = p->content.size();
    if (bytes < 0) {
        card.payload->setText(tr("%1 payload: not measured").arg(service));
        setOver(card, false);
        return;
    }
    const qint64 max = rendering.measures.contains(u"max_payload_bytes"_s)
                           ? rendering.measures.value(u"max_payload_bytes"_s).toLongLong()
                           : channel().settings.value(u"max_payload_bytes"_s).toInteger();
    const QLocale locale;
    card.payload->setText(
        max > 0 ? tr("%1 payload: %2 of %3 bytes").arg(service, locale.toString(bytes), locale.toString(max))
                : tr("%1 payload: %2 bytes").arg(service, locale.toString(bytes)));
    setOver(card, max > 0 && bytes > max);
}

void PushPreview::setOver(Card& card, bool over)
{
    // Restyling costs more than the rest of an update: only when the state changes.
    if (card.over == over)
        return;
    card.over = over;
    applyColors();
}

void PushPreview::clearPreview()
{
    for (Card* card : {&m_ios, &m_android}) {
        card->title->setFullText(QString());
        card->body->setFullText(QString());
        card->payload->clear();
        card->frame->hide();
    }
}

void PushPreview::applyColors()
{
    using namespace previewPalette;
    const bool dark = isDark(this);
    // A wallpaper behind frosted cards, as both lock screens look.
    m_screen->setStyleSheet(
        QStringLiteral(
            "QFrame#lockScreen { border-radius: 16px; background: qlineargradient(x1:0, y1:0, x2:1, "
            "y2:1, stop:0 %1, stop:1 %2); }"
            "QLabel { color: %3; background: transparent; }")
            .arg(dark ? u"#1e3a5f"_s : u"#9ec5f8"_s, dark ? u"#3b1f4f"_s : u"#d8b4fe"_s,
                 dark ? u"#e6e8eb"_s : u"#1f2328"_s));
    const QString cardColor = dark ? u"rgba(40, 40, 44, 0.88)"_s : u"rgba(255, 255, 255, 0.86)"_s;
    const QString text = dark ? u"#f2f2f7"_s : u"#111111"_s;
    for (Card* card : {&m_ios, &m_android}) {
        const bool ios = card == &m_ios;
        card->frame->setStyleSheet(QStringLiteral(".QFrame { background: %1; border-radius: %2px; }"
                                                  "QLabel { background: transparent; color: %3; }"
                                                  "QLabel#appName { color: %4; }")
                                       .arg(cardColor)
                                       .arg(ios ? 14 : 20)
                                       .arg(text, dark ? u"#aeb3ba"_s : u"#5b616b"_s));
        // Red on the wallpaper needs the light variant in both looks.
        card->payload->setStyleSheet(
            card->over
                ? QStringLiteral("color: %1; font-weight: bold;").arg(dark ? u"#ff9b93"_s : u"#a40e26"_s)
                : QString());
        card->icon->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: %2px;"
                                                 " font-weight: bold;")
                                      .arg(avatar(appName()).name())
                                      .arg(ios ? 5 : 10));
    }
}

} // namespace facet
