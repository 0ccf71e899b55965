// SPDX-License-Identifier: GPL-3.0-or-later
// When scheduled publications run: never before their embargo, then on their recurrence, in UTC.
#include "models/publishing/PublicationSchedule.h"

#include <QTest>
#include <QTimeZone>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.toTimeZone(QTimeZone::UTC);
}

} // namespace

class TestPublicationSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void following_data();
    void following();
    void firstRun_data();
    void firstRun();
    void isValidRecurrence_data();
    void isValidRecurrence();
    void isDue();
};

void TestPublicationSchedule::following_data()
{
    QTest::addColumn<QString>("notBefore");
    QTest::addColumn<QString>("recurrence");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // empty: no further run

    const QString embargo = u"2025-11-03T09:30:00Z"_s;
    QTest::newRow("once, before the embargo") << embargo << QString() << u"2025-11-01T00:00:00Z"_s << embargo;
    QTest::newRow("once, a millisecond before")
        << embargo << QString() << u"2025-11-03T09:29:59.999Z"_s << embargo;
    QTest::newRow("once, at the embargo: ran") << embargo << QString() << embargo << QString();
    QTest::newRow("once, after: ran") << embargo << QString() << u"2025-12-01T00:00:00Z"_s << QString();
    QTest::newRow("once without a time") << QString() << QString() << u"2025-11-01T00:00:00Z"_s << QString();

    QTest::newRow("hourly, before the embargo")
        << embargo << u"hourly"_s << u"2025-10-01T00:00:00Z"_s << embargo;
    QTest::newRow("hourly, at the embargo") << embargo << u"hourly"_s << embargo << u"2025-11-03T10:30:00Z"_s;
    QTest::newRow("hourly, between runs")
        << embargo << u"hourly"_s << u"2025-11-03T14:05:00Z"_s << u"2025-11-03T14:30:00Z"_s;
    QTest::newRow("hourly, exactly on a run")
        << embargo << u"hourly"_s << u"2025-11-03T14:30:00Z"_s << u"2025-11-03T15:30:00Z"_s;
    QTest::newRow("hourly over midnight")
        << embargo << u"hourly"_s << u"2025-11-03T23:45:00Z"_s << u"2025-11-04T00:30:00Z"_s;

    QTest::newRow("daily keeps 09:30 UTC")
        << embargo << u"daily"_s << u"2025-11-03T09:30:00Z"_s << u"2025-11-04T09:30:00Z"_s;
    QTest::newRow("daily, later the same day")
        << embargo << u"daily"_s << u"2025-11-10T12:00:00Z"_s << u"2025-11-11T09:30:00Z"_s;
    QTest::newRow("daily, earlier the same day")
        << embargo << u"daily"_s << u"2025-11-10T08:00:00Z"_s << u"2025-11-10T09:30:00Z"_s;
    // Central Europe leaves summer time on 26 October 2025: UTC runs do not move.
    QTest::newRow("daily across a DST change")
        << u"2025-10-20T07:00:00Z"_s << u"daily"_s << u"2025-10-26T07:00:00Z"_s << u"2025-10-27T07:00:00Z"_s;
    QTest::newRow("daily over a leap day")
        << u"2024-02-27T23:15:00Z"_s << u"daily"_s << u"2024-02-28T23:15:00Z"_s << u"2024-02-29T23:15:00Z"_s;
    QTest::newRow("daily, a year on")
        << embargo << u"daily"_s << u"2026-11-03T09:30:00.001Z"_s << u"2026-11-04T09:30:00Z"_s;

    QTest::newRow("weekly keeps Monday 09:30")
        << embargo << u"weekly"_s << u"2025-11-05T00:00:00Z"_s << u"2025-11-10T09:30:00Z"_s;
    QTest::newRow("weekly, on the run")
        << embargo << u"weekly"_s << u"2025-11-10T09:30:00Z"_s << u"2025-11-17T09:30:00Z"_s;
    QTest::newRow("weekly into the new year")
        << embargo << u"weekly"_s << u"2025-12-29T10:00:00Z"_s << u"2026-01-05T09:30:00Z"_s;

    QTest::newRow("every 15 minutes")
        << embargo << u"every 15 minutes"_s << u"2025-11-03T10:01:00Z"_s << u"2025-11-03T10:15:00Z"_s;
    QTest::newRow("every 1 minute, seconds kept") << u"2025-11-03T09:30:20Z"_s << u"every 1 minute"_s
                                                  << u"2025-11-03T09:31:20Z"_s << u"2025-11-03T09:32:20Z"_s;
    QTest::newRow("every 90 minutes")
        << embargo << u"every 90 minutes"_s << u"2025-11-03T12:00:00Z"_s << u"2025-11-03T12:30:00Z"_s;
    QTest::newRow("every 5 minutes, before the embargo")
        << embargo << u"every 5 minutes"_s << u"2025-11-03T09:00:00Z"_s << embargo;

    QTest::newRow("hourly without embargo: on the hour")
        << QString() << u"hourly"_s << u"2025-11-03T10:20:00Z"_s << u"2025-11-03T11:00:00Z"_s;
    QTest::newRow("daily without embargo: midnight")
        << QString() << u"daily"_s << u"2025-11-03T10:20:00Z"_s << u"2025-11-04T00:00:00Z"_s;
    QTest::newRow("weekly without embargo: Monday") // 2025-11-06 is a Thursday
        << QString() << u"weekly"_s << u"2025-11-06T10:20:00Z"_s << u"2025-11-10T00:00:00Z"_s;

    QTest::newRow("unknown recurrence") << embargo << u"monthly"_s << u"2025-11-01T00:00:00Z"_s << QString();
    QTest::newRow("zero minutes") << embargo << u"every 0 minutes"_s << u"2025-11-01T00:00:00Z"_s
                                  << QString();
}

void TestPublicationSchedule::following()
{
    QFETCH(QString, notBefore);
    QFETCH(QString, recurrence);
    QFETCH(QString, after);
    QFETCH(QString, expected);

    PublicationSchedule schedule;
    schedule.notBefore = utc(notBefore);
    schedule.recurrence = recurrence;
    const QDateTime next = schedule.following(utc(after));
    QCOMPARE(next, utc(expected));
    if (next.isValid()) {
        QCOMPARE(next.offsetFromUtc(), 0);
        QVERIFY(next > utc(after));
        if (schedule.notBefore.isValid())
            QVERIFY(next >= schedule.notBefore);
    }
}

void TestPublicationSchedule::firstRun_data()
{
    QTest::addColumn<QString>("notBefore");
    QTest::addColumn<QString>("recurrence");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected");

    const QString embargo = u"2025-11-03T09:30:00Z"_s;
    QTest::newRow("once ahead") << embargo << QString() << u"2025-11-01T00:00:00Z"_s << embargo;
    QTest::newRow("once entered late: due at once")
        << embargo << QString() << u"2025-11-04T00:00:00Z"_s << embargo;
    QTest::newRow("once without a time: now")
        << QString() << QString() << u"2025-11-04T00:00:00Z"_s << u"2025-11-04T00:00:00Z"_s;
    QTest::newRow("daily ahead") << embargo << u"daily"_s << u"2025-11-01T00:00:00Z"_s << embargo;
    QTest::newRow("daily saved at the embargo") << embargo << u"daily"_s << embargo << embargo;
    QTest::newRow("daily saved later")
        << embargo << u"daily"_s << u"2025-11-05T10:00:00Z"_s << u"2025-11-06T09:30:00Z"_s;
    QTest::newRow("invalid") << embargo << u"sometimes"_s << u"2025-11-05T10:00:00Z"_s << QString();
}

void TestPublicationSchedule::firstRun()
{
    QFETCH(QString, notBefore);
    QFETCH(QString, recurrence);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    PublicationSchedule schedule;
    schedule.notBefore = utc(notBefore);
    schedule.recurrence = recurrence;
    QCOMPARE(schedule.firstRun(utc(now)), utc(expected));
}

void TestPublicationSchedule::isValidRecurrence_data()
{
    QTest::addColumn<QString>("recurrence");
    QTest::addColumn<bool>("valid");
    QTest::newRow("once") << QString() << true;
    QTest::newRow("hourly") << u"hourly"_s << true;
    QTest::newRow("daily") << u"daily"_s << true;
    QTest::newRow("weekly") << u"weekly"_s << true;
    QTest::newRow("every 1 minutes") << u"every 1 minutes"_s << true;
    QTest::newRow("every 1 minute") << u"every 1 minute"_s << true;
    QTest::newRow("every 45 minutes") << u"every 45 minutes"_s << true;
    QTest::newRow("every 10080 minutes") << u"every 10080 minutes"_s << true;
    QTest::newRow("every 0 minutes") << u"every 0 minutes"_s << false;
    QTest::newRow("every -5 minutes") << u"every -5 minutes"_s << false;
    QTest::newRow("every 05 minutes") << u"every 05 minutes"_s << false;
    QTest::newRow("every five minutes") << u"every five minutes"_s << false;
    QTest::newRow("every 5 hours") << u"every 5 hours"_s << false;
    QTest::newRow("every minutes") << u"every minutes"_s << false;
    QTest::newRow("5 minutes") << u"5 minutes"_s << false;
    QTest::newRow("every 9999999 minutes") << u"every 9999999 minutes"_s << false;
    QTest::newRow("Daily") << u"Daily"_s << false;
    QTest::newRow("daily with a space") << u"daily "_s << false;
    QTest::newRow("monthly") << u"monthly"_s << false;
}

void TestPublicationSchedule::isValidRecurrence()
{
    QFETCH(QString, recurrence);
    QFETCH(bool, valid);
    QCOMPARE(PublicationSchedule::isValidRecurrence(recurrence), valid);
}

void TestPublicationSchedule::isDue()
{
    PublicationSchedule schedule;
    schedule.notBefore = utc(u"2025-11-03T09:30:00Z"_s);
    schedule.nextRun = schedule.notBefore;
    QVERIFY(!schedule.isDue(utc(u"2025-11-03T09:29:59Z"_s)));
    QVERIFY(schedule.isDue(utc(u"2025-11-03T09:30:00Z"_s)));
    QVERIFY(schedule.isDue(utc(u"2025-11-04T00:00:00Z"_s)));
    schedule.enabled = false;
    QVERIFY(!schedule.isDue(utc(u"2025-11-04T00:00:00Z"_s)));
    schedule.enabled = true;
    schedule.nextRun = schedule.following(schedule.nextRun); // a one-off that ran
    QVERIFY(!schedule.nextRun.isValid());
    QVERIFY(!schedule.isDue(utc(u"2030-01-01T00:00:00Z"_s)));
}

QTEST_GUILESS_MAIN(TestPublicationSchedule)
#include "tst_publicationschedule.moc"
