// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/LongTextEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextLayout>

namespace facet {

LongTextEdit::LongTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setUndoRedoEnabled(false); // the record editor's undo stack is the one history
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &LongTextEdit::fitToText);
    fitToText();
}

namespace {
constexpr int maxRows = 6;
}

// QPlainTextEdit counts blocks; the wrapped rows are in each block's layout.
int LongTextEdit::wrappedRows() const
{
    int rows = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        rows += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    return rows;
}

// Up to maxRows the field grows and needs no scroll bar, whose width would wrap the text once more.
void LongTextEdit::fitToText()
{
    setVerticalScrollBarPolicy(wrappedRows() > maxRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    updateGeometry();
}

QSize LongTextEdit::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    const QMargins margins = contentsMargins();
    const int height = std::clamp(wrappedRows(), 1, maxRows) * line + margins.top() + margins.bottom() +
                       2 * frameWidth() + int(2 * document()->documentMargin()) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize LongTextEdit::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void LongTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LongTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (source->hasText())
        insertPlainText(source->text().simplified());
}

void LongTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    fitToText(); // a narrower field wraps into more rows
}

} // namespace facet
