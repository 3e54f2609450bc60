#include "schedules/ScheduleRules.h"

#include "core/FieldRules.h"
#include "csv/CsvWriter.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ScheduleRules", text);
}

const QStringList &dayIds()
{
    static const QStringList ids = {u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s,
                                    u"FRI"_s, u"SAT"_s, u"SUN"_s};
    return ids;
}

const QStringList &dayNames()
{
    static const QStringList names = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
    return names;
}

} // namespace

Result<Recurrence> ScheduleRules::parseRecurrence(const QString &field, const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == "daily"_L1)
        return Recurrence::Daily;
    if (word == "weekly"_L1)
        return Recurrence::Weekly;
    if (word == "monthly"_L1)
        return Recurrence::Monthly;
    return Error::badInput(
        tr("%1: \"%2\" is not a recurrence; expected daily, weekly or monthly").arg(field, text));
}

QString ScheduleRules::recurrenceId(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Daily:
        return u"daily"_s;
    case Recurrence::Weekly:
        return u"weekly"_s;
    case Recurrence::Monthly:
        return u"monthly"_s;
    }
    return QString();
}

Result<int> ScheduleRules::parseDayOfWeek(const QString &field, const QString &text)
{
    const QString word = text.trimmed();
    for (int i = 0; i < 7; ++i) {
        if (word.compare(dayIds().at(i), Qt::CaseInsensitive) == 0 ||
            word.compare(dayNames().at(i), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return Error::badInput(
        tr("%1: \"%2\" is not a day of the week; expected MON, TUE, WED, THU, FRI, SAT or SUN")
            .arg(field, text));
}

QString ScheduleRules::dayOfWeekId(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? dayIds().at(dayOfWeek - 1) : QString();
}

Result<int> ScheduleRules::parseDayOfMonth(const QString &field, const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,2}$"_s);
    const QString value = text.trimmed();
    const int day = digits.match(value).hasMatch() ? value.toInt() : 0;
    if (day < 1 || day > 31)
        return Error::badInput(
            tr("%1: \"%2\" is not a day of the month; expected 1 to 31 (in a shorter month the "
               "report runs on its last day)")
                .arg(field, text));
    return day;
}

Result<QTime> ScheduleRules::parseTimeOfDay(const QString &field, const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]{2}):([0-9]{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (match.hasMatch()) {
        const int hour = match.captured(1).toInt();
        const int minute = match.captured(2).toInt();
        if (hour <= 23 && minute <= 59)
            return QTime(hour, minute);
    }
    return Error::badInput(
        tr("%1: \"%2\" is not a time of day; expected HH:MM from 00:00 to 23:59").arg(field, text));
}

QByteArray ScheduleRules::defaultTimeZone()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone::isTimeZoneIdAvailable(system))
        return system;
    return QByteArrayLiteral("UTC");
}

Result<QByteArray> ScheduleRules::parseTimeZone(const QString &field, const QString &text)
{
    const QByteArray id = text.trimmed().toUtf8();
    // An empty zone is refused, not replaced by this computer's: an explicit
    // --tz "" (an unset shell variable) or a cleared box is a mistake, and the
    // computer's zone is rarely the one the recipients bill in.
    if (id.isEmpty())
        return Error::badInput(
            tr("%1: a time zone is required; expected an IANA name such as Europe/Berlin")
                .arg(field));
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return id;
    // Typed in another case ("europe/berlin"): the zone's own spelling.
    const QList<QByteArray> known = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &candidate : known) {
        if (candidate.compare(id, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return Error::badInput(
        tr("%1: \"%2\" is not a time zone this computer knows; expected an IANA name such as "
           "Europe/Berlin")
            .arg(field, text));
}

Result<QStringList> ScheduleRules::parseRecipients(const QString &field, const QStringList &items)
{
    QStringList addresses;
    QStringList folded;
    for (const QString &item : items) {
        for (const QString &part : item.split(u',')) {
            const auto address = validateEmail(field, part);
            if (!address)
                return address.error();
            if (folded.contains(address->toCaseFolded()))
                return Error::badInput(tr("%1: %2 is given more than once").arg(field, *address));
            addresses.append(*address);
            folded.append(address->toCaseFolded());
        }
    }
    if (addresses.isEmpty())
        return Error::badInput(tr("%1: at least one e-mail address is required").arg(field));
    return addresses;
}

Result<QString> ScheduleRules::parseDelimiter(const QString &field, const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (!CsvWriter::delimiterFromName(word))
        return Error::badInput(
            tr("%1: \"%2\" is not known; expected comma, pipe, semicolon or tab").arg(field, text));
    return word;
}

QString ScheduleRules::describeRecurrence(const Schedule &schedule)
{
    switch (schedule.recurrence) {
    case Recurrence::Daily:
        return tr("daily");
    case Recurrence::Weekly:
        return tr("weekly on %1").arg(dayOfWeekId(schedule.dayOfWeek));
    case Recurrence::Monthly:
        return tr("monthly on day %1").arg(schedule.dayOfMonth);
    }
    return QString();
}

Result<Schedule> ScheduleRules::validate(Schedule schedule, const SavedFilterStore *savedFilters)
{
    const auto name = validateName(tr("name"), schedule.name);
    if (!name)
        return name.error();
    schedule.name = *name;
    const auto description = validateDescription(tr("description"), schedule.description);
    if (!description)
        return description.error();
    if (schedule.taskType != "usage-report"_L1)
        return Error::badInput(
            tr("task type: \"%1\" is not known; expected usage-report").arg(schedule.taskType));
    const auto recipients = parseRecipients(tr("e-mail"), schedule.recipients);
    if (!recipients)
        return recipients.error();
    schedule.recipients = *recipients;

    const bool weekly = schedule.recurrence == Recurrence::Weekly;
    const bool monthly = schedule.recurrence == Recurrence::Monthly;
    if (weekly && (schedule.dayOfWeek < 1 || schedule.dayOfWeek > 7))
        return Error::badInput(tr("day of week: a weekly schedule needs a day from MON to SUN"));
    if (!weekly && schedule.dayOfWeek != 0)
        return Error::badInput(tr("day of week: only a weekly schedule has a day of the week"));
    if (monthly && (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31))
        return Error::badInput(tr("day of month: a monthly schedule needs a day from 1 to 31"));
    if (!monthly && schedule.dayOfMonth != 0)
        return Error::badInput(tr("day of month: only a monthly schedule has a day of the month"));
    if (!schedule.timeOfDay.isValid() || schedule.timeOfDay.second() != 0 ||
        schedule.timeOfDay.msec() != 0)
        return Error::badInput(tr("time of day: HH:MM from 00:00 to 23:59 is required"));
    const auto zone = parseTimeZone(tr("time zone"), QString::fromUtf8(schedule.timeZone));
    if (!zone)
        return zone.error();
    schedule.timeZone = *zone;
    const auto delimiter = parseDelimiter(tr("delimiter"), schedule.delimiter);
    if (!delimiter)
        return delimiter.error();
    schedule.delimiter = *delimiter;
    const auto scope = ReportScope::parse(schedule.scope, savedFilters);
    if (!scope) {
        Error error = scope.error();
        error.message = tr("scope: %1").arg(error.message);
        return error;
    }
    schedule.scope = scope->text();
    return schedule;
}

} // namespace ud
