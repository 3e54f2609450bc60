// An Auditor sees Members and the Audit Log read-only: no Add, Edit, Delete
// (or other changing) buttons; a role without those views does not see the
// pages at all.
#include "AccessTestSupport.h"
#include "AdministratorsPage.h"
#include "AuditLogPage.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "RoleEditorPage.h"
#include "RolesPage.h"
#include "TestDatabase.h"
#include "access/AdministrationService.h"
#include "access/SignIn.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signIn;
using accesstest::signInAsAdmin;

namespace {

// Adds an administrator with `roleName` as admin, and signs in as them.
ud::Actor signInWithRole(const ud::Connection &connection, const QString &roleName,
                         const QString &user)
{
    ud::AdministrationService service(connection, signInAsAdmin(connection), ud::systemClock());
    const auto role = service.roleByName(roleName);
    if (!role)
        qFatal("no role %s", qUtf8Printable(roleName));
    ud::AdministratorDraft draft;
    draft.userName = user;
    draft.displayName = u"Test "_s + user;
    draft.email = user + u"@example.com"_s;
    draft.roleId = role->id;
    const QString password = u"password of "_s + user;
    const auto added = service.addAdministrator(draft, password);
    if (!added)
        qFatal("cannot add %s: %s", qUtf8Printable(user), qUtf8Printable(added.error().message));
    return signIn(connection, user, password);
}

bool shown(QWidget *page, const QString &name)
{
    auto *button = page->findChild<QPushButton *>(name);
    if (!button)
        qFatal("no button %s", qUtf8Printable(name));
    return button->isVisibleTo(page) && button->isEnabled();
}

} // namespace

class TestAuditorGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_auditor_gui"_s);
    }

    void auditorSeesMembersReadOnly()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor auditor = signInWithRole(*connection, u"Auditor"_s, u"audrey"_s);
        QCOMPARE(auditor.role.name, u"Auditor"_s);

        MainWindow window(*connection, auditor);
        window.show();
        QVERIFY(window.isPageAvailable(MainWindow::Page::Members));
        QVERIFY(window.isPageAvailable(MainWindow::Page::AuditLog));
        QVERIFY(window.findChild<QLabel *>(u"signedInLabel"_s)->text().contains(u"Auditor"_s));
        window.showPage(MainWindow::Page::Members);
        QCOMPARE(window.currentPage(), MainWindow::Page::Members);

        MembersPage *members = window.membersPage();
        QVERIFY(members);
        RolesPage *roles = members->rolesPage();
        AdministratorsPage *administrators = members->administratorsPage();
        QVERIFY(roles && administrators);

        // Roles: only View.
        QVERIFY(roles->selectRole(u"Auditor"_s));
        for (const QString &name : {u"addButton"_s, u"editButton"_s, u"deleteButton"_s})
            QVERIFY2(!shown(roles, name), qPrintable(name));
        QVERIFY(shown(roles, u"viewButton"_s));
        // Opening a role shows it, not an editor.
        roles->editSelected();
        QVERIFY(!roles->isEditorOpen());
        roles->addRole();
        QVERIFY(!roles->isEditorOpen());
        roles->viewSelected();
        QVERIFY(roles->isEditorOpen());
        QCOMPARE(roles->editor()->mode(), RoleEditorPage::Mode::View);

        // Administrators: nothing that changes anything.
        members->showAdministrators();
        QVERIFY(administrators->selectAdministrator(u"admin"_s));
        for (const QString &name : {u"addButton"_s, u"editButton"_s, u"enableButton"_s,
                                    u"resetPasswordButton"_s, u"removeButton"_s})
            QVERIFY2(!shown(administrators, name), qPrintable(name));
        QVERIFY(shown(administrators, u"refreshButton"_s));

        // The audit log is readable: the auditor's own sign-in is in it.
        window.showPage(MainWindow::Page::AuditLog);
        AuditLogPage *audit = window.auditLogPage();
        QVERIFY(audit);
        QTRY_VERIFY(audit->loadedLines() > 0);
        QVERIFY(shown(audit, u"exportButton"_s));
    }

    void rolesWithoutTheViewsDoNotSeeThePages()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        {
            ud::AdministrationService service(*connection, signInAsAdmin(*connection),
                                              ud::systemClock());
            ud::RoleDraft draft;
            draft.name = u"Tenant Viewer"_s;
            draft.grants.add({ud::Entity::Tenants, ud::Action::View});
            QVERIFY(service.addRole(draft).ok());
        }
        const ud::Actor viewer = signInWithRole(*connection, u"Tenant Viewer"_s, u"tina"_s);
        MainWindow window(*connection, viewer);
        window.show();
        QVERIFY(window.isPageAvailable(MainWindow::Page::Tenants));
        QVERIFY(!window.isPageAvailable(MainWindow::Page::Members));
        QVERIFY(!window.isPageAvailable(MainWindow::Page::AuditLog));
        QVERIFY(!window.isPageAvailable(MainWindow::Page::Settings));
        QVERIFY(!window.membersPage());
        QVERIFY(!window.auditLogPage());
        window.showPage(MainWindow::Page::AuditLog);
        QVERIFY(window.currentPage() != MainWindow::Page::AuditLog);
    }
};

QTEST_MAIN(TestAuditorGui)
#include "tst_auditor_gui.moc"
