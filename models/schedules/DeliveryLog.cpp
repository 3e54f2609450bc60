#include "schedules/DeliveryLog.h"

#include "core/Clock.h"
#include "schedules/ScheduleRunner.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::DeliveryLog", text);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

DeliveryLog::DeliveryLog(const Connection &connection, Actor actor)
    : m_connection(connection)
    , m_actor(std::move(actor))
{}

QString DeliveryLog::statusText(const QString &status)
{
    if (status == u"claimed")
        return tr("Running");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"retrying")
        return tr("Retrying");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"unknown")
        return tr("Unknown (may have been delivered)");
    return status;
}

Status DeliveryLog::requireView(const QString &object) const
{
    const AccessGate gate(m_connection, systemClock());
    return gate.require(m_actor, {Entity::ScheduledTasks, Action::View}, u"view delivery log"_s,
                        object);
}

Result<QList<ScheduleRunRecord>> DeliveryLog::runs(qint64 scheduleId, int limit) const
{
    if (const Status allowed = requireView(QString::number(scheduleId)); !allowed)
        return allowed.error();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT scheduled_at, period_start, period_end, status, attempts, "
                  "next_attempt_at, report_id, last_reply, finished_at FROM schedule_runs "
                  "WHERE schedule_id = ? ORDER BY scheduled_at DESC LIMIT ?"_s);
    query.addBindValue(scheduleId);
    query.addBindValue(qMax(0, limit));
    if (!query.exec())
        return sqlError(query, tr("reading the runs of schedule %1").arg(scheduleId));
    QList<ScheduleRunRecord> out;
    while (query.next()) {
        ScheduleRunRecord run;
        run.scheduleId = scheduleId;
        run.scheduledAt = fromIso(query.value(0));
        run.periodStart = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        run.periodEnd = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        run.status = query.value(3).toString();
        run.statusText = statusText(run.status);
        run.attempts = query.value(4).toInt();
        run.nextAttemptAt = fromIso(query.value(5));
        run.reportId = query.value(6).isNull() ? 0 : query.value(6).toLongLong();
        run.lastReply = query.value(7).toString();
        run.finishedAt = fromIso(query.value(8));
        out << run;
    }
    return out;
}

Result<QList<DeliveryAttemptRecord>> DeliveryLog::attempts(qint64 scheduleId,
                                                           const QDateTime &scheduledAt) const
{
    if (const Status allowed = requireView(QString::number(scheduleId)); !allowed)
        return allowed.error();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT attempted_at, outcome, reply FROM delivery_attempts "
                  "WHERE schedule_id = ? AND scheduled_at = ? ORDER BY attempt_id"_s);
    query.addBindValue(scheduleId);
    query.addBindValue(ScheduleRunner::runKey(scheduledAt));
    if (!query.exec())
        return sqlError(query, tr("reading the delivery attempts of schedule %1").arg(scheduleId));
    QList<DeliveryAttemptRecord> out;
    while (query.next())
        out << DeliveryAttemptRecord{fromIso(query.value(0)), query.value(1).toString(),
                                     query.value(2).toString()};
    return out;
}

} // namespace ud
