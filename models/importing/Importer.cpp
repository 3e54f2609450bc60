#include "importing/Importer.h"

#include "importing/CsvReader.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::Importer", text);
}

// How often (in rows) cancellation is polled and progress reported: often
// enough to stop within a few milliseconds, rare enough to cost nothing.
constexpr qint64 kPollRows = 4096;

Error unreadable(const QString &file, const QString &reason)
{
    return Error::storage(
        QCoreApplication::translate("ud::Importer", "%1: cannot read the file: %2")
            .arg(file, reason));
}

} // namespace

Importer::Importer(const Connection &connection, ImportOptions options)
    : m_connection(connection)
    , m_options(std::move(options))
{}

Importer::~Importer() = default;

bool Importer::cancelled() const
{
    return m_options.cancellation && m_options.cancellation->isCancelled();
}

Result<ImportSummary> Importer::run(const QStringList &files)
{
    // Every file must be readable before anything is written: a typo in the
    // third file name should not cost the time of importing the first two.
    qint64 bytesTotal = 0;
    for (const QString &file : files) {
        QFile probe(file);
        if (QFileInfo(file).isDir())
            return unreadable(file, tr("it is a folder"));
        if (!probe.open(QIODevice::ReadOnly))
            return unreadable(file, probe.errorString());
        bytesTotal += probe.size();
    }

    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (const Status started = start(); !started)
        return started.error();

    ImportSummary summary;
    qint64 bytesBefore = 0;
    for (const QString &file : files) {
        if (const Status imported = importFile(file, bytesBefore, bytesTotal, summary); !imported)
            return imported.error(); // the transaction rolls back
        ++summary.files;
        bytesBefore += QFileInfo(file).size();
        if (m_problems.isFull())
            break;
    }
    if (!m_problems.isEmpty())
        return m_problems.toError();
    if (cancelled())
        return Error::cancelled(tr("import cancelled: nothing was written"));
    if (const Status finished = finish(summary); !finished)
        return finished.error();
    if (cancelled())
        return Error::cancelled(tr("import cancelled: nothing was written"));
    if (const Status logged = m_options.audit.record(
            m_connection, u"%1 rows from %2 files"_s.arg(summary.rowsRead).arg(summary.files));
        !logged)
        return logged.error();
    if (const Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return summary;
}

Status Importer::importFile(const QString &file, qint64 bytesBefore, qint64 bytesTotal,
                            ImportSummary &summary)
{
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly))
        return unreadable(file, device.errorString());
    CsvReader reader(device);

    ImportColumns columns;
    switch (reader.next()) {
    case CsvReader::Next::Failed:
        return unreadable(file, reader.problem());
    case CsvReader::Next::End:
        m_problems.add(file, 1, QString(), tr("the file is empty; a header line is expected"));
        return {};
    case CsvReader::Next::Problem:
        m_problems.add(file, reader.line(), QString(), reader.problem());
        return {};
    case CsvReader::Next::Record:
        break;
    }
    if (!columns.resolve(this->columns(), reader, m_options.ignoreUnknownColumns, file, m_problems))
        return {}; // without a usable header the rows cannot be read

    const qsizetype fieldCount = columns.fieldCount();
    qint64 rows = 0;
    for (;;) {
        const CsvReader::Next next = reader.next();
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed)
            return unreadable(file, reader.problem());
        ++rows;
        if (next == CsvReader::Next::Problem) {
            m_problems.add(file, reader.line(), QString(), reader.problem());
        } else if (reader.fieldCount() != fieldCount) {
            m_problems.add(file, reader.line(), QString(),
                           tr("the row has %1 fields, but the header has %2")
                               .arg(reader.fieldCount())
                               .arg(fieldCount));
        } else if (const Status imported = importRow(reader, columns, file); !imported) {
            return imported;
        }
        if (m_problems.isFull())
            break;
        if (rows % kPollRows == 0) {
            if (cancelled())
                return Error::cancelled(tr("import cancelled: nothing was written"));
            if (m_options.progress)
                m_options.progress(
                    {summary.rowsRead + rows, bytesBefore + reader.bytesRead(), bytesTotal});
        }
    }
    summary.rowsRead += rows;
    if (m_options.progress)
        m_options.progress({summary.rowsRead, bytesBefore + reader.bytesRead(), bytesTotal});
    return {};
}

} // namespace ud
