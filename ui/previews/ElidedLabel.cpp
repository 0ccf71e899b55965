// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/ElidedLabel.h"

#include <QEvent>
#include <QResizeEvent>
#include <QTextLayout>

namespace facet {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    updateText();
    updateGeometry();
}

void ElidedLabel::setMaxLines(int lines)
{
    m_maxLines = qMax(1, lines);
    updateText();
    updateGeometry();
}

QString ElidedLabel::elide(int width, bool* elided) const
{
    *elided = false;
    if (width <= 0 || m_fullText.isEmpty())
        return m_fullText;
    // Line breaks the author typed are kept as a phone keeps them; only the last visible line is cut.
    QString text = m_fullText;
    text.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QString result;
    int lines = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ++lines;
        if (lines == m_maxLines) {
            const QString rest = text.mid(line.textStart());
            const QTextLine next = layout.createLine();
            if (next.isValid() || rest.contains(QChar::LineSeparator)) {
                QString firstLine = rest.section(QChar::LineSeparator, 0, 0);
                const bool more = next.isValid() || rest.contains(QChar::LineSeparator);
                // The ellipsis sits where the cut is, even when the line itself would fit.
                firstLine = fontMetrics().elidedText(firstLine + (more ? QStringLiteral(" …") : QString()),
                                                     Qt::ElideRight, width);
                if (!firstLine.endsWith(u'…'))
                    firstLine = firstLine.trimmed() + u'…';
                result = text.left(line.textStart()) + firstLine;
                *elided = true;
            }
            break;
        }
    }
    layout.endLayout();
    if (!*elided)
        return m_fullText;
    result.replace(QChar::LineSeparator, u'\n');
    return result;
}

void ElidedLabel::updateText()
{
    QLabel::setText(elide(contentsRect().width(), &m_elided));
    setToolTip(m_elided ? m_fullText : QString());
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int lines = qMax(1, m_maxLines);
    const int full = QLabel::heightForWidth(width);
    return qMin(full > 0 ? full : fontMetrics().lineSpacing(),
                lines * fontMetrics().lineSpacing() + m.top() + m.bottom());
}

QSize ElidedLabel::sizeHint() const
{
    const QSize hint = QLabel::sizeHint();
    return {qMin(hint.width(), 360), heightForWidth(qMin(hint.width(), 360))};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().lineSpacing()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateText();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateText();
}

} // namespace facet
