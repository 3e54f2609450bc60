#include "storage/DatabasePasswordStore.h"

#include <QCoreApplication>

namespace ud {

namespace {

Error keychainError(const SecretStore::Answer &answer, int timeoutMs)
{
    const QString detail =
        answer.outcome == SecretStore::Outcome::TimedOut
            ? QCoreApplication::translate("ud::DatabasePasswordStore", "no answer within %1 s")
                  .arg(timeoutMs / 1000)
            : answer.detail;
    if (answer.outcome == SecretStore::Outcome::Denied)
        return Error::notPermitted(
            QCoreApplication::translate("ud::DatabasePasswordStore",
                                        "The keychain refused access to the database password: %1")
                .arg(detail));
    return Error::storage(
        QCoreApplication::translate("ud::DatabasePasswordStore",
                                    "No keychain is available to hold the database password (%1). "
                                    "Use PGPASSWORD or ~/.pgpass instead.")
            .arg(detail));
}

} // namespace

DatabasePasswordStore::DatabasePasswordStore(QString service, int timeoutMs)
    : m_secrets(std::move(service), timeoutMs)
{}

QString DatabasePasswordStore::keyFor(const DatabaseTarget &target)
{
    return target.user + QLatin1Char('@') + target.host.toLower() + QLatin1Char(':') +
           QString::number(target.port) + QLatin1Char('/') + target.databaseName;
}

Result<QString> DatabasePasswordStore::read(const DatabaseTarget &target) const
{
    const SecretStore::Answer answer = m_secrets.read(keyFor(target));
    if (answer.outcome == SecretStore::Outcome::NotFound)
        return Error::notFound(
            QCoreApplication::translate("ud::DatabasePasswordStore",
                                        "No password is stored in the keychain for %1.")
                .arg(target.displayName()));
    if (answer.outcome != SecretStore::Outcome::Ok)
        return keychainError(answer, m_secrets.timeoutMs());
    return answer.secret;
}

Status DatabasePasswordStore::write(const DatabaseTarget &target, const QString &password) const
{
    const SecretStore::Answer answer = m_secrets.write(keyFor(target), password);
    if (answer.outcome != SecretStore::Outcome::Ok)
        return keychainError(answer, m_secrets.timeoutMs());
    return {};
}

DatabaseTarget DatabasePasswordStore::withStoredPassword(DatabaseTarget target) const
{
    if (target.backend != Backend::Postgres || !target.password.isEmpty() ||
        qEnvironmentVariableIsSet("PGPASSWORD"))
        return target;
    if (const Result<QString> stored = read(target))
        target.password = *stored;
    return target;
}

} // namespace ud
