// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace facet::codepoints {

// Walks a text by code points (QStringIterator is private to Qt). A lone surrogate counts as itself.
class Iterator
{
public:
    explicit Iterator(QStringView text)
        : m_text(text)
    {
    }
    bool hasNext() const { return m_index < m_text.size(); }
    qsizetype index() const { return m_index; }
    char32_t next()
    {
        const QChar c = m_text.at(m_index++);
        if (c.isHighSurrogate() && m_index < m_text.size() && m_text.at(m_index).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at(m_index++));
        return c.unicode();
    }

private:
    QStringView m_text;
    qsizetype m_index = 0;
};

// Channel limits count Unicode code points (a character outside the BMP is one, not two UTF-16 units).
qsizetype count(QStringView text);
// The UTF-16 offset of the code point with the given index; text.size() when the index is past the end.
qsizetype offsetOf(QStringView text, qsizetype index);
// "U+2019"
QString label(char32_t codePoint);
// The Unicode name ("RIGHT SINGLE QUOTATION MARK"); for controls their alias ("CHARACTER TABULATION") or
// ICU's label ("<control-0001>").
QString name(char32_t codePoint);

} // namespace facet::codepoints
