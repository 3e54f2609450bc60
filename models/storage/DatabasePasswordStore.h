#pragma once

#include "core/Result.h"
#include "core/SecretStore.h"
#include "storage/DatabaseTarget.h"

namespace ud {

// The PostgreSQL password of a saved database choice, kept in the OS keychain
// (SecretStore) under user@host:port/dbname: never in QSettings, never in the
// database. PGPASSWORD and ~/.pgpass keep working as libpq reads them; this
// store is only asked when neither the URL nor PGPASSWORD gives a password.
class DatabasePasswordStore
{
public:
    explicit DatabasePasswordStore(QString service = QStringLiteral("UsageDesk PostgreSQL"),
                                   int timeoutMs = 10'000);

    // NotFound when nothing is stored; Storage when no keychain is available
    // (the message says to use PGPASSWORD or ~/.pgpass instead).
    Result<QString> read(const DatabaseTarget &target) const;
    Status write(const DatabaseTarget &target, const QString &password) const;

    // The target with its password filled in from the keychain when it needs
    // one: PostgreSQL, no password in the URL, PGPASSWORD unset. Without a
    // stored password (or keychain) it is returned unchanged, for ~/.pgpass.
    DatabaseTarget withStoredPassword(DatabaseTarget target) const;

    static QString keyFor(const DatabaseTarget &target);

private:
    SecretStore m_secrets;
};

} // namespace ud
