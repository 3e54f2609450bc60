// usagedesk-bench startup: how long the programs take from process start to
// their first useful answer on a seeded database.
// - startup.cli-tenants-list: `usagedesk-cli` open, schema check, sign-in,
//   one indexed tenant query, exit; baseline `usagedesk-cli --version`.
// - startup.gui_first_page: `usagedesk --sign-in-user` (the password checked
//   by the dialog's SignIn, without the dialog) to the Tenants page's first
//   loaded rows, quitting there (--quit-after-first-page), timed to the
//   "first page" line it prints then; baseline `usagedesk --version` to its
//   line (the same process, QApplication and platform plugin start, nothing
//   else). Offscreen platform, fresh settings.
// docs/benchmarks.md, "Startup".

#include "BenchProcess.h"
#include "BenchReport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

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

// The GUI: from starting the process to its first line on standard output
// ("first page: ..." with --quit-after-first-page, the version with
// --version), so the window's teardown after the first page is not counted.
// Negative when it failed.
double secondsToFirstLine(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"USAGEDESK_PASSWORD"_s, benchPassword());
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(USAGEDESK_GUI_PATH), arguments);
    double seconds = -1;
    while (process.waitForReadyRead(60000)) {
        if (process.canReadLine()) {
            seconds = double(timer.nsecsElapsed()) / 1e9;
            break;
        }
    }
    if (!process.waitForFinished(60000))
        process.kill();
    std::fputs(process.readAllStandardOutput().constData(), stderr);
    std::fputs(process.readAllStandardError().constData(), stderr);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "usagedesk failed (exit %d)\n", process.exitCode());
        return -1;
    }
    return seconds;
}

double medianSecondsToFirstLine(const QStringList &arguments)
{
    QList<double> times;
    for (int i = 0; i < kRepetitions; ++i) {
        const double seconds = secondsToFirstLine(arguments);
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

    // The GUI without a display, and with settings of its own: a remembered
    // page or window size from someone's desktop must not change what is
    // measured.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit());
    const double guiBaseline = medianSecondsToFirstLine({u"--version"_s});
    const double firstPage = medianSecondsToFirstLine(
        {u"--db"_s, database, u"--sign-in-user"_s, benchUser(), u"--quit-after-first-page"_s});
    if (guiBaseline < 0 || firstPage < 0)
        return 5;
    printBenchResult({u"startup.gui_first_page"_s, firstPage * 1000, u"ms"_s, guiBaseline * 1000});
    return 0;
}

} // namespace

BenchCommand startupBenchCommand()
{
    return {u"startup"_s,
            u"startup [--tenants N] [--days D]   usagedesk-cli start to answer, usagedesk start "
            "to the Tenants page's first rows, on a seeded database (default 100000 x 30 days)"_s,
            runStartupBench};
}
