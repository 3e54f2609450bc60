#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "schedules/RunSummary.h"
#include "schedules/ScheduleRunner.h"
#include "storage/DatabaseTarget.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace ud {

// Runs due schedules while the GUI is open: runDue() at start (catch-up) and
// then every interval, on a worker thread with its own connection, never two
// passes at once. Signals are emitted on the loop's thread (queued from the
// worker), so even a direct connection runs its receiver there.
class ScheduleRunLoop : public QObject
{
    Q_OBJECT

public:
    ScheduleRunLoop(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr,
                    RunnerOptions options = {});
    ~ScheduleRunLoop() override;

    void start(int intervalSeconds = 60);
    // A pass now; while one is running, one more pass after it.
    void runNow();
    // Cancels a running pass and waits for it; no pass starts after this.
    void stop();
    bool isRunning() const { return m_busy.load(); }

signals:
    void runStarted();
    void runFinished(const ud::RunSummary &summary);
    void runEvent(const ud::RunEvent &event);
    // The pass could not run (no database, not permitted): message for people.
    void runFailed(const QString &message);

private:
    void joinWorker();

    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    RunnerOptions m_options;
    QTimer m_timer;
    CancellationFlag m_cancel;
    std::atomic<bool> m_busy{false};
    std::atomic<bool> m_pending{false};
    bool m_stopped = false;
    std::unique_ptr<QThread> m_worker;
};

} // namespace ud
