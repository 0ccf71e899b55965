// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

#include <QPointF>
#include <memory>

class QButtonGroup;
class QFrame;
class QLabel;
class QTemporaryDir;
class QTextBrowser;
class QWebEngineView;

namespace facet {

class InboxRow;

// A web page or an email in a real browser engine, at a desktop or a mobile width; an email with its inbox
// row above. Where the browser engine cannot run, a simplified rendering says so instead.
class WebPreview : public PreviewView
{
    Q_OBJECT

public:
    static constexpr int DesktopWidth = 1280;
    static constexpr int MobileWidth = 390;

    WebPreview(const Channel& channel, Size size, QWidget* parent = nullptr);
    ~WebPreview() override;

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;
    QWidget* headerControls() override;

    void setMobile(bool mobile);
    bool isMobile() const { return m_mobile; }
    bool usesBrowserEngine() const { return m_web != nullptr; }
    // The HTML given to the view (it may not have finished loading).
    QString html() const { return m_html; }
    // True once the view shows html().
    bool isLoaded() const { return m_loaded; }
    // In CSS pixels of the page, whatever the zoom.
    QPointF scrollPosition() const;
    void scrollTo(const QPointF& position);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void applyColors() override;

private:
    bool isEmail() const;
    void load();
    void layoutStage();
    void onLoadFinished(bool ok);
    void useFallback(const QString& reason);

    InboxRow* m_inbox = nullptr;
    QWidget* m_stage;
    QFrame* m_device;
    QWebEngineView* m_web = nullptr;
    QTextBrowser* m_fallback = nullptr;
    QLabel* m_note;
    QWidget* m_controls = nullptr;
    std::unique_ptr<QTemporaryDir> m_largePages;
    QString m_html;
    QPointF m_scroll;
    bool m_mobile = false;
    bool m_dirty = false;
    bool m_loaded = false;
    qreal m_zoom = 1.0;
};

} // namespace facet
