#include "mail/SmtpPasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SmtpPasswordStore", text);
}

// Runs a keychain job to its end. The job deletes itself when it finishes,
// also after a timeout here, so it is never touched after this returns.
bool runJob(QKeychain::Job *job, int timeoutMs, QKeychain::Error &error, QString &errorString,
            QString *text = nullptr)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        error = done->error();
        errorString = done->errorString();
        if (text) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                *text = read->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // Never the plain-text QSettings fallback QtKeychain offers.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

Error unavailable(const QString &detail)
{
    return Error::storage(QCoreApplication::translate(
                              "ud::SmtpPasswordStore",
                              "No keychain service is available to hold the SMTP password (%1). "
                              "Set the environment variable USAGEDESK_SMTP_PASSWORD instead.")
                              .arg(detail));
}

Error jobError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::notPermitted(
            QCoreApplication::translate("ud::SmtpPasswordStore",
                                        "The keychain refused access to the SMTP password: %1")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return unavailable(detail);
    default:
        return Error::storage(
            QCoreApplication::translate("ud::SmtpPasswordStore", "The keychain failed: %1")
                .arg(detail));
    }
}

} // namespace

SmtpPasswordStore::SmtpPasswordStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
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
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keyFor(host, userName));
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    QString password;
    if (!runJob(job, m_timeoutMs, error, detail, &password))
        return unavailable(tr("no answer within %1 s").arg(m_timeoutMs / 1000));
    if (error == QKeychain::EntryNotFound)
        return Error::notFound(tr("No SMTP password is stored for %1 on %2: set it with "
                                  "\"smtp set\" or in USAGEDESK_SMTP_PASSWORD.")
                                   .arg(userName, host));
    if (error != QKeychain::NoError)
        return jobError(error, detail);
    return password;
}

Status SmtpPasswordStore::write(const QString &host, const QString &userName,
                                const QString &password) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(host, userName));
    job->setTextData(password);
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    if (!runJob(job, m_timeoutMs, error, detail))
        return unavailable(tr("no answer within %1 s").arg(m_timeoutMs / 1000));
    if (error != QKeychain::NoError)
        return jobError(error, detail);
    return {};
}

Status SmtpPasswordStore::remove(const QString &host, const QString &userName) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(host, userName));
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    if (!runJob(job, m_timeoutMs, error, detail))
        return unavailable(tr("no answer within %1 s").arg(m_timeoutMs / 1000));
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return jobError(error, detail);
    return {};
}

} // namespace ud
