#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"
#include "storage/DatabaseTarget.h"
#include "storage/StatementInterrupter.h"
#include "tenants/TenantPage.h"
#include "tenants/TenantPageRequest.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>

namespace ud {

// Reads pages of the Tenants List on its own thread and connection
// (docs/tenant-list.md). Move it to a QThread and call open() there (queued);
// submit() and interrupt() may be called from any thread. Results come back
// through signals, which a receiver on another thread gets queued.
//
// Requests carry a generation: submitting one of a newer generation drops
// every pending request of older ones and interrupts the statement running
// for one (sqlite3_interrupt / PQcancel), so stale work stops within
// milliseconds. Within a generation the newest request runs first and at
// most kMaxPending wait; older ones are dropped (pageDropped) and asked for
// again if still wanted.
class TenantListLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPending = 4;

    // `checkAccess`: authorize tenants:view before the first query (the
    // count loader of a model leaves it to the page loader).
    // `sqliteCacheKib`: this connection's SQLite page cache; the default
    // connection's 64 MB would alone break the list's memory budget.
    TenantListLoader(DatabaseTarget target, Actor actor, Clock clock, bool checkAccess,
                     int sqliteCacheKib, QObject *parent = nullptr);
    ~TenantListLoader() override;

    // On the loader's thread: connects and checks access.
    void open();

    // Any thread.
    void submit(const TenantPageRequest &request);
    // Any thread: drop everything older than `generation` and stop the
    // statement running for it.
    void startGeneration(quint64 generation);

signals:
    void pageLoaded(const ud::TenantPage &page);
    void pageDropped(quint64 generation, int pageIndex);
    void countLoaded(quint64 generation, qint64 count);
    void lackingUsageCounted(quint64 dataEpoch, const QDate &month, qint64 tenants);
    // `fatal`: the list cannot load at all (no access, no connection).
    void loadFailed(quint64 generation, const QString &message, bool fatal);

private:
    void processPending();
    void run(const TenantPageRequest &request);
    Status runOnce(const TenantPageRequest &request);
    bool isStale(quint64 generation) const { return generation < m_generation.load(); }
    void interruptRunning();
    // Whether some tenant has no usage row in the request's month, counted
    // once per month and data epoch.
    Result<bool> someLackUsage(const TenantPageRequest &request);

    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    bool m_checkAccess = true;
    int m_sqliteCacheKib = 0;
    std::unique_ptr<Connection> m_connection;
    QString m_fatal;        // set when open() failed: every request fails with it
    QString m_lackUsageFor; // month and epoch m_someLackUsage was counted for
    bool m_someLackUsage = true;

    mutable QMutex m_mutex; // guards the members below
    QList<TenantPageRequest> m_pending;
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    bool m_interrupted = false;
    std::unique_ptr<StatementInterrupter> m_interrupter;

    std::atomic<quint64> m_generation{0};
};

} // namespace ud
