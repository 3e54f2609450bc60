// Members > Administrators: add through the dialog (only assignable roles
// offered), disable with confirmation, edit, reset password, remove.
#include "AccessTestSupport.h"
#include "AdministratorDialog.h"
#include "AdministratorsPage.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "ResetPasswordDialog.h"
#include "TestDatabase.h"
#include "access/AdministrationService.h"
#include "access/SignIn.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signIn;
using accesstest::signInAsAdmin;
using guitest::child;
using guitest::clickOk;

namespace {

// A dialog closes once its password is hashed (600,000 PBKDF2 rounds) on a
// worker thread: a fraction of a second when idle, but QTRY's default 5 s
// was too short under ASan on a loaded machine (asan-full, 2026-12-03).
constexpr int dialogWaitMs = 60000;

// A role that manages only Auditors, views everything and may add and edit
// administrators, with one holder "manager"; returns the manager signed in.
ud::Actor signInAsAuditorManager(const ud::Connection &connection)
{
    ud::AdministrationService service(connection, signInAsAdmin(connection), ud::systemClock());
    const auto auditor = service.roleByName(u"Auditor"_s);
    if (!auditor)
        qFatal("no Auditor role");
    ud::RoleDraft role;
    role.name = u"Auditor Manager"_s;
    role.grants = ud::GrantSet::allViews(); // an Auditor holds every view
    role.grants.add({ud::Entity::Administrators, ud::Action::Add});
    role.grants.add({ud::Entity::Administrators, ud::Action::Edit});
    role.managedRoleIds = {auditor->id};
    const auto roleId = service.addRole(role);
    if (!roleId)
        qFatal("cannot add the role: %s", qUtf8Printable(roleId.error().message));
    ud::AdministratorDraft manager;
    manager.userName = u"manager"_s;
    manager.roleId = *roleId;
    if (!service.addAdministrator(manager, u"manager password"_s))
        qFatal("cannot add the manager");
    return signIn(connection, u"manager"_s, u"manager password"_s);
}

} // namespace

class TestAdministratorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_administratorspage_gui"_s);
    }

    void cleanup() { QVERIFY(!MessageBox::hasPendingAnswer()); }

    void addAndDisableAsAManagerOfAuditors()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor manager = signInAsAuditorManager(*connection);
        AdministratorsPage page(*connection, manager);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // May add and edit, not remove.
        QVERIFY(child<QPushButton>(&page, u"addButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"removeButton"_s)->isVisible());
        // A Super Administrator is not theirs to touch.
        QVERIFY(page.selectAdministrator(u"admin"_s));
        QVERIFY(!child<QPushButton>(&page, u"editButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"enableButton"_s)->isEnabled());

        QTest::mouseClick(child<QPushButton>(&page, u"addButton"_s), Qt::LeftButton);
        auto *dialog = page.findChild<AdministratorDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->offeredRoles(), QStringList{u"Auditor"_s});
        QTest::keyClicks(child<QLineEdit>(dialog, u"userNameEdit"_s), u"audrey"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"displayNameEdit"_s), u"Audrey Auditor"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"emailEdit"_s), u"not an address"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"passwordEdit"_s), u"audrey's password"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"repeatEdit"_s), u"audrey's password"_s);
        clickOk(dialog);
        // The e-mail is refused next to it; nothing is written.
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"emailError"_s)->isVisible());
        QCOMPARE(db->count(u"administrators"_s), 2);
        child<QLineEdit>(dialog, u"emailEdit"_s)->setText(u"audrey@example.com"_s);
        clickOk(dialog);
        // The password is hashed on a worker thread; the dialog closes (and is
        // deleted) once the administrator is stored, or shows why not.
        const auto formError = [&page] {
            auto *open = page.findChild<AdministratorDialog *>();
            return open ? open->findChild<QLabel *>(u"formError"_s)->text() : QString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!page.findChild<AdministratorDialog *>(), qPrintable(formError()),
                                  dialogWaitMs);

        const ud::AdministrationService service(*connection, manager, ud::systemClock());
        const auto audrey = service.administratorByUserName(u"audrey"_s);
        QVERIFY(audrey.ok());
        QCOMPARE(audrey->roleName, u"Auditor"_s);
        QCOMPARE(audrey->displayName, u"Audrey Auditor"_s);
        QCOMPARE(audrey->email, u"audrey@example.com"_s);
        QVERIFY(audrey->enabled);

        // Disable, confirming (a Cancel first changes nothing).
        QVERIFY(page.selectAdministrator(u"audrey"_s));
        auto *toggle = child<QPushButton>(&page, u"enableButton"_s);
        QVERIFY(toggle->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(service.administratorByUserName(u"audrey"_s)->enabled);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"audrey"_s));
        QVERIFY(!service.administratorByUserName(u"audrey"_s)->enabled);
        QCOMPARE(toggle->text(), u"E&nable"_s);
        // A disabled administrator cannot sign in.
        QVERIFY(!ud::SignIn(*connection, ud::systemClock())
                     .signIn(u"audrey"_s, u"audrey's password"_s)
                     .ok());
        // And enable again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(service.administratorByUserName(u"audrey"_s)->enabled);
    }

    void superAdministratorEditsResetsAndRemoves()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        AdministratorsPage page(*connection, admin);
        page.show();

        QTest::mouseClick(child<QPushButton>(&page, u"addButton"_s), Qt::LeftButton);
        auto *dialog = page.findChild<AdministratorDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->offeredRoles(), QStringList({u"Auditor"_s, u"Super Administrator"_s}));
        child<QLineEdit>(dialog, u"userNameEdit"_s)->setText(u"bob"_s);
        auto *role = child<QComboBox>(dialog, u"roleCombo"_s);
        role->setCurrentIndex(role->findText(u"Auditor"_s));
        child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(u"bob's password!"_s);
        child<QLineEdit>(dialog, u"repeatEdit"_s)->setText(u"bob's password!"_s);
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<AdministratorDialog *>(), dialogWaitMs);

        // Edit: display name and role.
        QVERIFY(page.selectAdministrator(u"bob"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"editButton"_s), Qt::LeftButton);
        dialog = page.findChild<AdministratorDialog *>();
        QVERIFY(dialog);
        QVERIFY(child<QLineEdit>(dialog, u"userNameEdit"_s)->isReadOnly());
        child<QLineEdit>(dialog, u"displayNameEdit"_s)->setText(u"Bob Builder"_s);
        role = child<QComboBox>(dialog, u"roleCombo"_s);
        role->setCurrentIndex(role->findText(u"Super Administrator"_s));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<AdministratorDialog *>(), dialogWaitMs);
        const ud::AdministrationService service(*connection, admin, ud::systemClock());
        QCOMPARE(service.administratorByUserName(u"bob"_s)->displayName, u"Bob Builder"_s);
        QCOMPARE(service.administratorByUserName(u"bob"_s)->roleName, u"Super Administrator"_s);

        // Nobody changes their own role: the drop-down is disabled for oneself.
        QVERIFY(page.selectAdministrator(u"admin"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"editButton"_s), Qt::LeftButton);
        dialog = page.findChild<AdministratorDialog *>();
        QVERIFY(dialog);
        QVERIFY(!child<QComboBox>(dialog, u"roleCombo"_s)->isEnabled());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<AdministratorDialog *>(), dialogWaitMs);

        // Reset bob's password.
        QVERIFY(page.selectAdministrator(u"bob"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"resetPasswordButton"_s), Qt::LeftButton);
        auto *reset = page.findChild<ResetPasswordDialog *>();
        QVERIFY(reset);
        child<QLineEdit>(reset, u"passwordEdit"_s)->setText(u"short"_s);
        child<QLineEdit>(reset, u"repeatEdit"_s)->setText(u"short"_s);
        clickOk(reset);
        QVERIFY(reset->isVisible());
        QVERIFY(child<QLabel>(reset, u"passwordError"_s)->isVisible());
        child<QLineEdit>(reset, u"passwordEdit"_s)->setText(u"bob's new password"_s);
        child<QLineEdit>(reset, u"repeatEdit"_s)->setText(u"bob's new password"_s);
        clickOk(reset);
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ResetPasswordDialog *>(), dialogWaitMs);
        QVERIFY(ud::SignIn(*connection, ud::systemClock())
                    .signIn(u"bob"_s, u"bob's new password"_s)
                    .ok());

        // Remove bob, confirming.
        QVERIFY(page.selectAdministrator(u"bob"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&page, u"removeButton"_s), Qt::LeftButton);
        QVERIFY(!service.administratorByUserName(u"bob"_s).ok());
        QVERIFY(!page.selectAdministrator(u"bob"_s));

        // The last Super Administrator cannot disable themselves: the model's
        // refusal is shown as a message.
        QVERIFY(page.selectAdministrator(u"admin"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&page, u"enableButton"_s), Qt::LeftButton);
        QVERIFY(service.administratorByUserName(u"admin"_s)->enabled);
        QVERIFY(!MessageBox::lastText().isEmpty());
    }
};

QTEST_MAIN(TestAdministratorsPage)
#include "tst_administratorspage_gui.moc"
