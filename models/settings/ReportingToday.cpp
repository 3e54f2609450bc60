#include "settings/ReportingToday.h"

#include "settings/AppSettingsStore.h"

namespace ud {

QDate reportingToday(const QDateTime &now, const QTimeZone &zone)
{
    if (!zone.isValid())
        return now.toUTC().date();
    return now.toTimeZone(zone).date();
}

Result<QDate> reportingToday(const Connection &connection, const Clock &clock)
{
    const auto zoneId = AppSettingsStore::readReportingTimeZone(connection);
    if (!zoneId)
        return zoneId.error();
    return reportingToday(clock(), QTimeZone(*zoneId));
}

} // namespace ud
