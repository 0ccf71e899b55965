// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QColor>
#include <QLabel>
#include <QPalette>

namespace facet::editorPalette {

// Feedback colours that stay readable on light and dark themes.
inline bool isDark(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

inline QColor error(const QWidget* widget)
{
    return isDark(widget) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

inline QColor success(const QWidget* widget)
{
    return isDark(widget) ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
}

// From the style's palette, not the widget's: setTextColor() below overrides every colour group of a label.
inline QColor muted(const QWidget* widget)
{
    return QApplication::palette(widget).color(QPalette::Disabled, QPalette::WindowText);
}

inline QColor normal(const QWidget* widget)
{
    return QApplication::palette(widget).color(QPalette::Active, QPalette::WindowText);
}

inline void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

// Small secondary text: counters, captions, hints.
inline void makeSmall(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
}

} // namespace facet::editorPalette
