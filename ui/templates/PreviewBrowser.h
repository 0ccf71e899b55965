// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class QTimer;

namespace facet {

// Shows a rendering's HTML. Renderings embed their pictures as data: URLs; SVG ones are drawn here, since Qt
// reads SVG files only when its optional image plugin is installed.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget* parent = nullptr);

    // Replaces the shown HTML; pictures wider than the view are scaled down to fit, as a mail client or a
    // narrow browser window would (QTextDocument knows no max-width), again whenever the view is resized.
    void showHtml(const QString& html);

    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitImages();

    QString m_html;
    QTimer* m_refit;
};

} // namespace facet
