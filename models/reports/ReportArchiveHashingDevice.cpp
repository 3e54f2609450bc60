#include "reports/ReportArchiveHashingDevice.h"

namespace ud {

ReportArchiveHashingDevice::ReportArchiveHashingDevice(QIODevice &target,
                                                       const CancellationFlag *cancel)
    : m_target(target)
    , m_cancel(cancel)
{
    open(QIODevice::WriteOnly);
}

QByteArray ReportArchiveHashingDevice::sha256Hex() const
{
    return m_hash.result().toHex();
}

qint64 ReportArchiveHashingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ReportArchiveHashingDevice::writeData(const char *data, qint64 size)
{
    // After a failure nothing more is taken, so the hash never covers bytes
    // the entry does not hold.
    if (m_failed || m_cancelled)
        return -1;
    if (m_cancel && m_cancel->isCancelled()) {
        m_cancelled = true;
        setErrorString(tr("cancelled"));
        return -1;
    }
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_target.write(data + done, size - done);
        if (n <= 0) {
            m_failed = true;
            setErrorString(m_target.errorString());
            return -1;
        }
        done += n;
    }
    m_hash.addData(QByteArrayView(data, size));
    m_bytes += size;
    return size;
}

} // namespace ud
