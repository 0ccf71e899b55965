// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QStringList>

namespace facet {

// The attribute set of a kind of product, and what each channel requires of it.
struct Family
{
    QString code;
    Labels labels;
    QStringList attributes;
    QString labelAttribute;
    QMap<QString, QStringList> requirements; // channel → required attribute codes

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }
};

} // namespace facet
