// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QMetaEnum>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace facet {

namespace {

const auto SettingsKey = QStringLiteral("ui/theme");

void setDisabled(QPalette& p, const QColor& text)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText,
                      QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, text);
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
{
    // "System" follows the desktop when the user switches between light and dark while Facet runs.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_mode == Mode::System)
            apply();
    });
}

void Theme::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(SettingsKey, QString::fromLatin1(QMetaEnum::fromType<Mode>().valueToKey(int(mode))));
    apply();
}

void Theme::restore()
{
    const QByteArray key = QSettings().value(SettingsKey).toString().toLatin1();
    bool ok = false;
    const int value = QMetaEnum::fromType<Mode>().keyToValue(key.constData(), &ok);
    m_mode = ok ? Mode(value) : Mode::System;
    apply();
}

bool Theme::isDark() const
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

void Theme::apply()
{
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    bool dark = m_mode == Mode::Dark;
    if (m_mode == Mode::System)
        dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    Q_EMIT changed();
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor accent(0x25, 0x63, 0xc9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xd0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Shadow, QColor(0x6b, 0x72, 0x7c));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    p.setColor(QPalette::Accent, accent);
    // An unfocused selection stays visible, only quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xcf, 0xdd, 0xf3));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    setDisabled(p, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc4, 0xc9, 0xd0));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1c, 0x1e, 0x22);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor accent(0x4c, 0x8d, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3c, 0x43));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x35));
    p.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc2, 0x9b, 0xff));
    p.setColor(QPalette::Accent, accent);
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x34, 0x47, 0x66));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    setDisabled(p, QColor(0x6e, 0x75, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace facet
