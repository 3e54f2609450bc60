#include "TestDatabase.h"
#include "TestFiles.h"
#include "importing/TenantImporter.h"
#include "importing/UsageImporter.h"
#include "tenants/TenantStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 6, 1);

const QByteArray kTenantsHeader = "tenant_id,hostname,company_name,contract_mode,locked,"
                                  "service_provider,authentication_account,issuance_account,"
                                  "created_on\n";
const char kIdA[] = "11111111-2222-4333-8444-555555555555";
const char kIdB[] = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

// The two tenants every test starts from, so "unchanged" compares real data.
const QByteArray kBaseTenants = kTenantsHeader +
                                "11111111-2222-4333-8444-555555555555,acme.us.example.com,"
                                "Acme Inc.,PRODUCTION,false,true,false,true,2024-01-15\n"
                                "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE,Beta.EU.example.com,"
                                "Beta GmbH,trial,0,no,YES,1,\n";

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir, name, content);
    }

    ImportOptions options(bool ignoreUnknown = false)
    {
        ImportOptions o;
        o.today = kToday;
        o.ignoreUnknownColumns = ignoreUnknown;
        return o;
    }

    Result<ImportSummary> importTenants(const QStringList &files, bool ignoreUnknown = false)
    {
        TenantImporter importer(*m_connection, options(ignoreUnknown));
        return importer.run(files);
    }

    Result<ImportSummary> importUsage(const QStringList &files, bool ignoreUnknown = false)
    {
        UsageImporter importer(*m_connection, options(ignoreUnknown));
        return importer.run(files);
    }

    QString query1(const QString &sql)
    {
        QSqlQuery query(m_connection->database());
        if (!query.exec(sql) || !query.next())
            return u"<query failed>"_s;
        return query.value(0).toString();
    }

    // The import fails with BadInput; its first line is exactly `firstLine`
    // after the file name; the database is as before.
    void expectRejected(bool tenants, const QByteArray &content, const QString &firstLine)
    {
        const QString before = m_db->dump();
        const QString path = writeFile(u"bad.csv"_s, content);
        const auto result = tenants ? importTenants({path}) : importUsage({path});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        const QStringList lines = result.error().message.split(u'\n');
        QCOMPARE(lines.first(), path + u':' + firstLine);
        QCOMPARE(lines.last(), u"import failed: nothing was written"_s);
        QCOMPARE(m_db->dump(), before);
    }

    void expectBadTenant(const QByteArray &row, const QString &firstLine)
    {
        expectRejected(true, kTenantsHeader + row, firstLine);
    }

    void expectBadUsage(const QByteArray &rows, const QString &firstLine)
    {
        expectRejected(false,
                       "tenant_id,date,users,voice_credits,sms_credits,authentications\n"
                       "11111111-2222-4333-8444-555555555555,2025-01-01,1,2,3,4\n" +
                           rows,
                       firstLine);
    }

private Q_SLOTS:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        const auto base = importTenants({writeFile(u"base.csv"_s, kBaseTenants)});
        QVERIFY2(base, base ? "" : qPrintable(base.error().message));
        QCOMPARE(base->tenantsInserted, 2);
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    // --- valid files -------------------------------------------------------

    void validTenantsAreStoredExactly()
    {
        TenantStore store(*m_connection);
        const auto a = store.find(QString::fromLatin1(kIdA)).value();
        QVERIFY(a);
        QCOMPARE(a->hostname, u"acme.us.example.com"_s);
        QCOMPARE(a->companyName, u"Acme Inc."_s);
        QCOMPARE(a->contractMode, ContractMode::Production);
        QCOMPARE(a->locked, false);
        QCOMPARE(a->serviceProvider, true);
        QCOMPARE(a->authenticationAccount, false);
        QCOMPARE(a->issuanceAccount, true);
        QCOMPARE(a->createdOn, QDate(2024, 1, 15));
        const auto b = store.find(QString::fromLatin1(kIdB)).value();
        QVERIFY(b);
        QCOMPARE(b->hostname, u"beta.eu.example.com"_s); // lower-cased
        QCOMPARE(b->contractMode, ContractMode::Trial);
        QCOMPARE(b->serviceProvider, false);
        QCOMPARE(b->authenticationAccount, true);
        QCOMPARE(b->issuanceAccount, true);
        QCOMPARE(b->createdOn, kToday); // empty: the import day
        QCOMPARE(query1(u"SELECT hostname_folded FROM tenants WHERE tenant_id = '%1'"_s.arg(
                     QLatin1String(kIdB))),
                 u"beta.eu.example.com"_s);
    }

    void validUsageIsStoredExactly()
    {
        const QString path = writeFile(
            u"usage.csv"_s, "Tenant_ID , DATE,users,voice_credits,sms_credits,authentications\n"
                            "11111111-2222-4333-8444-555555555555,2025-01-01,10,20,30,40\n"
                            " AAAAAAAA-bbbb-4ccc-8ddd-eeeeeeeeeeee , 2024-02-29 ,2147483647,"
                            "9223372036854775807,0,\n");
        const auto result = importUsage({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->usageRows, 2);
        QCOMPARE(m_db->count(u"usage_daily"_s), 2);
        QCOMPARE(
            query1(u"SELECT users || ',' || voice_credits || ',' || sms_credits || ',' || "
                   "authentications FROM usage_daily u JOIN tenants t USING (tenant_key) "
                   "WHERE t.tenant_id = '%1' AND u.day = '2025-01-01'"_s.arg(QLatin1String(kIdA))),
            u"10,20,30,40"_s);
        QCOMPARE(
            query1(u"SELECT users || ',' || voice_credits || ',' || sms_credits || ',' || "
                   "authentications FROM usage_daily u JOIN tenants t USING (tenant_key) "
                   "WHERE t.tenant_id = '%1' AND u.day = '2024-02-29'"_s.arg(QLatin1String(kIdB))),
            u"2147483647,9223372036854775807,0,0"_s);
    }

    void authenticationsColumnIsOptional()
    {
        const QString path =
            writeFile(u"usage.csv"_s, "sms_credits,users,voice_credits,date,tenant_id\n"
                                      "3,1,2,2025-03-01,11111111-2222-4333-8444-555555555555\n");
        const auto result = importUsage({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(query1(u"SELECT users || ',' || voice_credits || ',' || sms_credits || ',' || "
                        "authentications FROM usage_daily"_s),
                 u"1,2,3,0"_s);
    }

    // --- each kind of bad row ----------------------------------------------

    void wrongTypeIsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-01-02,many,2,3,4\n",
                       u"3: users: \"many\" is not a whole number from 0 to 2147483647"_s);
    }

    void impossibleDateIsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-02-29,1,2,3,4\n",
                       u"3: date: \"2025-02-29\" is not a real date of the form YYYY-MM-DD"_s);
    }

    void negativeNumberIsRejected()
    {
        expectBadUsage(
            "11111111-2222-4333-8444-555555555555,2025-01-02,1,2,-3,4\n",
            u"3: sms_credits: \"-3\" is not a whole number from 0 to 9223372036854775807"_s);
    }

    void usersAboveInt32IsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-01-02,2147483648,2,3,4\n",
                       u"3: users: \"2147483648\" is not a whole number from 0 to 2147483647"_s);
    }

    void unknownTenantIsRejected()
    {
        expectBadUsage("22222222-2222-4333-8444-555555555555,2025-01-02,1,2,3,4\n",
                       u"3: tenant_id: no tenant has the id 22222222-2222-4333-8444-555555555555; "
                       "import the tenants first"_s);
    }

    void badUuidIsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-55555555555g,2025-01-02,1,2,3,4\n",
                       u"3: tenant_id: \"11111111-2222-4333-8444-55555555555g\" is not a UUID "
                       "(8-4-4-4-12 hexadecimal digits)"_s);
        expectBadTenant("1111111122224333844455555555555,x.example.com,X,,,,,,\n",
                        u"2: tenant_id: \"1111111122224333844455555555555\" is not a UUID "
                        "(8-4-4-4-12 hexadecimal digits)"_s);
    }

    void duplicateHostnameIsRejected()
    {
        // taken in the database by another tenant
        expectBadTenant("33333333-2222-4333-8444-555555555555,ACME.us.example.com,X,,,,,,\n",
                        u"2: hostname: \"acme.us.example.com\" is already used by another tenant "
                        "(11111111-2222-4333-8444-555555555555)"_s);
        // taken earlier in the same file
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,X,,,,,,\n"
                        "44444444-2222-4333-8444-555555555555,new.example.com,Y,,,,,,\n",
                        u"3: hostname: \"new.example.com\" is already used by another tenant "
                        "(33333333-2222-4333-8444-555555555555)"_s);
    }

    void missingRequiredFieldIsRejected()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,  ,,,,,,\n",
                        u"2: company_name: a value is required"_s);
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-01-02,1,,3,4\n",
                       u"3: voice_credits: a value is required"_s);
    }

    void unbalancedQuoteIsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-01-02,\"1,2,3,4\n",
                       u"3: unbalanced quote: the quoted value starting on line 3 is never "
                       "closed"_s);
    }

    void wrongNumberOfFieldsIsRejected()
    {
        expectBadUsage("11111111-2222-4333-8444-555555555555,2025-01-02,1,2,3\n",
                       u"3: the row has 5 fields, but the header has 6"_s);
    }

    void badEnumIsRejected()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,X,PAID,,,,,\n",
                        u"2: contract_mode: \"PAID\" is not one of PRODUCTION, TRIAL, UNKNOWN"_s);
    }

    void badBooleanIsRejected()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,X,,,,maybe,,\n",
                        u"2: authentication_account: \"maybe\" is not true/false, 1/0 or yes/no"_s);
    }

    void badCreatedOnIsRejected()
    {
        expectBadTenant(
            "33333333-2222-4333-8444-555555555555,new.example.com,X,,,,,,2025-13-01\n",
            u"2: created_on: \"2025-13-01\" is not a real date of the form YYYY-MM-DD"_s);
    }

    void controlCharacterInCompanyNameIsRejected()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,A\tB,,,,,,\n",
                        u"2: company_name: contains a control character (U+0009) at character 2; "
                        "tabs and line breaks are not allowed"_s);
    }

    void quotedLineBreakIsRejectedAsControlCharacter()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,\"A\nB\",,,,,,\n"
                        "44444444-2222-4333-8444-555555555555,x,\"\",,,,,,\n",
                        u"2: company_name: contains a control character (U+000A) at character 2; "
                        "tabs and line breaks are not allowed"_s);
        // and the next record's line number accounts for the line break
        const auto result = importTenants({m_dir.filePath(u"bad.csv"_s)});
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"bad.csv:4: company_name: a value is required"_s),
                 qPrintable(result.error().message));
    }

    void tooLongValuesAreRejected()
    {
        const QByteArray host = QByteArray(250, 'h') + ".com"; // 254
        expectBadTenant("33333333-2222-4333-8444-555555555555," + host + ",X,,,,,,\n",
                        u"2: hostname: is 254 characters long; at most 253 are allowed"_s);
        QByteArray company;
        for (int i = 0; i < 201; ++i)
            company += "é"; // 201 code points, 402 bytes
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com," + company +
                            ",,,,,,\n",
                        u"2: company_name: is 201 characters long; at most 200 are allowed"_s);
    }

    void hostnameWithSpaceIsRejected()
    {
        expectBadTenant(
            "33333333-2222-4333-8444-555555555555,new example.com,X,,,,,,\n",
            u"2: hostname: \"new example.com\" contains a space; a hostname has none"_s);
    }

    void unknownColumnIsRejected()
    {
        expectRejected(true,
                       "tenant_id,hostname,company_name,colour\n"
                       "33333333-2222-4333-8444-555555555555,new.example.com,X,red\n",
                       u"1: colour: unknown column (the known ones are: tenant_id, hostname, "
                       "company_name, contract_mode, locked, service_provider, "
                       "authentication_account, issuance_account, created_on)"_s);
    }

    void missingColumnIsRejected()
    {
        expectRejected(false,
                       "tenant_id,date,voice_credits,sms_credits\n"
                       "11111111-2222-4333-8444-555555555555,2025-01-01,2,3\n",
                       u"1: users: required column is missing from the header"_s);
    }

    void duplicateColumnIsRejected()
    {
        expectRejected(false,
                       "tenant_id,date,users,Users,voice_credits,sms_credits\n"
                       "11111111-2222-4333-8444-555555555555,2025-01-01,1,1,2,3\n",
                       u"1: users: the column appears more than once in the header"_s);
    }

    void invalidUtf8IsRejected()
    {
        expectBadTenant("33333333-2222-4333-8444-555555555555,new.example.com,Z\xFCrich AG,,,,,,\n",
                        u"2: the line is not valid UTF-8 text (save the file as UTF-8)"_s);
    }

    void emptyFileIsRejected()
    {
        expectRejected(false, "", u"1: the file is empty; a header line is expected"_s);
    }

    // --- limits and formats -------------------------------------------------

    void onlyTheFirstTwentyBadRowsAreListed()
    {
        const QString before = m_db->dump();
        QByteArray content = "tenant_id,date,users,voice_credits,sms_credits\n";
        for (int i = 0; i < 30; ++i)
            content += "11111111-2222-4333-8444-555555555555,2025-01-01,-" + QByteArray::number(i) +
                       ",0,0\n";
        const QString path = writeFile(u"many.csv"_s, content);
        const auto result = importUsage({path});
        QVERIFY(!result);
        const QStringList lines = result.error().message.split(u'\n');
        QCOMPARE(lines.size(), 22);
        QVERIFY(lines[0].startsWith(path + u":2: users: \"-0\""_s));
        QVERIFY(lines[19].startsWith(path + u":21: users: \"-19\""_s));
        QVERIFY(lines[20].startsWith(u"... and more errors not shown"_s));
        QCOMPARE(lines[21], u"import failed: nothing was written"_s);
        QCOMPARE(m_db->dump(), before);
    }

    void goodRowsBeforeABadOneAreNotWritten()
    {
        const QString before = m_db->dump();
        QByteArray content = "tenant_id,date,users,voice_credits,sms_credits\n";
        for (int i = 0; i < 100; ++i)
            content += "11111111-2222-4333-8444-555555555555," +
                       QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",1,2,3\n";
        const QString good = writeFile(u"good.csv"_s, content);
        const QString bad =
            writeFile(u"bad2.csv"_s, "tenant_id,date,users,voice_credits,sms_credits\n"
                                     "11111111-2222-4333-8444-555555555555,2025-01-01,1,2,x\n");
        const auto result = importUsage({good, bad});
        QVERIFY(!result);
        QVERIFY(result.error().message.startsWith(bad + u":2: sms_credits:"_s));
        QCOMPARE(m_db->dump(), before);
    }

    void bomAndCrlfAreAccepted()
    {
        const QString path = writeFile(
            u"usage.csv"_s, "\xEF\xBB\xBFtenant_id,date,users,voice_credits,sms_credits\r\n"
                            "11111111-2222-4333-8444-555555555555,2025-01-01,5,6,7\r\n");
        const auto result = importUsage({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(query1(u"SELECT users || ',' || sms_credits FROM usage_daily"_s), u"5,7"_s);
    }

    void quotedCommasAndDoubledQuotes()
    {
        const QString path =
            writeFile(u"t.csv"_s, "tenant_id,hostname,company_name\n"
                                  "33333333-2222-4333-8444-555555555555,q.example.com,"
                                  "\"Quote \"\"Q\"\", Inc., \"\"Ltd\"\"\"\n");
        const auto result = importTenants({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(query1(u"SELECT company_name FROM tenants WHERE hostname = 'q.example.com'"_s),
                 u"Quote \"Q\", Inc., \"Ltd\""_s);
    }

    void reimportCorrectsUsage()
    {
        const QByteArray header = "tenant_id,date,users,voice_credits,sms_credits\n";
        QVERIFY(importUsage(
            {writeFile(u"u1.csv"_s, header + "11111111-2222-4333-8444-555555555555,2025-01-01,"
                                             "1,1,1\n")}));
        const auto again = importUsage(
            {writeFile(u"u2.csv"_s, header + "11111111-2222-4333-8444-555555555555,2025-01-01,"
                                             "2,2,2\n"
                                             "11111111-2222-4333-8444-555555555555,2025-01-01,"
                                             "3,4,5\n")});
        QVERIFY(again);
        QCOMPARE(m_db->count(u"usage_daily"_s), 1);
        QCOMPARE(query1(u"SELECT users || ',' || voice_credits || ',' || sms_credits FROM "
                        "usage_daily"_s),
                 u"3,4,5"_s);
    }

    void sameTenantTwiceLaterWins()
    {
        const QString path = writeFile(
            u"t.csv"_s, "tenant_id,hostname,company_name,locked\n"
                        "33333333-2222-4333-8444-555555555555,first.example.com,First,yes\n"
                        "33333333-2222-4333-8444-555555555555,second.example.com,Second,no\n");
        const auto result = importTenants({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->tenantsInserted, 1);
        QCOMPARE(result->tenantsUpdated, 0);
        QCOMPARE(query1(u"SELECT hostname || ',' || company_name || ',' || locked FROM tenants "
                        "WHERE tenant_id = '33333333-2222-4333-8444-555555555555'"_s),
                 u"second.example.com,Second,0"_s);
    }

    void reimportUpdatesButKeepsAbsentColumnsAndCreatedOn()
    {
        // Only the required columns plus an empty created_on: the flags,
        // contract mode and the creation day of tenant A stay as they were.
        const QString path = writeFile(
            u"t.csv"_s, "tenant_id,hostname,company_name,created_on\n"
                        "11111111-2222-4333-8444-555555555555,acme.example.com,Acme Corp,\n"
                        "55555555-2222-4333-8444-555555555555,new.example.com,New,\n");
        const auto result = importTenants({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->tenantsInserted, 1);
        QCOMPARE(result->tenantsUpdated, 1);
        TenantStore store(*m_connection);
        const auto a = store.find(QString::fromLatin1(kIdA)).value();
        QCOMPARE(a->hostname, u"acme.example.com"_s);
        QCOMPARE(a->companyName, u"Acme Corp"_s);
        QCOMPARE(a->contractMode, ContractMode::Production);
        QCOMPARE(a->serviceProvider, true);
        QCOMPARE(a->issuanceAccount, true);
        QCOMPARE(a->createdOn, QDate(2024, 1, 15));
        const auto n = store.find(u"55555555-2222-4333-8444-555555555555"_s).value();
        QCOMPARE(n->contractMode, ContractMode::Unknown);
        QCOMPARE(n->locked, false);
        QCOMPARE(n->createdOn, kToday);
    }

    void hostnamesMaySwapWithinOneFile()
    {
        // A gives up its hostname before B takes it: allowed.
        const QString path = writeFile(
            u"t.csv"_s, "tenant_id,hostname,company_name\n"
                        "11111111-2222-4333-8444-555555555555,tmp.example.com,Acme Inc.\n"
                        "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee,acme.us.example.com,Beta GmbH\n");
        const auto result = importTenants({path});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->tenantsUpdated, 2);
    }

    void ignoreUnknownColumns()
    {
        const QString path = writeFile(
            u"u.csv"_s, "tenant_id,region,date,users,voice_credits,sms_credits,note\n"
                        "11111111-2222-4333-8444-555555555555,eu,2025-01-01,1,2,3,\"x, y\"\n");
        QVERIFY(!importUsage({path}));
        const auto result = importUsage({path}, true);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->usageRows, 1);
    }

    void usageForTenantsOfTheSameRun()
    {
        // Several files in one command: tenants, then their usage in two files.
        const QString tenants =
            writeFile(u"t2.csv"_s, "tenant_id,hostname,company_name\n"
                                   "66666666-2222-4333-8444-555555555555,six.example.com,Six\n");
        QVERIFY(importTenants({tenants}));
        const QByteArray header = "tenant_id,date,users,voice_credits,sms_credits\n";
        const auto result = importUsage(
            {writeFile(u"a.csv"_s,
                       header + "66666666-2222-4333-8444-555555555555,2025-01-01,1,1,1\n"),
             writeFile(u"b.csv"_s,
                       header + "66666666-2222-4333-8444-555555555555,2025-01-02,1,1,1\n")});
        QVERIFY(result);
        QCOMPARE(result->files, 2);
        QCOMPARE(result->usageRows, 2);
    }

    void missingFileIsStorageError()
    {
        const auto result = importUsage({m_dir.filePath(u"absent.csv"_s)});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Storage);
        QVERIFY(result.error().message.contains(u"absent.csv"_s));
    }

    void cancellationRollsBack()
    {
        QByteArray content = "tenant_id,date,users,voice_credits,sms_credits\n";
        for (int i = 0; i < 20000; ++i)
            content += "11111111-2222-4333-8444-555555555555," +
                       QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",1,2,3\n";
        const QString path = writeFile(u"big.csv"_s, content);
        const QString before = m_db->dump();
        CancellationFlag flag;
        ImportOptions o = options();
        o.cancellation = &flag;
        qint64 lastRows = 0;
        o.progress = [&](const ImportProgress &progress) {
            lastRows = progress.rowsDone;
            QVERIFY(progress.bytesRead <= progress.bytesTotal);
            if (progress.rowsDone >= 8192)
                flag.cancel();
        };
        UsageImporter importer(*m_connection, o);
        const auto result = importer.run({path});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY(lastRows >= 8192 && lastRows < 20000);
        QCOMPARE(m_db->dump(), before);
    }

    void hundredThousandRows()
    {
        // 100 tenants x 1000 days, generated here; checked by count and sums.
        QByteArray tenants = "tenant_id,hostname,company_name\n";
        for (int t = 0; t < 100; ++t)
            tenants +=
                u"%1-0000-4000-8000-000000000000,t%2.example.com,T%2\n"_s.arg(t + 0x10000000, 8, 16)
                    .arg(t)
                    .toLatin1();
        QVERIFY(importTenants({writeFile(u"t100.csv"_s, tenants)}));
        QByteArray usage = "tenant_id,date,users,voice_credits,sms_credits,authentications\n";
        usage.reserve(8 * 1024 * 1024);
        qint64 expectedVoice = 0;
        qint64 expectedUsers = 0;
        for (int t = 0; t < 100; ++t) {
            const QByteArray id =
                u"%1-0000-4000-8000-000000000000"_s.arg(t + 0x10000000, 8, 16).toLatin1();
            for (int d = 0; d < 1000; ++d) {
                const qint64 users = (t * 7 + d) % 5000;
                const qint64 voice = qint64(t) * 1000 + d;
                expectedUsers += users;
                expectedVoice += voice;
                usage += id + ',' + QDate(2022, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() +
                         ',' + QByteArray::number(users) + ',' + QByteArray::number(voice) +
                         ",1,2\n";
            }
        }
        const auto result = importUsage({writeFile(u"u100k.csv"_s, usage)});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->usageRows, 100000);
        QCOMPARE(m_db->count(u"usage_daily"_s), 100000);
        QCOMPARE(
            query1(u"SELECT CAST(sum(voice_credits) AS BIGINT) FROM usage_daily"_s).toLongLong(),
            expectedVoice);
        QCOMPARE(query1(u"SELECT CAST(sum(users) AS BIGINT) FROM usage_daily"_s).toLongLong(),
                 expectedUsers);
        QCOMPARE(
            query1(u"SELECT CAST(sum(authentications) AS BIGINT) FROM usage_daily"_s).toLongLong(),
            200000);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
