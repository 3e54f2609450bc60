// The pages' background export: the file appears only when the writer
// succeeds; a cancel or an error leaves no file and an existing one as it
// was; progress arrives on the GUI thread; closing a page mid-export is safe.
#include "FileExportJob.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// Writes `lines` lines, one every millisecond, polling the flag like the
// model's writers do.
FileExportJob::Writer slowWriter(int lines)
{
    return
        [lines](const ud::Connection &, QIODevice &device, const ud::CancellationFlag *cancellation,
                const FileExportJob::Progress &progress) -> ud::Status {
            for (int i = 1; i <= lines; ++i) {
                if (cancellation && cancellation->isCancelled())
                    return ud::Error::cancelled(u"the export was cancelled"_s);
                device.write(QByteArray::number(i) + "\r\n");
                progress(i);
                QThread::msleep(1);
            }
            return {};
        };
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileExportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QStringList leftovers(const QTemporaryDir &dir, const QString &keep)
    {
        QStringList names = QDir(dir.path()).entryList(QDir::Files);
        names.removeAll(keep);
        return names;
    }

private Q_SLOTS:
    void initTestCase() { m_db = TestDatabase::create(); }

    void aCompleteExportWritesTheFile()
    {
        FileExportJob job(m_db->target(), path(u"done.csv"_s), slowWriter(3));
        QSignalSpy progress(&job, &FileExportJob::progress);
        QSignalSpy finished(&job, &FileExportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().startsWith(u"Exported to"_s));
        QCOMPARE(contents(path(u"done.csv"_s)), QByteArray("1\r\n2\r\n3\r\n"));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QVERIFY(!job.isRunning());
    }

    void cancelLeavesTheOldFileAndNoTemporaryFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"list.csv"_s);
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\r\n");
        }
        FileExportJob job(m_db->target(), target, slowWriter(100000));
        QSignalSpy progress(&job, &FileExportJob::progress);
        QSignalSpy finished(&job, &FileExportJob::finished);
        job.start();
        QTRY_VERIFY(!progress.isEmpty());
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(u"cancelled"_s),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(contents(target), QByteArray("the previous export\r\n"));
        QCOMPARE(leftovers(dir, u"list.csv"_s), QStringList());
    }

    void aWriterErrorWritesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"broken.csv"_s);
        FileExportJob job(m_db->target(), target,
                          [](const ud::Connection &, QIODevice &device,
                             const ud::CancellationFlag *,
                             const FileExportJob::Progress &) -> ud::Status {
                              device.write("half a line");
                              return ud::Error::storage(u"the database went away"_s);
                          });
        QSignalSpy finished(&job, &FileExportJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(finished.at(0).at(1).toString(), u"The database went away."_s);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(leftovers(dir, QString()), QStringList());
    }

    void anUnwritableFolderIsNamed()
    {
        const QString target = path(u"no-such-folder/list.csv"_s);
        FileExportJob job(m_db->target(), target, slowWriter(1));
        QSignalSpy finished(&job, &FileExportJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(u"list.csv"_s),
                 qPrintable(finished.at(0).at(1).toString()));
    }

    void destroyingARunningJobCancelsIt()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"closed.csv"_s);
        {
            FileExportJob job(m_db->target(), target, slowWriter(100000));
            QSignalSpy progress(&job, &FileExportJob::progress);
            job.start();
            QTRY_VERIFY(!progress.isEmpty());
        } // the page closes
        QVERIFY(!QFile::exists(target));
        QCOMPARE(leftovers(dir, QString()), QStringList());
    }
};

QTEST_MAIN(TestFileExportJob)
#include "tst_fileexportjob.moc"
