// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QStringList>

namespace facet {

// The unit of edit permission and a section of the record editor.
struct AttributeGroup
{
    QString code;
    Labels labels;
    int sortOrder = 0;

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }
};

} // namespace facet
