// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/PreviewPanel.h"

#include "models/editing/RecordDocument.h"
#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/editor/RecordEditor.h"
#include "ui/previews/AllChannelsView.h"
#include "ui/previews/ChannelPreview.h"
#include "ui/previews/PreviewRenderer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

const auto TabPrefix = u"previewTab:"_s;
const auto AllTab = u"previewTab:all"_s;

// Everything about the channels the previews are built from; a template change leaves it alone.
QString channelSignature(const Catalog* catalog)
{
    if (!catalog)
        return {};
    QStringList parts;
    for (const Channel& c : catalog->channels) {
        QStringList labels;
        for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
            labels << it.key() + u'=' + it.value();
        parts << c.code + u'|' + c.kind + u'|' + labels.join(u',') + u'|' + c.locales.join(u',') + u'|' +
                     QString::fromUtf8(QJsonDocument(c.settings).toJson(QJsonDocument::Compact));
    }
    return parts.join(u'\n') + u'\n' + catalog->localeCodes().join(u',');
}

} // namespace

PreviewPanel::PreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new PreviewRenderer(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_all(new AllChannelsView(this))
    , m_localeBox(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_modeBox(new QComboBox(this))
{
    setObjectName(u"previewPanel"_s);
    m_empty->setObjectName(u"previewEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    editorPalette::setTextColor(m_empty, editorPalette::muted(m_empty));
    m_tabs->setObjectName(u"previewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_localeBox->setObjectName(u"previewLocale"_s);
    m_localeBox->setToolTip(tr("The locale to preview; a channel offers only its own locales"));
    m_localeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(u"previewStatus"_s);
    editorPalette::makeSmall(m_status);
    editorPalette::setTextColor(m_status, editorPalette::muted(m_status));

    auto* title = new QLabel(tr("Channel previews"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_modeBox->setObjectName(u"previewMode"_s);
    m_modeBox->addItem(tr("Working draft"), int(Mode::Draft));
    m_modeBox->addItem(tr("What channels get now"), int(Mode::Effective));
    m_modeBox->setToolTip(tr("Preview the working draft as it is typed, or what each channel gets now: the "
                             "newest revision approved up to the channel's release level"));
    m_modeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* localeLabel = new QLabel(tr("&Locale:"), this);
    localeLabel->setBuddy(m_localeBox);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(8, 0, 4, 0);
    header->addWidget(title);
    header->addSpacing(8);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(localeLabel);
    header->addWidget(m_localeBox);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    // A row of its own: beside the title and the locale it would squeeze a narrow panel.
    auto* modeRow = new QHBoxLayout;
    modeRow->setContentsMargins(8, 0, 4, 0);
    auto* modeLabel = new QLabel(tr("&Show:"), this);
    modeLabel->setBuddy(m_modeBox);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_modeBox);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);
    layout->addWidget(m_pages, 1);

    connect(m_renderer, &PreviewRenderer::snapshotChanged, this, &PreviewPanel::onSnapshotChanged);
    connect(m_renderer, &PreviewRenderer::rendered, this, &PreviewPanel::onRendered);
    connect(m_renderer, &PreviewRenderer::pendingChanged, this, &PreviewPanel::onPendingChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PreviewPanel::onTabChanged);
    connect(m_modeBox, &QComboBox::activated, this,
            [this](int index) { setMode(Mode(m_modeBox->itemData(index).toInt())); });
    connect(m_localeBox, &QComboBox::activated, this,
            [this](int index) { setLocale(m_localeBox->itemData(index).toString()); });
    connect(m_all, &AllChannelsView::openRequested, this, &PreviewPanel::showChannel);
    connect(m_all, &AllChannelsView::fieldRequested, this, &PreviewPanel::fieldRequested);
    rebuild();
}

PreviewPanel::~PreviewPanel() = default;

bool PreviewPanel::event(QEvent* event)
{
    const bool result = QWidget::event(event);
    // Labels given a colour of their own keep it through a theme change unless told again.
    if (event->type() == QEvent::PaletteChange) {
        editorPalette::setTextColor(m_empty, editorPalette::muted(m_empty));
        editorPalette::setTextColor(m_status, editorPalette::muted(m_status));
    }
    return result;
}

void PreviewPanel::attach(RecordEditor* editor)
{
    setDocument(editor->document());
    connect(this, &PreviewPanel::fieldRequested, editor, &RecordEditor::focusValue);
}

void PreviewPanel::setDocument(RecordDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &RecordDocument::loaded, this, &PreviewPanel::onLoaded);
        connect(document, &RecordDocument::valueChanged, this, &PreviewPanel::onValueChanged);
    }
    onLoaded();
}

void PreviewPanel::syncWorkspace()
{
    Workspace* workspace = m_document ? m_document->workspace() : nullptr;
    if (workspace != m_workspace) {
        if (m_workspace)
            m_workspace->disconnect(this);
        m_workspace = workspace;
        qDeleteAll(m_effectiveRenderers);
        m_effectiveRenderers.clear();
        m_effective.clear();
        if (workspace) {
            connect(workspace, &Workspace::revisionsChanged, this, [this](const QString& sku) {
                if (m_document && m_document->isLoaded() && sku == m_document->sku())
                    updateEffective();
            });
            connect(workspace, &Workspace::workflowChanged, this, &PreviewPanel::updateEffective);
            connect(workspace, &Workspace::recordSaved, this, [this](const QString& sku) {
                if (m_document && m_document->isLoaded() && sku == m_document->sku())
                    updateEffective();
            });
        }
    }
    if (workspace != m_renderer->workspace())
        m_renderer->setWorkspace(workspace); // announces a new snapshot: rebuild()
}

QString PreviewPanel::labelLocale() const
{
    const Catalog* catalog = m_renderer->catalog();
    if (!catalog)
        return QLocale().name();
    return catalog->hasLocale(QLocale().name()) ? QLocale().name() : catalog->defaultLocale();
}

void PreviewPanel::onSnapshotChanged()
{
    // Rebuilding would throw away the views (and a web page's scroll position) for nothing when only the
    // templates changed.
    const QString signature = channelSignature(m_renderer->catalog());
    if (signature != m_signature || signature.isEmpty()) {
        rebuild();
        return;
    }
    if (m_document && m_document->isLoaded())
        m_renderer->renderNow(m_document->record());
    // Channel levels live in the structure: what a channel gets may have changed.
    updateEffective();
}

void PreviewPanel::rebuild()
{
    m_signature = channelSignature(m_renderer->catalog());
    const QString current = currentChannel();
    m_filling = true;
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != m_all)
            page->deleteLater();
    }
    m_previews.clear();
    const Catalog* catalog = m_renderer->catalog();
    m_all->setChannels(catalog ? catalog->channels : QList<Channel>());
    if (!catalog) {
        m_filling = false;
        showEmpty(tr("Open a workspace to preview its channels."));
        return;
    }
    if (!catalog->hasLocale(m_locale))
        m_locale = labelLocale();

    m_all->setProperty("tabName", AllTab);
    m_tabs->addTab(m_all, tr("All channels"));
    m_tabs->setTabToolTip(0, tr("Every channel of the product side by side"));
    const QString language = labelLocale();
    for (const Channel& channel : catalog->channels) {
        auto* preview = new ChannelPreview(channel, PreviewView::Size::Full);
        connect(preview, &ChannelPreview::fieldRequested, this, &PreviewPanel::fieldRequested);
        auto* page = new QScrollArea;
        page->setObjectName(TabPrefix + channel.code);
        page->setProperty("tabName", QString(TabPrefix + channel.code));
        page->setWidget(preview);
        page->setWidgetResizable(true);
        page->setFrameShape(QFrame::NoFrame);
        page->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        preview->setContentsMargins(8, 0, 8, 8);
        m_previews.insert(channel.code, preview);
        const int index = m_tabs->addTab(page, channel.label(language));
        m_tabs->setTabToolTip(index, tr("%1 · %2 channel").arg(channel.label(language), channel.kind));
    }
    m_filling = false;
    showChannel(current);
    updateTargets();
    updateTitles();
    fillLocaleBox();
    if (m_document && m_document->isLoaded() && m_document->workspace() == m_renderer->workspace()) {
        m_pages->setCurrentWidget(m_tabs);
        m_renderer->renderNow(m_document->record());
        updateEffective();
    } else {
        showEmpty(tr("Select a product to preview it in every channel."));
    }
}

void PreviewPanel::onLoaded()
{
    syncWorkspace();
    if (!m_document || !m_document->isLoaded() || !m_renderer->catalog()) {
        m_renderer->clear();
        showEmpty(m_renderer->catalog() ? tr("Select a product to preview it in every channel.")
                                        : tr("Open a workspace to preview its channels."));
        return;
    }
    m_pages->setCurrentWidget(m_tabs);
    // Hidden previews (View ▸ Channel previews off) cost nothing; they catch up when shown.
    if (!isVisible()) {
        m_renderer->clear();
        m_stale = true;
        return;
    }
    m_renderer->renderNow(m_document->record());
    updateEffective();
}

void PreviewPanel::onValueChanged()
{
    if (!m_document || !m_document->isLoaded())
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_renderer->scheduleRender(m_document->record());
    updateBadges();
}

void PreviewPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_document && m_document->isLoaded() && m_renderer->catalog()) {
        m_stale = false;
        m_renderer->renderNow(m_document->record());
        updateEffective();
    }
}

void PreviewPanel::onRendered(const QList<Rendering>& renderings)
{
    if (m_mode != Mode::Draft)
        return;
    for (const Rendering& rendering : renderings) {
        if (ChannelPreview* full = preview(rendering.channel))
            full->setRendering(rendering);
        if (ChannelPreview* compact = compactPreview(rendering.channel))
            compact->setRendering(rendering);
    }
    if (!m_renderer->isPending())
        Q_EMIT updated();
}

void PreviewPanel::onPendingChanged(bool pending)
{
    if (m_mode == Mode::Effective && sender() == m_renderer)
        return;
    m_status->setText(pending ? tr("Updating…") : QString());
    for (ChannelPreview* p : std::as_const(m_previews))
        p->setPending(pending);
    for (ChannelPreview* p : m_all->previews())
        p->setPending(pending);
}

void PreviewPanel::showEmpty(const QString& message)
{
    m_empty->setText(message);
    m_pages->setCurrentWidget(m_empty);
    for (ChannelPreview* p : std::as_const(m_previews))
        p->clearRendering();
    for (ChannelPreview* p : m_all->previews())
        p->clearRendering();
}

void PreviewPanel::onTabChanged()
{
    m_renderer->setPriority(currentChannel());
    if (!m_filling)
        fillLocaleBox();
}

void PreviewPanel::showChannel(const QString& channel)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("tabName").toString() == TabPrefix + channel) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    m_tabs->setCurrentWidget(m_all);
}

QString PreviewPanel::currentChannel() const
{
    const QWidget* page = m_tabs->currentWidget();
    const QString name = page ? page->property("tabName").toString() : QString();
    return name == AllTab ? QString() : name.mid(TabPrefix.size());
}

QStringList PreviewPanel::channels() const
{
    QStringList codes;
    if (const Catalog* catalog = m_renderer->catalog())
        for (const Channel& c : catalog->channels)
            codes << c.code;
    return codes;
}

ChannelPreview* PreviewPanel::preview(const QString& channel) const
{
    return m_previews.value(channel);
}

ChannelPreview* PreviewPanel::compactPreview(const QString& channel) const
{
    return m_all->preview(channel);
}

bool PreviewPanel::isUpdating() const
{
    if (m_mode == Mode::Draft)
        return m_renderer->isPending();
    return std::any_of(m_effectiveRenderers.cbegin(), m_effectiveRenderers.cend(),
                       [](const PreviewRenderer* r) { return r->isPending(); });
}

void PreviewPanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    if (!m_document || !m_document->isLoaded() || !m_renderer->catalog())
        return;
    if (mode == Mode::Draft)
        m_renderer->renderNow(m_document->record());
    else
        updateEffective();
}

bool PreviewPanel::differsFromDraft(const QString& channel) const
{
    if (!m_document || !m_document->isLoaded())
        return false;
    const QString hash = m_effective.value(channel);
    return hash.isEmpty() || hash != m_document->record().contentHash();
}

void PreviewPanel::updateEffective()
{
    m_effective.clear();
    if (!m_workspace || !m_document || !m_document->isLoaded()) {
        updateBadges();
        return;
    }
    const QString sku = m_document->sku();
    for (const QString& channel : channels()) {
        const std::optional<RevisionState> state = m_workspace->effectiveRevision(sku, channel);
        m_effective.insert(channel, state ? state->revision.hash : QString());
        if (state)
            m_effectiveContent.insert(state->revision.hash, state->revision.content);
    }
    updateBadges();
    if (m_mode == Mode::Effective && isVisible())
        renderEffective();
}

void PreviewPanel::updateBadges()
{
    const QString draft =
        m_document && m_document->isLoaded() ? m_document->record().contentHash() : QString();
    const Catalog* catalog = m_renderer->catalog();
    for (const QString& channel : channels()) {
        const Channel* c = catalog ? catalog->channel(channel) : nullptr;
        const int level = c ? c->requiredLevel : 0;
        const QString hash = m_effective.value(channel);
        QString text;
        QString tip;
        bool warn = false;
        if (draft.isEmpty()) {
            // Nothing loaded: no badge.
        } else if (hash.isEmpty()) {
            text = tr("Not released");
            tip = tr("No revision has reached this channel's release level (%1): it gets nothing yet.")
                      .arg(level);
            warn = m_mode == Mode::Draft;
        } else if (hash != draft) {
            text = m_mode == Mode::Draft ? tr("≠ Channel gets an older revision")
                                         : tr("≠ Differs from the draft");
            tip = tr("This channel gets revision %1; the working draft has changes that have not reached the "
                     "channel's release level (%2).")
                      .arg(hash.left(10))
                      .arg(level);
            warn = true;
        }
        if (ChannelPreview* p = preview(channel))
            p->setBadge(text, tip, warn);
        if (ChannelPreview* p = compactPreview(channel))
            p->setBadge(text, tip, warn);
    }
}

void PreviewPanel::renderEffective()
{
    QHash<QString, QList<RenderService::Target>> groups;
    for (const QString& channel : channels()) {
        const QString hash = m_effective.value(channel);
        if (hash.isEmpty()) {
            const QString message =
                tr("Nothing has reached this channel's release level yet: it gets nothing.");
            if (ChannelPreview* p = preview(channel))
                p->clearRendering(message);
            if (ChannelPreview* p = compactPreview(channel))
                p->clearRendering(message);
            continue;
        }
        const QString locale = localeFor(channel);
        if (!locale.isEmpty())
            groups[hash] << RenderService::Target{channel, locale};
    }
    for (auto it = m_effectiveRenderers.begin(); it != m_effectiveRenderers.end();) {
        if (groups.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_effectiveRenderers.erase(it);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const std::optional<MasterRecord> record =
            MasterRecord::fromCanonicalJson(m_effectiveContent.value(it.key()));
        if (!record)
            continue;
        PreviewRenderer* renderer = m_effectiveRenderers.value(it.key());
        if (!renderer) {
            renderer = new PreviewRenderer(this);
            renderer->setWorkspace(m_workspace);
            connect(renderer, &PreviewRenderer::rendered, this, &PreviewPanel::onEffectiveRendered);
            connect(renderer, &PreviewRenderer::pendingChanged, this,
                    &PreviewPanel::onEffectivePendingChanged);
            m_effectiveRenderers.insert(it.key(), renderer);
        }
        renderer->setTargets(it.value());
        renderer->setPriority(currentChannel());
        renderer->renderNow(*record);
    }
    onEffectivePendingChanged();
}

void PreviewPanel::onEffectiveRendered(const QList<Rendering>& renderings)
{
    if (m_mode != Mode::Effective)
        return;
    const QString hash = m_effectiveRenderers.key(qobject_cast<PreviewRenderer*>(sender()));
    for (const Rendering& rendering : renderings) {
        // A renderer may still deliver for a channel that has since moved to another revision.
        if (hash.isEmpty() || m_effective.value(rendering.channel) != hash)
            continue;
        if (ChannelPreview* full = preview(rendering.channel))
            full->setRendering(rendering);
        if (ChannelPreview* compact = compactPreview(rendering.channel))
            compact->setRendering(rendering);
    }
    if (!isUpdating())
        Q_EMIT updated();
}

void PreviewPanel::onEffectivePendingChanged()
{
    if (m_mode == Mode::Effective)
        onPendingChanged(isUpdating());
}

QString PreviewPanel::localeFor(const QString& channel) const
{
    const QStringList locales = m_renderer->locales(channel);
    return locales.contains(m_locale) ? m_locale : locales.value(0);
}

void PreviewPanel::setLocale(const QString& locale)
{
    if (locale.isEmpty() || locale == m_locale)
        return;
    m_locale = locale;
    updateTargets();
    updateTitles();
    fillLocaleBox();
    m_renderer->renderAgain();
    if (m_mode == Mode::Effective)
        renderEffective();
}

void PreviewPanel::fillLocaleBox()
{
    const Catalog* catalog = m_renderer->catalog();
    m_localeBox->clear();
    m_localeBox->setEnabled(catalog != nullptr);
    if (!catalog)
        return;
    const QString channel = currentChannel();
    const QStringList codes = channel.isEmpty() ? catalog->localeCodes() : m_renderer->locales(channel);
    const QString chosen = channel.isEmpty() ? m_locale : localeFor(channel);
    for (const Locale& locale : catalog->locales) {
        if (!codes.contains(locale.code))
            continue;
        m_localeBox->addItem(locale.label.isEmpty() ? locale.code : locale.label, locale.code);
        m_localeBox->setItemData(m_localeBox->count() - 1, locale.code, Qt::ToolTipRole);
    }
    m_localeBox->setCurrentIndex(m_localeBox->findData(chosen));
}

void PreviewPanel::updateTargets()
{
    QList<RenderService::Target> targets;
    for (const QString& channel : channels()) {
        const QString locale = localeFor(channel);
        if (!locale.isEmpty())
            targets << RenderService::Target{channel, locale};
    }
    m_renderer->setTargets(targets);
}

void PreviewPanel::updateTitles()
{
    const QString language = labelLocale();
    for (const QString& channel : channels()) {
        const QString locale = localeFor(channel);
        if (ChannelPreview* p = preview(channel))
            p->setTitle(language, locale);
        if (ChannelPreview* p = compactPreview(channel))
            p->setTitle(language, locale);
    }
}

} // namespace facet
