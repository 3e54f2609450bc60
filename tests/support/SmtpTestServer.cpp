#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

SmtpTestServer::SmtpTestServer() = default;

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SmtpTestServer::pythonPath()
{
    // The system interpreter: python3-aiosmtpd is a Debian package, and a
    // python3 earlier on PATH (pyenv, a venv) may not see it.
    return QStringLiteral(USAGEDESK_TEST_PYTHON);
}

QString SmtpTestServer::scriptPath(const QString &name)
{
    return QStringLiteral(USAGEDESK_TEST_SUPPORT_DIR) + u'/' + name;
}

bool SmtpTestServer::makeCertificate()
{
    if (m_haveCertificate)
        return true;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                   u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s,
                   m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
        m_error = u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    m_haveCertificate = true;
    return true;
}

QString SmtpTestServer::certificatePath()
{
    return makeCertificate() ? m_dir.filePath(u"cert.pem"_s) : QString();
}

QString SmtpTestServer::certificateFingerprint()
{
    const auto certs = QSslCertificate::fromPath(certificatePath());
    if (certs.isEmpty())
        return {};
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

bool SmtpTestServer::start(const QString &mode, const QStringList &extra)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    QStringList args{scriptPath(u"smtp_server.py"_s),
                     u"--port"_s,
                     u"0"_s,
                     u"--mode"_s,
                     mode,
                     u"--out"_s,
                     outputDir(),
                     u"--record-commands"_s,
                     m_dir.filePath(u"commands.txt"_s)};
    if (mode != u"plain"_s) {
        if (!makeCertificate())
            return false;
        args << u"--cert"_s << m_dir.filePath(u"cert.pem"_s) << u"--key"_s
             << m_dir.filePath(u"key.pem"_s);
    }
    args << extra;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(pythonPath(), args);
    if (!m_process.waitForStarted(10'000)) {
        m_error = u"cannot start %1: %2"_s.arg(pythonPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(20'000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = u"the SMTP test server did not start: "_s +
                      QString::fromLocal8Bit(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    bool ok = false;
    m_port = quint16(m_process.readLine().trimmed().toUInt(&ok));
    if (!ok || m_port == 0) {
        m_error = u"the SMTP test server printed no port"_s;
        return false;
    }
    return true;
}

QList<SmtpTestServer::Message> SmtpTestServer::messages() const
{
    QList<Message> out;
    const QDir dir(outputDir());
    const QStringList sides = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &side : sides) {
        QFile json(dir.filePath(side));
        QFile eml(dir.filePath(QString(side).replace(u".json"_s, u".eml"_s)));
        if (!json.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(json.readAll()).object();
        Message m;
        m.eml = eml.readAll();
        m.mailFrom = envelope.value(u"mail_from"_s).toString();
        for (const QJsonValue v : envelope.value(u"rcpt_tos"_s).toArray())
            m.recipients << v.toString();
        m.tls = envelope.value(u"tls"_s).toBool();
        out << m;
    }
    return out;
}

QList<QByteArray> SmtpTestServer::commands() const
{
    QFile file(m_dir.filePath(u"commands.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject SmtpTestServer::parseMail(const QByteArray &eml)
{
    QProcess parser;
    parser.start(pythonPath(), {scriptPath(u"parse_mail.py"_s)});
    parser.write(eml);
    parser.closeWriteChannel();
    if (!parser.waitForFinished(30'000) || parser.exitCode() != 0) {
        qWarning("parse_mail.py failed: %s", parser.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(parser.readAllStandardOutput()).object();
}
