#pragma once

#include "core/Cancellation.h"

namespace cli {

// SIGINT and SIGTERM set the returned flag, which the command in hand polls
// so it can roll back and exit 130. A second signal ends the process at once.
ud::CancellationFlag &installSignalCancellation();

} // namespace cli
