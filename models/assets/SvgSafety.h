// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace facet {

// SVG is XML that browsers execute: it may carry scripts, event handlers and references to other servers,
// which a product page would then run or fetch. The library accepts well-formed SVG without any of them.
class SvgSafety
{
public:
    // Empty when the document is safe, else what makes it unsafe (translated).
    static QString check(const QByteArray& content);
};

} // namespace facet
