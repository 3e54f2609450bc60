#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QByteArray>

namespace ud {

// The settings every administrator of one database shares (table
// app_settings): so far the reporting time zone, the zone whose calendar
// says what "today" is for report periods (report-csv.md; UTC unless
// changed). Schedules keep their own zone (schedules.md).
//
// Access (access.md): settings:view to load, settings:edit to save; a save
// commits with its audit line. BadInput names the command line's option
// ("--reporting-tz"), as the other settings stores do.
// Errors: BadInput, NotPermitted, Storage.
class AppSettingsStore
{
public:
    AppSettingsStore(const Connection &connection, Actor actor, Clock clock);

    Result<QByteArray> reportingTimeZone() const;
    Status setReportingTimeZone(const QByteArray &zoneId);

    // The zone id as the store keeps it (trimmed), or BadInput when Qt's
    // time-zone database does not know it.
    static Result<QByteArray> validateTimeZone(const QString &zoneId);
    // Reads the zone without an access check: every report "today" needs it,
    // whoever asks. A database without the setting reads "UTC".
    static Result<QByteArray> readReportingTimeZone(const Connection &connection);

    static constexpr char kDefaultReportingTimeZone[] = "UTC";

private:
    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
