#pragma once

#include "reports/ReportPeriod.h"
#include "schedules/Schedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace ud {

// When a schedule runs and what each run covers (schedules.md). Pure: no
// database, no clock; every instant in and out is UTC.
//
// The wall-clock time is kept across daylight-saving changes, by rules
// computed here from the zone's offsets rather than left to QDateTime (whose
// handling of such times differs between Qt versions; Qt 6.4 makes a time in
// a gap invalid and picks the second of a repeated time):
//   - a local time that does not exist that day (spring forward) runs at the
//     offset in force just before the change, i.e. shifted forward by the
//     gap: 02:30 in a 02:00->03:00 gap runs at 03:30 local;
//   - a local time that exists twice (fall back) runs once, at the first.
class ScheduleTiming
{
public:
    // The first run strictly after `afterUtc`; invalid when the schedule's
    // zone or time is invalid.
    static QDateTime nextRunAfter(const Schedule &schedule, const QDateTime &afterUtc);

    // The runs in (afterUtc, untilUtc], oldest first, at most `limit` of them
    // (the oldest): catch-up takes them in order and asks again from the
    // last one it handled.
    static QList<QDateTime> runsBetween(const Schedule &schedule, const QDateTime &afterUtc,
                                        const QDateTime &untilUtc, int limit = 1000);

    // The period a run covers, from the run's local date R in the schedule's
    // zone: daily R-1..R-1, weekly R-7..R-1, monthly the calendar month
    // before R's month. A custom period made with today = R.
    static ReportPeriod periodForRun(const Schedule &schedule, const QDateTime &runUtc);

    // The UTC instant of local `date` at `time` in `zone` by the rules above.
    static QDateTime instantOf(QDate date, QTime time, const QTimeZone &zone);
    // Whether the schedule runs on local `date` (recurrence, weekday, day of
    // month clamped to the month's last day).
    static bool runsOn(const Schedule &schedule, QDate date);
    // The local date of a UTC instant in `zone`.
    static QDate localDate(const QDateTime &utc, const QTimeZone &zone);
};

} // namespace ud
