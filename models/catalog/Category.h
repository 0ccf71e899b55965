// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QStringList>

namespace facet {

struct Category
{
    QString code;
    QString parent; // empty for a root
    Labels labels;
    int sortOrder = 0;

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }
};

} // namespace facet
