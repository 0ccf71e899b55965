// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/TextValueEditor.h"

#include "ui/editor/EditorPalette.h"
#include "ui/editor/LongTextEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace facet {

namespace {
// Above this limit a text no longer fits a line edit at the width of a locale column.
constexpr int longTextLimit = 160;
} // namespace

TextValueEditor::TextValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (attribute.rules.maxLength > longTextLimit) {
        m_long = new LongTextEdit(this);
        layout->addWidget(m_long, 1);
        setInput(m_long);
        connect(m_long, &QPlainTextEdit::textChanged, this, [this] {
            updateCounter();
            edit(QJsonValue(text()));
        });
    } else {
        m_edit = new QLineEdit(this);
        layout->addWidget(m_edit, 1);
        setInput(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& value) {
            updateCounter();
            edit(QJsonValue(value));
        });
    }
    // No setMaxLength: a long paste would be cut silently; the counter and the rule message say how much
    // is too much instead.
    if (attribute.rules.maxLength > 0) {
        m_counter = new QLabel(this);
        m_counter->setObjectName(QStringLiteral("counter"));
        editorPalette::makeSmall(m_counter);
        layout->addWidget(m_counter, 0, Qt::AlignTop);
    }
    updateCounter();
}

QString TextValueEditor::text() const
{
    return m_long ? m_long->toPlainText() : m_edit->text();
}

void TextValueEditor::setReadOnly(bool readOnly)
{
    if (m_long)
        m_long->setReadOnly(readOnly);
    else
        m_edit->setReadOnly(readOnly);
}

void TextValueEditor::setInheritedHint(const QString& hint)
{
    if (m_long)
        m_long->setPlaceholderText(hint);
    else
        m_edit->setPlaceholderText(hint);
}

void TextValueEditor::showValue(const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : attribute().format(value);
    if (m_long) {
        m_long->setPlainText(text);
    } else {
        m_edit->setText(text);
        m_edit->setCursorPosition(0); // a long text shows its beginning, not its end
    }
    updateCounter();
}

void TextValueEditor::updateCounter()
{
    if (!m_counter)
        return;
    const int length = int(text().size());
    const int limit = attribute().rules.maxLength;
    m_counter->setText(tr("%1/%2").arg(length).arg(limit));
    editorPalette::setTextColor(m_counter,
                                length > limit ? editorPalette::error(this) : editorPalette::muted(this));
}

} // namespace facet
