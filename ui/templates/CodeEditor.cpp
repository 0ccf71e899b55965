// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/CodeEditor.h"

#include "ui/templates/TemplateHighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace facet {

namespace {

QColor editorColor(const KSyntaxHighlighting::Theme& theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

} // namespace

// The line numbers beside the text; the editor paints it, so numbers and lines scroll as one.
class CodeEditor::Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    CodeEditor* m_editor;
};

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    document()->setParent(this);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::scrollGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    applyTheme();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setSource(const QString& text, const KSyntaxHighlighting::Definition& definition)
{
    QTextDocument* previous = document();
    auto* next = new QTextDocument(this);
    next->setDocumentLayout(new QPlainTextDocumentLayout(next));
    next->setDefaultFont(font());
    next->setPlainText(text);
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(next);
    highlighter->setTheme(m_highlighter->theme());
    highlighter->setDefinition(definition);
    m_highlighter = highlighter;
    setDocument(next);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    // Later, so re-highlighting the old text that is still queued finds its blocks.
    previous->deleteLater();
    updateSelections();
}

QString CodeEditor::definitionName() const
{
    return m_highlighter->definition().name();
}

QString CodeEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void CodeEditor::setErrorLine(int line)
{
    if (line == m_errorLine)
        return;
    m_errorLine = line;
    updateSelections();
    m_gutter->update();
}

int CodeEditor::gutterWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 16 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    // The theme follows the palette, so switching the application to dark re-colours the source.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void CodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = TemplateHighlighting::themeFor(palette());
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    updateSelections();
    m_gutter->update();
}

void CodeEditor::scrollGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeEditor::paintGutter(QPaintEvent* event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), editorColor(theme, KSyntaxHighlighting::Theme::IconBorder));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            QColor color =
                editorColor(theme, number == current + 1 ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                         : KSyntaxHighlighting::Theme::LineNumbers);
            if (number == m_errorLine)
                color = editorColor(theme, KSyntaxHighlighting::Theme::MarkError);
            painter.setPen(color);
            painter.drawText(0, top, m_gutter->width() - 8, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number));
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::updateSelections()
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(editorColor(theme, KSyntaxHighlighting::Theme::CurrentLine));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections << current;

    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (m_errorLine > 0 && block.isValid()) {
        QColor red = editorColor(theme, KSyntaxHighlighting::Theme::MarkError);
        // The whole line tinted, its text underlined: visible at a glance and under the cursor's own line.
        QTextEdit::ExtraSelection line;
        QColor tint = red;
        tint.setAlpha(48);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections << line;
        QTextEdit::ExtraSelection text;
        text.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        text.format.setUnderlineColor(red);
        text.cursor = QTextCursor(block);
        text.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections << text;
    }
    setExtraSelections(selections);
    m_gutter->update();
}

} // namespace facet
