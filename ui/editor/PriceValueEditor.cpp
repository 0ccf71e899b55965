// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/PriceValueEditor.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace facet {

namespace {

// "19,9" → "19.90": stored like Attribute::parse() stores it, so the content hash does not depend on how
// the amount was typed. Anything that is not an amount is kept as typed for the rule message.
QString normalizedAmount(QString text)
{
    static const QRegularExpression amount(QStringLiteral("^-?\\d+([.,]\\d{1,2})?$"));
    text = text.trimmed();
    if (!amount.match(text).hasMatch())
        return text;
    text.replace(u',', u'.');
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? text + QStringLiteral(".00") : text.leftJustified(dot + 3, u'0');
}

} // namespace

PriceValueEditor::PriceValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(2, 1);
    const QStringList currencies = attribute.rules.currencies.isEmpty() ? QStringList{QStringLiteral("EUR")}
                                                                        : attribute.rules.currencies;
    for (const QString& currency : currencies)
        addCurrency(currency);
    setInput(m_order.value(0));
}

QLineEdit* PriceValueEditor::addCurrency(const QString& currency)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    const int row = grid->rowCount();
    auto* field = new QLineEdit(this);
    field->setObjectName(QStringLiteral("price:") + currency);
    field->setAccessibleName(tr("Price in %1").arg(currency));
    field->setAlignment(Qt::AlignRight);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    auto* label = new QLabel(currency, this);
    label->setBuddy(field);
    grid->addWidget(field, row, 0);
    grid->addWidget(label, row, 1);
    m_fields.insert(currency, field);
    m_order << field;
    connect(field, &QLineEdit::textEdited, this, &PriceValueEditor::report);
    return field;
}

void PriceValueEditor::report()
{
    QJsonObject prices;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            prices.insert(it.key(), normalizedAmount(it.value()->text()));
    }
    edit(prices);
}

void PriceValueEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit* field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
}

QList<QWidget*> PriceValueEditor::focusChain() const
{
    return m_order;
}

void PriceValueEditor::showValue(const QJsonValue& value)
{
    const QJsonObject prices = value.toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        if (!m_fields.contains(it.key()))
            addCurrency(it.key()); // a currency the rules no longer accept: shown so it can be removed
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(prices.value(it.key()).toString());
}

} // namespace facet
