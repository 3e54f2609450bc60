#include "storage/StatementInterrupter.h"

#include "storage/DriverHandle.h"

#include <QMutexLocker>
#include <chrono>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ud {

StatementInterrupter::StatementInterrupter(const Connection &connection)
{
    const QSqlDatabase db = connection.database();
    if (connection.backend() == Backend::Sqlite)
        m_sqlite = sqliteHandle(db);
    else if (pg_conn *conn = postgresHandle(db))
        m_cancel = PQgetCancel(conn);
}

StatementInterrupter::~StatementInterrupter()
{
    stopWatching();
    QMutexLocker lock(&m_mutex);
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_cancel = nullptr;
    m_sqlite = nullptr;
}

void StatementInterrupter::interrupt()
{
    QMutexLocker lock(&m_mutex);
    m_interrupted.store(true);
    // Both calls are documented as safe from any thread.
    if (m_sqlite) {
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite));
    } else if (m_cancel) {
        char message[256];
        PQcancel(m_cancel, message, int(sizeof message));
    }
}

void StatementInterrupter::watch(const CancellationFlag *flag, int pollMs)
{
    stopWatching();
    if (!flag)
        return;
    {
        std::lock_guard lock(m_watchMutex);
        m_stopWatch = false;
    }
    m_watcher = std::thread([this, flag, pollMs] {
        std::unique_lock lock(m_watchMutex);
        // Once the flag is set, interrupt again at every poll until the watch
        // ends: an interrupt that lands while no statement runs is a no-op
        // (sqlite3_interrupt, PQcancel), and the next statement may start
        // just after it.
        while (!m_stopWatch) {
            if (flag->isCancelled())
                interrupt();
            m_watchWake.wait_for(lock, std::chrono::milliseconds(pollMs));
        }
    });
}

void StatementInterrupter::stopWatching()
{
    if (!m_watcher.joinable())
        return;
    {
        std::lock_guard lock(m_watchMutex);
        m_stopWatch = true;
    }
    m_watchWake.notify_all();
    m_watcher.join();
}

} // namespace ud
