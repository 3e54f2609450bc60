#include "TestDatabase.h"
#include "filters/FilterParser.h"
#include "filters/FilterSql.h"
#include "tenants/TenantQuery.h"
#include "tenants/TenantStore.h"

#include <QTest>
#include <algorithm>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

// Tenants whose names exercise every way text matching can go wrong: Unicode
// case, LIKE wildcards, quotes, backslashes, surrounding spaces.
QList<Tenant> fixture()
{
    const QList<std::pair<QString, QString>> names = {
        {u"acme.us.example.com"_s, u"Acme Corp"_s},
        {u"acme-eu.example.com"_s, u"ACME corp Europe"_s},
        {u"aerger.example.de"_s, u"ÄRGER GmbH"_s},
        {u"aerger2.example.de"_s, u"ärger"_s},
        {u"sisyphus.example.gr"_s, u"ΣΊΣΥΦΟΣ"_s},
        {u"sisyphus2.example.gr"_s, u"σίσυφος Ltd"_s},
        {u"percent.example.com"_s, u"100% Pure"_s},
        {u"percent2.example.com"_s, u"100X Pure"_s},
        {u"under.example.com"_s, u"snake_case Ltd"_s},
        {u"under2.example.com"_s, u"snakeXcase Ltd"_s},
        {u"star.example.com"_s, u"Star*Co"_s},
        {u"starx.example.com"_s, u"StarXCo"_s},
        {u"quote.example.com"_s, u"O\"Brien & Sons"_s},
        {u"apostrophe.example.com"_s, u"O'Reilly Media"_s},
        {u"backslash.example.com"_s, u"Back\\Slash AG"_s},
        {u"backslash2.example.com"_s, u"Back\\\\Double"_s},
        {u"spaces.example.com"_s, u"  Leading and trailing  "_s},
        {u"formula.example.com"_s, u"=SUM(A1)"_s},
        {u"strasse.example.de"_s, u"Straße GmbH"_s},
        {u"kelvin.example.com"_s, u"Kelvin \u212A"_s}, // KELVIN SIGN folds to k
        {u"istanbul.example.tr"_s, u"İstanbul Ltd"_s},
        {u"emoji.example.com"_s, u"Smile 😀 Inc"_s},
        {u"x_y.example.com"_s, u"Underscore Host"_s},
        {u"xzy.example.com"_s, u"Lookalike Host"_s},
        {u"b.example.net"_s, u"and"_s},
        {u"c.example.net"_s, u"Trial Co"_s},
        {u"d.example.net"_s, u"%"_s},
        {u"e.example.net"_s, u"_"_s},
        {u"zz.example.org"_s, u"Ω Omega"_s},
        {u"\u00e9t\u00e9.example.fr"_s, u"Été SARL"_s},
    };
    const QList<QDate> dates = {QDate(2023, 12, 31), QDate(2024, 1, 1), QDate(2024, 1, 2),
                                QDate(2024, 2, 29),  QDate(2024, 3, 1), QDate(2025, 6, 15)};
    QList<Tenant> tenants;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Tenant t;
        // Ids descend while hostnames ascend, so the tie-break is visible.
        t.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(900 - i, 12, 10, QLatin1Char('0'));
        t.hostname = names[i].first;
        t.companyName = names[i].second;
        t.contractMode =
            std::array{ContractMode::Production, ContractMode::Trial, ContractMode::Unknown}[i % 3];
        t.locked = i % 2;
        t.serviceProvider = (i / 2) % 2;
        t.authenticationAccount = (i / 4) % 2;
        t.issuanceAccount = i % 5 == 0;
        t.createdOn = dates[i % dates.size()];
        tenants << t;
    }
    return tenants;
}

// filters.md, evaluated in memory with QString alone: an independent
// statement of what the SQL must select.
bool matches(const Tenant &tenant, const FilterCondition &condition)
{
    const auto text = [&](const QString &field) {
        const QString a = field.toCaseFolded();
        const QString b = condition.value.toCaseFolded();
        switch (condition.op) {
        case FilterOperator::Eq:
            return a == b;
        case FilterOperator::Ne:
            return a != b;
        case FilterOperator::Contains:
            return a.contains(b);
        case FilterOperator::NotContains:
            return !a.contains(b);
        case FilterOperator::StartsWith:
            return a.startsWith(b);
        case FilterOperator::EndsWith:
            return a.endsWith(b);
        default:
            return false;
        }
    };
    const auto flag = [&](bool field) {
        return field == (condition.value == u"true"_s);
    };
    switch (condition.attribute) {
    case FilterAttribute::Hostname:
        return text(tenant.hostname);
    case FilterAttribute::CompanyName:
        return text(tenant.companyName);
    case FilterAttribute::ContractMode:
        return (contractModeName(tenant.contractMode) == condition.value) ==
               (condition.op == FilterOperator::Eq);
    case FilterAttribute::Locked:
        return flag(tenant.locked);
    case FilterAttribute::ServiceProvider:
        return flag(tenant.serviceProvider);
    case FilterAttribute::AuthenticationAccount:
        return flag(tenant.authenticationAccount);
    case FilterAttribute::IssuanceAccount:
        return flag(tenant.issuanceAccount);
    case FilterAttribute::CreatedOn:
        break;
    }
    const QDate date = QDate::fromString(condition.value, Qt::ISODate);
    if (condition.op == FilterOperator::Before)
        return tenant.createdOn < date;
    if (condition.op == FilterOperator::After)
        return tenant.createdOn > date;
    return tenant.createdOn == date;
}

QStringList expectedIds(const QList<Tenant> &tenants, const TenantFilter &filter)
{
    QList<Tenant> selected;
    for (const Tenant &tenant : tenants) {
        if (std::all_of(filter.conditions.begin(), filter.conditions.end(),
                        [&](const FilterCondition &c) { return matches(tenant, c); }))
            selected << tenant;
    }
    // Byte order of the UTF-8 text, as both databases compare.
    std::sort(selected.begin(), selected.end(), [](const Tenant &a, const Tenant &b) {
        return std::pair(a.hostname.toUtf8(), a.tenantId.toUtf8()) <
               std::pair(b.hostname.toUtf8(), b.tenantId.toUtf8());
    });
    QStringList ids;
    for (const Tenant &tenant : selected)
        ids << tenant.tenantId;
    return ids;
}

} // namespace

class TestFilterSql : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    QList<Tenant> m_tenants;

    QStringList selectedIds(const TenantFilter &filter)
    {
        QStringList ids;
        const TenantQuery query(*m_connection);
        const Status done = query.forEach(filter, [&ids](const Tenant &tenant) {
            ids << tenant.tenantId;
            return Status();
        });
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        QVERIFY(m_connection);
        TenantStore store(*m_connection);
        m_tenants = fixture();
        for (const Tenant &tenant : std::as_const(m_tenants)) {
            const auto key = store.upsert(tenant);
            QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        }
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void sameTenantsAsInMemory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("atLeast"); // guards against filters that select nothing by accident
        const QList<std::pair<const char *, int>> filters = {
            {"", 30},
            {"hostname eq acme.us.example.com", 1},
            {"hostname eq ACME.US.EXAMPLE.COM", 1},
            {"hostname ne acme.us.example.com", 29},
            {"hostname contains acme", 2},
            {"hostname not_contains example.com", 10},
            {"hostname starts_with ACME", 2},
            {"hostname ends_with .de", 3},
            {"hostname contains x_y", 1},
            {"hostname starts_with x_", 1},
            {"hostname starts_with ÉTÉ", 1},
            {"company_name eq ärger", 1},
            {"company_name eq ÄRGER", 1},
            {"company_name starts_with äRgEr", 2},
            {"company_name eq σίσυφος", 1},
            {"company_name contains ΣΥΦΟΣ", 2},
            {"company_name starts_with \"ΣΊΣΥΦΟΣ \"", 1},
            {"company_name contains 100%", 1},
            {"company_name contains %", 2},
            {"company_name eq %", 1},
            {"company_name contains _", 2},
            {"company_name eq _", 1},
            {"company_name contains e_c", 1},
            {"company_name starts_with 100", 2},
            {"company_name contains *", 1},
            {"company_name contains r*c", 1},
            {"company_name contains \"\\\"\"", 1},
            {"company_name contains O\"B", 1},
            {"company_name starts_with o'", 1},
            {"company_name contains \\", 2},
            {"company_name contains \"\\\\\\\\\"", 1},
            {"company_name eq \"back\\\\slash ag\"", 1},
            {"company_name eq back\\slash", 0},
            {"company_name eq \"  leading and trailing  \"", 1},
            {"company_name eq \"leading and trailing\"", 0},
            {"company_name starts_with \"  \"", 1},
            {"company_name ends_with \"  \"", 1},
            {"company_name starts_with =", 1},
            {"company_name contains 😀", 1},
            {"company_name contains \"😀 inc\"", 1},
            {"company_name ends_with k", 1},
            {"company_name contains STRASSE", 0},
            {"company_name contains straße", 1},
            {"company_name contains istanbul", 0},
            {"company_name contains ω", 1},
            {"company_name eq \"and\"", 1},
            {"company_name ne \"acme corp\"", 29},
            {"company_name not_contains corp", 28},
            {"company_name not_contains _", 28},
            {"company_name ends_with GMBH", 2},
            {"company_name contains \"\"", 30},
            {"company_name eq \"\"", 0},
            {"contract_mode eq TRIAL", 10},
            {"contract_mode ne production", 20},
            {"contract_mode eq unknown", 10},
            {"locked eq true", 15},
            {"locked eq false", 15},
            {"service_provider eq true", 1},
            {"service_provider eq false", 1},
            {"authentication_account eq true", 1},
            {"authentication_account eq false", 1},
            {"issuance_account eq true", 6},
            {"issuance_account eq false", 24},
            {"created_on eq 2024-02-29", 5},
            {"created_on before 2024-01-02", 10},
            {"created_on after 2024-03-01", 5},
            {"created_on after 2099-01-01", 0},
            {"company_name contains corp and contract_mode eq PRODUCTION and locked eq false", 1},
            {"hostname ends_with .com and company_name not_contains o and issuance_account eq "
             "false",
             1},
            {"created_on after 2023-12-31 and created_on before 2024-03-01", 10},
        };
        for (const auto &[text, atLeast] : filters)
            QTest::newRow(text) << QString::fromUtf8(text) << atLeast;
    }

    void sameTenantsAsInMemory()
    {
        QFETCH(QString, text);
        QFETCH(int, atLeast);
        const auto filter = FilterParser::parse(text);
        QVERIFY2(filter, filter ? "" : qPrintable(filter.error().message));
        const QStringList expected = expectedIds(m_tenants, *filter);
        QVERIFY2(expected.size() >= atLeast, qPrintable(QString::number(expected.size())));
        QCOMPARE(selectedIds(*filter), expected);
        const TenantQuery query(*m_connection);
        const auto count = query.count(*filter);
        QVERIFY(count);
        QCOMPARE(*count, expected.size());
    }

    // The quick search is "hostname contains X or company_name contains X",
    // ANDed with the filter: checked against the in-memory evaluator.
    void quickSearchCombinesWithTheFilter_data()
    {
        QTest::addColumn<QString>("filterText");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("blank") << QString() << u"   "_s << 30;
        QTest::newRow("host or company") << QString() << u"ACME"_s << 2;
        QTest::newRow("spaces trimmed") << QString() << u"  acme "_s << 2;
        QTest::newRow("percent literal") << QString() << u"100%"_s << 1;
        QTest::newRow("underscore literal") << QString() << u"e_c"_s << 1;
        QTest::newRow("unicode fold") << QString() << u"ΊΣΥΦ"_s << 2;
        QTest::newRow("with filter") << u"contract_mode eq TRIAL"_s << u"e"_s << 2;
        QTest::newRow("no match") << QString() << u"zzz-no-such"_s << 0;
    }

    void quickSearchCombinesWithTheFilter()
    {
        QFETCH(QString, filterText);
        QFETCH(QString, search);
        QFETCH(int, atLeast);
        const auto filter = FilterParser::parse(filterText);
        QVERIFY(filter);
        auto orFilter = [&](FilterAttribute attribute) {
            TenantFilter both = *filter;
            both.conditions << FilterCondition{attribute, FilterOperator::Contains,
                                               search.trimmed()};
            return both;
        };
        QStringList expected =
            search.trimmed().isEmpty()
                ? expectedIds(m_tenants, *filter)
                : expectedIds(m_tenants, orFilter(FilterAttribute::Hostname)) +
                      expectedIds(m_tenants, orFilter(FilterAttribute::CompanyName));
        expected.removeDuplicates();
        QVERIFY2(expected.size() >= atLeast, qPrintable(QString::number(expected.size())));
        if (atLeast == 0)
            QVERIFY(expected.isEmpty());

        QStringList selected;
        const TenantQuery query(*m_connection);
        QVERIFY(query.forEach(*filter, search, [&selected](const Tenant &tenant) {
            selected << tenant.tenantId;
            return Status();
        }));
        std::sort(expected.begin(), expected.end());
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, expected);
        const auto count = query.count(*filter, search);
        QVERIFY(count);
        QCOMPARE(*count, expected.size());
    }

    void everyOperatorOnEveryAttributeRuns()
    {
        // The table above names each pair; this makes sure none is missing
        // from the SQL translation, whatever the fixture holds.
        for (FilterAttribute attribute : allFilterAttributes()) {
            for (FilterOperator op : operatorsFor(attribute)) {
                QString value = u"x"_s;
                if (filterValueKind(attribute) == FilterValueKind::ContractMode)
                    value = u"TRIAL"_s;
                else if (filterValueKind(attribute) == FilterValueKind::Boolean)
                    value = u"true"_s;
                else if (filterValueKind(attribute) == FilterValueKind::Date)
                    value = u"2024-01-02"_s;
                TenantFilter filter;
                filter.conditions << FilterCondition{attribute, op, value};
                QCOMPARE(selectedIds(filter), expectedIds(m_tenants, filter));
            }
        }
    }

    void rowsCarryEveryField()
    {
        QList<Tenant> seen;
        const TenantQuery query(*m_connection);
        QVERIFY(query.forEach(TenantFilter(), [&seen](const Tenant &tenant) {
            seen << tenant;
            return Status();
        }));
        QCOMPARE(seen.size(), m_tenants.size());
        for (const Tenant &original : std::as_const(m_tenants)) {
            const auto it = std::find_if(seen.begin(), seen.end(), [&](const Tenant &t) {
                return t.tenantId == original.tenantId;
            });
            QVERIFY(it != seen.end());
            QCOMPARE(it->hostname, original.hostname);
            QCOMPARE(it->companyName, original.companyName);
            QCOMPARE(it->contractMode, original.contractMode);
            QCOMPARE(it->locked, original.locked);
            QCOMPARE(it->serviceProvider, original.serviceProvider);
            QCOMPARE(it->authenticationAccount, original.authenticationAccount);
            QCOMPARE(it->issuanceAccount, original.issuanceAccount);
            QCOMPARE(it->createdOn, original.createdOn);
        }
    }

    void visitorErrorStopsTheWalk()
    {
        int visits = 0;
        const TenantQuery query(*m_connection);
        const Status done = query.forEach(TenantFilter(), [&visits](const Tenant &) {
            ++visits;
            return visits == 3 ? Status(Error::storage(u"disk full"_s)) : Status();
        });
        QVERIFY(!done);
        QCOMPARE(done.error().message, u"disk full"_s);
        QCOMPARE(visits, 3);
        // The connection is usable afterwards.
        QCOMPARE(query.count(TenantFilter()).value(), m_tenants.size());
    }

    void cancellationStops()
    {
        CancellationFlag flag;
        flag.cancel();
        const TenantQuery query(*m_connection);
        const Status done = query.forEach(
            TenantFilter(), [](const Tenant &) { return Status(); }, &flag);
        QVERIFY(!done);
        QCOMPARE(done.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
