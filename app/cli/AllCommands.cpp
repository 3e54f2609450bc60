#include "Commands.h"

namespace cli {

QList<Command> allCommands()
{
    return {
        initCommand(),
        seedCommand(),
    };
}

} // namespace cli
