#pragma once

#include "access/AuditQuery.h"
#include "core/Clock.h"
#include "storage/DatabaseTarget.h"

#include <QMutex>
#include <QObject>
#include <atomic>

class QThread;

namespace ud {

class StatementInterrupter;

// Reads Audit Log pages (AuditQuery::page) on a thread of its own with its
// own connection, so a filter that matches nothing in a million lines (a
// walk of the whole table, seconds) never holds the window. Only the newest
// request is answered: asking again interrupts the statement of an older
// one still running (StatementInterrupter), as the Tenants List does.
class AuditPageLoader : public QObject
{
    Q_OBJECT

public:
    AuditPageLoader(DatabaseTarget target, Actor actor, Clock clock, QObject *parent = nullptr);
    ~AuditPageLoader() override;

    // At most `limit` lines older than `beforeId` (0: from the newest);
    // loaded() or failed() follows with the returned number unless a newer
    // request came first.
    quint64 request(const AuditFilter &filter, qint64 beforeId, int limit);
    bool isLoading() const { return m_answered != m_latest.load(); }

Q_SIGNALS:
    void loaded(quint64 request, const QList<ud::AuditEntry> &entries);
    void failed(quint64 request, const QString &message);

private:
    // On the loader's thread.
    void run(quint64 id, const AuditFilter &filter, qint64 beforeId, int limit);
    void closeOnThread();
    void answer(quint64 id, const Result<QList<AuditEntry>> &page);

    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;                         // lives on m_thread
    std::unique_ptr<Connection> m_connection;            // opened and used on m_thread
    QMutex m_interrupterMutex;                           // guards m_interrupter
    std::unique_ptr<StatementInterrupter> m_interrupter; // made on m_thread
    std::atomic<quint64> m_latest{0};
    quint64 m_answered = 0; // GUI thread
};

} // namespace ud
