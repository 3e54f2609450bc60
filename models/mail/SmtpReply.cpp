#include "mail/SmtpReply.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// Whether `line` (at most 4 bytes so far) can still start a reply line.
bool validPrefix(QByteArrayView line)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool ok = (i == 0 && c >= '2' && c <= '5') || (i == 1 && c >= '0' && c <= '5') ||
                        (i == 2 && isDigit(c)) || (i == 3 && (c == ' ' || c == '-' || c == '\r'));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString SmtpReplyLines::text() const
{
    QStringList parts;
    for (const QByteArray &line : lines)
        parts << QString::fromUtf8(line);
    return u"%1 %2"_s.arg(code).arg(parts.join(u" / "_s));
}

void SmtpReply::feed(QByteArrayView bytes)
{
    if (failed())
        return;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            // Servers must send CRLF; a bare LF is tolerated as a line end.
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            takeLine(std::exchange(m_line, {}));
            if (failed())
                return;
            continue;
        }
        m_line.append(c);
        // Garbage is refused at its first byte, not at a line end that may
        // never come.
        if (m_line.size() <= 4 && !validPrefix(m_line)) {
            takeLine(std::exchange(m_line, {}));
            return;
        }
        // The limit excludes the line end.
        if (m_line.size() > MaxLineLength + (c == '\r' ? 1 : 0)) {
            fail(QCoreApplication::translate("ud::SmtpReply",
                                             "The server sent a reply line longer than %1 bytes.")
                     .arg(MaxLineLength));
            return;
        }
    }
}

std::optional<SmtpReplyLines> SmtpReply::takeReply()
{
    if (m_complete.isEmpty())
        return std::nullopt;
    return m_complete.takeFirst();
}

void SmtpReply::clear()
{
    m_line.clear();
    m_partial.reset();
    m_complete.clear();
    m_error.clear();
}

void SmtpReply::takeLine(QByteArray line)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) ||
        line[0] < '2' || line[0] > '5' || line[1] > '5' ||
        (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        fail(QCoreApplication::translate("ud::SmtpReply", "The server sent a malformed reply: %1")
                 .arg(QString::fromLatin1(line.left(80).toPercentEncoding(" "))));
        return;
    }
    const int code = line.left(3).toInt();
    const bool more = line.size() > 3 && line[3] == '-';
    if (m_partial && m_partial->code != code) {
        fail(QCoreApplication::translate("ud::SmtpReply",
                                         "The server mixed reply codes %1 and %2 in one reply.")
                 .arg(m_partial->code)
                 .arg(code));
        return;
    }
    if (!m_partial)
        m_partial = SmtpReplyLines{code, {}};
    m_partial->lines.append(line.mid(4));
    if (!more)
        m_complete.append(*std::exchange(m_partial, std::nullopt));
}

void SmtpReply::fail(const QString &message)
{
    m_error = message;
    m_line.clear();
    m_partial.reset();
}

} // namespace ud
