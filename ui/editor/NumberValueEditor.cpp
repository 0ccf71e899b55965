// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/NumberValueEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace facet {

NumberValueEditor::NumberValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_edit(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    m_edit->setAlignment(Qt::AlignRight);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    setInput(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            edit(QJsonValue());
        else if (const auto number = parseNumber(text))
            edit(QJsonValue(*number));
        else
            edit(QJsonValue(text)); // kept as typed; the rule message names the problem
    });
}

void NumberValueEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void NumberValueEditor::setInheritedHint(const QString& hint)
{
    m_edit->setPlaceholderText(hint);
}

void NumberValueEditor::showValue(const QJsonValue& value)
{
    m_edit->setText(value.isDouble() ? formatNumber(value.toDouble()) : value.toString());
}

} // namespace facet
