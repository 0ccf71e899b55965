// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplatePreview.h"

#include "models/storage/Workspace.h"
#include "ui/templates/PreviewBrowser.h"

#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

namespace {

constexpr int SkuRole = Qt::UserRole;
constexpr int SearchDelayMs = 200;
constexpr int SearchLimit = 30;

QString productText(const ProductRow& row)
{
    return row.label.isEmpty() || row.label == row.sku ? row.sku
                                                       : row.sku + QStringLiteral(" — ") + row.label;
}

// "segments 2 · encoding GSM-7": the kind's counters as a reader scans them.
QString measuresText(const QVariantMap& measures)
{
    QStringList parts;
    for (auto it = measures.cbegin(); it != measures.cend(); ++it)
        parts << QString(it.key()).replace(u'_', u' ') + u' ' + it.value().toString();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

TemplatePreview::TemplatePreview(QWidget* parent)
    : QWidget(parent)
    , m_product(new QLineEdit(this))
    , m_products(new QStandardItemModel(this))
    , m_searchTimer(new QTimer(this))
    , m_locale(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_html(new PreviewBrowser(this))
    , m_status(new QLabel(this))
    , m_findings(new QListWidget(this))
{
    m_product->setObjectName(QStringLiteral("previewProduct"));
    m_product->setPlaceholderText(tr("Search by SKU or name…"));
    m_product->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_products, this);
    // The model already holds the search's hits; the completer only shows them.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_product->setCompleter(completer);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &TemplatePreview::searchProducts);
    connect(m_product, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString sku = index.data(SkuRole).toString();
                // The completer writes the row's text after this signal; set ours once it has.
                QTimer::singleShot(0, this, [this, sku] { setProduct(sku); });
            });

    m_locale->setObjectName(QStringLiteral("previewLocale"));
    connect(m_locale, &QComboBox::currentIndexChanged, this, [this] { refresh(); });

    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_html->setObjectName(QStringLiteral("previewHtml"));
    m_html->setOpenLinks(false);
    m_html->setToolTip(tr("An approximate preview: simple HTML and CSS only, hidden elements are shown."));
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_html);

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("previewFindings"));
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Locale:"), m_locale);

    auto* findingsBox = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsLabel = new QLabel(tr("Findings"), findingsBox);
    findingsLabel->setBuddy(m_findings);
    findingsLayout->addWidget(findingsLabel);
    findingsLayout->addWidget(m_findings);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_pages);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 120});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

TemplatePreview::~TemplatePreview() = default;

void TemplatePreview::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_snapshot.reset();
    m_channel.clear();
    m_name.clear();
    m_sku.clear();
    m_product->clear();
    m_products->clear();
    if (workspace) {
        searchProducts();
        // Something to look at from the start: the first product.
        if (m_products->rowCount() > 0)
            setProduct(m_products->item(0)->data(SkuRole).toString());
    }
}

void TemplatePreview::setTemplate(const QString& channel, const QString& name)
{
    m_channel = channel;
    m_name = name;
    const Channel* c = m_workspace ? m_workspace->catalog().channel(channel) : nullptr;
    const QStringList locales =
        !c ? QStringList() : (c->locales.isEmpty() ? m_workspace->catalog().localeCodes() : c->locales);
    const QString previous = currentLocale();
    const QSignalBlocker blocker(m_locale);
    m_locale->clear();
    for (const QString& locale : locales)
        m_locale->addItem(locale, locale);
    m_locale->setCurrentIndex(qMax(0, m_locale->findData(previous)));
}

void TemplatePreview::setProduct(const QString& sku)
{
    m_sku = sku;
    ProductQuery query;
    query.search = sku;
    query.limit = 5;
    QString text = sku;
    if (m_workspace) {
        for (const ProductRow& row : m_workspace->products(query))
            if (row.sku == sku)
                text = productText(row);
    }
    m_product->setText(text);
    m_product->setCursorPosition(0);
    refresh();
}

void TemplatePreview::setLocale(const QString& locale)
{
    m_locale->setCurrentIndex(m_locale->findData(locale));
}

QString TemplatePreview::currentLocale() const
{
    return m_locale->currentData().toString();
}

void TemplatePreview::searchProducts()
{
    if (!m_workspace)
        return;
    ProductQuery query;
    query.search = m_product->text().section(QStringLiteral(" — "), 0, 0).trimmed();
    query.limit = SearchLimit;
    m_products->clear();
    for (const ProductRow& row : m_workspace->products(query)) {
        auto* item = new QStandardItem(productText(row));
        item->setData(row.sku, SkuRole);
        m_products->appendRow(item);
    }
    if (m_product->hasFocus())
        m_product->completer()->complete();
}

std::shared_ptr<const RenderService::Snapshot> TemplatePreview::snapshot()
{
    // Pictures are embedded in the preview, so it needs the files themselves.
    if (!m_snapshot && m_workspace)
        m_snapshot = RenderService::snapshot(*m_workspace, true);
    return m_snapshot;
}

void TemplatePreview::refresh()
{
    ++m_ticket; // whatever is still rendering is no longer wanted
    if (!m_workspace || m_channel.isEmpty() || currentLocale().isEmpty())
        return showMessage(QString());
    if (m_sku.isEmpty())
        return showMessage(tr("Choose a product to preview."));
    Status status;
    const auto record = m_workspace->record(m_sku, &status);
    if (!record)
        return showMessage(status.message());
    // The snapshot with this one template replaced by what is in the editor; saved versions stay untouched.
    auto edited = std::make_shared<RenderService::Snapshot>(*snapshot());
    for (ChannelTemplate& t : edited->templates[m_channel]) {
        if (t.name == m_name) {
            t.source = m_source;
            t.version = -1;
        }
    }
    const quint64 ticket = m_ticket;
    QtConcurrent::run([edited, record = *record, channel = m_channel, locale = currentLocale()] {
        return RenderService(edited, TemplateContext::AssetLinks::Embedded).render(record, channel, locale);
    }).then(this, [this, ticket](const Rendering& rendering) {
        if (ticket == m_ticket)
            showRendering(rendering);
    });
}

void TemplatePreview::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void TemplatePreview::setStale()
{
    ++m_ticket;
    setStatus(tr("The template has an error: this is the preview of its last correct state."));
}

void TemplatePreview::showMessage(const QString& message)
{
    m_last = Rendering{};
    setStatus(message);
    m_text->clear();
    m_html->showHtml(QString());
    m_findings->clear();
}

void TemplatePreview::showRendering(const Rendering& rendering)
{
    m_last = rendering;
    m_findings->clear();
    if (!rendering.ok()) {
        setStatus(rendering.error);
        m_text->clear();
        m_html->showHtml(QString());
        m_pages->setCurrentWidget(m_text);
        Q_EMIT rendered();
        return;
    }
    const RenderedPart* part = rendering.part(m_name);
    if (part && part->mediaType == u"text/html") {
        // Shown first, so the pictures are fitted to the width the page really has.
        m_pages->setCurrentWidget(m_html);
        m_html->showHtml(part->text());
    } else {
        m_text->setPlainText(part ? part->text() : QString());
        m_pages->setCurrentWidget(m_text);
    }
    setStatus(measuresText(rendering.measures));
    for (const Finding& f : rendering.findings) {
        QString text = f.rule + QStringLiteral(": ") + f.message;
        if (!f.measured.isEmpty())
            text += f.limit.isEmpty() ? QStringLiteral(" (%1)").arg(f.measured)
                                      : QStringLiteral(" (%1 / %2)").arg(f.measured, f.limit);
        const QStyle::StandardPixmap icon =
            f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), text, m_findings);
        item->setToolTip(Finding::severityName(f.severity));
    }
    if (rendering.findings.isEmpty())
        new QListWidgetItem(tr("Nothing to report."), m_findings);
    Q_EMIT rendered();
}

} // namespace facet
