// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// Which assets the library lists: words found in the file name, titles, alt texts, tags or rights, and one
// tag.
struct AssetQuery
{
    QString search;
    QString tag;
    bool expiredOnly = false;
};

// One value of a record that refers to an asset: where the asset is used.
struct AssetUsage
{
    QString sku;
    QString attribute;
    QString locale;  // empty for a value common to all locales
    QString channel; // empty for a value common to all channels

    bool operator==(const AssetUsage&) const = default;
};

// What adding a file to the library did.
struct AssetAdded
{
    qint64 id = 0;
    QString sha256;
    QString mimeType;
    bool deduplicated = false; // the same bytes were already in the library
};

} // namespace facet
