#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ud {

// What happened to one run in a pass of ScheduleRunner::runDue(): for the
// command line's output lines and the GUI's tray notifications.
struct RunEvent
{
    qint64 scheduleId = 0;
    QString scheduleName;
    QDateTime scheduledAt; // UTC
    QString status;        // delivered, retrying, failed, unknown
    QString message;       // translated: the server's reply or what went wrong

    friend bool operator==(const RunEvent &, const RunEvent &) = default;
};

} // namespace ud

Q_DECLARE_METATYPE(ud::RunEvent)
