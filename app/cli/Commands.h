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
Command roleAddCommand();
Command roleEditCommand();
Command roleListCommand();
Command roleShowCommand();
Command roleDeleteCommand();
Command adminAddCommand();
Command adminEditCommand();
Command adminListCommand();
Command adminDeleteCommand();
Command auditListCommand();
Command filterListCommand();
Command filterSaveCommand();
Command filterDeleteCommand();
Command reportGenerateCommand();
Command reportExportCommand();
Command reportListCommand();
Command reportDeleteCommand();
Command scheduleAddCommand();
Command scheduleEditCommand();
Command scheduleEnableCommand();
Command scheduleDisableCommand();
Command scheduleDeleteCommand();
Command scheduleListCommand();
Command scheduleNextCommand();
Command runDueCommand();
Command smtpSetCommand();
Command smtpTestCommand();
Command settingsShowCommand();
Command settingsSetCommand();

QList<Command> allCommands();

} // namespace cli
