// usagedesk-bench tenants: the Tenants List model at a million tenants against
// the naive QSqlTableModel + QSortFilterProxyModel, in the same run
// (docs/benchmarks.md, "Tenants List"). Each side runs in a child process of
// its own, so neither one's memory inflates the other's peak RSS.

#include "BenchProcess.h"
#include "BenchReport.h"
#include "StallMeter.h"
#include "access/SignIn.h"
#include "filters/FilterParser.h"
#include "storage/Connection.h"
#include "tenants/TenantTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {

using Measures = std::map<QString, double>;

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs the event loop until `done` (checked when rows or the count arrive);
// the time it became true is kept in `at`.
bool waitUntil(ud::TenantTableModel &model, const std::function<bool()> &done,
               const QElapsedTimer &timer, double *at = nullptr, int timeoutMs = 60000)
{
    if (done()) {
        if (at)
            *at = msSince(timer);
        return true;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    const auto check = [&] {
        if (done()) {
            if (at)
                *at = msSince(timer);
            loop.quit();
        }
    };
    QObject::connect(&model, &ud::TenantTableModel::rowsReady, &loop, check);
    QObject::connect(&model, &ud::TenantTableModel::totalCountChanged, &loop, check);
    QObject::connect(&model, &ud::TenantTableModel::loadFailed, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

QString envOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

int runModelChild(const ud::DatabaseTarget &target)
{
    ud::Actor actor;
    {
        auto connection = ud::Connection::open(target, u"bench-sign-in"_s);
        if (!connection)
            return 5;
        const auto signedIn = ud::SignIn(**connection, ud::systemClock())
                                  .signIn(envOr("USAGEDESK_USER", u"bench"_s),
                                          envOr("USAGEDESK_PASSWORD", u"bench password 2026"_s));
        if (!signedIn) {
            std::fprintf(stderr, "tenants: %s\n", qPrintable(signedIn.error().message));
            return 4;
        }
        actor = *signedIn;
    }
    Measures out;
    StallMeter stalls;
    QElapsedTimer timer;
    double at = 0;

    // Opening the page: the model is made and asks for its first rows.
    timer.start();
    ud::TenantTableModel model(target, actor, ud::systemClock());
    const auto firstRowLoaded = [&] {
        return model.rowCount() > 0 && model.tenantAt(0).has_value();
    };
    if (!waitUntil(model, firstRowLoaded, timer, &at))
        return 5;
    out[u"first_rows"_s] = at;
    waitUntil(
        model, [&] { return model.totalCount().has_value(); }, timer, &at);
    out[u"count"_s] = at;
    const qint64 all = *model.totalCount();

    QList<double> filters;
    for (const QString &word : {u"meridian"_s, u"harbor"_s, u"sakura"_s}) {
        const auto filter = ud::FilterParser::parse(u"company_name contains "_s + word);
        timer.restart();
        model.setFilter(*filter);
        if (!waitUntil(model, firstRowLoaded, timer, &at))
            return 5;
        filters << at;
        model.setFilter({});
        waitUntil(model, firstRowLoaded, timer);
    }
    out[u"filter"_s] = median(filters);

    // A filter nothing matches walks the whole index; the user changes it
    // 20 ms later: the walk must be interrupted, not waited for.
    {
        model.setFilter(*ud::FilterParser::parse(u"company_name contains zzqzzqz"_s));
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        timer.restart();
        model.setFilter(*ud::FilterParser::parse(u"company_name contains harbor"_s));
        if (!waitUntil(model, firstRowLoaded, timer, &at))
            return 5;
        out[u"filter_after_slow_filter"_s] = at;
        model.setFilter({});
        waitUntil(model, firstRowLoaded, timer);
    }

    QList<double> sorts;
    const QList<std::pair<int, Qt::SortOrder>> orders = {
        {ud::TenantTableModel::CompanyName, Qt::AscendingOrder},
        {ud::TenantTableModel::CreatedOn, Qt::DescendingOrder},
        {ud::TenantTableModel::ContractMode, Qt::AscendingOrder},
        {ud::TenantTableModel::Hostname, Qt::DescendingOrder},
    };
    for (const auto &[column, order] : orders) {
        timer.restart();
        model.sort(column, order);
        if (!waitUntil(model, firstRowLoaded, timer, &at))
            return 5;
        sorts << at;
    }
    out[u"sort"_s] = median(sorts);
    out[u"sort_slowest"_s] = *std::max_element(sorts.begin(), sorts.end());
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        timer.restart();
        model.sort(ud::TenantTableModel::UsersThisMonth, order);
        if (!waitUntil(model, firstRowLoaded, timer, &at))
            return 5;
        out[order == Qt::DescendingOrder ? u"sort_users_desc"_s : u"sort_users_asc"_s] = at;
    }

    model.sort(ud::TenantTableModel::Hostname, Qt::AscendingOrder);
    if (!waitUntil(
            model, [&] { return firstRowLoaded() && model.totalCount().has_value(); }, timer))
        return 5;
    // Ctrl+End: the last row, read backwards from the end.
    const int last = model.rowCount() - 1;
    timer.restart();
    [[maybe_unused]] const QVariant askLast = model.data(model.index(last, 0));
    if (!waitUntil(
            model, [&] { return model.tenantAt(last).has_value(); }, timer, &at))
        return 5;
    out[u"jump_end"_s] = at;
    // The middle: one seek, then a page.
    timer.restart();
    [[maybe_unused]] const QVariant askMiddle = model.data(model.index(last / 2, 0));
    if (!waitUntil(
            model, [&] { return model.tenantAt(last / 2).has_value(); }, timer, &at))
        return 5;
    out[u"jump_middle"_s] = at;

    // Scrolling end to end, a screenful (40 rows) at a time, as a view asks.
    timer.restart();
    for (int row = 0; row <= last; row += 40) {
        [[maybe_unused]] const QVariant ask = model.data(model.index(row, 0));
        if (!waitUntil(
                model, [&] { return model.tenantAt(row).has_value(); }, timer))
            return 5;
    }
    out[u"scroll_end_to_end"_s] = msSince(timer) / 1000.0;
    out[u"peak_rss_mb"_s] = peakRssMb();
    out[u"max_gui_stall"_s] = stalls.longestMs();
    out[u"rows"_s] = double(all);
    for (const auto &[name, value] : out)
        printSpeedupLine(name, value, QString(), std::nullopt);
    return 0;
}

// The naive list: every tenant fetched into a QSqlTableModel, a
// QSortFilterProxyModel on top filtering and sorting in memory.
int runBaselineChild(const ud::DatabaseTarget &target)
{
    auto connection = ud::Connection::open(target, u"bench-baseline"_s);
    if (!connection)
        return 5;
    Measures out;
    QElapsedTimer timer;
    timer.start();
    QSqlTableModel table(nullptr, (*connection)->database());
    table.setTable(u"tenants"_s);
    if (!table.select())
        return 5;
    while (table.canFetchMore())
        table.fetchMore();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    [[maybe_unused]] QVariant first = proxy.data(proxy.index(0, 0));
    out[u"first_rows"_s] = msSince(timer);
    out[u"rows"_s] = double(proxy.rowCount());
    const int company = table.record().indexOf(u"company_name"_s);

    timer.restart();
    proxy.setFilterKeyColumn(company);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"meridian"_s);
    first = proxy.data(proxy.index(0, company));
    out[u"filter"_s] = msSince(timer);
    proxy.setFilterFixedString(QString());

    timer.restart();
    proxy.sort(company, Qt::AscendingOrder);
    first = proxy.data(proxy.index(0, company));
    out[u"sort"_s] = msSince(timer);

    timer.restart();
    first = proxy.data(proxy.index(proxy.rowCount() - 1, company));
    out[u"jump_end"_s] = msSince(timer);
    out[u"peak_rss_mb"_s] = peakRssMb();
    // Everything ran on the GUI thread: the longest call is the stall.
    out[u"max_gui_stall"_s] = std::max({out[u"first_rows"_s], out[u"filter"_s], out[u"sort"_s]});
    for (const auto &[name, value] : out)
        printSpeedupLine(name, value, QString(), std::nullopt);
    return 0;
}

bool runChild(const QString &mode, const QString &database, Measures *out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  {u"tenants"_s, u"--child"_s, mode, u"--db"_s, database});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "tenants: the %s run failed (exit %d)\n", qPrintable(mode),
                     process.exitCode());
        return false;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty())
            (*out)[object.value(u"bench"_s).toString()] = object.value(u"value"_s).toDouble();
    }
    return true;
}

int runTenantsBench(const QStringList &args)
{
    QString database;
    QString child;
    qint64 tenants = 1000000;
    bool build = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--build"_s) {
            build = true;
            continue;
        }
        if (i + 1 >= args.size())
            return 2;
        const QString &value = args[++i];
        if (args[i - 1] == u"--db"_s) {
            database = value;
        } else if (args[i - 1] == u"--url"_s) {
            if (!acceptPostgresUrl(value, "tenants"))
                return 2;
            database = value;
        } else if (args[i - 1] == u"--child"_s) {
            child = value;
        } else if (args[i - 1] == u"--tenants"_s) {
            tenants = value.toLongLong();
        } else {
            return 2;
        }
    }
    // --build seeds the database given (an empty PostgreSQL database);
    // without --db or --url a fresh SQLite file is always seeded.
    if (tenants < 1 || (build && database.isEmpty()))
        return 2;

    if (!child.isEmpty()) {
        const auto target = ud::DatabaseTarget::parse(database);
        if (!target)
            return 2;
        return child == u"model"_s ? runModelChild(*target) : runBaselineChild(*target);
    }

    QTemporaryDir dir;
    if (database.isEmpty()) {
        database = dir.filePath(u"tenants-bench.sqlite"_s);
        build = true;
    }
    if (build) {
        // Three days of usage that end today, so every tenant has usage
        // "this month".
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        QElapsedTimer seeding;
        seeding.start();
        if (!seedBenchDatabase(database, tenants, 3, today))
            return 5;
        std::fprintf(stderr, "tenants: seeded %lld tenants x 3 days in %.1f s\n",
                     static_cast<long long>(tenants), double(seeding.elapsed()) / 1000.0);
        if (ud::DatabaseTarget::parse(database)->backend == ud::Backend::Postgres &&
            !analyzePostgres(database))
            return 5;
    }
    Measures model;
    Measures baseline;
    if (!runChild(u"model"_s, database, &model) || !runChild(u"baseline"_s, database, &baseline))
        return 5;
    std::fprintf(stderr,
                 "tenants: %.0f rows; model: count %.1f ms, filter right after a slow one %.1f ms, "
                 "sort median %.1f / slowest %.1f ms, "
                 "users desc %.1f ms, users asc %.1f ms, middle jump %.1f ms, scroll end to end "
                 "%.1f s\n",
                 model[u"rows"_s], model[u"count"_s], model[u"filter_after_slow_filter"_s],
                 model[u"sort"_s], model[u"sort_slowest"_s], model[u"sort_users_desc"_s],
                 model[u"sort_users_asc"_s], model[u"jump_middle"_s],
                 model[u"scroll_end_to_end"_s]);
    for (const QString &name : {u"first_rows"_s, u"filter"_s, u"sort"_s, u"jump_end"_s}) {
        printSpeedupLine(u"tenants."_s + name, model[name], u"ms"_s, baseline[name]);
    }
    printSpeedupLine(u"tenants.peak_rss_mb"_s, model[u"peak_rss_mb"_s], u"MB"_s,
                     baseline[u"peak_rss_mb"_s]);
    printSpeedupLine(u"tenants.max_gui_stall"_s, model[u"max_gui_stall"_s], u"ms"_s,
                     baseline[u"max_gui_stall"_s]);
    return 0;
}

} // namespace

BenchCommand tenantsBenchCommand()
{
    return {u"tenants"_s,
            u"tenants [--db FILE | --url postgresql://... [--build]] [--tenants N]   Tenants List "
            "model vs QSqlTableModel + QSortFilterProxyModel (seeds N=1000000 x 3 days without "
            "--db or --url, and into the given empty database with --build)"_s,
            runTenantsBench};
}
