#include "BenchReport.h"

#include <QList>

BenchCommand seedBenchCommand();
BenchCommand tenantsBenchCommand();
BenchCommand reportBenchCommand();
BenchCommand cancelBenchCommand();
BenchCommand startupBenchCommand();
BenchCommand runDueBenchCommand();
BenchCommand pgCopyBenchCommand();
BenchCommand pagesBenchCommand();

// Each benchmark file defines its BenchCommand factory; list them here.
BenchCommand importUsageBench();

QList<BenchCommand> benchCommands()
{
    return {
        importUsageBench(),   seedBenchCommand(),   tenantsBenchCommand(),
        reportBenchCommand(), cancelBenchCommand(), startupBenchCommand(),
        runDueBenchCommand(), pgCopyBenchCommand(), pagesBenchCommand(),
    };
}
