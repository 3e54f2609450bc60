#include "Commands.h"

namespace cli {

QList<Command> allCommands()
{
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
    };
}

} // namespace cli
