#include "reports/ReportComparisonInterrupter.h"

#include "storage/DriverHandle.h"

#include <chrono>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ud {

namespace {

// Often enough that a cancel stops the work "within a fraction of a second".
constexpr std::chrono::milliseconds kPollInterval{20};

} // namespace

ReportComparisonInterrupter::ReportComparisonInterrupter(const Connection &connection,
                                                         const CancellationFlag *cancel)
    : m_cancel(cancel)
{
    if (!m_cancel)
        return;
    const QSqlDatabase db = connection.database();
    if (connection.backend() == Backend::Sqlite)
        m_sqlite = sqliteHandle(db);
    else if (pg_conn *conn = postgresHandle(db))
        m_postgres = PQgetCancel(conn);
    if (m_sqlite || m_postgres)
        m_thread = std::thread([this] { watch(); });
}

ReportComparisonInterrupter::~ReportComparisonInterrupter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_postgres)
        PQfreeCancel(m_postgres);
}

void ReportComparisonInterrupter::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_cancel->isCancelled()) {
            if (m_sqlite) {
                sqlite3_interrupt(m_sqlite);
            } else {
                char message[256];
                PQcancel(m_postgres, message, int(sizeof message));
            }
            return;
        }
        m_stopped.wait_for(lock, kPollInterval);
    }
}

} // namespace ud
