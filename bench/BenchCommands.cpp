#include "BenchReport.h"

#include <QList>

// Each benchmark file defines its BenchCommand factory; list them here.
QList<BenchCommand> benchCommands()
{
    return {};
}
