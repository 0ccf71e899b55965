// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewWebPage.h"

#include "ui/previews/OfflineRequestInterceptor.h"

#include <QWebEngineSettings>

namespace facet {

PreviewWebPage::PreviewWebPage(QObject* parent)
    : QWebEnginePage(parent)
{
    setUrlRequestInterceptor(new OfflineRequestInterceptor(this));
    // Templates need no scripts, and mail clients run none.
    settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings()->setAttribute(QWebEngineSettings::ShowScrollBars, true);
}

bool PreviewWebPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(url)
    Q_UNUSED(isMainFrame)
    return type != NavigationTypeLinkClicked && type != NavigationTypeFormSubmitted;
}

} // namespace facet
