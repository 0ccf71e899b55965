// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/PublicationSchedule.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// The period of a recurrence in milliseconds: 0 for a one-off, -1 for text that is not a recurrence. All runs
// are computed in UTC, so a day is always 24 hours and daily/weekly runs keep the clock time of notBefore.
qint64 periodMs(const QString& recurrence)
{
    if (recurrence.isEmpty())
        return 0;
    if (recurrence == "hourly"_L1)
        return 60 * kMinuteMs;
    if (recurrence == "daily"_L1)
        return 24 * 60 * kMinuteMs;
    if (recurrence == "weekly"_L1)
        return 7 * 24 * 60 * kMinuteMs;
    static const QRegularExpression everyMinutes(u"^every ([1-9][0-9]{0,5}) minutes?$"_s);
    const QRegularExpressionMatch match = everyMinutes.match(recurrence);
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toLongLong() * kMinuteMs;
}

// A schedule saved without an embargo still needs a phase: the Monday 1970-01-05 00:00 UTC puts hourly runs
// on the hour, daily ones at midnight and weekly ones on Mondays.
QDateTime anchorOf(const QDateTime& notBefore)
{
    if (notBefore.isValid())
        return notBefore.toUTC();
    return QDateTime(QDate(1970, 1, 5), QTime(0, 0), QTimeZone::UTC);
}

} // namespace

QDateTime PublicationSchedule::following(const QDateTime& after) const
{
    const qint64 period = periodMs(recurrence);
    if (period < 0 || !after.isValid())
        return {};
    const QDateTime anchor = anchorOf(notBefore);
    if (period == 0) {
        // A one-off runs once, at its embargo; asked again after that time, it has nothing left to run.
        if (notBefore.isValid() && anchor > after)
            return anchor;
        return {};
    }
    if (anchor > after)
        return anchor;
    const qint64 elapsed = anchor.msecsTo(after);
    return anchor.addMSecs((elapsed / period + 1) * period);
}

QDateTime PublicationSchedule::firstRun(const QDateTime& now) const
{
    if (periodMs(recurrence) < 0 || !now.isValid())
        return {};
    if (recurrence.isEmpty())
        return notBefore.isValid() ? notBefore.toUTC() : now.toUTC();
    // The run at the embargo itself counts when it is still ahead or exactly now.
    return following(now.addMSecs(-1));
}

bool PublicationSchedule::isValidRecurrence(const QString& recurrence)
{
    return periodMs(recurrence) >= 0;
}

} // namespace facet
