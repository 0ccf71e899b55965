// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/RecordForm.h"

#include "models/catalog/Catalog.h"
#include "models/editing/RecordDocument.h"
#include "ui/editor/CollapsibleSection.h"
#include "ui/editor/EditorPalette.h"
#include "ui/editor/ValueCell.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace facet {

namespace {

QString typeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Identifier:
        return RecordForm::tr("identifier");
    case AttributeType::Text:
        return RecordForm::tr("text");
    case AttributeType::RichText:
        return RecordForm::tr("rich text");
    case AttributeType::Number:
        return RecordForm::tr("number");
    case AttributeType::Metric:
        return RecordForm::tr("measurement");
    case AttributeType::PriceCollection:
        return RecordForm::tr("prices");
    case AttributeType::Boolean:
        return RecordForm::tr("yes/no");
    case AttributeType::Date:
        return RecordForm::tr("date");
    case AttributeType::SimpleSelect:
        return RecordForm::tr("one option");
    case AttributeType::MultiSelect:
        return RecordForm::tr("options");
    case AttributeType::Asset:
        return RecordForm::tr("asset");
    case AttributeType::Gtin:
        return RecordForm::tr("GTIN");
    }
    return {};
}

} // namespace

RecordForm::RecordForm(RecordDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 12, 12);
    layout->setSpacing(16);
    layout->addStretch(1);
    connect(m_document, &RecordDocument::valueChanged, this, &RecordForm::onValueChanged);
}

void RecordForm::clear()
{
    for (CollapsibleSection* section : std::as_const(m_sections)) {
        if (!section->isExpanded())
            m_collapsed.insert(section->objectName());
        else
            m_collapsed.remove(section->objectName());
        delete section;
    }
    m_sections.clear();
    m_cells.clear();
    m_byAttribute.clear();
}

void RecordForm::rebuild(const ValueEditorFactory::Context& context)
{
    // Hidden while rebuilding: hundreds of editors appearing one by one would each trigger a layout pass.
    setUpdatesEnabled(false);
    clear();
    m_context = context;
    const Catalog* catalog = m_document->catalog();
    const Family* family =
        catalog && m_document->isLoaded() ? catalog->family(m_document->record().family) : nullptr;
    if (family) {
        QList<AttributeGroup> groups = catalog->groups;
        std::stable_sort(groups.begin(), groups.end(), [](const AttributeGroup& a, const AttributeGroup& b) {
            return a.sortOrder < b.sortOrder;
        });
        QList<const Attribute*> attributes;
        for (const QString& code : family->attributes) {
            if (const Attribute* attribute = catalog->attribute(code))
                attributes << attribute;
        }
        std::stable_sort(attributes.begin(), attributes.end(),
                         [](const Attribute* a, const Attribute* b) { return a->sortOrder < b->sortOrder; });
        for (const AttributeGroup& group : std::as_const(groups)) {
            QList<const Attribute*> inGroup;
            std::copy_if(attributes.cbegin(), attributes.cend(), std::back_inserter(inGroup),
                         [&group](const Attribute* a) { return a->group == group.code; });
            if (!inGroup.isEmpty())
                addSection(group.code, group.label(m_context.labelLocale), inGroup, *catalog);
        }
        QList<const Attribute*> ungrouped;
        std::copy_if(attributes.cbegin(), attributes.cend(), std::back_inserter(ungrouped),
                     [catalog](const Attribute* a) {
                         return std::none_of(catalog->groups.cbegin(), catalog->groups.cend(),
                                             [a](const AttributeGroup& g) { return g.code == a->group; });
                     });
        if (!ungrouped.isEmpty())
            addSection(QString(), tr("Other"), ungrouped, *catalog);
    }
    setUpdatesEnabled(true);
    Q_EMIT focusChainChanged();
}

CollapsibleSection* RecordForm::addSection(const QString& code, const QString& title,
                                           const QList<const Attribute*>& attributes, const Catalog& catalog)
{
    auto* section = new CollapsibleSection(title, this);
    section->setObjectName(QStringLiteral("section:") + code);
    section->setSummary(tr("%n attribute(s)", nullptr, int(attributes.size())));
    auto* grid = new QGridLayout(section->body());
    grid->setContentsMargins(4, 4, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const QList<Locale>& locales = catalog.locales;
    const int columns = std::max(1, int(locales.size()));
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);

    int row = 0;
    const bool anyLocalizable = std::any_of(attributes.cbegin(), attributes.cend(),
                                            [](const Attribute* a) { return a->localizable; });
    if (anyLocalizable) {
        for (int c = 0; c < locales.size(); ++c) {
            const Locale& locale = locales.at(c);
            auto* header = new QLabel(locale.label.isEmpty() ? locale.code
                                                             : tr("%1 · %2").arg(locale.label, locale.code),
                                      section->body());
            header->setObjectName(QStringLiteral("localeHeader:") + locale.code);
            editorPalette::makeSmall(header);
            editorPalette::setTextColor(header, editorPalette::muted(header));
            grid->addWidget(header, row, c);
        }
        ++row;
    }

    for (const Attribute* attribute : attributes) {
        grid->addWidget(attributeLabel(*attribute, catalog, section->body()), row++, 0, 1, columns);
        const QStringList cellLocales =
            attribute->localizable ? catalog.localeCodes() : QStringList{QString()};
        for (int c = 0; c < cellLocales.size(); ++c) {
            const QString& locale = cellLocales.at(c);
            QList<Channel> channels;
            for (const Channel& channel : catalog.channels) {
                if (locale.isEmpty() || channel.locales.contains(locale))
                    channels << channel;
            }
            const QString label = attribute->label(m_context.labelLocale);
            const QString accessible = locale.isEmpty() ? label : tr("%1 (%2)").arg(label, locale);
            auto* cell = new ValueCell(m_document, *attribute, locale, channels, m_context, accessible,
                                       section->body());
            cell->setObjectName(QStringLiteral("cell:") + ValueKey{attribute->code, locale, {}}.toString());
            grid->addWidget(cell, row, c, 1, attribute->localizable ? 1 : columns, Qt::AlignTop);
            connect(cell, &ValueCell::focusChainChanged, this, &RecordForm::focusChainChanged);
            m_cells << cell;
            m_byAttribute[attribute->code] << cell;
        }
        // Breathing room between attributes, not between an attribute's label and its fields.
        grid->setRowMinimumHeight(row + 1, 10);
        row += 2;
    }
    auto* outer = static_cast<QVBoxLayout*>(layout());
    outer->insertWidget(outer->count() - 1, section);
    section->setExpanded(!m_collapsed.contains(section->objectName()));
    connect(section, &CollapsibleSection::expandedChanged, this, &RecordForm::focusChainChanged);
    m_sections << section;
    return section;
}

QWidget* RecordForm::attributeLabel(const Attribute& attribute, const Catalog& catalog, QWidget* parent) const
{
    QStringList requiredBy;
    const Family* family = catalog.family(m_document->record().family);
    for (const Channel& channel : catalog.channels) {
        if (family && family->requirements.value(channel.code).contains(attribute.code))
            requiredBy << channel.label(m_context.labelLocale);
    }
    QStringList details{typeName(attribute.type)};
    if (attribute.rules.maxLength > 0)
        details << tr("max. %n characters", nullptr, attribute.rules.maxLength);
    if (requiredBy.size() > 3)
        details << tr("required for %n channel(s)", nullptr, int(requiredBy.size()));
    else if (!requiredBy.isEmpty())
        details << tr("required for %1").arg(requiredBy.join(QStringLiteral(", ")));
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("label:") + attribute.code);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<b>%1</b>%2 &nbsp;<small style=\"color:%3\">%4</small>")
                       .arg(attribute.label(m_context.labelLocale).toHtmlEscaped(),
                            requiredBy.isEmpty() ? QString() : QStringLiteral(" *"),
                            editorPalette::muted(parent).name(),
                            details.join(QStringLiteral(" · ")).toHtmlEscaped()));
    label->setToolTip(requiredBy.isEmpty() ? tr("Attribute code: %1").arg(attribute.code)
                                           : tr("Attribute code: %1\nRequired for: %2")
                                                 .arg(attribute.code, requiredBy.join(QStringLiteral(", "))));
    return label;
}

void RecordForm::onValueChanged(const ValueKey& key)
{
    for (ValueCell* cell : m_byAttribute.value(key.attribute)) {
        if (cell->locale() == key.locale)
            cell->refresh();
    }
}

QList<QWidget*> RecordForm::focusChain() const
{
    QList<QWidget*> chain;
    for (CollapsibleSection* section : m_sections) {
        chain << section->toggleButton();
        for (ValueCell* cell : m_cells) {
            if (section->isAncestorOf(cell))
                chain << cell->focusChain();
        }
    }
    return chain;
}

} // namespace facet
