#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace ud {

// One complete SMTP reply (RFC 5321 4.2): a three-digit code and the text of
// each of its lines, without the code and separator.
struct SmtpReplyLines
{
    int code = 0;
    QList<QByteArray> lines;

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTemporary() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // "250-first / 250 last" joined with " / ", for messages and logs.
    QString text() const;
};

// An incremental parser of SMTP replies. Fed arbitrary chunks of what the
// server sent, it yields complete replies in order. Pure: no sockets, no
// clock, so it can be fuzzed. After a protocol error it stays failed: the
// connection cannot be trusted any more.
class SmtpReply
{
public:
    static constexpr qsizetype MaxLineLength = 2048; // RFC 5321 allows 512; be lenient

    void feed(QByteArrayView bytes);
    // The oldest complete reply, if any.
    std::optional<SmtpReplyLines> takeReply();
    bool hasReply() const { return !m_complete.isEmpty(); }

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes received that do not yet form a complete line.
    qsizetype pendingBytes() const { return m_line.size(); }
    // Forgets everything buffered (STARTTLS: nothing sent before the
    // handshake may be trusted after it).
    void clear();

private:
    void takeLine(QByteArray line);
    void fail(const QString &message);

    QByteArray m_line;
    std::optional<SmtpReplyLines> m_partial;
    QList<SmtpReplyLines> m_complete;
    QString m_error;
};

} // namespace ud
