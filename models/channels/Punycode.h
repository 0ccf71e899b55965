// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace facet::punycode {

// RFC 3492 Punycode of one label, without the "xn--" prefix: "bücher" → "bcher-kva".
QString encode(QStringView label);
// Each label with a non-ASCII character becomes "xn--" + its Punycode; labels are split at the dots IDNA
// knows (. 。 ． ｡) and joined with ".". No IDNA mapping, as twitter-text's length check does it.
QString toAscii(QStringView domain);

} // namespace facet::punycode
