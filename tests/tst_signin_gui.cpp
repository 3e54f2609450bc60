// The sign-in dialog and the first-start dialog, offscreen.
#include "FirstAdministratorDialog.h"
#include "GuiTestSupport.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "access/AdministrationService.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using guitest::child;
using guitest::clickOk;

namespace {

// Both dialogs hash on a worker thread: click OK, then wait for it.
void clickOkAndWait(SignInDialog *dialog)
{
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn(), 20000);
}

void clickOkAndWait(FirstAdministratorDialog *dialog)
{
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 20000);
}

} // namespace

class TestSignInGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_signin_gui"_s);
    }

    void wrongPasswordStaysOpenThenRightOneAccepts()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        SignInDialog dialog(*connection);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *user = child<QLineEdit>(&dialog, u"userNameEdit"_s);
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        user->setText(QString::fromLatin1(TestDatabase::kAdminUser));

        QTest::keyClicks(password, u"not the password"_s);
        clickOkAndWait(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString wrongPassword = dialog.errorText();
        QVERIFY2(wrongPassword.contains(u"wrong user name or password"_s),
                 qPrintable(wrongPassword));
        QVERIFY(password->text().isEmpty());
        QVERIFY(!dialog.actor().has_value());

        // An unknown user gets exactly the same message.
        user->setText(u"nobody"_s);
        QTest::keyClicks(password, u"whatever password"_s);
        clickOkAndWait(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), wrongPassword);

        user->setText(QString::fromLatin1(TestDatabase::kAdminUser));
        QTest::keyClicks(password, QString::fromLatin1(TestDatabase::kAdminPassword));
        clickOkAndWait(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.actor().has_value());
        QCOMPARE(dialog.actor()->userName, QString::fromLatin1(TestDatabase::kAdminUser));
        QVERIFY(dialog.actor()->isSuperAdministrator());
    }

    void cancelRejects()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        SignInDialog dialog(*connection);
        dialog.open();
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void firstAdministratorOnAnEmptyDatabase()
    {
        auto db = TestDatabase::create(false);
        auto connection = db->connect(u"gui"_s);
        QVERIFY(ud::Migrator::migrate(*connection).ok());
        QCOMPARE(db->count(u"administrators"_s), 0);

        FirstAdministratorDialog dialog(*connection);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"userNameEdit"_s), u"root"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"displayNameEdit"_s), u"Rita Root"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"emailEdit"_s), u"rita@example.com"_s);
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        auto *repeat = child<QLineEdit>(&dialog, u"repeatEdit"_s);
        auto *passwordError = child<QLabel>(&dialog, u"passwordError"_s);

        // Too short: refused next to the field, nothing written.
        QTest::keyClicks(password, u"short"_s);
        QTest::keyClicks(repeat, u"short"_s);
        clickOkAndWait(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(passwordError->isVisible());
        QVERIFY2(passwordError->text().contains(u"12"_s), qPrintable(passwordError->text()));
        QCOMPARE(db->count(u"administrators"_s), 0);

        // Not repeated the same.
        password->setText(u"a long enough password"_s);
        repeat->setText(u"a long enough passw0rd"_s);
        clickOkAndWait(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!passwordError->isVisible());
        QVERIFY(child<QLabel>(&dialog, u"repeatError"_s)->isVisible());
        QCOMPARE(db->count(u"administrators"_s), 0);

        repeat->setText(u"a long enough password"_s);
        clickOkAndWait(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, u"formError"_s)->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.actor().has_value());
        QVERIFY(dialog.actor()->isSuperAdministrator());
        QCOMPARE(db->count(u"administrators"_s), 1);

        const ud::AdministrationService service(*connection, *dialog.actor(), ud::systemClock());
        const auto root = service.administratorByUserName(u"root"_s);
        QVERIFY(root.ok());
        QCOMPARE(root->displayName, u"Rita Root"_s);
        QCOMPARE(root->email, u"rita@example.com"_s);
        QCOMPARE(root->roleName, u"Super Administrator"_s);
        QVERIFY(root->enabled);

        // The new password signs in.
        SignInDialog signIn(*connection);
        signIn.open();
        child<QLineEdit>(&signIn, u"userNameEdit"_s)->setText(u"root"_s);
        child<QLineEdit>(&signIn, u"passwordEdit"_s)->setText(u"a long enough password"_s);
        clickOkAndWait(&signIn);
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestSignInGui)
#include "tst_signin_gui.moc"
