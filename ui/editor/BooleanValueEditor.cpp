// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/BooleanValueEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace facet {

BooleanValueEditor::BooleanValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_check(new QCheckBox(this))
    , m_clear(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove the value: neither yes nor no"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_check);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setInput(m_check);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
        updateText(checked);
        edit(QJsonValue(checked), RecordDocument::Merge::Never);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_check->setChecked(false);
        updateText(QJsonValue());
        edit(QJsonValue(), RecordDocument::Merge::Never);
    });
    updateText(QJsonValue());
}

void BooleanValueEditor::updateText(const QJsonValue& value)
{
    m_check->setText(value.isBool() ? (value.toBool() ? tr("Yes") : tr("No")) : tr("Not set"));
    m_clear->setVisible(value.isBool() && m_check->isEnabled());
}

void BooleanValueEditor::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_clear->setVisible(!readOnly && value().isBool());
}

QList<QWidget*> BooleanValueEditor::focusChain() const
{
    return {m_check, m_clear};
}

void BooleanValueEditor::showValue(const QJsonValue& value)
{
    m_check->setChecked(value.toBool());
    updateText(value);
}

} // namespace facet
