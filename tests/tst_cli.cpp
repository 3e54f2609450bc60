#include "CliRunner.h"
#include "TestDatabase.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line's common behaviour: init, --help, --version, errors and
// exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        CliRunner cli(u"unused.sqlite"_s);
        const CliResult result = cli.run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("usagedesk-cli "));
    }

    void helpListsCommands()
    {
        CliRunner cli(u"unused.sqlite"_s);
        const CliResult result = cli.run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("init"));
        QVERIFY(result.out.contains("Exit codes"));
    }

    void initTwiceIsHarmless()
    {
        auto db = TestDatabase::create(false);
        CliRunner cli(db->cliTarget());
        const CliResult first = cli.run({u"init"_s});
        QCOMPARE(first.exitCode, 0);
        const QString afterFirst = db->dump();
        QVERIFY(afterFirst.contains(u"== tenants"_s));
        const CliResult second = cli.run({u"init"_s});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(db->dump(), afterFirst);
    }

    void unknownCommandIsBadInput()
    {
        auto db = TestDatabase::create(true);
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run({u"frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("frobnicate"));
    }

    void unknownOptionIsBadInput()
    {
        auto db = TestDatabase::create(true);
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run({u"init"_s, u"--frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("frobnicate"), result.err.constData());
    }

    void badTodayIsBadInput()
    {
        CliRunner cli(u"unused.sqlite"_s);
        const CliResult result = cli.run({u"--today"_s, u"2025-02-30"_s, u"init"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--today"));
    }

    void missingDatabaseIsStorageError()
    {
        if (TestDatabase::backend() != ud::Backend::Sqlite)
            return; // a PostgreSQL database is created by its administrator, not by us
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.sqlite"_s);
        CliRunner cli(path);
        // A command other than init must not create an empty database.
        const CliResult result = cli.run({u"tenants"_s, u"list"_s});
        QCOMPARE(result.exitCode, 5);
        QVERIFY(result.err.contains("init"));
        QVERIFY(!QFile::exists(path));
    }

    // libpq's conventions for the password: PGPASSWORD (set by CTest for
    // every PostgreSQL test), a password file, and a clear error without one.
    void postgresPasswordFromPasswordFile()
    {
        if (TestDatabase::backend() != ud::Backend::Postgres)
            return;
        auto db = TestDatabase::create();
        QTemporaryDir dir;
        QFile passwords(dir.filePath(u"pgpass"_s));
        QVERIFY(passwords.open(QIODevice::WriteOnly));
        passwords.write(u"%1:%2:*:%3:%4\n"_s.arg(db->target().host)
                            .arg(db->target().port)
                            .arg(db->target().user, qEnvironmentVariable("PGPASSWORD"))
                            .toUtf8());
        passwords.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        passwords.close();
        CliRunner cli(db->cliTarget());
        cli.environment().remove(u"PGPASSWORD"_s);
        cli.environment().insert(u"PGPASSFILE"_s, passwords.fileName());
        const CliResult result = cli.run({u"tenants"_s, u"list"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    void postgresWithoutPasswordIsStorageError()
    {
        if (TestDatabase::backend() != ud::Backend::Postgres)
            return;
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        cli.environment().remove(u"PGPASSWORD"_s);
        cli.environment().insert(u"PGPASSFILE"_s, u"/nonexistent/pgpass"_s);
        const CliResult result = cli.run({u"tenants"_s, u"list"_s});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("password"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void unreachablePostgresIsStorageError()
    {
        CliRunner cli(u"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"_s);
        const CliResult result = cli.run({u"init"_s});
        QCOMPARE(result.exitCode, 5);
        QVERIFY(result.err.contains("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
