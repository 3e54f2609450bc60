// usagedesk-bench pgcopy --url URL: `usagedesk-cli import usage` of a usage
// file into a fresh PostgreSQL database, against psql's `\copy` of the same
// file into a scratch table with the same primary key, in the same run and
// on the same server (docs/benchmarks.md, "PostgreSQL import vs psql
// \copy"). URL is a server the bench may create and drop the database
// usagedesk_bench_pgcopy on (bench/run-all starts one with
// tests/pg/pg-cluster.sh); the password comes from PGPASSWORD or ~/.pgpass.

#include "BenchProcess.h"
#include "BenchReport.h"

#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

bool writeImportBenchFiles(int tenants, int days, const QString &tenantsPath,
                           const QString &usagePath);

namespace {

const QString kDatabase = u"usagedesk_bench_pgcopy"_s;

double psql(const QString &url, const QString &command)
{
    return runTimed({url, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-q"_s, u"-c"_s, command}, nullptr,
                    u"psql"_s);
}

int runPgCopyBench(const QStringList &args)
{
    QString url;
    int tenants = 2000;
    int days = 365;
    if (args.size() % 2 != 0)
        return 2;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        bool ok = true;
        if (args[i] == u"--url"_s)
            url = args[i + 1];
        else if (args[i] == u"--tenants"_s)
            tenants = args[i + 1].toInt(&ok);
        else if (args[i] == u"--days"_s)
            days = args[i + 1].toInt(&ok);
        else
            return 2;
        if (!ok)
            return 2;
    }
    const qsizetype slash = url.lastIndexOf(u'/');
    if (!url.startsWith(u"postgresql://"_s) || slash < 13 || tenants < 1 || days < 1) {
        std::fputs("pgcopy: give --url postgresql://user@host:port/dbname\n", stderr);
        return 2;
    }
    const QString benchUrl = url.left(slash + 1) + kDatabase;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString tenantsPath = dir.filePath(u"tenants.csv"_s);
    const QString usagePath = dir.filePath(u"usage.csv"_s);
    if (!writeImportBenchFiles(tenants, days, tenantsPath, usagePath))
        return 5;
    const qint64 rows = qint64(tenants) * days;

    if (psql(url, u"DROP DATABASE IF EXISTS %1"_s.arg(kDatabase)) < 0 ||
        psql(url, u"CREATE DATABASE %1"_s.arg(kDatabase)) < 0)
        return 5;
    const QStringList db = {u"--db"_s, benchUrl};
    int status = 5;
    if (runTimed(db + benchInitArguments()) >= 0 &&
        runTimed(db + QStringList{u"import"_s, u"tenants"_s, tenantsPath}) >= 0) {
        const double ours = runTimed(db + QStringList{u"import"_s, u"usage"_s, usagePath});
        const bool made = psql(benchUrl, u"CREATE TABLE scratch_usage(tenant_id text, date date, "
                                         "users integer, voice_credits integer, sms_credits "
                                         "integer, authentications bigint, PRIMARY KEY(tenant_id, "
                                         "date))"_s) >= 0;
        const double theirs =
            made ? psql(benchUrl,
                        u"\\copy scratch_usage FROM '%1' WITH (FORMAT csv, HEADER true)"_s.arg(
                            usagePath))
                 : -1;
        if (ours > 0 && theirs > 0) {
            std::fprintf(stderr, "pgcopy: %lld rows; usagedesk-cli %.2f s, psql \\copy %.2f s\n",
                         rows, ours, theirs);
            printBenchResult(
                {u"pgcopy-usage"_s, double(rows) / ours, u"rows/s"_s, double(rows) / theirs},
                {{u"rows"_s, double(rows)}});
            status = 0;
        }
    }
    psql(url, u"DROP DATABASE IF EXISTS %1"_s.arg(kDatabase));
    return status;
}

} // namespace

BenchCommand pgCopyBenchCommand()
{
    return {u"pgcopy"_s,
            u"pgcopy --url URL [--tenants N] [--days D]   import usage on PostgreSQL vs psql "
            "\\copy (default 2000 x 365 days)"_s,
            runPgCopyBench};
}
