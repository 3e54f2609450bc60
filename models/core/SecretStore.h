#pragma once

#include <QString>

namespace ud {

// One secret per key in the OS keychain through QtKeychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Store), never in a plain-text
// fallback. The one place that talks to the keychain: SmtpPasswordStore and
// DatabasePasswordStore phrase its answers for their own secret. Blocking:
// each call waits for the keychain job in a local event loop, so it needs a
// QCoreApplication but no running event loop in the caller.
class SecretStore
{
public:
    enum class Outcome
    {
        Ok,
        NotFound,
        Denied,      // the keychain or the user refused
        Unavailable, // no keychain service (no D-Bus session, offscreen tests)
        TimedOut,    // no answer within the timeout
        Failed,
    };
    struct Answer
    {
        Outcome outcome = Outcome::Ok;
        QString detail; // the keychain's own words when it failed
        QString secret; // what read() found
    };

    SecretStore(QString service, int timeoutMs);

    Answer read(const QString &key) const;
    Answer write(const QString &key, const QString &secret) const;
    // Removing a secret that is not stored answers NotFound.
    Answer remove(const QString &key) const;

    int timeoutMs() const { return m_timeoutMs; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ud
