#pragma once

#include "core/Cancellation.h"
#include "storage/Connection.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;
struct pg_cancel;

namespace ud {

// Watches a cancellation flag while a comparison's statement runs and, once
// it is set, interrupts the statement on the database (sqlite3_interrupt,
// PQcancel): the sort before the first row takes seconds on large reports,
// and a flag checked between rows cannot stop it (pitfalls.md). Lives for the
// statement's run, on the thread that owns the connection; the watcher
// thread only touches the two calls that are safe from any thread.
class ReportComparisonInterrupter
{
public:
    ReportComparisonInterrupter(const Connection &connection, const CancellationFlag *cancel);
    ~ReportComparisonInterrupter();
    ReportComparisonInterrupter(const ReportComparisonInterrupter &) = delete;
    ReportComparisonInterrupter &operator=(const ReportComparisonInterrupter &) = delete;

private:
    void watch();

    const CancellationFlag *m_cancel;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_postgres = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ud
