#include "schedules/ScheduleStore.h"

#include "core/TextRules.h"
#include "filters/SavedFilterStore.h"
#include "schedules/ScheduleRules.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ScheduleStore", text);
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant dayOrNull(int day)
{
    return day == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(day);
}

// The columns from name to enabled, in the order INSERT and UPDATE list them.
void bindFields(QSqlQuery &query, const Schedule &schedule)
{
    query.addBindValue(schedule.name);
    query.addBindValue(foldCase(schedule.name));
    query.addBindValue(schedule.description.isNull() ? u""_s : schedule.description);
    query.addBindValue(schedule.taskType);
    query.addBindValue(schedule.recipients.join(u'\n'));
    query.addBindValue(ScheduleRules::recurrenceId(schedule.recurrence));
    query.addBindValue(dayOrNull(schedule.dayOfWeek));
    query.addBindValue(dayOrNull(schedule.dayOfMonth));
    query.addBindValue(schedule.timeOfDay.toString(u"HH:mm"_s));
    query.addBindValue(QString::fromUtf8(schedule.timeZone));
    query.addBindValue(schedule.delimiter);
    query.addBindValue(schedule.bom ? 1 : 0);
    query.addBindValue(schedule.scope);
    query.addBindValue(schedule.enabled ? 1 : 0);
}

Error noSuchSchedule(qint64 id)
{
    return Error::notFound(
        QCoreApplication::translate("ud::ScheduleStore", "there is no schedule %1").arg(id));
}

// What the audit log says about a schedule: enough to tell later what it
// was set to do.
QString describe(const Schedule &schedule)
{
    return u"%1 %2 %3; %4; to %5; %6"_s.arg(
        ScheduleRules::describeRecurrence(schedule), schedule.timeOfDay.toString(u"HH:mm"_s),
        QString::fromUtf8(schedule.timeZone), schedule.scope, schedule.recipients.join(u", "_s),
        schedule.enabled ? u"enabled"_s : u"disabled"_s);
}

const QString kColumns =
    u"schedule_id, name, description, task_type, recipients, recurrence, day_of_week, "
    "day_of_month, time_of_day, time_zone, delimiter, bom, scope, enabled, active_since, "
    "created_by, created_at, updated_at"_s;

} // namespace

ScheduleStore::ScheduleStore(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

Status ScheduleStore::requireAdd(const QString &object) const
{
    // Two permissions held together; the gate's require() takes one. An
    // allowed add is audited with its commit, a refusal here.
    const QList<Permission> needed = {{Entity::ScheduledTasks, Action::Add},
                                      {Entity::ExportReports, Action::Add}};
    if (m_actor.adminId != 0 && m_actor.can(needed.at(0)) && m_actor.can(needed.at(1)))
        return {};
    const Status refused = m_gate.authorize(m_actor, {{needed}, false, u"add schedule"_s}, object);
    return refused ? Status(Error::notPermitted(tr("not permitted"))) : refused;
}

Result<QList<Schedule>> ScheduleStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM schedules %2 ORDER BY name_folded, schedule_id"_s.arg(kColumns, where));
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("cannot read schedules"));
    QList<Schedule> schedules;
    while (query.next()) {
        Schedule s;
        s.id = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.description = query.value(2).toString();
        s.taskType = query.value(3).toString();
        s.recipients = query.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
        s.recurrence = ScheduleRules::parseRecurrence(QString(), query.value(5).toString()).value();
        s.dayOfWeek = query.value(6).isNull() ? 0 : query.value(6).toInt();
        s.dayOfMonth = query.value(7).isNull() ? 0 : query.value(7).toInt();
        s.timeOfDay = QTime::fromString(query.value(8).toString(), u"HH:mm"_s);
        s.timeZone = query.value(9).toString().toUtf8();
        s.delimiter = query.value(10).toString();
        s.bom = query.value(11).toInt() != 0;
        s.scope = query.value(12).toString();
        s.enabled = query.value(13).toInt() != 0;
        s.activeSince = fromIso(query.value(14).toString());
        s.createdBy = query.value(15).toString();
        s.createdAt = fromIso(query.value(16).toString());
        s.updatedAt = fromIso(query.value(17).toString());
        schedules.append(s);
    }
    return schedules;
}

Result<QList<Schedule>> ScheduleStore::list() const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::View},
                                              u"list schedules"_s, QString());
        !allowed)
        return allowed.error();
    return select(QString(), QVariant());
}

Result<Schedule> ScheduleStore::find(qint64 id) const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::View},
                                              u"view schedule"_s, QString::number(id));
        !allowed)
        return allowed.error();
    const auto found = select(u"WHERE schedule_id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchSchedule(id);
    return found->first();
}

namespace {

const QString kRunColumns = u"scheduled_at, period_start, period_end, status, attempts, "
                            "last_reply, finished_at"_s;

QString qualifiedRunColumns()
{
    return u"r."_s + kRunColumns.split(u", "_s).join(u", r."_s);
}

// A row of schedule_id followed by kRunColumns.
ScheduleRun runFrom(const QSqlQuery &query)
{
    ScheduleRun run;
    run.scheduleId = query.value(0).toLongLong();
    run.scheduledAt = fromIso(query.value(1).toString());
    run.periodStart = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    run.periodEnd = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    run.status = query.value(4).toString();
    run.attempts = query.value(5).toInt();
    run.lastReply = query.value(6).toString();
    if (!query.value(7).isNull())
        run.finishedAt = fromIso(query.value(7).toString());
    return run;
}

} // namespace

Result<std::optional<ScheduleRun>> ScheduleStore::lastRun(qint64 scheduleId) const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::View},
                                              u"view schedule"_s, QString::number(scheduleId));
        !allowed)
        return allowed.error();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT schedule_id, "_s + kRunColumns +
                  u" FROM schedule_runs WHERE schedule_id = ? "
                  "ORDER BY scheduled_at DESC LIMIT 1"_s);
    query.addBindValue(scheduleId);
    if (!query.exec())
        return sqlError(query, tr("cannot read the runs of schedule %1").arg(scheduleId));
    if (!query.next())
        return std::optional<ScheduleRun>();
    return std::optional<ScheduleRun>(runFrom(query));
}

Result<QHash<qint64, ScheduleRun>> ScheduleStore::lastRuns() const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::View},
                                              u"list schedules"_s, QString());
        !allowed)
        return allowed.error();
    // Each schedule's greatest scheduled_at, joined back to its row: the
    // primary key (schedule_id, scheduled_at) serves both sides, and
    // scheduled_at has one text form per instant (MigrationSchedules.cpp),
    // so MAX is the latest run on both back ends.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT r.schedule_id, "_s + qualifiedRunColumns() +
                    u" FROM schedule_runs r JOIN (SELECT schedule_id, MAX(scheduled_at) AS latest "
                    "FROM schedule_runs GROUP BY schedule_id) l ON l.schedule_id = r.schedule_id "
                    "AND l.latest = r.scheduled_at"_s))
        return sqlError(query, tr("cannot read schedules"));
    QHash<qint64, ScheduleRun> runs;
    while (query.next()) {
        const ScheduleRun run = runFrom(query);
        runs.insert(run.scheduleId, run);
    }
    return runs;
}

Status ScheduleStore::checkNameFree(const Schedule &schedule) const
{
    const auto clash = select(u"WHERE name_folded = ?"_s, foldCase(schedule.name));
    if (!clash)
        return clash.error();
    if (!clash->isEmpty() && clash->first().id != schedule.id)
        return Error::badInput(tr("name: a schedule named \"%1\" already exists; choose another "
                                  "name")
                                   .arg(clash->first().name));
    return {};
}

Result<qint64> ScheduleStore::add(const Schedule &draft)
{
    // Authorized first, so someone who may not schedule learns nothing from
    // the validation of what they typed.
    if (const Status allowed = requireAdd(draft.name.trimmed()); !allowed)
        return allowed.error();
    const SavedFilterStore savedFilters(m_connection, m_actor, m_clock);
    auto valid = ScheduleRules::validate(draft, &savedFilters);
    if (!valid)
        return valid.error();
    Schedule schedule = *valid;
    const QDateTime now = m_clock().toUTC();
    schedule.id = 0;
    schedule.activeSince = now;
    schedule.createdBy = m_actor.userName;
    schedule.createdAt = now;
    schedule.updatedAt = now;

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (const Status free = checkNameFree(schedule); !free)
        return free.error();
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO schedules (name, name_folded, description, task_type, recipients, "
                  "recurrence, day_of_week, day_of_month, time_of_day, time_zone, delimiter, bom, "
                  "scope, enabled, active_since, created_by, created_at, updated_at) VALUES "
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING schedule_id"_s);
    bindFields(query, schedule);
    query.addBindValue(isoUtc(now));
    query.addBindValue(schedule.createdBy);
    query.addBindValue(isoUtc(now));
    query.addBindValue(isoUtc(now));
    if (!query.exec() || !query.next())
        return sqlError(query, tr("cannot save the schedule %1").arg(schedule.name));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (const Status committed = m_gate.commitAudited(**transaction, m_actor, u"add schedule"_s,
                                                      schedule.name, describe(schedule));
        !committed)
        return committed.error();
    return id;
}

Status ScheduleStore::update(qint64 id, const QString &auditAction, const Change &change,
                             const AuditDetail &auditDetail)
{
    // The row is read inside the write transaction, so what the change is
    // based on (enabled, timing, activeSince) is what it replaces.
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto current = select(u"WHERE schedule_id = ?"_s, id);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return noSuchSchedule(id);
    const std::optional<Schedule> changed = change(current->first());
    if (!changed)
        return {}; // nothing to change; the transaction rolls back
    const Schedule &schedule = *changed;
    if (const Status free = checkNameFree(schedule); !free)
        return free;
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE schedules SET name = ?, name_folded = ?, description = ?, "
                  "task_type = ?, recipients = ?, recurrence = ?, day_of_week = ?, "
                  "day_of_month = ?, time_of_day = ?, time_zone = ?, delimiter = ?, bom = ?, "
                  "scope = ?, enabled = ?, active_since = ?, updated_at = ? "
                  "WHERE schedule_id = ?"_s);
    bindFields(query, schedule);
    query.addBindValue(isoUtc(schedule.activeSince));
    query.addBindValue(isoUtc(schedule.updatedAt));
    query.addBindValue(schedule.id);
    if (!query.exec())
        return sqlError(query, tr("cannot change the schedule %1").arg(schedule.name));
    query.finish();
    return m_gate.commitAudited(**transaction, m_actor, auditAction, schedule.name,
                                auditDetail(schedule));
}

Status ScheduleStore::edit(const Schedule &changed)
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::Edit},
                                              u"edit schedule"_s, QString::number(changed.id));
        !allowed)
        return allowed;
    // Checked before the transaction: resolving saved:<name> may be refused,
    // and that refusal's audit line must not be rolled back with it.
    const SavedFilterStore savedFilters(m_connection, m_actor, m_clock);
    const auto valid = ScheduleRules::validate(changed, &savedFilters);
    if (!valid)
        return valid.error();
    const QDateTime now = m_clock().toUTC();
    return update(
        changed.id, u"edit schedule"_s,
        [&](const Schedule &before) {
            Schedule schedule = *valid;
            schedule.createdBy = before.createdBy;
            schedule.createdAt = before.createdAt;
            schedule.updatedAt = now;
            // Runs owed under the old timing are not owed under the new one, and
            // a schedule enabled again does not owe the runs it skipped
            // (Schedule.h).
            const bool reEnabled = schedule.enabled && !before.enabled;
            schedule.activeSince =
                !schedule.sameTiming(before) || reEnabled ? now : before.activeSince;
            return std::optional<Schedule>(schedule);
        },
        describe);
}

Status ScheduleStore::setEnabled(qint64 id, bool enabled)
{
    const QString action = enabled ? u"enable schedule"_s : u"disable schedule"_s;
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::Edit},
                                              action, QString::number(id));
        !allowed)
        return allowed;
    const QDateTime now = m_clock().toUTC();
    return update(
        id, action,
        [&](const Schedule &before) {
            if (before.enabled == enabled)
                return std::optional<Schedule>(); // already so: nothing changes, nothing audited
            Schedule schedule = before;
            schedule.enabled = enabled;
            schedule.updatedAt = now;
            if (enabled)
                schedule.activeSince = now;
            return std::optional<Schedule>(schedule);
        },
        [enabled](const Schedule &schedule) {
            return enabled ? tr("runs after %1 are due").arg(isoUtc(schedule.activeSince))
                           : QString();
        });
}

Status ScheduleStore::remove(qint64 id)
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::Remove},
                                              u"delete schedule"_s, QString::number(id));
        !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    const auto current = select(u"WHERE schedule_id = ?"_s, id);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return noSuchSchedule(id);
    QSqlQuery query(m_connection.database());
    query.prepare(u"DELETE FROM schedules WHERE schedule_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("cannot delete the schedule %1").arg(current->first().name));
    query.finish();
    return m_gate.commitAudited(**transaction, m_actor, u"delete schedule"_s, current->first().name,
                                describe(current->first()));
}

} // namespace ud
