#include "BenchProcess.h"
#include "BenchReport.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

// import-usage: how fast `usagedesk-cli import usage` loads a big usage file,
// against sqlite3's own `.import` of the same file measured in the same run
// (docs/benchmarks.md, "import usage").

namespace {

struct Options
{
    int tenants = 10000;
    int days = 365;
    QString keep;
    int repeat = 3;
};

QByteArray tenantId(int t)
{
    // Deterministic, version-4 shaped ids.
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(quint32(t * 2654435761u), 8, 16, QLatin1Char('0'))
        .arg(t % 0x10000, 4, 16, QLatin1Char('0'))
        .arg(t % 0x1000, 3, 16, QLatin1Char('0'))
        .arg((t * 7) % 0x1000, 3, 16, QLatin1Char('0'))
        .arg(t, 12, 16, QLatin1Char('0'))
        .toLatin1();
}

bool writeFiles(const Options &options, const QString &tenantsPath, const QString &usagePath)
{
    QFile tenants(tenantsPath);
    if (!tenants.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "tenant_id,hostname,company_name,contract_mode,created_on\n";
    for (int t = 0; t < options.tenants; ++t)
        chunk += tenantId(t) + ",tenant" + QByteArray::number(t) + ".example.com,Tenant " +
                 QByteArray::number(t) + " AG,PRODUCTION,2020-01-01\n";
    tenants.write(chunk);

    QList<QByteArray> days;
    for (int d = 0; d < options.days; ++d)
        days << QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1();
    QFile usage(usagePath);
    if (!usage.open(QIODevice::WriteOnly))
        return false;
    usage.write("tenant_id,date,users,voice_credits,sms_credits,authentications\n");
    quint64 state = 42; // a fixed LCG: the same file every run
    auto random = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    };
    for (int t = 0; t < options.tenants; ++t) {
        chunk.clear();
        const QByteArray id = tenantId(t);
        const int users = 10 + random(50000);
        for (int d = 0; d < options.days; ++d) {
            chunk += id;
            chunk += ',';
            chunk += days[d];
            chunk += ',';
            chunk += QByteArray::number(users + random(100));
            chunk += ',';
            chunk += QByteArray::number(random(1000));
            chunk += ',';
            chunk += QByteArray::number(random(5000));
            chunk += ',';
            chunk += QByteArray::number(users * 3 + random(100000));
            chunk += '\n';
        }
        if (usage.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

int run(const QStringList &args)
{
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--tenants") && hasValue)
            options.tenants = args[++i].toInt();
        else if (arg == QLatin1String("--days") && hasValue)
            options.days = args[++i].toInt();
        else if (arg == QLatin1String("--keep") && hasValue)
            options.keep = args[++i];
        else if (arg == QLatin1String("--repeat") && hasValue)
            options.repeat = args[++i].toInt();
        else {
            std::fprintf(stderr, "import-usage: unknown option %s\n", qPrintable(arg));
            return 2;
        }
    }
    if (options.tenants <= 0 || options.days <= 0 || options.repeat <= 0) {
        std::fputs("import-usage: --tenants, --days and --repeat must be positive\n", stderr);
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = options.keep.isEmpty() ? temporary.path() : options.keep;
    if (!QDir().mkpath(dir))
        return 5;
    const QString tenantsPath = dir + QStringLiteral("/tenants.csv");
    const QString usagePath = dir + QStringLiteral("/usage.csv");
    const QString database = dir + QStringLiteral("/usagedesk.sqlite");
    const QString baseline = dir + QStringLiteral("/baseline.sqlite");
    if (!writeFiles(options, tenantsPath, usagePath)) {
        std::fputs("import-usage: cannot write the input files\n", stderr);
        return 5;
    }
    const qint64 rows = qint64(options.tenants) * options.days;

    const QString tenantsOnly = dir + QStringLiteral("/tenants-only.sqlite");
    QFile::remove(tenantsOnly);
    const QStringList init = {QStringLiteral("--db"), tenantsOnly};
    if (runTimed(init + benchInitArguments()) < 0 ||
        runTimed(init +
                 QStringList{QStringLiteral("import"), QStringLiteral("tenants"), tenantsPath}) < 0)
        return 5;

    // The machine is shared: the two are run in turn, `repeat` times each,
    // and the best time of each counts.
    double ours = 0;
    double theirs = 0;
    for (int round = 0; round < options.repeat; ++round) {
        for (const QString &stale : QStringList{database, database + QStringLiteral("-wal"),
                                                database + QStringLiteral("-shm"), baseline})
            QFile::remove(stale);
        if (!QFile::copy(tenantsOnly, database))
            return 5;
        const double mine = runTimed({QStringLiteral("--db"), database, QStringLiteral("import"),
                                      QStringLiteral("usage"), usagePath});
        const double sqlite =
            runTimed({baseline, QStringLiteral("-cmd"),
                      QStringLiteral("CREATE TABLE usage(tenant_id TEXT, date TEXT, users INTEGER, "
                                     "voice_credits INTEGER, sms_credits INTEGER, authentications "
                                     "INTEGER, PRIMARY KEY(tenant_id, date))"),
                      QStringLiteral(".import --csv --skip 1 %1 usage").arg(usagePath)},
                     nullptr, QStringLiteral("sqlite3"));
        if (mine <= 0 || sqlite <= 0)
            return 5;
        std::fprintf(stderr, "import-usage: round %d: usagedesk-cli %.2f s, sqlite3 %.2f s\n",
                     round + 1, mine, sqlite);
        ours = round == 0 ? mine : qMin(ours, mine);
        theirs = round == 0 ? sqlite : qMin(theirs, sqlite);
    }

    std::fprintf(stderr, "import-usage: %lld rows; best usagedesk-cli %.2f s, sqlite3 %.2f s\n",
                 rows, ours, theirs);
    BenchResult result;
    result.bench = QStringLiteral("import-usage");
    result.value = double(rows) / ours;
    result.unit = QStringLiteral("rows/s");
    result.baseline = double(rows) / theirs;
    printBenchResult(result);
    return 0;
}

} // namespace

BenchCommand importUsageBench()
{
    return {QStringLiteral("import-usage"),
            QStringLiteral("import-usage [--tenants N] [--days D] [--repeat R] [--keep DIR]"), run};
}

// The same deterministic files, for the benchmarks that load them elsewhere
// (PgCopyBench.cpp).
bool writeImportBenchFiles(int tenants, int days, const QString &tenantsPath,
                           const QString &usagePath)
{
    Options options;
    options.tenants = tenants;
    options.days = days;
    return writeFiles(options, tenantsPath, usagePath);
}
