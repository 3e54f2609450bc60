#include "Commands.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "core/Clock.h"
#include "core/FieldRules.h"
#include "csv/CsvWriter.h"
#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

constexpr int kMaxCount = 1000;

ud::ScheduleStore store(CliContext &context)
{
    return ud::ScheduleStore(*context.signInConnection(), context.actor(), context.clock());
}

// What cli.md prints for run instants: whole seconds, UTC, a Z.
QString instantText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s) : QString();
}

ud::Result<qint64> scheduleIdFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return ud::Error::badInput(tr("\"%1\" is not a schedule id").arg(text));
    return id;
}

// The options add and edit share (cli.md: edit takes "the same options").
struct ScheduleOptions
{
    QCommandLineOption name{u"name"_s, QCoreApplication::translate("cli", "The schedule's name."),
                            QCoreApplication::translate("cli", "NAME")};
    QCommandLineOption description{
        u"description"_s, QCoreApplication::translate("cli", "The schedule's description."),
        QCoreApplication::translate("cli", "TEXT")};
    QCommandLineOption email{
        u"email"_s,
        QCoreApplication::translate("cli", "Recipients, separated by commas (repeatable)."),
        QCoreApplication::translate("cli", "ADDR")};
    QCommandLineOption task{
        u"task"_s, QCoreApplication::translate("cli", "The task: usage-report (the default)."),
        QCoreApplication::translate("cli", "TASK")};
    QCommandLineOption recurrence{u"recurrence"_s,
                                  QCoreApplication::translate("cli", "daily, weekly or monthly."),
                                  QCoreApplication::translate("cli", "RECURRENCE")};
    QCommandLineOption day{
        u"day"_s, QCoreApplication::translate("cli", "The day of a weekly schedule: MON..SUN."),
        QCoreApplication::translate("cli", "DAY")};
    QCommandLineOption dayOfMonth{
        u"day-of-month"_s,
        QCoreApplication::translate(
            "cli", "The day of a monthly schedule: 1..31 (a shorter month runs on its last day)."),
        QCoreApplication::translate("cli", "DAY")};
    QCommandLineOption time{
        u"time"_s,
        QCoreApplication::translate("cli", "The time of day, HH:MM, in the schedule's zone."),
        QCoreApplication::translate("cli", "HH:MM")};
    QCommandLineOption tz{
        u"tz"_s,
        QCoreApplication::translate("cli", "An IANA time zone (default: this computer's)."),
        QCoreApplication::translate("cli", "ZONE")};
    QCommandLineOption delimiter{
        u"delimiter"_s,
        QCoreApplication::translate("cli", "comma (default), pipe, semicolon or tab."),
        QCoreApplication::translate("cli", "DELIMITER")};
    QCommandLineOption bom{
        u"bom"_s, QCoreApplication::translate("cli", "Start the CSV with a byte-order mark.")};
    QCommandLineOption noBom{u"no-bom"_s,
                             QCoreApplication::translate("cli", "No byte-order mark (edit).")};
    QCommandLineOption scope{u"scope"_s,
                             QCoreApplication::translate(
                                 "cli", "all, tenant:<uuid>, filter:<expression> or saved:<name>."),
                             QCoreApplication::translate("cli", "SCOPE")};
    QCommandLineOption disabled{u"disabled"_s,
                                QCoreApplication::translate("cli", "Save the schedule disabled.")};
    QCommandLineOption enabled{u"enabled"_s,
                               QCoreApplication::translate("cli", "Enable the schedule (edit).")};

    void addTo(QCommandLineParser &parser, bool editing) const
    {
        parser.addOptions({name, description, email, task, recurrence, day, dayOfMonth, time, tz,
                           delimiter, bom, scope, disabled});
        if (editing)
            parser.addOptions({noBom, enabled});
    }
};

// Applies the options given to `schedule`, each checked and named as the
// option (cli.md: a bad input names the option). Fields not given stay.
ud::Status apply(const QCommandLineParser &parser, const ScheduleOptions &o, ud::Schedule &schedule)
{
    if (parser.isSet(o.name)) {
        const auto name = ud::validateName(u"--name"_s, parser.value(o.name));
        if (!name)
            return name.error();
        schedule.name = *name;
    }
    if (parser.isSet(o.description)) {
        const auto description =
            ud::validateDescription(u"--description"_s, parser.value(o.description));
        if (!description)
            return description.error();
        schedule.description = *description;
    }
    if (parser.isSet(o.email)) {
        const auto recipients =
            ud::ScheduleRules::parseRecipients(u"--email"_s, parser.values(o.email));
        if (!recipients)
            return recipients.error();
        schedule.recipients = *recipients;
    }
    if (parser.isSet(o.task)) {
        const QString task = parser.value(o.task).trimmed().toLower();
        if (task != "usage-report"_L1)
            return ud::Error::badInput(
                QCoreApplication::translate("cli",
                                            "--task: \"%1\" is not a task; expected usage-report")
                    .arg(parser.value(o.task)));
        schedule.taskType = task;
    }
    if (parser.isSet(o.recurrence)) {
        const auto recurrence =
            ud::ScheduleRules::parseRecurrence(u"--recurrence"_s, parser.value(o.recurrence));
        if (!recurrence)
            return recurrence.error();
        // A change of recurrence drops the day the old one needed, unless
        // given again.
        if (*recurrence != schedule.recurrence) {
            schedule.dayOfWeek = 0;
            schedule.dayOfMonth = 0;
        }
        schedule.recurrence = *recurrence;
    }
    if (parser.isSet(o.day)) {
        const auto day = ud::ScheduleRules::parseDayOfWeek(u"--day"_s, parser.value(o.day));
        if (!day)
            return day.error();
        if (schedule.recurrence != ud::Recurrence::Weekly)
            return ud::Error::badInput(QCoreApplication::translate(
                "cli", "--day: only a weekly schedule has a day of the week"));
        schedule.dayOfWeek = *day;
    }
    if (parser.isSet(o.dayOfMonth)) {
        const auto day =
            ud::ScheduleRules::parseDayOfMonth(u"--day-of-month"_s, parser.value(o.dayOfMonth));
        if (!day)
            return day.error();
        if (schedule.recurrence != ud::Recurrence::Monthly)
            return ud::Error::badInput(QCoreApplication::translate(
                "cli", "--day-of-month: only a monthly schedule has a day of the month"));
        schedule.dayOfMonth = *day;
    }
    if (schedule.recurrence == ud::Recurrence::Weekly && schedule.dayOfWeek == 0)
        return ud::Error::badInput(QCoreApplication::translate(
            "cli", "--day is required for a weekly schedule (MON..SUN)"));
    if (schedule.recurrence == ud::Recurrence::Monthly && schedule.dayOfMonth == 0)
        return ud::Error::badInput(QCoreApplication::translate(
            "cli", "--day-of-month is required for a monthly schedule (1..31)"));
    if (parser.isSet(o.time)) {
        const auto time = ud::ScheduleRules::parseTimeOfDay(u"--time"_s, parser.value(o.time));
        if (!time)
            return time.error();
        schedule.timeOfDay = *time;
    }
    if (parser.isSet(o.tz)) {
        const auto zone = ud::ScheduleRules::parseTimeZone(u"--tz"_s, parser.value(o.tz));
        if (!zone)
            return zone.error();
        schedule.timeZone = *zone;
    }
    if (parser.isSet(o.delimiter)) {
        const auto delimiter =
            ud::ScheduleRules::parseDelimiter(u"--delimiter"_s, parser.value(o.delimiter));
        if (!delimiter)
            return delimiter.error();
        schedule.delimiter = *delimiter;
    }
    if (parser.isSet(o.scope)) {
        if (parser.value(o.scope).trimmed().isEmpty())
            return ud::Error::badInput(
                QCoreApplication::translate("cli", "--scope: the scope is empty"));
        schedule.scope = parser.value(o.scope);
    }
    return {};
}

// The store's own checks name fields in words ("scope: ..."); the command
// line names the option instead.
ud::Error asOption(ud::Error error)
{
    static const QList<std::pair<QString, QString>> fields = {
        {u"name: "_s, u"--name: "_s},        {u"description: "_s, u"--description: "_s},
        {u"e-mail: "_s, u"--email: "_s},     {u"scope: "_s, u"--scope: "_s},
        {u"time zone: "_s, u"--tz: "_s},     {u"delimiter: "_s, u"--delimiter: "_s},
        {u"day of week: "_s, u"--day: "_s},  {u"day of month: "_s, u"--day-of-month: "_s},
        {u"time of day: "_s, u"--time: "_s}, {u"task type: "_s, u"--task: "_s},
    };
    for (const auto &[field, option] : fields) {
        if (error.message.startsWith(field)) {
            error.message = option + error.message.mid(field.size());
            break;
        }
    }
    return error;
}

int runAdd(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const ScheduleOptions options;
    options.addTo(parser, false);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    for (const QCommandLineOption *required :
         {&options.name, &options.email, &options.recurrence, &options.time, &options.scope}) {
        if (!parser.isSet(*required))
            return context.failBadInput(tr("--%1 is required").arg(required->names().constFirst()));
    }
    ud::Schedule schedule;
    schedule.timeZone = ud::ScheduleRules::defaultTimeZone();
    schedule.scope.clear();
    if (const ud::Status applied = apply(parser, options, schedule); !applied)
        return context.fail(applied.error());
    schedule.bom = parser.isSet(options.bom);
    schedule.enabled = !parser.isSet(options.disabled);
    const auto id = store(context).add(schedule);
    if (!id)
        return context.fail(asOption(id.error()));
    context.out() << *id << Qt::endl;
    return Done;
}

int runEdit(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const ScheduleOptions options;
    options.addTo(parser, true);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const auto id = scheduleIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return context.fail(id.error());
    if (parser.isSet(options.bom) && parser.isSet(options.noBom))
        return context.failBadInput(tr("--bom and --no-bom cannot be given together"));
    if (parser.isSet(options.enabled) && parser.isSet(options.disabled))
        return context.failBadInput(tr("--enabled and --disabled cannot be given together"));
    ud::ScheduleStore schedules = store(context);
    auto schedule = schedules.find(*id);
    if (!schedule)
        return context.fail(schedule.error());
    if (const ud::Status applied = apply(parser, options, *schedule); !applied)
        return context.fail(applied.error());
    if (parser.isSet(options.bom) || parser.isSet(options.noBom))
        schedule->bom = parser.isSet(options.bom);
    if (parser.isSet(options.enabled) || parser.isSet(options.disabled))
        schedule->enabled = parser.isSet(options.enabled);
    if (const ud::Status edited = schedules.edit(*schedule); !edited)
        return context.fail(asOption(edited.error()));
    context.out() << tr("changed schedule %1").arg(*id) << Qt::endl;
    return Done;
}

int runSetEnabled(CliContext &context, const QStringList &args, const Command &self, bool enabled)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const auto id = scheduleIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return context.fail(id.error());
    if (const ud::Status changed = store(context).setEnabled(*id, enabled); !changed)
        return context.fail(changed.error());
    context.out() << (enabled ? tr("enabled schedule %1") : tr("disabled schedule %1")).arg(*id)
                  << Qt::endl;
    return Done;
}

int runEnable(CliContext &context, const QStringList &args, const Command &self)
{
    return runSetEnabled(context, args, self, true);
}

int runDisable(CliContext &context, const QStringList &args, const Command &self)
{
    return runSetEnabled(context, args, self, false);
}

int runDelete(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const auto id = scheduleIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return context.fail(id.error());
    if (const ud::Status removed = store(context).remove(*id); !removed)
        return context.fail(removed.error());
    context.out() << tr("deleted schedule %1").arg(*id) << Qt::endl;
    return Done;
}

const QStringList &listFields()
{
    static const QStringList names = {u"id"_s,         u"name"_s,       u"task"_s,
                                      u"recurrence"_s, u"time"_s,       u"time_zone"_s,
                                      u"recipients"_s, u"enabled"_s,    u"next_run"_s,
                                      u"last_run"_s,   u"last_result"_s};
    return names;
}

// The next run shown: after now, and after activeSince (a schedule created
// with a later --now starts there); none while disabled.
QDateTime nextRun(const ud::Schedule &schedule, const QDateTime &now)
{
    if (!schedule.enabled)
        return QDateTime();
    return ud::ScheduleTiming::nextRunAfter(schedule, std::max(now, schedule.activeSince));
}

int runList(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = listFormatOption();
    parser.addOption(formatOption);
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    const auto format = listFormatOf(parser, formatOption);
    if (!format)
        return context.fail(format.error());

    const ud::ScheduleStore schedules = store(context);
    const auto all = schedules.list();
    if (!all)
        return context.fail(all.error());
    QList<QStringList> rows;
    for (const ud::Schedule &schedule : *all) {
        const auto last = schedules.lastRun(schedule.id);
        if (!last)
            return context.fail(last.error());
        rows.append({QString::number(schedule.id), schedule.name, schedule.taskType,
                     ud::ScheduleRules::describeRecurrence(schedule),
                     schedule.timeOfDay.toString(u"HH:mm"_s), QString::fromUtf8(schedule.timeZone),
                     schedule.recipients.join(u", "_s), schedule.enabled ? u"true"_s : u"false"_s,
                     instantText(nextRun(schedule, context.now())),
                     last->has_value() ? instantText((*last)->scheduledAt) : QString(),
                     last->has_value() ? (*last)->status : QString()});
    }
    if (*format == ListFormat::Csv) {
        context.out().flush();
        ud::CsvWriter csv(context.outDevice(), ud::CsvWriter::Options());
        for (const QString &name : listFields())
            csv.addPlain(name);
        csv.endRecord();
        for (const QStringList &row : std::as_const(rows)) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                // Name and recipients are typed by administrators.
                if (i == 1 || i == 6)
                    csv.addText(row.at(i));
                else
                    csv.addPlain(row.at(i));
            }
            csv.endRecord();
        }
        if (const ud::Status flushed = csv.flush(); !flushed)
            return context.fail(flushed.error());
        return Done;
    }
    if (*format == ListFormat::Json) {
        QJsonArray array;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            QJsonObject object;
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QString &field = listFields().at(i);
                if (field == "id"_L1)
                    object.insert(field, row.at(i).toLongLong());
                else if (field == "enabled"_L1)
                    object.insert(field, row.at(i) == "true"_L1);
                else if (field == "recipients"_L1)
                    object.insert(field, QJsonArray::fromStringList(all->at(r).recipients));
                else if (row.at(i).isEmpty() && field != "name"_L1)
                    object.insert(field, QJsonValue::Null);
                else
                    object.insert(field, row.at(i));
            }
            array.append(object);
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Done;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("TASK"), tr("RECURRENCE"), tr("TIME"), tr("ZONE"),
                     tr("RECIPIENTS"), tr("ENABLED"), tr("NEXT RUN (UTC)"), tr("LAST RUN"),
                     tr("RESULT")});
    for (const QStringList &row : std::as_const(rows))
        table.addRow(row);
    table.print(context.out());
    return Done;
}

int runNext(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption afterOption(
        u"after"_s, tr("Runs strictly after this instant (default: now)."), tr("ISO-8601"));
    const QCommandLineOption countOption(u"count"_s, tr("How many runs (default 1)."), tr("N"));
    parser.addOptions({afterOption, countOption});
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 1, 1); !parsed)
        return context.fail(parsed.error());
    const auto id = scheduleIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return context.fail(id.error());
    QDateTime after = context.now();
    if (parser.isSet(afterOption)) {
        after = QDateTime::fromString(parser.value(afterOption).trimmed(), Qt::ISODateWithMs);
        if (!after.isValid())
            return context.failBadInput(
                tr("--after: \"%1\" is not an ISO-8601 instant such as 2026-01-31T08:00:00Z")
                    .arg(parser.value(afterOption)));
        if (after.timeSpec() == Qt::LocalTime) // no offset given: read it as UTC
            after.setTimeSpec(Qt::UTC);
        after = after.toUTC();
    }
    int count = 1;
    if (parser.isSet(countOption)) {
        bool ok = false;
        count = parser.value(countOption).trimmed().toInt(&ok);
        if (!ok || count < 1 || count > kMaxCount)
            return context.failBadInput(tr("--count: \"%1\" is not a number from 1 to %2")
                                            .arg(parser.value(countOption))
                                            .arg(kMaxCount));
    }
    const auto schedule = store(context).find(*id);
    if (!schedule)
        return context.fail(schedule.error());
    QDateTime last = after;
    for (int i = 0; i < count; ++i) {
        last = ud::ScheduleTiming::nextRunAfter(*schedule, last);
        if (!last.isValid())
            return context.fail(ud::Error::badInput(
                tr("schedule %1 has no next run (its time zone is unknown here)").arg(*id)));
        context.out() << instantText(last) << '\n';
    }
    context.out().flush();
    return Done;
}

Command scheduleCommand(const QString &verb, const QString &synopsis, const QString &summary,
                        CommandRunner run)
{
    return serviceCheckedCommand({u"schedule"_s, verb}, synopsis, summary, run);
}

const QString kOptions =
    u"--name NAME [--description TEXT] --email ADDR[,ADDR...] [--task usage-report] "
    "--recurrence daily|weekly|monthly [--day MON..SUN] [--day-of-month 1..31] --time HH:MM "
    "[--tz ZONE] [--delimiter comma|pipe|semicolon|tab] [--bom] --scope SCOPE [--disabled]"_s;

} // namespace

Command scheduleAddCommand()
{
    return scheduleCommand(u"add"_s, u"schedule add "_s + kOptions,
                           tr("Schedule a usage report and print the schedule's id."), runAdd);
}

Command scheduleEditCommand()
{
    return scheduleCommand(u"edit"_s,
                           u"schedule edit ID [same options as add, each optional] [--no-bom] "
                           "[--enabled]"_s,
                           tr("Change a schedule."), runEdit);
}

Command scheduleEnableCommand()
{
    return scheduleCommand(u"enable"_s, u"schedule enable ID"_s,
                           tr("Enable a schedule (the runs it skipped are not replayed)."),
                           runEnable);
}

Command scheduleDisableCommand()
{
    return scheduleCommand(u"disable"_s, u"schedule disable ID"_s,
                           tr("Disable a schedule: it runs no more until enabled."), runDisable);
}

Command scheduleDeleteCommand()
{
    return scheduleCommand(u"delete"_s, u"schedule delete ID"_s, tr("Delete a schedule."),
                           runDelete);
}

Command scheduleListCommand()
{
    return scheduleCommand(u"list"_s, u"schedule list [--format table|csv|json]"_s,
                           tr("List the schedules with their next and last runs."), runList);
}

Command scheduleNextCommand()
{
    return scheduleCommand(
        u"next"_s, u"schedule next ID [--after ISO-8601] [--count N]"_s,
        tr("Print the next N run instants (UTC) strictly after the given one (default: now)."),
        runNext);
}

} // namespace cli
