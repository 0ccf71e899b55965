// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace facet {

// One line of text too long for a QLineEdit: wrapped over as many rows as it needs (up to a limit), but
// still a single line: Enter and pasted line breaks do not make new ones.
class LongTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LongTextEdit(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int wrappedRows() const;
    void fitToText();
};

} // namespace facet
