// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace facet::graphemes {

// Offsets (UTF-16) between user-perceived characters (extended grapheme clusters, UAX #29), from 0 to
// text.size() inclusive. ICU rather than QTextBoundaryFinder: Qt 6.8 splits a flag's two regional indicators.
QList<qsizetype> boundaries(QStringView text);
// The last boundary at or before `position`.
qsizetype boundaryAtOrBefore(QStringView text, qsizetype position);

} // namespace facet::graphemes
