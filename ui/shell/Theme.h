// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

namespace facet {

// The application's look: the Fusion style with a light or a dark palette, or the one the desktop asks for.
// Fusion everywhere makes both palettes look as designed whatever the platform theme does with colours.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Theme(QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Applies the mode to the running application and remembers it for the next start.
    void setMode(Mode mode);
    // Applies the remembered mode.
    void restore();
    bool isDark() const;

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

private:
    void apply();

    Mode m_mode = Mode::System;
};

} // namespace facet
