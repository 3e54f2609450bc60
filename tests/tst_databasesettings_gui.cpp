// Settings > Database (offscreen) on both back ends, through AppSession as
// the GUI runs it: the tab sits just before E-mail; a failing Test connection
// keeps Save & switch disabled; a good one enables it; a switch asks to sign
// in on the new database, and Cancel there keeps the old window and choice;
// signing in builds a window on the new database showing its tenants, saves
// the choice for the next start and audits the switch in the old database's
// log. A role without settings:edit sees neither button.
#include "AccessTestSupport.h"
#include "AppSession.h"
#include "DatabaseSettingsTab.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "TenantsPage.h"
#include "TestDatabase.h"
#include "TestTenants.h"
#include "storage/DatabaseChoice.h"
#include "tenants/TenantStore.h"
#include "tenants/TenantTableModel.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using guitest::child;

namespace {

// Answers the next sign-in dialog once it is shown: with the administrator's
// credentials, or Cancel. Records that one was shown.
void answerSignIn(bool signIn, bool *shown)
{
    QTimer::singleShot(0, [signIn, shown] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerSignIn(signIn, shown); // not shown yet: try again
            return;
        }
        *shown = true;
        if (!signIn) {
            dialog->reject();
            return;
        }
        child<QLineEdit>(dialog, u"userNameEdit"_s)
            ->setText(QString::fromLatin1(TestDatabase::kAdminUser));
        child<QLineEdit>(dialog, u"passwordEdit"_s)
            ->setText(QString::fromLatin1(TestDatabase::kAdminPassword));
        guitest::clickOk(dialog);
    });
}

int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on a local port");
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestDatabaseSettingsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_old;
    std::unique_ptr<TestDatabase> m_new;
    std::unique_ptr<AppSession> m_session;

    DatabaseSettingsTab *tab() const { return m_session->window()->settingsPage()->databaseTab(); }

    // Fills the tab with `target` as a user would type it.
    static void fill(DatabaseSettingsTab *tab, const ud::DatabaseTarget &target)
    {
        if (target.backend == ud::Backend::Sqlite) {
            QTest::mouseClick(child<QRadioButton>(tab, u"dbSqliteRadio"_s), Qt::LeftButton);
            auto *path = child<QLineEdit>(tab, u"dbPathEdit"_s);
            path->clear();
            QTest::keyClicks(path, target.sqlitePath);
            return;
        }
        QTest::mouseClick(child<QRadioButton>(tab, u"dbPostgresRadio"_s), Qt::LeftButton);
        for (const auto &[name, text] : {std::pair{u"dbHostEdit"_s, target.host},
                                         std::pair{u"dbNameEdit"_s, target.databaseName},
                                         std::pair{u"dbUserEdit"_s, target.user}}) {
            auto *edit = child<QLineEdit>(tab, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        child<QSpinBox>(tab, u"dbPortSpin"_s)->setValue(target.port);
    }

    // What the tab would use for the new database, when the test back end's
    // server cannot be reached.
    ud::DatabaseTarget unreachable() const
    {
        if (m_new->target().backend == ud::Backend::Sqlite) {
            const QString path = m_new->target().sqlitePath + u".notes"_s;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            file.write(QByteArray(2048, 'x'));
            return *ud::DatabaseTarget::parse(path);
        }
        ud::DatabaseTarget target = m_new->target();
        target.host = u"127.0.0.1"_s;
        target.port = closedPort();
        return target;
    }

    bool test(DatabaseSettingsTab *tab)
    {
        QSignalSpy tested(tab, &DatabaseSettingsTab::tested);
        QTest::mouseClick(child<QPushButton>(tab, u"dbTestButton"_s), Qt::LeftButton);
        // Bad fields answer at once, a probe later.
        if (tested.isEmpty() && !tested.wait(20000))
            qFatal("the connection test did not finish");
        return tested.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_databasesettings_gui"_s);
    }

    void init()
    {
        QSettings().clear();
        m_old = TestDatabase::create();
        m_new = TestDatabase::create();
        {
            auto connection = m_new->connect(u"setup"_s);
            ud::TenantStore store(*connection);
            QVERIFY(store.upsert(testdata::tenant(1, u"new-one.example.com"_s, u"New One"_s,
                                                  ud::ContractMode::Production)));
            QVERIFY(store.upsert(testdata::tenant(2, u"new-two.example.com"_s, u"New Two"_s,
                                                  ud::ContractMode::Trial)));
        }
        m_session = std::make_unique<AppSession>();
        bool shown = false;
        answerSignIn(true, &shown);
        QCOMPARE(m_session->start(m_old->target()), AppSession::Outcome::SignedIn);
        QVERIFY(shown);
        QVERIFY(m_session->window());
    }

    void cleanup()
    {
        m_session.reset();
        m_new.reset();
        m_old.reset();
        QSettings().clear();
    }

    void tabSitsBeforeEmail()
    {
        auto *sections = child<QTabWidget>(m_session->window()->settingsPage(), u"sections"_s);
        const int database = sections->indexOf(tab());
        QVERIFY(database >= 0);
        QCOMPARE(sections->tabText(database), u"Database"_s);
        QCOMPARE(sections->widget(database + 1)->objectName(), u"emailTab"_s);
    }

    void failingTestKeepsSaveDisabled()
    {
        auto *save = child<QPushButton>(tab(), u"dbSaveButton"_s);
        QVERIFY(!save->isEnabled());
        fill(tab(), unreachable());
        QVERIFY(!test(tab()));
        QVERIFY(!save->isEnabled());
        QVERIFY2(tab()->resultText().startsWith(u"Cannot use"_s), qPrintable(tab()->resultText()));

        // An empty field is named, and nothing is tried.
        if (m_new->target().backend == ud::Backend::Sqlite)
            child<QLineEdit>(tab(), u"dbPathEdit"_s)->clear();
        else
            child<QLineEdit>(tab(), u"dbHostEdit"_s)->clear();
        QVERIFY(!test(tab()));
        QVERIFY2(tab()->resultText().startsWith(
                     m_new->target().backend == ud::Backend::Sqlite ? u"File:"_s : u"Host:"_s),
                 qPrintable(tab()->resultText()));
        QVERIFY(!save->isEnabled());
    }

    void editingAfterAGoodTestAsksForAnotherTest()
    {
        fill(tab(), m_new->target());
        QVERIFY2(test(tab()), qPrintable(tab()->resultText()));
        auto *save = child<QPushButton>(tab(), u"dbSaveButton"_s);
        QVERIFY(save->isEnabled());
        QVERIFY2(tab()->resultText().startsWith(u"Connected: schema version"_s),
                 qPrintable(tab()->resultText()));
        QTest::keyClicks(child<QLineEdit>(tab(), m_new->target().backend == ud::Backend::Sqlite
                                                     ? u"dbPathEdit"_s
                                                     : u"dbNameEdit"_s),
                         u"x"_s);
        QVERIFY(!save->isEnabled());
    }

    void cancelledSignInKeepsTheOldSession()
    {
        MainWindow *before = m_session->window();
        fill(tab(), m_new->target());
        QVERIFY(test(tab()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        bool shown = false;
        answerSignIn(false, &shown);
        QTest::mouseClick(child<QPushButton>(tab(), u"dbSaveButton"_s), Qt::LeftButton);
        QVERIFY(shown);
        QVERIFY(!MessageBox::hasPendingAnswer());
        QCOMPARE(m_session->window(), before);
        QVERIFY(before->isVisible());
        QCOMPARE(m_session->connection()->target().displayName(), m_old->target().displayName());
        QVERIFY(ud::DatabaseChoice::saved().isEmpty());
        QVERIFY(!m_old->auditLog().contains(u"switch database"_s));
    }

    void switchSignsInAndShowsTheNewData()
    {
        MainWindow *before = m_session->window();
        QPointer<MainWindow> old(before);
        const QString oldConnection = m_session->connection()->name();
        QVERIFY(before->tenantsPage());
        fill(tab(), m_new->target());
        QVERIFY(test(tab()));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        bool shown = false;
        answerSignIn(true, &shown);
        QTest::mouseClick(child<QPushButton>(tab(), u"dbSaveButton"_s), Qt::LeftButton);
        QVERIFY(shown);
        QVERIFY(m_session->window() != before);
        QVERIFY(!old.isNull() && !old->isVisible());
        QVERIFY(m_session->window()->isVisible());
        QCOMPARE(m_session->connection()->target().displayName(), m_new->target().displayName());

        // The new window lists the new database's two tenants.
        TenantsPage *tenants = m_session->window()->tenantsPage();
        QVERIFY(tenants);
        QTRY_COMPARE_WITH_TIMEOUT(tenants->model()->totalCount().value_or(-1), qint64(2), 15000);

        // Saved for the next start, without a password; audited where it was left.
        const auto next = ud::DatabaseChoice::resolve(QString());
        QVERIFY(next);
        QCOMPARE(next->source, ud::DatabaseChoice::Source::Saved);
        QCOMPARE(next->target.displayName(), m_new->target().displayName());
        const QString audit = m_old->auditLog();
        QVERIFY2(audit.contains(u"switch database"_s), qPrintable(audit));
        QVERIFY(!m_new->auditLog().contains(u"switch database"_s));

        // The old window goes once control is back in the event loop, and its
        // connection with it.
        QTRY_VERIFY(old.isNull());
        QVERIFY(!QSqlDatabase::contains(oldConnection));
    }

    void viewerSeesNoButtons()
    {
        auto connection = m_old->connect(u"viewer"_s);
        const qint64 role = accesstest::addRole(*connection, u"Settings viewer"_s,
                                                accesstest::grants({u"settings:view"_s}));
        accesstest::insertAdministrator(*connection, u"viewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*connection, u"viewer"_s);
        DatabaseSettingsTab tab(*connection, viewer);
        tab.show();
        QVERIFY(!child<QPushButton>(&tab, u"dbTestButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&tab, u"dbSaveButton"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(&tab, u"dbPathEdit"_s)->isEnabled());
    }
};

QTEST_MAIN(TestDatabaseSettingsGui)
#include "tst_databasesettings_gui.moc"
