#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs tests/support/smtp_server.py (aiosmtpd) on a free loopback port for
// one test, with a throw-away self-signed certificate for the TLS modes.
// The server is killed in the destructor.
class SmtpTestServer
{
public:
    struct Message
    {
        QByteArray eml;
        QString mailFrom;
        QStringList recipients;
        bool tls = false;
    };

    SmtpTestServer();
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    // mode: "plain", "starttls" or "tls"; extra: the script's fault options.
    // False (with errorString()) when the server does not come up.
    bool start(const QString &mode, const QStringList &extra = {});
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // SHA-256 of the certificate (DER), lower-case hex; makes it on first use.
    QString certificateFingerprint();
    QString certificatePath();

    // Messages the server accepted so far, oldest first.
    QList<Message> messages() const;
    // Every command line the server received (AUTH payloads included).
    QList<QByteArray> commands() const;
    QString outputDir() const { return m_dir.filePath(QStringLiteral("out")); }

    static QString pythonPath();
    static QString scriptPath(const QString &name);
    // Runs parse_mail.py on `eml`; an empty object (and a warning) on failure.
    static QJsonObject parseMail(const QByteArray &eml);

private:
    bool makeCertificate();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    bool m_haveCertificate = false;
};
