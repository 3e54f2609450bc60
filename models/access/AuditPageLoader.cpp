#include "access/AuditPageLoader.h"

#include "core/TextRules.h"
#include "storage/Connection.h"
#include "storage/StatementInterrupter.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace ud {

AuditPageLoader::AuditPageLoader(DatabaseTarget target, Actor actor, Clock clock, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(u"audit-pages"_s);
    m_worker->moveToThread(m_thread);
    // The connection and its interrupter belong to the thread: made and
    // destroyed there.
    connect(m_thread, &QThread::finished, m_worker, [this] { closeOnThread(); });
    m_thread->start();
}

void AuditPageLoader::closeOnThread()
{
    {
        const QMutexLocker lock(&m_interrupterMutex);
        m_interrupter.reset();
    }
    m_connection.reset();
}

AuditPageLoader::~AuditPageLoader()
{
    m_latest.store(m_latest.load() + 1); // answers nothing more
    {
        const QMutexLocker lock(&m_interrupterMutex);
        if (m_interrupter)
            m_interrupter->interrupt();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

quint64 AuditPageLoader::request(const AuditFilter &filter, qint64 beforeId, int limit)
{
    const quint64 id = m_latest.load() + 1;
    m_latest.store(id);
    {
        // An older request's statement stops now instead of walking on.
        const QMutexLocker lock(&m_interrupterMutex);
        if (m_interrupter)
            m_interrupter->interrupt();
    }
    QMetaObject::invokeMethod(
        m_worker, [this, id, filter, beforeId, limit] { run(id, filter, beforeId, limit); },
        Qt::QueuedConnection);
    return id;
}

void AuditPageLoader::run(quint64 id, const AuditFilter &filter, qint64 beforeId, int limit)
{
    if (id != m_latest.load())
        return; // a newer request is queued behind this one
    if (!m_connection) {
        auto opened = Connection::open(m_target, u"audit-pages"_s);
        if (!opened) {
            answer(id, opened.error());
            return;
        }
        m_connection = std::move(*opened);
        const QMutexLocker lock(&m_interrupterMutex);
        m_interrupter = std::make_unique<StatementInterrupter>(*m_connection);
    }
    const AuditQuery query(*m_connection, m_actor, m_clock);
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_interrupter->clearInterrupted();
        auto page = query.page(filter, beforeId, limit);
        if (id != m_latest.load())
            return;
        // An interrupt meant for the request before this one can hit this
        // statement when it started just then: once more.
        if (!page && m_interrupter->wasInterrupted() && attempt == 0)
            continue;
        answer(id, page);
        return;
    }
}

void AuditPageLoader::answer(quint64 id, const Result<QList<AuditEntry>> &page)
{
    const bool ok = page.ok();
    const QList<AuditEntry> entries = ok ? *page : QList<AuditEntry>();
    const QString message = ok ? QString() : asSentence(page.error().message);
    QMetaObject::invokeMethod(
        this,
        [this, id, ok, entries, message] {
            if (id != m_latest.load())
                return;
            m_answered = id;
            if (ok)
                Q_EMIT loaded(id, entries);
            else
                Q_EMIT failed(id, message);
        },
        Qt::QueuedConnection);
}

} // namespace ud
