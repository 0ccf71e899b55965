// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/MetricValueEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace facet {

MetricValueEditor::MetricValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_amount(new QLineEdit(this))
    , m_unit(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    m_amount->setAlignment(Qt::AlignRight);
    m_unit->addItems(attribute.rules.units);
    m_unit->setAccessibleName(tr("Unit"));
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setInput(m_amount);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { report(RecordDocument::Merge::Typing); });
    connect(m_unit, &QComboBox::activated, this, [this] { report(RecordDocument::Merge::Never); });
}

void MetricValueEditor::report(RecordDocument::Merge merge)
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        edit(QJsonValue(), merge);
        return;
    }
    const auto number = parseNumber(text);
    const QJsonValue amount = number ? QJsonValue(*number) : QJsonValue(text);
    edit(QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("unit"), m_unit->currentText()}},
         merge);
}

void MetricValueEditor::setReadOnly(bool readOnly)
{
    m_amount->setReadOnly(readOnly);
    m_unit->setEnabled(!readOnly);
}

void MetricValueEditor::setInheritedHint(const QString& hint)
{
    m_amount->setPlaceholderText(hint);
}

QList<QWidget*> MetricValueEditor::focusChain() const
{
    return {m_amount, m_unit};
}

void MetricValueEditor::showValue(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue amount = o.value(u"amount");
    m_amount->setText(amount.isDouble() ? formatNumber(amount.toDouble()) : amount.toString());
    const QString unit = o.value(u"unit").toString();
    if (!unit.isEmpty() && m_unit->findText(unit) < 0)
        m_unit->addItem(unit); // not one of the rules' units: shown, and flagged by the rule message
    if (!unit.isEmpty())
        m_unit->setCurrentText(unit);
}

} // namespace facet
