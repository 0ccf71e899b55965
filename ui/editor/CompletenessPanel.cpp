// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/CompletenessPanel.h"

#include "models/catalog/Catalog.h"
#include "ui/editor/EditorPalette.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace facet {

namespace {
QString cellKey(const QString& channel, const QString& locale)
{
    return channel + u'|' + locale;
}
} // namespace

CompletenessPanel::CompletenessPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(4, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
}

void CompletenessPanel::clear()
{
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_cells.clear();
    m_attributeLabels.clear();
}

void CompletenessPanel::setStructure(const Catalog* catalog, const QString& family,
                                     const QString& labelLocale)
{
    clear();
    if (!catalog)
        return;
    for (const Attribute& attribute : catalog->attributes)
        m_attributeLabels.insert(attribute.code, attribute.label(labelLocale));
    const Family* f = catalog->family(family);
    // Only the locales some channel publishes in get a column.
    QStringList locales;
    for (const Locale& locale : catalog->locales) {
        if (std::any_of(catalog->channels.cbegin(), catalog->channels.cend(),
                        [&locale](const Channel& c) { return c.locales.contains(locale.code); }))
            locales << locale.code;
    }
    auto add = [this](QWidget* widget, int row, int column, Qt::Alignment alignment = {}) {
        m_grid->addWidget(widget, row, column, alignment);
        // Shown now rather than by the layout's queued call, so sizeHint() counts it right away.
        widget->show();
        m_widgets << widget;
    };
    for (int c = 0; c < locales.size(); ++c) {
        auto* header = new QLabel(locales.at(c), this);
        editorPalette::makeSmall(header);
        editorPalette::setTextColor(header, editorPalette::muted(header));
        add(header, 0, c + 1);
        m_grid->setColumnStretch(c + 1, 1);
    }
    int row = 1;
    for (const Channel& channel : catalog->channels) {
        auto* name = new QLabel(channel.label(labelLocale), this);
        name->setToolTip(tr("%1 channel “%2”, requires %n attribute(s)", nullptr,
                            f ? int(f->requirements.value(channel.code).size()) : 0)
                             .arg(channel.kind, channel.code));
        add(name, row, 0, Qt::AlignTop);
        for (int c = 0; c < locales.size(); ++c) {
            if (!channel.locales.contains(locales.at(c)))
                continue;
            auto* box = new QWidget(this);
            auto* layout = new QHBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->setSpacing(6);
            auto* bar = new QProgressBar(box);
            const QString key = channel.code + u'-' + locales.at(c);
            bar->setObjectName(QStringLiteral("completeness:") + key);
            bar->setRange(0, 100);
            bar->setFormat(QStringLiteral("%p%"));
            bar->setFixedSize(bar->fontMetrics().horizontalAdvance(QStringLiteral("100%")) * 3,
                              bar->fontMetrics().height() + 2);
            bar->setAccessibleName(
                tr("Completeness for %1 in %2").arg(channel.label(labelLocale), locales.at(c)));
            auto* missing = new QLabel(box);
            missing->setObjectName(QStringLiteral("missing:") + key);
            missing->setWordWrap(true);
            editorPalette::makeSmall(missing);
            layout->addWidget(bar, 0, Qt::AlignTop);
            layout->addWidget(missing, 1);
            add(box, row, c + 1, Qt::AlignTop);
            m_cells.insert(cellKey(channel.code, locales.at(c)), Cell{bar, missing});
        }
        ++row;
    }
}

void CompletenessPanel::setCompleteness(const QList<Completeness>& entries)
{
    for (const Completeness& entry : entries) {
        const auto it = m_cells.constFind(cellKey(entry.channel, entry.locale));
        if (it == m_cells.constEnd())
            continue;
        it->bar->setValue(entry.percent());
        if (entry.missing.isEmpty()) {
            it->missing->setText(tr("✓"));
            editorPalette::setTextColor(it->missing, editorPalette::success(it->missing));
            it->bar->setToolTip(QString());
            continue;
        }
        QStringList labels;
        for (const QString& code : entry.missing)
            labels << m_attributeLabels.value(code, code);
        const QString text = tr("Missing: %1").arg(labels.join(QStringLiteral(", ")));
        it->missing->setText(text);
        editorPalette::setTextColor(it->missing, editorPalette::normal(it->missing));
        it->bar->setToolTip(text);
    }
}

} // namespace facet
