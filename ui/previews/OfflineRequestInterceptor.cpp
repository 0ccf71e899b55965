// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/OfflineRequestInterceptor.h"

namespace facet {

OfflineRequestInterceptor::OfflineRequestInterceptor(QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void OfflineRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == u"data" || scheme == u"about" || scheme == u"blob")
        return;
    // A rendering too large for setHtml() is shown from a temporary file; nothing else is read from disk.
    if (scheme == u"file" && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        return;
    info.block(true);
}

} // namespace facet
