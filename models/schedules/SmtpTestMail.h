#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "mail/SmtpOutcome.h"
#include "schedules/ScheduleRunner.h"
#include "storage/Connection.h"

#include <QString>

namespace ud {

// A short test message through the stored SMTP settings, for `smtp test` and
// the Settings page. Needs scheduled_tasks:edit. BadInput for a bad address,
// NotFound when no server is set, the password source's error when it has no
// password for a user; otherwise the SmtpOutcome, whatever it says.
class SmtpTestMail
{
public:
    static Result<SmtpOutcome>
    send(const Connection &connection, const Actor &actor, const Clock &clock, const QString &to,
         const RunnerOptions::Password &password = RunnerOptions::defaultPassword(),
         const RunnerOptions::Send &sender = RunnerOptions::defaultSend(),
         const CancellationFlag *cancel = nullptr);
};

} // namespace ud
