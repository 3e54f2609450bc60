#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ud {

// An RFC 5322 / MIME message: a plain-text summary and attachments, built into
// the exact bytes an SMTP client sends (CRLF lines, 7-bit clean). Dot-stuffing
// is the transport's job, not this class's.
class MailMessage
{
public:
    struct Attachment
    {
        QString fileName;
        QByteArray contentType = QByteArrayLiteral("text/csv; charset=utf-8");
        QByteArray data; // sent base64-encoded, so every byte (BOM, CRLF) arrives as is
    };

    void setFrom(const QString &address, const QString &displayName = {});
    void setTo(const QStringList &addresses);
    void setSubject(const QString &subject);
    // The Date header: the instant shown at this UTC offset (the schedule's zone).
    void setDate(const QDateTime &instant, int offsetSeconds);
    // "<id@domain>", chosen by the caller and stable per run, so a resent
    // message can be recognised as the same one.
    void setMessageId(const QString &messageId);
    void setBodyText(const QString &text);
    void addAttachment(Attachment attachment);
    // Tests only: a fixed boundary instead of a random one (still checked
    // against the content).
    void setBoundaryForTesting(const QByteArray &boundary);

    QString fromAddress() const { return m_fromAddress; }
    QStringList to() const { return m_to; }

    // The message bytes; BadInput naming the field when a header value holds
    // a line break (header injection) or a required field is missing.
    Result<QByteArray> build() const;

    // Building blocks, public for tests.
    static QByteArray encodeHeaderText(const QString &text, int firstLineUsed);
    static QByteArray formatDate(const QDateTime &instant, int offsetSeconds);
    static QByteArray quotedPrintable(const QByteArray &utf8);
    static QByteArray base64Lines(const QByteArray &data);
    static QByteArray dispositionParameters(const QString &fileName);

private:
    QString m_fromAddress;
    QString m_fromName;
    QStringList m_to;
    QString m_subject;
    QDateTime m_date;
    int m_offsetSeconds = 0;
    QString m_messageId;
    QString m_body;
    QList<Attachment> m_attachments;
    QByteArray m_fixedBoundary;
};

} // namespace ud
