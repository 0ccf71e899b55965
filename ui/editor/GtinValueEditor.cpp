// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/GtinValueEditor.h"

#include "models/catalog/Gtin.h"
#include "ui/editor/EditorPalette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace facet {

GtinValueEditor::GtinValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_edit(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,14}")), m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    m_feedback->setObjectName(QStringLiteral("gtinFeedback"));
    editorPalette::makeSmall(m_feedback);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback, 1);
    setInput(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        updateFeedback();
        edit(QJsonValue(text));
    });
}

void GtinValueEditor::updateFeedback()
{
    const QString text = m_edit->text();
    const qsizetype n = text.size();
    if (n == 0) {
        m_feedback->clear();
        return;
    }
    if (gtin::isValid(text)) {
        m_feedback->setText(tr("✓ valid GTIN-%1").arg(n));
        editorPalette::setTextColor(m_feedback, editorPalette::success(this));
        return;
    }
    if (n == 8 || n == 12 || n == 13 || n == 14)
        m_feedback->setText(
            tr("check digit should be %1").arg(gtin::checkDigit(QStringView(text).first(n - 1))));
    else
        m_feedback->setText(tr("%1 digits; a GTIN has 8, 12, 13 or 14").arg(n));
    editorPalette::setTextColor(m_feedback, editorPalette::error(this));
}

void GtinValueEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void GtinValueEditor::setInheritedHint(const QString& hint)
{
    m_edit->setPlaceholderText(hint);
}

void GtinValueEditor::showValue(const QJsonValue& value)
{
    m_edit->setText(value.toString());
    updateFeedback();
}

} // namespace facet
