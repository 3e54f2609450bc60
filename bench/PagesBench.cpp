// usagedesk-bench pages: every list page's model at issue #8's full size
// (1M tenants, 36.5M usage rows, 1,000 schedules, 10,000 reports, 1M audit
// lines) against the naive load of the same rows (every row SELECTed into a
// QSqlQueryModel, a QSortFilterProxyModel sorting and filtering in memory on
// the GUI thread), in the same run (docs/benchmarks.md, "Pages at full
// size"). Each page's model is used as its page uses it, on this (GUI)
// thread, with a 1 ms timer measuring the longest event-loop gap.

#include "BenchProcess.h"
#include "BenchReport.h"
#include "StallMeter.h"
#include "access/AdministrationService.h"
#include "access/AuditPageLoader.h"
#include "access/SignIn.h"
#include "reports/ReportListModel.h"
#include "schedules/ScheduleTableModel.h"
#include "seed/LoadSeeder.h"
#include "storage/Connection.h"
#include "usage/TenantUsageSeries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {

using Measures = std::map<QString, double>;

// Runs the event loop until `signal` of `sender` fires (or 120 s pass).
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&fired] { fired = true; });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(120000);
    loop.exec();
    return fired;
}

// Lets the event loop run a little, as between two user actions.
void settle()
{
    QElapsedTimer pause;
    pause.start();
    while (pause.elapsed() < 20)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The naive page: `sql` read whole into a QSqlQueryModel on the GUI thread
// and a QSortFilterProxyModel over it.
Measures naive(const ud::Connection &connection, const QString &sql, int sortColumn,
               int filterColumn, const QString &word)
{
    Measures out;
    QElapsedTimer timer;
    timer.start();
    QSqlQueryModel table;
    table.setQuery(QSqlQuery(sql, connection.database()));
    while (table.canFetchMore())
        table.fetchMore();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    [[maybe_unused]] QVariant first = proxy.data(proxy.index(0, 0));
    out[u"first_rows"_s] = msSince(timer);
    out[u"rows"_s] = proxy.rowCount();

    timer.restart();
    proxy.sort(sortColumn, Qt::AscendingOrder);
    first = proxy.data(proxy.index(0, 0));
    out[u"sort"_s] = msSince(timer);

    timer.restart();
    proxy.setFilterKeyColumn(filterColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(word);
    first = proxy.data(proxy.index(0, 0));
    out[u"filter"_s] = msSince(timer);
    proxy.setFilterFixedString(QString());

    timer.restart();
    first = proxy.data(proxy.index(proxy.rowCount() - 1, 0));
    out[u"jump_end"_s] = msSince(timer);
    out[u"max_gui_stall"_s] = std::max({out[u"first_rows"_s], out[u"sort"_s], out[u"filter"_s]});
    return out;
}

// The page's model first, then the naive load (function arguments have no
// order of evaluation, so they come as functions); `only` picks pages.
QStringList g_only;

void report(const QString &page, const std::function<Measures()> &measureModel,
            const std::function<Measures()> &measureBaseline)
{
    if (!g_only.isEmpty() && !g_only.contains(page))
        return;
    const Measures model = measureModel();
    const Measures baseline = measureBaseline();
    for (const auto &[name, value] : model) {
        if (name == u"rows"_s)
            continue;
        const auto base = baseline.find(name);
        printSpeedupLine(u"pages.%1.%2"_s.arg(page, name), value, u"ms"_s,
                         base == baseline.end() ? std::nullopt
                                                : std::optional<double>(base->second));
    }
    std::fprintf(stderr, "pages: %s: %.0f rows\n", qPrintable(page),
                 model.count(u"rows"_s) ? model.at(u"rows"_s) : -1.0);
}

// The Reports page: ReportListModel behind the page's proxy (sorted by the
// raw values, newest first).
Measures reportsPage(const ud::DatabaseTarget &target, const ud::Actor &actor)
{
    Measures out;
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    ud::ReportListModel model(target, actor, ud::systemClock());
    // The page's proxy passes the view's sort on to the model.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.sort(ud::ReportListModel::CreatedAt, Qt::DescendingOrder);
    // First rows: the first reset that brings any (the newest come first);
    // then everything (loaded()).
    double firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] {
        if (firstRows < 0 && proxy.rowCount() > 0) {
            [[maybe_unused]] const QVariant shown = proxy.data(proxy.index(0, 0));
            firstRows = msSince(timer);
        }
    });
    model.reload();
    if (!waitFor(&model, &ud::ReportListModel::loaded))
        return {};
    [[maybe_unused]] QVariant first = proxy.data(proxy.index(0, 0));
    out[u"first_rows"_s] = firstRows;
    out[u"all_rows"_s] = msSince(timer);
    out[u"rows"_s] = proxy.rowCount();
    settle();

    timer.restart();
    model.sort(ud::ReportListModel::Name, Qt::AscendingOrder);
    first = proxy.data(proxy.index(0, 0));
    out[u"sort"_s] = msSince(timer);
    stalls.tick();
    settle();

    timer.restart();
    first = proxy.data(proxy.index(proxy.rowCount() - 1, 0));
    out[u"jump_end"_s] = msSince(timer);
    stalls.tick();
    settle();
    out[u"max_gui_stall"_s] = stalls.longestMs();
    return out;
}

// The Audit Log page: pages of 201 lines (AuditLogPage::kPageSize + 1),
// newest first, read by the page's AuditPageLoader; the end of the log is
// its oldest line (oldest first).
Measures auditPage(const ud::DatabaseTarget &target, const ud::Connection &connection,
                   const ud::Actor &actor)
{
    Measures out;
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    ud::AuditPageLoader loader(target, actor, ud::systemClock());
    const auto timed = [&](const ud::AuditFilter &filter, const QString &name) {
        if (!name.isEmpty())
            timer.restart();
        loader.request(filter, 0, 201);
        waitFor(&loader, &ud::AuditPageLoader::loaded);
        out[name] = msSince(timer);
        settle();
    };
    timed({}, u"first_rows"_s); // from the page's construction
    ud::AuditFilter contains;
    contains.contains = u"nordics finance"_s;
    timed(contains, u"filter"_s);
    ud::AuditFilter actorFilter;
    actorFilter.actor = u"carol"_s;
    timed(actorFilter, u"filter_actor"_s);
    ud::AuditFilter refused;
    refused.allowed = false;
    timed(refused, u"filter_refused"_s);
    ud::AuditFilter lastWeek;
    lastWeek.fromUtc = QDateTime::currentDateTimeUtc().addDays(-7);
    timed(lastWeek, u"filter_last_week"_s);
    ud::AuditFilter oldest;
    oldest.oldestFirst = true;
    timed(oldest, u"jump_end"_s);
    // A filter that matches nothing walks the whole log; the user changes
    // it 20 ms later: the walk is interrupted, not waited for.
    ud::AuditFilter rare;
    rare.contains = u"zzqzzqz"_s;
    loader.request(rare, 0, 201);
    settle();
    timed(contains, u"filter_after_slow_filter"_s);
    timer.restart();
    timed(rare, QString());
    out[u"filter_no_match"_s] = msSince(timer); // off the GUI thread
    out.erase(QString());
    out[u"max_gui_stall"_s] = stalls.longestMs();
    QSqlQuery count(u"SELECT COUNT(*) FROM audit_log"_s, connection.database());
    out[u"rows"_s] = count.next() ? count.value(0).toDouble() : -1;
    return out;
}

// The Scheduled Reports page: ScheduleTableModel (read on its own thread).
Measures schedulesPage(const ud::DatabaseTarget &target, const ud::Actor &actor)
{
    Measures out;
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    ud::ScheduleTableModel model(target, actor, ud::systemClock());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ud::ScheduleTableModel::RawValueRole);
    model.reload();
    if (!waitFor(&model, &ud::ScheduleTableModel::loaded))
        return {};
    [[maybe_unused]] QVariant first = proxy.data(proxy.index(0, 0));
    out[u"first_rows"_s] = msSince(timer);
    out[u"rows"_s] = proxy.rowCount();
    settle();
    timer.restart();
    proxy.sort(ud::ScheduleTableModel::NextRunColumn, Qt::AscendingOrder);
    first = proxy.data(proxy.index(0, 0));
    out[u"sort"_s] = msSince(timer);
    stalls.tick();
    timer.restart();
    first = proxy.data(proxy.index(proxy.rowCount() - 1, 0));
    out[u"jump_end"_s] = msSince(timer);
    stalls.tick();
    settle();
    out[u"max_gui_stall"_s] = stalls.longestMs();
    return out;
}

// Members and the tenant usage page read synchronously, as their pages do.
Measures synchronousPage(const std::function<qsizetype()> &load)
{
    Measures out;
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    out[u"rows"_s] = double(load());
    out[u"first_rows"_s] = msSince(timer);
    out[u"jump_end"_s] = 0; // every row is in memory once the first is
    stalls.tick();
    settle();
    out[u"max_gui_stall"_s] = stalls.longestMs();
    return out;
}

QString envOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

// `database` is a file or a postgresql:// URL (usagedesk-cli and
// DatabaseTarget::parse take both). `tenants` 0: the database has its
// tenants and usage already (seeded by `usagedesk-cli seed`); only the
// other pages' rows are added.
int build(const QString &database, qint64 tenants, qint64 days, const ud::LoadSeedOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (tenants > 0) {
        if (!seedBenchDatabase(database, tenants, days))
            return 5;
        std::fprintf(stderr, "pages: seeded %lld tenants x %lld days in %.1f s\n",
                     static_cast<long long>(tenants), static_cast<long long>(days),
                     double(timer.elapsed()) / 1000.0);
    }
    const auto target = ud::DatabaseTarget::parse(database);
    if (!target)
        return 2;
    auto connection = ud::Connection::open(*target, u"bench-load-seed"_s);
    if (!connection)
        return 5;
    timer.restart();
    const auto seeded = ud::LoadSeeder::run(**connection, options);
    if (!seeded) {
        std::fprintf(stderr, "pages: %s\n", qPrintable(seeded.error().message));
        return 5;
    }
    std::fprintf(stderr,
                 "pages: %d schedules (%lld runs), %d reports, %lld audit lines in %.1f s\n",
                 seeded->schedules, static_cast<long long>(seeded->runs), seeded->reports,
                 static_cast<long long>(seeded->auditLines), double(timer.elapsed()) / 1000.0);
    if (target->backend == ud::Backend::Postgres && !analyzePostgres(database))
        return 5;
    return 0;
}

int runPagesBench(const QStringList &args)
{
    QString database;
    bool make = false;
    bool extrasOnly = false;
    qint64 tenants = 1000000;
    // 1M tenants x 42 days is issue #8's 36.5M usage rows (the seed leaves
    // gaps: 100,000 x 365 days gave 31.9M rows, 87 %).
    qint64 days = 42;
    ud::LoadSeedOptions options;
    options.schedules = 1000;
    options.reports = 10000;
    options.auditLines = 1000000;
    options.now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == u"--build"_s || args[i] == u"--extras"_s) {
            make = true;
            extrasOnly = args[i] == u"--extras"_s;
            continue;
        }
        if (value.isEmpty())
            return 2;
        if (args[i] == u"--db"_s)
            database = value;
        else if (args[i] == u"--url"_s) {
            if (!acceptPostgresUrl(value, "pages"))
                return 2;
            database = value;
        } else if (args[i] == u"--tenants"_s)
            tenants = value.toLongLong();
        else if (args[i] == u"--days"_s)
            days = value.toLongLong();
        else if (args[i] == u"--schedules"_s)
            options.schedules = value.toInt();
        else if (args[i] == u"--reports"_s)
            options.reports = value.toInt();
        else if (args[i] == u"--audit"_s)
            options.auditLines = value.toLongLong();
        else if (args[i] == u"--only"_s)
            g_only = value.split(u',');
        else
            return 2;
        ++i;
    }
    if (database.isEmpty() || tenants < 1 || days < 1)
        return 2;
    if (make) {
        if (const int built = build(database, extrasOnly ? 0 : tenants, days, options); built != 0)
            return built;
    }

    const auto target = ud::DatabaseTarget::parse(database);
    if (!target)
        return 2;
    auto connection = ud::Connection::open(*target, u"bench-pages"_s);
    if (!connection)
        return 5;
    const auto signedIn = ud::SignIn(**connection, ud::systemClock())
                              .signIn(envOr("USAGEDESK_USER", benchUser()),
                                      envOr("USAGEDESK_PASSWORD", benchPassword()));
    if (!signedIn) {
        std::fprintf(stderr, "pages: %s\n", qPrintable(signedIn.error().message));
        return 4;
    }
    const ud::Actor &actor = *signedIn;
    const ud::Connection &db = **connection;

    report(
        u"reports"_s, [&] { return reportsPage(*target, actor); },
        [&] {
            return naive(db, u"SELECT * FROM reports ORDER BY created_at DESC"_s, 1, 1,
                         u"nordics"_s);
        });
    report(
        u"audit"_s, [&] { return auditPage(*target, db, actor); },
        [&] {
            return naive(db, u"SELECT * FROM audit_log ORDER BY audit_id DESC"_s, 2, 6,
                         u"nordics finance"_s);
        });
    report(
        u"schedules"_s, [&] { return schedulesPage(*target, actor); },
        [&] {
            return naive(db,
                         u"SELECT s.*, (SELECT MAX(scheduled_at) FROM schedule_runs r "
                         "WHERE r.schedule_id = s.schedule_id) FROM schedules s"_s,
                         1, 1, u"billing"_s);
        });
    const ud::AdministrationService service(db, actor, ud::systemClock());
    report(
        u"roles"_s,
        [&] {
            return synchronousPage([&] {
                const auto roles = service.roles();
                return roles ? roles->size() : -1;
            });
        },
        [&] { return naive(db, u"SELECT * FROM roles"_s, 1, 1, u"admin"_s); });
    report(
        u"administrators"_s,
        [&] {
            return synchronousPage([&] {
                const auto administrators = service.administrators();
                return administrators ? administrators->size() : -1;
            });
        },
        [&] { return naive(db, u"SELECT * FROM administrators"_s, 1, 1, u"bench"_s); });
    // The usage page of the middle tenant (the seed gives every tenant the
    // same days): a year, daily.
    QSqlQuery busiest(u"SELECT t.tenant_key, (SELECT MAX(day) FROM usage_daily u "
                      "WHERE u.tenant_key = t.tenant_key) FROM tenants t WHERE t.tenant_key >= "
                      "(SELECT MAX(tenant_key) / 2 FROM tenants) ORDER BY t.tenant_key LIMIT 1"_s,
                      db.database());
    if (busiest.next()) {
        const qint64 tenantKey = busiest.value(0).toLongLong();
        const QDate last = QDate::fromString(busiest.value(1).toString(), Qt::ISODate);
        busiest.finish();
        const ud::TenantUsageSeries series(db, actor, ud::systemClock());
        report(
            u"tenant_usage"_s,
            [&] {
                return synchronousPage([&] {
                    const auto usage = series.load(tenantKey, last.addDays(-364), last,
                                                   ud::TenantUsageGranularity::Daily);
                    return usage ? usage->points.size() : -1;
                });
            },
            [&] {
                return naive(db,
                             u"SELECT * FROM usage_daily WHERE tenant_key = %1 ORDER BY day"_s.arg(
                                 tenantKey),
                             1, 1, u"0"_s);
            });
    }
    return 0;
}

} // namespace

BenchCommand pagesBenchCommand()
{
    return {u"pages"_s,
            u"pages --db FILE | --url postgresql://... [--build [--tenants N] [--days N] "
            u"[--schedules N] [--reports N] "
            "[--audit N]] [--extras ...] [--only PAGES]   every list page at full size vs the "
            "naive load "
            "(--build seeds the database first: 1000000 tenants x 42 days, 1000 schedules, "
            "10000 reports, 1000000 audit lines; --extras adds only the schedules, reports and "
            "audit lines; --only reports,audit,... measures those pages; --url: an existing, empty "
            "PostgreSQL database, password from PGPASSWORD or ~/.pgpass)"_s,
            runPagesBench};
}
