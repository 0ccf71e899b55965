// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/RenderService.h"
#include "models/rendering/Rendering.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace facet {

class PreviewBrowser;
class Workspace;

// The template editor's right side: one product in one locale rendered with the template as it is being
// edited, unsaved, with what the channel's rules find. Rendering runs on the thread pool; only the newest
// request is shown.
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget* parent = nullptr);
    ~TemplatePreview() override;

    void setWorkspace(Workspace* workspace);
    // The channel and template being edited; picks the channel's first locale when the current one is not
    // among its locales.
    void setTemplate(const QString& channel, const QString& name);
    // The unsaved source to render in place of the stored one.
    void setSource(const QString& source) { m_source = source; }
    void setProduct(const QString& sku);
    QString currentSku() const { return m_sku; }
    void setLocale(const QString& locale);
    QString currentLocale() const;
    // Forgets the workspace's templates and structure read so far, after they changed.
    void invalidate() { m_snapshot.reset(); }
    // Renders in the background; rendered() tells when the result is shown.
    void refresh();
    // Says that what is shown comes from an earlier source, while the current one cannot be rendered.
    void setStale();
    const Rendering& lastRendering() const { return m_last; }

    QLineEdit* productEdit() const { return m_product; }

Q_SIGNALS:
    void rendered();

private:
    void searchProducts();
    void showRendering(const Rendering& rendering);
    void showMessage(const QString& message);
    void setStatus(const QString& text);
    std::shared_ptr<const RenderService::Snapshot> snapshot();

    Workspace* m_workspace = nullptr;
    QString m_channel;
    QString m_name;
    QString m_source;
    QString m_sku;
    std::shared_ptr<const RenderService::Snapshot> m_snapshot;
    quint64 m_ticket = 0;
    Rendering m_last;

    QLineEdit* m_product;
    QStandardItemModel* m_products;
    QTimer* m_searchTimer;
    QComboBox* m_locale;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_text;
    PreviewBrowser* m_html;
    QLabel* m_status;
    QListWidget* m_findings;
};

} // namespace facet
