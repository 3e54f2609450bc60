#pragma once

#include "core/Result.h"
#include "core/SecretStore.h"

#include <QString>

namespace ud {

// The SMTP password for (host, user). Read from USAGEDESK_SMTP_PASSWORD when
// that is set (headless servers, CI), otherwise from the OS keychain through
// QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store, through SecretStore). It is never written anywhere else: not the
// database, not a settings file. Blocking, like SecretStore.
class SmtpPasswordStore
{
public:
    static constexpr const char *EnvironmentVariable = "USAGEDESK_SMTP_PASSWORD";

    explicit SmtpPasswordStore(QString service = QStringLiteral("UsageDesk SMTP"),
                               int timeoutMs = 15'000);

    // NotFound when nothing is stored; Storage when no keychain service is
    // available (the message says to set USAGEDESK_SMTP_PASSWORD).
    Result<QString> read(const QString &host, const QString &userName) const;
    // Always to the keychain (the environment variable is read-only).
    Status write(const QString &host, const QString &userName, const QString &password) const;
    // Removing a password that is not stored is not an error.
    Status remove(const QString &host, const QString &userName) const;

    static bool hasEnvironmentPassword();
    static QString keyFor(const QString &host, const QString &userName);

private:
    SecretStore m_secrets;
};

} // namespace ud
