// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QMap>
#include <optional>

namespace facet {

// What a folder target keeps per locale below ".facet/state/" to rebuild its aggregate files (index pages,
// feeds, catalogs) without reading the unchanged products: SKU → the product's share of the aggregate in
// UTF-8 (a web page's title, a feed's <item>; nothing for print, whose catalog only needs the list).
// Stored as CBOR: a feed's state is megabytes of XML that JSON would escape and unescape on every run.
class FolderState
{
public:
    static QString path(const QString& locale); // relative to the target's root
    static QString folder();                    // relative to the target's root

    // The locale's state; empty when the locale has nothing published yet.
    static std::optional<FolderState> load(const QString& root, const QString& locale, Status* status);
    // The locales that have state in `root`.
    static QStringList locales(const QString& root);
    QByteArray toCbor() const;

    QMap<QString, QByteArray>& products() { return m_products; }
    const QMap<QString, QByteArray>& products() const { return m_products; }

private:
    QMap<QString, QByteArray> m_products;
};

} // namespace facet
