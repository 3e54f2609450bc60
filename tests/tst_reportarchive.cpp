// ReportArchive: a .zip of report CSVs with a MANIFEST.sha256 that the real
// tools accept (QuaZip, Python's zipfile, unzip, sha256sum -c), safe and
// unique names, and the QSaveFile guarantees: complete or absent, an existing
// file untouched on failure or cancel, no temporary file left behind. One
// entry is streamed from the database (report rows through CsvWriter), so it
// runs on both back ends.
#include "TestDatabase.h"
#include "csv/CsvWriter.h"
#include "reports/ReportArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot read ") + path.toUtf8() + '>';
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

struct ZipContent
{
    QStringList names;
    QList<QByteArray> contents;
    QList<bool> utf8Flagged;
};

ZipContent readZip(const QString &path)
{
    ZipContent content;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return content;
    // Names as stored: UTF-8 when the entry says so (general purpose bit 11).
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        content.names << info.name;
        content.contents << file.readAll();
        content.utf8Flagged << ((info.flags & 0x800) != 0);
        file.close();
    }
    return content;
}

// Runs a program to its end in `dir`; its exit code, with its output on failure.
int run(const QString &program, const QStringList &arguments, const QString &dir,
        QByteArray *output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// An entry that writes `chunks` blocks of 64 KiB, checking every write, and
// calls `afterChunk` after each: a stand-in for a long CSV export.
ReportArchiveEntry chunkedEntry(const QString &name, int chunks,
                                std::function<void(int)> afterChunk = {})
{
    return {name, [chunks, afterChunk](QIODevice &device) -> Status {
                QByteArray block(64 * 1024, 'x');
                for (int i = 0; i < chunks; ++i) {
                    block[0] = char('a' + i % 26);
                    if (device.write(block) != block.size())
                        return Error::storage(device.errorString());
                    if (afterChunk)
                        afterChunk(i);
                }
                return {};
            }};
}

} // namespace

class TestReportArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;

    // The stored report's rows as CSV, streamed from a forward-only query.
    ReportArchiveEntry databaseEntry(const QString &name) const
    {
        const Connection *connection = m_connection.get();
        return {name, [connection](QIODevice &device) -> Status {
                    QSqlQuery query(connection->database());
                    query.setForwardOnly(true);
                    query.prepare(u"SELECT tenant_id, hostname, users_end FROM report_rows "
                                  u"WHERE report_id = ? ORDER BY position"_s);
                    query.addBindValue(1);
                    if (!query.exec())
                        return Error::storage(query.lastError().text());
                    CsvWriter csv(device, {});
                    csv.addPlain(u"tenant_id"_s);
                    csv.addPlain(u"hostname"_s);
                    csv.addPlain(u"users_end"_s);
                    csv.endRecord();
                    while (query.next()) {
                        csv.addPlain(query.value(0).toString());
                        csv.addText(query.value(1).toString());
                        csv.addNumber(query.value(2).toLongLong());
                        csv.endRecord();
                    }
                    return csv.flush();
                }};
    }

    static QByteArray expectedDatabaseCsv()
    {
        return "tenant_id,hostname,users_end\r\n"
               "00000000-0000-4000-8000-000000000001,a.example.com,7\r\n"
               "00000000-0000-4000-8000-000000000002,\xC3\xBC.example.com,9000000000\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        QVERIFY(m_db);
        m_connection = m_db->connect();
        QVERIFY(m_connection);
        QSqlQuery query(m_connection->database());
        QVERIFY2(query.exec(u"INSERT INTO reports (report_id, name, scope_kind, scope, period, "
                            u"period_start, period_end, delimiter, bom, formula_guard, row_count, "
                            u"csv_sha256, created_by, created_at) VALUES (1, 'Monthly usage', "
                            u"'all', 'all', 'last-month', '2024-01-01', '2024-01-31', 'comma', 0, "
                            u"1, 2, '"_s +
                            QString(64, u'0') + u"', 'admin', '2024-02-01T00:00:00.000Z')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(u"INSERT INTO report_rows VALUES (1, ?, ?, ?, 'C', 'PRODUCTION', "
                              u"1, ?, 0, 0, 0)"_s));
        const QList<std::tuple<int, QString, QString, qint64>> rows{
            {1, u"00000000-0000-4000-8000-000000000001"_s, u"a.example.com"_s, 7},
            {2, u"00000000-0000-4000-8000-000000000002"_s, u"ü.example.com"_s, 9'000'000'000}};
        for (const auto &[position, id, host, users] : rows) {
            query.addBindValue(position);
            query.addBindValue(id);
            query.addBindValue(host);
            query.addBindValue(users);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }

    void archiveOpensAndManifestChecks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"reports.zip"_s);
        const QByteArray second = "tenant_id|hostname\r\nx|\"quoted\"\r\n";
        // "März" decomposed (a + combining diaeresis): stored as NFC.
        const QString nonAscii = u"Übersicht Ma\u0308rz ☃ 東京.csv"_s;
        QList<std::pair<int, int>> progress;
        const auto written =
            ReportArchive::write(path,
                                 {databaseEntry(u"Monthly usage.csv"_s),
                                  ReportArchiveEntry::fromBytes(u"Monthly usage.csv"_s, second),
                                  ReportArchiveEntry::fromBytes(nonAscii, QByteArray())},
                                 nullptr, [&progress](int done, int total) {
                                     progress.append({done, total});
                                 });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(progress, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
        const QString nfc = u"Übersicht März ☃ 東京.csv"_s;
        const QStringList names{u"Monthly usage.csv"_s, u"Monthly usage (2).csv"_s, nfc};
        const QList<QByteArray> contents{expectedDatabaseCsv(), second, QByteArray()};
        QCOMPARE(written->size(), 3);
        QByteArray manifest;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(written->at(i).name, names.at(i));
            QCOMPARE(written->at(i).size, contents.at(i).size());
            QCOMPARE(written->at(i).sha256Hex, sha256Hex(contents.at(i)));
            manifest += sha256Hex(contents.at(i)) + "  " + names.at(i).toUtf8() + '\n';
        }
        QCOMPARE(filesIn(dir.path()), QStringList{u"reports.zip"_s});

        // QuaZip reads it back: the entries, in order, the manifest last.
        const ZipContent zip = readZip(path);
        QCOMPARE(zip.names, names + QStringList{u"MANIFEST.sha256"_s});
        QCOMPARE(zip.contents, contents + QList<QByteArray>{manifest});
        QCOMPARE(zip.utf8Flagged, (QList<bool>{true, true, true, true}));

        // Python's zipfile extracts it, and sha256sum -c accepts the manifest.
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!python.isEmpty(), "python3 is needed to extract the archive");
        const QString extracted = dir.filePath(u"python"_s);
        QByteArray output;
        QCOMPARE(
            run(python, {u"-m"_s, u"zipfile"_s, u"-e"_s, path, extracted}, dir.path(), &output), 0);
        QCOMPARE(filesIn(extracted), QStringList({u"MANIFEST.sha256"_s, u"Monthly usage (2).csv"_s,
                                                  u"Monthly usage.csv"_s, nfc}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(readFile(extracted + u'/' + names.at(i)), contents.at(i));
        QCOMPARE(
            run(u"sha256sum"_s, {u"-c"_s, u"--strict"_s, u"MANIFEST.sha256"_s}, extracted, &output),
            0);
        QVERIFY2(output.contains("Monthly usage (2).csv: OK"), output.constData());

        // The check can fail: a changed file is caught.
        writeFile(extracted + u"/Monthly usage.csv"_s, "changed\r\n");
        QCOMPARE(run(u"sha256sum"_s, {u"-c"_s, u"MANIFEST.sha256"_s}, extracted, &output), 1);
        QVERIFY2(output.contains("Monthly usage.csv: FAILED"), output.constData());

        // Info-ZIP's unzip too (when installed): names and permissions right.
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        if (!unzip.isEmpty()) {
            const QString byUnzip = dir.filePath(u"unzip"_s);
            QCOMPARE(run(unzip, {u"-q"_s, path, u"-d"_s, byUnzip}, dir.path(), &output), 0);
            QCOMPARE(readFile(byUnzip + u'/' + nfc), QByteArray());
            QVERIFY(QFileInfo(byUnzip + u"/Monthly usage.csv"_s).permissions() &
                    QFileDevice::ReadOther);
            QCOMPARE(run(u"sha256sum"_s, {u"-c"_s, u"--strict"_s, u"MANIFEST.sha256"_s}, byUnzip,
                         &output),
                     0);
        }
    }

    void largeEntryIsStreamedAndHashed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.zip"_s);
        QByteArray expected;
        for (int i = 0; i < 128; ++i) {
            QByteArray block(64 * 1024, 'x');
            block[0] = char('a' + i % 26);
            expected += block;
        }
        const auto written = ReportArchive::write(path, {chunkedEntry(u"large.csv"_s, 128)});
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written->at(0).size, expected.size());
        QCOMPARE(written->at(0).sha256Hex, sha256Hex(expected));
        const ZipContent zip = readZip(path);
        QCOMPARE(zip.contents.value(0), expected);
        // Compressed: repetitive CSV shrinks a lot.
        QVERIFY(QFileInfo(path).size() < expected.size() / 10);
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"Usage 2024-01.csv"_s << u"Usage 2024-01.csv"_s;
        QTest::newRow("separators") << u"a/b\\c.csv"_s << u"a_b_c.csv"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_._etc_passwd"_s;
        QTest::newRow("dots") << u"a..b...csv"_s << u"a.b.csv"_s;
        QTest::newRow("controls") << u"a\tb\nc\u0007\u202E.csv"_s << u"a_b_c__.csv"_s;
        QTest::newRow("windows") << u"what? <yes>: \"x\"|*.csv"_s << u"what_ _yes__ _x___.csv"_s;
        QTest::newRow("trimmed") << u"  . hidden.csv . "_s << u"hidden.csv"_s;
        QTest::newRow("empty") << QString() << u"report"_s;
        QTest::newRow("only dots") << u"..."_s << u"report"_s;
        QTest::newRow("device name") << u"con.csv"_s << u"_con.csv"_s;
        QTest::newRow("nfc") << u"Ma\u0308rz.csv"_s << u"März.csv"_s;
    }

    void safeNames()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, safe);
        QCOMPARE(ReportArchive::safeName(wanted), safe);
    }

    void longNamesAreCutKeepingTheExtension()
    {
        const QString name = ReportArchive::safeName(QString(300, u'é') + u".csv"_s);
        QVERIFY(name.toUtf8().size() <= 200);
        QVERIFY(name.endsWith(u"é.csv"_s));
        // Never half a surrogate pair.
        const QString emoji = ReportArchive::safeName(QString(150, u'x').repeated(1) +
                                                      u"😀"_s.repeated(40) + u".csv"_s);
        QVERIFY(emoji.toUtf8().size() <= 200);
        QCOMPARE(QString::fromUtf8(emoji.toUtf8()), emoji);
        QVERIFY(emoji.endsWith(u"😀.csv"_s));
    }

    void uniqueNamesIgnoreCaseAndKeepTheManifest()
    {
        QCOMPARE(ReportArchive::uniqueNames({u"A.csv"_s, u"a.csv"_s, u"a (2).csv"_s,
                                             u"manifest.SHA256"_s, u"x/y"_s, u"x:y"_s}),
                 (QStringList{u"A.csv"_s, u"a (2).csv"_s, u"a (2) (2).csv"_s,
                              u"manifest (2).SHA256"_s, u"x_y"_s, u"x_y (2)"_s}));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cancelled.zip"_s);
        CancellationFlag cancel;
        int chunksAfterCancel = -1;
        const auto stopped = ReportArchive::write(path,
                                                  {chunkedEntry(u"first.csv"_s, 4),
                                                   chunkedEntry(u"second.csv"_s, 1000,
                                                                [&](int chunk) {
                                                                    if (chunk == 10)
                                                                        cancel.cancel();
                                                                    if (cancel.isCancelled())
                                                                        ++chunksAfterCancel;
                                                                }),
                                                   chunkedEntry(u"third.csv"_s, 4)},
                                                  &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        // The writer's next write failed: it stopped at once, not at its end.
        QCOMPARE(chunksAfterCancel, 0);
        QCOMPARE(filesIn(dir.path()), QStringList());

        // Cancelled between entries (from the progress callback), with an
        // older archive in place: it stays as it was.
        writeFile(path, "the old archive");
        CancellationFlag between;
        const auto stoppedBetween = ReportArchive::write(
            path, {chunkedEntry(u"first.csv"_s, 2), chunkedEntry(u"second.csv"_s, 2)}, &between,
            [&between](int, int) { between.cancel(); });
        QCOMPARE(stoppedBetween.error().kind, ErrorKind::Cancelled);
        QCOMPARE(readFile(path), QByteArray("the old archive"));
        QCOMPARE(filesIn(dir.path()), QStringList{u"cancelled.zip"_s});
    }

    void failureKeepsTheExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kept.zip"_s);
        writeFile(path, "the old archive");
        const auto failed = ReportArchive::write(
            path, {chunkedEntry(u"first.csv"_s, 2),
                   {u"broken.csv"_s, [](QIODevice &device) -> Status {
                        device.write("half a report");
                        return Error::storage(u"the report's rows cannot be read"_s);
                    }}});
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        QCOMPARE(failed.error().message, u"the report's rows cannot be read"_s);
        QCOMPARE(readFile(path), QByteArray("the old archive"));
        QCOMPARE(filesIn(dir.path()), QStringList{u"kept.zip"_s});

        // A success replaces it as a whole.
        QVERIFY(ReportArchive::write(path, {ReportArchiveEntry::fromBytes(u"a.csv"_s, "a\r\n")}));
        QCOMPARE(readZip(path).names, (QStringList{u"a.csv"_s, u"MANIFEST.sha256"_s}));
        QCOMPARE(filesIn(dir.path()), QStringList{u"kept.zip"_s});
    }

    void unwritablePathsFailClearly()
    {
        QTemporaryDir dir;
        const QStringList paths{dir.filePath(u"missing/folder/a.zip"_s), dir.path(),
                                u"/proc/usagedesk-test.zip"_s};
        for (const QString &path : paths) {
            const auto failed =
                ReportArchive::write(path, {ReportArchiveEntry::fromBytes(u"a.csv"_s, "a")});
            QVERIFY2(!failed, qPrintable(path));
            QCOMPARE(failed.error().kind, ErrorKind::Storage);
            QVERIFY2(failed.error().message.contains(QDir::toNativeSeparators(path)),
                     qPrintable(failed.error().message));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void badInputIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"none.zip"_s);
        QCOMPARE(ReportArchive::write(path, {}).error().kind, ErrorKind::BadInput);
        QCOMPARE(ReportArchive::write(QString(), {ReportArchiveEntry::fromBytes(u"a"_s, "a")})
                     .error()
                     .kind,
                 ErrorKind::BadInput);
        QCOMPARE(ReportArchive::write(path, {ReportArchiveEntry{u"a"_s, {}}}).error().kind,
                 ErrorKind::BadInput);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestReportArchive)
#include "tst_reportarchive.moc"
