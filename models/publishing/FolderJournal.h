// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

namespace facet {

// The commit record of a folder publication, ".facet/journal.json": which staged files replace which
// published ones and which published files go. Writing it (by rename) commits the publication; applying
// it is idempotent, so a run killed while applying is finished by the next one.
class FolderJournal
{
public:
    static QString path();                              // relative to the target's root
    static QString stagingFolder(qint64 publicationId); // relative to the target's root

    qint64 publicationId = 0;
    QList<QPair<QString, QString>> renames; // staged → final, relative to the root
    QStringList removals;                   // relative to the root

    QByteArray toJson() const;
    static std::optional<FolderJournal> fromJson(const QByteArray& json, QString* error);

    // Writes the journal durably: the commit point.
    Status commit(const QString& root) const;
    // Rolls the journal forward: renames not yet done, removals, directory syncs, then the journal and the
    // staging folders go.
    Status apply(const QString& root) const;

    // Finishes a committed publication or discards an uncommitted one.
    static Status recover(const QString& root);
    // Removes every staging folder and a half-written journal.
    static Status discardStaging(const QString& root);
};

} // namespace facet
