#include "tenants/TenantListLoader.h"

#include "access/AccessGate.h"
#include "storage/SqlError.h"
#include "tenants/TenantPageQuery.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

Status prepareAndExec(QSqlQuery &query, const TenantPageSql &sql)
{
    query.setForwardOnly(true); // before prepare: QPSQL streams then
    if (!query.prepare(sql.text))
        return sqlError(
            query, QCoreApplication::translate("ud::TenantListLoader", "cannot read the tenants"));
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("ud::TenantListLoader", "cannot read the tenants"));
    return {};
}

} // namespace

TenantListLoader::TenantListLoader(DatabaseTarget target, Actor actor, Clock clock,
                                   bool checkAccess, int sqliteCacheKib, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_checkAccess(checkAccess)
    , m_sqliteCacheKib(sqliteCacheKib)
{
    qRegisterMetaType<ud::TenantPage>();
}

TenantListLoader::~TenantListLoader()
{
    QMutexLocker lock(&m_mutex);
    m_interrupter.reset();
}

void TenantListLoader::open()
{
    auto connection = Connection::open(m_target, u"tenant-list"_s);
    if (!connection) {
        m_fatal = connection.error().message;
        processPending();
        return;
    }
    m_connection = std::move(*connection);
    if (m_connection->backend() == Backend::Sqlite) {
        QSqlQuery pragma(m_connection->database());
        // A size, not user input: nothing to bind.
        pragma.exec(u"PRAGMA cache_size=-%1"_s.arg(m_sqliteCacheKib));
    }
    if (m_checkAccess) {
        AccessRequirement requirement;
        requirement.anyOf = {{Permission{Entity::Tenants, Action::View}}};
        requirement.action = u"view tenants"_s;
        if (const Status allowed =
                AccessGate(*m_connection, m_clock).authorize(m_actor, requirement);
            !allowed) {
            m_fatal = allowed.error().message;
            m_connection.reset();
            processPending();
            return;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_interrupter = std::make_unique<StatementInterrupter>(*m_connection);
    lock.unlock();
    processPending();
}

void TenantListLoader::submit(const TenantPageRequest &request)
{
    {
        QMutexLocker lock(&m_mutex);
        if (request.generation < m_generation.load())
            return;
        m_pending.append(request);
    }
    QMetaObject::invokeMethod(this, &TenantListLoader::processPending, Qt::QueuedConnection);
}

void TenantListLoader::startGeneration(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation <= m_generation.load())
        return;
    m_generation.store(generation);
    // Stale requests vanish silently: the model has forgotten them.
    m_pending.removeIf(
        [generation](const TenantPageRequest &r) { return r.generation < generation; });
    if (m_running && m_runningGeneration < generation)
        interruptRunning();
}

void TenantListLoader::interruptRunning()
{
    // m_mutex is held; interrupt() is safe from any thread.
    m_interrupted = true;
    if (m_interrupter)
        m_interrupter->interrupt();
}

void TenantListLoader::processPending()
{
    for (;;) {
        TenantPageRequest request;
        QList<TenantPageRequest> dropped;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.isEmpty())
                return;
            request = m_pending.takeLast(); // the newest first
            while (m_pending.size() > kMaxPending - 1)
                dropped.append(m_pending.takeFirst());
            m_running = true;
            m_interrupted = false;
            m_runningGeneration = request.generation;
        }
        for (const TenantPageRequest &old : dropped)
            emit pageDropped(old.generation, old.pageIndex);
        run(request);
        QMutexLocker lock(&m_mutex);
        m_running = false;
    }
}

void TenantListLoader::run(const TenantPageRequest &request)
{
    if (isStale(request.generation))
        return;
    if (!m_fatal.isEmpty()) {
        emit loadFailed(request.generation, m_fatal, true);
        return;
    }
    Status status = runOnce(request);
    if (!status && !isStale(request.generation)) {
        // An interrupt meant for the previous generation may land on the
        // first statement of the next one: run that once more.
        bool interrupted = false;
        {
            QMutexLocker lock(&m_mutex);
            interrupted = m_interrupted;
            m_interrupted = false;
        }
        if (interrupted)
            status = runOnce(request);
    }
    if (!status && !isStale(request.generation))
        emit loadFailed(request.generation, status.error().message, false);
}

Result<bool> TenantListLoader::someLackUsage(const TenantPageRequest &request)
{
    if (!TenantPageQuery::sortsByUsage(request.spec.sortColumn))
        return true;
    if (request.someLackUsage)
        return *request.someLackUsage;
    const QString key =
        request.spec.month.toString(Qt::ISODate) + u'/' + QString::number(request.dataEpoch);
    if (key == m_lackUsageFor)
        return m_someLackUsage;
    QSqlQuery query(m_connection->database());
    if (Status done = prepareAndExec(query, TenantPageQuery::tenantsWithoutUsage(request.spec));
        !done)
        return done.error();
    if (!query.next())
        return sqlError(query, tr("cannot read the tenants"));
    m_someLackUsage = query.value(0).toLongLong() > 0;
    m_lackUsageFor = key;
    return m_someLackUsage;
}

Status TenantListLoader::runOnce(const TenantPageRequest &request)
{
    using Kind = TenantPageRequest::Kind;
    const TenantListSpec &spec = request.spec;
    const QSqlDatabase db = m_connection->database();

    if (request.kind == Kind::LackingUsage) {
        QSqlQuery query(db);
        if (Status done = prepareAndExec(query, TenantPageQuery::tenantsWithoutUsage(spec)); !done)
            return done;
        if (!query.next())
            return sqlError(query, tr("cannot count the tenants"));
        emit lackingUsageCounted(request.dataEpoch, spec.month, query.value(0).toLongLong());
        return {};
    }
    if (request.kind == Kind::Count) {
        const auto sql = TenantPageQuery::count(spec);
        if (!sql)
            return sql.error();
        QSqlQuery query(db);
        if (Status done = prepareAndExec(query, *sql); !done)
            return done;
        if (!query.next())
            return sqlError(query, tr("cannot count the tenants"));
        const qint64 count = query.value(0).toLongLong();
        if (!isStale(request.generation))
            emit countLoaded(request.generation, count);
        return {};
    }

    const auto lackUsage = someLackUsage(request);
    if (!lackUsage)
        return lackUsage.error();
    std::optional<TenantPageKey> anchor;
    bool reverse = false;
    bool inclusive = false;
    switch (request.kind) {
    case Kind::First:
    case Kind::Count:
    case Kind::LackingUsage:
        break;
    case Kind::Last:
        reverse = true;
        break;
    case Kind::After:
        anchor = request.anchor;
        break;
    case Kind::Before:
        anchor = request.anchor;
        reverse = true;
        break;
    case Kind::Seek: {
        const auto sql = TenantPageQuery::seekKey(spec, request.offset, *lackUsage);
        if (!sql)
            return sql.error();
        QSqlQuery query(db);
        if (Status done = prepareAndExec(query, *sql); !done)
            return done;
        if (!query.next()) {
            if (query.lastError().isValid())
                return sqlError(query, tr("cannot read the tenants"));
            // Past the end (tenants were removed meanwhile): an empty page.
            if (!isStale(request.generation))
                emit pageLoaded(TenantPage{request.generation, request.pageIndex, {}});
            return {};
        }
        anchor = TenantPageQuery::keyFrom(query);
        inclusive = true;
        break;
    }
    }

    const auto sql =
        TenantPageQuery::page(spec, reverse, anchor, inclusive, request.limit, *lackUsage);
    if (!sql)
        return sql.error();
    QSqlQuery query(db);
    if (Status done = prepareAndExec(query, *sql); !done)
        return done;
    TenantPage page{request.generation, request.pageIndex, {}};
    page.rows.reserve(request.limit);
    while (query.next())
        page.rows.append(TenantPageQuery::rowFrom(query));
    if (query.lastError().isValid())
        return sqlError(query, tr("cannot read the tenants"));
    if (reverse)
        std::reverse(page.rows.begin(), page.rows.end());
    if (!isStale(request.generation))
        emit pageLoaded(page);
    return {};
}

} // namespace ud
