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
    };
}

} // namespace cli
