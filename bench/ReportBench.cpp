// usagedesk-bench report: a 12-month usage report over 100k tenants through
// the roll-up path (whole months from usage_monthly) against the raw daily
// computation (every day from usage_daily), in the same run on the same
// seeded database (docs/benchmarks.md, "Usage reports"). Also a period with
// partial months at both ends, and `report generate --out` end to end.

#include "BenchProcess.h"
#include "BenchReport.h"
#include "reports/ReportCalculator.h"
#include "reports/ReportScope.h"
#include "storage/Connection.h"
#include "storage/DatabaseTarget.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString shortCount(qint64 n)
{
    if (n >= 1000 && n % 1000 == 0)
        return QString::number(n / 1000) + u'k';
    return QString::number(n);
}

// Milliseconds to stream every row of the report, or -1.
double timeReport(const ud::Connection &connection, QDate first, QDate last,
                  ud::ReportCalculator::Source source, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    qint64 checksum = 0;
    const ud::Status done = ud::ReportCalculator(connection)
                                .forEach(
                                    ud::ReportScope::all(), first, last,
                                    [&](const ud::ReportRow &row) {
                                        ++count;
                                        checksum += row.usersEnd + row.voiceCredits;
                                        return ud::Status();
                                    },
                                    nullptr, source);
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
        return -1;
    }
    *rows = count;
    std::fprintf(stderr, "%lld rows, checksum %lld\n", count, checksum);
    return double(timer.nsecsElapsed()) / 1e6;
}

int runReportBench(const QStringList &args)
{
    qint64 tenants = 100000;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const qint64 value = args[i + 1].toLongLong(&ok);
        if (!ok || value < 1 || args[i] != u"--tenants"_s)
            return 2;
        tenants = value;
    }
    if (args.size() % 2 != 0)
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString database = dir.filePath(u"report-bench.sqlite"_s);
    if (runTimed(QStringList{u"--db"_s, database} + benchInitArguments()) < 0)
        return 5;
    // 400 days up to 2025-12-31 cover all of 2025: "last-12-months" on
    // 2026-01-15 is 2025-01-01..2025-12-31.
    if (runTimed({u"--db"_s, database, u"seed"_s, u"--tenants"_s, QString::number(tenants),
                  u"--days"_s, u"400"_s, u"--end"_s, u"2025-12-31"_s}) < 0)
        return 5;

    const auto target = ud::DatabaseTarget::parse(database);
    if (!target)
        return 5;
    auto connection = ud::Connection::open(*target, u"report-bench"_s);
    if (!connection)
        return 5;
    const QString size = shortCount(tenants);
    struct Case
    {
        QString name;
        QDate first;
        QDate last;
    };
    const QList<Case> cases = {
        {u"report-12-months-%1"_s.arg(size), QDate(2025, 1, 1), QDate(2025, 12, 31)},
        {u"report-partial-months-%1"_s.arg(size), QDate(2025, 1, 15), QDate(2025, 12, 20)},
    };
    for (const Case &c : cases) {
        qint64 rows = 0;
        // Once each to warm the page cache, then measured.
        if (timeReport(**connection, c.first, c.last, ud::ReportCalculator::Source::DailyOnly,
                       &rows) < 0)
            return 5;
        const double daily = timeReport(**connection, c.first, c.last,
                                        ud::ReportCalculator::Source::DailyOnly, &rows);
        (void)timeReport(**connection, c.first, c.last, ud::ReportCalculator::Source::RollUp,
                         &rows);
        const double rollUp =
            timeReport(**connection, c.first, c.last, ud::ReportCalculator::Source::RollUp, &rows);
        if (daily < 0 || rollUp < 0)
            return 5;
        // ratio = value / baseline: below 1 is faster than the daily baseline.
        printBenchResult({c.name, rollUp, u"ms"_s, daily});
    }
    connection->reset();

    // The whole command: sign-in, compute, store 100k rows, hash, write the CSV.
    const double generate =
        runTimed({u"--db"_s, database, u"--today"_s, u"2026-01-15"_s, u"report"_s, u"generate"_s,
                  u"--name"_s, u"Bench"_s, u"--scope"_s, u"all"_s, u"--period"_s,
                  u"last-12-months"_s, u"--out"_s, dir.filePath(u"report.csv"_s)});
    if (generate < 0)
        return 5;
    printBenchResult({u"report-generate-cli-%1"_s.arg(size), generate, u"s"_s, std::nullopt});
    const double exported = runTimed({u"--db"_s, database, u"report"_s, u"export"_s, u"1"_s,
                                      u"--out"_s, dir.filePath(u"export.csv"_s)});
    if (exported < 0)
        return 5;
    printBenchResult({u"report-export-cli-%1"_s.arg(size), exported, u"s"_s, std::nullopt});
    return 0;
}

} // namespace

BenchCommand reportBenchCommand()
{
    return {
        u"report"_s,
        u"report [--tenants N]   12-month report, roll-up vs daily (default 100000 x 400 days)"_s,
        runReportBench};
}
