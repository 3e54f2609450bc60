#include "schedules/ScheduleTiming.h"

#include <algorithm>
#include <optional>

namespace ud {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

QTimeZone zoneOf(const Schedule &schedule)
{
    return QTimeZone(schedule.timeZone);
}

// Offsets come from offsetFromUtc() alone: it is what the zone database says
// and needs no interpretation of local times.
int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

} // namespace

QDateTime ScheduleTiming::instantOf(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return QDateTime();
    // The wall-clock reading as if it were UTC: instant = wall - offset for
    // the offset in force at that instant.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    // Every offset that can apply to this wall time is one in force within
    // a day of it (no zone changes its offset by a day or more, nor twice
    // within a few hours).
    QList<int> offsets;
    for (const qint64 probe : {wall - kDay, wall - kDay / 2, wall, wall + kDay / 2, wall + kDay}) {
        const int offset = offsetAt(zone, probe);
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    // The wall time exists at each offset for which converting back agrees;
    // more than one means a repeated time: the first (earliest) runs.
    std::optional<qint64> earliest;
    for (const int offset : std::as_const(offsets)) {
        const qint64 candidate = wall - offset;
        if (offsetAt(zone, candidate) == offset && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    if (earliest)
        return QDateTime::fromSecsSinceEpoch(*earliest, Qt::UTC);
    // A gap: the offset just before the change is the smaller one (a gap is
    // where the offset grows); applying it moves the time forward by the
    // gap. Among the probes, the offset in force just before the wall time
    // under the larger offset is the "before" one.
    const int larger = *std::max_element(offsets.cbegin(), offsets.cend());
    const int before = offsetAt(zone, wall - larger);
    return QDateTime::fromSecsSinceEpoch(wall - before, Qt::UTC);
}

QDate ScheduleTiming::localDate(const QDateTime &utc, const QTimeZone &zone)
{
    const qint64 seconds = utc.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds + offsetAt(zone, seconds), Qt::UTC).date();
}

bool ScheduleTiming::runsOn(const Schedule &schedule, QDate date)
{
    switch (schedule.recurrence) {
    case Recurrence::Daily:
        return true;
    case Recurrence::Weekly:
        return date.dayOfWeek() == schedule.dayOfWeek;
    case Recurrence::Monthly:
        return date.day() == std::min(schedule.dayOfMonth, date.daysInMonth());
    }
    return false;
}

QDateTime ScheduleTiming::nextRunAfter(const Schedule &schedule, const QDateTime &afterUtc)
{
    const QTimeZone zone = zoneOf(schedule);
    if (!zone.isValid() || !schedule.timeOfDay.isValid() || !afterUtc.isValid())
        return QDateTime();
    if (schedule.recurrence == Recurrence::Weekly &&
        (schedule.dayOfWeek < 1 || schedule.dayOfWeek > 7))
        return QDateTime();
    if (schedule.recurrence == Recurrence::Monthly &&
        (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31))
        return QDateTime();
    const QTime time(schedule.timeOfDay.hour(), schedule.timeOfDay.minute());
    // From the day before the local date of `afterUtc`: a shifted run of
    // that day may still lie after it. Every recurrence matches within 31
    // days; 40 leaves room.
    const QDate start = localDate(afterUtc, zone).addDays(-1);
    for (int i = 0; i <= 40; ++i) {
        const QDate date = start.addDays(i);
        if (!runsOn(schedule, date))
            continue;
        const QDateTime run = instantOf(date, time, zone);
        if (run.isValid() && run > afterUtc)
            return run;
    }
    return QDateTime();
}

QList<QDateTime> ScheduleTiming::runsBetween(const Schedule &schedule, const QDateTime &afterUtc,
                                             const QDateTime &untilUtc, int limit)
{
    QList<QDateTime> runs;
    QDateTime last = afterUtc;
    while (runs.size() < limit) {
        const QDateTime next = nextRunAfter(schedule, last);
        if (!next.isValid() || next > untilUtc)
            break;
        runs.append(next);
        last = next;
    }
    return runs;
}

ReportPeriod ScheduleTiming::periodForRun(const Schedule &schedule, const QDateTime &runUtc)
{
    const QDate r = localDate(runUtc, zoneOf(schedule));
    QDate first;
    QDate last = r.addDays(-1);
    switch (schedule.recurrence) {
    case Recurrence::Daily:
        first = last;
        break;
    case Recurrence::Weekly:
        first = r.addDays(-7);
        break;
    case Recurrence::Monthly:
        first = QDate(r.year(), r.month(), 1).addMonths(-1);
        last = QDate(r.year(), r.month(), 1).addDays(-1);
        break;
    }
    // first <= last < R = today: custom() cannot refuse these.
    return ReportPeriod::custom(first, last, r).value();
}

} // namespace ud
