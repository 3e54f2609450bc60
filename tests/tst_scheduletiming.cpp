// ScheduleTiming (schedules.md): next runs of daily, weekly and monthly
// schedules across the daylight-saving changes of several zones, days 29-31
// in short months, leap years, strictly-after, catch-up lists and the period
// each run covers; and a brute-force check against an independent
// computation (walking UTC minutes and reading the wall clock) over many
// random schedules, zones and instants near transitions.
#include "schedules/ScheduleTiming.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using ud::Recurrence;
using ud::Schedule;
using ud::ScheduleTiming;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime instant = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!instant.isValid())
        qFatal("bad instant %s", iso);
    return instant.toUTC();
}

Schedule schedule(Recurrence recurrence, const char *time, const char *zone, int day = 0)
{
    Schedule s;
    s.recurrence = recurrence;
    s.timeOfDay = QTime::fromString(QString::fromLatin1(time), u"HH:mm"_s);
    s.timeZone = QByteArray(zone);
    if (recurrence == Recurrence::Weekly)
        s.dayOfWeek = day;
    if (recurrence == Recurrence::Monthly)
        s.dayOfMonth = day;
    return s;
}

QString text(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : u"<invalid>"_s;
}

// The independent computation: walk UTC minute by minute after `after`,
// reading the wall clock with offsetFromUtc() alone.
//  - a minute whose wall clock shows the schedule's time on a matching date
//    is a run, unless the same wall time was already shown in the three hours
//    before (then it is the repeated time's second occurrence);
//  - a step whose wall clock jumps forward over the schedule's time on a
//    matching date is a gap: the run is that wall time read with the offset
//    in force before the jump.
struct BruteForce
{
    const Schedule &s;
    QTimeZone zone;
    qint64 calls = 0;
    int gaps = 0;    // runs found in a gap
    int repeats = 0; // second occurrences passed over

    qint64 wallAt(qint64 utcSeconds)
    {
        ++calls;
        return utcSeconds + zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
    }

    bool matches(QDate date) const
    {
        switch (s.recurrence) {
        case Recurrence::Daily:
            return true;
        case Recurrence::Weekly:
            return date.dayOfWeek() == s.dayOfWeek;
        case Recurrence::Monthly: {
            // The last day of the month when the month is too short.
            int last = 28;
            while (QDate(date.year(), date.month(), last + 1).isValid())
                ++last;
            return date.day() == (s.dayOfMonth > last ? last : s.dayOfMonth);
        }
        }
        return false;
    }

    bool isTarget(qint64 wall) const
    {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(wall, Qt::UTC);
        return local.time().hour() == s.timeOfDay.hour() &&
               local.time().minute() == s.timeOfDay.minute() && local.time().second() == 0 &&
               matches(local.date());
    }

    QDateTime next(const QDateTime &after)
    {
        // From three hours earlier: a gap passed just before `after` may
        // still put its shifted run after it.
        const qint64 limit = after.toSecsSinceEpoch();
        const qint64 start = limit / 60 * 60 - 3 * 3600;
        qint64 previousWall = wallAt(start - 60);
        for (qint64 u = start; u < start + 40LL * 24 * 3600; u += 60) {
            const qint64 wall = wallAt(u);
            if (wall - previousWall > 60) {
                // Wall times [previousWall + 60, wall) were skipped.
                const int offsetBefore = int(previousWall - (u - 60));
                for (qint64 w = previousWall + 60; w < wall; w += 60) {
                    if (isTarget(w) && w - offsetBefore > limit) {
                        ++gaps;
                        return QDateTime::fromSecsSinceEpoch(w - offsetBefore, Qt::UTC);
                    }
                }
            }
            if (u > limit && isTarget(wall)) {
                bool shownBefore = false;
                for (qint64 back = u - 60; back >= u - 3 * 3600 && !shownBefore; back -= 60)
                    shownBefore = wallAt(back) == wall;
                if (!shownBefore)
                    return QDateTime::fromSecsSinceEpoch(u, Qt::UTC);
                ++repeats;
            }
            previousWall = wall;
        }
        return QDateTime();
    }
};

} // namespace

class TestScheduleTiming : public QObject
{
    Q_OBJECT

private:
    static void expectRuns(const Schedule &s, const char *after, const QStringList &expected)
    {
        QDateTime last = utc(after);
        QStringList got;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            last = ScheduleTiming::nextRunAfter(s, last);
            got << text(last);
        }
        QCOMPARE(got, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *zone : {"Europe/Berlin", "America/New_York", "Australia/Sydney",
                                 "Asia/Kolkata", "Pacific/Chatham", "America/Santiago",
                                 "Europe/London", "UTC", "Asia/Tehran", "Australia/Lord_Howe"})
            QVERIFY2(QTimeZone::isTimeZoneIdAvailable(zone), zone);
    }

    void qtItselfDiffersFromTheRules()
    {
        // Why the rules are computed: Qt 6.4 reads a time in the gap as
        // invalid (or elsewhere), and a repeated time as its second
        // occurrence. Whatever Qt does, ours must give the rules' answers.
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime qtGap(QDate(2025, 3, 30), QTime(2, 30), berlin);
        const QDateTime qtRepeated(QDate(2025, 10, 26), QTime(2, 30), berlin);
        qInfo("Qt reads 02:30 in the gap as %s, the repeated 02:30 as %s", qPrintable(text(qtGap)),
              qPrintable(text(qtRepeated)));
        QCOMPARE(text(ScheduleTiming::instantOf(QDate(2025, 3, 30), QTime(2, 30), berlin)),
                 u"2025-03-30T01:30:00Z"_s);
        QCOMPARE(text(ScheduleTiming::instantOf(QDate(2025, 10, 26), QTime(2, 30), berlin)),
                 u"2025-10-26T00:30:00Z"_s);
        // Unambiguous times agree with Qt.
        QCOMPARE(ScheduleTiming::instantOf(QDate(2025, 7, 1), QTime(8, 0), berlin),
                 QDateTime(QDate(2025, 7, 1), QTime(8, 0), berlin).toUTC());
    }

    void berlinDailyAcrossTransitions()
    {
        // Spring: 2025-03-30 02:00 CET -> 03:00 CEST (01:00Z).
        expectRuns(
            schedule(Recurrence::Daily, "08:00", "Europe/Berlin"), "2025-03-28T12:00:00Z",
            {u"2025-03-29T07:00:00Z"_s, u"2025-03-30T06:00:00Z"_s, u"2025-03-31T06:00:00Z"_s});
        // 02:30 does not exist on the 30th: at the offset before (+1), 03:30 CEST.
        expectRuns(schedule(Recurrence::Daily, "02:30", "Europe/Berlin"), "2025-03-29T12:00:00Z",
                   {u"2025-03-30T01:30:00Z"_s, u"2025-03-31T00:30:00Z"_s});
        // 02:00 is the first minute of the gap: 03:00 CEST, the change itself.
        expectRuns(schedule(Recurrence::Daily, "02:00", "Europe/Berlin"), "2025-03-29T12:00:00Z",
                   {u"2025-03-30T01:00:00Z"_s});
        // 03:00 exists (the first minute after the gap): the same instant.
        expectRuns(schedule(Recurrence::Daily, "03:00", "Europe/Berlin"), "2025-03-29T12:00:00Z",
                   {u"2025-03-30T01:00:00Z"_s});
        // Autumn: 2025-10-26 03:00 CEST -> 02:00 CET (01:00Z). 02:30 is
        // shown twice: it runs once, at the first (CEST, 00:30Z).
        expectRuns(schedule(Recurrence::Daily, "02:30", "Europe/Berlin"), "2025-10-25T12:00:00Z",
                   {u"2025-10-26T00:30:00Z"_s, u"2025-10-27T01:30:00Z"_s});
        expectRuns(schedule(Recurrence::Daily, "08:00", "Europe/Berlin"), "2025-10-25T00:00:00Z",
                   {u"2025-10-25T06:00:00Z"_s, u"2025-10-26T07:00:00Z"_s});
        // After the first occurrence, the second is not a run.
        QCOMPARE(
            text(ScheduleTiming::nextRunAfter(schedule(Recurrence::Daily, "02:30", "Europe/Berlin"),
                                              utc("2025-10-26T00:30:00Z"))),
            u"2025-10-27T01:30:00Z"_s);
        QCOMPARE(
            text(ScheduleTiming::nextRunAfter(schedule(Recurrence::Daily, "02:30", "Europe/Berlin"),
                                              utc("2025-10-26T01:00:00Z"))),
            u"2025-10-27T01:30:00Z"_s);
    }

    void newYorkAcrossTransitions()
    {
        // Spring: 2025-03-09 02:00 EST -> 03:00 EDT (07:00Z).
        expectRuns(schedule(Recurrence::Daily, "02:30", "America/New_York"), "2025-03-08T12:00:00Z",
                   {u"2025-03-09T07:30:00Z"_s, u"2025-03-10T06:30:00Z"_s});
        expectRuns(
            schedule(Recurrence::Weekly, "02:30", "America/New_York", Qt::Sunday),
            "2025-03-01T00:00:00Z",
            {u"2025-03-02T07:30:00Z"_s, u"2025-03-09T07:30:00Z"_s, u"2025-03-16T06:30:00Z"_s});
        // Autumn: 2025-11-02 02:00 EDT -> 01:00 EST (06:00Z): 01:30 twice.
        expectRuns(schedule(Recurrence::Daily, "01:30", "America/New_York"), "2025-11-01T12:00:00Z",
                   {u"2025-11-02T05:30:00Z"_s, u"2025-11-03T06:30:00Z"_s});
        expectRuns(schedule(Recurrence::Monthly, "01:30", "America/New_York", 2),
                   "2025-10-15T00:00:00Z", {u"2025-11-02T05:30:00Z"_s, u"2025-12-02T06:30:00Z"_s});
    }

    void sydneyAcrossTransitions()
    {
        // Southern hemisphere. Autumn: 2025-04-06 03:00 AEDT -> 02:00 AEST
        // (2025-04-05T16:00Z): 02:30 twice, the first at +11.
        expectRuns(
            schedule(Recurrence::Daily, "02:30", "Australia/Sydney"), "2025-04-04T12:00:00Z",
            {u"2025-04-04T15:30:00Z"_s, u"2025-04-05T15:30:00Z"_s, u"2025-04-06T16:30:00Z"_s});
        // Spring: 2025-10-05 02:00 AEST -> 03:00 AEDT (2025-10-04T16:00Z):
        // 02:30 runs at the offset before (+10), 03:30 AEDT.
        expectRuns(
            schedule(Recurrence::Weekly, "02:30", "Australia/Sydney", Qt::Sunday),
            "2025-09-25T00:00:00Z",
            {u"2025-09-27T16:30:00Z"_s, u"2025-10-04T16:30:00Z"_s, u"2025-10-11T15:30:00Z"_s});
        expectRuns(schedule(Recurrence::Monthly, "09:00", "Australia/Sydney", 5),
                   "2025-09-01T00:00:00Z", {u"2025-09-04T23:00:00Z"_s, u"2025-10-04T22:00:00Z"_s});
    }

    void halfHourAndMidnightTransitions()
    {
        // Lord Howe moves 30 minutes: 02:00 -> 02:30 on 2025-10-05 (+10:30
        // -> +11); 02:15 runs at 02:45 local, 15:45Z the day before.
        expectRuns(schedule(Recurrence::Daily, "02:15", "Australia/Lord_Howe"),
                   "2025-10-04T00:00:00Z", {u"2025-10-04T15:45:00Z"_s});
        // Santiago changes at midnight: 2025-09-07 00:00 -> 01:00 (-4 -> -3);
        // 00:30 that day runs at 01:30 local (04:30Z).
        expectRuns(schedule(Recurrence::Daily, "00:30", "America/Santiago"), "2025-09-06T12:00:00Z",
                   {u"2025-09-07T04:30:00Z"_s});
    }

    void weeklyOnEachWeekday()
    {
        // 2025-06-02 is a Monday; Berlin is at +2 in June.
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            const Schedule s = schedule(Recurrence::Weekly, "07:15", "Europe/Berlin", day);
            const QDateTime first = ScheduleTiming::nextRunAfter(s, utc("2025-06-01T23:00:00Z"));
            QCOMPARE(
                text(first),
                QDateTime(QDate(2025, 6, 1 + day), QTime(5, 15), Qt::UTC).toString(Qt::ISODate));
            QCOMPARE(ScheduleTiming::nextRunAfter(s, first), first.addDays(7));
        }
    }

    void monthlyOnDaysMissingFromShortMonths()
    {
        expectRuns(schedule(Recurrence::Monthly, "09:00", "UTC", 31), "2025-01-31T09:00:00Z",
                   {u"2025-02-28T09:00:00Z"_s, u"2025-03-31T09:00:00Z"_s, u"2025-04-30T09:00:00Z"_s,
                    u"2025-05-31T09:00:00Z"_s});
        // Leap years: day 29 and 30 are Feb 29 in 2024, Feb 28 in 2025.
        expectRuns(schedule(Recurrence::Monthly, "09:00", "UTC", 29), "2024-02-01T00:00:00Z",
                   {u"2024-02-29T09:00:00Z"_s, u"2024-03-29T09:00:00Z"_s});
        expectRuns(
            schedule(Recurrence::Monthly, "09:00", "UTC", 30), "2024-02-01T00:00:00Z",
            {u"2024-02-29T09:00:00Z"_s, u"2024-03-30T09:00:00Z"_s, u"2024-04-30T09:00:00Z"_s});
        expectRuns(schedule(Recurrence::Monthly, "09:00", "UTC", 29), "2025-02-01T00:00:00Z",
                   {u"2025-02-28T09:00:00Z"_s, u"2025-03-29T09:00:00Z"_s});
        // 2100 is not a leap year.
        expectRuns(schedule(Recurrence::Monthly, "09:00", "UTC", 29), "2100-02-01T00:00:00Z",
                   {u"2100-02-28T09:00:00Z"_s});
        // In a zone: the local date counts (Sydney +11 in January).
        expectRuns(schedule(Recurrence::Monthly, "06:00", "Australia/Sydney", 31),
                   "2025-02-01T00:00:00Z", {u"2025-02-27T19:00:00Z"_s});
    }

    void strictlyAfter()
    {
        const Schedule s = schedule(Recurrence::Daily, "08:00", "Europe/Berlin");
        const QDateTime run = utc("2025-07-01T06:00:00Z");
        QCOMPARE(ScheduleTiming::nextRunAfter(s, run.addMSecs(-1)), run);
        QCOMPARE(ScheduleTiming::nextRunAfter(s, run), run.addDays(1));
        QCOMPARE(ScheduleTiming::nextRunAfter(s, run.addSecs(1)), run.addDays(1));
    }

    void invalidSchedulesHaveNoRun()
    {
        Schedule s = schedule(Recurrence::Daily, "08:00", "Mars/Olympus_Mons");
        QVERIFY(!ScheduleTiming::nextRunAfter(s, utc("2025-01-01T00:00:00Z")).isValid());
        s = schedule(Recurrence::Weekly, "08:00", "UTC", 0);
        QVERIFY(!ScheduleTiming::nextRunAfter(s, utc("2025-01-01T00:00:00Z")).isValid());
        s = schedule(Recurrence::Monthly, "08:00", "UTC", 32);
        QVERIFY(!ScheduleTiming::nextRunAfter(s, utc("2025-01-01T00:00:00Z")).isValid());
    }

    void runsBetweenOldestFirstAndCapped()
    {
        const Schedule s = schedule(Recurrence::Daily, "08:00", "UTC");
        const QList<QDateTime> runs = ScheduleTiming::runsBetween(s, utc("2025-01-01T08:00:00Z"),
                                                                  utc("2025-01-05T08:00:00Z"));
        QCOMPARE(runs.size(), 4); // (after, until]: not the 1st, the 5th included
        QCOMPARE(runs.first(), utc("2025-01-02T08:00:00Z"));
        QCOMPARE(runs.last(), utc("2025-01-05T08:00:00Z"));
        const QList<QDateTime> capped = ScheduleTiming::runsBetween(s, utc("2025-01-01T08:00:00Z"),
                                                                    utc("2025-01-05T08:00:00Z"), 2);
        QCOMPARE(capped, runs.mid(0, 2));
        QVERIFY(
            ScheduleTiming::runsBetween(s, utc("2025-01-05T08:00:00Z"), utc("2025-01-05T08:00:00Z"))
                .isEmpty());
        // A year missed is 365 runs, the default cap 1000.
        QCOMPARE(
            ScheduleTiming::runsBetween(s, utc("2025-01-01T09:00:00Z"), utc("2026-01-01T09:00:00Z"))
                .size(),
            365);
        QCOMPARE(
            ScheduleTiming::runsBetween(s, utc("2020-01-01T09:00:00Z"), utc("2026-01-01T09:00:00Z"))
                .size(),
            1000);
    }

    void periodForEachRecurrence()
    {
        const auto expectPeriod = [](const Schedule &s, const char *run, QDate first, QDate last) {
            const ud::ReportPeriod period = ScheduleTiming::periodForRun(s, utc(run));
            QCOMPARE(period.first(), first);
            QCOMPARE(period.last(), last);
            QCOMPARE(period.preset(), ud::ReportPeriod::Preset::Custom);
        };
        expectPeriod(schedule(Recurrence::Daily, "08:00", "Europe/Berlin"), "2025-03-30T06:00:00Z",
                     QDate(2025, 3, 29), QDate(2025, 3, 29));
        expectPeriod(schedule(Recurrence::Weekly, "02:30", "America/New_York", Qt::Sunday),
                     "2025-03-09T07:30:00Z", QDate(2025, 3, 2), QDate(2025, 3, 8));
        expectPeriod(schedule(Recurrence::Monthly, "09:00", "UTC", 1), "2026-01-01T09:00:00Z",
                     QDate(2025, 12, 1), QDate(2025, 12, 31));
        expectPeriod(schedule(Recurrence::Monthly, "09:00", "UTC", 15), "2024-03-15T09:00:00Z",
                     QDate(2024, 2, 1), QDate(2024, 2, 29));
        // 00:30 local in Sydney on June 1st is still May 31st in UTC: the
        // local date is R.
        const Schedule sydney = schedule(Recurrence::Monthly, "00:30", "Australia/Sydney", 1);
        const QDateTime run = ScheduleTiming::nextRunAfter(sydney, utc("2025-05-20T00:00:00Z"));
        QCOMPARE(text(run), u"2025-05-31T14:30:00Z"_s);
        expectPeriod(sydney, "2025-05-31T14:30:00Z", QDate(2025, 5, 1), QDate(2025, 5, 31));
        expectPeriod(schedule(Recurrence::Daily, "00:30", "Australia/Sydney"),
                     "2025-05-31T14:30:00Z", QDate(2025, 5, 31), QDate(2025, 5, 31));
        // And the other way: 23:30 in New York is the next day in UTC.
        expectPeriod(schedule(Recurrence::Daily, "23:30", "America/New_York"),
                     "2025-07-02T03:30:00Z", QDate(2025, 6, 30), QDate(2025, 6, 30));
    }

    void agreesWithBruteForce()
    {
        const QList<QByteArray> zones = {
            "Europe/Berlin",   "America/New_York",   "Australia/Sydney", "Asia/Kolkata",
            "Pacific/Chatham", "America/Santiago",   "Europe/London",    "UTC",
            "Asia/Tehran",     "Australia/Lord_Howe"};
        QRandomGenerator random(20251125);
        QElapsedTimer timer;
        timer.start();
        int checked = 0;
        int nearTransitions = 0;
        qint64 calls = 0;
        int gaps = 0;
        int repeats = 0;
        for (const QByteArray &zoneId : zones) {
            const QTimeZone zone(zoneId);
            // Random schedules at instants up to 20 hours before and 3 hours
            // after each transition of 2019-2031 (Tehran had them until
            // 2022), and at random instants in those years. A fixed time
            // marks a daily schedule aimed at the transition's own wall time
            // (inside its gap or its repeated stretch), asked for before the
            // change and between the two occurrences of a repeated time.
            QList<std::pair<QDateTime, QTime>> cases;
            const auto transitions =
                zone.transitions(utc("2019-01-01T00:00:00Z"), utc("2031-12-31T00:00:00Z"));
            for (const QTimeZone::OffsetData &t : transitions) {
                cases.append({t.atUtc.addSecs(-qint64(random.bounded(20 * 3600))), QTime()});
                cases.append({t.atUtc.addSecs(qint64(random.bounded(3 * 3600))), QTime()});
                const qint64 change = t.atUtc.toSecsSinceEpoch();
                const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
                const int after = t.offsetFromUtc;
                if (before == after)
                    continue;
                // The middle of the gap or of the repeated stretch, in minutes.
                const qint64 wall = (change + (before + after) / 2) / 60 * 60;
                const QTime time = QDateTime::fromSecsSinceEpoch(wall, Qt::UTC).time();
                cases.append({t.atUtc.addSecs(-qint64(random.bounded(1, 20 * 3600))), time});
                const qint64 first = wall - std::max(before, after);
                const int between = std::abs(before - after);
                cases.append(
                    {QDateTime::fromSecsSinceEpoch(first + random.bounded(between), Qt::UTC),
                     time});
            }
            nearTransitions += int(transitions.size());
            for (int i = 0; i < 40; ++i)
                cases.append({utc("2019-01-01T00:00:00Z")
                                  .addSecs(qint64(random.bounded(13 * 365)) * 24 * 3600 +
                                           random.bounded(24 * 3600)),
                              QTime()});
            for (const auto &[after, aimed] : std::as_const(cases)) {
                Schedule s;
                s.timeZone = zoneId;
                const int kind = aimed.isValid() ? 0 : random.bounded(10);
                s.recurrence = kind < 6   ? Recurrence::Daily
                               : kind < 9 ? Recurrence::Weekly
                                          : Recurrence::Monthly;
                s.dayOfWeek = s.recurrence == Recurrence::Weekly ? random.bounded(1, 8) : 0;
                s.dayOfMonth = s.recurrence == Recurrence::Monthly ? random.bounded(1, 32) : 0;
                // Mostly the small hours, where the changes are.
                const int hour = random.bounded(3) ? random.bounded(5) : random.bounded(24);
                const int minute = random.bounded(2) ? random.bounded(4) * 15 : random.bounded(60);
                s.timeOfDay = aimed.isValid() ? aimed : QTime(hour, minute);
                BruteForce brute{s, zone};
                const QDateTime expected = brute.next(after);
                calls += brute.calls;
                gaps += brute.gaps;
                repeats += brute.repeats;
                const QDateTime got = ScheduleTiming::nextRunAfter(s, after);
                QVERIFY2(got == expected,
                         qPrintable(u"%1 %2 %3 day %4/%5 after %6: got %7, expected %8"_s
                                        .arg(QString::fromLatin1(zoneId))
                                        .arg(int(s.recurrence))
                                        .arg(s.timeOfDay.toString(u"HH:mm"_s))
                                        .arg(s.dayOfWeek)
                                        .arg(s.dayOfMonth)
                                        .arg(text(after), text(got), text(expected))));
                ++checked;
            }
        }
        qInfo("%d schedules checked (%d near transitions, %d runs in gaps, %d repeated times "
              "passed over), %lld offset look-ups, %lld ms",
              checked, nearTransitions, gaps, repeats, calls, timer.elapsed());
        QVERIFY(checked > 300);
        // Both kinds of change were met, many times.
        QVERIFY(gaps >= 50);
        QVERIFY(repeats >= 50);
    }
};

QTEST_GUILESS_MAIN(TestScheduleTiming)
#include "tst_scheduletiming.moc"
