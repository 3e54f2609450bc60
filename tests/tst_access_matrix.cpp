#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "access/AccessGate.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ud::Permission)

// Every entity × action of access.md through the model layer alone: a custom
// role holding exactly that permission is let through the AccessGate, one
// holding everything but it is refused, and the refusal is audited.
class TestAccessMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;

    Actor actorWithRole(const QString &userName, qint64 roleId) const
    {
        accesstest::insertAdministrator(*m_connection, userName, roleId);
        return accesstest::actorOf(*m_connection, userName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void everyPermission_data()
    {
        QTest::addColumn<Permission>("permission");
        int count = 0;
        for (Entity entity : allEntities()) {
            for (Action action : actionsOf(entity)) {
                const Permission permission{entity, action};
                QTest::addRow("%s", qPrintable(permissionText(permission))) << permission;
                ++count;
            }
        }
        // access.md's table: 4+3+4+4+4+4+1+2 permissions.
        QCOMPARE(count, 26);
    }

    void everyPermission()
    {
        QFETCH(Permission, permission);
        const QString text = permissionText(permission);

        GrantSet only;
        only.add(permission);
        GrantSet allBut = GrantSet::everything();
        allBut.remove(permission);
        QVERIFY(!allBut.has(permission));
        const qint64 onlyRole = accesstest::addRole(*m_connection, u"only "_s + text, only);
        const qint64 allButRole = accesstest::addRole(*m_connection, u"all but "_s + text, allBut);

        // The roles as the database gives them back, on the actors' sign-in path.
        const Actor holder = actorWithRole(u"holder "_s + text, onlyRole);
        const Actor lacker = actorWithRole(u"lacker "_s + text, allButRole);
        QCOMPARE(holder.role.grants, only);
        QCOMPARE(lacker.role.grants, allBut);

        const AccessGate gate(*m_connection, systemClock());
        AccessRequirement requirement;
        requirement.anyOf = {{permission}};
        requirement.action = u"try "_s + text;

        const QStringList before = accesstest::auditLines(*m_db);
        const Status allowed = gate.authorize(holder, requirement, u"object"_s);
        QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().message));
        // Letting an action start writes nothing: a view that is let through
        // is not audited, and an allowed change is audited with its commit
        // (below), so a change that then fails leaves no line.
        QStringList after = accesstest::auditLines(*m_db);
        QCOMPARE(after, before);
        const PendingAudit pending = gate.allowedChange(holder, requirement, u"object"_s);
        QCOMPARE(pending.isEmpty(), permission.action == Action::View);
        {
            auto transaction = Transaction::begin(*m_connection);
            QVERIFY(transaction);
            QVERIFY(pending.record(*m_connection, u"done"_s));
            // rolled back: the line goes with the change
        }
        QCOMPARE(accesstest::auditLines(*m_db), before);
        if (!pending.isEmpty()) {
            auto transaction = Transaction::begin(*m_connection);
            QVERIFY(transaction);
            const PendingAudit again = gate.allowedChange(holder, requirement, u"object"_s);
            QVERIFY(again.record(*m_connection, u"done"_s));
            QVERIFY(again.isRecorded());
            QVERIFY(again.record(*m_connection)); // once only
            QVERIFY((*transaction)->commit());
            after = accesstest::auditLines(*m_db);
            QCOMPARE(after.size(), before.size() + 1);
            QCOMPARE(after.last(), u"%1|try %2|object|allowed|done"_s.arg(holder.userName, text));
        }

        const Status refused = gate.authorize(lacker, requirement, u"object"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::NotPermitted);
        QVERIFY2(refused.error().message.contains(text), qPrintable(refused.error().message));
        const QStringList afterRefusal = accesstest::auditLines(*m_db);
        QCOMPARE(afterRefusal.size(), after.size() + 1);
        QCOMPARE(afterRefusal.last(),
                 u"%1|try %2|object|refused|try %2 needs %2, which your role all but %2 does "
                 "not grant"_s.arg(lacker.userName, text));

        // Either alternative of an anyOf is enough; a set needs all of its members.
        AccessRequirement either = requirement;
        either.anyOf = {{permission}, {Permission{Entity::AuditLog, Action::View}}};
        QVERIFY(gate.authorize(holder, either));
        if (permission != Permission{Entity::AuditLog, Action::View}) {
            AccessRequirement both = requirement;
            both.anyOf = {{permission, Permission{Entity::AuditLog, Action::View}}};
            QVERIFY(!gate.authorize(holder, both));
        }
    }

    void nobodySignedInIsRefused()
    {
        const AccessGate gate(*m_connection, systemClock());
        AccessRequirement signedIn;
        signedIn.action = u"anything"_s;
        QCOMPARE(gate.authorize(Actor(), signedIn).error().kind, ErrorKind::NotPermitted);
        QVERIFY(accesstest::lastAuditLine(*m_db).startsWith(u"|anything||refused|"_s));
    }

    void superAdministratorOnly()
    {
        const AccessGate gate(*m_connection, systemClock());
        AccessRequirement requirement;
        requirement.superAdministratorOnly = true;
        requirement.action = u"seed"_s;
        const qint64 everythingRole =
            accesstest::addRole(*m_connection, u"everything"_s, GrantSet::everything(), true);
        const Actor almost = actorWithRole(u"almost super"_s, everythingRole);
        QCOMPARE(gate.authorize(almost, requirement).error().kind, ErrorKind::NotPermitted);
        QVERIFY(gate.authorize(accesstest::superActor(*m_connection), requirement));
    }

    void builtInRoles()
    {
        const RoleStore roles(*m_connection);
        const auto super = roles.findById(
            accesstest::builtInRoleId(*m_connection, BuiltInRole::SuperAdministrator));
        const auto auditor =
            roles.findById(accesstest::builtInRoleId(*m_connection, BuiltInRole::Auditor));
        QCOMPARE((*super)->grants, GrantSet::everything());
        QCOMPARE((*auditor)->grants, GrantSet::allViews());
        QVERIFY(!(*auditor)->manageAll);
        QVERIFY((*auditor)->managedRoleIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
