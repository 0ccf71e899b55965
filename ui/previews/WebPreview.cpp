// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/WebPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/InboxRow.h"
#include "ui/previews/PreviewPalette.h"
#include "ui/previews/PreviewWebPage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

// setHtml() passes the page as a data: URL, which Chromium limits to 2 MB; larger pages go through a file.
constexpr qsizetype MaxInlineBytes = 1536 * 1024;
constexpr int MobileHeight = 844;
constexpr int CompactHeight = 230;
constexpr int CompactEmailWidth = 640;

} // namespace

WebPreview::WebPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_stage(new QWidget(this))
    , m_device(new QFrame(m_stage))
    , m_note(new QLabel(this))
{
    m_stage->setObjectName(u"webStage"_s);
    m_device->setObjectName(u"deviceFrame"_s);
    m_note->setObjectName(u"browserNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    editorPalette::makeSmall(m_note);

    auto* deviceLayout = new QVBoxLayout(m_device);
    deviceLayout->setContentsMargins(1, 1, 1, 1);
    if (qEnvironmentVariableIsSet("FACET_NO_WEBENGINE")) {
        useFallback(
            tr("The browser engine is turned off (FACET_NO_WEBENGINE); this is a simplified rendering "
               "without the page's styles."));
    } else {
        m_web = new QWebEngineView(m_device);
        m_web->setObjectName(u"webView"_s);
        m_web->setPage(new PreviewWebPage(m_web));
        m_web->setContextMenuPolicy(Qt::NoContextMenu);
        // A thumbnail is looked at, not scrolled: scroll bars would only take its room.
        if (isCompact())
            m_web->page()->settings()->setAttribute(QWebEngineSettings::ShowScrollBars, false);
        m_web->setFocusPolicy(isCompact() ? Qt::NoFocus : Qt::StrongFocus);
        deviceLayout->addWidget(m_web);
        connect(m_web, &QWebEngineView::loadFinished, this, &WebPreview::onLoadFinished);
        connect(m_web->page(), &QWebEnginePage::renderProcessTerminated, this,
                [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                    if (status == QWebEnginePage::NormalTerminationStatus)
                        return;
                    useFallback(
                        tr("The browser engine stopped (exit code %1); this is a simplified rendering "
                           "without the page's styles.")
                            .arg(code));
                });
    }
    if (isCompact())
        m_stage->setFixedHeight(CompactHeight);
    else
        m_stage->setMinimumHeight(260);
    m_stage->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (isEmail()) {
        m_inbox = new InboxRow(isCompact(), this);
        m_inbox->setSender(channel.settings.value(u"sender"_s).toString());
        layout->addWidget(m_inbox);
    }
    layout->addWidget(m_note);
    layout->addWidget(m_stage, 1);
    applyColors();
}

WebPreview::~WebPreview() = default;

bool WebPreview::isEmail() const
{
    return channel().kind == u"email";
}

QWidget* WebPreview::headerControls()
{
    if (isCompact())
        return nullptr;
    if (m_controls)
        return m_controls;
    m_controls = new QWidget(this);
    auto* group = new QButtonGroup(m_controls);
    auto* desktop = new QToolButton(m_controls);
    desktop->setObjectName(u"widthDesktop"_s);
    desktop->setText(tr("Desktop"));
    desktop->setToolTip(tr("As a %1 px wide desktop browser shows it, scaled to fit").arg(DesktopWidth));
    auto* mobile = new QToolButton(m_controls);
    mobile->setObjectName(u"widthMobile"_s);
    mobile->setText(tr("Mobile"));
    mobile->setToolTip(tr("As a %1 px wide phone shows it").arg(MobileWidth));
    for (QToolButton* button : {desktop, mobile}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    (m_mobile ? mobile : desktop)->setChecked(true);
    connect(mobile, &QToolButton::toggled, this, &WebPreview::setMobile);
    auto* layout = new QHBoxLayout(m_controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(desktop);
    layout->addWidget(mobile);
    return m_controls;
}

void WebPreview::setMobile(bool mobile)
{
    if (m_mobile == mobile)
        return;
    m_mobile = mobile;
    if (m_controls)
        if (auto* button = m_controls->findChild<QToolButton*>(mobile ? u"widthMobile"_s : u"widthDesktop"_s))
            button->setChecked(true);
    applyColors();
    layoutStage();
}

void WebPreview::showRendering(const Rendering& rendering)
{
    if (m_inbox)
        m_inbox->setMessage(rendering.text(u"subject"_s), rendering.text(u"preheader"_s));
    const QString html = rendering.text(isEmail() ? u"html"_s : u"page"_s);
    m_device->show();
    if (html == m_html && !m_dirty)
        return; // a change elsewhere in the record: no reload, no flicker
    m_html = html;
    m_dirty = true;
    load();
}

void WebPreview::clearPreview()
{
    if (m_inbox)
        m_inbox->clear();
    m_html.clear();
    m_dirty = false;
    m_loaded = false;
    if (m_web)
        m_web->setHtml(QString());
    if (m_fallback)
        m_fallback->clear();
    m_device->hide();
}

void WebPreview::showEvent(QShowEvent* event)
{
    PreviewView::showEvent(event);
    layoutStage();
    load();
}

void WebPreview::load()
{
    // Hidden previews (other tabs) load when they are shown: typing reloads only what can be seen.
    if (!m_dirty || !isVisible())
        return;
    m_dirty = false;
    m_loaded = false;
    if (m_fallback) {
        m_fallback->setHtml(m_html);
        m_loaded = true;
        return;
    }
    m_scroll = scrollPosition();
    const QByteArray bytes = m_html.toUtf8();
    if (bytes.size() <= MaxInlineBytes) {
        m_web->setHtml(m_html);
        return;
    }
    if (!m_largePages)
        m_largePages = std::make_unique<QTemporaryDir>();
    QFile file(m_largePages->filePath(u"preview.html"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        m_note->setText(tr("The page is too large to preview (%1 bytes).").arg(bytes.size()));
        m_note->show();
        return;
    }
    file.close();
    m_web->load(QUrl::fromLocalFile(file.fileName()));
}

void WebPreview::onLoadFinished(bool ok)
{
    if (!m_web)
        return;
    m_loaded = ok;
    // Chromium keeps the zoom per site; a new page may come back at 100 %.
    m_web->setZoomFactor(m_zoom);
    // Re-rendering while typing must not jump back to the top of a long page.
    if (!m_scroll.isNull())
        scrollTo(m_scroll);
}

QPointF WebPreview::scrollPosition() const
{
    // The page reports device pixels; scrollTo() takes CSS pixels.
    return m_web ? m_web->page()->scrollPosition() / m_zoom : QPointF();
}

void WebPreview::scrollTo(const QPointF& position)
{
    // Runs in Facet's own script world: the page's scripts stay off.
    if (m_web)
        m_web->page()->runJavaScript(u"window.scrollTo(%1, %2);"_s.arg(position.x()).arg(position.y()),
                                     QWebEngineScript::ApplicationWorld);
}

bool WebPreview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_stage && event->type() == QEvent::Resize)
        layoutStage();
    return PreviewView::eventFilter(watched, event);
}

void WebPreview::layoutStage()
{
    const QRect area = m_stage->rect();
    if (area.isEmpty())
        return;
    const int bezel = m_mobile ? (isCompact() ? 3 : 10) : 1;
    const int margin = m_mobile && !isCompact() ? 8 : 0;
    const int inner = qMax(1, area.width() - 2 * bezel - 2 * margin);
    // An overview card shows a whole email at its usual 600 px across, a web page at desktop width.
    const int cssWidth =
        m_mobile ? MobileWidth : (isCompact() && isEmail() ? CompactEmailWidth : DesktopWidth);
    // QWebEngineView zooms between 25 % and 500 %; the page is laid out at inner / zoom CSS pixels.
    m_zoom = qBound(0.25, qreal(inner) / cssWidth, 1.0);
    const int viewWidth = m_mobile ? qMin(inner, qRound(cssWidth * m_zoom)) : inner;
    const int available = area.height() - 2 * bezel - 2 * margin;
    const int viewHeight =
        m_mobile && !isCompact() ? qMin(available, qRound(MobileHeight * m_zoom)) : available;
    const QSize frame(viewWidth + 2 * bezel, qMax(1, viewHeight) + 2 * bezel);
    m_device->setGeometry(QRect(QPoint((area.width() - frame.width()) / 2, margin), frame));
    m_device->layout()->setContentsMargins(bezel, bezel, bezel, bezel);
    if (m_web && !qFuzzyCompare(m_web->zoomFactor(), m_zoom))
        m_web->setZoomFactor(m_zoom);
}

void WebPreview::useFallback(const QString& reason)
{
    if (m_web) {
        m_web->hide();
        m_web->deleteLater();
        m_web = nullptr;
    }
    if (!m_fallback) {
        m_fallback = new QTextBrowser(m_device);
        m_fallback->setObjectName(u"webFallback"_s);
        m_fallback->setOpenLinks(false);
        m_device->layout()->addWidget(m_fallback);
    }
    m_note->setText(reason);
    editorPalette::setTextColor(m_note, previewPalette::muted(this));
    m_note->show();
    m_dirty = !m_html.isEmpty();
    load();
}

void WebPreview::applyColors()
{
    using namespace previewPalette;
    m_stage->setAutoFillBackground(false);
    const QString frame = m_mobile
                              ? QStringLiteral("QFrame#deviceFrame { background: %1; border-radius: %2px; }")
                                    .arg(bezel(this).name())
                                    .arg(isCompact() ? 12 : 24)
                              : QStringLiteral("QFrame#deviceFrame { background: %1; border: 1px solid %2; }")
                                    .arg(card(this).name(), border(this).name());
    m_device->setStyleSheet(frame);
}

} // namespace facet
