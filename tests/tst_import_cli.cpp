#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTenants = 1000;
constexpr int kDays = 2000; // 2M usage rows, about 120 MB

QByteArray tenantId(int t)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(t + 0x10000000, 8, 16).toLatin1();
}

} // namespace

// import tenants / import usage through the real usagedesk-cli: exit codes,
// messages, and what a killed or interrupted import leaves behind.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tenants;
    QString m_bigUsage;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir, name, content);
    }

    // A database with the tenants of the big file imported.
    std::unique_ptr<TestDatabase> databaseWithTenants()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const CliResult result = cli.run({u"import"_s, u"tenants"_s, m_tenants});
        if (result.exitCode != 0)
            qFatal("tenant import failed: %s", result.err.constData());
        return db;
    }

    // Starts the big usage import and returns once it is clearly under way.
    // How far process `pid` has read `path`: the pos of its descriptor for it.
    static qint64 readPosition(qint64 pid, const QString &path)
    {
        const QString fdDir = u"/proc/%1/fd"_s.arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System);
        for (const QString &fd : fds) {
            if (QFileInfo(fdDir + u'/' + fd).symLinkTarget() != path)
                continue;
            QFile info(u"/proc/%1/fdinfo/%2"_s.arg(pid).arg(fd));
            if (!info.open(QIODevice::ReadOnly))
                continue;
            const QByteArray first = info.readLine(); // "pos:\t<bytes>"
            return first.mid(4).trimmed().toLongLong();
        }
        return 0;
    }

    void startBigImport(QProcess &process, const TestDatabase &db)
    {
        CliRunner cli(db.cliTarget());
        process.setProcessEnvironment(cli.environment());
        process.start(CliRunner::executable(),
                      cli.withDatabase({u"import"_s, u"usage"_s, m_bigUsage}));
        QVERIFY(process.waitForStarted());
        // Wait until the importer has read a quarter of the file (its read
        // position in /proc), so the signal lands in the middle of the work
        // and not before it starts or during the final commit.
        const qint64 size = QFileInfo(m_bigUsage).size();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && process.state() == QProcess::Running &&
               readPosition(process.processId(), m_bigUsage) < size / 4)
            QTest::qWait(10);
        QVERIFY2(process.state() == QProcess::Running,
                 "the import finished before it could be interrupted: make the file bigger");
    }

    void verifyIntact(const TestDatabase &db, const QString &before)
    {
        if (TestDatabase::backend() == ud::Backend::Sqlite) {
            auto connection = db.connect(u"check"_s);
            QSqlQuery query(connection->database());
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
        }
        QCOMPARE(db.count(u"usage_daily"_s), 0);
        QCOMPARE(db.dump(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray tenants = "tenant_id,hostname,company_name\n";
        for (int t = 0; t < kTenants; ++t)
            tenants += tenantId(t) + ",t" + QByteArray::number(t) + ".example.com,Tenant " +
                       QByteArray::number(t) + '\n';
        m_tenants = writeFile(u"tenants.csv"_s, tenants);

        QStringList days;
        for (int d = 0; d < kDays; ++d)
            days << QDate(2019, 1, 1).addDays(d).toString(Qt::ISODate);
        QFile file(m_dir.filePath(u"big.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tenant_id,date,users,voice_credits,sms_credits,authentications\n");
        QByteArray chunk;
        for (int t = 0; t < kTenants; ++t) {
            chunk.clear();
            const QByteArray id = tenantId(t);
            for (int d = 0; d < kDays; ++d) {
                chunk += id;
                chunk += ',';
                chunk += days[d].toLatin1();
                chunk += ',';
                chunk += QByteArray::number(100 + t);
                chunk += ",3,4,";
                chunk += QByteArray::number(d);
                chunk += '\n';
            }
            file.write(chunk);
        }
        m_bigUsage = file.fileName();
    }

    void successPrintsSummary()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const QString tenants =
            writeFile(u"t.csv"_s, "tenant_id,hostname,company_name\n"
                                  "00000000-0000-4000-8000-000000000001,a.example.com,A\n"
                                  "00000000-0000-4000-8000-000000000002,b.example.com,B\n");
        CliResult result = cli.run({u"import"_s, u"tenants"_s, tenants});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out).trimmed(),
                 u"imported 2 tenants (2 new, 0 updated) from %1"_s.arg(tenants));
        const QString usage =
            writeFile(u"u.csv"_s, "tenant_id,date,users,voice_credits,sms_credits\n"
                                  "00000000-0000-4000-8000-000000000001,2025-01-01,1,2,3\n");
        result = cli.run({u"import"_s, u"usage"_s, usage});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out).trimmed(),
                 u"imported 1 usage rows from %1"_s.arg(usage));
        result = cli.run(
            {u"--today"_s, u"2020-02-02"_s, u"import"_s, u"tenants"_s, tenants,
             writeFile(u"t3.csv"_s, "tenant_id,hostname,company_name,created_on\n"
                                    "00000000-0000-4000-8000-000000000003,c.example.com,C,\n")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("(1 new, 2 updated)"), result.out.constData());
        QVERIFY(db->dump().contains(u"2020-02-02"_s));
    }

    void badFileExitsTwo()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const QString before = db->dump();
        const QString usage =
            writeFile(u"bad.csv"_s, "tenant_id,date,users,voice_credits,sms_credits\n"
                                    "00000000-0000-4000-8000-000000000001,2025-01-01,1,2,3\n");
        const CliResult result = cli.run({u"import"_s, u"usage"_s, usage});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains((usage + u":2: tenant_id: no tenant"_s).toUtf8()),
                 result.err.constData());
        QVERIFY(result.err.contains("import failed: nothing was written"));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(db->dump(), before);
    }

    void missingFileExitsFive()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        const QString absent = m_dir.filePath(u"absent.csv"_s);
        const CliResult result = cli.run({u"import"_s, u"tenants"_s, absent});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(absent.toUtf8()), result.err.constData());
    }

    void noFileIsBadInput()
    {
        auto db = TestDatabase::create();
        CliRunner cli(db->cliTarget());
        QCOMPARE(cli.run({u"import"_s, u"usage"_s}).exitCode, 2);
    }

    void killNineMidImportLeavesDatabaseAsBefore()
    {
        auto db = databaseWithTenants();
        const QString before = db->dump();
        {
            QProcess process;
            startBigImport(process, *db);
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        }
        verifyIntact(*db, before);

        // and the same import then runs to the end
        CliRunner cli(db->cliTarget());
        const CliResult rerun = cli.run({u"import"_s, u"usage"_s, m_bigUsage});
        QCOMPARE(rerun.exitCode, 0);
        QCOMPARE(db->count(u"usage_daily"_s), qint64(kTenants) * kDays);
    }

    void sigintMidImportExits130()
    {
        auto db = databaseWithTenants();
        const QString before = db->dump();
        QProcess process;
        startBigImport(process, *db);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("cancelled"));
        verifyIntact(*db, before);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
