// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ValueEditor.h"

#include <QLocale>

namespace facet {

ValueEditor::ValueEditor(const Attribute& attribute, QWidget* parent)
    : QWidget(parent)
    , m_attribute(attribute)
{
}

bool ValueEditor::sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (Attribute::isEmptyValue(a) || Attribute::isEmptyValue(b))
        return Attribute::isEmptyValue(a) && Attribute::isEmptyValue(b);
    return a == b;
}

std::optional<double> ValueEditor::parseNumber(const QString& text)
{
    bool ok = false;
    double number = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        number = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString ValueEditor::formatNumber(double number)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(number, 'g', 15);
}

void ValueEditor::setValue(const QJsonValue& value)
{
    if (m_shown && sameValue(value, m_value))
        return;
    m_shown = true;
    m_value = value;
    m_showing = true;
    showValue(m_value);
    m_showing = false;
}

void ValueEditor::edit(const QJsonValue& value, RecordDocument::Merge merge)
{
    if (m_showing)
        return;
    m_value = value;
    Q_EMIT valueEdited(value, merge);
}

void ValueEditor::setInput(QWidget* input)
{
    m_input = input;
    setFocusProxy(input);
}

void ValueEditor::setValueKey(const ValueKey& key, const QString& accessibleName)
{
    setObjectName(QStringLiteral("valueEditor:") + key.toString());
    if (m_input) {
        m_input->setObjectName(QStringLiteral("value:") + key.toString());
        m_input->setAccessibleName(accessibleName);
    }
}

void ValueEditor::setReadOnly(bool readOnly)
{
    setEnabled(!readOnly);
}

void ValueEditor::setInheritedHint(const QString&) {}

QList<QWidget*> ValueEditor::focusChain() const
{
    return m_input ? QList<QWidget*>{m_input} : QList<QWidget*>{};
}

} // namespace facet
