#include "Commands.h"

namespace cli {

// In the order --help lists them, one per line.
QList<Command> allCommands()
{
    // clang-format off
    return {
        initCommand(),
        tenantsListCommand(),
        importTenantsCommand(),
        importUsageCommand(),
        seedCommand(),
        roleAddCommand(),
        roleEditCommand(),
        roleListCommand(),
        roleShowCommand(),
        roleDeleteCommand(),
        adminAddCommand(),
        adminEditCommand(),
        adminListCommand(),
        adminDeleteCommand(),
        auditListCommand(),
        filterListCommand(),
        filterSaveCommand(),
        filterDeleteCommand(),
        reportGenerateCommand(),
        reportExportCommand(),
        reportListCommand(),
        reportDeleteCommand(),
        scheduleAddCommand(),
        scheduleEditCommand(),
        scheduleEnableCommand(),
        scheduleDisableCommand(),
        scheduleDeleteCommand(),
        scheduleListCommand(),
        scheduleNextCommand(),
        runDueCommand(),
        smtpSetCommand(),
        smtpTestCommand(),
        settingsShowCommand(),
        settingsSetCommand(),
    };
    // clang-format on
}

} // namespace cli
