#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Result.h"
#include "schedules/DeliveryAttemptRecord.h"
#include "schedules/ScheduleRunRecord.h"
#include "storage/Connection.h"

#include <QDateTime>
#include <QList>

namespace ud {

// The runs of a schedule and the SMTP attempts of each, for the Scheduled
// Reports page. Needs scheduled_tasks:view (a refusal is audited).
// Errors: NotPermitted, Storage.
class DeliveryLog
{
public:
    DeliveryLog(const Connection &connection, Actor actor);

    // Newest first, at most `limit`.
    Result<QList<ScheduleRunRecord>> runs(qint64 scheduleId, int limit = 200) const;
    // Oldest first.
    Result<QList<DeliveryAttemptRecord>> attempts(qint64 scheduleId,
                                                  const QDateTime &scheduledAt) const;

    // "Delivered", "Retrying"...: the translated name of a run status.
    static QString statusText(const QString &status);

private:
    Status requireView(const QString &object) const;

    const Connection &m_connection;
    Actor m_actor;
};

} // namespace ud
