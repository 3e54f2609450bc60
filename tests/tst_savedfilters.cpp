// Saved tenant filters: SavedFilterStore (names, canonical text, replace,
// rename, remove, access and audit) and the command line's `filter list |
// save | delete` and `tenants list --saved-filter`, on both back ends.
#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "TestDatabase.h"
#include "filters/FilterParser.h"
#include "filters/SavedFilterStore.h"
#include "tenants/TenantStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::lastAuditLine;
using accesstest::superActor;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

ud::Clock fixedClock()
{
    return [] {
        return kNow;
    };
}

ud::TenantFilter parsed(const QString &text)
{
    const auto filter = ud::FilterParser::parse(text);
    if (!filter)
        qFatal("%s", qUtf8Printable(filter.error().message));
    return *filter;
}

ud::Tenant tenant(int n, const QString &company, ud::ContractMode mode)
{
    ud::Tenant t;
    t.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    t.hostname = u"t%1.example.com"_s.arg(n);
    t.companyName = company;
    t.contractMode = mode;
    t.createdOn = QDate(2024, 1, n);
    return t;
}

} // namespace

class TestSavedFilters : public QObject
{
    Q_OBJECT

private:
    // A role holding only usage_data:view, and one of its administrators.
    static ud::Actor outsider(const ud::Connection &connection)
    {
        const qint64 role = accesstest::addRole(connection, u"Usage Viewer"_s,
                                                accesstest::grants({u"usage_data:view"_s}));
        accesstest::insertAdministrator(connection, u"outsider"_s, role, true,
                                        u"outsider password 1"_s);
        return accesstest::actorOf(connection, u"outsider"_s);
    }

private Q_SLOTS:
    void savesInCanonicalFormAndLists()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::SavedFilterStore store(*connection, superActor(*connection), fixedClock());

        // Non-canonical spelling is stored canonically.
        const auto saved = store.save(u"  Acme trials "_s,
                                      u"Company_Name CONTAINS acme AND contract_mode eq trial"_s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->name, u"Acme trials"_s);
        QCOMPARE(saved->filterText, u"company_name contains acme and contract_mode eq TRIAL"_s);
        QCOMPARE(saved->createdBy, u"admin"_s);
        QCOMPARE(saved->createdAt, kNow);
        QVERIFY(saved->id > 0);
        QCOMPARE(lastAuditLine(*db), u"admin|save filter|Acme trials|allowed|"
                                     "company_name contains acme and contract_mode eq TRIAL"_s);

        QVERIFY(store.save(u"b locked"_s, parsed(u"locked eq true"_s)));
        QVERIFY(store.save(u"Zeta"_s, parsed(u"created_on before 2025-01-01"_s)));
        const auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        // By folded name: "acme trials" < "b locked" < "zeta".
        QCOMPARE(all->at(0).name, u"Acme trials"_s);
        QCOMPARE(all->at(1).name, u"b locked"_s);
        QCOMPARE(all->at(2).name, u"Zeta"_s);
        QCOMPARE(all->at(0), *saved);

        // Found in any case, and read back as the same filter.
        const auto found = store.find(u"ACME TRIALS"_s);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->id, saved->id);
        const auto filter = store.filterNamed(u"acme trials"_s);
        QVERIFY(filter);
        QCOMPARE(filter->toText(), saved->filterText);
        const auto missing = store.find(u"nope"_s);
        QVERIFY(missing && !missing->has_value());
        const auto unknown = store.filterNamed(u"nope"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ud::ErrorKind::NotFound);
    }

    void refusesBadNamesFiltersAndDuplicates()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::SavedFilterStore store(*connection, superActor(*connection), fixedClock());
        QVERIFY(store.save(u"Trials"_s, u"contract_mode eq TRIAL"_s));
        const QString before = db->dump({u"saved_filters"_s});

        const auto expectBad = [&](const ud::Result<ud::SavedFilter> &result,
                                   const QString &fragment) {
            QVERIFY(!result);
            QCOMPARE(result.error().kind, ud::ErrorKind::BadInput);
            QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
        };
        expectBad(store.save(u"   "_s, u"locked eq true"_s), u"a name is required"_s);
        expectBad(store.save(QString(101, u'x'), u"locked eq true"_s), u"at most 100"_s);
        expectBad(store.save(u"tab\there"_s, u"locked eq true"_s), u"control character"_s);
        expectBad(store.save(u"Empty"_s, ud::TenantFilter()), u"empty filter"_s);
        expectBad(store.save(u"Empty"_s, u"   "_s), u"empty filter"_s);
        expectBad(store.save(u"Bad"_s, u"locked eq maybe"_s), u"position"_s);
        ud::TenantFilter handMade; // not through the parser: an operator that does not fit
        handMade.conditions.append(
            {ud::FilterAttribute::Locked, ud::FilterOperator::Contains, u"true"_s});
        expectBad(store.save(u"Bad"_s, handMade), u"does not apply"_s);
        // A name taken in another case is refused unless replacing.
        expectBad(store.save(u"TRIALS"_s, u"locked eq true"_s), u"already exists"_s);
        // 100 characters (code points, an emoji counts once) is allowed.
        QVERIFY(store.save(QString(99, u'y') + u"😀"_s, u"locked eq false"_s));
        QVERIFY(store.remove(QString(99, u'y') + u"😀"_s));
        QCOMPARE(db->dump({u"saved_filters"_s}), before);
    }

    void replacesRenamesAndRemoves()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::SavedFilterStore store(*connection, superActor(*connection), fixedClock());
        const auto first = store.save(u"Trials"_s, u"contract_mode eq TRIAL"_s);
        QVERIFY(first);

        const auto replaced = store.save(u"TRIALS"_s, u"contract_mode ne TRIAL"_s,
                                         ud::SavedFilterStore::IfExists::Replace);
        QVERIFY(replaced);
        QCOMPARE(replaced->id, first->id);
        QCOMPARE(replaced->name, u"TRIALS"_s);
        QCOMPARE(replaced->filterText, u"contract_mode ne TRIAL"_s);
        QCOMPARE(db->count(u"saved_filters"_s), 1);
        QCOMPARE(lastAuditLine(*db),
                 u"admin|replace filter|TRIALS|allowed|contract_mode ne TRIAL"_s);

        QVERIFY(store.save(u"Other"_s, u"locked eq true"_s));
        const ud::Status clash = store.rename(u"trials"_s, u"other"_s);
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, ud::ErrorKind::BadInput);
        QVERIFY(store.rename(u"trials"_s, u"Not trials"_s));
        QCOMPARE(lastAuditLine(*db), u"admin|rename filter|TRIALS|allowed|new name: Not trials"_s);
        QVERIFY(store.rename(u"not trials"_s, u"Not Trials"_s)); // only the case changes
        const auto renamed = store.find(u"NOT TRIALS"_s);
        QVERIFY(renamed && renamed->has_value());
        QCOMPARE((*renamed)->name, u"Not Trials"_s);

        const ud::Status missing = store.remove(u"nothing"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ud::ErrorKind::NotFound);
        QCOMPARE(store.rename(u"nothing"_s, u"x"_s).error().kind, ud::ErrorKind::NotFound);
        QVERIFY(store.remove(u"not trials"_s));
        QCOMPARE(lastAuditLine(*db),
                 u"admin|delete filter|Not Trials|allowed|contract_mode ne TRIAL"_s);
        QCOMPARE(db->count(u"saved_filters"_s), 1);
    }

    void needsTenantsViewAndAuditsRefusals()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::SavedFilterStore admin(*connection, superActor(*connection), fixedClock());
        QVERIFY(admin.save(u"Trials"_s, u"contract_mode eq TRIAL"_s));
        const QString before = db->dump({u"saved_filters"_s});

        ud::SavedFilterStore refused(*connection, outsider(*connection), fixedClock());
        const auto list = refused.list();
        QVERIFY(!list);
        QCOMPARE(list.error().kind, ud::ErrorKind::NotPermitted);
        QVERIFY(lastAuditLine(*db).startsWith(u"outsider|list saved filters||refused|"_s));
        QCOMPARE(refused.filterNamed(u"Trials"_s).error().kind, ud::ErrorKind::NotPermitted);
        // Refused before the name or filter is even looked at.
        QCOMPARE(refused.save(u""_s, u"garbage"_s).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(refused.save(u"Mine"_s, u"locked eq true"_s).error().kind,
                 ud::ErrorKind::NotPermitted);
        QVERIFY(lastAuditLine(*db).startsWith(u"outsider|save filter|Mine|refused|"_s));
        QCOMPARE(refused.remove(u"Trials"_s).error().kind, ud::ErrorKind::NotPermitted);
        QVERIFY(lastAuditLine(*db).startsWith(u"outsider|delete filter|Trials|refused|"_s));
        QCOMPARE(refused.rename(u"Trials"_s, u"X"_s).error().kind, ud::ErrorKind::NotPermitted);
        QCOMPARE(db->dump({u"saved_filters"_s}), before);

        // The Auditor holds tenants:view: it may list and use, and save.
        const qint64 auditorRole = accesstest::builtInRoleId(*connection, ud::BuiltInRole::Auditor);
        accesstest::insertAdministrator(*connection, u"auditor"_s, auditorRole);
        ud::SavedFilterStore auditor(*connection, accesstest::actorOf(*connection, u"auditor"_s),
                                     fixedClock());
        QVERIFY(auditor.list());
        QVERIFY(auditor.filterNamed(u"trials"_s));
        QVERIFY(auditor.save(u"Auditor's"_s, u"locked eq false"_s));
        QCOMPARE(lastAuditLine(*db), u"auditor|save filter|Auditor's|allowed|locked eq false"_s);
    }

    void commandLine()
    {
        auto db = TestDatabase::create();
        {
            auto connection = db->connect();
            ud::TenantStore tenants(*connection);
            QVERIFY(tenants.upsert(tenant(1, u"Acme Corp"_s, ud::ContractMode::Trial)));
            QVERIFY(tenants.upsert(tenant(2, u"ACME Labs"_s, ud::ContractMode::Production)));
            QVERIFY(tenants.upsert(tenant(3, u"Other"_s, ud::ContractMode::Trial)));
        }
        CliRunner cli(db->cliTarget());
        const auto run = [&cli](const QStringList &arguments) {
            return cli.run(arguments);
        };

        CliResult result = run({u"filter"_s, u"save"_s, u"Acme trials"_s, u"--filter"_s,
                                u"company_name contains ACME and contract_mode eq trial"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("company_name contains ACME and contract_mode eq TRIAL"));

        // The same name again: bad input, unless --replace.
        result =
            run({u"filter"_s, u"save"_s, u"ACME TRIALS"_s, u"--filter"_s, u"locked eq true"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("already exists"));
        result = run({u"filter"_s, u"save"_s, u"x"_s, u"--filter"_s, u"locked eq"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--filter: position"));
        QCOMPARE(run({u"filter"_s, u"save"_s, u"x"_s}).exitCode, 2);
        // Every list command shares the --format check: a bad value is named.
        for (const QStringList &list :
             {QStringList{u"filter"_s, u"list"_s}, QStringList{u"report"_s, u"list"_s},
              QStringList{u"audit"_s, u"list"_s}}) {
            const CliResult bad = run(list + QStringList{u"--format"_s, u"XML"_s});
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains("--format: \"XML\" is not a format"), bad.err.constData());
            QVERIFY(bad.out.isEmpty());
        }
        QCOMPARE(run({u"filter"_s, u"list"_s, u"--format"_s, u"JSON"_s}).exitCode, 0);
        QCOMPARE(run({u"filter"_s, u"save"_s, u"x"_s, u"--filter"_s, u""_s}).exitCode, 2);
        QCOMPARE(run({u"filter"_s, u"save"_s, u" "_s, u"--filter"_s, u"locked eq true"_s}).exitCode,
                 2);
        QCOMPARE(
            run({u"filter"_s, u"save"_s, u"Locked"_s, u"--filter"_s, u"locked eq true"_s}).exitCode,
            0);

        // tenants list --saved-filter runs the saved filter.
        result = run({u"tenants"_s, u"list"_s, u"--saved-filter"_s, u"acme TRIALS"_s, u"--format"_s,
                      u"json"_s});
        QCOMPARE(result.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject()[u"company_name"_s].toString(), u"Acme Corp"_s);
        QCOMPARE(run({u"tenants"_s, u"list"_s, u"--saved-filter"_s, u"missing"_s}).exitCode, 4);
        QCOMPARE(run({u"tenants"_s, u"list"_s, u"--saved-filter"_s, u"Locked"_s, u"--filter"_s,
                      u"locked eq true"_s})
                     .exitCode,
                 2);

        result = run({u"filter"_s, u"save"_s, u"Acme trials"_s, u"--replace"_s, u"--filter"_s,
                      u"company_name starts_with acme"_s});
        QCOMPARE(result.exitCode, 0);
        result = run(
            {u"tenants"_s, u"list"_s, u"--saved-filter"_s, u"Acme trials"_s, u"--format=json"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 2);

        // filter list in its three forms.
        result = run({u"filter"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject()[u"name"_s].toString(), u"Acme trials"_s);
        QCOMPARE(rows[0].toObject()[u"filter"_s].toString(), u"company_name starts_with acme"_s);
        QCOMPARE(rows[0].toObject()[u"created_by"_s].toString(), u"admin"_s);
        QCOMPARE(rows[1].toObject()[u"name"_s].toString(), u"Locked"_s);
        result = run({u"filter"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.value(0), QByteArray("name,filter,created_by,created_at,updated_at\r"));
        QVERIFY(lines.value(1).startsWith("Acme trials,company_name starts_with acme,admin,"));
        QVERIFY(lines.value(2).startsWith("Locked,locked eq true,admin,"));
        result = run({u"filter"_s, u"list"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("NAME"));
        QVERIFY(result.out.contains("Locked"));
        QCOMPARE(run({u"filter"_s, u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 2);

        // delete.
        QCOMPARE(run({u"filter"_s, u"delete"_s, u"nothing"_s}).exitCode, 4);
        QCOMPARE(run({u"filter"_s, u"delete"_s, u"locked"_s}).exitCode, 0);
        QCOMPARE(db->count(u"saved_filters"_s), 1);

        // Someone without tenants:view: 3, and nothing changes.
        {
            auto connection = db->connect();
            outsider(*connection);
        }
        const QString before = db->dump({u"saved_filters"_s});
        CliRunner other(db->cliTarget());
        other.environment().insert(u"USAGEDESK_USER"_s, u"outsider"_s);
        other.environment().insert(u"USAGEDESK_PASSWORD"_s, u"outsider password 1"_s);
        QCOMPARE(other.run({u"filter"_s, u"list"_s}).exitCode, 3);
        QCOMPARE(other.run({u"filter"_s, u"save"_s, u"x"_s, u"--filter"_s, u"locked eq true"_s})
                     .exitCode,
                 3);
        QCOMPARE(other.run({u"filter"_s, u"delete"_s, u"Acme trials"_s}).exitCode, 3);
        QCOMPARE(
            other.run({u"tenants"_s, u"list"_s, u"--saved-filter"_s, u"Acme trials"_s}).exitCode,
            3);
        QCOMPARE(db->dump({u"saved_filters"_s}), before);
    }
};

QTEST_GUILESS_MAIN(TestSavedFilters)
#include "tst_savedfilters.moc"
