#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QStringView>

namespace ud {

// The CSV encoding of report-csv.md, used by every way data leaves the
// program as CSV (reports, tenant lists, the audit log): UTF-8, CRLF after
// every record, minimal RFC 4180 quoting, optional BOM, and the formula guard
// on text fields. It writes to any QIODevice (a QSaveFile, stdout, a QBuffer
// in tests) and buffers, so a write error is reported once, at the next
// flush, with nothing after it.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        bool byteOrderMark = false;
        bool formulaGuard = true;
    };

    CsvWriter(QIODevice &device, Options options);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Text that may come from users: guarded and quoted as needed.
    void addText(QStringView text);
    // Header names, enum names and other program-made text: quoted only.
    void addPlain(QStringView text);
    void addNumber(qint64 value);
    void addDate(QDate date);
    void endRecord();

    // Writes what is buffered; reports the device's error, if any.
    Status flush();

    static std::optional<char> delimiterFromName(QStringView name);

private:
    void startField();
    void appendQuotedIfNeeded(const QByteArray &utf8);

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    bool m_firstInRecord = true;
    bool m_failed = false;
};

} // namespace ud
