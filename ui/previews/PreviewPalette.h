// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/EditorPalette.h"

#include <QColor>
#include <QWidget>

namespace facet::previewPalette {

// The surfaces the previews imitate (message bubbles, notification cards, post cards), in the light or dark
// look the workbench has, so a preview never glares out of a dark window.
// From the application's palette, not the widget's: a widget with a style sheet keeps the palette the
// sheet gave it when the theme changes.
inline QPalette palette(const QWidget* widget)
{
    return QApplication::palette(widget);
}

inline bool isDark(const QWidget* widget)
{
    return palette(widget).color(QPalette::Window).lightness() < 128;
}

// An incoming message bubble, as phones draw it.
inline QColor bubble(const QWidget* widget)
{
    return isDark(widget) ? QColor(0x3a, 0x3a, 0x3c) : QColor(0xe9, 0xe9, 0xeb);
}

inline QColor bubbleText(const QWidget* widget)
{
    return isDark(widget) ? QColor(0xf2, 0xf2, 0xf7) : QColor(0x11, 0x11, 0x11);
}

// The phone's screen behind a thread or a lock screen.
inline QColor screen(const QWidget* widget)
{
    return isDark(widget) ? QColor(0x00, 0x00, 0x00) : QColor(0xff, 0xff, 0xff);
}

inline QColor bezel(const QWidget* widget)
{
    return isDark(widget) ? QColor(0x4a, 0x4f, 0x57) : QColor(0x2b, 0x2f, 0x36);
}

// A card (post, notification) on the panel's background.
inline QColor card(const QWidget* widget)
{
    return palette(widget).color(QPalette::Base);
}

inline QColor border(const QWidget* widget)
{
    return palette(widget).color(isDark(widget) ? QPalette::Light : QPalette::Mid);
}

inline QColor link(const QWidget* widget)
{
    return palette(widget).color(QPalette::Link);
}

inline QColor muted(const QWidget* widget)
{
    return editorPalette::muted(widget);
}

inline QColor error(const QWidget* widget)
{
    return isDark(widget) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

inline QColor window(const QWidget* widget)
{
    return palette(widget).color(QPalette::Window);
}

inline QColor text(const QWidget* widget)
{
    return palette(widget).color(QPalette::WindowText);
}

// A stand-in picture's paint: the same colour for the same name.
inline QColor avatar(const QString& name)
{
    static const QColor colors[] = {QColor(0x25, 0x63, 0xc9), QColor(0x7c, 0x3a, 0xed),
                                    QColor(0x0f, 0x76, 0x6e), QColor(0xc2, 0x41, 0x0c),
                                    QColor(0xbe, 0x18, 0x5d)};
    return colors[qHash(name) % std::size(colors)];
}

} // namespace facet::previewPalette
