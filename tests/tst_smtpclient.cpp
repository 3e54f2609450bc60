#include "SmtpTestServer.h"
#include "mail/MailMessage.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpPasswordStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <thread>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

const QByteArray reportCsv = "\xEF\xBB\xBF"
                             "tenant,users\r\n"
                             "Acme,12\r\n"
                             ".dot at line start,3\r\n";
const QString password = u"s3cret-Pässwort"_s;

QByteArray sampleMessage(const QStringList &to)
{
    MailMessage m;
    m.setFrom(u"reports@example.org"_s, u"UsageDesk"_s);
    m.setTo(to);
    m.setSubject(u"Nutzungsbericht März"_s);
    m.setDate(QDateTime(QDate(2026, 11, 1), QTime(6, 0), Qt::UTC), 3600);
    m.setMessageId(u"<schedule-12.20261101T060000Z@usagedesk>"_s);
    // Lines starting with "." and a lone "." exercise the transport's
    // dot-stuffing.
    m.setBodyText(u"Tenants: 1\n.\n..two dots\n"_s);
    m.addAttachment({u"usage-März.csv"_s, "text/csv; charset=utf-8", reportCsv});
    auto bytes = m.build();
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().message));
    return *bytes;
}

SmtpSettings settingsFor(const SmtpTestServer &server, SmtpSettings::Security security)
{
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = server.port();
    s.security = security;
    s.fromAddress = u"reports@example.org"_s;
    s.heloName = u"usagedesk.test"_s;
    s.connectTimeoutMs = 5000;
    s.replyTimeoutMs = 5000;
    return s;
}

bool sentAuth(const SmtpTestServer &server)
{
    for (const QByteArray &line : server.commands()) {
        if (line.toUpper().startsWith("AUTH"))
            return true;
    }
    return false;
}

QString describe(const SmtpOutcome &o)
{
    return SmtpOutcome::resultId(o.result) + u": "_s + o.message + u"\n"_s +
           o.transcript.join(u'\n');
}

void verifyNoSecrets(const SmtpOutcome &o)
{
    const QString all = o.transcript.join(u'\n') + o.message;
    QVERIFY(!all.contains(password));
    const QByteArray plainToken =
        QByteArray(QByteArray(1, '\0') + "reporter" + '\0' + password.toUtf8()).toBase64();
    QVERIFY(!all.contains(QString::fromLatin1(plainToken)));
    QVERIFY(!all.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

#define START(server, ...) QVERIFY2((server).start(__VA_ARGS__), qPrintable((server).errorString()))

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

private slots:
    void plainDeliveryToTwoRecipients();
    void startTlsAuthPlain();
    void startTlsAuthLogin();
    void startTlsDiscardsBytesBeforeHandshake();
    void implicitTls();
    void largeAttachmentOverTls();
    void untrustedCertificateFails_data();
    void untrustedCertificateFails();
    void startTlsRequiredButNotOffered();
    void authWithoutTlsRefusedBeforeConnecting();
    void authWithoutTlsToLoopbackAllowed();
    void temporaryDataFailureThenDelivered();
    void oneRecipientRefused();
    void allRecipientsRefused();
    void noReplyAfterDataIsUnknown();
    void dropAfterDataIsUnknown();
    void connectionRefused();
    void closeAfterEhlo();
    void heloFallback();
    void slowServerHitsReplyTimeout();
    void cancelDuringSlowServer();
    void sendsFromAThreadWithoutEventLoop();
    void dotStuffing();
    void badInputRefused();
    void passwordStore();
};

void TestSmtpClient::plainDeliveryToTwoRecipients()
{
    SmtpTestServer server;
    START(server, u"plain"_s);
    const QStringList to{u"alice@example.org"_s, u"bob@example.net"_s};
    const QByteArray message = sampleMessage(to);
    const SmtpOutcome o =
        SmtpClient::send(settingsFor(server, SmtpSettings::Security::None), {}, to, message);
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QCOMPARE(o.lastCode, 250);
    QCOMPARE(o.recipients.size(), 2);
    for (const auto &r : o.recipients) {
        QCOMPARE(r.status, SmtpOutcome::Recipient::Status::Accepted);
        QCOMPARE(r.code, 250);
    }
    QVERIFY(o.message.contains(u"2 recipient"_s));
    QVERIFY(o.transcript.contains(u"C: MAIL FROM:<reports@example.org>"_s));
    QVERIFY(o.transcript.contains(u"S: 250 2.0.0 Message accepted for delivery"_s));
    QVERIFY(o.transcript.contains(u"C: QUIT"_s));
    QVERIFY(!sentAuth(server));

    const auto received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].mailFrom, u"reports@example.org"_s);
    QCOMPARE(received[0].recipients, to);
    QCOMPARE(received[0].tls, false);
    // The server undid the dot-stuffing: what arrived is what was built.
    QCOMPARE(received[0].eml, message);
    const QJsonObject parsed = SmtpTestServer::parseMail(received[0].eml);
    QCOMPARE(parsed[u"headers"_s].toObject()[u"Subject"_s].toString(), u"Nutzungsbericht März"_s);
    QCOMPARE(parsed[u"to_addresses"_s].toArray(),
             QJsonArray({u"alice@example.org"_s, u"bob@example.net"_s}));
    QCOMPARE(parsed[u"body"_s].toString().replace(u"\r\n"_s, u"\n"_s),
             u"Tenants: 1\n.\n..two dots\n"_s);
    const QJsonObject attachment = parsed[u"attachments"_s].toArray()[0].toObject();
    QCOMPARE(attachment[u"filename"_s].toString(), u"usage-März.csv"_s);
    QCOMPARE(QByteArray::fromBase64(attachment[u"data"_s].toString().toLatin1()), reportCsv);
}

void TestSmtpClient::startTlsAuthPlain()
{
    SmtpTestServer server;
    START(server, u"starttls"_s, {u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.userName = u"reporter"_s;
    s.trustedFingerprint = server.certificateFingerprint().toUpper(); // any case works
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages()[0].tls);
    const auto commands = server.commands();
    QVERIFY(commands.size() >= 4);
    QVERIFY(commands[0].toUpper().startsWith("EHLO"));
    QCOMPARE(commands[1], QByteArray("STARTTLS"));
    QVERIFY(commands[2].toUpper().startsWith("EHLO")); // EHLO again after the handshake
    QVERIFY(commands[3].startsWith("AUTH PLAIN "));
    QVERIFY(o.transcript.contains(u"C: AUTH PLAIN <redacted>"_s));
    QVERIFY(o.transcript.join(u'\n').contains(u"fingerprint"_s));
    verifyNoSecrets(o);
}

void TestSmtpClient::startTlsAuthLogin()
{
    SmtpTestServer server;
    START(server, u"starttls"_s,
          {u"--require-auth"_s, u"reporter:"_s + password, u"--auth-mechanisms"_s, u"LOGIN"_s});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.userName = u"reporter"_s;
    s.trustedFingerprint = server.certificateFingerprint();
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QVERIFY(server.commands().contains("AUTH LOGIN"));
    QCOMPARE(o.transcript.count(u"C: <redacted>"_s), 2);
    verifyNoSecrets(o);

    // A wrong password: the server's 535 is final.
    SmtpTestServer server2;
    START(server2, u"starttls"_s,
          {u"--require-auth"_s, u"reporter:"_s + password, u"--auth-mechanisms"_s, u"LOGIN"_s});
    s.port = server2.port();
    s.trustedFingerprint = server2.certificateFingerprint();
    const SmtpOutcome wrong = SmtpClient::send(s, u"wrong"_s, to, sampleMessage(to));
    QVERIFY2(wrong.result == SmtpOutcome::Result::PermanentFailure, qPrintable(describe(wrong)));
    QCOMPARE(wrong.lastCode, 535);
    QVERIFY(server2.messages().isEmpty());
}

void TestSmtpClient::startTlsDiscardsBytesBeforeHandshake()
{
    SmtpTestServer server;
    START(server, u"starttls"_s,
          {u"--inject-after-starttls"_s, u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.userName = u"reporter"_s;
    s.trustedFingerprint = server.certificateFingerprint();
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QVERIFY(!o.transcript.join(u'\n').contains(u"injected"_s));
    QCOMPARE(server.commands().count("STARTTLS"), 1);
}

void TestSmtpClient::implicitTls()
{
    SmtpTestServer server;
    START(server, u"tls"_s, {u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::Tls);
    s.userName = u"reporter"_s;
    s.trustedFingerprint = server.certificateFingerprint();
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages()[0].tls);
    QVERIFY(!server.commands().contains("STARTTLS"));
    verifyNoSecrets(o);
}

void TestSmtpClient::largeAttachmentOverTls()
{
    SmtpTestServer server;
    START(server, u"tls"_s);
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::Tls);
    s.trustedFingerprint = server.certificateFingerprint();
    QByteArray big;
    for (int i = 0; big.size() < 8 * 1024 * 1024; ++i)
        big += "row " + QByteArray::number(i) + ",\xC3\xA4,.\r\n.\r\n";
    MailMessage m;
    m.setFrom(u"reports@example.org"_s);
    const QStringList to{u"alice@example.org"_s};
    m.setTo(to);
    m.setSubject(u"Big"_s);
    m.setDate(QDateTime::currentDateTimeUtc(), 0);
    m.setMessageId(u"<big.1@usagedesk>"_s);
    m.setBodyText(u"See attachment.\n.\n"_s);
    m.addAttachment({u"big.csv"_s, "text/csv; charset=utf-8", big});
    const QByteArray message = *m.build();
    const SmtpOutcome o = SmtpClient::send(s, {}, to, message);
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    const auto received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].eml.size(), message.size());
    QVERIFY(received[0].eml == message);
}

void TestSmtpClient::untrustedCertificateFails_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("fingerprint");
    QTest::newRow("starttls, none") << u"starttls"_s << QString();
    QTest::newRow("starttls, other") << u"starttls"_s << QString(64, u'a');
    QTest::newRow("tls, none") << u"tls"_s << QString();
    QTest::newRow("tls, other") << u"tls"_s << QString(64, u'0');
}

void TestSmtpClient::untrustedCertificateFails()
{
    QFETCH(QString, mode);
    QFETCH(QString, fingerprint);
    SmtpTestServer server;
    START(server, mode, {u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, mode == u"tls"_s ? SmtpSettings::Security::Tls
                                                          : SmtpSettings::Security::StartTls);
    s.userName = u"reporter"_s;
    s.trustedFingerprint = fingerprint;
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::PermanentFailure, qPrintable(describe(o)));
    QVERIFY2(o.message.contains(u"TLS could not be set up"_s), qPrintable(o.message));
    // The message names the certificate, so an admin can decide to trust it.
    QVERIFY2(o.message.contains(server.certificateFingerprint()), qPrintable(o.message));
    QVERIFY(!sentAuth(server));
    QVERIFY(server.messages().isEmpty());
    verifyNoSecrets(o);
}

void TestSmtpClient::startTlsRequiredButNotOffered()
{
    SmtpTestServer server;
    START(server, u"starttls"_s,
          {u"--no-starttls"_s, u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.userName = u"reporter"_s;
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QCOMPARE(o.result, SmtpOutcome::Result::PermanentFailure);
    QVERIFY(o.message.contains(u"STARTTLS"_s));
    QVERIFY(!sentAuth(server));
    for (const QByteArray &line : server.commands())
        QVERIFY2(!line.toUpper().startsWith("MAIL"), line.constData());
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpClient::authWithoutTlsRefusedBeforeConnecting()
{
    SmtpSettings s;
    s.host = u"192.0.2.1"_s; // TEST-NET-1: would hang if it were contacted
    s.port = 25;
    s.security = SmtpSettings::Security::None;
    s.userName = u"reporter"_s;
    s.fromAddress = u"reports@example.org"_s;
    QVERIFY(SmtpClient::authRefusal(s).has_value());
    QElapsedTimer timer;
    timer.start();
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(o.result, SmtpOutcome::Result::PermanentFailure);
    QVERIFY(o.message.contains(u"without encryption"_s));
    QVERIFY(!o.transcript.join(u'\n').contains(u"connecting"_s));
    verifyNoSecrets(o);

    // The rule itself.
    s.security = SmtpSettings::Security::StartTls;
    QVERIFY(!SmtpClient::authRefusal(s));
    s.security = SmtpSettings::Security::None;
    s.userName.clear();
    QVERIFY(!SmtpClient::authRefusal(s)); // no AUTH, nothing to protect
    s.userName = u"reporter"_s;
    for (const QString &loopback : {u"127.0.0.1"_s, u"::1"_s, u"localhost"_s, u"127.8.9.10"_s}) {
        s.host = loopback;
        QVERIFY2(!SmtpClient::authRefusal(s), qPrintable(loopback));
    }
    for (const QString &remote : {u"mail.example.org"_s, u"10.0.0.1"_s, u"localhost.evil.com"_s}) {
        s.host = remote;
        QVERIFY2(SmtpClient::authRefusal(s).has_value(), qPrintable(remote));
    }
}

void TestSmtpClient::authWithoutTlsToLoopbackAllowed()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--require-auth"_s, u"reporter:"_s + password});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.userName = u"reporter"_s;
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, password, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QVERIFY(sentAuth(server));
    verifyNoSecrets(o);

    // Without credentials the server's 530 on MAIL is final.
    s.userName.clear();
    const SmtpOutcome anonymous = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(anonymous.result, SmtpOutcome::Result::PermanentFailure);
    QCOMPARE(anonymous.lastCode, 530);
    QCOMPARE(server.messages().size(), 1);
}

void TestSmtpClient::temporaryDataFailureThenDelivered()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--first-data-reply"_s, u"451 4.3.0 Try again later"_s});
    const SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    const QStringList to{u"alice@example.org"_s};
    const QByteArray message = sampleMessage(to);
    const SmtpOutcome first = SmtpClient::send(s, {}, to, message);
    QCOMPARE(first.result, SmtpOutcome::Result::TemporaryFailure);
    QCOMPARE(first.lastCode, 451);
    QVERIFY(first.message.contains(u"451 4.3.0 Try again later"_s));
    QVERIFY(first.transcript.contains(u"S: 451 4.3.0 Try again later"_s));
    QVERIFY(server.messages().isEmpty());

    const SmtpOutcome second = SmtpClient::send(s, {}, to, message);
    QVERIFY2(second.result == SmtpOutcome::Result::Delivered, qPrintable(describe(second)));
    QCOMPARE(server.messages().size(), 1); // delivered once
}

void TestSmtpClient::oneRecipientRefused()
{
    SmtpTestServer server;
    START(server, u"plain"_s,
          {u"--rcpt-reply"_s, u"nobody@example.org=550"_s, u"--rcpt-reply"_s,
           u"busy@example.org=450"_s});
    const QStringList to{u"nobody@example.org"_s, u"alice@example.org"_s, u"busy@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(settingsFor(server, SmtpSettings::Security::None), {},
                                           to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QCOMPARE(o.recipients.size(), 3);
    QCOMPARE(o.recipients[0].address, u"nobody@example.org"_s);
    QCOMPARE(o.recipients[0].status, SmtpOutcome::Recipient::Status::Permanent);
    QCOMPARE(o.recipients[0].code, 550);
    QVERIFY(o.recipients[0].reply.contains(u"No such user"_s));
    QCOMPARE(o.recipients[1].status, SmtpOutcome::Recipient::Status::Accepted);
    QCOMPARE(o.recipients[2].status, SmtpOutcome::Recipient::Status::Temporary);
    QCOMPARE(o.recipients[2].code, 450);
    QCOMPARE(o.temporaryRecipients(), QStringList{u"busy@example.org"_s});
    QVERIFY(o.message.contains(u"nobody@example.org"_s));
    const auto received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].recipients, QStringList{u"alice@example.org"_s});
}

void TestSmtpClient::allRecipientsRefused()
{
    SmtpTestServer server;
    START(server, u"plain"_s,
          {u"--rcpt-reply"_s, u"a@example.org=550"_s, u"--rcpt-reply"_s, u"b@example.org=550"_s,
           u"--rcpt-reply"_s, u"c@example.org=450"_s});
    const SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    QStringList to{u"a@example.org"_s, u"b@example.org"_s};
    SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(o.result, SmtpOutcome::Result::PermanentFailure);
    QVERIFY(!o.transcript.contains(u"C: DATA"_s));
    // One of them only busy: worth a retry.
    to = QStringList{u"a@example.org"_s, u"c@example.org"_s};
    o = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(o.result, SmtpOutcome::Result::TemporaryFailure);
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpClient::noReplyAfterDataIsUnknown()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--no-reply-after-data"_s});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.replyTimeoutMs = 1500;
    const QStringList to{u"alice@example.org"_s};
    QElapsedTimer timer;
    timer.start();
    const SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(o.result == SmtpOutcome::Result::Unknown, qPrintable(describe(o)));
    QVERIFY2(elapsed >= 1400 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    QVERIFY(o.message.contains(u"may or may not"_s));
    QVERIFY(!o.transcript.contains(u"C: QUIT"_s)); // out of step: no QUIT
}

void TestSmtpClient::dropAfterDataIsUnknown()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--drop-after-data"_s});
    const QStringList to{u"alice@example.org"_s};
    QElapsedTimer timer;
    timer.start();
    const SmtpOutcome o = SmtpClient::send(settingsFor(server, SmtpSettings::Security::None), {},
                                           to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Unknown, qPrintable(describe(o)));
    QVERIFY(timer.elapsed() < 4000); // noticed the close, not the timeout
    QVERIFY(o.message.contains(u"closed the connection"_s));
}

void TestSmtpClient::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = closedPort;
    s.security = SmtpSettings::Security::None;
    s.fromAddress = u"reports@example.org"_s;
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(o.result, SmtpOutcome::Result::TemporaryFailure);
    QVERIFY2(
        o.message.contains(u"Could not connect to the mail server 127.0.0.1:%1"_s.arg(closedPort)),
        qPrintable(o.message));
    QVERIFY2(o.message.contains(u"refused"_s), qPrintable(o.message));
}

void TestSmtpClient::closeAfterEhlo()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--close-after-ehlo"_s});
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(settingsFor(server, SmtpSettings::Security::None), {},
                                           to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::TemporaryFailure, qPrintable(describe(o)));
    QVERIFY(o.message.contains(u"closed the connection"_s));
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpClient::heloFallback()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--refuse-ehlo"_s});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to));
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QVERIFY(o.transcript.contains(u"C: HELO usagedesk.test"_s));

    // Without EHLO there is no STARTTLS: a StartTls setting fails, unsent.
    s.security = SmtpSettings::Security::StartTls;
    const SmtpOutcome strict = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(strict.result, SmtpOutcome::Result::PermanentFailure);
    QVERIFY(strict.message.contains(u"STARTTLS"_s));
    QCOMPARE(server.messages().size(), 1);
}

void TestSmtpClient::slowServerHitsReplyTimeout()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--slow-bytes-per-second"_s, u"10"_s});
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.replyTimeoutMs = 1000; // the greeting alone takes about 5 s at 10 bytes/s
    const QStringList to{u"alice@example.org"_s};
    QElapsedTimer timer;
    timer.start();
    const SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to));
    QCOMPARE(o.result, SmtpOutcome::Result::TemporaryFailure);
    QVERIFY2(o.message.contains(u"no reply within 1 s"_s), qPrintable(o.message));
    QVERIFY(timer.elapsed() < 4000);
}

void TestSmtpClient::cancelDuringSlowServer()
{
    SmtpTestServer server;
    START(server, u"plain"_s, {u"--slow-bytes-per-second"_s, u"2"_s});
    const SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    CancellationFlag cancel;
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        cancel.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const QStringList to{u"alice@example.org"_s};
    const SmtpOutcome o = SmtpClient::send(s, {}, to, sampleMessage(to), &cancel);
    const qint64 elapsed = timer.elapsed();
    canceller.join();
    QVERIFY(o.cancelled);
    QCOMPARE(o.result, SmtpOutcome::Result::TemporaryFailure);
    // 500 ms + one 50 ms slice, with room for a loaded machine; the greeting
    // alone would take 25 s at 2 bytes/s.
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
}

void TestSmtpClient::sendsFromAThreadWithoutEventLoop()
{
    SmtpTestServer server;
    START(server, u"starttls"_s);
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.trustedFingerprint = server.certificateFingerprint();
    const QStringList to{u"alice@example.org"_s};
    const QByteArray message = sampleMessage(to);
    SmtpOutcome o;
    std::thread worker([&] { o = SmtpClient::send(s, {}, to, message); });
    worker.join();
    QVERIFY2(o.result == SmtpOutcome::Result::Delivered, qPrintable(describe(o)));
    QCOMPARE(server.messages().size(), 1);
}

void TestSmtpClient::dotStuffing()
{
    QCOMPARE(SmtpClient::dotStuffed(".a\r\nb\r\n.\r\n..c"),
             QByteArray("..a\r\nb\r\n..\r\n...c\r\n"));
    QCOMPARE(SmtpClient::dotStuffed("x\r\n"), QByteArray("x\r\n"));
    QCOMPARE(SmtpClient::dotStuffed("a.b\r\n"), QByteArray("a.b\r\n"));
}

void TestSmtpClient::badInputRefused()
{
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = 1;
    s.fromAddress = u"reports@example.org"_s;
    s.security = SmtpSettings::Security::None;
    const QByteArray message = sampleMessage({u"alice@example.org"_s});
    QCOMPARE(SmtpClient::send(s, {}, {}, message).result, SmtpOutcome::Result::PermanentFailure);
    const SmtpOutcome injected =
        SmtpClient::send(s, {}, {u"a@example.org>\r\nRCPT TO:<b@example.org"_s}, message);
    QCOMPARE(injected.result, SmtpOutcome::Result::PermanentFailure);
    QVERIFY(!injected.transcript.join(u'\n').contains(u"RCPT"_s));
    s.fromAddress = u"bad address"_s;
    QCOMPARE(SmtpClient::send(s, {}, {u"alice@example.org"_s}, message).result,
             SmtpOutcome::Result::PermanentFailure);
    s.host.clear();
    QVERIFY(SmtpClient::send(s, {}, {u"alice@example.org"_s}, message)
                .message.contains(u"No SMTP server"_s));
    QCOMPARE(SmtpSettings::parseSecurity(u"starttls"), SmtpSettings::Security::StartTls);
    QCOMPARE(SmtpSettings::securityId(SmtpSettings::Security::Tls), u"tls"_s);
    QVERIFY(!SmtpSettings::parseSecurity(u"ssl"));
    QCOMPARE(SmtpClient::normalizedFingerprint(u"AB:cd:01"_s), u"abcd01"_s);
}

void TestSmtpClient::passwordStore()
{
    const SmtpPasswordStore store(u"UsageDesk SMTP test"_s, 5000);
    qputenv(SmtpPasswordStore::EnvironmentVariable, "from-the-environment");
    auto fromEnvironment = store.read(u"mail.example.org"_s, u"reporter"_s);
    QVERIFY(fromEnvironment);
    QCOMPARE(*fromEnvironment, u"from-the-environment"_s);
    qunsetenv(SmtpPasswordStore::EnvironmentVariable);

    // Without the variable: the keychain. A machine without a Secret Service
    // must say how to go on, not hang; one with a keychain must round-trip.
    QElapsedTimer timer;
    timer.start();
    const QString host = u"smtp-test-%1.example.org"_s.arg(QCoreApplication::applicationPid());
    const Status written = store.write(host, u"reporter"_s, password);
    QVERIFY(timer.elapsed() < 7000);
    if (!written) {
        qInfo("no keychain here: %s", qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(u"USAGEDESK_SMTP_PASSWORD"_s),
                 qPrintable(written.error().message));
        const auto read = store.read(host, u"reporter"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"USAGEDESK_SMTP_PASSWORD"_s),
                 qPrintable(read.error().message));
        return;
    }
    auto read = store.read(host, u"reporter"_s);
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(*read, password);
    QVERIFY(store.remove(host, u"reporter"_s));
    read = store.read(host, u"reporter"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::NotFound);
    QVERIFY(store.remove(host, u"reporter"_s)); // removing twice is fine
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
