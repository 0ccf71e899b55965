// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QStringList>

namespace facet {

struct Locale
{
    QString code;
    QString label;
};

} // namespace facet
