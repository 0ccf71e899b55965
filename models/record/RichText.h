// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// The master record's rich-text form: a small HTML subset (p, br, b, strong, i, em, u, ul, ol, li).
// Anything else is rejected on save so every channel can render it safely.
class RichText
{
public:
    static QString toPlainText(const QString& html);
    // The first tag or attribute outside the subset, empty when the text is clean.
    static QString firstUnsupportedMarkup(const QString& html);
};

} // namespace facet
