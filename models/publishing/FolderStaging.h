// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/FolderManifest.h"

#include <QList>
#include <functional>

namespace facet {

// The staging area of one folder publication: every file is written and flushed there, and so is every
// folder that names one, before the journal commits them by renaming.
class FolderStaging
{
public:
    struct File
    {
        QString path; // relative to the target's root, and so to the staging folder
        QByteArray content;
        FolderManifest::Entry entry; // of the files the manifest lists; filled by hash()
        // A cache that is checked before it is trusted needs no flush: a lost one is only rebuilt.
        bool durable = true;
    };

    // Hashes the files the manifest lists that have no entry yet, several at once.
    static void hash(QList<File>& files);
    // Writes `files` below `staging` (absolute) and flushes them, their folders and `alsoSync`. Polls
    // `cancelled` between batches and stops with *wasCancelled set.
    static Status write(const QString& staging, const QList<File>& files, const QStringList& alsoSync,
                        const std::function<bool()>& cancelled, bool* wasCancelled);
};

} // namespace facet
