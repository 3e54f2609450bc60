#pragma once

#include "CommandLine.h"

#include <QList>

namespace cli {

// Every command, one function each (in <Name>Command.cpp).
Command initCommand();
Command tenantsListCommand();
Command importTenantsCommand();
Command importUsageCommand();
Command seedCommand();

QList<Command> allCommands();

} // namespace cli
