#include "BenchProcess.h"
#include "BenchReport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// "100k" for 100000: the names the documented results use.
QString shortCount(qint64 n)
{
    if (n >= 1000 && n % 1000 == 0)
        return QString::number(n / 1000) + u'k';
    return QString::number(n);
}

int runSeedBench(const QStringList &args)
{
    qint64 tenants = 100000;
    qint64 days = 365;
    if (!parseTenantsAndDays(args, tenants, days))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString database = dir.filePath(u"seed-bench.sqlite"_s);
    if (runTimed(QStringList{u"--db"_s, database} + benchInitArguments()) < 0)
        return 5;

    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    // A fixed end day: every run seeds exactly the same data.
    if (runTimed({u"--db"_s, database, u"seed"_s, u"--tenants"_s, QString::number(tenants),
                  u"--days"_s, QString::number(days), u"--end"_s, u"2025-12-31"_s},
                 &out) < 0)
        return 5;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const QRegularExpression rowsPattern(u" and (\\d+) usage rows"_s);
    const QRegularExpressionMatch match = rowsPattern.match(QString::fromUtf8(out));
    const double rows = match.hasMatch() ? match.captured(1).toDouble() : 0;

    const QString name = u"seed-%1-%2"_s.arg(shortCount(tenants)).arg(days);
    // The baseline is the target (60 s for 100k tenants x 365 days), not an
    // earlier measurement: a ratio below 1 meets it.
    printBenchResult({name, seconds, u"s"_s, 60.0});
    printBenchResult({name + u"-rows-per-second"_s, rows / seconds, u"rows/s"_s, std::nullopt});
    return 0;
}

} // namespace

BenchCommand seedBenchCommand()
{
    return {
        u"seed"_s,
        u"seed [--tenants N] [--days D]   init + seed a fresh SQLite file (default 100000 x 365)"_s,
        runSeedBench};
}
