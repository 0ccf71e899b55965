// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace facet {

// A publication planned ahead: not before an embargo time, once or recurring.
struct PublicationSchedule
{
    qint64 id = 0;
    QStringList targets;  // target codes; empty = every target of `channels`
    QStringList channels; // empty = every channel
    QDateTime notBefore;  // UTC; the embargo
    // "" (once), "hourly", "daily", "weekly", or "every <n> minutes" (n >= 1). Computed in UTC: daily and
    // weekly runs keep notBefore's UTC clock time; without notBefore they are phased on Monday 1970-01-05
    // 00:00 UTC.
    QString recurrence;
    QDateTime nextRun; // UTC; null once a one-off schedule ran
    bool enabled = true;
    QString createdBy;

    // The first run strictly after `after` that is not before notBefore; null for a one-off that ran.
    QDateTime following(const QDateTime& after) const;
    // The nextRun of a schedule saved at `now`: a one-off at notBefore (due at once when that has passed, so
    // an embargo entered late still publishes), a recurring one at its first run at or after `now`.
    QDateTime firstRun(const QDateTime& now) const;
    bool isDue(const QDateTime& now) const { return enabled && nextRun.isValid() && nextRun <= now; }
    static bool isValidRecurrence(const QString& recurrence);
};

} // namespace facet
