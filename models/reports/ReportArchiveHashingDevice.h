#pragma once

#include "core/Cancellation.h"

#include <QCryptographicHash>
#include <QIODevice>

namespace ud {

// The device an archive entry's writer writes to: it passes every byte on to
// the zip entry and into a SHA-256 at the same time, so the manifest hashes
// exactly the bytes stored, in one pass and without holding the entry in
// memory. It refuses writes once the cancellation flag is set, which stops a
// long writer (a large CSV) at its next write instead of at its end.
class ReportArchiveHashingDevice : public QIODevice
{
    Q_OBJECT

public:
    ReportArchiveHashingDevice(QIODevice &target, const CancellationFlag *cancel);

    QByteArray sha256Hex() const;
    qint64 bytesWritten() const { return m_bytes; }
    bool cancelled() const { return m_cancelled; }
    bool failed() const { return m_failed; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    const CancellationFlag *m_cancel;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace ud
