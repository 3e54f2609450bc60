#include "AccessTestSupport.h"
#include "TestDatabase.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;
using accesstest::enabled;
using accesstest::toRole;
using accesstest::withDisplayName;
using accesstest::withEmail;

// The rules of access.md that AdministrationService enforces, each with the
// audit line it writes: refusals change nothing and are audited; validation
// errors are BadInput naming the field and are not audited.
class TestAccessRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    qint64 m_superRole = 0;
    qint64 m_auditorRole = 0;

    AdministrationService as(const Actor &actor) const
    {
        return AdministrationService(*m_connection, actor, systemClock());
    }
    AdministrationService asSuper() const { return as(accesstest::superActor(*m_connection)); }

    Actor newActor(const QString &userName, qint64 roleId) const
    {
        accesstest::insertAdministrator(*m_connection, userName, roleId);
        return accesstest::actorOf(*m_connection, userName);
    }

    static RoleDraft draft(const QString &name, const QStringList &grants, bool manageAll = false,
                           const QList<qint64> &managed = {})
    {
        RoleDraft d;
        d.name = name;
        d.grants = accesstest::grants(grants);
        d.manageAll = manageAll;
        d.managedRoleIds = managed;
        return d;
    }

    static AdministratorDraft adminDraft(const QString &userName, qint64 roleId)
    {
        AdministratorDraft d;
        d.userName = userName;
        d.roleId = roleId;
        return d;
    }

    // Checks that `status` is a refusal and that it was the last audit line.
    template<typename R>
    bool refusedWith(const R &outcome, const QString &auditLine) const
    {
        if (outcome.ok()) {
            qWarning("expected a refusal, but it was allowed");
            return false;
        }
        if (outcome.error().kind != ErrorKind::NotPermitted) {
            qWarning("expected NotPermitted, got: %s", qPrintable(outcome.error().message));
            return false;
        }
        const QString last = accesstest::lastAuditLine(*m_db);
        if (last != auditLine) {
            qWarning("audit line\n  got:      %s\n  expected: %s", qPrintable(last),
                     qPrintable(auditLine));
            return false;
        }
        return true;
    }

    template<typename R>
    static bool badInput(const R &outcome, const QString &field)
    {
        if (outcome.ok() || outcome.error().kind != ErrorKind::BadInput) {
            qWarning("expected BadInput");
            return false;
        }
        if (!outcome.error().message.startsWith(field + u':')) {
            qWarning("message does not name %s: %s", qPrintable(field),
                     qPrintable(outcome.error().message));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_superRole = accesstest::builtInRoleId(*m_connection, BuiltInRole::SuperAdministrator);
        m_auditorRole = accesstest::builtInRoleId(*m_connection, BuiltInRole::Auditor);
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void grantCeiling()
    {
        const qint64 other = accesstest::addRole(*m_connection, u"Other"_s, {});
        const qint64 makerRole = accesstest::addRole(
            *m_connection, u"Role Maker"_s,
            accesstest::grants({u"roles:view,add,edit"_s, u"export_reports:all"_s}), false,
            {m_auditorRole});
        const Actor maker = newActor(u"maker"_s, makerRole);
        auto service = as(maker);
        const QString before = m_db->dump();

        QVERIFY(refusedWith(service.addRole(draft(
                                u"Bigger"_s, {u"export_reports:view"_s, u"tenants:view,remove"_s})),
                            u"maker|add role|Bigger|refused|you cannot grant tenants:view, "
                            "tenants:remove, which your own role does not hold"_s));
        QVERIFY(refusedWith(service.addRole(draft(u"All Roles"_s, {u"roles:view"_s}, true)),
                            u"maker|add role|All Roles|refused|you cannot grant Manage All "
                            "Roles, which your own role does not hold"_s));
        QVERIFY(refusedWith(service.addRole(draft(u"Manages Other"_s, {}, false, {other})),
                            u"maker|add role|Manages Other|refused|you cannot let a role manage a "
                            "role you do not manage"_s));
        QCOMPARE(m_db->dump(), before);

        // Within the ceiling it is allowed, and audited.
        const auto added = service.addRole(
            draft(u"Reports"_s, {u"export_reports:view,add"_s}, false, {m_auditorRole}));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"maker|add role|Reports|allowed|grants: export_reports:view,add; manage all "
                 "roles: no"_s);

        // Editing is held to the same ceiling.
        QVERIFY(refusedWith(service.editRole(*added, draft(u"Reports"_s, {u"settings:edit"_s})),
                            u"maker|edit role|Reports|refused|you cannot grant settings:edit, "
                            "which your own role does not hold"_s));
        QCOMPARE(RoleStore(*m_connection).findById(*added).value()->grants,
                 accesstest::grants({u"export_reports:view,add"_s}));
    }

    void withoutTheGrantItIsRefused()
    {
        const Actor auditor = newActor(u"auditor"_s, m_auditorRole);
        auto service = as(auditor);
        QVERIFY(refusedWith(service.addRole(draft(u"X"_s, {})),
                            u"auditor|add role|X|refused|add role needs roles:add, which your "
                            "role Auditor does not grant"_s));
        QVERIFY(refusedWith(service.deleteRole(m_auditorRole),
                            u"auditor|delete role|Auditor|refused|delete role needs roles:remove, "
                            "which your role Auditor does not grant"_s));
        // Views are allowed to the Auditor, and not audited when allowed.
        const int lines = accesstest::auditLines(*m_db).size();
        QVERIFY(service.roles());
        QVERIFY(service.administrators());
        QCOMPARE(accesstest::auditLines(*m_db).size(), lines);
    }

    void nobodyChangesTheirOwnRole()
    {
        const qint64 leadRole =
            accesstest::addRole(*m_connection, u"Lead"_s,
                                accesstest::grants({u"roles:all"_s, u"administrators:all"_s,
                                                    u"tenants:view"_s, u"audit_log:view"_s}),
                                true);
        const Actor lead = newActor(u"lead"_s, leadRole);
        auto service = as(lead);
        QVERIFY(refusedWith(service.editRole(leadRole, draft(u"Lead"_s, {u"roles:view"_s})),
                            u"lead|edit role|Lead|refused|nobody changes their own role: you hold "
                            "Lead"_s));
        QVERIFY(refusedWith(service.editAdministrator(lead.adminId, toRole(m_auditorRole)),
                            u"lead|edit administrator|lead|refused|nobody changes their own "
                            "role"_s));
        const Actor super = accesstest::superActor(*m_connection);
        QVERIFY(refusedWith(as(super).editAdministrator(super.adminId, toRole(leadRole)),
                            u"admin|edit administrator|admin|refused|nobody changes their own "
                            "role"_s));
        QCOMPARE(accesstest::actorOf(*m_connection, u"lead"_s).role.id, leadRole);
        QCOMPARE(accesstest::superActor(*m_connection).role.id, m_superRole);
    }

    void manageSetLimits()
    {
        const qint64 otherRole = accesstest::addRole(*m_connection, u"Other"_s, {});
        const qint64 strongRole =
            accesstest::addRole(*m_connection, u"Strong"_s, accesstest::grants({u"tenants:all"_s}));
        GrantSet helpdeskGrants = GrantSet::allViews();
        helpdeskGrants.addAll(Entity::Administrators);
        const qint64 helpdeskRole = accesstest::addRole(
            *m_connection, u"Helpdesk"_s, helpdeskGrants, false, {m_auditorRole, strongRole});
        const Actor helpdesk = newActor(u"helpdesk"_s, helpdeskRole);
        const qint64 outsider =
            accesstest::insertAdministrator(*m_connection, u"outsider"_s, otherRole);
        const qint64 strongOne =
            accesstest::insertAdministrator(*m_connection, u"strong one"_s, strongRole);
        auto service = as(helpdesk);
        const QString before = m_db->dump();

        // Administrators of a role it does not manage: not touched.
        const QString notManaged =
            u"refused|your role does not manage administrators with the role Other"_s;
        QVERIFY(refusedWith(service.editAdministrator(outsider, enabled(false)),
                            u"helpdesk|edit administrator|outsider|"_s + notManaged));
        QVERIFY(refusedWith(service.resetPassword(outsider, u"a brand new password"_s),
                            u"helpdesk|reset password|outsider|"_s + notManaged));
        QVERIFY(refusedWith(service.deleteAdministrator(outsider),
                            u"helpdesk|delete administrator|outsider|"_s + notManaged));
        // Assigning a role it does not manage, or one stronger than its own.
        QVERIFY(refusedWith(
            service.addAdministrator(adminDraft(u"newbie"_s, otherRole), u"a long password!"_s),
            u"helpdesk|add administrator|newbie|refused|you may not assign the role Other"_s));
        QVERIFY(refusedWith(
            service.addAdministrator(adminDraft(u"newbie"_s, strongRole), u"a long password!"_s),
            u"helpdesk|add administrator|newbie|refused|you may not assign the role Strong"_s));
        QVERIFY(refusedWith(
            service.addAdministrator(adminDraft(u"newbie"_s, m_superRole), u"a long password!"_s),
            u"helpdesk|add administrator|newbie|refused|you may not assign the role Super "
            "Administrator"_s));
        // A managed but stronger administrator: taking over their account
        // (a new password) would hand out grants the actor does not hold.
        QVERIFY(refusedWith(service.resetPassword(strongOne, u"a brand new password"_s),
                            u"helpdesk|reset password|strong one|refused|the role Strong of "
                            "strong one grants more than your own role"_s));
        QCOMPARE(m_db->dump(), before);

        const auto assignable = service.assignableRoles();
        QVERIFY(assignable);
        QCOMPARE(assignable->size(), 1);
        QCOMPARE(assignable->first().id, m_auditorRole);

        // Within its manage set it may.
        const auto added =
            service.addAdministrator(adminDraft(u"newbie"_s, m_auditorRole), u"a long password!"_s);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"helpdesk|add administrator|newbie|allowed|role: Auditor; enabled: yes"_s);
        QVERIFY(service.editAdministrator(*added, enabled(false)));
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"helpdesk|edit administrator|newbie|allowed|disabled"_s);
        QVERIFY(service.deleteAdministrator(*added));
        QCOMPARE(accesstest::lastAuditLine(*m_db),
                 u"helpdesk|delete administrator|newbie|allowed|"_s);
    }

    void manageAllDoesNotReachSuperAdministrators()
    {
        const qint64 managerRole =
            accesstest::addRole(*m_connection, u"Manager"_s, GrantSet::everything(), true);
        const Actor manager = newActor(u"manager"_s, managerRole);
        const Actor super = accesstest::superActor(*m_connection);
        auto service = as(manager);
        const QString refusal =
            u"refused|the role Super Administrator of admin grants more than your own role"_s;
        QVERIFY(refusedWith(service.resetPassword(super.adminId, u"a brand new password"_s),
                            u"manager|reset password|admin|"_s + refusal));
        QVERIFY(refusedWith(service.editAdministrator(super.adminId, enabled(false)),
                            u"manager|edit administrator|admin|"_s + refusal));
        QVERIFY(refusedWith(service.deleteAdministrator(super.adminId),
                            u"manager|delete administrator|admin|"_s + refusal));
    }

    void lastSuperAdministrator()
    {
        const Actor super = accesstest::superActor(*m_connection);
        auto service = as(super);
        const QString last = u"refused|admin is the last enabled Super Administrator"_s;
        QVERIFY(refusedWith(service.editAdministrator(super.adminId, enabled(false)),
                            u"admin|edit administrator|admin|"_s + last));
        QVERIFY(refusedWith(service.deleteAdministrator(super.adminId),
                            u"admin|delete administrator|admin|refused|you cannot remove your own "
                            "account"_s));

        // A second, disabled Super Administrator whose session is still open
        // (signed in before they were disabled) cannot remove or re-role the
        // last enabled one either.
        const qint64 second =
            accesstest::insertAdministrator(*m_connection, u"second"_s, m_superRole, false);
        const Actor secondActor = accesstest::actorOf(*m_connection, u"second"_s);
        QCOMPARE(secondActor.adminId, second);
        auto secondService = as(secondActor);
        QVERIFY(refusedWith(secondService.deleteAdministrator(super.adminId),
                            u"second|delete administrator|admin|"_s + last));
        QVERIFY(refusedWith(secondService.editAdministrator(super.adminId, toRole(m_auditorRole)),
                            u"second|edit administrator|admin|"_s + last));
        QVERIFY(refusedWith(secondService.editAdministrator(super.adminId, enabled(false)),
                            u"second|edit administrator|admin|"_s + last));
        QVERIFY(AdministratorStore(*m_connection).findById(super.adminId).value()->enabled);

        // With the second one enabled, the first may go.
        QVERIFY(service.editAdministrator(second, enabled(true)));
        QVERIFY(secondService.editAdministrator(super.adminId, enabled(false)));
        QCOMPARE(AdministratorStore(*m_connection).enabledSuperAdministrators(false).value(),
                 QList<qint64>{second});
    }

    void builtInRolesAreFixed()
    {
        auto service = asSuper();
        QVERIFY(refusedWith(service.editRole(m_auditorRole, draft(u"Auditor"_s, {})),
                            u"admin|edit role|Auditor|refused|the built-in role Auditor cannot be "
                            "changed"_s));
        QVERIFY(refusedWith(service.editRole(m_superRole, draft(u"Super"_s, {})),
                            u"admin|edit role|Super Administrator|refused|the built-in role Super "
                            "Administrator cannot be changed"_s));
        QVERIFY(refusedWith(service.deleteRole(m_auditorRole),
                            u"admin|delete role|Auditor|refused|the built-in role Auditor cannot "
                            "be removed"_s));
        QVERIFY(refusedWith(service.deleteRole(m_superRole),
                            u"admin|delete role|Super Administrator|refused|the built-in role "
                            "Super Administrator cannot be removed"_s));
    }

    void assignedRoleIsNotRemoved()
    {
        const qint64 role = accesstest::addRole(*m_connection, u"Busy"_s, {});
        const qint64 holder = accesstest::insertAdministrator(*m_connection, u"holder"_s, role);
        auto service = asSuper();
        QVERIFY(refusedWith(service.deleteRole(role),
                            u"admin|delete role|Busy|refused|role Busy is still assigned to 1 "
                            "administrator"_s));
        QVERIFY(RoleStore(*m_connection).findById(role).value().has_value());
        QVERIFY(service.deleteAdministrator(holder));
        QVERIFY(service.deleteRole(role));
        QCOMPARE(accesstest::lastAuditLine(*m_db), u"admin|delete role|Busy|allowed|"_s);
        QVERIFY(!RoleStore(*m_connection).findById(role).value().has_value());
    }

    void duplicateNames()
    {
        auto service = asSuper();
        const int lines = accesstest::auditLines(*m_db).size();
        QVERIFY(badInput(service.addRole(draft(u"AUDITOR"_s, {})), u"name"_s));
        QVERIFY(badInput(service.addRole(draft(u"  super administrator "_s, {})), u"name"_s));
        const qint64 mine = accesstest::addRole(*m_connection, u"Mine"_s, {});
        const qint64 yours = accesstest::addRole(*m_connection, u"Yours"_s, {});
        QVERIFY(badInput(service.editRole(yours, draft(u"mINE"_s, {})), u"name"_s));
        // Renaming a role to its own name in another case is no clash.
        QVERIFY(service.editRole(mine, draft(u"MINE"_s, {})));
        QVERIFY(badInput(
            service.addAdministrator(adminDraft(u"ADMIN"_s, m_auditorRole), u"a long password!"_s),
            u"user name"_s));
        // Validation errors are not audited: the three new lines are the two
        // roles added and the rename.
        QCOMPARE(accesstest::auditLines(*m_db).size(), lines + 3);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("spaces") << u"   "_s;
        QTest::addRow("101 characters") << QString(101, u'r');
        QTest::addRow("tab") << u"a\tb"_s;
        QTest::addRow("newline") << u"a\nb"_s;
        QTest::addRow("escape") << u"a\x1b"_s;
    }

    void validation()
    {
        QFETCH(QString, name);
        auto service = asSuper();
        const int lines = accesstest::auditLines(*m_db).size();
        QVERIFY(badInput(service.addRole(draft(name, {})), u"name"_s));
        QVERIFY(badInput(
            service.addAdministrator(adminDraft(name, m_auditorRole), u"a long password!"_s),
            u"user name"_s));
        AdministratorDraft display = adminDraft(u"someone"_s, m_auditorRole);
        display.displayName = name.trimmed().isEmpty() ? QString(101, u'd') : name;
        QVERIFY(
            badInput(service.addAdministrator(display, u"a long password!"_s), u"display name"_s));
        QCOMPARE(accesstest::auditLines(*m_db).size(), lines);
        QCOMPARE(m_db->count(u"administrators"_s), 1);
    }

    void validationOfOtherFields()
    {
        auto service = asSuper();
        const qint64 ok = accesstest::addRole(*m_connection, u"Ok"_s, {});
        const int lines = accesstest::auditLines(*m_db).size();
        // 100 characters is the longest name allowed.
        QVERIFY(service.addRole(draft(QString(100, u'x'), {})));
        AdministratorDraft bad = adminDraft(u"someone"_s, ok);
        for (const QString &address : {u"no-at-sign"_s, u"two@@example.com"_s,
                                       u"space in@example.com"_s, u"nodot@example"_s}) {
            bad.email = address;
            QVERIFY(badInput(service.addAdministrator(bad, u"a long password!"_s), u"e-mail"_s));
        }
        bad.email.clear();
        const auto shortPassword = service.addAdministrator(bad, u"short pass1"_s);
        QVERIFY(!shortPassword);
        QCOMPARE(shortPassword.error().kind, ErrorKind::BadInput);
        const qint64 someone = service.addAdministrator(bad, u"twelve chars"_s).value();
        QVERIFY(badInput(service.editAdministrator(someone, withEmail(u"x@y"_s)), u"e-mail"_s));
        QVERIFY(badInput(service.editAdministrator(someone, withDisplayName(QString())),
                         u"display name"_s));
        RoleDraft longDescription = draft(u"Described"_s, {});
        longDescription.description = QString(1001, u'd');
        QVERIFY(badInput(service.addRole(longDescription), u"description"_s));
        // The 100-character role and the administrator.
        QCOMPARE(accesstest::auditLines(*m_db).size(), lines + 2);
    }

    void unknownRolesAndAdministratorsAreNotFound()
    {
        auto service = asSuper();
        QCOMPARE(service.roleByName(u"nope"_s).error().kind, ErrorKind::NotFound);
        QCOMPARE(service.administratorByUserName(u"nope"_s).error().kind, ErrorKind::NotFound);
        QCOMPARE(service.deleteRole(987654).error().kind, ErrorKind::NotFound);
        QCOMPARE(service.editRole(987654, draft(u"x"_s, {})).error().kind, ErrorKind::NotFound);
        QCOMPARE(service.deleteAdministrator(987654).error().kind, ErrorKind::NotFound);
        QCOMPARE(service.editAdministrator(987654, enabled(false)).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(service.addRole(draft(u"x"_s, {}, false, {987654})).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(service.addAdministrator(adminDraft(u"x"_s, 987654), u"a long password!"_s)
                     .error()
                     .kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_access_rules.moc"
