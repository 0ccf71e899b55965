// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"

#include <QByteArray>
#include <QMap>

namespace facet {

// The index pages of a published web folder: one per locale listing its products by name, and one at the
// root linking the locales. Plain HTML5 without scripts, so any static host serves them.
class SiteIndex
{
public:
    // `products`: SKU → product name, listed in SKU order and linked as "<sku>.html".
    static QByteArray localeIndex(const Channel& channel, const QString& locale,
                                  const QMap<QString, QString>& products);
    static QByteArray rootIndex(const Channel& channel, const QStringList& locales);
};

} // namespace facet
