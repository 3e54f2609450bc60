#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "schedules/Schedule.h"
#include "schedules/ScheduleRun.h"
#include "storage/Connection.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace ud {

// The scheduled reports (table schedules) for the Scheduled Reports page and
// the `schedule` commands. Runs are not taken here (the run-due engine does).
//
// Access (access.md): scheduled_tasks:view to list and read; adding needs
// scheduled_tasks:add and export_reports:add (a schedule generates
// reports); editing, enabling and disabling scheduled_tasks:edit; removing
// scheduled_tasks:remove. Every change commits together with its audit line;
// a refusal is audited by the AccessGate.
//
// Fields are checked by ScheduleRules::validate (saved:<name> scopes are
// resolved to the filter they hold when saved, as reports do). Names are
// unique ignoring case. The store sets createdBy/At, updatedAt and
// activeSince from the clock (the command line's --now): at creation, when
// the timing changes and when a disabled schedule is enabled (Schedule.h).
// Errors: BadInput (a field, a name taken), NotFound (unknown id),
// NotPermitted, Storage.
class ScheduleStore
{
public:
    ScheduleStore(const Connection &connection, Actor actor, Clock clock);

    // Ordered by name (case-folded, byte order), then id.
    Result<QList<Schedule>> list() const;
    Result<Schedule> find(qint64 id) const;
    // The latest run by scheduled instant, if any ran.
    Result<std::optional<ScheduleRun>> lastRun(qint64 scheduleId) const;
    // lastRun() of every schedule that ran, by schedule id, in one query (the
    // Scheduled Reports page lists 1,000 schedules: one query each took
    // longer than the page may).
    Result<QHash<qint64, ScheduleRun>> lastRuns() const;

    // Returns the new id. The draft's id, activeSince and creation fields
    // are ignored.
    Result<qint64> add(const Schedule &draft);
    // Replaces every editable field of schedule `changed.id`.
    Status edit(const Schedule &changed);
    // Enabling a disabled schedule sets activeSince to now; disabling keeps
    // it. Setting the state it already has changes nothing (and audits
    // nothing).
    Status setEnabled(qint64 id, bool enabled);
    Status remove(qint64 id);

private:
    Status requireAdd(const QString &object) const;
    Result<QList<Schedule>> select(const QString &where, const QVariant &value) const;
    Status checkNameFree(const Schedule &schedule) const;
    // The schedule as it will be, from the row as it is; std::nullopt when
    // there is nothing to change.
    using Change = std::function<std::optional<Schedule>(const Schedule &current)>;
    using AuditDetail = std::function<QString(const Schedule &changed)>;
    Status update(qint64 id, const QString &auditAction, const Change &change,
                  const AuditDetail &auditDetail);

    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
