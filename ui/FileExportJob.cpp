#include "FileExportJob.h"

#include "MessageBox.h"
#include "core/SaveFile.h"

#include <QDir>
#include <QSaveFile>
#include <QThread>

FileExportJob::FileExportJob(ud::DatabaseTarget target, QString path, Writer writer,
                             QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_path(std::move(path))
    , m_writer(std::move(writer))
{}

FileExportJob::~FileExportJob()
{
    if (m_thread) {
        m_cancel->cancel();
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void FileExportJob::start()
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<ud::Status>();
    m_thread = QThread::create([this, target = m_target, path = m_path, writer = m_writer,
                                cancel = m_cancel, outcome] {
        const auto cannotWrite = [&path](const QString &why) {
            return ud::Error::storage(
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
        };
        auto connection = ud::Connection::open(target, QStringLiteral("file-export"));
        if (!connection) {
            *outcome = connection.error();
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *outcome = cannotWrite(file.errorString());
            return;
        }
        // progress is emitted on the job's thread, not here: a direct
        // connection (QSignalSpy) would otherwise run on the worker and
        // race with the job's thread (ThreadSanitizer, docs/hardening.md).
        const ud::Status written = writer(**connection, file, cancel.get(), [this](qint64 items) {
            QMetaObject::invokeMethod(
                this, [this, items] { Q_EMIT progress(items); }, Qt::QueuedConnection);
        });
        if (!written) {
            *outcome = ud::cancelSaveFile(file, written.error());
            return;
        }
        *outcome = ud::commitSaveFile(file);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*outcome)
            Q_EMIT finished(true, tr("Exported to %1.").arg(QDir::toNativeSeparators(m_path)));
        else
            Q_EMIT finished(false, MessageBox::sentence(outcome->error().message));
    });
    m_thread->start();
}

void FileExportJob::cancel()
{
    m_cancel->cancel();
}
