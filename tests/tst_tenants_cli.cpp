#include "CliRunner.h"
#include "TestDatabase.h"
#include "tenants/TenantStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

// `tenants list` through the real binary (cli.md): the three formats, the
// filter, and bad input.
class TestTenantsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    static Tenant tenant(int n, const QString &company, ContractMode mode, QDate created)
    {
        Tenant t;
        t.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
        t.hostname = QChar(u'a' + n - 1) + u".example.com"_s;
        t.companyName = company;
        t.contractMode = mode;
        t.createdOn = created;
        return t;
    }

    CliResult list(const QStringList &arguments) const
    {
        CliRunner cli(m_db->cliTarget());
        return cli.run(QStringList{u"tenants"_s, u"list"_s} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = TestDatabase::create();
        auto connection = m_db->connect();
        TenantStore store(*connection);
        QList<Tenant> tenants = {
            tenant(1, u"Plain Co"_s, ContractMode::Production, QDate(2024, 1, 1)),
            tenant(2, u"Comma, Inc"_s, ContractMode::Trial, QDate(2024, 2, 29)),
            tenant(3, u"Say \"Hi\" Ltd"_s, ContractMode::Unknown, QDate(2023, 12, 31)),
            tenant(4, u"=HYPERLINK(1)"_s, ContractMode::Production, QDate(2025, 1, 1)),
            tenant(5, u"-minus, co"_s, ContractMode::Trial, QDate(2025, 1, 2)),
            tenant(6, u"Ärger ΣΊΣΥΦΟΣ"_s, ContractMode::Unknown, QDate(2024, 6, 30)),
        };
        tenants[1].locked = true;
        tenants[2].serviceProvider = true;
        tenants[2].authenticationAccount = true;
        tenants[3].issuanceAccount = true;
        tenants[5].locked = tenants[5].serviceProvider = tenants[5].authenticationAccount =
            tenants[5].issuanceAccount = true;
        // Stored out of order: the list orders by hostname.
        for (int i : {4, 1, 5, 0, 3, 2})
            QVERIFY(store.upsert(tenants[i]));
    }

    void cleanupTestCase() { m_db.reset(); }

    void csvIsByteExact()
    {
        const CliResult result = list({u"--format"_s, u"csv"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QByteArray());
        const QByteArray expected =
            "tenant_id,hostname,company_name,contract_mode,locked,service_provider,"
            "authentication_account,issuance_account,created_on\r\n"
            "00000000-0000-4000-8000-000000000001,a.example.com,Plain Co,PRODUCTION,false,false,"
            "false,false,2024-01-01\r\n"
            "00000000-0000-4000-8000-000000000002,b.example.com,\"Comma, Inc\",TRIAL,true,false,"
            "false,false,2024-02-29\r\n"
            "00000000-0000-4000-8000-000000000003,c.example.com,\"Say \"\"Hi\"\" Ltd\",UNKNOWN,"
            "false,true,true,false,2023-12-31\r\n"
            "00000000-0000-4000-8000-000000000004,d.example.com,'=HYPERLINK(1),PRODUCTION,false,"
            "false,false,true,2025-01-01\r\n"
            "00000000-0000-4000-8000-000000000005,e.example.com,\"'-minus, co\",TRIAL,false,"
            "false,false,false,2025-01-02\r\n"
            "00000000-0000-4000-8000-000000000006,f.example.com,\xC3\x84rger "
            "\xCE\xA3\xCE\x8A\xCE\xA3\xCE\xA5\xCE\xA6\xCE\x9F\xCE\xA3,UNKNOWN,true,true,true,"
            "true,2024-06-30\r\n";
        QCOMPARE(result.out, expected);
    }

    void jsonHasValuesAndTypes()
    {
        const CliResult result = list({u"--format=json"_s});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 6);
        const QJsonObject third = array[2].toObject();
        QCOMPARE(third.size(), 9);
        QCOMPARE(third[u"tenant_id"_s].toString(), u"00000000-0000-4000-8000-000000000003"_s);
        QCOMPARE(third[u"hostname"_s].toString(), u"c.example.com"_s);
        QCOMPARE(third[u"company_name"_s].toString(), u"Say \"Hi\" Ltd"_s);
        QCOMPARE(third[u"contract_mode"_s].toString(), u"UNKNOWN"_s);
        QVERIFY(third[u"locked"_s].isBool());
        QCOMPARE(third[u"locked"_s].toBool(), false);
        QCOMPARE(third[u"service_provider"_s].toBool(true), true);
        QVERIFY(third[u"authentication_account"_s].isBool());
        QCOMPARE(third[u"issuance_account"_s].toBool(true), false);
        QCOMPARE(third[u"created_on"_s].toString(), u"2023-12-31"_s);
        // No formula guard in JSON: the value is data, not a spreadsheet cell.
        QCOMPARE(array[3].toObject()[u"company_name"_s].toString(), u"=HYPERLINK(1)"_s);
        QCOMPARE(array[5].toObject()[u"company_name"_s].toString(), u"Ärger ΣΊΣΥΦΟΣ"_s);
        // Keys in data.md's order.
        const QByteArray firstLine = result.out.split('\n').value(1);
        qsizetype last = -1;
        for (const char *key :
             {"tenant_id", "hostname", "company_name", "contract_mode", "locked",
              "service_provider", "authentication_account", "issuance_account", "created_on"}) {
            const qsizetype at = firstLine.indexOf(QByteArray(QByteArray("\"") + key + "\":"));
            QVERIFY2(at > last, key);
            last = at;
        }
    }

    void jsonOfNothingIsAnEmptyArray()
    {
        const CliResult result =
            list({u"--format"_s, u"json"_s, u"--filter"_s, u"hostname eq nowhere"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("[]\n"));
    }

    void tableIsTheDefault()
    {
        const CliResult result = list({});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.size(), 2 + 6 + 1); // header, rule, rows, final newline
        QVERIFY(lines[0].startsWith("tenant_id"));
        QVERIFY(lines[0].contains("company_name"));
        QVERIFY(lines[0].endsWith("created_on"));
        QVERIFY(lines[1].startsWith("---"));
        QVERIFY(lines[2].startsWith("00000000-0000-4000-8000-000000000001  a.example.com"));
        // Aligned: every row's hostname starts in the same column.
        const qsizetype column = lines[0].indexOf("hostname");
        for (int i = 2; i < 8; ++i)
            QCOMPARE(lines[i].indexOf(".example.com") - 1, column);
        QCOMPARE(result.out, list({u"--format"_s, u"TABLE"_s}).out);
    }

    void filterNarrows()
    {
        const CliResult result =
            list({u"--format"_s, u"csv"_s, u"--filter"_s,
                  u"company_name contains \", \" and contract_mode eq trial"_s});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].contains("b.example.com"));
        QVERIFY(lines[2].contains("e.example.com"));
        const CliResult unicode =
            list({u"--format"_s, u"csv"_s, u"--filter"_s, u"company_name contains σίσυφος"_s});
        QCOMPARE(unicode.exitCode, 0);
        QCOMPARE(unicode.out.count('\n'), 2);
        QVERIFY(unicode.out.contains("f.example.com"));
    }

    void badFilterIsBadInput()
    {
        const CliResult result = list({u"--filter"_s, u"locked eq maybe"_s});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QVERIFY2(result.err.startsWith("--filter: position 11: "), result.err.constData());
        QVERIFY2(result.err.contains("true or false"), result.err.constData());
        const CliResult unterminated = list({u"--filter"_s, u"hostname eq \"abc"_s});
        QCOMPARE(unterminated.exitCode, 2);
        QVERIFY(unterminated.err.contains("position 13"));
    }

    void badFormatIsBadInput()
    {
        const CliResult result = list({u"--format"_s, u"xml"_s});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QVERIFY(result.err.contains("xml"));
        QCOMPARE(list({u"--frobnicate"_s}).exitCode, 2);
        QCOMPARE(list({u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTenantsCli)
#include "tst_tenants_cli.moc"
