// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace facet {

// A plain-text editor for template sources: line numbers, syntax highlighting that follows the application's
// light or dark palette, and one line marked as wrong. Each source gets a document and highlighter of its
// own: the highlighter queues work on the blocks of its document, which must outlive that work.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    // Replaces the text with a new document highlighted by `definition`; typing then edits that document.
    void setSource(const QString& text, const KSyntaxHighlighting::Definition& definition);
    QString definitionName() const;
    QString themeName() const;

    // Marks a line (counted from 1) as the one a template error is on; 0 clears the mark.
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);
    void scrollGutter(const QRect& rect, int dy);
    void applyTheme();
    void updateSelections();

    Gutter* m_gutter;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    int m_errorLine = 0;
};

} // namespace facet
