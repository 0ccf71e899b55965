// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace facet {

// Keeps previews off the network: a rendering carries its pictures as data: URLs, and an email's tracking
// pixel or a page's remote font must not be fetched just because someone looked at a preview.
class OfflineRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit OfflineRequestInterceptor(QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
};

} // namespace facet
