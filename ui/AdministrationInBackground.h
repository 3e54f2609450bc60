#pragma once

#include "BackgroundCall.h"
#include "access/AdministrationService.h"

// Runs one AdministrationService call that hashes a password (600,000
// PBKDF2 rounds, a noticeable fraction of a second) on a worker thread, on a
// connection of its own for the same database, actor and clock as `service`;
// then `done` with its result on the receiver's (GUI) thread.
template<typename T>
QThread *runAdministrationInBackground(QObject *receiver, const ud::AdministrationService &service,
                                       std::function<T(ud::AdministrationService &)> call,
                                       std::function<void(const T &)> done)
{
    return runInBackground<T>(
        receiver,
        [target = service.target(), actor = service.actor(), clock = service.clock(),
         call = std::move(call)]() -> T {
            auto connection = ud::Connection::open(target, QStringLiteral("administration"));
            if (!connection)
                return connection.error();
            ud::AdministrationService worker(**connection, actor, clock);
            return call(worker);
        },
        std::move(done));
}
