#include "schedules/SmtpTestMail.h"

#include "access/AccessGate.h"
#include "core/FieldRules.h"
#include "mail/MailMessage.h"
#include "schedules/SmtpSettingsStore.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SmtpTestMail", text);
}

} // namespace

Result<SmtpOutcome> SmtpTestMail::send(const Connection &connection, const Actor &actor,
                                       const Clock &clock, const QString &to,
                                       const RunnerOptions::Password &password,
                                       const RunnerOptions::Send &sender,
                                       const CancellationFlag *cancel)
{
    const AccessGate gate(connection, clock);
    if (const Status allowed = gate.require(actor, {Entity::ScheduledTasks, Action::Edit},
                                            u"send SMTP test message"_s, to);
        !allowed)
        return allowed.error();
    const auto address = validateEmail(u"--to"_s, to);
    if (!address)
        return address.error();
    auto settings = SmtpSettingsStore::read(connection);
    if (!settings)
        return settings.error();
    if (!settings->has_value())
        return Error::notFound(tr("no SMTP server is set up: use \"smtp set\" first"));
    const auto secret = password(**settings);
    if (!secret)
        return secret.error();

    const QDateTime now = clock().toUTC();
    MailMessage mail;
    mail.setFrom((*settings)->fromAddress, u"UsageDesk"_s);
    mail.setTo({*address});
    mail.setSubject(tr("UsageDesk test message"));
    mail.setDate(now, QTimeZone::systemTimeZone().offsetFromUtc(now));
    mail.setMessageId(u"<usagedesk.test.%1@usagedesk.invalid>"_s.arg(
        QUuid::createUuid().toString(QUuid::WithoutBraces)));
    mail.setBodyText(tr("This is a test message from UsageDesk, sent by %1 through %2:%3.\n"
                        "Scheduled reports will be sent the same way.\n")
                         .arg(actor.userName, (*settings)->host)
                         .arg((*settings)->port));
    auto bytes = mail.build();
    if (!bytes)
        return bytes.error();
    return sender(**settings, *secret, {*address}, *bytes, cancel, {});
}

} // namespace ud
