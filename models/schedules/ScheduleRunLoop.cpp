#include "schedules/ScheduleRunLoop.h"

#include "storage/Connection.h"

#include <QCoreApplication>

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
    if (!m_busy.compare_exchange_strong(expected, true))
        return; // a pass is running: it will see whatever is due now
    joinWorker();
    m_cancel.reset();
    m_worker.reset(QThread::create([this] {
        // Signals cross to the loop's thread queued: the receivers live there.
        emit runStarted();
        auto connection = Connection::open(m_target, u"schedule-runner"_s);
        if (!connection) {
            emit runFailed(connection.error().message);
        } else {
            ScheduleRunner runner(**connection, m_actor, m_clock, m_options);
            auto summary =
                runner.runDue(&m_cancel, [this](const RunEvent &event) { emit runEvent(event); });
            if (summary)
                emit runFinished(*summary);
            else
                emit runFailed(summary.error().message);
        }
        m_busy.store(false);
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
