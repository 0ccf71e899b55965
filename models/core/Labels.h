// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace facet {

// Labels per locale; a missing label falls back to the code so nothing is ever shown blank.
using Labels = QMap<QString, QString>;

inline QString labelIn(const Labels& labels, const QString& locale, const QString& code)
{
    const QString l = labels.value(locale);
    return l.isEmpty() ? code : l;
}

} // namespace facet
