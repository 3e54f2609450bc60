// A disk that fills up while usagedesk-cli writes: `report export`,
// `report generate --out` and `import usage` run with the failing_write
// LD_PRELOAD library (ENOSPC after N bytes on matching paths), and once on a
// real, tiny tmpfs when the test may mount one. Expected (cli.md): exit 5, an
// error naming the file, the target absent or the old one intact, no
// temporary file left, the database unchanged, and a rerun that works.
#include "FaultSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultWrite : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_report = 0;
    QByteArray m_expectedCsv; // the report's export, written without faults

    // The command line with the disk under `pathPart` full after `bytes`.
    CliRunner failingCli(const QString &pathPart, qint64 bytes) const
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"LD_PRELOAD"_s, QStringLiteral(USAGEDESK_FAILING_WRITE));
        cli.environment().insert(u"USAGEDESK_FAULT_PATH"_s, pathPart);
        cli.environment().insert(u"USAGEDESK_FAULT_BYTES"_s, QString::number(bytes));
        return cli;
    }

    static void verifyNamedWriteError(const CliResult &result, const QString &path)
    {
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains((u"cannot write "_s + path).toUtf8()), result.err.constData());
        QVERIFY2(result.out.isEmpty(), result.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        fault::seed(*m_db, 1000, 70);
        m_report = fault::generateReport(*m_db, u"Full disk"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reference.csv"_s);
        const CliResult result =
            CliRunner(m_db->cliTarget())
                .run({u"report"_s, u"export"_s, QString::number(m_report), u"--out"_s, path});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        m_expectedCsv = fault::contents(path);
        QVERIFY(m_expectedCsv.size() > 100'000);
    }

    // The limits: nothing at all, a little, and all but the last bytes (the
    // final flush in QSaveFile::commit, which Qt 6.4 does not check).
    void exportStopsCleanly_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("oldFile");
        QTest::newRow("0 bytes") << qint64(0) << false;
        QTest::newRow("4 KiB") << qint64(4096) << false;
        QTest::newRow("all but 10 bytes") << qint64(-10) << false;
        QTest::newRow("all but 10 bytes, over an old file") << qint64(-10) << true;
    }

    void exportStopsCleanly()
    {
        QFETCH(qint64, limit);
        QFETCH(bool, oldFile);
        if (limit < 0)
            limit += m_expectedCsv.size();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.csv"_s);
        const QByteArray old = "an older export\r\n";
        if (oldFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        const QString before = m_db->dump();
        const CliResult result =
            failingCli(dir.path() + u'/', limit)
                .run({u"report"_s, u"export"_s, QString::number(m_report), u"--out"_s, path});
        verifyNamedWriteError(result, path);
        QVERIFY2(result.err.contains("No space left on device") ||
                     result.err.contains("is the disk full"),
                 result.err.constData());
        if (oldFile) {
            QCOMPARE(fault::contents(path), old);
            QCOMPARE(fault::strayFiles(dir.path(), {u"report.csv"_s}), QStringList());
        } else {
            QCOMPARE(fault::strayFiles(dir.path()), QStringList());
        }
        QCOMPARE(m_db->dump(), before);

        // With room again the same command writes the whole file.
        const CliResult rerun =
            CliRunner(m_db->cliTarget())
                .run({u"report"_s, u"export"_s, QString::number(m_report), u"--out"_s, path});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(fault::contents(path), m_expectedCsv);
    }

    void generateWithOutStopsCleanly_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("64 KiB") << qint64(65536);
        QTest::newRow("all but 10 bytes") << qint64(-10);
    }

    // The report is not kept when its file could not be written.
    void generateWithOutStopsCleanly()
    {
        QFETCH(qint64, limit);
        if (limit < 0)
            limit += m_expectedCsv.size();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.csv"_s);
        const QString before = m_db->dump();
        const QStringList generate = {u"--today"_s,  QString::fromLatin1(fault::kToday),
                                      u"report"_s,   u"generate"_s,
                                      u"--name"_s,   u"Full disk"_s,
                                      u"--scope"_s,  u"all"_s,
                                      u"--period"_s, QString::fromLatin1(fault::kPeriod),
                                      u"--out"_s,    path};
        const CliResult result = failingCli(dir.path() + u'/', limit).run(generate);
        verifyNamedWriteError(result, path);
        QCOMPARE(fault::strayFiles(dir.path()), QStringList());
        QCOMPARE(m_db->dump(), before);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);

        const CliResult rerun = CliRunner(m_db->cliTarget()).run(generate);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(fault::contents(path), m_expectedCsv);
        QVERIFY(CliRunner(m_db->cliTarget())
                    .run({u"report"_s, u"delete"_s, QString::fromUtf8(rerun.out.trimmed())})
                    .exitCode == 0);
    }

    void importStopsCleanly_data()
    {
        QTest::addColumn<qint64>("limit");
        // A month per row: re-imported equal values would change no page.
        QTest::addColumn<QByteArray>("month");
        QTest::newRow("0 bytes") << qint64(0) << QByteArray("2025-02");
        QTest::newRow("32 KiB") << qint64(32768) << QByteArray("2025-03");
        QTest::newRow("256 KiB") << qint64(256 << 10) << QByteArray("2025-04");
    }

    // SQLite's own files fill up (the database, its WAL): the import is
    // rolled back whole. On PostgreSQL the server writes, not this process.
    void importStopsCleanly()
    {
        if (TestDatabase::backend() != ud::Backend::Sqlite)
            QSKIP("the database files are written by the PostgreSQL server, not by the command");
        QFETCH(qint64, limit);
        QFETCH(QByteArray, month);
        QTemporaryDir dir;
        const CliResult tenants =
            CliRunner(m_db->cliTarget()).run({u"tenants"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(tenants.exitCode, 0);
        QByteArray usage = "tenant_id,date,users,voice_credits,sms_credits\n";
        const QList<QByteArray> lines = tenants.out.split('\n');
        for (qsizetype i = 1; i < lines.size() && i <= 400; ++i) {
            const QByteArray id = lines.at(i).left(36);
            for (int day = 1; day <= 28; ++day)
                usage += id + ',' + month + '-' + QByteArray::number(day).rightJustified(2, '0') +
                         ",5,6,7\n";
        }
        const QString file = dir.filePath(u"usage.csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(usage);
        }
        const QString database = m_db->cliTarget();
        const QString before = m_db->dump();
        const qint64 rowsBefore = m_db->count(u"usage_daily"_s);
        const CliResult result = failingCli(database, limit).run({u"import"_s, u"usage"_s, file});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(database.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains("disk is full") || result.err.contains("disk I/O error"),
                 result.err.constData());
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);
        QCOMPARE(m_db->dump(), before);

        const CliResult rerun = CliRunner(m_db->cliTarget()).run({u"import"_s, u"usage"_s, file});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(m_db->count(u"usage_daily"_s), rowsBefore + 400 * 28);
        QCOMPARE(fault::consistency(*m_db), u"ok"_s);
    }

    // A real full file system, when this process may mount one (root).
    void exportToFullTmpfs()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(u"mount"_s,
                    {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mountPoint});
        const bool mounted = mount.waitForFinished(10'000) &&
                             mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (!mounted)
            QSKIP(qPrintable(u"cannot mount a tmpfs here (root only): "_s +
                             QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()));
        const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint}); });
        const QString path = mountPoint + u"/report.csv"_s;
        const QString before = m_db->dump();
        const CliResult result =
            CliRunner(m_db->cliTarget())
                .run({u"report"_s, u"export"_s, QString::number(m_report), u"--out"_s, path});
        verifyNamedWriteError(result, path);
        QVERIFY2(result.err.contains("No space left on device"), result.err.constData());
        QCOMPARE(fault::strayFiles(mountPoint), QStringList());
        QCOMPARE(m_db->dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestFaultWrite)
#include "tst_fault_write.moc"
