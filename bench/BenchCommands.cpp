#include "BenchReport.h"

#include <QList>

BenchCommand seedBenchCommand();

// Each benchmark file defines its BenchCommand factory; list them here.
QList<BenchCommand> benchCommands()
{
    return {
        seedBenchCommand(),
    };
}
