#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "TestDatabase.h"
#include "storage/Transaction.h"
#include "tenants/TenantStore.h"
#include "usage/UsageWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ud;
using namespace Qt::StringLiterals;

// `report generate|export|list|delete` through the real binary (cli.md,
// report-csv.md): byte-exact CSV for a small data set computed by hand, each
// delimiter, quoting, the formula guard, the BOM, snapshots, bad input with
// its exit code and no file written, refusals, and SIGINT.

namespace {

const QByteArray kHeader = "tenant_id,hostname,company_name,contract_mode,period_start,"
                           "period_end,users_peak,users_end,voice_credits,sms_credits,"
                           "authentications\r\n";

// The hand-computed report for custom:2026-01-15..2026-02-28, comma, guard
// on: tenant 1 has a row before the period (users 100, left out), tenant 2
// peaks on Jan 31 and ends on Feb 1, tenant 4's only row is after the period.
const QByteArray kCommaCsv =
    kHeader +
    "00000000-0000-4000-8000-000000000001,a.example.com,Plain Co,PRODUCTION,2026-01-15,"
    "2026-02-28,5,4,11,22,33\r\n"
    "00000000-0000-4000-8000-000000000002,b.example.com,\"Comma, Inc\",TRIAL,2026-01-15,"
    "2026-02-28,9,7,1,1,1\r\n"
    "00000000-0000-4000-8000-000000000003,c.example.com,\"Say \"\"Hi\"\" Ltd\",UNKNOWN,"
    "2026-01-15,2026-02-28,0,0,0,0,0\r\n"
    "00000000-0000-4000-8000-000000000004,d.example.com,'=HYPERLINK(1),PRODUCTION,2026-01-15,"
    "2026-02-28,0,0,0,0,0\r\n"
    "00000000-0000-4000-8000-000000000005,e.example.com,'-minus|pipe,TRIAL,2026-01-15,"
    "2026-02-28,2147483647,2147483647,9000000000000000000,1,0\r\n"
    "00000000-0000-4000-8000-000000000006,f.example.com,Semi;colon\tTab \xC3\x84rger,UNKNOWN,"
    "2026-01-15,2026-02-28,0,0,0,0,0\r\n";

// The same fields as kCommaCsv, unencoded (company names as typed).
const QList<QList<QByteArray>> kFields = {
    {"00000000-0000-4000-8000-000000000001", "a.example.com", "Plain Co", "PRODUCTION", "5", "4",
     "11", "22", "33"},
    {"00000000-0000-4000-8000-000000000002", "b.example.com", "Comma, Inc", "TRIAL", "9", "7", "1",
     "1", "1"},
    {"00000000-0000-4000-8000-000000000003", "c.example.com", "Say \"Hi\" Ltd", "UNKNOWN", "0", "0",
     "0", "0", "0"},
    {"00000000-0000-4000-8000-000000000004", "d.example.com", "=HYPERLINK(1)", "PRODUCTION", "0",
     "0", "0", "0", "0"},
    {"00000000-0000-4000-8000-000000000005", "e.example.com", "-minus|pipe", "TRIAL", "2147483647",
     "2147483647", "9000000000000000000", "1", "0"},
    {"00000000-0000-4000-8000-000000000006", "f.example.com", "Semi;colon\tTab \xC3\x84rger",
     "UNKNOWN", "0", "0", "0", "0", "0"},
};

// report-csv.md's encoding, written again here independently of CsvWriter.
QByteArray encode(char delimiter, bool guard, bool bom)
{
    const auto field = [delimiter](QByteArray value) -> QByteArray {
        if (value.contains(delimiter) || value.contains('"') || value.contains('\r') ||
            value.contains('\n'))
            return '"' + value.replace("\"", "\"\"") + '"';
        return value;
    };
    QByteArray csv = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QByteArray header = kHeader;
    header.replace(',', delimiter);
    csv += header;
    for (const QList<QByteArray> &row : kFields) {
        QList<QByteArray> out;
        for (qsizetype i = 0; i < row.size(); ++i) {
            QByteArray value = row.at(i);
            if (guard && (i == 1 || i == 2) && !value.isEmpty() &&
                QByteArray("=+-@\t\r").contains(value.front()))
                value.prepend('\'');
            out << field(value);
            if (i == 3)
                out << "2026-01-15"
                    << "2026-02-28";
        }
        csv += out.join(delimiter) + "\r\n";
    }
    return csv;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;

    CliResult run(const QStringList &arguments) const
    {
        CliRunner cli(m_db->cliTarget());
        return cli.run(QStringList{u"--today"_s, u"2026-11-25"_s} + arguments);
    }

    CliResult runAs(const QString &user, const QStringList &arguments) const
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_USER"_s, user);
        cli.environment().insert(u"USAGEDESK_PASSWORD"_s, u"another password 1"_s);
        return cli.run(QStringList{u"--today"_s, u"2026-11-25"_s} + arguments);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList generateArgs(const QString &name, const QStringList &more = {})
    {
        return QStringList{
                   u"report"_s,  u"generate"_s, u"--name"_s,   name,
                   u"--scope"_s, u"all"_s,      u"--period"_s, u"custom:2026-01-15..2026-02-28"_s} +
               more;
    }

    qint64 generate(const QString &name, const QStringList &more = {})
    {
        const CliResult result = run(generateArgs(name, more));
        if (result.exitCode != 0)
            qWarning("generate failed: %s", result.err.constData());
        bool ok = false;
        const qint64 id = result.out.trimmed().toLongLong(&ok);
        return ok ? id : -1;
    }

    void addUsage(const QList<UsageRow> &rows) const
    {
        auto connection = m_db->connect();
        auto transaction = Transaction::begin(*connection);
        QVERIFY(transaction);
        auto writer = UsageWriter::create(*connection);
        QVERIFY(writer);
        for (const UsageRow &row : rows)
            QVERIFY((*writer)->add(row));
        QVERIFY((*writer)->finish());
        QVERIFY((*transaction)->commit());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = TestDatabase::create();
        auto connection = m_db->connect();
        TenantStore store(*connection);
        const QStringList companies = {u"Plain Co"_s,       u"Comma, Inc"_s,
                                       u"Say \"Hi\" Ltd"_s, u"=HYPERLINK(1)"_s,
                                       u"-minus|pipe"_s,    u"Semi;colon\tTab \u00c4rger"_s};
        const QList<ContractMode> modes = {ContractMode::Production, ContractMode::Trial,
                                           ContractMode::Unknown,    ContractMode::Production,
                                           ContractMode::Trial,      ContractMode::Unknown};
        QMap<int, qint64> keys;
        // Stored out of order: reports order by hostname.
        for (int n : {4, 1, 6, 2, 5, 3}) {
            Tenant t;
            t.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
            t.hostname = QChar(u'a' + n - 1) + u".example.com"_s;
            t.companyName = companies.at(n - 1);
            t.contractMode = modes.at(n - 1);
            t.createdOn = QDate(2024, 1, 1);
            const auto key = store.upsert(t);
            QVERIFY(key);
            keys.insert(n, *key);
        }
        const auto keyOf = [&keys](int n) {
            return keys.value(n);
        };
        connection.reset();
        addUsage({
            {keyOf(1), QDate(2026, 1, 10), 100, 7, 7, 7},
            {keyOf(1), QDate(2026, 1, 15), 5, 1, 2, 3},
            {keyOf(1), QDate(2026, 2, 28), 4, 10, 20, 30},
            {keyOf(2), QDate(2026, 1, 31), 9, 1, 1, 1},
            {keyOf(2), QDate(2026, 2, 1), 7, 0, 0, 0},
            {keyOf(4), QDate(2026, 3, 1), 3, 3, 3, 3},
            {keyOf(5), QDate(2026, 1, 20), 2147483647, 9000000000000000000LL, 1, 0},
        });
    }

    void cleanupTestCase() { m_db.reset(); }

    void generateWritesTheExactCsv()
    {
        const QString out = path(u"comma.csv"_s);
        const CliResult result = run(generateArgs(u"Comma report"_s, {u"--out"_s, out}));
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 0);
        // Only the id on standard output.
        QVERIFY2(QRegularExpression(u"^[1-9][0-9]*\n$"_s)
                     .match(QString::fromUtf8(result.out))
                     .hasMatch(),
                 result.out.constData());
        QCOMPARE(readFile(out), kCommaCsv);
        QCOMPARE(encode(',', true, false), kCommaCsv); // the test's own encoder agrees
    }

    void eachDelimiterAndOption_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<char>("character");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma") << u"comma"_s << ',' << true << false;
        QTest::newRow("pipe") << u"pipe"_s << '|' << true << false;
        QTest::newRow("semicolon") << u"semicolon"_s << ';' << true << false;
        QTest::newRow("tab") << u"tab"_s << '\t' << true << false;
        QTest::newRow("comma no guard") << u"comma"_s << ',' << false << false;
        QTest::newRow("pipe bom") << u"pipe"_s << '|' << true << true;
        QTest::newRow("tab bom no guard") << u"tab"_s << '\t' << false << true;
    }

    void eachDelimiterAndOption()
    {
        QFETCH(QString, delimiter);
        QFETCH(char, character);
        QFETCH(bool, guard);
        QFETCH(bool, bom);
        const QString out = path(u"delimited.csv"_s);
        QStringList more = {u"--delimiter"_s, delimiter, u"--out"_s, out};
        if (!guard)
            more << u"--no-formula-guard"_s;
        if (bom)
            more << u"--bom"_s;
        const qint64 id = generate(u"Delimited"_s, more);
        QVERIFY(id > 0);
        const QByteArray expected = encode(character, guard, bom);
        QCOMPARE(readFile(out), expected);
        // The export with the report's own options writes the same bytes.
        const QString again = path(u"again.csv"_s);
        QCOMPARE(run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, again}).exitCode,
                 0);
        QCOMPARE(readFile(again), expected);
        // The stored hash is that of these bytes.
        const CliResult listed = run({u"report"_s, u"list"_s, u"--format"_s, u"json"_s});
        const QJsonArray reports = QJsonDocument::fromJson(listed.out).array();
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.first()[u"id"_s].toInteger(), id);
        QCOMPARE(reports.first()[u"csv_sha256"_s].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void exportIsASnapshot()
    {
        const qint64 id = generate(u"Snapshot"_s);
        QVERIFY(id > 0);
        const QString first = path(u"first.csv"_s);
        const QString second = path(u"second.csv"_s);
        QCOMPARE(run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, first}).exitCode,
                 0);
        QCOMPARE(run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, second}).exitCode,
                 0);
        QCOMPARE(readFile(first), kCommaCsv);
        QCOMPARE(readFile(second), kCommaCsv);

        // Usage corrected afterwards (and a tenant renamed): the report stays.
        auto connection = m_db->connect();
        const qint64 key = TenantStore(*connection)
                               .keyOf(u"00000000-0000-4000-8000-000000000001"_s)
                               .value()
                               .value();
        connection.reset();
        addUsage({{key, QDate(2026, 1, 15), 500, 1000, 1000, 1000}});
        QCOMPARE(run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, second}).exitCode,
                 0);
        QCOMPARE(readFile(second), kCommaCsv);
        // A new report sees the correction.
        const QString fresh = path(u"fresh.csv"_s);
        QVERIFY(generate(u"Fresh"_s, {u"--out"_s, fresh}) > id);
        QVERIFY(readFile(fresh).contains(",a.example.com,Plain Co,PRODUCTION,2026-01-15,"
                                         "2026-02-28,500,4,1010,1020,1030\r\n"));
        addUsage({{key, QDate(2026, 1, 15), 5, 1, 2, 3}}); // as it was

        // The export's own choices override the report's.
        const QString withBom = path(u"bom.csv"_s);
        QCOMPARE(run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, withBom,
                      u"--bom"_s, u"--no-formula-guard"_s})
                     .exitCode,
                 0);
        QCOMPARE(readFile(withBom), encode(',', false, true));
    }

    void listAndDelete()
    {
        const qint64 id = generate(u"To delete"_s, {u"--description"_s, u"Line one\nline two"_s});
        QVERIFY(id > 0);
        CliResult result = run({u"report"_s, u"list"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("To delete"));
        result = run({u"report"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("id,name,description,scope,period,period_start,period_end,"
                                      "delimiter,bom,formula_guard,rows,csv_sha256,created_by,"
                                      "created_at\r\n"));
        QVERIFY(result.out.contains(QByteArray(
            QByteArray::number(id) + ",To delete,\"Line one\nline two\",all,"
                                     "custom:2026-01-15..2026-02-28,2026-01-15,2026-02-28,comma,"
                                     "false,true,6,")));
        result = run({u"report"_s, u"list"_s, u"--format"_s, u"json"_s});
        const QJsonArray reports = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(reports.first()[u"id"_s].toInteger(), id); // newest first
        QCOMPARE(reports.first()[u"rows"_s].toInteger(), 6);
        QCOMPARE(reports.first()[u"scope"_s].toString(), u"all"_s);

        result = run({u"report"_s, u"delete"_s, QString::number(id)});
        QCOMPARE(result.exitCode, 0);
        result = run({u"report"_s, u"delete"_s, QString::number(id)});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains("there is no report"));
        result =
            run({u"report"_s, u"export"_s, QString::number(id), u"--out"_s, path(u"gone.csv"_s)});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(!QFile::exists(path(u"gone.csv"_s)));
        auto connection = m_db->connect();
        QSqlQuery rows(connection->database());
        QVERIFY(rows.exec(u"SELECT count(*) FROM report_rows WHERE report_id = %1"_s.arg(id)));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), 0);
        QVERIFY(m_db->auditLog().contains(u"delete report|report %1|allowed"_s.arg(id)));
    }

    void scopes()
    {
        const QString out = path(u"scoped.csv"_s);
        CliResult result =
            run({u"report"_s, u"generate"_s, u"--name"_s, u"One"_s, u"--scope"_s,
                 u"tenant:00000000-0000-4000-8000-00000000000"_s + u"2"_s, u"--period"_s,
                 u"custom:2026-01-15..2026-02-28"_s, u"--out"_s, out});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(out), kHeader + kCommaCsv.split('\n').at(2) + '\n');
        result =
            run({u"filter"_s, u"save"_s, u"trials"_s, u"--filter"_s, u"contract_mode eq trial"_s});
        QCOMPARE(result.exitCode, 0);
        result = run({u"report"_s, u"generate"_s, u"--name"_s, u"Saved"_s, u"--scope"_s,
                      u"saved:Trials"_s, u"--period"_s, u"custom:2026-01-15..2026-02-28"_s,
                      u"--out"_s, out});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(out),
                 kHeader + kCommaCsv.split('\n').at(2) + '\n' + kCommaCsv.split('\n').at(5) + '\n');
        result = run({u"report"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().first()[u"scope"_s].toString(),
                 u"filter:contract_mode eq TRIAL"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString period = u"custom:2026-01-15..2026-02-28"_s;
        const auto gen = [&](const QString &scope, const QString &p, const QStringList &more = {}) {
            return QStringList{u"report"_s,  u"generate"_s, u"--name"_s,   u"Bad"_s,
                               u"--scope"_s, scope,         u"--period"_s, p} +
                   more;
        };
        QTest::newRow("unknown period") << gen(u"all"_s, u"last-week"_s) << 2 << u"last-week"_s;
        QTest::newRow("start after end")
            << gen(u"all"_s, u"custom:2026-03-01..2026-02-01"_s) << 2 << u"is after the end"_s;
        QTest::newRow("end after today")
            << gen(u"all"_s, u"custom:2026-11-01..2026-11-26"_s) << 2 << u"after today"_s;
        QTest::newRow("unknown scope") << gen(u"some"_s, period) << 2 << u"scope \"some\""_s;
        QTest::newRow("bad tenant id") << gen(u"tenant:xyz"_s, period) << 2 << u"tenant id"_s;
        QTest::newRow("bad filter")
            << gen(u"filter:hostname contains"_s, period) << 2 << u"position 18"_s;
        QTest::newRow("bad delimiter")
            << gen(u"all"_s, period, {u"--delimiter"_s, u"colon"_s}) << 2 << u"colon"_s;
        QTest::newRow("blank name")
            << QStringList{u"report"_s,  u"generate"_s, u"--name"_s,   u"   "_s,
                           u"--scope"_s, u"all"_s,      u"--period"_s, period}
            << 2 << u"name"_s;
        QTest::newRow("no scope") << QStringList{u"report"_s, u"generate"_s, u"--name"_s,
                                                 u"x"_s,      u"--period"_s, period}
                                  << 2 << u"--scope is required"_s;
        QTest::newRow("unknown tenant")
            << gen(u"tenant:00000000-0000-4000-8000-0000000000ff"_s, period) << 4
            << u"there is no tenant"_s;
        QTest::newRow("unknown saved filter")
            << gen(u"saved:nothing"_s, period) << 4 << u"nothing"_s;
        QTest::newRow("export bad id")
            << QStringList{u"report"_s, u"export"_s, u"abc"_s} << 2 << u"not a report id"_s;
        QTest::newRow("export unknown id")
            << QStringList{u"report"_s, u"export"_s, u"999999"_s} << 4 << u"no report 999999"_s;
        QTest::newRow("list bad format")
            << QStringList{u"report"_s, u"list"_s, u"--format"_s, u"xml"_s} << 2 << u"xml"_s;
        QTest::newRow("delete bad id")
            << QStringList{u"report"_s, u"delete"_s, u"0"_s} << 2 << u"not a report id"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // --out onto an existing file: it must stay as it was.
        const QString out = path(u"existing.csv"_s);
        writeFile(out, "keep me\n");
        const qint64 reportsBefore = m_db->count(u"reports"_s);
        QStringList args = arguments;
        if (args.at(1) != "list"_L1 && args.at(1) != "delete"_L1)
            args << u"--out"_s << out;
        const CliResult result = run(args);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(readFile(out), QByteArray("keep me\n"));
        QCOMPARE(m_db->count(u"reports"_s), reportsBefore);
        QVERIFY(!QDir(m_dir.path()).entryList(QDir::Files).join(u' ').contains(u"existing.csv."_s));
    }

    void unwritableOutStoresNothing()
    {
        const qint64 before = m_db->count(u"reports"_s);
        const CliResult result =
            run(generateArgs(u"Nowhere"_s, {u"--out"_s, path(u"no/such/dir/r.csv"_s)}));
        QCOMPARE(result.exitCode, 5);
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(m_db->count(u"reports"_s), before);
    }

    void notPermitted()
    {
        auto connection = m_db->connect();
        const qint64 viewer =
            accesstest::addRole(*connection, u"Report viewer"_s,
                                accesstest::grants({u"export_reports:view"_s, u"tenants:view"_s}));
        const qint64 adder = accesstest::addRole(*connection, u"Report adder"_s,
                                                 accesstest::grants({u"export_reports:add"_s}));
        accesstest::insertAdministrator(*connection, u"viewer"_s, viewer);
        accesstest::insertAdministrator(*connection, u"adder"_s, adder);
        connection.reset();
        const qint64 before = m_db->count(u"reports"_s);
        const QString out = path(u"refused.csv"_s);

        CliResult result = runAs(u"viewer"_s, generateArgs(u"No"_s, {u"--out"_s, out}));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("export_reports:add"), result.err.constData());
        QVERIFY(!QFile::exists(out));
        // tenants:view is needed as well.
        result = runAs(u"adder"_s, generateArgs(u"No"_s, {u"--out"_s, out}));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("tenants:view"), result.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(m_db->count(u"reports"_s), before);
        QVERIFY(accesstest::lastAuditLine(*m_db).contains(u"generate report"_s));
        QVERIFY(accesstest::lastAuditLine(*m_db).contains(u"refused"_s));

        // The viewer may list and export but not delete.
        const qint64 id = generate(u"Shared"_s);
        QVERIFY(id > 0);
        QCOMPARE(runAs(u"viewer"_s, {u"report"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(
            runAs(u"viewer"_s, {u"report"_s, u"export"_s, QString::number(id), u"--out"_s, out})
                .exitCode,
            0);
        QCOMPARE(readFile(out), kCommaCsv);
        result = runAs(u"viewer"_s, {u"report"_s, u"delete"_s, QString::number(id)});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("export_reports:remove"));
        result = runAs(u"adder"_s, {u"report"_s, u"list"_s});
        QCOMPARE(result.exitCode, 3);
    }

    void sigintWritesNothing()
    {
        const QString out = path(u"interrupted.csv"_s);
        int interrupted = 0;
        // The signal must come after the handler is installed (else it simply
        // kills the process) and before the work ends: wait for the handler in
        // /proc, then signal at once. A run that finished first is retried.
        for (int attempt = 0; attempt < 10 && interrupted == 0; ++attempt) {
            writeFile(out, "old\n");
            const qint64 before = m_db->count(u"reports"_s);
            CliRunner cli(m_db->cliTarget());
            QProcess process;
            process.setProcessEnvironment(cli.environment());
            process.start(CliRunner::executable(),
                          cli.withDatabase(QStringList{u"--today"_s, u"2026-11-25"_s} +
                                           generateArgs(u"Interrupted"_s, {u"--out"_s, out})));
            QVERIFY(process.waitForStarted());
            const QString status = u"/proc/%1/status"_s.arg(process.processId());
            QElapsedTimer timer;
            timer.start();
            bool handled = false;
            while (!handled && timer.elapsed() < 10000 && process.state() == QProcess::Running) {
                QFile file(status);
                if (file.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : file.readAll().split('\n')) {
                        if (line.startsWith("SigCgt:"))
                            handled = (line.mid(7).trimmed().toULongLong(nullptr, 16) &
                                       (1ULL << (SIGINT - 1))) != 0;
                    }
                }
            }
            if (handled)
                ::kill(pid_t(process.processId()), SIGINT);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            if (process.exitCode() == 0) {
                QCOMPARE(readFile(out), kCommaCsv);
                continue;
            }
            QCOMPARE(process.exitCode(), 130);
            QCOMPARE(process.readAllStandardOutput(), QByteArray());
            QCOMPARE(readFile(out), QByteArray("old\n"));
            QCOMPARE(m_db->count(u"reports"_s), before);
            ++interrupted;
        }
        QVERIFY(interrupted > 0);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
