#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QIODevice>
#include <QObject>
#include <functional>
#include <memory>

class QThread;

// Writes one file on a worker thread that opens its own connection to the
// database (connections stay in their thread), for the pages' Export
// buttons. The file is a QSaveFile: it replaces `path` only when the writer
// succeeds; a failure or a cancel leaves no file and an existing one as it
// was. Progress and the outcome come back as signals on the GUI thread.
class FileExportJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64)>;
    // Writes the whole file to `device`; polls `cancellation`; reports the
    // items written so far through `progress` (from the worker thread).
    using Writer = std::function<ud::Status(const ud::Connection &connection, QIODevice &device,
                                            const ud::CancellationFlag *cancellation,
                                            const Progress &progress)>;

    FileExportJob(ud::DatabaseTarget target, QString path, Writer writer,
                  QObject *parent = nullptr);
    // Cancels and waits: a page can be closed in the middle of an export.
    ~FileExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const QString &path() const { return m_path; }

Q_SIGNALS:
    void progress(qint64 items);
    // `message` says where the file went or, as a sentence, what went wrong.
    void finished(bool ok, const QString &message);

private:
    ud::DatabaseTarget m_target;
    QString m_path;
    Writer m_writer;
    QThread *m_thread = nullptr;
    std::shared_ptr<ud::CancellationFlag> m_cancel = std::make_shared<ud::CancellationFlag>();
};
