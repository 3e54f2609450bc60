#include "mail/MailMessage.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

constexpr int MaxLine = 76;
// 39 UTF-8 bytes make 52 base64 characters: "=?utf-8?B?" + 52 + "?=" is 64,
// which fits after "Subject: " within 76 columns.
constexpr int EncodedWordBytes = 39;
constexpr int ParameterSegment = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::MailMessage", text);
}

bool isPrintableAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Control characters (CR and LF above all) in a header value would let a
// caller add headers or end the header block.
bool hasControl(QStringView text)
{
    for (QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

Status checkHeaderValue(const QString &field, const QString &value)
{
    if (hasControl(value))
        return Error::badInput(
            QCoreApplication::translate(
                "ud::MailMessage",
                "The e-mail field \"%1\" contains a line break or control character.")
                .arg(field));
    return {};
}

bool isAddress(const QString &address)
{
    if (address.isEmpty() || !isPrintableAscii(address) || address.contains(u' ') ||
        address.contains(u'<') || address.contains(u'>') || address.contains(u','))
        return false;
    const qsizetype at = address.lastIndexOf(u'@');
    return at > 0 && at < address.size() - 1;
}

QByteArray normalizeLineEnds(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 40);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray randomBoundary()
{
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 3);
    return "=_usagedesk_" + bytes.toHex();
}

bool isAttrChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$&+-.^_`|~").contains(c);
}

} // namespace

void MailMessage::setFrom(const QString &address, const QString &displayName)
{
    m_fromAddress = address;
    m_fromName = displayName;
}

void MailMessage::setTo(const QStringList &addresses)
{
    m_to = addresses;
}

void MailMessage::setSubject(const QString &subject)
{
    m_subject = subject;
}

void MailMessage::setDate(const QDateTime &instant, int offsetSeconds)
{
    m_date = instant;
    m_offsetSeconds = offsetSeconds;
}

void MailMessage::setMessageId(const QString &messageId)
{
    m_messageId = messageId;
}

void MailMessage::setBodyText(const QString &text)
{
    m_body = text;
}

void MailMessage::addAttachment(Attachment attachment)
{
    m_attachments.append(std::move(attachment));
}

void MailMessage::setBoundaryForTesting(const QByteArray &boundary)
{
    m_fixedBoundary = boundary;
}

QByteArray MailMessage::encodeHeaderText(const QString &text, int firstLineUsed)
{
    // Plain ASCII that cannot be mistaken for an encoded word goes as is,
    // folded at spaces.
    if (isPrintableAscii(text) && !text.contains(u"=?"_s)) {
        const QByteArray ascii = text.toLatin1();
        QByteArray out;
        int column = firstLineUsed;
        const QList<QByteArray> words = ascii.split(' ');
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0) {
                if (column + 1 + words[i].size() > MaxLine) {
                    out += "\r\n";
                    column = 0;
                }
                out += ' ';
                ++column;
            }
            out += words[i];
            column += int(words[i].size());
        }
        return out;
    }
    // RFC 2047 encoded words, never splitting a UTF-8 sequence (each word
    // must decode on its own).
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min(start + EncodedWordBytes, utf8.size());
        while (end < utf8.size() && end > start + 1 && (uchar(utf8[end]) & 0xC0) == 0x80)
            --end;
        if (start > 0)
            out += "\r\n ";
        out += "=?utf-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

QByteArray MailMessage::formatDate(const QDateTime &instant, int offsetSeconds)
{
    // Fixed English names: RFC 5322 dates are not localised.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime local = instant.toOffsetFromUtc(offsetSeconds);
    const QDate date = local.date();
    const QTime time = local.time();
    const int absOffset = std::abs(offsetSeconds) / 60;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                             days[date.dayOfWeek() - 1], date.day(), months[date.month() - 1],
                             date.year(), time.hour(), time.minute(), time.second(),
                             offsetSeconds < 0 ? '-' : '+', absOffset / 60, absOffset % 60)
        .toLatin1();
}

QByteArray MailMessage::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    const QList<QByteArray> lines = normalizeLineEnds(utf8).split('\n');
    QByteArray out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines[n];
        if (line.endsWith('\r'))
            line.chop(1);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray piece;
            // Trailing blanks are encoded: transports may strip them.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray(1, '=') + hex[c >> 4] + hex[c & 15];
            // Leave room for the soft break "=" unless this is the line's end.
            const int limit = last ? MaxLine : MaxLine - 1;
            if (column + piece.size() > limit) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        if (n + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MailMessage::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / MaxLine * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += MaxLine)
        out += encoded.mid(i, MaxLine) + "\r\n";
    return out;
}

QByteArray MailMessage::dispositionParameters(const QString &fileName)
{
    const bool plain = isPrintableAscii(fileName) && !fileName.contains(u'"') &&
                       !fileName.contains(u'\\') && fileName.size() <= ParameterSegment;
    if (plain)
        return "attachment; filename=\"" + fileName.toLatin1() + '"';

    // An ASCII fallback for old readers, then RFC 2231's exact UTF-8 name.
    QByteArray fallback;
    for (QChar c : fileName) {
        const bool keep = c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
        fallback += keep ? char(c.unicode()) : '_';
    }
    if (fallback.size() > ParameterSegment)
        fallback = fallback.right(ParameterSegment); // keep the extension
    QList<QByteArray> segments{QByteArray()};
    for (char c : fileName.toUtf8()) {
        const QByteArray piece =
            isAttrChar(c) ? QByteArray(1, c) : "%" + QByteArray(1, c).toHex().toUpper();
        if (segments.last().size() + piece.size() > ParameterSegment)
            segments.append(QByteArray());
        segments.last() += piece;
    }
    // filename* first: readers that take the first of two names (Python's
    // email package) then get the exact one, and the others prefer it anyway.
    QByteArray out = "attachment";
    if (segments.size() == 1) {
        out += ";\r\n filename*=utf-8''" + segments[0];
    } else {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            out += ";\r\n filename*" + QByteArray::number(i) + "*=" + (i == 0 ? "utf-8''" : "") +
                   segments[i];
        }
    }
    return out + ";\r\n filename=\"" + fallback + '"';
}

Result<QByteArray> MailMessage::build() const
{
    if (Status s = checkHeaderValue(u"From"_s, m_fromAddress); !s)
        return s.error();
    if (Status s = checkHeaderValue(u"From name"_s, m_fromName); !s)
        return s.error();
    if (Status s = checkHeaderValue(u"Subject"_s, m_subject); !s)
        return s.error();
    if (Status s = checkHeaderValue(u"Message-ID"_s, m_messageId); !s)
        return s.error();
    for (const QString &to : m_to) {
        if (Status s = checkHeaderValue(u"To"_s, to); !s)
            return s.error();
    }
    for (const Attachment &attachment : m_attachments) {
        if (Status s = checkHeaderValue(u"Attachment file name"_s, attachment.fileName); !s)
            return s.error();
        if (Status s =
                checkHeaderValue(u"Attachment type"_s, QString::fromLatin1(attachment.contentType));
            !s)
            return s.error();
        if (attachment.fileName.isEmpty())
            return Error::badInput(tr("An e-mail attachment has no file name."));
    }
    if (!isAddress(m_fromAddress))
        return Error::badInput(
            tr("The sender address \"%1\" is not a valid e-mail address.").arg(m_fromAddress));
    if (m_to.isEmpty())
        return Error::badInput(tr("The e-mail has no recipient."));
    for (const QString &to : m_to) {
        if (!isAddress(to))
            return Error::badInput(
                tr("The recipient address \"%1\" is not a valid e-mail address.").arg(to));
    }
    const bool idOk = m_messageId.startsWith(u'<') && m_messageId.endsWith(u'>') &&
                      m_messageId.contains(u'@') && isPrintableAscii(m_messageId) &&
                      !m_messageId.contains(u' ');
    if (!idOk)
        return Error::badInput(
            tr("The Message-ID \"%1\" is not of the form <id@domain>.").arg(m_messageId));
    if (!m_date.isValid())
        return Error::badInput(tr("The e-mail has no date."));

    const QByteArray bodyPart = quotedPrintable(m_body.toUtf8());
    QList<QByteArray> encodedAttachments;
    for (const Attachment &attachment : m_attachments)
        encodedAttachments.append(base64Lines(attachment.data));

    QByteArray boundary = m_fixedBoundary.isEmpty() ? randomBoundary() : m_fixedBoundary;
    const auto occurs = [&](const QByteArray &b) {
        if (bodyPart.contains(b))
            return true;
        for (const QByteArray &a : encodedAttachments) {
            if (a.contains(b))
                return true;
        }
        return false;
    };
    while (occurs(boundary)) {
        if (!m_fixedBoundary.isEmpty())
            return Error::badInput(tr("The MIME boundary occurs in the content."));
        boundary = randomBoundary();
    }

    QByteArray out;
    out += "From: ";
    if (!m_fromName.isEmpty())
        out += encodeHeaderText(m_fromName, 6) + " ";
    out += "<" + m_fromAddress.toLatin1() + ">\r\n";
    out += "To: ";
    for (qsizetype i = 0; i < m_to.size(); ++i)
        out += (i > 0 ? ",\r\n " : "") + m_to[i].toLatin1();
    out += "\r\n";
    out += "Subject: " + encodeHeaderText(m_subject, 9) + "\r\n";
    out += "Date: " + formatDate(m_date, m_offsetSeconds) + "\r\n";
    out += "Message-ID: " + m_messageId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    // Each part's content ends with CRLF, and "--boundary" follows at once:
    // that CRLF belongs to the delimiter (RFC 2046 5.1.1), so a text that ends
    // with a line break gets one more.
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += bodyPart + "\r\n";
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        const Attachment &attachment = m_attachments[i];
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + attachment.contentType + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: " + dispositionParameters(attachment.fileName) + "\r\n\r\n";
        out += encodedAttachments[i].isEmpty() ? QByteArray("\r\n") : encodedAttachments[i];
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace ud
