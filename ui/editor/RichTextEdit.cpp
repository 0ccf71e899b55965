// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/RichTextEdit.h"

#include "models/record/RichTextSubset.h"

#include <QAbstractTextDocumentLayout>
#include <QMimeData>

namespace facet {

RichTextEdit::RichTextEdit(QWidget* parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    // Tab moves to the next field, as everywhere else in the form.
    setTabChangesFocus(true);
    // The record editor's undo stack is the one history; a second one inside the field would fight it.
    setUndoRedoEnabled(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Grows with its text up to a limit, so short texts take little room and long ones are mostly visible.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { updateGeometry(); });
}

QSize RichTextEdit::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    const int content = qBound(3 * line, int(document()->size().height()), 12 * line);
    return {QTextEdit::sizeHint().width(), content + 2 * frameWidth() + 4};
}

QSize RichTextEdit::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasHtml() || source->hasText();
}

void RichTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (source->hasHtml())
        textCursor().insertHtml(RichTextSubset::fromQtHtml(source->html()));
    else if (source->hasText())
        textCursor().insertText(source->text());
}

} // namespace facet
