#pragma once

#include <QHostInfo>
#include <QString>
#include <optional>

namespace ud {

// How to reach the mail server (the `smtp set` command, the settings page).
// The password is not here: it lives in the OS keychain (SmtpPasswordStore),
// never beside these values in the database or a settings file.
struct SmtpSettings
{
    enum class Security
    {
        None,     // plain SMTP; AUTH only to a loopback host
        StartTls, // plain connect, then STARTTLS is required before anything else
        Tls,      // TLS from the first byte (usually port 465)
    };

    QString host;
    quint16 port = 25;
    Security security = Security::StartTls;
    QString userName; // empty: no AUTH
    QString fromAddress;
    // SHA-256 of the server certificate (DER), hex, optional: lets an admin
    // trust one self-signed or privately issued certificate and no other.
    QString trustedFingerprint;
    int connectTimeoutMs = 30'000;
    int replyTimeoutMs = 60'000;
    QString heloName = defaultHeloName();

    static QString defaultHeloName()
    {
        const QString local = QHostInfo::localHostName();
        return local.isEmpty() ? QStringLiteral("localhost") : local;
    }

    static QString securityId(Security security)
    {
        switch (security) {
        case Security::None:
            return QStringLiteral("none");
        case Security::StartTls:
            return QStringLiteral("starttls");
        case Security::Tls:
            return QStringLiteral("tls");
        }
        return {};
    }

    static std::optional<Security> parseSecurity(QStringView id)
    {
        if (id == u"none")
            return Security::None;
        if (id == u"starttls")
            return Security::StartTls;
        if (id == u"tls")
            return Security::Tls;
        return std::nullopt;
    }
};

} // namespace ud
