// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/RichTextValueEditor.h"

#include "models/record/RichText.h"
#include "models/record/RichTextSubset.h"
#include "ui/editor/EditorPalette.h"
#include "ui/editor/RichTextEdit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace facet {

RichTextValueEditor::RichTextValueEditor(const Attribute& attribute, QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_edit(new RichTextEdit(this))
    , m_bar(new QWidget(this))
{
    auto* barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->setSpacing(2);
    m_bold = addButton(tr("B"), tr("Bold"), QKeySequence::Bold);
    m_italic = addButton(tr("I"), tr("Italic"), QKeySequence::Italic);
    m_underline = addButton(tr("U"), tr("Underline"), QKeySequence::Underline);
    QFont font = m_bold->font();
    font.setBold(true);
    m_bold->setFont(font);
    font.setBold(false);
    font.setItalic(true);
    m_italic->setFont(font);
    font.setItalic(false);
    font.setUnderline(true);
    m_underline->setFont(font);
    QToolButton* bullets = addButton(tr("•"), tr("Bulleted list"), QKeySequence());
    QToolButton* numbers = addButton(tr("1."), tr("Numbered list"), QKeySequence());
    bullets->setCheckable(false);
    numbers->setCheckable(false);
    barLayout->addStretch(1);
    if (attribute.rules.maxLength > 0) {
        m_counter = new QLabel(m_bar);
        m_counter->setObjectName(QStringLiteral("counter"));
        editorPalette::makeSmall(m_counter);
        barLayout->addWidget(m_counter);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_edit);
    setInput(m_edit);

    connect(m_bold, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_underline, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(bullets, &QToolButton::clicked, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(numbers, &QToolButton::clicked, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextValueEditor::updateButtons);
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
        const QString html = RichTextSubset::fromDocument(*m_edit->document());
        updateCounter(html);
        edit(QJsonValue(html));
    });
    updateCounter(QString());
}

QToolButton* RichTextValueEditor::addButton(const QString& text, const QString& toolTip,
                                            const QKeySequence& shortcut)
{
    auto* button = new QToolButton(m_bar);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    // The field keeps the focus while formatting; the shortcuts reach the buttons from the keyboard.
    button->setFocusPolicy(Qt::NoFocus);
    if (!shortcut.isEmpty()) {
        button->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
        auto* action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_edit->addAction(action);
        connect(action, &QAction::triggered, button, &QToolButton::click);
    } else {
        button->setToolTip(toolTip);
    }
    m_bar->layout()->addWidget(button);
    return button;
}

void RichTextValueEditor::toggleList(QTextListFormat::Style style)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextList* list = cursor.currentList();
    if (list && list->format().style() == style) {
        // Leaving a list: every selected block becomes a paragraph again.
        const QTextBlock last = m_edit->document()->findBlock(cursor.selectionEnd());
        for (QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart()); block.isValid();
             block = block.next()) {
            if (QTextList* l = block.textList())
                l->remove(block);
            QTextCursor blockCursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setIndent(0);
            blockCursor.setBlockFormat(format);
            if (block == last)
                break;
        }
        return;
    }
    if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
        return;
    }
    cursor.createList(style);
}

void RichTextValueEditor::updateButtons(const QTextCharFormat& format)
{
    m_bold->setChecked(format.fontWeight() > QFont::Medium);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline());
}

void RichTextValueEditor::updateCounter(const QString& html)
{
    if (!m_counter)
        return;
    const int length = int(RichText::toPlainText(html).size());
    const int limit = attribute().rules.maxLength;
    m_counter->setText(tr("%1/%2").arg(length).arg(limit));
    editorPalette::setTextColor(m_counter,
                                length > limit ? editorPalette::error(this) : editorPalette::muted(this));
}

void RichTextValueEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_bar->setEnabled(!readOnly);
}

void RichTextValueEditor::setInheritedHint(const QString& hint)
{
    m_edit->setPlaceholderText(hint);
}

void RichTextValueEditor::showValue(const QJsonValue& value)
{
    m_edit->setHtml(value.toString());
    updateCounter(value.toString());
}

} // namespace facet
