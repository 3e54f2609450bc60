#pragma once

#include "core/Result.h"
#include "schedules/Schedule.h"

#include <QString>

namespace ud {

class SavedFilterStore;

// The rules of schedules.md for each field of a schedule, and the text forms
// the command line and the dialog read and show. Each check names its field
// (`field`: "--time", "Time of day"...) in the BadInput error it returns.
class ScheduleRules
{
public:
    // daily, weekly, monthly (any case).
    static Result<Recurrence> parseRecurrence(const QString &field, const QString &text);
    static QString recurrenceId(Recurrence recurrence);
    // MON..SUN or Monday..Sunday, any case; Qt::DayOfWeek 1..7.
    static Result<int> parseDayOfWeek(const QString &field, const QString &text);
    static QString dayOfWeekId(int dayOfWeek); // "MON"
    // 1..31.
    static Result<int> parseDayOfMonth(const QString &field, const QString &text);
    // HH:MM, 00:00..23:59.
    static Result<QTime> parseTimeOfDay(const QString &field, const QString &text);
    // An IANA id this computer knows; any case, returned in its own spelling.
    // Empty is refused (docs/bad-input.md): defaultTimeZone() is only the
    // starting value a new schedule is offered.
    static Result<QByteArray> parseTimeZone(const QString &field, const QString &text);
    // The computer's zone, or UTC when it has none Qt can name.
    static QByteArray defaultTimeZone();
    // One or more addresses separated by commas (or given as a list), each a
    // valid address, none twice (any case).
    static Result<QStringList> parseRecipients(const QString &field, const QStringList &items);
    // comma, pipe, semicolon, tab (any case).
    static Result<QString> parseDelimiter(const QString &field, const QString &text);

    // "daily", "weekly on MON", "monthly on day 31": for lists.
    static QString describeRecurrence(const Schedule &schedule);

    // Checks a whole schedule before it is stored and returns it normalised
    // (trimmed name, recipients, canonical zone spelling, scope text with
    // saved:<name> resolved through `savedFilters` to the filter it holds).
    // A weekly schedule needs a day of week, a monthly one a day of month,
    // and neither may carry the other's day (nor a daily one either).
    static Result<Schedule> validate(Schedule schedule,
                                     const SavedFilterStore *savedFilters = nullptr);
};

} // namespace ud
