// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"
#include "models/core/Status.h"
#include "models/publishing/PublishedFile.h"
#include "models/rendering/Rendering.h"

#include <optional>

namespace facet {

// Where a channel kind's renderings go below a folder target's root and what each one contributes: its own
// files, a line of the outbox, an item of the feed, a title in the index. FolderPublication writes these;
// the checksum is taken over exactly them, so it never depends on the publication that wrote them.
class FolderLayout
{
public:
    enum class Shape { Files, Outbox, Feed };

    struct Contribution
    {
        QList<PublishedFile> files; // the rendering's own files
        QByteArray outboxLine;      // messaging kinds: one JSON object, no newline
        QString feedItem;           // feed: the <item> element
        QString title;              // web: the product's name for the locale's index
    };

    static Shape shape(const QString& kind);
    static bool isKnownKind(const QString& kind);

    // The rendering's contribution, or nothing with Status::invalid when its SKU or locale cannot name a
    // file below the root or a part the kind needs is missing or malformed.
    static std::optional<Contribution> contribution(const Channel& channel, const Rendering& rendering,
                                                    Status* status);
    static QByteArray checksum(const Contribution& contribution);
    // The files a (sku, locale) of this kind owns, for removing a withdrawn record.
    static QStringList productPaths(const QString& kind, const QString& sku, const QString& locale);
    // The outbox line announcing that a record is no longer published.
    static QByteArray deleteLine(const Channel& channel, const QString& sku, const QString& locale);
    // An asset path names a file below the root, outside the folder's own bookkeeping.
    static bool isSafeAssetPath(const QString& path);
    // Status::invalid unless sku and locale are safe single path components for this kind.
    static Status checkNames(const QString& kind, const QString& sku, const QString& locale);
    // The web folder of a locale: its language tag in lower case, as product URLs use it.
    static QString webFolder(const QString& locale);
    static QString outboxPath(qint64 publicationId);
    static QString feedPath(const QString& locale);
    static QString catalogPath(const QString& locale);
    static QString indexPath(const QString& locale);
    // The product name of a web page: its <h1>, else its <title>, as plain text.
    static QString pageTitle(const QString& html);
};

} // namespace facet
