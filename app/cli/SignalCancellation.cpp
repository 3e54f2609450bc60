#include "SignalCancellation.h"

#include <csignal>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

namespace cli {

namespace {

ud::CancellationFlag g_flag;

#ifdef Q_OS_UNIX
extern "C" void onTerminationSignal(int signalNumber)
{
    if (g_flag.isCancelled()) {
        // The user insists: stop now. The database's own transaction
        // guarantees still leave it as it was before the command.
        ::signal(signalNumber, SIG_DFL);
        ::raise(signalNumber);
        return;
    }
    g_flag.cancel();
}
#endif

} // namespace

ud::CancellationFlag &installSignalCancellation()
{
#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, [](int) { g_flag.cancel(); });
    std::signal(SIGTERM, [](int) { g_flag.cancel(); });
#endif
    return g_flag;
}

} // namespace cli
