#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::CsvReader", text);
}

// A record this long is almost certainly an unclosed quote swallowing the
// rest of the file: stop there instead of buffering hundreds of megabytes.
constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024;

bool isAscii(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; ++i) {
        if (p[i] & 0x80)
            return false;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    if (isAscii(p, n))
        return true;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false; // continuation byte, overlong lead (C0/C1) or beyond F4
        }
        if (i + extra >= n)
            return false; // the sequence is cut short
        for (int k = 1; k <= extra; ++k) {
            const unsigned char d = p[i + k];
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QIODevice &device, qsizetype blockSize)
    : m_device(device)
    , m_blockSize(qMax<qsizetype>(blockSize, 1))
{
    m_buffer.resize(m_blockSize);
}

bool CsvReader::fill()
{
    // Keep the unparsed tail, move it to the front, and make room for a
    // whole block after it.
    if (m_pos > 0) {
        const qsizetype tail = m_end - m_pos;
        if (tail > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(tail));
        m_end = tail;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < m_blockSize)
        m_buffer.resize(m_end + m_blockSize);
    const qint64 got = m_device.read(m_buffer.data() + m_end, m_blockSize);
    if (got < 0) {
        m_problem = tr("cannot read: %1").arg(m_device.errorString());
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += got;
    m_bytesRead += got;
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *data = m_buffer.constData();
    const qsizetype begin = m_pos;
    const qsizetype end = m_end;
    qsizetype i = begin;
    m_spans.clear();
    m_scratch.clear();
    m_linesInRecord = 0;
    m_problemLine = 0;

    for (;;) {
        // One field, starting at i.
        if (i < end && data[i] == '"') {
            const qint64 quoteLine = m_recordLine + m_linesInRecord;
            ++i;
            const qsizetype contentStart = i;
            bool doubled = false;
            for (;;) {
                const void *hit = std::memchr(data + i, '"', size_t(end - i));
                if (!hit) {
                    for (qsizetype k = i; k < end; ++k)
                        m_linesInRecord += data[k] == '\n';
                    if (!m_eof) {
                        if (end - begin > kMaxRecordBytes) {
                            m_problem = tr("a quoted value starting on line %1 is longer than "
                                           "16 MB: its closing quote is probably missing")
                                            .arg(quoteLine);
                            m_problemLine = quoteLine;
                            m_consumed = end - begin;
                            return Parse::Malformed;
                        }
                        return Parse::NeedMore;
                    }
                    m_problem =
                        tr("unbalanced quote: the quoted value starting on line %1 is never closed")
                            .arg(quoteLine);
                    m_problemLine = quoteLine;
                    m_consumed = end - begin;
                    return Parse::Malformed;
                }
                const qsizetype q = static_cast<const char *>(hit) - data;
                for (qsizetype k = i; k < q; ++k)
                    m_linesInRecord += data[k] == '\n';
                if (q + 1 >= end && !m_eof)
                    return Parse::NeedMore; // is it "" or the closing quote?
                if (q + 1 < end && data[q + 1] == '"') {
                    doubled = true;
                    i = q + 2;
                    continue;
                }
                i = q + 1; // after the closing quote
                if (!doubled) {
                    m_spans.append({contentStart, q - contentStart, false});
                } else {
                    const qsizetype offset = m_scratch.size();
                    for (qsizetype k = contentStart; k < q; ++k) {
                        m_scratch.append(data[k]);
                        if (data[k] == '"')
                            ++k; // the second of a doubled pair
                    }
                    m_spans.append({offset, m_scratch.size() - offset, true});
                }
                break;
            }
            // After a closing quote: a delimiter, a line end, or the end.
            if (i >= end) {
                if (!m_eof)
                    return Parse::NeedMore;
                m_consumed = i - begin;
                return Parse::Done;
            }
            if (data[i] == ',') {
                ++i;
                continue;
            }
            if (data[i] == '\n') {
                m_consumed = i + 1 - begin;
                return Parse::Done;
            }
            if (data[i] == '\r') {
                if (i + 1 >= end && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 >= end) {
                    m_consumed = i + 1 - begin;
                    return Parse::Done;
                }
                if (data[i + 1] == '\n') {
                    m_consumed = i + 2 - begin;
                    return Parse::Done;
                }
            }
            m_problem = tr("unexpected text after the closing quote of a value (a quote inside "
                           "a quoted value is written twice: \"\")");
            m_consumed = i - begin;
            return Parse::Malformed;
        }

        // An unquoted field: up to the next delimiter or line end.
        const qsizetype start = i;
        while (i < end) {
            const char c = data[i];
            if (c == ',' || c == '\n')
                break;
            if (c == '"') {
                m_problem = tr("a quote inside an unquoted value (quote the whole value, and "
                               "write a quote inside it twice: \"\")");
                m_consumed = i - begin;
                return Parse::Malformed;
            }
            ++i;
        }
        if (i >= end) {
            if (!m_eof) {
                if (end - begin > kMaxRecordBytes) {
                    m_problem = tr("a line is longer than 16 MB");
                    m_consumed = end - begin;
                    return Parse::Malformed;
                }
                return Parse::NeedMore;
            }
            qsizetype length = i - start;
            if (length > 0 && data[start + length - 1] == '\r')
                --length; // CR of a CRLF at the very end of the file is no value
            m_spans.append({start, length, false});
            m_consumed = i - begin;
            return Parse::Done;
        }
        if (data[i] == ',') {
            m_spans.append({start, i - start, false});
            ++i;
            continue;
        }
        // A line end: a CR just before it belongs to the CRLF, not the value.
        qsizetype length = i - start;
        if (length > 0 && data[start + length - 1] == '\r')
            --length;
        m_spans.append({start, length, false});
        m_consumed = i + 1 - begin;
        return Parse::Done;
    }
}

void CsvReader::skipRestOfLine()
{
    // After a malformed value, resynchronise at the next physical line.
    for (;;) {
        const void *hit = std::memchr(m_buffer.constData() + m_pos, '\n', size_t(m_end - m_pos));
        if (hit) {
            m_pos = static_cast<const char *>(hit) - m_buffer.constData() + 1;
            return;
        }
        m_pos = m_end;
        if (m_eof || !fill() || (m_eof && m_pos == m_end))
            return;
    }
}

CsvReader::Next CsvReader::malformed(const QString &message)
{
    m_problem = message;
    return Next::Problem;
}

CsvReader::Next CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        while (!m_eof && m_end - m_pos < 3) {
            if (!fill())
                return Next::Failed;
        }
        if (m_end - m_pos >= 3 && std::memcmp(m_buffer.constData() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }
    for (;;) {
        // Skip blank lines (nothing, or just CR, before the line end).
        for (;;) {
            if (m_end - m_pos < 2 && !m_eof) {
                if (!fill())
                    return Next::Failed;
                continue;
            }
            if (m_pos >= m_end)
                return Next::End;
            const char c = m_buffer.at(m_pos);
            if (c == '\n') {
                ++m_pos;
                ++m_nextLine;
            } else if (c == '\r' && m_pos + 1 < m_end && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
                ++m_nextLine;
            } else {
                break;
            }
        }

        m_recordLine = m_nextLine;
        Parse parsed;
        while ((parsed = parseRecord()) == Parse::NeedMore) {
            if (!fill())
                return Next::Failed;
        }
        if (parsed == Parse::Malformed) {
            const qint64 lineOfStop = m_recordLine + m_linesInRecord;
            m_recordLine = m_problemLine > 0 ? m_problemLine : lineOfStop;
            m_pos += m_consumed;
            skipRestOfLine();
            m_nextLine = lineOfStop + 1;
            return Next::Problem;
        }

        const QByteArrayView raw(m_buffer.constData() + m_pos, m_consumed);
        m_pos += m_consumed;
        m_nextLine = m_recordLine + m_linesInRecord + 1;
        if (!isValidUtf8(raw))
            return malformed(tr("the line is not valid UTF-8 text (save the file as UTF-8)"));

        m_fields.resize(m_spans.size());
        for (qsizetype k = 0; k < m_spans.size(); ++k) {
            const Span &span = m_spans[k];
            const char *base = span.unescaped ? m_scratch.constData() : m_buffer.constData();
            m_fields[k] = QByteArrayView(base + span.offset, span.length);
        }
        return Next::Record;
    }
}

} // namespace ud
