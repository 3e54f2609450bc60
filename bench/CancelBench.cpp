// usagedesk-bench cancel: how long a report generation or export takes to
// stop after Cancel, at 10 %, 50 % and 90 % of its rows and inside the first
// aggregate statement (cancelled 20 ms after the start), through the same
// ReportJob the Reports page runs (worker thread, own connection). The
// baseline is the uncancelled run: what the user would otherwise wait for
// (docs/benchmarks.md, "Cancel latency"). Issue #5's target: 50 ms.

#include "BenchProcess.h"
#include "BenchReport.h"
#include "access/SignIn.h"
#include "reports/ReportJob.h"
#include "storage/Connection.h"
#include "storage/DatabaseTarget.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRepetitions = 5;

struct Run
{
    double msFromCancel = -1; // -1: finished without being cancelled
    double msTotal = 0;
    ud::ReportJobOutcome outcome = ud::ReportJobOutcome::Failed;
};

// Runs the job; `cancelAt` (a fraction of the rows, or a negative number for
// "20 ms after the start") decides when to cancel; 2 means never.
Run runJob(ud::ReportJob &job, double cancelAt)
{
    Run run;
    QElapsedTimer total;
    QElapsedTimer sinceCancel;
    std::atomic<bool> cancelled{false};
    QEventLoop loop;
    job.setProgressInterval(0); // act at the exact fraction
    const auto cancelNow = [&] {
        if (!cancelled.exchange(true)) {
            sinceCancel.start();
            job.cancel();
        }
    };
    if (cancelAt >= 0 && cancelAt <= 1) {
        // On the worker thread, as the progress is reported: exactly there.
        QObject::connect(
            &job, &ud::ReportJob::progressed, &loop,
            [&](const ud::ReportJobProgress &p) {
                if (p.total > 0 && p.done < p.total && double(p.done) >= cancelAt * double(p.total))
                    cancelNow();
            },
            Qt::DirectConnection);
    }
    QObject::connect(&job, &ud::ReportJob::finished, &loop,
                     [&](ud::ReportJobOutcome outcome, const QString &, qint64) {
                         if (cancelled.load())
                             run.msFromCancel = double(sinceCancel.nsecsElapsed()) / 1e6;
                         run.msTotal = double(total.nsecsElapsed()) / 1e6;
                         run.outcome = outcome;
                         loop.quit();
                     });
    total.start();
    job.start();
    if (cancelAt < 0)
        QTimer::singleShot(20, &loop, cancelNow);
    loop.exec();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

int runCancelBench(const QStringList &args)
{
    qint64 tenants = 20000;
    qint64 days = 150;
    if (!parseTenantsAndDays(args, tenants, days))
        return 2;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 5;
    const QString database = dir.filePath(u"cancel-bench.sqlite"_s);
    if (!seedBenchDatabase(database, tenants, days))
        return 5;
    const auto target = ud::DatabaseTarget::parse(database);
    if (!target)
        return 5;
    auto connection = ud::Connection::open(*target, u"cancel-bench"_s);
    if (!connection)
        return 5;
    const auto actor =
        ud::SignIn(**connection, ud::systemClock()).signIn(benchUser(), benchPassword());
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 3;
    }

    ud::ReportRequest request;
    request.name = u"Cancel bench"_s;
    request.scope = u"all"_s;
    // Partial months at both ends: the daily rows are read, the slow path.
    request.period = u"custom:2025-08-15..2025-12-20"_s;
    request.today = QDate(2026, 1, 15);

    const auto generate = [&] {
        return ud::ReportJob::generate(*target, *actor, ud::systemClock(), request);
    };
    // The baseline, and the stored report the export cases use.
    const Run full = runJob(*generate(), 2);
    if (full.outcome != ud::ReportJobOutcome::Done)
        return 5;
    std::fprintf(stderr, "uncancelled generation: %.1f ms\n", full.msTotal);

    struct Stage
    {
        QString name;
        double at;
    };
    const QList<Stage> stages = {
        {u"statement"_s, -1}, {u"10pct"_s, 0.1}, {u"50pct"_s, 0.5}, {u"90pct"_s, 0.9}};
    double worst = 0;
    for (const Stage &stage : stages) {
        QList<double> latencies;
        for (int i = 0; i < kRepetitions; ++i) {
            const Run run = runJob(*generate(), stage.at);
            if (run.outcome != ud::ReportJobOutcome::Cancelled || run.msFromCancel < 0) {
                std::fprintf(stderr, "%s: the generation was not cancelled\n",
                             qPrintable(stage.name));
                return 5;
            }
            latencies << run.msFromCancel;
            worst = std::max(worst, run.msFromCancel);
        }
        printBenchResult(
            {u"cancel.generate.%1"_s.arg(stage.name), median(latencies), u"ms"_s, full.msTotal});
    }
    printBenchResult({u"cancel.generate.max"_s, worst, u"ms"_s, full.msTotal});

    // Export of the stored report, cancelled half way; no file may remain.
    qint64 reportId = 0;
    {
        auto job = generate();
        QEventLoop loop;
        QObject::connect(job.get(), &ud::ReportJob::finished, &loop,
                         [&](ud::ReportJobOutcome, const QString &, qint64 id) {
                             reportId = id;
                             loop.quit();
                         });
        job->start();
        loop.exec();
    }
    if (reportId <= 0)
        return 5;
    const QString path = dir.filePath(u"export.csv"_s);
    const Run exported =
        runJob(*ud::ReportJob::exportToFile(*target, *actor, ud::systemClock(), reportId, path), 2);
    if (exported.outcome != ud::ReportJobOutcome::Done || !QFile::remove(path))
        return 5;
    QList<double> exportLatencies;
    for (int i = 0; i < kRepetitions; ++i) {
        const Run run = runJob(
            *ud::ReportJob::exportToFile(*target, *actor, ud::systemClock(), reportId, path), 0.5);
        if (run.outcome != ud::ReportJobOutcome::Cancelled || QFile::exists(path))
            return 5;
        exportLatencies << run.msFromCancel;
    }
    printBenchResult(
        {u"cancel.export.50pct"_s, median(exportLatencies), u"ms"_s, exported.msTotal});
    return 0;
}

} // namespace

BenchCommand cancelBenchCommand()
{
    return {u"cancel"_s,
            u"cancel [--tenants N] [--days D]   cancel latency of report generation and export "
            "(default 20000 x 150 days)"_s,
            runCancelBench};
}
