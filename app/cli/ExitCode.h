#pragma once

#include "core/Error.h"

namespace cli {

// The exit codes of cli.md.
enum ExitCode : int
{
    Done = 0,
    BadInput = 2,
    NotPermitted = 3,
    NotFound = 4,
    StorageFailed = 5,
    DeliveryFailed = 6,
    Interrupted = 130,
};

int exitCodeFor(ud::ErrorKind kind);

} // namespace cli
