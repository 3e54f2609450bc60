#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace ud {

// A streaming RFC 4180 reader (data.md, "Import files"): comma delimiter,
// quoted fields with doubled quotes, LF or CRLF line ends, a leading UTF-8
// BOM ignored. The device is read in blocks, so a file of any size needs
// only about one block of memory plus the longest record.
//
// Fields are handed out as UTF-8 byte views into the reader's own buffers:
// the bulk import parses numbers and dates straight from the bytes and
// decodes text only where it needs a QString. The views stay valid until the
// next call to next().
//
// Policy for blank lines: a physical line with nothing on it (not even a
// space) is skipped wherever it appears; it still counts for line numbers.
// A quoted line break is part of the value (the import then rejects it as a
// control character, with the line of the record).
class CsvReader
{
public:
    enum class Next
    {
        Record,  // a record is available: fieldCount(), field(i), line()
        Problem, // this record is malformed: problem(), line(); reading may go on
        End,     // no more records
        Failed,  // the device could not be read: problem()
    };

    explicit CsvReader(QIODevice &device, qsizetype blockSize = 1 << 20);

    Next next();

    qsizetype fieldCount() const { return m_fields.size(); }
    QByteArrayView field(qsizetype index) const { return m_fields[index]; }
    QString text(qsizetype index) const { return QString::fromUtf8(m_fields[index]); }

    // The physical line (1-based) on which the current record starts.
    qint64 line() const { return m_recordLine; }
    // What was wrong, for Next::Problem and Next::Failed (translated).
    const QString &problem() const { return m_problem; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Parse
    {
        Done,
        NeedMore,
        Malformed
    };

    Parse parseRecord();
    bool fill();
    void skipRestOfLine();
    Next malformed(const QString &message);

    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool unescaped; // in m_scratch rather than m_buffer
    };

    QIODevice &m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // start of unparsed data in m_buffer
    qsizetype m_end = 0; // end of valid data in m_buffer
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_scratch; // fields with doubled quotes, unescaped
    QList<Span> m_spans;
    QList<QByteArrayView> m_fields;
    qsizetype m_consumed = 0; // bytes of m_buffer the parsed record used
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    qint64 m_linesInRecord = 0; // line breaks inside the parsed record
    qint64 m_problemLine = 0;   // set by parseRecord when it knows better than the stop line
    qint64 m_bytesRead = 0;
    QString m_problem;
};

// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
// values above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace ud
