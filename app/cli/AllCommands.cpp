#include "Commands.h"

namespace cli {

QList<Command> allCommands()
{
    return {
        initCommand(),
        importTenantsCommand(),
        importUsageCommand(),
    };
}

} // namespace cli
