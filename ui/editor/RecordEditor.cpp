// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/RecordEditor.h"

#include "models/editing/RecordDocument.h"
#include "models/record/RichText.h"
#include "models/storage/Workspace.h"
#include "ui/editor/CollapsibleSection.h"
#include "ui/editor/CompletenessPanel.h"
#include "ui/editor/EditorPalette.h"
#include "ui/editor/RecordForm.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace facet {

RecordEditor::RecordEditor(QWidget* parent)
    : QWidget(parent)
    , m_document(new RecordDocument(nullptr, this))
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("Select a product to edit it."), this))
    , m_banner(new QLabel(this))
    , m_completeness(new CompletenessPanel(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new RecordForm(m_document, this))
{
    setObjectName(QStringLiteral("recordEditor"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    editorPalette::setTextColor(m_emptyLabel, editorPalette::muted(m_emptyLabel));

    m_banner->setObjectName(QStringLiteral("saveErrorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_completenessSection = new CollapsibleSection(tr("Completeness"), this);
    m_completenessSection->setObjectName(QStringLiteral("section:completeness"));
    m_completenessScroll = new QScrollArea(m_completenessSection->body());
    m_completenessScroll->setWidget(m_completeness);
    m_completenessScroll->setWidgetResizable(true);
    m_completenessScroll->setFrameShape(QFrame::NoFrame);
    m_completenessScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A narrower editor wraps the missing lists onto more lines: the grid's height follows its width.
    m_completenessScroll->viewport()->installEventFilter(this);
    auto* completenessLayout = new QVBoxLayout(m_completenessSection->body());
    completenessLayout->setContentsMargins(0, 0, 0, 0);
    completenessLayout->addWidget(m_completenessScroll);

    m_scroll->setObjectName(QStringLiteral("recordFormScroll"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* editorPage = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(editorPage);
    pageLayout->setContentsMargins(12, 8, 0, 0);
    pageLayout->setSpacing(6);
    pageLayout->addWidget(createHeader());
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(m_completenessSection);
    pageLayout->addWidget(m_scroll, 1);

    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(editorPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_document, &RecordDocument::modifiedChanged, this, [this](bool modified) {
        updateHeader();
        Q_EMIT modifiedChanged(modified);
    });
    connect(m_document, &RecordDocument::completenessChanged, this, &RecordEditor::updateCompleteness);
    connect(m_document, &RecordDocument::valueChanged, this, &RecordEditor::onValueChanged);
    connect(m_form, &RecordForm::focusChainChanged, this, &RecordEditor::updateTabOrder);
    // Leaving a field ends its typing session, so the next edit there is an undo step of its own.
    connect(qApp, &QApplication::focusChanged, m_document, &RecordDocument::endTyping);
    rebuild();
}

RecordEditor::~RecordEditor() = default;

QWidget* RecordEditor::createHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("recordHeader"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("productLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("productDetails"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editorPalette::setTextColor(m_subtitle, editorPalette::muted(m_subtitle));
    m_modifiedMarker = new QLabel(tr("● Unsaved changes"), header);
    m_modifiedMarker->setObjectName(QStringLiteral("modifiedMarker"));
    m_modifiedMarker->setToolTip(tr("This product has changes that are not saved yet"));
    m_saveButton = new QPushButton(tr("&Save"), header);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Check and save this product's changes"));
    connect(m_saveButton, &QPushButton::clicked, this, &RecordEditor::save);

    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto* layout = new QHBoxLayout(header);
    m_headerLayout = layout;
    layout->setContentsMargins(0, 0, 12, 0);
    layout->addLayout(text, 1);
    layout->addWidget(m_modifiedMarker, 0, Qt::AlignVCenter);
    layout->addWidget(m_saveButton, 0, Qt::AlignVCenter);
    return header;
}

void RecordEditor::addHeaderWidget(QWidget* widget)
{
    m_headerLayout->insertWidget(m_headerLayout->count() - 2, widget, 0, Qt::AlignVCenter);
}

void RecordEditor::setWorkspace(Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    m_document->setWorkspace(workspace);
    if (workspace) {
        connect(workspace, &Workspace::recordSaved, this, &RecordEditor::onWorkspaceRecordSaved);
        connect(workspace, &Workspace::structureChanged, this, &RecordEditor::rebuild);
        // Another user may edit other attribute groups.
        connect(workspace, &Workspace::sessionChanged, this, &RecordEditor::rebuild);
    }
    rebuild();
}

void RecordEditor::showRecord(const QString& sku)
{
    m_banner->hide();
    m_emptyLabel->setText(tr("Select a product to edit it."));
    if (sku.isEmpty() || !m_workspace) {
        m_document->clear();
        rebuild();
        return;
    }
    if (Status s = m_document->load(sku); !s) {
        m_document->clear();
        rebuild();
        m_emptyLabel->setText(tr("The product cannot be opened: %1").arg(s.message()));
        return;
    }
    rebuild();
}

QString RecordEditor::currentSku() const
{
    return m_document->isLoaded() ? m_document->sku() : QString();
}

bool RecordEditor::isModified() const
{
    return m_document->isModified();
}

QUndoStack* RecordEditor::undoStack() const
{
    return m_document->undoStack();
}

bool RecordEditor::focusValue(const QString& attribute, const QString& locale, const QString& channel)
{
    if (!m_document->isLoaded() || attribute.isEmpty())
        return false;
    const QList<ValueKey> candidates{
        {attribute, locale, channel}, {attribute, locale, {}}, {attribute, {}, channel}, {attribute, {}, {}}};
    QWidget* field = nullptr;
    for (const ValueKey& key : candidates) {
        field = m_form->findChild<QWidget*>(QStringLiteral("value:") + key.toString());
        if (field)
            break;
    }
    if (!field)
        return false;
    // A folded section hides the field: unfold it first, or there is nothing to scroll to.
    for (QWidget* w = field->parentWidget(); w && w != m_form; w = w->parentWidget())
        if (auto* section = qobject_cast<CollapsibleSection*>(w); section && !section->isExpanded())
            section->setExpanded(true);
    m_form->layout()->activate();
    m_scroll->ensureWidgetVisible(field, 20, 40);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void RecordEditor::setSaveQuestion(SaveQuestion question)
{
    m_saveQuestion = std::move(question);
}

bool RecordEditor::save()
{
    if (!m_document->isLoaded())
        return false;
    m_saving = true;
    const Status status = m_document->save();
    m_saving = false;
    if (!status) {
        showBanner(status.kind() == Status::Kind::InvalidInput
                       ? tr("Not saved; nothing was written. Fix these first:\n%1").arg(status.message())
                       : tr("Not saved; nothing was written: %1").arg(status.message()));
        return false;
    }
    m_banner->hide();
    Q_EMIT recordSaved(m_document->sku());
    return true;
}

bool RecordEditor::maybeSave()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer =
        m_saveQuestion ? m_saveQuestion(m_document->sku()) : askToSave(m_document->sku());
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        showRecord(m_document->sku()); // back to what is saved, so "not modified" holds afterwards
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton RecordEditor::askToSave(const QString& sku)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The product “%1” has unsaved changes. Save them?").arg(sku),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void RecordEditor::rebuild()
{
    const bool loaded = m_document->isLoaded();
    m_pages->setCurrentIndex(loaded ? 1 : 0);
    ValueEditorFactory::Context context;
    context.labelLocale = labelLocale();
    context.describeAsset = [workspace = m_workspace](qint64 id) {
        const std::optional<Asset> asset = workspace ? workspace->assetInfo(id) : std::nullopt;
        return asset ? tr("%1 (%2)").arg(asset->fileName, asset->mimeType) : QString();
    };
    context.assetExpiry = [workspace = m_workspace](qint64 id) {
        const std::optional<Asset> asset = workspace ? workspace->assetInfo(id) : std::nullopt;
        return asset ? asset->metadata.expires : QDate();
    };
    if (m_workspace) {
        context.canEditGroup = [workspace = m_workspace](const QString& group) {
            return workspace && workspace->session().canAct() && workspace->session().canEditGroup(group);
        };
    }
    m_form->rebuild(context);
    m_completeness->setStructure(m_document->catalog(), m_document->record().family, context.labelLocale);
    updateCompleteness();
    updateHeader();
    m_scroll->ensureVisible(0, 0);
}

QString RecordEditor::labelLocale() const
{
    const Catalog* catalog = m_document->catalog();
    if (!catalog)
        return QLocale().name();
    return catalog->hasLocale(QLocale().name()) ? QLocale().name() : catalog->defaultLocale();
}

void RecordEditor::updateHeader()
{
    const bool loaded = m_document->isLoaded();
    const bool modified = m_document->isModified();
    m_modifiedMarker->setVisible(loaded && modified);
    m_saveButton->setEnabled(loaded && modified);
    if (!loaded)
        return;
    const MasterRecord& record = m_document->record();
    const Catalog* catalog = m_document->catalog();
    const Family* family = catalog ? catalog->family(record.family) : nullptr;
    QString title;
    if (family && !family->labelAttribute.isEmpty()) {
        const Attribute* attribute = catalog->attribute(family->labelAttribute);
        const QJsonValue value =
            record.resolve(family->labelAttribute,
                           attribute && attribute->localizable ? labelLocale() : QString(), QString());
        title = attribute && attribute->type == AttributeType::RichText
                    ? RichText::toPlainText(value.toString())
                    : value.toString();
    }
    m_title->setText(title.isEmpty() ? record.sku : title);
    m_subtitle->setText(
        tr("SKU %1 · Family %2").arg(record.sku, family ? family->label(labelLocale()) : record.family));
}

void RecordEditor::updateCompleteness()
{
    const QList<Completeness>& entries = m_document->completeness();
    m_completeness->setCompleteness(entries);
    fitCompletenessHeight();
    const auto incomplete = std::count_if(entries.cbegin(), entries.cend(),
                                          [](const Completeness& e) { return !e.missing.isEmpty(); });
    m_completenessSection->setSummary(entries.isEmpty() ? QString()
                                      : incomplete == 0
                                          ? tr("complete for every channel and locale")
                                          : tr("%1% on average · %2 of %3 channel locales incomplete")
                                                .arg(Completeness::overallPercent(entries))
                                                .arg(incomplete)
                                                .arg(entries.size()));
}

void RecordEditor::fitCompletenessHeight()
{
    // Measured after the missing lists are filled in, at the width they wrap to: sized from the empty grid,
    // an incomplete record's lists would push the last channels out of sight.
    const int width = m_completenessScroll->viewport()->width();
    const int content = m_completeness->hasHeightForWidth() && width > 0
                            ? m_completeness->heightForWidth(width)
                            : m_completeness->sizeHint().height();
    // Every channel up to about ten rows, each with a two-line missing list; beyond that the grid scrolls
    // rather than push the form away.
    m_completenessScroll->setFixedHeight(qMin(content + 4, fontMetrics().height() * 20));
}

void RecordEditor::updateTabOrder()
{
    QList<QWidget*> chain{m_saveButton, m_completenessSection->toggleButton()};
    chain << m_form->focusChain();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
    for (QWidget* widget : std::as_const(chain))
        widget->installEventFilter(this);
}

// The record's undo stack is the one history: Ctrl+Z in a field must not undo inside the field only.
// The shortcut goes to the window's Undo action when there is one, else it is handled here.
bool RecordEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (m_completenessScroll && watched == m_completenessScroll->viewport() &&
        event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        // Only a new width changes the wrapping; reacting to the height it sets would be a loop.
        if (resize->size().width() != resize->oldSize().width())
            fitCompletenessHeight();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore();
                return true;
            }
            if (undo)
                m_document->undoStack()->undo();
            else
                m_document->undoStack()->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::showBanner(const QString& text)
{
    const QColor color = editorPalette::error(this);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#saveErrorBanner { border: 1px solid %1; border-radius: 4px;"
                       " padding: 6px; margin-right: 12px; color: %1; }")
            .arg(color.name()));
    m_banner->setText(text);
    m_banner->show();
}

void RecordEditor::onValueChanged(const ValueKey& key)
{
    const Catalog* catalog = m_document->catalog();
    const Family* family = catalog ? catalog->family(m_document->record().family) : nullptr;
    if (family && key.attribute == family->labelAttribute)
        updateHeader();
}

void RecordEditor::onWorkspaceRecordSaved(const QString& sku)
{
    // Someone else (an import, the CLI in another window) saved the product shown here: follow them unless
    // that would throw away the user's own unsaved work.
    if (m_saving || sku != currentSku() || isModified())
        return;
    showRecord(sku);
}

} // namespace facet
