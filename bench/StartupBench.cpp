// usagedesk-bench startup: how long `usagedesk-cli` takes from process start
// to its answer on a seeded database (open, schema check, sign-in, one
// indexed tenant query, exit). The GUI has no non-interactive sign-in, so
// its start to the first page cannot be timed from outside; the CLI start
// covers the same open/migrate/sign-in path. Baseline: `usagedesk-cli
// --version`, the bare process and Qt start measured in the same run
// (docs/benchmarks.md, "Startup").

#include "BenchProcess.h"
#include "BenchReport.h"

#include <QTemporaryDir>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRepetitions = 7;

double medianSeconds(const QStringList &arguments)
{
    QList<double> times;
    for (int i = 0; i < kRepetitions; ++i) {
        const double seconds = runTimed(arguments);
        if (seconds < 0)
            return -1;
        times << seconds;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int runStartupBench(const QStringList &args)
{
    qint64 tenants = 100000;
    qint64 days = 30;
    if (!parseTenantsAndDays(args, tenants, days))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString database = dir.filePath(u"startup-bench.sqlite"_s);
    if (!seedBenchDatabase(database, tenants, days))
        return 5;

    const double baseline = medianSeconds({u"--version"_s});
    const double listed =
        medianSeconds({u"--db"_s, database, u"tenants"_s, u"list"_s, u"--filter"_s,
                       u"hostname eq startup-bench.example.com"_s});
    if (baseline < 0 || listed < 0)
        return 5;
    printBenchResult({u"startup.cli-tenants-list"_s, listed * 1000, u"ms"_s, baseline * 1000});
    return 0;
}

} // namespace

BenchCommand startupBenchCommand()
{
    return {u"startup"_s,
            u"startup [--tenants N] [--days D]   usagedesk-cli start to answer on a seeded "
            "database (default 100000 x 30 days)"_s,
            runStartupBench};
}
