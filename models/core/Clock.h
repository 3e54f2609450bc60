#pragma once

#include <QDateTime>
#include <functional>

namespace ud {

// Where "now" comes from: the system clock, or a fixed instant (--now, tests
// of lockouts and schedules). Always UTC.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

inline QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ud
