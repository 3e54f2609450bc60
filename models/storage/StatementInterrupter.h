#pragma once

#include "core/Cancellation.h"
#include "storage/Connection.h"

#include <QMutex>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct pg_cancel;

namespace ud {

// Stops the statement running on a connection from another thread: a flag
// checked between rows cannot stop a GROUP BY that has not produced its first
// row (pitfalls.md). sqlite3_interrupt on SQLite, PQcancel on PostgreSQL.
//
// Construct it on the thread that owns the connection (it reads the native
// handle there); interrupt() is safe from any thread. watch() polls a
// CancellationFlag on a small thread of its own and interrupts as soon as the
// flag is set, for work whose cancellation is only a flag (the command line's
// SIGINT, a GUI's Cancel button).
class StatementInterrupter
{
public:
    explicit StatementInterrupter(const Connection &connection);
    ~StatementInterrupter();
    StatementInterrupter(const StatementInterrupter &) = delete;
    StatementInterrupter &operator=(const StatementInterrupter &) = delete;

    // Any thread. Interrupts the statement running now (if none runs, a
    // later one may still be hit: callers retry or give up by their flag).
    void interrupt();
    // Whether interrupt() was called since the last clearInterrupted().
    bool wasInterrupted() const { return m_interrupted.load(); }
    void clearInterrupted() { m_interrupted.store(false); }

    // Until stopWatching() (or destruction), interrupt as soon as `flag` is
    // set, checked every `pollMs` milliseconds, and again at every check
    // after that (so a statement started just after the first interrupt is
    // stopped too). Stop watching before cleaning up (a rollback). One
    // watch at a time.
    void watch(const CancellationFlag *flag, int pollMs = 5);
    void stopWatching();

private:
    QMutex m_mutex;                // guards the native handles against a concurrent destructor
    void *m_sqlite = nullptr;      // sqlite3*
    pg_cancel *m_cancel = nullptr; // PGcancel*
    std::atomic<bool> m_interrupted{false};

    std::thread m_watcher;
    std::mutex m_watchMutex;
    std::condition_variable m_watchWake;
    bool m_stopWatch = false;
};

} // namespace ud
