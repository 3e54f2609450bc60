#include "mail/SmtpPasswordStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SmtpPasswordStore", text);
}

Error unavailable(const QString &detail)
{
    return Error::storage(QCoreApplication::translate(
                              "ud::SmtpPasswordStore",
                              "No keychain service is available to hold the SMTP password (%1). "
                              "Set the environment variable USAGEDESK_SMTP_PASSWORD instead.")
                              .arg(detail));
}

Error jobError(const SecretStore::Answer &answer, int timeoutMs)
{
    switch (answer.outcome) {
    case SecretStore::Outcome::Denied:
        return Error::notPermitted(
            QCoreApplication::translate("ud::SmtpPasswordStore",
                                        "The keychain refused access to the SMTP password: %1")
                .arg(answer.detail));
    case SecretStore::Outcome::Unavailable:
        return unavailable(answer.detail);
    case SecretStore::Outcome::TimedOut:
        return unavailable(
            QCoreApplication::translate("ud::SmtpPasswordStore", "no answer within %1 s")
                .arg(timeoutMs / 1000));
    default:
        return Error::storage(
            QCoreApplication::translate("ud::SmtpPasswordStore", "The keychain failed: %1")
                .arg(answer.detail));
    }
}

} // namespace

SmtpPasswordStore::SmtpPasswordStore(QString service, int timeoutMs)
    : m_secrets(std::move(service), timeoutMs)
{}

bool SmtpPasswordStore::hasEnvironmentPassword()
{
    return qEnvironmentVariableIsSet(EnvironmentVariable);
}

QString SmtpPasswordStore::keyFor(const QString &host, const QString &userName)
{
    return userName + u'@' + host.toLower();
}

Result<QString> SmtpPasswordStore::read(const QString &host, const QString &userName) const
{
    if (hasEnvironmentPassword())
        return qEnvironmentVariable(EnvironmentVariable);
    const SecretStore::Answer answer = m_secrets.read(keyFor(host, userName));
    if (answer.outcome == SecretStore::Outcome::NotFound)
        return Error::notFound(tr("No SMTP password is stored for %1 on %2: set it with "
                                  "\"smtp set\" or in USAGEDESK_SMTP_PASSWORD.")
                                   .arg(userName, host));
    if (answer.outcome != SecretStore::Outcome::Ok)
        return jobError(answer, m_secrets.timeoutMs());
    return answer.secret;
}

Status SmtpPasswordStore::write(const QString &host, const QString &userName,
                                const QString &password) const
{
    const SecretStore::Answer answer = m_secrets.write(keyFor(host, userName), password);
    if (answer.outcome != SecretStore::Outcome::Ok)
        return jobError(answer, m_secrets.timeoutMs());
    return {};
}

Status SmtpPasswordStore::remove(const QString &host, const QString &userName) const
{
    const SecretStore::Answer answer = m_secrets.remove(keyFor(host, userName));
    if (answer.outcome != SecretStore::Outcome::Ok &&
        answer.outcome != SecretStore::Outcome::NotFound)
        return jobError(answer, m_secrets.timeoutMs());
    return {};
}

} // namespace ud
