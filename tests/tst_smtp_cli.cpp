// `smtp set` and `smtp test` through the real usagedesk-cli binary on both
// back ends (cli.md): the settings row, bad input naming the option (exit 2),
// a test message to a real SMTP server (exit 0, the message received, AUTH
// with the password from USAGEDESK_SMTP_PASSWORD), to a closed port (exit 6,
// the reason on stderr), and the password never in the database.
#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "schedules/SmtpSettingsStore.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

#define START(server, ...) QVERIFY2((server).start(__VA_ARGS__), qPrintable((server).errorString()))

namespace {

const QString kSecret = u"s3cret-Smtp-pw!"_s;

} // namespace

class TestSmtpCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    CliResult run(const QStringList &args, const QString &smtpPassword = QString())
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().remove(u"USAGEDESK_SMTP_PASSWORD"_s);
        if (!smtpPassword.isEmpty())
            cli.environment().insert(u"USAGEDESK_SMTP_PASSWORD"_s, smtpPassword);
        return cli.run(args);
    }

    static QStringList setArgs(quint16 port, const QStringList &extra = {})
    {
        return QStringList{u"smtp"_s,       u"set"_s,
                           u"--host"_s,     u"127.0.0.1"_s,
                           u"--port"_s,     QString::number(port),
                           u"--security"_s, u"none"_s,
                           u"--from"_s,     u"reports@example.com"_s} +
               extra;
    }

    QString settingsRow()
    {
        auto connection = m_db->connect();
        QSqlQuery query(connection->database());
        if (!query.exec(u"SELECT id, host, port, security, user_name, from_address, "
                        "trusted_fingerprint FROM smtp_settings"_s))
            return u"<error>"_s;
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields << query.value(i).toString();
            rows << fields.join(u'|');
        }
        return rows.join(u'\n');
    }

private Q_SLOTS:
    void init() { m_db = TestDatabase::create(); }

    void cleanup() { m_db.reset(); }

    void setStoresTheRowWithoutPassword()
    {
        CliResult r = run(setArgs(2525, {u"--user"_s, u"reporter"_s}), kSecret);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("127.0.0.1:2525"));
        // No keychain in the test environment: the env var is read at send time.
        QVERIFY2(r.out.contains("USAGEDESK_SMTP_PASSWORD") || r.out.contains("keychain"),
                 r.out.constData());
        QCOMPARE(settingsRow(), u"1|127.0.0.1|2525|none|reporter|reports@example.com|"_s);
        QVERIFY(!m_db->dump().contains(kSecret));
        QVERIFY(!m_db->auditLog().contains(kSecret));
        QVERIFY(m_db->auditLog().contains(u"set SMTP settings"_s));

        // Set again: the one row is replaced.
        r = run({u"smtp"_s, u"set"_s, u"--host"_s, u"mail.example.com"_s, u"--port"_s, u"465"_s,
                 u"--security"_s, u"TLS"_s, u"--from"_s, u"ops@example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(settingsRow(), u"1|mail.example.com|465|tls||ops@example.com|"_s);
    }

    void badInputNamesTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        const QStringList base = {u"smtp"_s, u"set"_s};
        const QStringList host = {u"--host"_s, u"h.example.com"_s};
        const QStringList port = {u"--port"_s, u"25"_s};
        const QStringList sec = {u"--security"_s, u"starttls"_s};
        const QStringList from = {u"--from"_s, u"a@example.com"_s};
        QTest::newRow("no host") << base + port + sec + from << u"--host"_s;
        QTest::newRow("no port") << base + host + sec + from << u"--port"_s;
        QTest::newRow("no security") << base + host + port + from << u"--security"_s;
        QTest::newRow("no from") << base + host + port + sec << u"--from"_s;
        QTest::newRow("port 0") << base + host + QStringList{u"--port"_s, u"0"_s} + sec + from
                                << u"--port"_s;
        QTest::newRow("port 65536")
            << base + host + QStringList{u"--port"_s, u"65536"_s} + sec + from << u"--port"_s;
        QTest::newRow("port text")
            << base + host + QStringList{u"--port"_s, u"smtp"_s} + sec + from << u"--port"_s;
        QTest::newRow("security ssl")
            << base + host + port + QStringList{u"--security"_s, u"ssl"_s} + from
            << u"--security"_s;
        QTest::newRow("bad from") << base + host + port + sec +
                                         QStringList{u"--from"_s, u"not an address"_s}
                                  << u"--from"_s;
        QTest::newRow("host with space")
            << base + QStringList{u"--host"_s, u"bad host"_s} + port + sec + from << u"--host"_s;
        QTest::newRow("unknown option")
            << base + host + port + sec + from + QStringList{u"--password"_s, u"x"_s}
            << u"password"_s;
        QTest::newRow("test without --to") << QStringList{u"smtp"_s, u"test"_s} << u"--to"_s;
        QTest::newRow("test bad --to")
            << QStringList{u"smtp"_s, u"test"_s, u"--to"_s, u"nobody"_s} << u"--to"_s;
    }

    void badInputNamesTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(option), r.err.constData());
        QCOMPARE(settingsRow(), QString());
    }

    void testMessageReachesTheServer()
    {
        SmtpTestServer server;
        START(server, u"plain"_s, {u"--require-auth"_s, u"reporter:"_s + kSecret});
        CliResult r = run({u"smtp"_s, u"test"_s, u"--to"_s, u"admin@example.com"_s});
        QCOMPARE(r.exitCode, 4); // no server set yet
        r = run(setArgs(server.port(), {u"--user"_s, u"reporter"_s}), kSecret);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({u"smtp"_s, u"test"_s, u"--to"_s, u"admin@example.com"_s}, kSecret);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().recipients, QStringList{u"admin@example.com"_s});
        const QJsonObject mail = SmtpTestServer::parseMail(server.messages().first().eml);
        QCOMPARE(mail[u"headers"_s][u"Subject"_s].toString(), u"UsageDesk test message"_s);
        QCOMPARE(mail[u"headers"_s][u"From"_s].toString(), u"UsageDesk <reports@example.com>"_s);

        // A wrong password: the server's 535 on stderr, exit 6.
        r = run({u"smtp"_s, u"test"_s, u"--to"_s, u"admin@example.com"_s}, u"wrong"_s);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("535"), r.err.constData());
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(!m_db->dump().contains(kSecret));
    }

    void testToAClosedPortFails()
    {
        // A port that was free a moment ago: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        CliResult r = run(setArgs(port));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({u"smtp"_s, u"test"_s, u"--to"_s, u"admin@example.com"_s});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void storeChecksAccess()
    {
        auto connection = m_db->connect();
        const qint64 role = accesstest::addRole(*connection, u"Viewers"_s,
                                                accesstest::grants({u"settings:view"_s}));
        accesstest::insertAdministrator(*connection, u"viewer"_s, role);
        ud::SmtpSettingsStore viewer(*connection, accesstest::actorOf(*connection, u"viewer"_s),
                                     ud::systemClock());
        const auto nothing = viewer.load();
        QVERIFY(nothing);
        QVERIFY(!nothing->has_value());
        ud::SmtpSettings settings;
        settings.host = u"mail.example.com"_s;
        settings.fromAddress = u"a@example.com"_s;
        QCOMPARE(viewer.save(settings).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(settingsRow(), QString());

        // SMTP belongs to the settings entity (access.md), not to schedules.
        const qint64 scheduler =
            accesstest::addRole(*connection, u"Schedulers"_s,
                                accesstest::grants({u"scheduled_tasks:view,add,edit,remove"_s}));
        accesstest::insertAdministrator(*connection, u"scheduler"_s, scheduler);
        ud::SmtpSettingsStore schedulerStore(
            *connection, accesstest::actorOf(*connection, u"scheduler"_s), ud::systemClock());
        QCOMPARE(schedulerStore.load().error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(schedulerStore.save(settings).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(settingsRow(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSmtpCli)
#include "tst_smtp_cli.moc"
