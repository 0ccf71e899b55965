// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantHash>

namespace facet {

struct Channel;

// The fixed words the built-in templates need in the rendered locale ("Add to cart", "Unsubscribe").
// They follow the rendering's locale, not the workbench's language, so they cannot come from tr().
// A channel overrides or adds phrases in its settings: "phrases": {"de_DE": {"buy_now": "Jetzt holen"}}.
class Phrases
{
public:
    static QVariantHash forLocale(const Channel& channel, const QString& locale);
};

} // namespace facet
