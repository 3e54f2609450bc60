#pragma once

#include "core/Cancellation.h"
#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QStringList>
#include <functional>
#include <optional>

namespace ud {

// Sends one message over SMTP (RFC 5321) with QSslSocket: plain, STARTTLS
// (RFC 3207) or implicit TLS, AUTH PLAIN/LOGIN (RFC 4954). Blocking: it uses
// the socket's waitFor* calls in short slices, so it runs on any thread
// without an event loop and notices `cancel` within about 50 ms. The caller
// owns retries: this makes one attempt and says what happened.
class SmtpClient
{
public:
    // Called once the whole message has left, just before the final ".":
    // from then on the server may take the message even if this process
    // dies. Returning false stops the attempt without the "." (a temporary
    // failure; the server discards what it got).
    using BeforeFinalDot = std::function<bool()>;

    static SmtpOutcome send(const SmtpSettings &settings, const QString &password,
                            const QStringList &recipients, const QByteArray &message,
                            const CancellationFlag *cancel = nullptr,
                            const BeforeFinalDot &beforeFinalDot = {});

    // Why these settings must not send a password, or nothing when they may:
    // AUTH needs TLS, unless security is None and the host is a loopback
    // address. Checked before connecting.
    static std::optional<QString> authRefusal(const SmtpSettings &settings);
    static bool isLoopbackHost(const QString &host);
    // RFC 5321 4.5.2: a line starting with "." gets another; the result ends
    // with CRLF.
    static QByteArray dotStuffed(const QByteArray &message);
    // "AB:CD:..." or "abcd..." to lower-case hex without separators.
    static QString normalizedFingerprint(const QString &fingerprint);
};

} // namespace ud
