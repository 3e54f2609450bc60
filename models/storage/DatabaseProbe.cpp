#include "storage/DatabaseProbe.h"

#include "storage/Connection.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <memory>

namespace ud {

namespace {

// The nearest folder that exists on the way to `path`: Connection::open
// creates the missing ones below it.
QFileInfo nearestExistingFolder(const QString &path)
{
    QFileInfo folder(QFileInfo(path).absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    return folder;
}

Result<DatabaseProbeReport> probeMissingFile(const DatabaseTarget &target)
{
    const QFileInfo folder = nearestExistingFolder(target.sqlitePath);
    if (!folder.isDir() || !folder.isWritable())
        return Error::storage(
            QCoreApplication::translate(
                "ud::DatabaseProbe",
                "%1 does not exist and cannot be created: the folder %2 is not writable")
                .arg(QDir::toNativeSeparators(target.sqlitePath),
                     QDir::toNativeSeparators(folder.absoluteFilePath())));
    DatabaseProbeReport report;
    report.state = DatabaseProbeReport::State::NewFile;
    report.latestVersion = Migrator::latestVersion();
    return report;
}

Result<DatabaseProbeReport> probeSqliteFile(const DatabaseTarget &target)
{
    const QFileInfo file(target.sqlitePath);
    const QString shown = QDir::toNativeSeparators(target.sqlitePath);
    if (!file.exists())
        return probeMissingFile(target);
    if (file.isDir())
        return Error::storage(
            QCoreApplication::translate("ud::DatabaseProbe", "%1 is a folder, not a database file")
                .arg(shown));
    if (!file.isReadable())
        return Error::storage(QCoreApplication::translate("ud::DatabaseProbe",
                                                          "%1 cannot be read (permission denied)")
                                  .arg(shown));
    return DatabaseProbeReport{};
}

// libpq's connect_timeout bounds the connection attempt unless the URL
// already sets one.
DatabaseTarget withConnectTimeout(DatabaseTarget target, int timeoutSeconds)
{
    if (target.backend == Backend::Postgres &&
        !target.connectOptions.contains(QLatin1String("connect_timeout="))) {
        if (!target.connectOptions.isEmpty())
            target.connectOptions += QLatin1Char(';');
        target.connectOptions += QStringLiteral("connect_timeout=%1").arg(timeoutSeconds);
    }
    return target;
}

} // namespace

QString DatabaseProbeReport::describe() const
{
    switch (state) {
    case State::Ready:
        return QCoreApplication::translate("ud::DatabaseProbe",
                                           "Connected: schema version %1 (up to date).")
            .arg(schemaVersion);
    case State::NeedsUpgrade:
        return QCoreApplication::translate(
                   "ud::DatabaseProbe",
                   "Connected: schema version %1; it will be upgraded to version %2.")
            .arg(schemaVersion)
            .arg(latestVersion);
    case State::NeedsInit:
        return QCoreApplication::translate(
            "ud::DatabaseProbe",
            "Connected: the database is empty; switching sets it up and asks for the "
            "first Super Administrator.");
    case State::NewFile:
        return QCoreApplication::translate(
            "ud::DatabaseProbe",
            "The file does not exist yet; switching creates it and asks for the first "
            "Super Administrator.");
    }
    return QString();
}

Result<DatabaseProbeReport> DatabaseProbe::run(const DatabaseTarget &target, int timeoutSeconds)
{
    if (target.backend == Backend::Sqlite) {
        const Result<DatabaseProbeReport> file = probeSqliteFile(target);
        if (!file || file->state == DatabaseProbeReport::State::NewFile)
            return file;
    }
    auto connection = Connection::openReadOnly(withConnectTimeout(target, timeoutSeconds),
                                               QStringLiteral("probe"));
    if (!connection)
        return connection.error();
    const Result<int> version = Migrator::currentVersion(**connection);
    if (!version)
        return version.error();
    DatabaseProbeReport report;
    report.schemaVersion = *version;
    report.latestVersion = Migrator::latestVersion();
    if (report.schemaVersion > report.latestVersion)
        return Error::storage(
            QCoreApplication::translate("ud::DatabaseProbe",
                                        "%1 has schema version %2, newer than this version of "
                                        "UsageDesk knows (%3)")
                .arg(target.displayName())
                .arg(report.schemaVersion)
                .arg(report.latestVersion));
    if (report.schemaVersion == 0)
        report.state = DatabaseProbeReport::State::NeedsInit;
    else if (report.schemaVersion < report.latestVersion)
        report.state = DatabaseProbeReport::State::NeedsUpgrade;
    return report;
}

DatabaseProbeJob::DatabaseProbeJob(DatabaseTarget target, int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_timeoutSeconds(timeoutSeconds)
{}

DatabaseProbeJob::~DatabaseProbeJob()
{
    if (m_thread) {
        m_thread->disconnect();
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseProbeJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result.reset();
    const int generation = ++m_generation;
    auto result = std::make_shared<std::optional<Result<DatabaseProbeReport>>>();
    QThread *thread = QThread::create([result, target = m_target, timeout = m_timeoutSeconds] {
        result->emplace(DatabaseProbe::run(target, timeout));
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (m_running && generation == m_generation && result->has_value())
            finish(**result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // A guard beyond the driver's own timeouts: the answer stops waiting.
    QTimer::singleShot((m_timeoutSeconds + 2) * 1000, this, [this, generation] {
        if (m_running && generation == m_generation)
            finish(Error::storage(tr("no answer from %1 within %2 s")
                                      .arg(m_target.displayName())
                                      .arg(m_timeoutSeconds)));
    });
    thread->start();
}

void DatabaseProbeJob::finish(Result<DatabaseProbeReport> result)
{
    m_running = false;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace ud
