#include "schedules/ScheduleRunner.h"

#include "mail/MailMessage.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpPasswordStore.h"
#include "reports/ReportExporter.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportStore.h"
#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleTiming.h"
#include "schedules/SmtpSettingsStore.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHostInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ScheduleRunner", text);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime wholeSeconds(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
}

// The delivery log keeps what the server said, not an unbounded transcript.
constexpr qsizetype MaxReplyLength = 16'000;

QString clip(const QString &text)
{
    return text.size() <= MaxReplyLength ? text : text.left(MaxReplyLength) + u"\n[...]"_s;
}

QString periodText(QDate first, QDate last)
{
    const QString a = first.toString(Qt::ISODate);
    return first == last ? a : u"%1 to %2"_s.arg(a, last.toString(Qt::ISODate));
}

// Letters, digits, space, '-', '_' and '.' survive in every mail client and
// file system; everything else becomes '_'.
QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u' ' || c == u'-' || c == u'_' ||
                           c == u'.';
        out += plain ? c : u'_';
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.isEmpty() ? u"report"_s : out.left(80);
}

QString outcomeStatus(SmtpOutcome::Result result)
{
    return SmtpOutcome::resultId(result);
}

// What the delivery log keeps of an attempt: the summary and the server's
// side of the conversation (SmtpClient already redacts AUTH).
QString replyOf(const SmtpOutcome &outcome)
{
    QStringList lines;
    if (!outcome.message.isEmpty())
        lines << outcome.message;
    for (const QString &line : outcome.transcript)
        lines << line;
    return clip(lines.join(u'\n'));
}

Result<std::optional<Schedule>> loadSchedule(const Connection &connection, qint64 id)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT schedule_id, name, recipients, recurrence, day_of_week, day_of_month, "
                  "time_of_day, time_zone, delimiter, bom, scope, enabled, active_since, "
                  "description FROM schedules WHERE (? = 0 OR schedule_id = ?) "
                  "ORDER BY schedule_id"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ud::ScheduleRunner", "cannot read schedules"));
    if (!query.next())
        return std::optional<Schedule>();
    Schedule s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.recipients = query.value(2).toString().split(u'\n', Qt::SkipEmptyParts);
    const auto recurrence = ScheduleRules::parseRecurrence(QString(), query.value(3).toString());
    if (recurrence)
        s.recurrence = *recurrence;
    s.dayOfWeek = query.value(4).isNull() ? 0 : query.value(4).toInt();
    s.dayOfMonth = query.value(5).isNull() ? 0 : query.value(5).toInt();
    s.timeOfDay = QTime::fromString(query.value(6).toString(), u"HH:mm"_s);
    s.timeZone = query.value(7).toString().toUtf8();
    s.delimiter = query.value(8).toString();
    s.bom = query.value(9).toInt() != 0;
    s.scope = query.value(10).toString();
    s.enabled = query.value(11).toInt() != 0;
    s.activeSince = fromIso(query.value(12));
    s.description = query.value(13).toString();
    return std::optional<Schedule>(s);
}

Result<QList<Schedule>> enabledSchedules(const Connection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT schedule_id FROM schedules WHERE enabled = 1 ORDER BY schedule_id"_s);
    if (!query.exec())
        return sqlError(query,
                        QCoreApplication::translate("ud::ScheduleRunner", "cannot read schedules"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<Schedule> out;
    for (const qint64 id : ids) {
        auto schedule = loadSchedule(connection, id);
        if (!schedule)
            return schedule.error();
        if (schedule->has_value())
            out << **schedule;
    }
    return out;
}

} // namespace

// A run this instance holds: inserted or re-claimed with our claimed_by.
struct ScheduleRunner::Claim
{
    Schedule schedule;
    QDateTime scheduledAt;
};

QString RunnerOptions::defaultInstanceId()
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
}

RunnerOptions::Send RunnerOptions::defaultSend()
{
    return [](const SmtpSettings &settings, const QString &smtpPassword,
              const QStringList &recipients, const QByteArray &message,
              const CancellationFlag *cancel, const SmtpClient::BeforeFinalDot &beforeFinalDot) {
        return SmtpClient::send(settings, smtpPassword, recipients, message, cancel,
                                beforeFinalDot);
    };
}

RunnerOptions::Password RunnerOptions::defaultPassword()
{
    return [](const SmtpSettings &settings) -> Result<QString> {
        if (settings.userName.isEmpty())
            return QString();
        return SmtpPasswordStore().read(settings.host, settings.userName);
    };
}

ScheduleRunner::ScheduleRunner(const Connection &connection, Actor actor, Clock clock,
                               RunnerOptions options)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_options(std::move(options))
    , m_gate(connection, m_clock)
{}

int ScheduleRunner::retryDelaySeconds(int attempts)
{
    switch (attempts) {
    case 0:
    case 1:
        return 60;
    case 2:
        return 5 * 60;
    case 3:
        return 15 * 60;
    default:
        return 60 * 60;
    }
}

QString ScheduleRunner::runKey(const QDateTime &scheduledAt)
{
    return wholeSeconds(scheduledAt).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString ScheduleRunner::messageId(qint64 scheduleId, const QDateTime &scheduledAt)
{
    return u"<usagedesk.schedule-%1.%2@usagedesk.invalid>"_s.arg(scheduleId)
        .arg(wholeSeconds(scheduledAt).toString(u"yyyyMMddTHHmmssZ"_s));
}

Result<std::optional<ScheduleRunner::Claim>>
ScheduleRunner::claimNext(const QList<Schedule> &schedules, const QDateTime &now,
                          QHash<qint64, int> &claimedPerSchedule)
{
    const QString nowKey = runKey(now);
    const QString staleKey = runKey(now.addSecs(-qMax(1, m_options.claimTimeoutSeconds)));
    QHash<qint64, Schedule> byId;
    for (const Schedule &schedule : schedules)
        byId.insert(schedule.id, schedule);

    // A claim lost to a competitor means it made progress: look again.
    for (int round = 0; round < 1000; ++round) {
        auto transaction = Transaction::begin(m_connection);
        if (!transaction)
            return transaction.error();

        // The oldest retry that is due or claim whose owner died. On
        // PostgreSQL SKIP LOCKED lets competitors pass rows another is taking.
        std::optional<Claim> retake;
        {
            QSqlQuery query(m_connection.database());
            query.setForwardOnly(true);
            const QString lock = m_connection.backend() == Backend::Postgres
                                     ? u" FOR UPDATE OF r SKIP LOCKED"_s
                                     : QString();
            query.prepare(u"SELECT r.schedule_id, r.scheduled_at FROM schedule_runs r "
                          "JOIN schedules s ON s.schedule_id = r.schedule_id "
                          "WHERE s.enabled = 1 AND ((r.status = 'retrying' AND "
                          "r.next_attempt_at <= ?) OR (r.status = 'claimed' AND "
                          "r.claimed_at < ?)) ORDER BY r.scheduled_at, r.schedule_id LIMIT 1"_s +
                          lock);
            query.addBindValue(nowKey);
            query.addBindValue(staleKey);
            if (!query.exec())
                return sqlError(query, tr("cannot read the runs to retry"));
            if (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                if (byId.contains(id))
                    retake = Claim{byId.value(id), fromIso(query.value(1))};
            }
        }

        // The oldest new run: for each schedule the first instant after the
        // later of activeSince and its newest run (catch-up resumes there,
        // and re-enabling does not replay the stretch it was disabled).
        std::optional<Claim> fresh;
        {
            QHash<qint64, QDateTime> newest;
            QSqlQuery query(m_connection.database());
            query.setForwardOnly(true);
            query.prepare(u"SELECT schedule_id, MAX(scheduled_at) FROM schedule_runs "
                          "GROUP BY schedule_id"_s);
            if (!query.exec())
                return sqlError(query, tr("cannot read the runs of the schedules"));
            while (query.next())
                newest.insert(query.value(0).toLongLong(), fromIso(query.value(1)));
            for (const Schedule &schedule : schedules) {
                if (claimedPerSchedule.value(schedule.id) >= m_options.maxCatchUpPerSchedule)
                    continue;
                QDateTime after = schedule.activeSince;
                const QDateTime last = newest.value(schedule.id);
                if (last.isValid() && last > after)
                    after = last;
                const QDateTime next = ScheduleTiming::nextRunAfter(schedule, after);
                if (!next.isValid() || next > now)
                    continue;
                if (!fresh || next < fresh->scheduledAt)
                    fresh = Claim{schedule, wholeSeconds(next)};
            }
        }

        if (!retake && !fresh)
            return std::optional<Claim>();
        const bool takeFresh = fresh && (!retake || fresh->scheduledAt < retake->scheduledAt);
        bool won = false;
        if (takeFresh) {
            const ReportPeriod period =
                ScheduleTiming::periodForRun(fresh->schedule, fresh->scheduledAt);
            QSqlQuery insert(m_connection.database());
            insert.prepare(u"INSERT INTO schedule_runs (schedule_id, scheduled_at, period_start, "
                           "period_end, status, claimed_by, claimed_at) "
                           "VALUES (?, ?, ?, ?, 'claimed', ?, ?) "
                           "ON CONFLICT (schedule_id, scheduled_at) DO NOTHING"_s);
            insert.addBindValue(fresh->schedule.id);
            insert.addBindValue(runKey(fresh->scheduledAt));
            insert.addBindValue(period.first().toString(Qt::ISODate));
            insert.addBindValue(period.last().toString(Qt::ISODate));
            insert.addBindValue(m_options.instanceId);
            insert.addBindValue(nowKey);
            if (!insert.exec())
                return sqlError(insert,
                                tr("cannot claim a run of schedule %1").arg(fresh->schedule.id));
            won = insert.numRowsAffected() == 1;
        } else {
            QSqlQuery take(m_connection.database());
            take.prepare(u"UPDATE schedule_runs SET status = 'claimed', claimed_by = ?, "
                         "claimed_at = ?, next_attempt_at = NULL WHERE schedule_id = ? AND "
                         "scheduled_at = ? AND ((status = 'retrying' AND next_attempt_at <= ?) "
                         "OR (status = 'claimed' AND claimed_at < ?))"_s);
            take.addBindValue(m_options.instanceId);
            take.addBindValue(nowKey);
            take.addBindValue(retake->schedule.id);
            take.addBindValue(runKey(retake->scheduledAt));
            take.addBindValue(nowKey);
            take.addBindValue(staleKey);
            if (!take.exec())
                return sqlError(take,
                                tr("cannot claim a run of schedule %1").arg(retake->schedule.id));
            won = take.numRowsAffected() == 1;
        }
        if (const Status committed = (*transaction)->commit(); !committed)
            return committed.error();
        if (won) {
            const Claim claim = takeFresh ? *fresh : *retake;
            claimedPerSchedule[claim.schedule.id] += 1;
            return std::optional<Claim>(claim);
        }
    }
    return Error::storage(tr("could not claim a run: other instances keep taking them"));
}

Result<RunSummary> ScheduleRunner::runDue(const CancellationFlag *cancel,
                                          const std::function<void(const RunEvent &)> &onEvent)
{
    // Generating needs export_reports:add with tenants:view (access.md); the
    // mail carries an export, so export_reports:view too. Allowed passes are
    // not audited (the GUI runs one a minute): the reports they make are.
    const QList<Permission> needed = {{Entity::ExportReports, Action::Add},
                                      {Entity::ExportReports, Action::View},
                                      {Entity::Tenants, Action::View}};
    const bool allowed =
        m_actor.adminId != 0 && std::all_of(needed.begin(), needed.end(),
                                            [this](const Permission &p) { return m_actor.can(p); });
    if (!allowed) {
        const Status refused =
            m_gate.authorize(m_actor, {{needed}, false, u"run due schedules"_s}, QString());
        return refused ? Error::notPermitted(tr("not permitted")) : refused.error();
    }
    const QDateTime now = wholeSeconds(m_clock());
    auto schedules = enabledSchedules(m_connection);
    if (!schedules)
        return schedules.error();

    // One run at a time: claimed, then delivered, then the next. A claim is
    // never older than the run in hand, so a competitor cannot mistake a
    // queued claim for a dead one, and several instances share the work.
    RunSummary summary;
    QHash<qint64, int> claimedPerSchedule;
    while (!(cancel && cancel->isCancelled())) {
        auto claim = claimNext(*schedules, now, claimedPerSchedule);
        if (!claim)
            return claim.error();
        if (!claim->has_value())
            break;
        auto delivered = deliver(**claim, now, cancel);
        if (!delivered)
            return delivered.error();
        const RunEvent &event = *delivered;
        if (event.status == u"delivered")
            ++summary.delivered;
        else if (event.status == u"retrying")
            ++summary.retrying;
        else if (event.status == u"failed")
            ++summary.failed;
        else if (event.status == u"unknown")
            ++summary.unknown;
        summary.events << event;
        if (onEvent)
            onEvent(event);
    }
    return summary;
}

namespace {

struct RunRow
{
    qint64 reportId = 0;
    int attempts = 0;
    QDate periodStart;
    QDate periodEnd;
    QDateTime firstAttempt;
    QDateTime dataSentAt; // set: a process sent the whole message, then died
};

Result<std::optional<RunRow>> readRun(const Connection &connection, qint64 scheduleId,
                                      const QString &key)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT report_id, attempts, period_start, period_end, "
                  "(SELECT MIN(attempted_at) FROM delivery_attempts a WHERE a.schedule_id = "
                  "r.schedule_id AND a.scheduled_at = r.scheduled_at), data_sent_at "
                  "FROM schedule_runs r WHERE schedule_id = ? AND scheduled_at = ?"_s);
    query.addBindValue(scheduleId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("ud::ScheduleRunner",
                                                           "cannot read a run of schedule %1")
                                   .arg(scheduleId));
    if (!query.next())
        return std::optional<RunRow>();
    RunRow row;
    row.reportId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    row.attempts = query.value(1).toInt();
    row.periodStart = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    row.periodEnd = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    row.firstAttempt = fromIso(query.value(4));
    row.dataSentAt = fromIso(query.value(5));
    return std::optional<RunRow>(row);
}

} // namespace

// What one message of a run looks like; the same for a retry and a resend.
struct BuiltMail
{
    QByteArray bytes;
    QString summary;
};

static Result<BuiltMail> buildMail(const Connection &connection, const Actor &actor,
                                   const Clock &clock, const Schedule &schedule,
                                   const QDateTime &scheduledAt, qint64 reportId,
                                   const SmtpSettings &settings, const QDateTime &now,
                                   const CancellationFlag *cancel)
{
    ReportStore store(connection);
    auto info = store.find(reportId);
    if (!info)
        return info.error();
    if (!info->has_value())
        return Error::notFound(
            QCoreApplication::translate("ud::ScheduleRunner", "report %1 no longer exists")
                .arg(reportId));
    const ReportInfo report = **info;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    const Status summed = store.forEachRow(
        reportId,
        [&totals](const ReportRow &row) {
            totals[0] += row.usersPeak;
            totals[1] += row.usersEnd;
            totals[2] += row.voiceCredits;
            totals[3] += row.smsCredits;
            totals[4] += row.authentications;
            return Status();
        },
        cancel);
    if (!summed)
        return summed.error();

    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    ReportExporter exporter(connection, clock);
    if (const Status exported =
            exporter.exportReport(actor, reportId, buffer, schedule.bom, std::nullopt, cancel);
        !exported)
        return exported.error();
    buffer.close();

    const QString period = periodText(report.periodStart, report.periodEnd);
    const QTimeZone zone(schedule.timeZone);
    const int offset = zone.isValid() ? zone.offsetFromUtc(now) : 0;
    const QLocale c = QLocale::c();
    const QString body =
        QCoreApplication::translate(
            "ud::ScheduleRunner",
            "Scheduled usage report\n\n"
            "Schedule: %1\nPeriod: %2\nScheduled for: %3\nTenants (rows): %4\n\n"
            "Totals\n  Users (peak): %5\n  Users (end of period): %6\n  Voice credits: %7\n"
            "  SMS credits: %8\n  Authentications: %9\n\n")
            .arg(schedule.name, period,
                 scheduledAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                     .toString(Qt::ISODate),
                 c.toString(report.rowCount), c.toString(totals[0]), c.toString(totals[1]),
                 c.toString(totals[2]), c.toString(totals[3]), c.toString(totals[4])) +
        QCoreApplication::translate("ud::ScheduleRunner", "Generated at: %1 (report %2)\n")
            .arg(report.createdAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                     .toString(Qt::ISODate))
            .arg(reportId);

    MailMessage mail;
    mail.setFrom(settings.fromAddress, u"UsageDesk"_s);
    mail.setTo(schedule.recipients);
    mail.setSubject(QCoreApplication::translate("ud::ScheduleRunner", "Usage report: %1 (%2)")
                        .arg(schedule.name, period));
    mail.setDate(now, offset);
    mail.setMessageId(ScheduleRunner::messageId(schedule.id, scheduledAt));
    mail.setBodyText(body);
    const QString fileName = report.periodStart == report.periodEnd
                                 ? u"%1 %2.csv"_s.arg(safeFileName(schedule.name),
                                                      report.periodStart.toString(Qt::ISODate))
                                 : u"%1 %2_%3.csv"_s.arg(safeFileName(schedule.name),
                                                         report.periodStart.toString(Qt::ISODate),
                                                         report.periodEnd.toString(Qt::ISODate));
    mail.addAttachment({fileName, QByteArrayLiteral("text/csv; charset=utf-8"), csv});
    auto bytes = mail.build();
    if (!bytes)
        return bytes.error();
    return BuiltMail{*bytes, period};
}

Result<RunEvent> ScheduleRunner::deliver(const Claim &claim, const QDateTime &now,
                                         const CancellationFlag *cancel)
{
    const Schedule &schedule = claim.schedule;
    const QString key = runKey(claim.scheduledAt);
    RunEvent event{schedule.id, schedule.name, claim.scheduledAt, QString(), QString()};

    auto row = readRun(m_connection, schedule.id, key);
    if (!row)
        return row.error();
    if (!row->has_value()) { // the schedule was deleted meanwhile
        event.status = u"failed"_s;
        event.message = tr("the schedule was deleted");
        return event;
    }
    RunRow run = **row;

    // The run's end state, with the attempt that led to it (if one was made),
    // written together. `reply` is what the page shows as the last reply.
    const auto finish = [&](const QString &status, const QString &reply,
                            const std::optional<QString> &attemptOutcome,
                            const QDateTime &nextAttempt) -> Result<RunEvent> {
        auto transaction = Transaction::begin(m_connection);
        if (!transaction)
            return transaction.error();
        if (attemptOutcome) {
            QSqlQuery attempt(m_connection.database());
            attempt.prepare(u"INSERT INTO delivery_attempts (schedule_id, scheduled_at, "
                            "attempted_at, outcome, reply) VALUES (?, ?, ?, ?, COALESCE(?, ''))"_s);
            attempt.addBindValue(schedule.id);
            attempt.addBindValue(key);
            attempt.addBindValue(runKey(m_clock()));
            attempt.addBindValue(*attemptOutcome);
            attempt.addBindValue(clip(reply));
            if (!attempt.exec())
                return sqlError(attempt, tr("cannot record a delivery attempt"));
        }
        QSqlQuery update(m_connection.database());
        update.prepare(u"UPDATE schedule_runs SET status = ?, attempts = attempts + ?, "
                       "next_attempt_at = ?, last_reply = COALESCE(?, ''), finished_at = ?, "
                       "data_sent_at = NULL WHERE schedule_id = ? AND scheduled_at = ?"_s);
        update.addBindValue(status);
        update.addBindValue(attemptOutcome ? 1 : 0);
        update.addBindValue(nextAttempt.isValid() ? QVariant(runKey(nextAttempt))
                                                  : QVariant(QMetaType::fromType<QString>()));
        update.addBindValue(clip(reply));
        const bool final = status != u"retrying";
        update.addBindValue(final ? QVariant(runKey(m_clock()))
                                  : QVariant(QMetaType::fromType<QString>()));
        update.addBindValue(schedule.id);
        update.addBindValue(key);
        if (!update.exec())
            return sqlError(update, tr("cannot record the state of a run"));
        if (const Status committed = (*transaction)->commit(); !committed)
            return committed.error();
        event.status = status;
        event.message = reply.section(u'\n', 0, 0);
        return event;
    };

    // A temporary failure is retried with growing delays for a day from the
    // scheduled instant, or from the first attempt when that was later
    // (catch-up of old runs), then the run fails. Failures before anything
    // was sent (no SMTP server set, no password) are logged as attempts too:
    // the page shows why, and the day is counted from the first of them.
    const auto temporary = [&](const QString &reply) {
        const int attemptsAfter = run.attempts + 1;
        QDateTime anchor = claim.scheduledAt;
        const QDateTime first = run.firstAttempt.isValid() ? run.firstAttempt : now;
        if (first > anchor)
            anchor = first;
        const QDateTime next = now.addSecs(retryDelaySeconds(attemptsAfter));
        const std::optional<QString> outcome = u"temporary"_s;
        if (next > anchor.addSecs(RetryWindowSeconds))
            return finish(u"failed"_s,
                          QCoreApplication::translate("ud::ScheduleRunner",
                                                      "gave up after %1 attempt(s) in 24 hours: %2",
                                                      nullptr, attemptsAfter)
                              .arg(attemptsAfter)
                              .arg(reply),
                          outcome, {});
        return finish(u"retrying"_s, reply, outcome, next);
    };
    const auto released = [&]() -> Result<RunEvent> {
        return finish(u"retrying"_s, tr("interrupted; will be retried"), std::nullopt, now);
    };

    // The claim was taken over from a process that died after handing the
    // whole message to the server: it may have been delivered, so it is not
    // sent again by itself (an administrator may resend it).
    if (run.dataSentAt.isValid())
        return finish(u"unknown"_s,
                      tr("the program sending this run stopped at %1, after the whole message "
                         "had gone to the server and before its reply was recorded: it may or "
                         "may not have been delivered")
                          .arg(runKey(run.dataSentAt)),
                      u"unknown"_s, {});

    // The report is generated once per run: a retry mails the same snapshot.
    if (run.reportId == 0) {
        ReportRequest request;
        const QString period = periodText(run.periodStart, run.periodEnd);
        request.name = u"%1 %2"_s.arg(schedule.name.left(100 - period.size() - 1), period);
        request.description =
            tr("Scheduled: schedule %1 \"%2\", run %3").arg(schedule.id).arg(schedule.name, key);
        request.scope = schedule.scope;
        request.period = u"custom:%1..%2"_s.arg(run.periodStart.toString(Qt::ISODate),
                                                run.periodEnd.toString(Qt::ISODate));
        request.delimiter = schedule.delimiter;
        request.bom = schedule.bom;
        request.today =
            qMax(run.periodEnd,
                 ScheduleTiming::localDate(claim.scheduledAt, QTimeZone(schedule.timeZone)));
        ReportGenerator generator(m_connection, m_clock);
        auto generated = generator.generate(m_actor, request, cancel);
        if (!generated) {
            const Error &error = generated.error();
            if (error.kind == ErrorKind::Cancelled)
                return released();
            const QString reply = tr("the report could not be generated: %1").arg(error.message);
            if (error.kind == ErrorKind::Storage)
                return temporary(reply);
            return finish(u"failed"_s, reply, std::nullopt, {});
        }
        run.reportId = *generated;
        QSqlQuery keep(m_connection.database());
        keep.prepare(u"UPDATE schedule_runs SET report_id = ? WHERE schedule_id = ? AND "
                     "scheduled_at = ?"_s);
        keep.addBindValue(run.reportId);
        keep.addBindValue(schedule.id);
        keep.addBindValue(key);
        if (!keep.exec())
            return sqlError(keep, tr("cannot record the report of a run"));
    }

    auto settings = SmtpSettingsStore::read(m_connection);
    if (!settings)
        return temporary(settings.error().message);
    if (!settings->has_value())
        return temporary(tr("no SMTP server is set up (smtp set, or the Settings page)"));
    const auto password = m_options.password(**settings);
    if (!password)
        return temporary(tr("no SMTP password: %1").arg(password.error().message));

    auto mail = buildMail(m_connection, m_actor, m_clock, schedule, claim.scheduledAt, run.reportId,
                          **settings, now, cancel);
    if (!mail) {
        if (mail.error().kind == ErrorKind::Cancelled)
            return released();
        if (mail.error().kind == ErrorKind::Storage)
            return temporary(mail.error().message);
        return finish(u"failed"_s, mail.error().message, std::nullopt, {});
    }
    if (cancel && cancel->isCancelled())
        return released();

    // Recorded (committed) before the final ".", so a takeover after a crash
    // knows the server may have the message.
    const auto recordDataSent = [&]() {
        QSqlQuery sent(m_connection.database());
        sent.prepare(u"UPDATE schedule_runs SET data_sent_at = ? WHERE schedule_id = ? AND "
                     "scheduled_at = ? AND status = 'claimed' AND claimed_by = ?"_s);
        sent.addBindValue(runKey(m_clock()));
        sent.addBindValue(schedule.id);
        sent.addBindValue(key);
        sent.addBindValue(m_options.instanceId);
        return sent.exec() && sent.numRowsAffected() == 1;
    };
    const SmtpOutcome outcome = m_options.send(**settings, *password, schedule.recipients,
                                               mail->bytes, cancel, recordDataSent);
    const QString reply = replyOf(outcome);
    const QString attempt = outcomeStatus(outcome.result);
    switch (outcome.result) {
    case SmtpOutcome::Result::Delivered:
        return finish(u"delivered"_s, reply, attempt, {});
    case SmtpOutcome::Result::TemporaryFailure:
        if (outcome.cancelled)
            return finish(u"retrying"_s, reply, attempt, now);
        return temporary(reply);
    case SmtpOutcome::Result::PermanentFailure:
        return finish(u"failed"_s, reply, attempt, {});
    case SmtpOutcome::Result::Unknown:
        return finish(u"unknown"_s, reply, attempt, {});
    }
    return finish(u"failed"_s, reply, attempt, {});
}

namespace {

Result<std::optional<QString>> runStatus(const Connection &connection, qint64 scheduleId,
                                         const QString &key, qint64 *reportId = nullptr)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT status, report_id FROM schedule_runs WHERE schedule_id = ? AND "
                  "scheduled_at = ?"_s);
    query.addBindValue(scheduleId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("ud::ScheduleRunner",
                                                           "cannot read a run of schedule %1")
                                   .arg(scheduleId));
    if (!query.next())
        return std::optional<QString>();
    if (reportId)
        *reportId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    return std::optional<QString>(query.value(0).toString());
}

Error noSuchRun(qint64 scheduleId, const QString &key)
{
    return Error::notFound(
        QCoreApplication::translate("ud::ScheduleRunner", "schedule %1 has no run at %2")
            .arg(scheduleId)
            .arg(key));
}

} // namespace

Status ScheduleRunner::retryNow(qint64 scheduleId, const QDateTime &scheduledAt)
{
    const QString key = runKey(scheduledAt);
    const QString object = u"%1 %2"_s.arg(scheduleId).arg(key);
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::Edit},
                                              u"retry scheduled run"_s, object);
        !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    auto status = runStatus(m_connection, scheduleId, key);
    if (!status)
        return status.error();
    if (!status->has_value())
        return noSuchRun(scheduleId, key);
    const QString current = **status;
    if (current != u"retrying" && current != u"failed" && current != u"unknown")
        return Error::badInput(
            tr("the run of schedule %1 at %2 is %3: only a retrying, failed or unknown run can "
               "be retried")
                .arg(scheduleId)
                .arg(key, current));
    QSqlQuery update(m_connection.database());
    update.prepare(u"UPDATE schedule_runs SET status = 'retrying', next_attempt_at = ?, "
                   "finished_at = NULL, data_sent_at = NULL WHERE schedule_id = ? AND "
                   "scheduled_at = ?"_s);
    update.addBindValue(runKey(m_clock()));
    update.addBindValue(scheduleId);
    update.addBindValue(key);
    if (!update.exec())
        return sqlError(update, tr("cannot retry a run"));
    return m_gate.commitAudited(**transaction, m_actor, u"retry scheduled run"_s, object,
                                u"was %1"_s.arg(current));
}

Status ScheduleRunner::resend(qint64 scheduleId, const QDateTime &scheduledAt)
{
    const QString key = runKey(scheduledAt);
    const QString object = u"%1 %2"_s.arg(scheduleId).arg(key);
    if (const Status allowed = m_gate.require(m_actor, {Entity::ScheduledTasks, Action::Edit},
                                              u"resend scheduled run"_s, object);
        !allowed)
        return allowed;
    qint64 reportId = 0;
    auto status = runStatus(m_connection, scheduleId, key, &reportId);
    if (!status)
        return status.error();
    if (!status->has_value())
        return noSuchRun(scheduleId, key);
    if (**status != u"delivered")
        return Error::badInput(tr("the run of schedule %1 at %2 is %3: only a delivered run can "
                                  "be resent")
                                   .arg(scheduleId)
                                   .arg(key, **status));
    if (reportId == 0)
        return Error::notFound(tr("the report of this run was deleted: it cannot be resent"));
    auto schedule = loadSchedule(m_connection, scheduleId);
    if (!schedule)
        return schedule.error();
    if (!schedule->has_value())
        return Error::notFound(tr("there is no schedule %1").arg(scheduleId));
    auto settings = SmtpSettingsStore::read(m_connection);
    if (!settings)
        return settings.error();
    if (!settings->has_value())
        return Error::notFound(tr("no SMTP server is set up (smtp set, or the Settings page)"));
    const auto password = m_options.password(**settings);
    if (!password)
        return password.error();
    const QDateTime now = wholeSeconds(m_clock());
    auto mail = buildMail(m_connection, m_actor, m_clock, **schedule, scheduledAt, reportId,
                          **settings, now, nullptr);
    if (!mail)
        return mail.error();
    const SmtpOutcome outcome =
        m_options.send(**settings, *password, (*schedule)->recipients, mail->bytes, nullptr, {});

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    QSqlQuery attempt(m_connection.database());
    attempt.prepare(u"INSERT INTO delivery_attempts (schedule_id, scheduled_at, attempted_at, "
                    "outcome, reply) VALUES (?, ?, ?, ?, COALESCE(?, ''))"_s);
    attempt.addBindValue(scheduleId);
    attempt.addBindValue(key);
    attempt.addBindValue(runKey(now));
    attempt.addBindValue(outcomeStatus(outcome.result));
    attempt.addBindValue(QString(u"resend: "_s + replyOf(outcome)));
    if (!attempt.exec())
        return sqlError(attempt, tr("cannot record a delivery attempt"));
    if (const Status committed =
            m_gate.commitAudited(**transaction, m_actor, u"resend scheduled run"_s, object,
                                 outcomeStatus(outcome.result));
        !committed)
        return committed;
    if (outcome.result != SmtpOutcome::Result::Delivered)
        return Error::delivery(outcome.message);
    return {};
}

} // namespace ud
