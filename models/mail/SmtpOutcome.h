#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ud {

// What one SMTP delivery attempt did: the overall result the retry policy
// acts on, each recipient's answer, and the server's replies for the
// delivery log (AUTH payloads redacted, never the password).
struct SmtpOutcome
{
    enum class Result
    {
        Delivered,        // the server accepted the message (for the accepted recipients)
        TemporaryFailure, // no connection, timeout before the message was sent, 4xx: retry later
        PermanentFailure, // 5xx, TLS could not be set up, refused settings: do not retry
        Unknown, // dropped or timed out after the final ".": maybe delivered, do not resend blindly
    };

    struct Recipient
    {
        enum class Status
        {
            Accepted,  // RCPT got 2xx (and, when Result is Delivered, the message was taken)
            Temporary, // 4xx (or not reached because of a temporary failure)
            Permanent, // 5xx or an address that cannot be sent to
        };
        QString address;
        int code = 0; // 0: no reply from the server for this recipient
        QString reply;
        Status status = Status::Temporary;
    };

    Result result = Result::TemporaryFailure;
    QList<Recipient> recipients;
    QStringList transcript; // "C: ..." sent, "S: ..." received, "-- ..." notes
    QString message;        // translated, for the admin
    int lastCode = 0;       // the reply code that decided the result, 0 if none
    bool cancelled = false;

    // Recipients that refused with 4xx while others got the message: the
    // caller may retry for these alone.
    QStringList temporaryRecipients() const
    {
        QStringList out;
        for (const Recipient &r : recipients) {
            if (r.status == Recipient::Status::Temporary)
                out << r.address;
        }
        return out;
    }

    static QString resultId(Result result)
    {
        switch (result) {
        case Result::Delivered:
            return QStringLiteral("delivered");
        case Result::TemporaryFailure:
            return QStringLiteral("temporary");
        case Result::PermanentFailure:
            return QStringLiteral("permanent");
        case Result::Unknown:
            return QStringLiteral("unknown");
        }
        return {};
    }
};

} // namespace ud
