// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/MultiSelectValueEditor.h"

#include "ui/editor/EditorPalette.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>

namespace facet {

MultiSelectValueEditor::MultiSelectValueEditor(const Attribute& attribute, const QString& labelLocale,
                                               QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 28);
    for (const AttributeOption& option : attribute.options)
        addOption(option.code, attribute.optionLabel(option.code, labelLocale));
    // Long lists scroll, so the ticked options are also named beside them.
    m_summary->setObjectName(QStringLiteral("selection"));
    m_summary->setWordWrap(true);
    editorPalette::makeSmall(m_summary);
    editorPalette::setTextColor(m_summary, editorPalette::muted(m_summary));
    layout->addWidget(m_list);
    layout->addWidget(m_summary, 1, Qt::AlignTop);
    setInput(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        QStringList codes;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                codes << m_list->item(i)->data(Qt::UserRole).toString();
        }
        codes.sort(); // the stored form is a sorted array, whatever order the boxes were ticked in
        updateSummary();
        edit(QJsonArray::fromStringList(codes), RecordDocument::Merge::Never);
    });
    fitHeight();
    updateSummary();
}

void MultiSelectValueEditor::addOption(const QString& code, const QString& label)
{
    auto* item = new QListWidgetItem(label, m_list);
    item->setData(Qt::UserRole, code);
    item->setToolTip(code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

// Short lists show every option; long ones scroll after a few rows.
void MultiSelectValueEditor::fitHeight()
{
    const int rows = qBound(1, m_list->count(), 10);
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height();
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void MultiSelectValueEditor::setReadOnly(bool readOnly)
{
    m_list->setEnabled(!readOnly);
}

void MultiSelectValueEditor::showValue(const QJsonValue& value)
{
    QStringList codes;
    for (const QJsonValue& v : value.toArray())
        codes << v.toString();
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown << m_list->item(i)->data(Qt::UserRole).toString();
    for (const QString& code : std::as_const(codes)) {
        // An option removed from the catalog: shown ticked so the rule message makes sense.
        if (!shown.contains(code)) {
            addOption(code, tr("%1 (unknown option)").arg(code));
            fitHeight();
        }
    }
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    updateSummary();
}

void MultiSelectValueEditor::updateSummary()
{
    QStringList labels;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            labels << m_list->item(i)->text();
    }
    m_summary->setText(
        labels.isEmpty()
            ? tr("none selected")
            : tr("%n selected: %1", nullptr, int(labels.size())).arg(labels.join(QStringLiteral(", "))));
}

} // namespace facet
