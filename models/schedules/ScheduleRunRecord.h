#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ud {

// One run of a schedule as the delivery log shows it (table schedule_runs),
// for the Scheduled Reports page. Instants are UTC; invalid when not set.
struct ScheduleRunRecord
{
    qint64 scheduleId = 0;
    QDateTime scheduledAt;
    QDate periodStart;
    QDate periodEnd;
    QString status;     // claimed, delivered, retrying, failed, unknown
    QString statusText; // translated, for people
    int attempts = 0;
    QDateTime nextAttemptAt; // retrying runs only
    qint64 reportId = 0;     // 0: no report generated yet (or it was deleted)
    QString lastReply;
    QDateTime finishedAt;

    friend bool operator==(const ScheduleRunRecord &, const ScheduleRunRecord &) = default;
};

} // namespace ud
