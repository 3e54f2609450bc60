#include "schedules/ScheduleTableModel.h"

#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"
#include "storage/Connection.h"

#include <QLocale>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

namespace ud {

struct ScheduleTableModel::Loaded
{
    Result<QList<Row>> rows = QList<Row>();
};

namespace {

Result<QList<ScheduleTableModel::Row>> readRows(const DatabaseTarget &target, const Actor &actor,
                                                const Clock &clock)
{
    auto connection = Connection::open(target, u"schedule-list"_s);
    if (!connection)
        return connection.error();
    const ScheduleStore store(**connection, actor, clock);
    const auto schedules = store.list();
    if (!schedules)
        return schedules.error();
    const auto lastRuns = store.lastRuns();
    if (!lastRuns)
        return lastRuns.error();
    const QDateTime now = clock().toUTC();
    QList<ScheduleTableModel::Row> rows;
    rows.reserve(schedules->size());
    for (const Schedule &schedule : *schedules) {
        ScheduleTableModel::Row row;
        row.schedule = schedule;
        if (schedule.enabled) {
            // Runs before activeSince are not owed (Schedule.h).
            const QDateTime after = schedule.activeSince.isValid() && schedule.activeSince > now
                                        ? schedule.activeSince
                                        : now;
            row.nextRun = ScheduleTiming::nextRunAfter(schedule, after);
        }
        if (const auto last = lastRuns->constFind(schedule.id); last != lastRuns->cend())
            row.lastRun = *last;
        rows.append(row);
    }
    return rows;
}

} // namespace

ScheduleTableModel::ScheduleTableModel(DatabaseTarget target, Actor actor, Clock clock,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

ScheduleTableModel::~ScheduleTableModel()
{
    // A read in flight finishes in well under a second; its result must not
    // reach a destroyed model.
    for (QPointer<QThread> &thread : m_threads) {
        if (thread) {
            thread->disconnect();
            thread->wait();
            delete thread;
        }
    }
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduleTableModel::describeTiming(const Schedule &schedule)
{
    const QString time = schedule.timeOfDay.toString(u"HH:mm"_s);
    const QString zone = QString::fromUtf8(schedule.timeZone);
    switch (schedule.recurrence) {
    case Recurrence::Daily:
        return tr("Daily at %1 (%2)").arg(time, zone);
    case Recurrence::Weekly:
        return tr("Weekly on %1 at %2 (%3)")
            .arg(QLocale().dayName(qBound(1, schedule.dayOfWeek, 7)), time, zone);
    case Recurrence::Monthly:
        return tr("Monthly on day %1 at %2 (%3)").arg(schedule.dayOfMonth).arg(time, zone);
    }
    return QString();
}

QString ScheduleTableModel::localText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toLocalTime(), tr("ddd d MMM yyyy HH:mm", "local run times"));
}

QString ScheduleTableModel::statusText(const QString &status)
{
    if (status == "delivered"_L1)
        return tr("delivered");
    if (status == "retrying"_L1)
        return tr("retrying");
    if (status == "failed"_L1)
        return tr("failed");
    if (status == "unknown"_L1)
        return tr("unknown (maybe delivered)");
    if (status == "claimed"_L1)
        return tr("running");
    return status;
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ScheduleIdRole)
        return row.schedule.id;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("Click to edit \"%1\"").arg(row.schedule.name);
    if (role == Qt::ToolTipRole && index.column() == NextRunColumn && row.nextRun.isValid())
        return row.nextRun.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (role == Qt::ToolTipRole && index.column() == LastRunColumn && row.lastRun)
        return row.lastRun->lastReply;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case NameColumn:
        return row.schedule.name;
    case TaskTypeColumn:
        return raw ? row.schedule.taskType : tr("Usage report");
    case RecurrenceColumn:
        return raw ? QVariant(ScheduleRules::recurrenceId(row.schedule.recurrence))
                   : QVariant(describeTiming(row.schedule));
    case NextRunColumn:
        if (raw)
            return row.nextRun;
        return row.schedule.enabled ? localText(row.nextRun) : tr("— (disabled)");
    case LastRunColumn:
        if (raw)
            return row.lastRun ? row.lastRun->scheduledAt : QDateTime();
        if (!row.lastRun)
            return tr("Never");
        return tr("%1 — %2").arg(localText(row.lastRun->scheduledAt),
                                 statusText(row.lastRun->status));
    case EnabledColumn:
        if (raw)
            return row.schedule.enabled;
        return row.schedule.enabled ? tr("Enabled") : tr("Disabled");
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TaskTypeColumn:
        return tr("Task type");
    case RecurrenceColumn:
        return tr("Recurrence");
    case NextRunColumn:
        return tr("Next run (local)");
    case LastRunColumn:
        return tr("Last run and result");
    case EnabledColumn:
        return tr("Enabled");
    default:
        return {};
    }
}

int ScheduleTableModel::rowOf(qint64 scheduleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).schedule.id == scheduleId)
            return i;
    }
    return -1;
}

void ScheduleTableModel::reload()
{
    const int generation = ++m_generation;
    auto result = std::make_shared<Loaded>();
    QThread *thread =
        QThread::create([result, target = m_target, actor = m_actor, clock = m_clock] {
            result->rows = readRows(target, actor, clock);
        });
    connect(thread, &QThread::finished, this,
            [this, generation, result] { finishLoad(generation, result); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // An older read still running is left to finish; its result is dropped.
    m_loader = thread;
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

void ScheduleTableModel::finishLoad(int generation, const std::shared_ptr<Loaded> &result)
{
    if (generation != m_generation)
        return;
    m_loader = nullptr;
    if (!result->rows) {
        Q_EMIT loadFailed(result->rows.error().message);
        return;
    }
    beginResetModel();
    m_rows = *result->rows;
    endResetModel();
    Q_EMIT loaded();
}

} // namespace ud
