#include "mail/SmtpClient.h"

#include "mail/SmtpReply.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

constexpr int SliceMs = 50;
constexpr int QuitTimeoutMs = 2'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SmtpClient", text);
}

bool isAsciiAddress(const QString &address)
{
    for (QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'<' || c == u'>')
            return false;
    }
    const qsizetype at = address.lastIndexOf(u'@');
    return at > 0 && at < address.size() - 1;
}

// Why a wait ended without its condition.
enum class WaitEnd
{
    Done,
    Timeout,
    Closed,
    Cancelled,
};

// One attempt: the socket, the reply parser and the outcome being written.
// Each step returns false after recording why the attempt stopped.
class Session
{
public:
    Session(const SmtpSettings &settings, const CancellationFlag *cancel,
            SmtpClient::BeforeFinalDot beforeFinalDot)
        : m_settings(settings)
        , m_cancel(cancel)
        , m_beforeFinalDot(std::move(beforeFinalDot))
    {}

    SmtpOutcome run(const QString &password, const QStringList &recipients,
                    const QByteArray &message);

private:
    bool connectSocket();
    bool startTls();
    bool ehlo();
    bool authenticate(const QString &password);
    bool mailFrom();
    int rcptAll();
    void data(const QByteArray &message);
    void quit();

    bool command(const QByteArray &line, const QString &shown = {});
    bool writeOut();
    std::optional<SmtpReplyLines> readReply(int timeoutMs);
    std::optional<SmtpReplyLines> expect(const QByteArray &line, const QString &shown,
                                         int okFirstDigit, const QString &step);
    WaitEnd waitUntil(const std::function<bool()> &done, int timeoutMs,
                      const std::function<void(int)> &waitSlice);
    bool waitEncrypted();
    bool failFromReply(const SmtpReplyLines &reply, const QString &step);
    bool fail(SmtpOutcome::Result result, const QString &message);
    bool failWait(WaitEnd end, const QString &step);
    void note(const QString &text) { m_outcome.transcript << u"-- "_s + text; }
    QString serverName() const { return u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port); }

    const SmtpSettings &m_settings;
    const CancellationFlag *m_cancel;
    SmtpClient::BeforeFinalDot m_beforeFinalDot;
    QSslSocket m_socket;
    SmtpReply m_parser;
    SmtpOutcome m_outcome;
    QStringList m_extensions; // EHLO keywords, upper case
    QStringList m_authMechanisms;
    QString m_sslProblem;
    bool m_desynced = false; // a reply was not read to its end: no QUIT
};

SmtpOutcome Session::run(const QString &password, const QStringList &recipients,
                         const QByteArray &message)
{
    for (const QString &address : recipients) {
        SmtpOutcome::Recipient r;
        r.address = address;
        if (!isAsciiAddress(address)) {
            r.status = SmtpOutcome::Recipient::Status::Permanent;
            r.reply = QCoreApplication::translate("ud::SmtpClient", "not a valid e-mail address");
        }
        m_outcome.recipients << r;
    }
    if (m_settings.host.isEmpty()) {
        fail(SmtpOutcome::Result::PermanentFailure,
             QCoreApplication::translate("ud::SmtpClient", "No SMTP server is configured."));
        return m_outcome;
    }
    if (!isAsciiAddress(m_settings.fromAddress)) {
        fail(SmtpOutcome::Result::PermanentFailure,
             QCoreApplication::translate("ud::SmtpClient",
                                         "The sender address \"%1\" is not a valid e-mail address.")
                 .arg(m_settings.fromAddress));
        return m_outcome;
    }
    const bool anyValid =
        std::any_of(m_outcome.recipients.cbegin(), m_outcome.recipients.cend(), [](const auto &r) {
            return r.status != SmtpOutcome::Recipient::Status::Permanent;
        });
    if (!anyValid) {
        fail(SmtpOutcome::Result::PermanentFailure,
             recipients.isEmpty()
                 ? QCoreApplication::translate("ud::SmtpClient", "The e-mail has no recipient.")
                 : QCoreApplication::translate("ud::SmtpClient",
                                               "None of the recipient addresses is valid."));
        return m_outcome;
    }
    if (!m_settings.userName.isEmpty()) {
        if (const auto refusal = SmtpClient::authRefusal(m_settings)) {
            fail(SmtpOutcome::Result::PermanentFailure, *refusal);
            return m_outcome;
        }
    }
    if (m_settings.security != SmtpSettings::Security::None && !QSslSocket::supportsSsl()) {
        fail(SmtpOutcome::Result::PermanentFailure,
             QCoreApplication::translate(
                 "ud::SmtpClient",
                 "TLS is not available on this computer (no TLS library was found)."));
        return m_outcome;
    }

    if (connectSocket() && ehlo() && startTls() && authenticate(password) && mailFrom()) {
        const int accepted = rcptAll();
        if (accepted > 0) {
            data(message);
        } else if (!m_outcome.cancelled && m_outcome.message.isEmpty()) {
            bool anyTemporary = false;
            for (const auto &r : std::as_const(m_outcome.recipients))
                anyTemporary |= r.status == SmtpOutcome::Recipient::Status::Temporary;
            fail(anyTemporary ? SmtpOutcome::Result::TemporaryFailure
                              : SmtpOutcome::Result::PermanentFailure,
                 QCoreApplication::translate("ud::SmtpClient",
                                             "The server %1 accepted none of the recipients.")
                     .arg(serverName()));
        }
    }
    quit();
    return m_outcome;
}

bool Session::connectSocket()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(config);
    m_socket.setPeerVerifyName(m_settings.host);
    QObject::connect(
        &m_socket, &QSslSocket::sslErrors, &m_socket, [this](const QList<QSslError> &errors) {
            QSslCertificate leaf = m_socket.peerCertificate();
            if (leaf.isNull() && !errors.isEmpty())
                leaf = errors.first().certificate();
            const QString actual =
                QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());
            const QString trusted =
                SmtpClient::normalizedFingerprint(m_settings.trustedFingerprint);
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            if (!trusted.isEmpty() && actual == trusted) {
                // Exactly these errors, for exactly this certificate.
                m_socket.ignoreSslErrors(errors);
                note(u"certificate trusted by its SHA-256 fingerprint despite: "_s +
                     texts.join(u"; "_s));
                return;
            }
            m_sslProblem =
                QCoreApplication::translate("ud::SmtpClient", "%1 (certificate SHA-256 %2)")
                    .arg(texts.join(u"; "_s), actual);
        });

    note(u"connecting to %1 (%2)"_s.arg(serverName(),
                                        SmtpSettings::securityId(m_settings.security)));
    if (m_settings.security == SmtpSettings::Security::Tls)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);

    const WaitEnd end =
        waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                  m_settings.connectTimeoutMs, [this](int ms) { m_socket.waitForConnected(ms); });
    if (end == WaitEnd::Cancelled)
        return failWait(end, {});
    if (end != WaitEnd::Done) {
        const QString why =
            end == WaitEnd::Timeout
                ? QCoreApplication::translate("ud::SmtpClient", "no answer within %1 s")
                      .arg(m_settings.connectTimeoutMs / 1000.0)
                : m_socket.errorString();
        return fail(SmtpOutcome::Result::TemporaryFailure,
                    QCoreApplication::translate("ud::SmtpClient",
                                                "Could not connect to the mail server %1: %2.")
                        .arg(serverName(), why));
    }
    if (m_settings.security == SmtpSettings::Security::Tls && !waitEncrypted())
        return false;
    const auto greeting = readReply(m_settings.replyTimeoutMs);
    if (!greeting)
        return false;
    if (greeting->code != 220)
        return failFromReply(*greeting,
                             QCoreApplication::translate("ud::SmtpClient", "the greeting"));
    return true;
}

bool Session::waitEncrypted()
{
    const WaitEnd end =
        waitUntil([this] { return m_socket.isEncrypted(); }, m_settings.connectTimeoutMs,
                  [this](int ms) {
                      if (!m_socket.isEncrypted())
                          m_socket.waitForEncrypted(ms);
                  });
    if (end == WaitEnd::Done) {
        const QSslCipher cipher = m_socket.sessionCipher();
        note(u"TLS established: %1, %2"_s.arg(cipher.protocolString(), cipher.name()));
        return true;
    }
    if (end == WaitEnd::Cancelled)
        return failWait(end, {});
    QString why = m_sslProblem;
    if (why.isEmpty())
        why = end == WaitEnd::Timeout
                  ? QCoreApplication::translate("ud::SmtpClient", "no answer within %1 s")
                        .arg(m_settings.connectTimeoutMs / 1000.0)
                  : m_socket.errorString();
    // A TLS mode that cannot be set up fails the run (schedules.md): retrying
    // does not fix a certificate.
    return fail(SmtpOutcome::Result::PermanentFailure,
                QCoreApplication::translate("ud::SmtpClient", "TLS could not be set up with %1: %2")
                    .arg(serverName(), why));
}

bool Session::ehlo()
{
    const QByteArray name = m_settings.heloName.toUtf8();
    if (!command("EHLO " + name))
        return false;
    auto reply = readReply(m_settings.replyTimeoutMs);
    if (!reply)
        return false;
    m_extensions.clear();
    m_authMechanisms.clear();
    if (reply->isPermanent()) {
        // An old server: HELO, and no extensions (so no STARTTLS, no AUTH).
        reply = expect("HELO " + name, {}, 2, u"HELO"_s);
        return reply.has_value();
    }
    if (reply->code != 250)
        return failFromReply(*reply, u"EHLO"_s);
    for (qsizetype i = 1; i < reply->lines.size(); ++i) {
        const QString line = QString::fromLatin1(reply->lines[i]).trimmed().toUpper();
        const QString keyword = line.section(u' ', 0, 0).section(u'=', 0, 0);
        m_extensions << keyword;
        if (keyword == u"AUTH"_s) {
            const QString list = line.mid(5);
            for (const QString &m : list.split(u' ', Qt::SkipEmptyParts))
                if (!m_authMechanisms.contains(m))
                    m_authMechanisms << m;
        }
    }
    return true;
}

bool Session::startTls()
{
    if (m_settings.security != SmtpSettings::Security::StartTls)
        return true;
    if (!m_extensions.contains(u"STARTTLS"_s)) {
        return fail(SmtpOutcome::Result::PermanentFailure,
                    QCoreApplication::translate(
                        "ud::SmtpClient",
                        "The mail server %1 does not offer STARTTLS, which the settings require; "
                        "nothing was sent.")
                        .arg(serverName()));
    }
    if (!expect("STARTTLS", {}, 2, u"STARTTLS"_s))
        return false;
    // RFC 3207 5: anything received before the handshake may have been
    // injected by a man in the middle.
    m_parser.clear();
    m_socket.readAll();
    m_socket.startClientEncryption();
    if (!waitEncrypted())
        return false;
    return ehlo();
}

bool Session::authenticate(const QString &password)
{
    if (m_settings.userName.isEmpty())
        return true;
    const bool mayAuth =
        m_socket.isEncrypted() || (m_settings.security == SmtpSettings::Security::None &&
                                   m_socket.peerAddress().isLoopback());
    if (!mayAuth) {
        return fail(SmtpOutcome::Result::PermanentFailure,
                    QCoreApplication::translate("ud::SmtpClient",
                                                "The password is not sent to %1 without TLS.")
                        .arg(serverName()));
    }
    const QByteArray user = m_settings.userName.toUtf8();
    const QByteArray pass = password.toUtf8();
    const QString redacted = u"<redacted>"_s;
    std::optional<SmtpReplyLines> reply;
    if (m_authMechanisms.contains(u"PLAIN"_s)) {
        const QByteArray token = QByteArray(QByteArray(1, '\0') + user + '\0' + pass).toBase64();
        reply = expect("AUTH PLAIN " + token, u"AUTH PLAIN "_s + redacted, 2, u"AUTH"_s);
    } else if (m_authMechanisms.contains(u"LOGIN"_s)) {
        reply = expect("AUTH LOGIN", {}, 3, u"AUTH"_s);
        if (reply)
            reply = expect(user.toBase64(), redacted, 3, u"AUTH"_s);
        if (reply)
            reply = expect(pass.toBase64(), redacted, 2, u"AUTH"_s);
    } else {
        return fail(
            SmtpOutcome::Result::PermanentFailure,
            QCoreApplication::translate(
                "ud::SmtpClient", "The mail server %1 offers no AUTH PLAIN or LOGIN (offered: %2).")
                .arg(serverName(), m_authMechanisms.isEmpty()
                                       ? QCoreApplication::translate("ud::SmtpClient", "none")
                                       : m_authMechanisms.join(u' ')));
    }
    if (reply)
        note(u"authenticated as %1"_s.arg(m_settings.userName));
    return reply.has_value();
}

bool Session::mailFrom()
{
    return expect("MAIL FROM:<" + m_settings.fromAddress.toLatin1() + ">", {}, 2, u"MAIL FROM"_s)
        .has_value();
}

int Session::rcptAll()
{
    int accepted = 0;
    for (SmtpOutcome::Recipient &r : m_outcome.recipients) {
        if (r.status == SmtpOutcome::Recipient::Status::Permanent)
            continue; // refused before sending
        if (!command("RCPT TO:<" + r.address.toLatin1() + ">"))
            return 0;
        const auto reply = readReply(m_settings.replyTimeoutMs);
        if (!reply)
            return 0;
        r.code = reply->code;
        r.reply = reply->text();
        if (reply->isPositive()) {
            r.status = SmtpOutcome::Recipient::Status::Accepted;
            ++accepted;
        } else if (reply->isPermanent()) {
            r.status = SmtpOutcome::Recipient::Status::Permanent;
        } else {
            r.status = SmtpOutcome::Recipient::Status::Temporary;
        }
    }
    return accepted;
}

void Session::data(const QByteArray &message)
{
    if (!expect("DATA", {}, 3, u"DATA"_s))
        return;
    m_outcome.transcript << u"C: <message, %1 bytes>"_s.arg(message.size());
    m_socket.write(SmtpClient::dotStuffed(message));
    if (!writeOut())
        return;
    if (m_beforeFinalDot && !m_beforeFinalDot()) {
        // Without the "." the server drops what it got when we hang up.
        m_desynced = true;
        fail(SmtpOutcome::Result::TemporaryFailure,
             QCoreApplication::translate("ud::SmtpClient",
                                         "The message was not finished: its sending could not "
                                         "be recorded first."));
        return;
    }
    m_outcome.transcript << u"C: ."_s;
    m_socket.write(".\r\n");
    if (!writeOut())
        return;
    // From here on a lost connection may mean the server has the message.
    const auto reply = readReply(m_settings.replyTimeoutMs);
    if (!reply) {
        m_outcome.result = SmtpOutcome::Result::Unknown;
        m_outcome.message =
            QCoreApplication::translate(
                "ud::SmtpClient",
                "The connection to %1 ended after the message was sent, before the server "
                "confirmed it: it may or may not have been delivered (%2).")
                .arg(serverName(), m_outcome.message);
        return;
    }
    if (!reply->isPositive()) {
        failFromReply(*reply, QCoreApplication::translate("ud::SmtpClient", "the message"));
        return;
    }
    m_outcome.lastCode = reply->code;
    m_outcome.result = SmtpOutcome::Result::Delivered;
    QStringList refused;
    int delivered = 0;
    for (const auto &r : std::as_const(m_outcome.recipients)) {
        if (r.status == SmtpOutcome::Recipient::Status::Accepted)
            ++delivered;
        else
            refused << u"%1 (%2)"_s.arg(r.address, r.reply);
    }
    m_outcome.message =
        refused.isEmpty()
            ? QCoreApplication::translate(
                  "ud::SmtpClient", "Delivered to %n recipient(s) through %1.", nullptr, delivered)
                  .arg(serverName())
            : QCoreApplication::translate(
                  "ud::SmtpClient", "Delivered to %1 of %2 recipients through %3; refused: %4.")
                  .arg(delivered)
                  .arg(m_outcome.recipients.size())
                  .arg(serverName(), refused.join(u", "_s));
}

void Session::quit()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState && !m_outcome.cancelled &&
        !m_desynced) {
        // Politeness only: the result is already decided.
        m_outcome.transcript << u"C: QUIT"_s;
        m_socket.write("QUIT\r\n");
        const WaitEnd end = waitUntil(
            [this] {
                m_parser.feed(m_socket.readAll());
                return m_parser.hasReply();
            },
            QuitTimeoutMs, [this](int ms) { m_socket.waitForReadyRead(ms); });
        if (end == WaitEnd::Done) {
            const auto reply = m_parser.takeReply();
            for (const QByteArray &line : reply->lines)
                m_outcome.transcript << u"S: %1 %2"_s.arg(reply->code).arg(QString::fromUtf8(line));
        }
    }
    m_socket.abort();
}

bool Session::command(const QByteArray &line, const QString &shown)
{
    m_outcome.transcript << u"C: "_s + (shown.isEmpty() ? QString::fromUtf8(line) : shown);
    m_socket.write(line + "\r\n");
    return true;
}

// Waits until everything written has left the socket. The reply timeout
// applies to a stall, not to the whole upload: a large attachment on a slow
// line may take longer than one reply may.
bool Session::writeOut()
{
    const auto pending = [this] {
        return m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite();
    };
    qint64 left = pending();
    while (left > 0) {
        const WaitEnd end = waitUntil([&] { return pending() < left; }, m_settings.replyTimeoutMs,
                                      [this](int ms) { m_socket.waitForBytesWritten(ms); });
        if (end != WaitEnd::Done) {
            // The final "." has not gone out, so the server cannot have the message.
            m_desynced = true;
            return failWait(end,
                            QCoreApplication::translate("ud::SmtpClient", "sending the message"));
        }
        left = pending();
    }
    return true;
}

std::optional<SmtpReplyLines> Session::readReply(int timeoutMs)
{
    const WaitEnd end = waitUntil(
        [this] {
            m_parser.feed(m_socket.readAll());
            return m_parser.hasReply() || m_parser.failed();
        },
        timeoutMs, [this](int ms) { m_socket.waitForReadyRead(ms); });
    if (end != WaitEnd::Done) {
        m_desynced = true;
        failWait(end,
                 QCoreApplication::translate("ud::SmtpClient", "waiting for the server's reply"));
        return std::nullopt;
    }
    if (m_parser.failed()) {
        m_desynced = true;
        fail(SmtpOutcome::Result::TemporaryFailure,
             QCoreApplication::translate("ud::SmtpClient",
                                         "The mail server %1 broke the protocol: %2")
                 .arg(serverName(), m_parser.errorString()));
        return std::nullopt;
    }
    auto reply = m_parser.takeReply();
    for (qsizetype i = 0; i < reply->lines.size(); ++i) {
        m_outcome.transcript << u"S: %1%2%3"_s.arg(reply->code)
                                    .arg(i + 1 < reply->lines.size() ? u"-"_s : u" "_s)
                                    .arg(QString::fromUtf8(reply->lines[i]));
    }
    return reply;
}

std::optional<SmtpReplyLines> Session::expect(const QByteArray &line, const QString &shown,
                                              int okFirstDigit, const QString &step)
{
    if (!command(line, shown))
        return std::nullopt;
    auto reply = readReply(m_settings.replyTimeoutMs);
    if (!reply)
        return std::nullopt;
    if (reply->code / 100 != okFirstDigit) {
        failFromReply(*reply, step);
        return std::nullopt;
    }
    return reply;
}

WaitEnd Session::waitUntil(const std::function<bool()> &done, int timeoutMs,
                           const std::function<void(int)> &waitSlice)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (m_cancel && m_cancel->isCancelled())
            return WaitEnd::Cancelled;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return WaitEnd::Closed;
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return WaitEnd::Timeout;
        waitSlice(int(std::min<qint64>(left, SliceMs)));
    }
    return WaitEnd::Done;
}

bool Session::failFromReply(const SmtpReplyLines &reply, const QString &step)
{
    m_outcome.lastCode = reply.code;
    const auto result = reply.isTemporary() ? SmtpOutcome::Result::TemporaryFailure
                                            : SmtpOutcome::Result::PermanentFailure;
    return fail(result,
                QCoreApplication::translate("ud::SmtpClient", "The mail server %1 refused %2: %3")
                    .arg(serverName(), step, reply.text()));
}

bool Session::failWait(WaitEnd end, const QString &step)
{
    if (end == WaitEnd::Cancelled) {
        m_outcome.cancelled = true;
        return fail(
            SmtpOutcome::Result::TemporaryFailure,
            QCoreApplication::translate("ud::SmtpClient", "Sending the e-mail was cancelled."));
    }
    const QString why =
        end == WaitEnd::Timeout
            ? QCoreApplication::translate("ud::SmtpClient", "no reply within %1 s")
                  .arg(m_settings.replyTimeoutMs / 1000.0)
            : QCoreApplication::translate("ud::SmtpClient", "the server closed the connection");
    return fail(
        SmtpOutcome::Result::TemporaryFailure,
        QCoreApplication::translate("ud::SmtpClient", "The mail server %1 failed while %2: %3.")
            .arg(serverName(), step, why));
}

bool Session::fail(SmtpOutcome::Result result, const QString &message)
{
    m_outcome.result = result;
    m_outcome.message = message;
    note(message);
    return false;
}

} // namespace

SmtpOutcome SmtpClient::send(const SmtpSettings &settings, const QString &password,
                             const QStringList &recipients, const QByteArray &message,
                             const CancellationFlag *cancel, const BeforeFinalDot &beforeFinalDot)
{
    Session session(settings, cancel, beforeFinalDot);
    return session.run(password, recipients, message);
}

std::optional<QString> SmtpClient::authRefusal(const SmtpSettings &settings)
{
    if (settings.userName.isEmpty() || settings.security != SmtpSettings::Security::None ||
        isLoopbackHost(settings.host))
        return std::nullopt;
    return tr("The password for %1 would be sent without encryption: choose STARTTLS or TLS "
              "(AUTH without TLS is allowed only to this computer).")
        .arg(settings.host);
}

bool SmtpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray SmtpClient::dotStuffed(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 1000 + 2);
    bool lineStart = true;
    for (char c : message) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QString SmtpClient::normalizedFingerprint(const QString &fingerprint)
{
    QString out;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace ud
