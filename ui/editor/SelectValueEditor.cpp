// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/SelectValueEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace facet {

SelectValueEditor::SelectValueEditor(const Attribute& attribute, const QString& labelLocale, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_combo(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo->addItem(tr("— none —"), QString());
    for (const AttributeOption& option : attribute.options)
        m_combo->addItem(attribute.optionLabel(option.code, labelLocale), option.code);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    setInput(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString code = m_combo->itemData(index).toString();
        edit(code.isEmpty() ? QJsonValue() : QJsonValue(code), RecordDocument::Merge::Never);
    });
}

void SelectValueEditor::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void SelectValueEditor::showValue(const QJsonValue& value)
{
    const QString code = value.toString();
    int index = m_combo->findData(code);
    if (index < 0) {
        // An option removed from the catalog: shown as it is so the rule message makes sense.
        m_combo->addItem(tr("%1 (unknown option)").arg(code), code);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

} // namespace facet
