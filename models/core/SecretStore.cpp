#include "core/SecretStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ud {

namespace {

SecretStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Outcome::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Outcome::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::Outcome::Unavailable;
    default:
        return SecretStore::Outcome::Failed;
    }
}

// Runs a keychain job to its end. The job deletes itself when it finishes,
// also after a timeout here, so it is never touched after this returns.
SecretStore::Answer runJob(QKeychain::Job *job, int timeoutMs)
{
    SecretStore::Answer answer;
    answer.outcome = SecretStore::Outcome::TimedOut;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        answer.outcome = outcomeOf(done->error());
        answer.detail = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            answer.secret = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // Never the plain-text QSettings fallback QtKeychain offers.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->start();
    if (!finished)
        loop.exec();
    return answer;
}

} // namespace

SecretStore::SecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

SecretStore::Answer SecretStore::read(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return runJob(job, m_timeoutMs);
}

SecretStore::Answer SecretStore::write(const QString &key, const QString &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    return runJob(job, m_timeoutMs);
}

SecretStore::Answer SecretStore::remove(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return runJob(job, m_timeoutMs);
}

} // namespace ud
