#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

namespace ud {

// Signing in (access.md): the same message for an unknown user and a wrong
// password; five failures in a row lock the account for 15 minutes; a
// disabled account cannot sign in; every attempt is audited; a password
// stored with fewer iterations than today's is re-hashed on success.
class SignIn
{
public:
    static constexpr int kMaximumFailures = 5;
    static constexpr int kLockMinutes = 15;

    SignIn(const Connection &connection, Clock clock);

    Result<Actor> signIn(const QString &userName, const QString &password);
    // The actor for an administrator, re-read (after a role change, say).
    Result<Actor> actorFor(qint64 adminId) const;

    // True when the database has no administrator yet (first start).
    Result<bool> needsFirstAdministrator() const;
    // Creates the first Super Administrator; refused once any administrator
    // exists. Checked and written in one transaction.
    Result<Actor> createFirstAdministrator(const QString &userName, const QString &displayName,
                                           const QString &email, const QString &password);

private:
    const Connection &m_connection;
    Clock m_clock;
};

} // namespace ud
