#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"
#include "schedules/RunSummary.h"
#include "schedules/Schedule.h"
#include "storage/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ud {

struct RunnerOptions
{
    using Send = std::function<SmtpOutcome(
        const SmtpSettings &, const QString &password, const QStringList &recipients,
        const QByteArray &message, const CancellationFlag *, const SmtpClient::BeforeFinalDot &)>;
    using Password = std::function<Result<QString>(const SmtpSettings &)>;

    // Who holds a claim: "host:pid:random" by default.
    QString instanceId = defaultInstanceId();
    // A claim older than this is taken to belong to a process that died.
    int claimTimeoutSeconds = 900;
    Send send = defaultSend();
    // Default: SmtpPasswordStore::read(host, user); no user -> empty.
    Password password = defaultPassword();
    int maxCatchUpPerSchedule = 1000;

    static QString defaultInstanceId();
    static Send defaultSend();
    static Password defaultPassword();
};

// The run-due engine (schedules.md "Running", docs/schedules.md "Running"):
// takes each due run of each enabled schedule exactly once, whoever else runs
// at the same time, generates its report once, mails it and records each
// attempt and the run's state.
//
// A run is (schedule, scheduled instant). It is claimed by INSERTing its row
// in schedule_runs (the primary key decides between competitors); a retry or
// a takeover of a dead owner's claim is a conditional UPDATE that only one
// competitor wins. Only then is the report generated and the message sent.
//
// Access: runDue needs export_reports:add and tenants:view (the reports are
// generated on behalf of the actor); retryNow and resend scheduled_tasks:edit
// and are audited.
class ScheduleRunner
{
public:
    ScheduleRunner(const Connection &connection, Actor actor, Clock clock,
                   RunnerOptions options = {});

    Result<RunSummary> runDue(const CancellationFlag *cancel = nullptr,
                              const std::function<void(const RunEvent &)> &onEvent = {});

    // A retrying, failed or unknown run becomes retrying, due now.
    Status retryNow(qint64 scheduleId, const QDateTime &scheduledAt);
    // A delivered run is sent again on purpose: same report, same Message-ID;
    // logged as an attempt whose reply starts with "resend: "; the run stays
    // delivered. BadInput for a run that is not delivered.
    Status resend(qint64 scheduleId, const QDateTime &scheduledAt);

    // The delay before attempt number `attempts + 1` after `attempts` failed
    // ones: 1, 5, 15, 60 minutes, then hourly.
    static int retryDelaySeconds(int attempts);
    // How long after its scheduled instant a run keeps being retried.
    static constexpr int RetryWindowSeconds = 24 * 60 * 60;
    // "YYYY-MM-DDTHH:MM:SSZ": the key text of a run on both back ends.
    static QString runKey(const QDateTime &scheduledAt);
    // "<usagedesk.schedule-ID.YYYYMMDDTHHMMSSZ@usagedesk.invalid>".
    static QString messageId(qint64 scheduleId, const QDateTime &scheduledAt);

private:
    struct Claim;
    // Claims the oldest due run (new, retry or dead owner's), or nothing.
    Result<std::optional<Claim>> claimNext(const QList<Schedule> &schedules, const QDateTime &now,
                                           QHash<qint64, int> &claimedPerSchedule);
    Result<RunEvent> deliver(const Claim &claim, const QDateTime &now,
                             const CancellationFlag *cancel);

    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    RunnerOptions m_options;
    AccessGate m_gate;
};

} // namespace ud
