// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/Publication.h"
#include "models/publishing/PublicationPlan.h"

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace facet {

class PublishingStore;
class Workspace;

// Publishes approved content to targets. Only effective revisions leave the workspace: a channel gets a
// record through the newest revision whose stage grants the channel's release level, whatever is asked.
// Runs on the thread that owns the workspace (the workbench gives it a worker with its own connection);
// the session's user needs canPublish(channel) for every channel it touches.
class Publisher
{
public:
    struct Request
    {
        QStringList channels; // empty = every channel with an enabled target
        QStringList targets;  // empty = every enabled target of those channels
        QStringList skus;     // empty = every record
        bool dryRun = false;
        QString trigger = QStringLiteral("manual");
    };
    struct Progress
    {
        QString target;
        QString phase; // "planning", "rendering", "writing", "delivering"
        qsizetype done = 0;
        qsizetype total = 0;
    };
    using ProgressFn = std::function<bool(const Progress&)>; // false cancels

    explicit Publisher(Workspace& workspace);

    // What publish() would do, without rendering: New, Changed, Unchanged and Withdrawn per record and
    // locale, and Held for what is already known to stop a record (incomplete, an expired asset). Limits
    // and other rule errors show when the rendering is made: publish() with dryRun lists them.
    QList<PublicationPlan> plan(const Request& request, Status* status);
    // One Publication per target; a dry run records nothing and writes nothing. Before anything is written
    // each publication is recorded as running; a cancelled run (progress returned false) leaves every
    // target as it was and records the publication as cancelled; the targets after it are not started.
    QList<Publication> publish(const Request& request, const ProgressFn& progress, Status* status);
    // Runs every schedule whose time has come and every queued automatic publication, then moves the
    // schedules on. For "facetctl publish --due" (cron, systemd timer) and the workbench's timer.
    QList<Publication> publishDue(const QDateTime& now, const ProgressFn& progress, Status* status);
    // Delivers dead letters again (all of the target's when `ids` is empty); delivered ones leave the list.
    Status retryDeadLetters(const QString& target, const QList<qint64>& ids);

    // The idempotency key of a webhook message: SHA-256 over target|sku|locale|revision|templates|checksum.
    static QString messageKey(const QString& target, const QString& sku, const QString& locale,
                              const QString& revisionHash, const QString& templateVersion,
                              const QString& checksum);

private:
    struct Job;
    PublishingStore& store() const;
    QList<Job> jobs(const Request& request, Status* status);
    std::optional<Publication> run(Job& job, const Request& request, const ProgressFn& progress,
                                   bool* cancelled, Status* status);

    Workspace& m_workspace;
};

} // namespace facet
