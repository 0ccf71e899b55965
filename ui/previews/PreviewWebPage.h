// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace facet {

// A page that only shows what the preview gives it: links clicked in a preview go nowhere, so the view
// never wanders off to the shop's real site or leaves a preview behind.
class PreviewWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit PreviewWebPage(QObject* parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
};

} // namespace facet
