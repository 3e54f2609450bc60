#pragma once

#include <QDateTime>
#include <QString>

namespace ud {

// One SMTP attempt of a run (table delivery_attempts). A deliberate resend of
// a delivered run has a reply starting with "resend: ".
struct DeliveryAttemptRecord
{
    QDateTime attemptedAt; // UTC
    QString outcome;       // delivered, temporary, permanent, unknown
    QString reply;         // the server's replies, AUTH redacted

    friend bool operator==(const DeliveryAttemptRecord &, const DeliveryAttemptRecord &) = default;
};

} // namespace ud
