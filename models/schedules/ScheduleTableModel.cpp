#include "schedules/ScheduleTableModel.h"

#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTiming.h"
#include "storage/Connection.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

namespace ud {

struct ScheduleTableModel::Loaded
{
    // Step 1, handed to the GUI thread while step 2 runs; the reader does not
    // touch it once handed over.
    QList<Schedule> schedules;
    // Step 2: the same schedules, in the same order, with their runs.
    Result<QList<Row>> rows = QList<Row>();
};

namespace {

// The runs of the schedules listed in step 1: the last run from one query,
// the next run computed here (off the GUI thread).
Result<QList<ScheduleTableModel::Row>>
withRuns(const ScheduleStore &store, const QList<Schedule> &schedules, const Clock &clock)
{
    const auto lastRuns = store.lastRuns();
    if (!lastRuns)
        return lastRuns.error();
    const QDateTime now = clock().toUTC();
    QList<ScheduleTableModel::Row> rows;
    rows.reserve(schedules.size());
    for (const Schedule &schedule : schedules) {
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
        row.nextRunKnown = true;
        row.lastRunKnown = true;
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
    // Runs neither read nor kept from the previous read are unknown: empty,
    // not "Never". A disabled schedule's next run needs no read.
    const bool runsPending =
        (index.column() == LastRunColumn && !row.lastRunKnown) ||
        (index.column() == NextRunColumn && row.schedule.enabled && !row.nextRunKnown);
    if (runsPending && role != ScheduleIdRole && role != Qt::TextAlignmentRole)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
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
    // `this` outlives the thread (the destructor waits for it); invokeMethod
    // only posts to the GUI thread, and a posted call dies with the model.
    QThread *thread = QThread::create(
        [this, generation, result, target = m_target, actor = m_actor, clock = m_clock] {
            auto connection = Connection::open(target, u"schedule-list"_s);
            if (!connection) {
                result->rows = connection.error();
                return;
            }
            const ScheduleStore store(**connection, actor, clock);
            auto schedules = store.list();
            if (!schedules) {
                result->rows = schedules.error();
                return;
            }
            result->schedules = *schedules;
            QMetaObject::invokeMethod(
                this, [this, generation, result] { showSchedules(generation, result); },
                Qt::QueuedConnection);
            result->rows = withRuns(store, *schedules, clock);
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

void ScheduleTableModel::showSchedules(int generation, const std::shared_ptr<Loaded> &result)
{
    if (generation != m_generation)
        return;
    // What the rows show now, by schedule id: kept until this read's runs
    // replace them, so a reload does not blank the two columns.
    QHash<qint64, const Row *> shown;
    shown.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        shown.insert(row.schedule.id, &row);
    QList<Row> rows;
    rows.reserve(result->schedules.size());
    for (const Schedule &schedule : std::as_const(result->schedules)) {
        Row row;
        row.schedule = schedule;
        const Row *before = shown.value(schedule.id);
        // Before schema version 10 SQLite could hand a deleted schedule's id
        // to the next one added, and one such id can still come back after
        // the upgrade (docs/bad-input.md): the creation instant tells them apart.
        if (before && before->schedule.createdAt == schedule.createdAt) {
            row.lastRun = before->lastRun;
            row.lastRunKnown = before->lastRunKnown;
            // A next run computed for other timing, another activeSince or
            // while disabled is known to be wrong: blank rather than wrong.
            if (before->schedule.enabled && schedule.enabled &&
                before->schedule.sameTiming(schedule) &&
                before->schedule.activeSince == schedule.activeSince) {
                row.nextRun = before->nextRun;
                row.nextRunKnown = before->nextRunKnown;
            }
        }
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_runsKnown = false;
    m_shownGeneration = generation;
    endResetModel();
    Q_EMIT loaded();
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
    // The call that showed step 1 was posted before the thread finished, so
    // it has run: the rows are this read's schedules, in the same order.
    if (m_shownGeneration == generation && m_rows.size() == result->rows->size()) {
        m_rows = *result->rows;
        m_runsKnown = true;
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, NextRunColumn),
                               index(int(m_rows.size()) - 1, LastRunColumn));
        }
    } else {
        beginResetModel();
        m_rows = *result->rows;
        m_runsKnown = true;
        m_shownGeneration = generation;
        endResetModel();
        Q_EMIT loaded();
    }
    Q_EMIT runsLoaded();
}

} // namespace ud
