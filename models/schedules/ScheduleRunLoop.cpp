#include "schedules/ScheduleRunLoop.h"

#include "storage/Connection.h"

#include <QCoreApplication>
#include <optional>

using namespace Qt::StringLiterals;

namespace ud {

ScheduleRunLoop::ScheduleRunLoop(DatabaseTarget target, Actor actor, Clock clock, QObject *parent,
                                 RunnerOptions options)
    : QObject(parent)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{
    qRegisterMetaType<ud::RunEvent>();
    qRegisterMetaType<ud::RunSummary>();
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleRunLoop::runNow);
}

ScheduleRunLoop::~ScheduleRunLoop()
{
    stop();
}

void ScheduleRunLoop::start(int intervalSeconds)
{
    m_stopped = false;
    m_timer.start(qMax(1, intervalSeconds) * 1000);
    runNow(); // catch-up of what was missed while no instance ran
}

void ScheduleRunLoop::runNow()
{
    if (m_stopped)
        return;
    bool expected = false;
    if (!m_busy.compare_exchange_strong(expected, true)) {
        m_pending.store(true); // another pass once this one ends
        return;
    }
    joinWorker();
    m_cancel.reset();
    m_worker.reset(QThread::create([this] {
        // Every signal is emitted on the loop's thread, not here: a direct
        // connection (QSignalSpy, Qt::DirectConnection) would otherwise run
        // its receiver on the worker, racing with the loop's thread
        // (ThreadSanitizer found QSignalSpy::wait() against appendArgs()).
        // Queued on `this`, they are dropped if the loop is destroyed first.
        const auto post = [this](auto emitter) {
            QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
        };
        post([this] { emit runStarted(); });
        std::optional<RunSummary> summary;
        QString failure;
        {
            auto connection = Connection::open(m_target, u"schedule-runner"_s);
            if (!connection) {
                failure = connection.error().message;
            } else {
                ScheduleRunner runner(**connection, m_actor, m_clock, m_options);
                auto result = runner.runDue(&m_cancel, [this, &post](const RunEvent &event) {
                    post([this, event] { emit runEvent(event); });
                });
                if (result)
                    summary = *result;
                else
                    failure = result.error().message;
            }
        }
        // Free before the news goes out, so a receiver's runNow() is not
        // turned away by the pass that just ended.
        m_busy.store(false);
        if (summary)
            post([this, summary = *summary] { emit runFinished(summary); });
        else
            post([this, failure] { emit runFailed(failure); });
        if (m_pending.exchange(false))
            QMetaObject::invokeMethod(this, &ScheduleRunLoop::runNow, Qt::QueuedConnection);
    }));
    m_worker->setObjectName(u"ScheduleRunLoop"_s);
    m_worker->start();
}

void ScheduleRunLoop::stop()
{
    m_stopped = true;
    m_timer.stop();
    m_cancel.cancel();
    joinWorker();
}

void ScheduleRunLoop::joinWorker()
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
}

} // namespace ud
