// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PostPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/PreviewPalette.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QRegularExpression>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

// The picture a rendering carries (raw bytes or a data: URL), if any.
QPixmap picture(const Rendering& rendering)
{
    for (const RenderedPart& part : rendering.parts) {
        if (!part.mediaType.startsWith(u"image/"))
            continue;
        QByteArray bytes = part.content;
        if (bytes.startsWith("data:"))
            bytes = QByteArray::fromBase64(bytes.mid(bytes.indexOf(',') + 1));
        QPixmap pixmap;
        if (pixmap.loadFromData(bytes))
            return pixmap;
    }
    return {};
}

} // namespace

PostPreview::PostPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_card(new QFrame(this))
    , m_avatar(new QLabel(m_card))
    , m_name(new QLabel(accountName(), m_card))
    , m_meta(new QLabel(m_card))
    , m_text(new QLabel(m_card))
{
    m_card->setObjectName(u"postCard"_s);
    m_avatar->setObjectName(u"postAvatar"_s);
    const int avatarSize = isCompact() ? 32 : 44;
    m_avatar->setFixedSize(avatarSize, avatarSize);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_avatar->setText(accountName().left(1).toUpper());
    m_name->setObjectName(u"postAccount"_s);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    const QString handle = channel.settings.value(u"handle"_s).toString();
    if (channel.kind == u"x")
        m_meta->setText(handle.isEmpty() ? tr("now") : tr("@%1 · now").arg(handle));
    else if (channel.kind == u"linkedin")
        m_meta->setText(tr("Company page · now"));
    else
        m_meta->setText(tr("Sponsored"));
    m_meta->setObjectName(u"postMeta"_s);
    editorPalette::makeSmall(m_meta);
    m_text->setObjectName(u"postText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_meta);
    auto* head = new QHBoxLayout;
    head->setSpacing(10);
    head->addWidget(m_avatar);
    head->addLayout(names, 1);

    auto* card = new QVBoxLayout(m_card);
    card->setContentsMargins(14, 12, 14, 14);
    card->setSpacing(10);
    card->addLayout(head);
    if (isInstagram()) {
        // Instagram puts the picture first and the caption under it.
        m_image = new QLabel(m_card);
        m_image->setObjectName(u"postImage"_s);
        m_image->setAlignment(Qt::AlignCenter);
        card->addWidget(m_image);
    }
    card->addWidget(m_text);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, isCompact() ? 0 : 8, 0, 0);
    layout->addWidget(m_card, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addStretch(1);
    applyColors();
    clearPreview();
}

bool PostPreview::isInstagram() const
{
    return channel().kind == u"instagram";
}

QString PostPreview::accountName() const
{
    const QString name = channel().settings.value(u"account_name"_s).toString();
    return name.isEmpty() ? tr("Your brand") : name;
}

QString PostPreview::decorate(const QString& text, const QColor& linkColor)
{
    static const QRegularExpression tokens(uR"re((https?://\S+)|((?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]+))re"_s);
    QString html;
    qsizetype at = 0;
    const QString open = u"<span style=\"color:%1;\">"_s.arg(linkColor.name());
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        html += text.mid(at, m.capturedStart() - at).toHtmlEscaped();
        html += open + m.captured().toHtmlEscaped() + u"</span>"_s;
        at = m.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    return html;
}

QString PostPreview::captionHtml() const
{
    const QString text = decorate(m_plain, previewPalette::link(this));
    // Instagram starts a caption with the account's name.
    return isInstagram() ? u"<b>%1</b> "_s.arg(accountName().toHtmlEscaped()) + text : text;
}

void PostPreview::showRendering(const Rendering& rendering)
{
    m_plain = rendering.text(u"post"_s);
    m_text->setText(captionHtml());
    m_text->setToolTip(QString());
    if (m_image)
        m_picture = picture(rendering);
    m_card->show();
    fit();
}

void PostPreview::resizeEvent(QResizeEvent* event)
{
    PreviewView::resizeEvent(event);
    fit();
}

void PostPreview::fit()
{
    const int cardWidth = qMin(isCompact() ? 300 : 440, qMax(200, contentsRect().width()));
    if (m_image) {
        // A square picture across the card, as the feed shows it.
        const int side = cardWidth - 28;
        m_image->setFixedSize(side, side);
        if (m_picture.isNull()) {
            m_image->setPixmap({});
            m_image->setText(tr("The post's picture"));
        } else {
            QPixmap scaled = m_picture.scaled(QSize(side, side) * devicePixelRatioF(),
                                              Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
            scaled.setDevicePixelRatio(devicePixelRatioF());
            m_image->setPixmap(scaled);
        }
    }
    fitWidth(m_card, cardWidth);
}

void PostPreview::clearPreview()
{
    m_plain.clear();
    m_picture = {};
    m_text->clear();
    if (m_image)
        m_image->clear();
    m_card->hide();
}

void PostPreview::applyColors()
{
    using namespace previewPalette;
    // The card's style sheet decides its labels' colours too: they no longer follow the palette.
    m_card->setStyleSheet(QStringLiteral("QFrame#postCard { background: %1; border: 1px solid %2;"
                                         " border-radius: 12px; }"
                                         "QLabel { color: %3; background: transparent; }"
                                         "QLabel#postMeta { color: %4; }"
                                         "QLabel#postImage { background: %5; color: %4; }")
                              .arg(card(this).name(), border(this).name(), text(this).name(),
                                   muted(this).name(),
                                   previewPalette::palette(this).color(QPalette::AlternateBase).name()));
    m_avatar->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: %2px;"
                                           " font-weight: bold;")
                                .arg(avatar(accountName()).name())
                                .arg(m_avatar->width() / 2));
    if (!m_plain.isEmpty())
        m_text->setText(captionHtml());
}

} // namespace facet
