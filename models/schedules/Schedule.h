#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace ud {

// How often a schedule runs (schedules.md, "Recurrence").
enum class Recurrence
{
    Daily,
    Weekly,  // on dayOfWeek
    Monthly, // on dayOfMonth, or the month's last day when it has fewer days
};

// A scheduled report (schedules.md): what is sent to whom, and when. Checked
// by ScheduleRules, stored by ScheduleStore, timed by ScheduleTiming.
//
// activeSince is the UTC instant from which the schedule counts: only runs
// strictly after it are due. It is set when the schedule is created (the
// clock, or the command line's --now), when its timing changes (recurrence,
// day, time of day or zone: runs computed under the old timing are not owed)
// and when it is enabled again. The last is what keeps re-enabling from
// replaying the runs skipped while disabled: catch-up starts from the later
// of activeSince and the last run taken. Disabling leaves it as it was.
struct Schedule
{
    qint64 id = 0;
    QString name;
    QString description;
    QString taskType = QStringLiteral("usage-report");
    QStringList recipients; // one or more addresses, in the order given
    Recurrence recurrence = Recurrence::Daily;
    int dayOfWeek = 0;                           // Qt::DayOfWeek 1 (Monday)..7 for Weekly, else 0
    int dayOfMonth = 0;                          // 1..31 for Monthly, else 0
    QTime timeOfDay;                             // whole minutes, local to timeZone
    QByteArray timeZone;                         // IANA id, "Europe/Berlin"
    QString delimiter = QStringLiteral("comma"); // comma, pipe, semicolon, tab
    bool bom = false;
    QString scope = QStringLiteral("all"); // ReportScope text, saved: resolved
    bool enabled = true;
    QDateTime activeSince; // UTC
    QString createdBy;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    // The fields that decide when runs happen.
    bool sameTiming(const Schedule &other) const
    {
        return recurrence == other.recurrence && dayOfWeek == other.dayOfWeek &&
               dayOfMonth == other.dayOfMonth && timeOfDay == other.timeOfDay &&
               timeZone == other.timeZone;
    }

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace ud
