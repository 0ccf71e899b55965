// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Channel.h"
#include "models/core/Status.h"
#include "models/publishing/PublishedFile.h"
#include "models/rendering/Rendering.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace facet {

// Writes one channel's renderings into a folder target, the way the channel's consumers read them, and
// commits each publication whole or not at all: files are staged and fsynced, then one rename of the
// journal commits them; a run killed before that leaves the previous publication untouched, and the next
// run rolls a committed journal forward or discards an uncommitted staging area.
//
// Layout below the target's root (its "path" setting):
//   web:   "<language tag, lower case>/<sku>.html" (the URLs TemplateContext gives products), an index per
//          locale "<lang>/index.html" and a root "index.html", the renditions the pages use under "assets/"
//   email: "<locale>/<sku>.eml" and "<locale>/<sku>.html"
//   sms, push, x, instagram, linkedin, text: "outbox/<publication id>.jsonl", one line per message for a
//          sending service (upserts with the payloads, deletions for withdrawn records)
//   print: "<locale>/<sku>.pdf", and "<locale>/catalog.pdf" of every product when the target's setting
//          "catalog" is true
//   feed:  "<locale>.xml", the Merchant Center RSS of every product
//   always "manifest.json": every file with its SHA-256 and size, and the publication it belongs to.
// The target keeps what it needs to rebuild the indexes and aggregate files without the unchanged
// renderings below ".facet/", committed together with the rest.
class FolderPublication
{
public:
    struct Input
    {
        qint64 publicationId = 0;
        Channel channel;
        QString root;                       // absolute path of the target's folder
        QJsonObject settings;               // the target's settings (e.g. "catalog")
        QList<Rendering> renderings;        // new and changed renderings (ok() ones only)
        QList<QPair<QString, QString>> withdrawn; // (sku, locale) no longer published
        // Files the renderings refer to, e.g. asset renditions, by path relative to the root.
        QList<PublishedFile> assets;
        QJsonObject publicationInfo;        // written into the manifest: id, started by, at, ...
    };
    struct WrittenRendering
    {
        QString sku;
        QString locale;
        QStringList paths;   // the files this rendering wrote
        QString checksum;    // SHA-256 hex over the rendering's published bytes
    };
    struct Result
    {
        QList<WrittenRendering> written;
        qint64 bytesWritten = 0;
        qint64 filesWritten = 0;
        qint64 filesRemoved = 0;
    };
    // `cancelled` is polled while staging; a cancelled run leaves the previous publication as it was.
    static std::optional<Result> publish(const Input& input, const std::function<bool()>& cancelled,
                                         Status* status);
    // The SHA-256 a rendering's published bytes would have, without writing: what incremental publishing
    // compares with the last publication's checksum.
    static QString checksum(const Channel& channel, const Rendering& rendering);
    // Rolls forward or discards an interrupted publication in `root`.
    static Status recover(const QString& root);

    struct Problem
    {
        QString path;
        QString problem; // "missing", "changed", "unexpected"
    };
    // Compares the folder with its manifest.
    static QList<Problem> verify(const QString& root, Status* status);
};

} // namespace facet
