#include "BenchReport.h"

#include <QList>

// Each benchmark file defines its BenchCommand factory; list them here.
BenchCommand importUsageBench();

QList<BenchCommand> benchCommands()
{
    return {
        importUsageBench(),
    };
}
