// Adding, editing and removing tenants by hand: data.md's field rules, the
// tenants grants of access.md, the audit line committed with the change,
// and nothing changed when anything is wrong.

#include "AccessTestSupport.h"
#include "core/TextRules.h"
#include "storage/Transaction.h"
#include "tenants/TenantAdministration.h"
#include "usage/UsageWriter.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using ud::Tenant;
using ud::TenantAdministration;

namespace {

template<typename T>
QString why(const ud::Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestTenantAdministration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addGivesAnIdAndStoresLowerCaseHostname();
    void addKeepsAGivenIdNormalized();
    void badFieldsAreNamedAndNothingIsWritten_data();
    void badFieldsAreNamedAndNothingIsWritten();
    void duplicateHostnameOrIdIsRefused();
    void editChangesEveryFieldButTheId();
    void editOfAnUnknownTenantIsNotFound();
    void removeTakesTheUsageWithIt();
    void eachActionNeedsItsGrant();

private:
    TenantAdministration service(const ud::Actor &actor) const
    {
        return TenantAdministration(*m_connection, actor, ud::systemClock());
    }
    static Tenant draft(const QString &hostname, const QString &company = u"Acme Corp"_s)
    {
        Tenant tenant;
        tenant.hostname = hostname;
        tenant.companyName = company;
        tenant.contractMode = ud::ContractMode::Trial;
        tenant.serviceProvider = true;
        tenant.createdOn = QDate(2026, 3, 4);
        return tenant;
    }
    qint64 countWhere(const QString &sql) const
    {
        QSqlQuery query(m_connection->database());
        if (!query.exec(sql) || !query.next())
            qFatal("count failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_super;
};

void TestTenantAdministration::init()
{
    m_db = TestDatabase::create();
    m_connection = m_db->connect();
    m_super = accesstest::superActor(*m_connection);
}

void TestTenantAdministration::cleanup()
{
    m_connection.reset();
    m_db.reset();
}

void TestTenantAdministration::addGivesAnIdAndStoresLowerCaseHostname()
{
    auto admin = service(m_super);
    const auto added = admin.add(draft(u"Acme.EU.Example.com"_s));
    QVERIFY2(added, qPrintable(why(added)));
    QCOMPARE(added->hostname, u"acme.eu.example.com"_s);
    QVERIFY(ud::normalizeUuid(added->tenantId).has_value());

    const auto found = admin.find(added->tenantId);
    QVERIFY2(found, qPrintable(why(found)));
    QCOMPARE(found->hostname, u"acme.eu.example.com"_s);
    QCOMPARE(found->companyName, u"Acme Corp"_s);
    QCOMPARE(found->contractMode, ud::ContractMode::Trial);
    QCOMPARE(found->serviceProvider, true);
    QCOMPARE(found->locked, false);
    QCOMPARE(found->createdOn, QDate(2026, 3, 4));
    QVERIFY2(accesstest::lastAuditLine(*m_db).startsWith(
                 u"admin|add tenant|acme.eu.example.com|allowed|tenant_id="_s),
             qPrintable(accesstest::lastAuditLine(*m_db)));
}

void TestTenantAdministration::addKeepsAGivenIdNormalized()
{
    Tenant tenant = draft(u"b.example.com"_s);
    tenant.tenantId = u"6F9619FF-8B86-D011-B42D-00C04FC964FF"_s;
    const auto added = service(m_super).add(tenant);
    QVERIFY2(added, qPrintable(why(added)));
    QCOMPARE(added->tenantId, u"6f9619ff-8b86-d011-b42d-00c04fc964ff"_s);
}

void TestTenantAdministration::badFieldsAreNamedAndNothingIsWritten_data()
{
    QTest::addColumn<Tenant>("tenant");
    QTest::addColumn<QString>("field");
    Tenant t = draft(QString());
    QTest::newRow("empty hostname") << t << u"hostname: a value is required"_s;
    t = draft(u"a b.example.com"_s);
    QTest::newRow("space in hostname") << t << u"hostname:"_s;
    t = draft(QString(254, u'h'));
    QTest::newRow("hostname too long") << t << u"hostname: is 254 characters long"_s;
    t = draft(u"c.example.com"_s, u"Tab\there"_s);
    QTest::newRow("tab in company") << t << u"company_name: contains a control character"_s;
    t = draft(u"c.example.com"_s, QString());
    QTest::newRow("empty company") << t << u"company_name: a value is required"_s;
    t = draft(u"c.example.com"_s);
    t.tenantId = u"not-a-uuid"_s;
    QTest::newRow("bad id") << t << u"tenant_id: not a UUID"_s;
    t = draft(u"c.example.com"_s);
    t.createdOn = QDate();
    QTest::newRow("no date") << t << u"created_on: a date is required"_s;
}

void TestTenantAdministration::badFieldsAreNamedAndNothingIsWritten()
{
    QFETCH(Tenant, tenant);
    QFETCH(QString, field);
    QVERIFY(!TenantAdministration::problems(tenant).isEmpty());
    const QString before = m_db->dump();
    const auto added = service(m_super).add(tenant);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ud::ErrorKind::BadInput);
    QVERIFY2(added.error().message.contains(field), qPrintable(added.error().message));
    QCOMPARE(m_db->dump(), before);
}

void TestTenantAdministration::duplicateHostnameOrIdIsRefused()
{
    auto admin = service(m_super);
    const auto first = admin.add(draft(u"dup.example.com"_s));
    QVERIFY(first);
    const QString before = m_db->dump();

    const auto sameHost = admin.add(draft(u"DUP.example.com"_s, u"Other"_s));
    QVERIFY(!sameHost);
    QVERIFY2(sameHost.error().message.contains(u"already used by another tenant"_s),
             qPrintable(sameHost.error().message));

    Tenant sameId = draft(u"other.example.com"_s);
    sameId.tenantId = first->tenantId;
    const auto again = admin.add(sameId);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"exists already"_s),
             qPrintable(again.error().message));
    QCOMPARE(m_db->dump(), before);

    // Editing another tenant onto the hostname is refused too.
    const auto second = admin.add(draft(u"second.example.com"_s));
    QVERIFY(second);
    Tenant moved = *second;
    moved.hostname = u"dup.example.com"_s;
    const auto edited = admin.edit(moved);
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind, ud::ErrorKind::BadInput);
    QCOMPARE(admin.find(second->tenantId)->hostname, u"second.example.com"_s);
}

void TestTenantAdministration::editChangesEveryFieldButTheId()
{
    auto admin = service(m_super);
    const auto added = admin.add(draft(u"edit.example.com"_s));
    QVERIFY(added);
    Tenant changed = *added;
    changed.hostname = u"Renamed.Example.com"_s;
    changed.companyName = u"Renamed Ltd"_s;
    changed.contractMode = ud::ContractMode::Production;
    changed.locked = true;
    changed.serviceProvider = false;
    changed.authenticationAccount = true;
    changed.issuanceAccount = true;
    changed.createdOn = QDate(2025, 1, 31);
    const auto edited = admin.edit(changed);
    QVERIFY2(edited, qPrintable(why(edited)));

    const auto found = admin.find(added->tenantId);
    QVERIFY(found);
    QCOMPARE(found->hostname, u"renamed.example.com"_s);
    QCOMPARE(found->companyName, u"Renamed Ltd"_s);
    QCOMPARE(found->contractMode, ud::ContractMode::Production);
    QCOMPARE(found->locked, true);
    QCOMPARE(found->serviceProvider, false);
    QCOMPARE(found->authenticationAccount, true);
    QCOMPARE(found->issuanceAccount, true);
    QCOMPARE(found->createdOn, QDate(2025, 1, 31));
    QCOMPARE(m_db->count(u"tenants"_s), 1);
    QVERIFY(accesstest::lastAuditLine(*m_db).startsWith(
        u"admin|edit tenant|renamed.example.com|allowed|"_s));
}

void TestTenantAdministration::editOfAnUnknownTenantIsNotFound()
{
    Tenant ghost = draft(u"ghost.example.com"_s);
    ghost.tenantId = u"00000000-0000-0000-0000-000000000001"_s;
    const auto edited = service(m_super).edit(ghost);
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind, ud::ErrorKind::NotFound);
    QCOMPARE(m_db->count(u"tenants"_s), 0);
    QCOMPARE(service(m_super).remove(ghost.tenantId).error().kind, ud::ErrorKind::NotFound);
}

void TestTenantAdministration::removeTakesTheUsageWithIt()
{
    auto admin = service(m_super);
    const auto gone = admin.add(draft(u"gone.example.com"_s));
    const auto kept = admin.add(draft(u"kept.example.com"_s));
    QVERIFY(gone && kept);
    {
        auto transaction = ud::Transaction::begin(*m_connection);
        QVERIFY(transaction);
        auto writer = ud::UsageWriter::create(*m_connection);
        QVERIFY(writer);
        for (const QString &id : {gone->tenantId, kept->tenantId}) {
            const qint64 key =
                countWhere(u"SELECT tenant_key FROM tenants WHERE tenant_id = '%1'"_s.arg(id));
            for (int d = 1; d <= 3; ++d)
                QVERIFY((*writer)->add({key, QDate(2026, 5, d), 10, 1, 2, 3}));
        }
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
    }
    QCOMPARE(m_db->count(u"usage_daily"_s), 6);

    QVERIFY(admin.remove(gone->tenantId));
    QCOMPARE(m_db->count(u"tenants"_s), 1);
    QCOMPARE(m_db->count(u"usage_daily"_s), 3);
    QCOMPARE(countWhere(u"SELECT count(*) FROM usage_monthly m JOIN tenants t ON t.tenant_key = "
                        "m.tenant_key WHERE t.hostname = 'gone.example.com'"_s),
             0);
    QCOMPARE(admin.find(gone->tenantId).error().kind, ud::ErrorKind::NotFound);
    QVERIFY(accesstest::lastAuditLine(*m_db).startsWith(
        u"admin|remove tenant|gone.example.com|allowed|"_s));
}

void TestTenantAdministration::eachActionNeedsItsGrant()
{
    const auto added = service(m_super).add(draft(u"grant.example.com"_s));
    QVERIFY(added);
    const qint64 viewOnly =
        accesstest::addRole(*m_connection, u"Viewer"_s, accesstest::grants({u"tenants:view"_s}));
    accesstest::insertAdministrator(*m_connection, u"viewer"_s, viewOnly);
    const qint64 none =
        accesstest::addRole(*m_connection, u"Nothing"_s, accesstest::grants({u"roles:view"_s}));
    accesstest::insertAdministrator(*m_connection, u"nobody"_s, none);

    const QString before = m_db->dump();
    auto viewer = service(accesstest::actorOf(*m_connection, u"viewer"_s));
    QVERIFY(viewer.find(added->tenantId));
    QCOMPARE(viewer.add(draft(u"new.example.com"_s)).error().kind, ud::ErrorKind::NotPermitted);
    Tenant changed = *added;
    changed.companyName = u"Hijacked"_s;
    QCOMPARE(viewer.edit(changed).error().kind, ud::ErrorKind::NotPermitted);
    QCOMPARE(viewer.remove(added->tenantId).error().kind, ud::ErrorKind::NotPermitted);
    QCOMPARE(m_db->dump(), before);
    QVERIFY2(accesstest::lastAuditLine(*m_db).startsWith(
                 u"viewer|remove tenant|%1|refused|"_s.arg(added->tenantId)),
             qPrintable(accesstest::lastAuditLine(*m_db)));

    auto nobody = service(accesstest::actorOf(*m_connection, u"nobody"_s));
    QCOMPARE(nobody.find(added->tenantId).error().kind, ud::ErrorKind::NotPermitted);
}

QTEST_GUILESS_MAIN(TestTenantAdministration)
#include "tst_tenantadministration.moc"
