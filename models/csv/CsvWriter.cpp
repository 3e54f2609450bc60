#include "csv/CsvWriter.h"

#include <QCoreApplication>

namespace ud {

namespace {

constexpr qsizetype kFlushThreshold = 256 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::startField()
{
    if (!m_firstInRecord)
        m_buffer.append(m_options.delimiter);
    m_firstInRecord = false;
}

void CsvWriter::appendQuotedIfNeeded(const QByteArray &utf8)
{
    bool needsQuotes = false;
    for (char c : utf8) {
        if (c == m_options.delimiter || c == '"' || c == '\r' || c == '\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    for (char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::addText(QStringView text)
{
    startField();
    QByteArray utf8 = text.toUtf8();
    if (m_options.formulaGuard && !utf8.isEmpty()) {
        const char first = utf8.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r')
            utf8.prepend('\'');
    }
    appendQuotedIfNeeded(utf8);
}

void CsvWriter::addPlain(QStringView text)
{
    startField();
    appendQuotedIfNeeded(text.toUtf8());
}

void CsvWriter::addNumber(qint64 value)
{
    startField();
    m_buffer.append(QByteArray::number(value));
}

void CsvWriter::addDate(QDate date)
{
    startField();
    m_buffer.append(date.toString(Qt::ISODate).toLatin1());
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_firstInRecord = true;
    if (m_buffer.size() >= kFlushThreshold)
        (void)flush();
}

Status CsvWriter::flush()
{
    if (m_failed)
        return Error::storage(QCoreApplication::translate("ud::CsvWriter", "cannot write: %1")
                                  .arg(m_device.errorString()));
    qsizetype written = 0;
    while (written < m_buffer.size()) {
        const qint64 n = m_device.write(m_buffer.constData() + written, m_buffer.size() - written);
        if (n <= 0) {
            m_failed = true;
            m_buffer.clear();
            return Error::storage(QCoreApplication::translate("ud::CsvWriter", "cannot write: %1")
                                      .arg(m_device.errorString()));
        }
        written += n;
    }
    m_buffer.clear();
    return {};
}

std::optional<char> CsvWriter::delimiterFromName(QStringView name)
{
    if (name.compare(QLatin1String("comma"), Qt::CaseInsensitive) == 0)
        return ',';
    if (name.compare(QLatin1String("pipe"), Qt::CaseInsensitive) == 0)
        return '|';
    if (name.compare(QLatin1String("semicolon"), Qt::CaseInsensitive) == 0)
        return ';';
    if (name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return '\t';
    return std::nullopt;
}

} // namespace ud
