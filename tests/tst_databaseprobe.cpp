// DatabaseProbe looks at a candidate database without changing it: an SQLite
// file that is missing (reported as new, not created), a folder, unreadable,
// not a database, empty, or ready; the test back end's database ready and
// empty; a PostgreSQL server that does not answer (the error names the host,
// within the time limit). DatabaseProbeJob reports on the starting thread.
// DatabaseChoice: the GUI's order --db, USAGEDESK_DB, saved, default, and
// the saved text never holds a password.
#include "TestDatabase.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabaseProbe.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using State = ud::DatabaseProbeReport::State;

namespace {

ud::DatabaseTarget sqliteAt(const QString &path)
{
    ud::DatabaseTarget target;
    target.sqlitePath = path;
    return target;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A port nothing listens on: taken from the system, then released.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on a local port");
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestDatabaseProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_databaseprobe"_s);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        QSettings().clear();
        qunsetenv("USAGEDESK_DB");
    }

    void missingFileIsNewAndNotCreated()
    {
        const QString path = m_dir.filePath(u"sub/new.sqlite"_s);
        const auto report = ud::DatabaseProbe::run(sqliteAt(path));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->state, State::NewFile);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"sub"_s)));
    }

    void missingFileUnderAFileIsAnError()
    {
        const QString blocker = m_dir.filePath(u"plain.txt"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto report = ud::DatabaseProbe::run(sqliteAt(blocker + u"/x/db.sqlite"_s));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(blocker), qPrintable(report.error().message));
    }

    void folderIsAnError()
    {
        const auto report = ud::DatabaseProbe::run(sqliteAt(m_dir.path()));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"is a folder"_s),
                 qPrintable(report.error().message));
    }

    void unreadableFileIsAnError()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file; the permission check cannot be exercised");
        const QString path = m_dir.filePath(u"locked.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        const auto report = ud::DatabaseProbe::run(sqliteAt(path));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(path), qPrintable(report.error().message));
    }

    void notADatabaseIsAnErrorAndUnchanged()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const auto report = ud::DatabaseProbe::run(sqliteAt(path));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(path), qPrintable(report.error().message));
        QCOMPARE(contentsOf(path), QByteArray(4096, 'x'));
    }

    void emptyFileNeedsInitAndStaysEmpty()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto report = ud::DatabaseProbe::run(sqliteAt(path));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->state, State::NeedsInit);
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void migratedDatabaseIsReady()
    {
        auto db = TestDatabase::create();
        const QString before = db->dump();
        const auto report = ud::DatabaseProbe::run(db->target());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->state, State::Ready);
        QCOMPARE(report->schemaVersion, ud::Migrator::latestVersion());
        QCOMPARE(db->dump(), before);
    }

    // The version table says what the schema is: one version short is an
    // upgrade, one ahead is refused.
    void olderSchemaNeedsUpgradeNewerIsRefused()
    {
        auto db = TestDatabase::create();
        const int latest = ud::Migrator::latestVersion();
        {
            auto connection = db->connect(u"setup"_s);
            QSqlQuery query(connection->database());
            QVERIFY(query.prepare(u"DELETE FROM schema_version WHERE version = ?"_s));
            query.addBindValue(latest);
            QVERIFY(query.exec());
        }
        auto report = ud::DatabaseProbe::run(db->target());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->state, State::NeedsUpgrade);
        QCOMPARE(report->schemaVersion, latest - 1);
        QVERIFY(report->describe().contains(u"upgraded to version %1"_s.arg(latest)));
        {
            auto connection = db->connect(u"setup"_s);
            QSqlQuery query(connection->database());
            QVERIFY(query.prepare(u"INSERT INTO schema_version (version, summary, applied_at) "
                                  "VALUES (?, 'from the future', '2030-01-01T00:00:00Z')"_s));
            query.addBindValue(latest + 5);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        report = ud::DatabaseProbe::run(db->target());
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"newer"_s), qPrintable(report.error().message));
    }

    void emptyDatabaseNeedsInitAndStaysEmpty()
    {
        auto db = TestDatabase::create(false);
        if (db->target().backend == ud::Backend::Sqlite) {
            // An empty file, as an administrator might create one.
            QFile file(db->target().sqlitePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto report = ud::DatabaseProbe::run(db->target());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->state, State::NeedsInit);
        auto connection = db->connect(u"check"_s);
        const auto version = ud::Migrator::currentVersion(*connection);
        QVERIFY(version);
        QCOMPARE(*version, 0);
    }

    void unreachablePostgresNamesTheHost()
    {
        auto target = ud::DatabaseTarget::parse(
            u"postgresql://nobody@127.0.0.1:%1/nothing"_s.arg(closedPort()));
        QVERIFY(target);
        QElapsedTimer timer;
        timer.start();
        const auto report = ud::DatabaseProbe::run(*target, 3);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"127.0.0.1"_s),
                 qPrintable(report.error().message));
        QVERIFY(timer.elapsed() < 5000);
    }

    void jobReportsOnTheStartingThread()
    {
        auto db = TestDatabase::create();
        ud::DatabaseProbeJob job(db->target());
        QSignalSpy finished(&job, &ud::DatabaseProbeJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(15000));
        QVERIFY(!job.isRunning());
        QVERIFY(job.result().has_value());
        QVERIFY(*job.result());
        QCOMPARE((*job.result())->state, State::Ready);
    }

    void choiceOrder()
    {
        const QString saved = m_dir.filePath(u"saved.sqlite"_s);
        const QString fromEnv = m_dir.filePath(u"env.sqlite"_s);
        const QString fromCli = m_dir.filePath(u"cli.sqlite"_s);

        auto resolved = ud::DatabaseChoice::resolve(QString());
        QVERIFY(resolved);
        QCOMPARE(resolved->source, ud::DatabaseChoice::Source::Default);
        QCOMPARE(resolved->target.sqlitePath, ud::DatabaseTarget::defaultSqlitePath());

        ud::DatabaseChoice::save(sqliteAt(saved));
        resolved = ud::DatabaseChoice::resolve(QString());
        QVERIFY(resolved);
        QCOMPARE(resolved->source, ud::DatabaseChoice::Source::Saved);
        QCOMPARE(resolved->target.sqlitePath, saved);

        qputenv("USAGEDESK_DB", fromEnv.toUtf8());
        resolved = ud::DatabaseChoice::resolve(QString());
        QVERIFY(resolved);
        QCOMPARE(resolved->source, ud::DatabaseChoice::Source::Environment);
        QCOMPARE(resolved->target.sqlitePath, fromEnv);

        resolved = ud::DatabaseChoice::resolve(fromCli);
        QVERIFY(resolved);
        QCOMPARE(resolved->source, ud::DatabaseChoice::Source::CommandLine);
        QCOMPARE(resolved->target.sqlitePath, fromCli);
    }

    void savedPostgresChoiceHasNoPassword()
    {
        auto target = ud::DatabaseTarget::parse(
            u"postgresql://ops%20team:s3cret@DB.example.com:6543/usage?sslmode=require"_s);
        QVERIFY(target);
        ud::DatabaseChoice::save(*target);
        const QString text = ud::DatabaseChoice::saved();
        QVERIFY2(!text.contains(u"s3cret"_s), qPrintable(text));
        const auto back = ud::DatabaseTarget::parse(text);
        QVERIFY(back);
        QCOMPARE(back->backend, ud::Backend::Postgres);
        QCOMPARE(back->user, u"ops team"_s);
        QCOMPARE(back->host, target->host);
        QCOMPARE(back->port, 6543);
        QCOMPARE(back->databaseName, u"usage"_s);
        QCOMPARE(back->connectOptions, u"sslmode=require"_s);
        QVERIFY(back->password.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseProbe)
#include "tst_databaseprobe.moc"
