#pragma once

#include "schedules/RunEvent.h"

#include <QList>
#include <QMetaType>

namespace ud {

// The result of one pass of ScheduleRunner::runDue(): how many runs ended in
// each state, and each run's event, in the order they were handled.
struct RunSummary
{
    int delivered = 0;
    int retrying = 0;
    int failed = 0;
    int unknown = 0;
    QList<RunEvent> events;

    friend bool operator==(const RunSummary &, const RunSummary &) = default;
};

} // namespace ud

Q_DECLARE_METATYPE(ud::RunSummary)
