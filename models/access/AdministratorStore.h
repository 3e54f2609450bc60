#pragma once

#include "access/Administrator.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <optional>

namespace ud {

// Administrators in the database: reading and writing only, inside the
// caller's transaction; the rules live in AdministrationService and SignIn.
class AdministratorStore
{
public:
    explicit AdministratorStore(const Connection &connection);

    Result<QList<Administrator>> list() const; // ordered by user name
    Result<std::optional<Administrator>> findByUserName(const QString &userName) const;
    // With lockRow, the row stays locked until the caller's transaction ends
    // (FOR UPDATE on PostgreSQL; SQLite's write transaction excludes other
    // writers already).
    Result<std::optional<Administrator>> findById(qint64 id, bool lockRow = false) const;
    Result<qint64> count() const;

    Result<qint64> insert(const Administrator &administrator, const QDateTime &now);
    // Writes every field but the sign-in counters.
    Status update(const Administrator &administrator, const QDateTime &now);
    Status remove(qint64 id);
    Status recordSignInResult(qint64 id, int failedSignIns, const QDateTime &lockedUntil);
    Status setPasswordHash(qint64 id, const QString &passwordHash, const QDateTime &now);

    // The enabled holders of the Super Administrator role. With lockRows, the
    // rows are locked (FOR UPDATE on PostgreSQL; SQLite's write transaction
    // already excludes other writers), so a check of "the last one" and the
    // change it guards cannot interleave with another administrator's.
    Result<QList<qint64>> enabledSuperAdministrators(bool lockRows) const;

private:
    Result<QList<Administrator>> select(const QString &where, const QVariant &value,
                                        bool lockRows = false) const;

    const Connection &m_connection;
};

} // namespace ud
