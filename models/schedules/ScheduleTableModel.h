#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "schedules/Schedule.h"
#include "schedules/ScheduleRun.h"
#include "storage/DatabaseTarget.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QThread>
#include <optional>

namespace ud {

// The Scheduled Reports page's list: one row per schedule with its next run
// (from ScheduleTiming) and its last run. reload() reads on a thread of its
// own with its own connection in two steps, so the list shows before the
// slower part is read (issue #8): first the schedules themselves (rows swapped
// in, loaded()), then the last run of every schedule and the next runs, which
// fill in the Next run and Last run columns (dataChanged, runsLoaded()).
// isLoading() stays true until both are in. A reload started while one runs
// wins (the older result is dropped).
//
// Between loaded() and runsLoaded() of a reload, a schedule already listed
// keeps the next and last run it showed (matched by id and creation time),
// so the columns do not blank out and flicker after every edit, run or
// refresh; only a schedule new since the last read shows blank cells until
// its runs are in. A kept next run is dropped when the schedule's timing,
// activeSince or enabled state changed since: it is then known to be wrong.
class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TaskTypeColumn,
        RecurrenceColumn,
        NextRunColumn,
        LastRunColumn,
        EnabledColumn,
        ColumnCount
    };
    enum Role
    {
        ScheduleIdRole = Qt::UserRole + 1,
        // The raw value behind the display text: the next and last run as
        // UTC QDateTime, enabled as bool, the name as text.
        RawValueRole,
    };

    struct Row
    {
        Schedule schedule;
        QDateTime nextRun; // UTC; invalid while disabled
        std::optional<ScheduleRun> lastRun;
        // Whether nextRun / lastRun hold a value to show: this read's, or
        // the previous read's kept until runsLoaded(). False leaves the cell
        // blank (unknown yet, so not "Never").
        bool nextRunKnown = false;
        bool lastRunKnown = false;
    };

    ScheduleTableModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr);
    ~ScheduleTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoading() const { return m_loader != nullptr; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // False between loaded() and runsLoaded(): the Next run and Last run
    // columns show the previous read's values where a row has them
    // (Row::nextRunKnown, Row::lastRunKnown), else blank.
    bool runsKnown() const { return m_runsKnown; }
    // -1 when no row holds that schedule.
    int rowOf(qint64 scheduleId) const;

    // "Weekly on Monday at 06:00 (Europe/Berlin)".
    static QString describeTiming(const Schedule &schedule);
    // A UTC instant in this computer's local time, short format.
    static QString localText(const QDateTime &utc);
    // "delivered", "retrying"... as the page shows a run's status.
    static QString statusText(const QString &status);

Q_SIGNALS:
    // The rows are in, without their next and last runs yet.
    void loaded();
    // The next and last runs are in too.
    void runsLoaded();
    void loadFailed(const QString &message);

private:
    struct Loaded;
    void showSchedules(int generation, const std::shared_ptr<Loaded> &result);
    void finishLoad(int generation, const std::shared_ptr<Loaded> &result);

    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    QList<Row> m_rows;
    QPointer<QThread> m_loader;         // the latest read
    QList<QPointer<QThread>> m_threads; // every read in flight
    int m_generation = 0;
    int m_shownGeneration = 0; // the read whose schedules m_rows holds
    bool m_runsKnown = false;
};

} // namespace ud
