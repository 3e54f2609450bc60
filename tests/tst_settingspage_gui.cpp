// Settings > E-mail (offscreen) on both back ends: the SMTP fields are saved
// through SmtpSettingsStore and read back by a new page; bad input is shown
// next to its field and nothing is saved; Send test e-mail… goes to the real
// test SMTP server and says "Sent to ..." with the server's reply, and to a
// closed port says plainly that it was not sent and why; a role that may
// only view sees the fields disabled and neither button.
#include "AccessTestSupport.h"
#include "GuiTestSupport.h"
#include "SettingsPage.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "schedules/SmtpSettingsStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using guitest::child;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;

    std::unique_ptr<SettingsPage> makePage(const ud::Actor &actor)
    {
        auto page = std::make_unique<SettingsPage>(*m_connection, actor, ud::systemClock());
        page->setPasswordSource(
            [](const ud::SmtpSettings &) { return ud::Result<QString>(QString()); });
        page->show();
        return page;
    }

    static void fill(SettingsPage *page, const QString &host, int port, const QString &from)
    {
        auto *hostEdit = child<QLineEdit>(page, u"hostEdit"_s);
        hostEdit->clear();
        QTest::keyClicks(hostEdit, host);
        child<QSpinBox>(page, u"portSpin"_s)->setValue(port);
        auto *security = child<QComboBox>(page, u"securityCombo"_s);
        security->setCurrentIndex(security->findData(int(ud::SmtpSettings::Security::None)));
        auto *fromEdit = child<QLineEdit>(page, u"fromEdit"_s);
        fromEdit->clear();
        QTest::keyClicks(fromEdit, from);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_settingspage_gui"_s);
        QSettings().clear();
        qunsetenv("USAGEDESK_SMTP_PASSWORD");
    }

    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
        QSettings().clear();
    }

    void saveAndReadBack()
    {
        auto page = makePage(m_admin);
        auto *sections = child<QTabWidget>(page.get(), u"sections"_s);
        QCOMPARE(sections->tabText(sections->indexOf(child<QWidget>(page.get(), u"emailTab"_s))),
                 u"E-mail"_s);
        fill(page.get(), u"mail.example.com"_s, 2525, u"reports@example.com"_s);
        QTest::keyClicks(child<QLineEdit>(page.get(), u"fingerprintEdit"_s), u"AB:CD"_s);
        QTest::mouseClick(child<QPushButton>(page.get(), u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(page->statusText(), u"E-mail settings saved."_s);

        const auto stored = ud::SmtpSettingsStore(*m_connection, m_admin, ud::systemClock()).load();
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->host, u"mail.example.com"_s);
        QCOMPARE((*stored)->port, quint16(2525));
        QCOMPARE((*stored)->security, ud::SmtpSettings::Security::None);
        QCOMPARE((*stored)->fromAddress, u"reports@example.com"_s);
        QCOMPARE((*stored)->trustedFingerprint, u"AB:CD"_s);
        QVERIFY((*stored)->userName.isEmpty());

        auto again = makePage(m_admin);
        QCOMPARE(child<QLineEdit>(again.get(), u"hostEdit"_s)->text(), u"mail.example.com"_s);
        QCOMPARE(child<QSpinBox>(again.get(), u"portSpin"_s)->value(), 2525);
        QCOMPARE(child<QLineEdit>(again.get(), u"fromEdit"_s)->text(), u"reports@example.com"_s);
    }

    void badInputNextToTheField()
    {
        auto page = makePage(m_admin);
        auto *hostError = child<QLabel>(page.get(), u"hostError"_s);
        auto *fromError = child<QLabel>(page.get(), u"fromError"_s);
        fill(page.get(), u"mail example.com"_s, 25, u"reports@example.com"_s);
        QVERIFY(!page->save());
        QVERIFY(!hostError->isHidden());
        QVERIFY2(hostError->text().startsWith(u"Host: "_s), qPrintable(hostError->text()));
        QVERIFY(hostError->text().contains(u"space"_s));
        QVERIFY(fromError->isHidden());

        fill(page.get(), u"mail.example.com"_s, 25, u"not an address"_s);
        QVERIFY(!page->save());
        QVERIFY(hostError->isHidden());
        QVERIFY(!fromError->isHidden());
        QVERIFY2(fromError->text().startsWith(u"From address: "_s), qPrintable(fromError->text()));

        fill(page.get(), QString(), 25, u"reports@example.com"_s);
        QVERIFY(!page->save());
        QVERIFY(!hostError->isHidden());
        const auto stored = ud::SmtpSettingsStore(*m_connection, m_admin, ud::systemClock()).load();
        QVERIFY(stored);
        QVERIFY(!stored->has_value()); // nothing was saved
    }

    void sendTestMailToTheServer()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(u"plain"_s), qPrintable(server.errorString()));
        auto page = makePage(m_admin);
        fill(page.get(), u"127.0.0.1"_s, server.port(), u"reports@example.com"_s);
        QVERIFY(page->save());
        page->setAddressPrompt([] { return u"admin@example.org"_s; });
        QTest::mouseClick(child<QPushButton>(page.get(), u"testButton"_s), Qt::LeftButton);
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY2(page->statusText().startsWith(u"Sent to admin@example.org (250"_s),
                 qPrintable(page->statusText()));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().recipients, QStringList{u"admin@example.org"_s});

        // Cancelling the address prompt sends nothing.
        page->setAddressPrompt([] { return QString(); });
        page->sendTestMail();
        QVERIFY(!page->isBusy());
        QCOMPARE(server.messages().size(), 1);
    }

    void sendTestMailToAClosedPort()
    {
        // A port that was free a moment ago: nobody listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto page = makePage(m_admin);
        fill(page.get(), u"127.0.0.1"_s, port, u"reports@example.com"_s);
        QVERIFY(page->save());
        page->setAddressPrompt([] { return u"admin@example.org"_s; });
        page->sendTestMail();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 60000);
        QVERIFY2(page->statusText().startsWith(u"Not sent to admin@example.org: "_s),
                 qPrintable(page->statusText()));
        QVERIFY2(!page->statusText().contains(u"Sent to"_s), qPrintable(page->statusText()));
    }

    void viewerCannotChange()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Settings viewer"_s,
                                                accesstest::grants({u"settings:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"viewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*m_connection, u"viewer"_s);
        auto page = makePage(viewer);
        QVERIFY(!child<QLineEdit>(page.get(), u"hostEdit"_s)->isEnabled());
        QVERIFY(child<QPushButton>(page.get(), u"saveButton"_s)->isHidden());
        QVERIFY(child<QPushButton>(page.get(), u"testButton"_s)->isHidden());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage_gui.moc"
