// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/DateValueEditor.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QToolButton>

namespace facet {

namespace {
// QDateEdit has no empty state; the date before the earliest one a product can have shows "none".
const QDate noDate(1900, 1, 1);
} // namespace

DateValueEditor::DateValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(noDate);
    m_edit->setSpecialValueText(tr("none"));
    m_edit->setDate(noDate);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove the date"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setInput(m_edit);
    connect(m_edit, &QDateEdit::userDateChanged, this, [this](QDate date) {
        edit(date == noDate ? QJsonValue() : QJsonValue(date.toString(Qt::ISODate)));
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->setDate(noDate); // emits userDateChanged, which reports the removal
    });
}

void DateValueEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setEnabled(!readOnly);
}

QList<QWidget*> DateValueEditor::focusChain() const
{
    return {m_edit, m_clear};
}

void DateValueEditor::showValue(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    m_edit->setDate(date.isValid() ? date : noDate);
}

} // namespace facet
