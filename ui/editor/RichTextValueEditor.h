// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

#include <QTextListFormat>

class QLabel;
class QTextCharFormat;
class QToolButton;

namespace facet {

class RichTextEdit;

// Rich text: a small formatting bar (bold, italic, underline, lists) over a text field whose content is
// stored in the rich-text subset.
class RichTextValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit RichTextValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QToolButton* addButton(const QString& text, const QString& toolTip, const QKeySequence& shortcut);
    void toggleList(QTextListFormat::Style style);
    void updateButtons(const QTextCharFormat& format);
    void updateCounter(const QString& html);

    RichTextEdit* m_edit;
    QWidget* m_bar;
    QToolButton* m_bold = nullptr;
    QToolButton* m_italic = nullptr;
    QToolButton* m_underline = nullptr;
    QLabel* m_counter = nullptr;
};

} // namespace facet
