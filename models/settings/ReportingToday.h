#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QDate>
#include <QTimeZone>

namespace ud {

// "Today" for report periods (report-csv.md): the clock's instant as a date
// in the reporting time zone (AppSettingsStore). Every face that builds a
// report request takes its today from here (the command line's --today
// still overrides). Schedules do not: a run's period follows the schedule's
// own zone (schedules.md).
Result<QDate> reportingToday(const Connection &connection, const Clock &clock);

// The same for a known zone; an invalid zone counts as UTC.
QDate reportingToday(const QDateTime &now, const QTimeZone &zone);

} // namespace ud
