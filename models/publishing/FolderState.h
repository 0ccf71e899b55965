// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QMap>
#include <QSet>
#include <optional>

namespace facet {

// What a folder target keeps per locale below ".facet/state/" to rebuild its aggregate files (index pages,
// feeds, catalogs) without reading the unchanged products: SKU → the product's share of the aggregate in
// UTF-8 (a web page's title, a feed's <item>; nothing for print, whose catalog only needs the list).
// A share that is already in the aggregate file (a feed's items) is kept as its place in that file, with
// what identifies the file, instead of a second copy: a feed is megabytes, written once per publication.
// The binary format is length-prefixed; states of older versions (CBOR) are still read.
class FolderState
{
public:
    struct Place
    {
        qint64 offset = 0;
        qint64 size = 0;
    };

    static QString path(const QString& locale);       // relative to the target's root
    static QString legacyPath(const QString& locale); // the CBOR state of older versions
    static QString folder();                          // relative to the target's root

    // The locale's state; empty when the locale has nothing published yet.
    static std::optional<FolderState> load(const QString& root, const QString& locale, Status* status);
    // The locales that have state in `root`.
    static QStringList locales(const QString& root);

    // The shares inline.
    QByteArray toBytes() const;
    // The shares by place in `file`, which holds them at `places` (in SKU order); `sha256` is the file's.
    QByteArray toBytes(const QByteArray& file, const QList<Place>& places, const QByteArray& sha256) const;

    QMap<QString, QByteArray>& products() { return m_products; }
    const QMap<QString, QByteArray>& products() const { return m_products; }

    // Products whose share is still only a place in the aggregate file.
    QStringList unresolved() const { return m_places.keys(); }
    // Reads the unresolved shares out of the aggregate file; false when `file` is not the one the state was
    // written with (changed or replaced outside Facet).
    bool resolve(const QByteArray& file);
    // Forgets the unresolved shares: every one of them is replaced or withdrawn.
    void dropUnresolved() { m_places.clear(); }
    // Resolves the shares from the aggregate file at `file` (absolute) unless all of them are `replaced`;
    // Status::invalid, telling what to do, when that file is not the one the state was written with.
    Status resolveExcept(const QString& file, const QSet<QString>& replaced);

private:
    QMap<QString, QByteArray> m_products;
    QMap<QString, Place> m_places;
    qint64 m_fileSize = -1;
    quint64 m_fileFingerprint = 0;
    QByteArray m_fileSha256;
};

} // namespace facet
