#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ud {

// One run of a schedule as the table schedule_runs keeps it: identified by
// (scheduleId, scheduledAt), the instant the timing gave, in UTC.
struct ScheduleRun
{
    qint64 scheduleId = 0;
    QDateTime scheduledAt; // UTC, whole seconds
    QDate periodStart;
    QDate periodEnd;
    QString status; // claimed, delivered, retrying, failed, unknown
    int attempts = 0;
    QString lastReply;    // the server's last reply, for the Scheduled Reports page
    QDateTime finishedAt; // UTC; invalid while not finished

    friend bool operator==(const ScheduleRun &, const ScheduleRun &) = default;
};

} // namespace ud
