#include "SmtpTestServer.h"
#include "mail/MailMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

const QByteArray csvWithBomAndCrlf = "\xEF\xBB\xBF"
                                     "tenant;users\r\n"
                                     "Müller GmbH;12\r\n"
                                     ".starts with a dot\r\n"
                                     "\r\n";

MailMessage sampleMessage()
{
    MailMessage m;
    m.setFrom(u"reports@example.org"_s, u"UsageDesk"_s);
    m.setTo({u"alice@example.org"_s, u"bob@example.net"_s});
    m.setSubject(u"Usage report October 2026"_s);
    m.setDate(QDateTime(QDate(2026, 11, 1), QTime(6, 0), Qt::UTC), 3600);
    m.setMessageId(u"<schedule-12.20261101T060000Z@usagedesk>"_s);
    m.setBodyText(u"Tenants: 2\nUsers: 24\n"_s);
    m.addAttachment({u"usage-2026-10.csv"_s, "text/csv; charset=utf-8", csvWithBomAndCrlf});
    return m;
}

QByteArray buildOrFail(const MailMessage &m)
{
    auto bytes = m.build();
    if (!bytes) {
        qWarning("%s", qPrintable(bytes.error().message));
        return {};
    }
    return *bytes;
}

QList<QByteArray> lines(const QByteArray &message)
{
    return message.split('\n');
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void linesAreCrlfAndShort();
    void dates_data();
    void dates();
    void parsedBackByPython();
    void nonAsciiSubjectAndFileName();
    void longNonAsciiSubjectIsFolded();
    void longFileNameUsesContinuations();
    void bodyQuotedPrintable();
    void base64LinesAre76();
    void headerInjectionRefused_data();
    void headerInjectionRefused();
    void missingOrBadFields();
    void boundaryNotInContent();
};

void TestMailMessage::headers()
{
    const QByteArray bytes = buildOrFail(sampleMessage());
    QVERIFY(!bytes.isEmpty());
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray head = bytes.left(headerEnd + 2);
    QVERIFY(head.startsWith("From: UsageDesk <reports@example.org>\r\n"));
    QVERIFY(head.contains("\r\nTo: alice@example.org,\r\n bob@example.net\r\n"));
    QVERIFY(head.contains("\r\nSubject: Usage report October 2026\r\n"));
    QVERIFY(head.contains("\r\nDate: Sun, 01 Nov 2026 07:00:00 +0100\r\n"));
    QVERIFY(head.contains("\r\nMessage-ID: <schedule-12.20261101T060000Z@usagedesk>\r\n"));
    QVERIFY(head.contains("\r\nMIME-Version: 1.0\r\n"));
    QVERIFY(head.contains("\r\nContent-Type: multipart/mixed;\r\n boundary=\"=_usagedesk_"));
    QVERIFY(bytes.contains("Content-Disposition: attachment; filename=\"usage-2026-10.csv\""));
    QVERIFY(bytes.contains("Content-Transfer-Encoding: base64"));
    QVERIFY(bytes.contains("Content-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: quoted-printable"));
    // Dot-stuffing is the transport's job: the message keeps the line as is
    // (it is base64 here, so check the text part instead).
    MailMessage dotted = sampleMessage();
    dotted.setBodyText(u".hidden\n"_s);
    QVERIFY(buildOrFail(dotted).contains("\r\n.hidden\r\n"));
}

void TestMailMessage::linesAreCrlfAndShort()
{
    MailMessage m = sampleMessage();
    m.setSubject(QString(200, u'x') + u" word "_s + u"ä"_s.repeated(80));
    m.setBodyText(u"a"_s.repeated(500) + u"\n"_s + u"ö"_s.repeated(300));
    m.addAttachment({u"big.bin"_s, "application/octet-stream", QByteArray(10000, '\x7f')});
    const QByteArray bytes = buildOrFail(m);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.endsWith("\r\n"));
    for (const QByteArray &line : lines(bytes)) {
        if (line.isEmpty())
            continue; // after the last CRLF
        QVERIFY2(line.endsWith('\r'), line.constData());
        // The one ASCII word of 200 characters cannot be folded.
        if (!line.contains("xxxxxxxxxx"))
            QVERIFY2(line.size() - 1 <= 76, line.constData());
        for (char c : line)
            QVERIFY(uchar(c) < 0x80); // 7-bit clean
    }
}

void TestMailMessage::dates_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 1, 5), QTime(23, 59, 58), Qt::UTC) << 0
                         << QByteArray("Mon, 05 Jan 2026 23:59:58 +0000");
    QTest::newRow("east, next day") << QDateTime(QDate(2026, 2, 28), QTime(22, 30), Qt::UTC)
                                    << 2 * 3600 << QByteArray("Sun, 01 Mar 2026 00:30:00 +0200");
    QTest::newRow("Newfoundland") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)
                                  << -(2 * 3600 + 1800)
                                  << QByteArray("Wed, 01 Jul 2026 09:30:00 -0230");
    QTest::newRow("Kathmandu") << QDateTime(QDate(2026, 12, 31), QTime(18, 15), Qt::UTC)
                               << 5 * 3600 + 45 * 60
                               << QByteArray("Fri, 01 Jan 2027 00:00:00 +0545");
}

void TestMailMessage::dates()
{
    QFETCH(QDateTime, instant);
    QFETCH(int, offset);
    QFETCH(QByteArray, expected);
    QCOMPARE(MailMessage::formatDate(instant, offset), expected);
}

void TestMailMessage::parsedBackByPython()
{
    const QByteArray bytes = buildOrFail(sampleMessage());
    const QJsonObject parsed = SmtpTestServer::parseMail(bytes);
    QVERIFY(!parsed.isEmpty());
    const QJsonObject headers = parsed[u"headers"_s].toObject();
    QCOMPARE(headers[u"From"_s].toString(), u"UsageDesk <reports@example.org>"_s);
    QCOMPARE(headers[u"Subject"_s].toString(), u"Usage report October 2026"_s);
    QCOMPARE(headers[u"Date"_s].toString(), u"Sun, 01 Nov 2026 07:00:00 +0100"_s);
    QCOMPARE(headers[u"Message-ID"_s].toString(), u"<schedule-12.20261101T060000Z@usagedesk>"_s);
    QCOMPARE(parsed[u"to_addresses"_s].toArray(),
             QJsonArray({u"alice@example.org"_s, u"bob@example.net"_s}));
    QCOMPARE(parsed[u"content_type"_s].toString(), u"multipart/mixed"_s);
    QCOMPARE(parsed[u"defects"_s].toArray(), QJsonArray());
    QCOMPARE(parsed[u"bare_lf"_s].toBool(), false);
    QCOMPARE(parsed[u"body"_s].toString().replace(u"\r\n"_s, u"\n"_s),
             u"Tenants: 2\nUsers: 24\n"_s);
    const QJsonArray attachments = parsed[u"attachments"_s].toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject a = attachments[0].toObject();
    QCOMPARE(a[u"filename"_s].toString(), u"usage-2026-10.csv"_s);
    QCOMPARE(a[u"content_type"_s].toString(), u"text/csv"_s);
    QCOMPARE(QByteArray::fromBase64(a[u"data"_s].toString().toLatin1()), csvWithBomAndCrlf);
}

void TestMailMessage::nonAsciiSubjectAndFileName()
{
    const QString subject = u"Nutzungsbericht für März – Übersicht 📈"_s;
    const QString fileName = u"Bericht März 2026 „final“.csv"_s;
    MailMessage only;
    only.setFrom(u"reports@example.org"_s, u"Usage Desk Prüfung"_s);
    only.setTo({u"alice@example.org"_s});
    only.setSubject(subject);
    only.setDate(QDateTime::currentDateTimeUtc(), 0);
    only.setMessageId(u"<x.1@usagedesk>"_s);
    only.setBodyText(u"Grüße"_s);
    only.addAttachment({fileName, "text/csv; charset=utf-8", csvWithBomAndCrlf});
    const QByteArray bytes = buildOrFail(only);
    QVERIFY(bytes.contains("Subject: =?utf-8?B?"));
    QVERIFY(bytes.contains("filename*=utf-8''Bericht%20M%C3%A4rz"));
    QVERIFY(bytes.contains("filename=\"Bericht M_rz 2026 _final_.csv\""));

    const QJsonObject parsed = SmtpTestServer::parseMail(bytes);
    QVERIFY(!parsed.isEmpty());
    const QJsonObject headers = parsed[u"headers"_s].toObject();
    QCOMPARE(headers[u"Subject"_s].toString(), subject);
    QCOMPARE(headers[u"From"_s].toString(), u"Usage Desk Prüfung <reports@example.org>"_s);
    QCOMPARE(parsed[u"body"_s].toString(), u"Grüße"_s); // exactly, no line end added
    const QJsonObject a = parsed[u"attachments"_s].toArray()[0].toObject();
    QCOMPARE(a[u"filename"_s].toString(), fileName);
    QCOMPARE(QByteArray::fromBase64(a[u"data"_s].toString().toLatin1()), csvWithBomAndCrlf);
}

void TestMailMessage::longNonAsciiSubjectIsFolded()
{
    // 2-, 3- and 4-byte UTF-8 sequences, so word ends fall inside characters.
    const QString subject = u"Überblick € 📈 "_s.repeated(12);
    const QByteArray encoded = MailMessage::encodeHeaderText(subject, 9);
    const QList<QByteArray> folded = encoded.split('\n');
    QVERIFY(folded.size() > 3);
    QVERIFY(9 + folded[0].size() - 1 <= 76);
    for (const QByteArray &line : folded)
        QVERIFY2(line.size() <= 76, line.constData());

    MailMessage m = sampleMessage();
    m.setSubject(subject);
    const QJsonObject parsed = SmtpTestServer::parseMail(buildOrFail(m));
    QCOMPARE(parsed[u"headers"_s].toObject()[u"Subject"_s].toString(), subject);
}

void TestMailMessage::longFileNameUsesContinuations()
{
    const QString fileName = u"Nutzungsbericht für alle Mandanten – Überblick über März 2026 "
                             u"(Kunden Öffentlicher Dienst, Gesundheitswesen).csv"_s;
    MailMessage m = sampleMessage();
    m.addAttachment({fileName, "text/csv; charset=utf-8", "a;b\r\n"});
    const QByteArray bytes = buildOrFail(m);
    QVERIFY(bytes.contains("filename*0*=utf-8''"));
    QVERIFY(bytes.contains("filename*1*="));
    const QJsonObject parsed = SmtpTestServer::parseMail(bytes);
    const QJsonArray attachments = parsed[u"attachments"_s].toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[1].toObject()[u"filename"_s].toString(), fileName);
    QCOMPARE(QByteArray::fromBase64(attachments[1].toObject()[u"data"_s].toString().toLatin1()),
             QByteArray("a;b\r\n"));
}

void TestMailMessage::bodyQuotedPrintable()
{
    const QString body = u"a=b and trailing spaces   \n"_s + u"long "_s.repeated(40) +
                         u"\n.dot line\nTab\tend\t\nUmlaut ä\r\nlast"_s;
    const QByteArray qp = MailMessage::quotedPrintable(body.toUtf8());
    QVERIFY(qp.contains("a=3Db"));
    QVERIFY(qp.contains("spaces  =20\r\n"));
    QVERIFY(qp.contains("Umlaut =C3=A4\r\n"));
    QVERIFY(qp.contains("end=09\r\n"));
    for (const QByteArray &line : qp.split('\n'))
        QVERIFY(line.size() <= 77); // 76 + CR

    MailMessage m = sampleMessage();
    m.setBodyText(body);
    const QJsonObject parsed = SmtpTestServer::parseMail(buildOrFail(m));
    QString expected = body;
    expected.replace(u"\r\n"_s, u"\n"_s);
    QCOMPARE(parsed[u"body"_s].toString().replace(u"\r\n"_s, u"\n"_s), expected);
}

void TestMailMessage::base64LinesAre76()
{
    const QByteArray data(1000, '\xff');
    const QByteArray encoded = MailMessage::base64Lines(data);
    const QList<QByteArray> parts = encoded.split('\n');
    for (qsizetype i = 0; i + 2 < parts.size(); ++i)
        QCOMPARE(parts[i].size(), 77); // 76 + CR
    QCOMPARE(QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", "")), data);
    QCOMPARE(MailMessage::base64Lines({}), QByteArray());
}

void TestMailMessage::headerInjectionRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("which");
    QTest::newRow("Subject") << u"Subject"_s << 0;
    QTest::newRow("To") << u"To"_s << 1;
    QTest::newRow("From") << u"From"_s << 2;
    QTest::newRow("From name") << u"From name"_s << 3;
    QTest::newRow("Message-ID") << u"Message-ID"_s << 4;
    QTest::newRow("Attachment file name") << u"Attachment file name"_s << 5;
}

void TestMailMessage::headerInjectionRefused()
{
    QFETCH(QString, field);
    QFETCH(int, which);
    const QString evil = u"x\r\nBcc: victim@example.com"_s;
    MailMessage m = sampleMessage();
    switch (which) {
    case 0:
        m.setSubject(evil);
        break;
    case 1:
        m.setTo({u"alice@example.org"_s, u"bob@example.net\nBcc: victim@example.com"_s});
        break;
    case 2:
        m.setFrom(u"reports@example.org\r\nBcc: victim@example.com"_s);
        break;
    case 3:
        m.setFrom(u"reports@example.org"_s, evil);
        break;
    case 4:
        m.setMessageId(u"<a@b>\rBcc: victim@example.com"_s);
        break;
    case 5:
        m.addAttachment({u"a.csv\r\nContent-Type: text/html"_s, "text/csv", "x"});
        break;
    }
    const auto result = m.build();
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY2(result.error().message.contains(u'"' + field + u'"'),
             qPrintable(result.error().message));
}

void TestMailMessage::missingOrBadFields()
{
    MailMessage noTo = sampleMessage();
    noTo.setTo({});
    QVERIFY(!noTo.build());
    MailMessage badTo = sampleMessage();
    badTo.setTo({u"not an address"_s});
    QVERIFY(badTo.build().error().message.contains(u"not an address"_s));
    MailMessage badFrom = sampleMessage();
    badFrom.setFrom(u"@example.org"_s);
    QVERIFY(!badFrom.build());
    MailMessage badId = sampleMessage();
    badId.setMessageId(u"no-angle-brackets@usagedesk"_s);
    QVERIFY(badId.build().error().message.contains(u"Message-ID"_s));
    MailMessage noDate = sampleMessage();
    noDate.setDate({}, 0);
    QVERIFY(!noDate.build());
    MailMessage noName = sampleMessage();
    noName.addAttachment({QString(), "text/csv", "x"});
    QCOMPARE(noName.build().error().kind, ErrorKind::BadInput);
}

void TestMailMessage::boundaryNotInContent()
{
    // Two builds pick different random boundaries.
    const QByteArray a = buildOrFail(sampleMessage());
    const QByteArray b = buildOrFail(sampleMessage());
    const auto boundaryOf = [](const QByteArray &bytes) {
        const qsizetype at = bytes.indexOf("boundary=\"") + 10;
        return bytes.mid(at, bytes.indexOf('"', at) - at);
    };
    QVERIFY(boundaryOf(a).size() >= 30);
    QVERIFY(boundaryOf(a) != boundaryOf(b));
    // A boundary that occurs in the encoded content is refused.
    MailMessage m = sampleMessage();
    m.addAttachment({u"abc.txt"_s, "text/plain", "ABC"}); // base64 "QUJD"
    m.setBoundaryForTesting("QUJD");
    QVERIFY(!m.build());
    m.setBoundaryForTesting("fixed-boundary-not-in-content");
    QVERIFY(buildOrFail(m).contains("\r\n--fixed-boundary-not-in-content--\r\n"));
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
