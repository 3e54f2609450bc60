// The Add Role page, driven exactly as the seed's "Create a custom role"
// procedure, then Edit and Delete; built-in roles are view-only; the model's
// answers are shown inline or as a message.
#include "AccessTestSupport.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "RoleEditorPage.h"
#include "RolesPage.h"
#include "TestDatabase.h"
#include "access/AdministrationService.h"
#include "access/SignIn.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;
using guitest::child;

namespace {

const QString kRoleName = u"Manage Service Provider Reports"_s;

} // namespace

class TestRolesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_rolespage_gui"_s);
    }

    void cleanup() { QVERIFY(!MessageBox::hasPendingAnswer()); }

    void seedProcedureCreatesEditsAndDeletesTheRole()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        RolesPage page(*connection, admin);
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // 2. Click Add: the Add Role page appears.
        auto *add = child<QPushButton>(&page, u"addButton"_s);
        QVERIFY(add->isVisible() && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(page.isEditorOpen());
        RoleEditorPage *editor = page.editor();
        QCOMPARE(editor->mode(), RoleEditorPage::Mode::Add);
        QCOMPARE(child<QLabel>(editor, u"titleLabel"_s)->text(), u"Add Role"_s);

        // 3-4. Name and Description.
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), kRoleName);
        QTest::keyClicks(child<QPlainTextEdit>(editor, u"descriptionEdit"_s),
                         u"Generates and schedules usage reports"_s);

        // 5. Manage All Roles stays unchecked; Auditor from the drop-down.
        auto *manageAll = child<QCheckBox>(editor, u"manageAllCheck"_s);
        QVERIFY(!manageAll->isChecked());
        auto *combo = child<QComboBox>(editor, u"manageRolesCombo"_s);
        QVERIFY(combo->isEnabled());
        const int auditorIndex = combo->findText(u"Auditor"_s);
        QVERIFY(auditorIndex > 0);
        combo->setCurrentIndex(auditorIndex);
        auto *managed = child<QListWidget>(editor, u"managedRolesList"_s);
        QCOMPARE(managed->count(), 1);
        QCOMPARE(managed->item(0)->text(), u"Auditor"_s);
        QCOMPARE(combo->findText(u"Auditor"_s), -1); // chosen roles leave the drop-down
        QCOMPARE(combo->currentIndex(), 0);

        // Manage All Roles disables the list and the drop-down.
        manageAll->setChecked(true);
        QVERIFY(!combo->isEnabled());
        QVERIFY(!managed->isEnabled());
        manageAll->setChecked(false);
        QVERIFY(combo->isEnabled());

        // 7-8. All for Export Reports and for Scheduled Task Management.
        QPushButton *allExport = editor->allButton(ud::Entity::ExportReports);
        QPushButton *allScheduled = editor->allButton(ud::Entity::ScheduledTasks);
        QCOMPARE(allExport->accessibleName(), u"All permissions for Export Reports"_s);
        QTest::mouseClick(allExport, Qt::LeftButton);
        QTest::mouseClick(allScheduled, Qt::LeftButton);
        for (const ud::Action action : ud::actionsOf(ud::Entity::ExportReports))
            QVERIFY(editor->actionCheckBox(ud::Entity::ExportReports, action)->isChecked());
        QVERIFY(!editor->actionCheckBox(ud::Entity::Tenants, ud::Action::View)->isChecked());

        // 9. Click Add.
        auto *submit = child<QPushButton>(editor, u"submitButton"_s);
        QCOMPARE(submit->accessibleName(), u"Add"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY2(!page.isEditorOpen(), qPrintable(child<QLabel>(editor, u"nameError"_s)->text() +
                                                  child<QLabel>(editor, u"formError"_s)->text()));

        // Read it back from the database.
        const ud::AdministrationService service(*connection, admin, ud::systemClock());
        const auto role = service.roleByName(kRoleName);
        QVERIFY(role.ok());
        ud::GrantSet expected;
        expected.addAll(ud::Entity::ExportReports);
        expected.addAll(ud::Entity::ScheduledTasks);
        QCOMPARE(role->grants.toText(), expected.toText());
        QCOMPARE(role->grants.toText(), QStringList({u"export_reports:view,add,edit,remove"_s,
                                                     u"scheduled_tasks:view,add,edit,remove"_s}));
        QVERIFY(!role->manageAll);
        const auto auditor = service.roleByName(u"Auditor"_s);
        QVERIFY(auditor.ok());
        QCOMPARE(role->managedRoleIds, QList<qint64>{auditor->id});
        QCOMPARE(role->description, u"Generates and schedules usage reports"_s);

        // Edit: change the description, Save.
        QVERIFY(page.selectRole(kRoleName));
        auto *edit = child<QPushButton>(&page, u"editButton"_s);
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(page.isEditorOpen());
        QCOMPARE(editor->mode(), RoleEditorPage::Mode::Edit);
        QCOMPARE(child<QLineEdit>(editor, u"nameEdit"_s)->text(), kRoleName);
        QCOMPARE(managed->count(), 1);
        QVERIFY(
            editor->actionCheckBox(ud::Entity::ScheduledTasks, ud::Action::Remove)->isChecked());
        QCOMPARE(submit->accessibleName(), u"Save"_s);
        auto *description = child<QPlainTextEdit>(editor, u"descriptionEdit"_s);
        description->selectAll();
        QTest::keyClicks(description, u"Reports for billing"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!page.isEditorOpen());
        const auto edited = service.roleByName(kRoleName);
        QVERIFY(edited.ok());
        QCOMPARE(edited->description, u"Reports for billing"_s);
        QCOMPARE(edited->grants, role->grants);
        QCOMPARE(edited->managedRoleIds, role->managedRoleIds);

        // Delete, answering the confirmation: first No (nothing happens), then Yes.
        QVERIFY(page.selectRole(kRoleName));
        auto *remove = child<QPushButton>(&page, u"deleteButton"_s);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(service.roleByName(kRoleName).ok());
        QVERIFY(MessageBox::lastText().contains(kRoleName));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        const auto gone = service.roleByName(kRoleName);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ud::ErrorKind::NotFound);
        QVERIFY(!page.selectRole(kRoleName));
    }

    void builtInRolesAreViewOnly()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        RolesPage page(*connection, signInAsAdmin(*connection));
        page.show();
        for (const QString &name : {u"Super Administrator"_s, u"Auditor"_s}) {
            QVERIFY(page.selectRole(name));
            auto *edit = child<QPushButton>(&page, u"editButton"_s);
            auto *remove = child<QPushButton>(&page, u"deleteButton"_s);
            QVERIFY(!edit->isEnabled());
            QVERIFY(!remove->isEnabled());
            QVERIFY(edit->toolTip().contains(u"Built-in"_s));
            QTest::mouseClick(child<QPushButton>(&page, u"viewButton"_s), Qt::LeftButton);
            QVERIFY(page.isEditorOpen());
            QCOMPARE(page.editor()->mode(), RoleEditorPage::Mode::View);
            QVERIFY(!child<QPushButton>(page.editor(), u"submitButton"_s)->isVisible());
            QVERIFY(child<QLineEdit>(page.editor(), u"nameEdit"_s)->isReadOnly());
            QVERIFY(
                page.editor()->actionCheckBox(ud::Entity::AuditLog, ud::Action::View)->isChecked());
            QVERIFY(!page.editor()
                         ->actionCheckBox(ud::Entity::AuditLog, ud::Action::View)
                         ->isEnabled());
            QTest::mouseClick(child<QPushButton>(page.editor(), u"cancelButton"_s), Qt::LeftButton);
            QVERIFY(!page.isEditorOpen());
        }
    }

    void badInputIsShownInline()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        RolesPage page(*connection, signInAsAdmin(*connection));
        page.show();
        QTest::mouseClick(child<QPushButton>(&page, u"addButton"_s), Qt::LeftButton);
        RoleEditorPage *editor = page.editor();
        auto *nameError = child<QLabel>(editor, u"nameError"_s);
        auto *submit = child<QPushButton>(editor, u"submitButton"_s);

        // Empty name: the model's rule, before anything is saved.
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(page.isEditorOpen());
        QVERIFY(nameError->isVisible());
        QVERIFY(!nameError->text().isEmpty());

        // Too long.
        auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
        name->setText(QString(101, u'x'));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(page.isEditorOpen());
        QVERIFY(nameError->isVisible());

        // Taken: the model's answer, next to the name.
        name->setText(u"auditor"_s);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(page.isEditorOpen());
        QVERIFY(nameError->isVisible());
        QVERIFY2(nameError->text().contains(u"already exists"_s), qPrintable(nameError->text()));
        QCOMPARE(db->count(u"roles"_s), 2);
    }

    void refusedDeleteIsShownAsAMessage()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"gui"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        ud::AdministrationService service(*connection, admin, ud::systemClock());
        ud::RoleDraft draft;
        draft.name = u"Helpdesk"_s;
        draft.grants.add({ud::Entity::Tenants, ud::Action::View});
        const auto roleId = service.addRole(draft);
        QVERIFY(roleId.ok());
        ud::AdministratorDraft holder;
        holder.userName = u"helper"_s;
        holder.roleId = *roleId;
        QVERIFY(service.addAdministrator(holder, u"helper password 1"_s).ok());

        RolesPage page(*connection, admin);
        page.show();
        QVERIFY(page.selectRole(u"Helpdesk"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
        MessageBox::setNextAnswer(QMessageBox::Ok);  // the refusal
        QTest::mouseClick(child<QPushButton>(&page, u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"Helpdesk"_s));
        QVERIFY(service.roleByName(u"Helpdesk"_s).ok());
    }
};

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage_gui.moc"
