// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace facet {

// What one rendering of a publication came to.
struct PublishedItem
{
    enum class Result {
        Written,     // new or changed output, written or delivered
        Unchanged,   // same output as the target already has: skipped
        Withdrawn,   // no longer effective for the channel: removed / announced as a deletion
        Held,        // error findings (over a limit, expired asset, invalid GTIN, incomplete): not published
        Failed,      // the target refused it (dead letter) or rendering failed
    };
    qint64 publicationId = 0;
    QString sku;
    QString locale;
    QString revisionHash;
    QString templateVersion;
    QString checksum; // SHA-256 of what went to the target
    Result result = Result::Written;
    QString message;  // the reasons for Held and Failed
    QStringList paths; // folder targets: the files written

    static QString resultName(Result result); // "written", "unchanged", "withdrawn", "held", "failed"
};

// One run of publishing to one target.
struct Publication
{
    enum class Status { Running, Completed, Failed, Cancelled };
    qint64 id = 0;
    QString target;
    QString channel;
    QString trigger;   // "manual", "schedule", "automatic"
    QString startedBy; // user name
    QString startedAt; // UTC ISO 8601 with ms
    QString finishedAt;
    Status status = Status::Running;
    QString message;
    int written = 0, unchanged = 0, withdrawn = 0, held = 0, failed = 0;
    qint64 bytes = 0;

    static QString statusName(Status status); // "running", "completed", "failed", "cancelled"
};

// A webhook delivery that exhausted its retries or was refused (4xx); an admin retries it later.
struct DeadLetter
{
    qint64 id = 0;
    QString target;
    qint64 publicationId = 0;
    QString sku;
    QString locale;
    QString key;      // idempotency key, kept on retry
    QByteArray body;  // the message as it was to be sent
    int attempts = 0;
    int httpStatus = 0;
    QString error;
    QString at;
};

} // namespace facet
