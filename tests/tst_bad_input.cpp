// Issue #8, docs/bad-input.md: one table of bad inputs, each fed to the real
// usagedesk-cli against one seeded database (tenants, usage, a role, a
// schedule, a saved filter, a report) on SQLite and on PostgreSQL. Every row
// must exit 2, name its field or option on standard error, print nothing on
// standard output, and leave every table exactly as it was. The audit log is
// compared too: the only new lines a bad input may add are the successful
// sign-in of the acting administrator (access.md audits every sign-in), never
// a change, a refusal, or the gate's "allowed" for a seed or import that then
// failed on its input.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-12-01T00:00:00Z"_s;
const QString kToday = u"2026-12-03"_s;
// "x'; DROP TABLE tenants;--" is a valid name (stored literally,
// sqlLookingNameIsStoredVerbatim); the rows using it fail for another reason.
const QString kSqlName = u"x'; DROP TABLE tenants;--"_s;
const QString kTenant = u"11111111-2222-3333-4444-555555555555"_s;
const QByteArray kTenantHeader = "tenant_id,hostname,company_name,contract_mode,locked,"
                                 "service_provider,authentication_account,issuance_account,"
                                 "created_on\n";
const QByteArray kUsageHeader = "tenant_id,date,users,voice_credits,sms_credits\n";

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QByteArray)
        return u"x"_s + QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

QStringList scheduleAdd(const QString &name)
{
    return {u"--now"_s,  kNow,         u"schedule"_s,        u"add"_s,          u"--name"_s,
            name,        u"--email"_s, u"ops@example.com"_s, u"--recurrence"_s, u"daily"_s,
            u"--time"_s, u"06:00"_s,   u"--scope"_s,         u"all"_s};
}

QStringList reportGenerate(const QString &name, const QString &period)
{
    return {u"--today"_s, kToday,       u"report"_s, u"generate"_s, u"--name"_s,
            name,         u"--scope"_s, u"all"_s,    u"--period"_s, period};
}

QStringList roleAdd(const QString &name, const QString &grant = u"tenants:view"_s)
{
    return {u"role"_s, u"add"_s, u"--name"_s, name, u"--manage-all"_s, u"--grant"_s, grant};
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    QString m_scheduleId;
    QString m_dataBefore;
    QStringList m_auditBefore;
    QMap<QString, qint64> m_sequencesBefore;

    CliRunner cli() const
    {
        CliRunner runner(m_db->cliTarget());
        // So that `admin add` gets past its password and reaches the field
        // under test.
        runner.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s, u"new password 1234"_s);
        return runner;
    }

    void mustSucceed(const QStringList &args, QString *out = nullptr)
    {
        const CliResult r = cli().run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        if (out)
            *out = QString::fromUtf8(r.out).trimmed();
    }

    QStringList userTables(QSqlDatabase database) const
    {
        QSqlQuery query(database);
        const bool sqlite = m_db->target().backend == ud::Backend::Sqlite;
        const bool listed = query.exec(
            sqlite ? u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s
                   : u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "'public' AND table_type = 'BASE TABLE' ORDER BY table_name"_s);
        if (!listed)
            qFatal("cannot list the tables");
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        return tables;
    }

    static QString rowsAsText(QSqlDatabase database, const QString &sql)
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            qFatal("dump failed: %s", qPrintable(sql));
        QString text;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << cellText(query.value(i));
            text += cells.join(u'|') + u'\n';
        }
        return text;
    }

    // The schema, every row of every table but audit_log (ordered by all its
    // columns) and every sequence's position. The audit log and its own
    // counter (sqlite_sequence row, PostgreSQL sequence) are compared by
    // auditRows(): a sign-in appends there by design.
    QString dataDump() const
    {
        auto connection = m_db->connect(u"dump"_s);
        QSqlDatabase database = connection->database();
        const bool sqlite = m_db->target().backend == ud::Backend::Sqlite;
        QString text = rowsAsText(
            database,
            sqlite ? u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s
                   : u"SELECT table_name, column_name, data_type, column_default, is_nullable "
                     "FROM information_schema.columns WHERE table_schema = 'public' "
                     "ORDER BY table_name, ordinal_position"_s);
        for (const QString &table : userTables(database)) {
            if (table == u"audit_log"_s)
                continue;
            text += u"== "_s + table + u'\n';
            QSqlQuery shape(database);
            if (!shape.exec(u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(table)))
                qFatal("cannot read %s", qPrintable(table));
            QStringList order;
            for (int i = 1; i <= shape.record().count(); ++i)
                order << QString::number(i);
            const QString where =
                table == u"sqlite_sequence"_s ? u" WHERE name <> 'audit_log'"_s : QString();
            text += rowsAsText(database, u"SELECT * FROM %1%2 ORDER BY %3"_s.arg(
                                             table, where, order.join(u", "_s)));
        }
        return text;
    }

    // PostgreSQL's sequences, but the audit log's (SQLite keeps its counters
    // in sqlite_sequence, a table in dataDump(), rolled back like any other).
    QMap<QString, qint64> sequences() const
    {
        QMap<QString, qint64> positions;
        if (m_db->target().backend == ud::Backend::Sqlite)
            return positions;
        auto connection = m_db->connect(u"sequences"_s);
        QSqlQuery query(connection->database());
        if (!query.exec(u"SELECT sequencename, COALESCE(last_value, 0) FROM pg_sequences WHERE "
                        "schemaname = 'public' AND sequencename NOT LIKE 'audit_log%'"_s))
            qFatal("cannot read the sequences");
        while (query.next())
            positions.insert(query.value(0).toString(), query.value(1).toLongLong());
        return positions;
    }

    // The first line that differs, for a readable failure.
    static QString firstDifference(const QString &before, const QString &after)
    {
        const QStringList a = before.split(u'\n');
        const QStringList b = after.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i))
                return u"line %1: before \"%2\", after \"%3\""_s.arg(i + 1).arg(a.value(i),
                                                                                b.value(i));
        }
        return QString();
    }

    QStringList auditRows() const
    {
        auto connection = m_db->connect(u"audit"_s);
        return rowsAsText(connection->database(),
                          u"SELECT audit_id, actor, action, object, outcome, detail FROM "
                          "audit_log ORDER BY audit_id"_s)
            .split(u'\n', Qt::SkipEmptyParts);
    }

    static void addFileRow(const char *name, const QStringList &args, const QByteArray &file,
                           const QString &field)
    {
        QTest::newRow(name) << args << file << 2 << field;
    }

    static void addRow(const char *name, const QStringList &args, const QString &field)
    {
        addFileRow(name, args, QByteArray(), field);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_db = TestDatabase::create();
        mustSucceed({u"seed"_s, u"--tenants"_s, u"5"_s, u"--days"_s, u"10"_s, u"--seed"_s, u"1"_s,
                     u"--end"_s, u"2026-11-30"_s});
        mustSucceed({u"role"_s, u"add"_s, u"--name"_s, u"Report viewers"_s, u"--manage-all"_s,
                     u"--grant"_s, u"tenants:view"_s, u"--grant"_s, u"export_reports:view"_s});
        mustSucceed({u"--now"_s, kNow, u"schedule"_s, u"add"_s, u"--name"_s, u"Monthly billing"_s,
                     u"--email"_s, u"ops@example.com"_s, u"--recurrence"_s, u"monthly"_s,
                     u"--day-of-month"_s, u"1"_s, u"--time"_s, u"06:00"_s, u"--tz"_s,
                     u"Europe/Berlin"_s, u"--scope"_s, u"all"_s},
                    &m_scheduleId);
        mustSucceed(
            {u"filter"_s, u"save"_s, u"EU tenants"_s, u"--filter"_s, u"hostname contains eu"_s});
        mustSucceed(reportGenerate(u"November"_s, u"last-month"_s));
        m_dataBefore = dataDump();
        m_auditBefore = auditRows();
        m_sequencesBefore = sequences();
        QVERIFY(m_dataBefore.contains(u"Monthly billing"_s));
    }

    void cleanupTestCase() { m_db.reset(); }

    void badInputExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args"); // @FILE: the file, @ID: the schedule
        QTest::addColumn<QByteArray>("file");  // the import file's bytes
        QTest::addColumn<int>("exitCode");     // cli.md: 2 for bad input
        QTest::addColumn<QString>("field");    // stderr names the field

        // Command line options.
        addRow("unknown option", {u"tenants"_s, u"list"_s, u"--colour"_s}, u"colour"_s);
        addRow("missing value", {u"tenants"_s, u"list"_s, u"--format"_s}, u"--format"_s);
        addRow("unknown format", {u"tenants"_s, u"list"_s, u"--format"_s, u"xml"_s}, u"--format"_s);
        addRow("unknown command", {u"tenants"_s, u"frobnicate"_s}, u"frobnicate"_s);
        addRow("seed count not a number",
               {u"seed"_s, u"--tenants"_s, u"abc"_s, u"--days"_s, u"3"_s}, u"--tenants"_s);
        addRow("seed count negative", {u"seed"_s, u"--tenants"_s, u"-5"_s, u"--days"_s, u"3"_s},
               u"--tenants"_s);
        addRow("seed days zero", {u"seed"_s, u"--tenants"_s, u"2"_s, u"--days"_s, u"0"_s},
               u"--days"_s);
        addRow(
            "seed end Feb 30",
            {u"seed"_s, u"--tenants"_s, u"2"_s, u"--days"_s, u"3"_s, u"--end"_s, u"2026-02-30"_s},
            u"--end"_s);
        addRow("next count negative", {u"schedule"_s, u"next"_s, u"@ID"_s, u"--count"_s, u"-1"_s},
               u"--count"_s);
        addRow("next count not a number",
               {u"schedule"_s, u"next"_s, u"@ID"_s, u"--count"_s, u"ten"_s}, u"--count"_s);
        addRow("today not a date",
               {u"--today"_s, u"2026-13-01"_s, u"report"_s, u"generate"_s, u"--name"_s, u"X"_s,
                u"--scope"_s, u"all"_s, u"--period"_s, u"last-month"_s},
               u"--today"_s);
        addRow("now not an instant",
               {u"--now"_s, u"yesterday"_s, u"schedule"_s, u"next"_s, u"@ID"_s}, u"--now"_s);
        addRow("time 25:00", scheduleAdd(u"S2"_s) << u"--time"_s << u"25:00"_s, u"--time"_s);
        addRow("day of month 32",
               scheduleAdd(u"S2"_s)
                   << u"--recurrence"_s << u"monthly"_s << u"--day-of-month"_s << u"32"_s,
               u"--day-of-month"_s);
        addRow("unknown delimiter",
               reportGenerate(u"X"_s, u"last-month"_s) << u"--delimiter"_s << u"colon"_s,
               u"delimiter"_s);
        addRow("grant unknown action", roleAdd(u"R2"_s, u"tenants:fly"_s), u"--grant"_s);
        addRow("grant unknown entity", roleAdd(u"R2"_s, u"nosuch:view"_s), u"--grant"_s);
        addRow("smtp port out of range",
               {u"smtp"_s, u"set"_s, u"--host"_s, u"mail.example.com"_s, u"--port"_s, u"99999"_s,
                u"--security"_s, u"none"_s, u"--from"_s, u"a@example.com"_s},
               u"--port"_s);

        // Import files (data.md): all or nothing, the message names the line
        // and the field.
        const QStringList importTenants = {u"import"_s, u"tenants"_s, u"@FILE"_s};
        const QStringList importUsage = {u"import"_s, u"usage"_s, u"@FILE"_s};
        const QByteArray tenant = kTenant.toLatin1();
        addFileRow("import: missing header column", importTenants,
                   "tenant_id,company_name\n" + tenant + ",Acme\n",
                   u"1: hostname: required column is missing"_s);
        addFileRow("import: created_on Feb 30", importTenants,
                   kTenantHeader + tenant + ",a.example.com,A,TRIAL,,,,,2026-02-30\n",
                   u"2: created_on"_s);
        addFileRow("import: duplicate column", importUsage,
                   "tenant_id,date,users,Users,voice_credits,sms_credits\n@TENANT,2026-11-01,1,1,"
                   "0,0\n",
                   u"1: users: the column appears more than once"_s);
        addFileRow("import: users not a number", importUsage,
                   kUsageHeader + "@TENANT,2026-11-01,abc,0,0\n", u"2: users"_s);
        addFileRow("import: negative credits", importUsage,
                   kUsageHeader + "@TENANT,2026-11-01,1,0,-4\n", u"2: sms_credits"_s);
        addFileRow("import: users above 2^31-1", importUsage,
                   kUsageHeader + "@TENANT,2026-11-01,2147483648,0,0\n", u"2: users"_s);
        addFileRow("import: usage date Feb 30", importUsage,
                   kUsageHeader + "@TENANT,2026-02-30,1,0,0\n", u"2: date"_s);
        addFileRow("import: unknown tenant", importUsage,
                   kUsageHeader + "99999999-2222-3333-4444-555555555555,2026-11-01,1,0,0\n",
                   u"2: tenant_id"_s);
        // A good row first: it is written, then rolled back with the bad one.
        addFileRow("import: good usage row, then a bad one", importUsage,
                   kUsageHeader + "@TENANT,2026-11-01,1,0,0\n@TENANT,2026-11-02,abc,0,0\n",
                   u"3: users"_s);
        addFileRow("import: good tenant row, then a bad one", importTenants,
                   kTenantHeader + tenant + ",good.example.com,A,TRIAL,,,,,2026-01-01\n" +
                       "21111111-2222-3333-4444-555555555555,b.example.com,B,GOLD,,,,,"
                       "2026-01-01\n",
                   u"3: contract_mode"_s);
        addFileRow("import: duplicate hostname", importTenants,
                   kTenantHeader + tenant + ",a.example.com,A,TRIAL,,,,,2026-01-01\n" +
                       "21111111-2222-3333-4444-555555555555,a.example.com,B,TRIAL,,,,,"
                       "2026-01-01\n",
                   u"3: hostname"_s);
        addFileRow("import: semicolon delimiter", importTenants,
                   QByteArray(kTenantHeader).replace(',', ';') + tenant +
                       ";a.example.com;A;TRIAL;;;;;2026-01-01\n",
                   u"1: tenant_id: required column is missing"_s);
        addFileRow("import: invalid UTF-8", importTenants,
                   kTenantHeader + tenant + ",a.example.com,\xff\xfe" +
                       "Acme,TRIAL,,,,,2026-01-01\n",
                   u"2: the line is not valid UTF-8"_s);
        addFileRow("import: BOM does not hide a missing column", importTenants,
                   "\xef\xbb\xbftenant_id,company_name\n" + tenant + ",A\n", u"1: hostname"_s);
        addFileRow("import: empty file", importTenants, QByteArray(), u"1: the file is empty"_s);
        addFileRow("import: unbalanced quote", importTenants,
                   kTenantHeader + tenant + ",a.example.com,\"Acme,TRIAL,,,,,2026-01-01\n",
                   u"2: unbalanced quote"_s);
        addFileRow("import: tab in company_name", importTenants,
                   kTenantHeader + tenant + ",a.example.com,\"Ac\tme\",TRIAL,,,,,2026-01-01\n",
                   u"2: company_name"_s);
        addFileRow("import: unknown column", importTenants,
                   QByteArray(kTenantHeader).replace('\n', ",colour\n") + tenant +
                       ",a.example.com,A,TRIAL,,,,,2026-01-01,red\n",
                   u"1: colour: unknown column"_s);
        addFileRow("import: tenant_id not a UUID", importTenants,
                   kTenantHeader + "not-a-uuid,a.example.com,A,TRIAL,,,,,2026-01-01\n",
                   u"2: tenant_id"_s);
        addFileRow("import: contract_mode GOLD", importTenants,
                   kTenantHeader + tenant + ",a.example.com,A,GOLD,,,,,2026-01-01\n",
                   u"2: contract_mode"_s);
        addFileRow("import: locked maybe", importTenants,
                   kTenantHeader + tenant + ",a.example.com,A,TRIAL,maybe,,,,2026-01-01\n",
                   u"2: locked"_s);
        addFileRow("import: too many fields", importTenants,
                   kTenantHeader + tenant + ",a.example.com,A,TRIAL,,,,,2026-01-01,extra\n",
                   u"2: the row has 10 fields"_s);

        // Filter texts (filters.md): the message names the position.
        const QStringList list = {u"tenants"_s, u"list"_s, u"--filter"_s};
        addRow("filter: unknown attribute", list + QStringList{u"colour eq red"_s},
               u"--filter: position 1"_s);
        addRow("filter: operator does not fit", list + QStringList{u"locked contains true"_s},
               u"--filter: position 8"_s);
        addRow("filter: unterminated quote", list + QStringList{u"company_name eq \"acme"_s},
               u"--filter: position 17"_s);
        addRow("filter: created_on Feb 30", list + QStringList{u"created_on after 2026-02-30"_s},
               u"--filter: position 18"_s);
        addRow("filter save: unknown enum value",
               {u"filter"_s, u"save"_s, u"F2"_s, u"--filter"_s, u"contract_mode eq GOLD"_s},
               u"--filter: position 18"_s);
        addRow("scope filter: unknown operator",
               {u"--today"_s, kToday, u"report"_s, u"generate"_s, u"--name"_s, u"X"_s, u"--scope"_s,
                u"filter:hostname zz x"_s, u"--period"_s, u"last-month"_s},
               u"filter position 10"_s);

        // Periods (report-csv.md).
        addRow("period: start after end",
               reportGenerate(u"X"_s, u"custom:2026-05-01..2026-04-01"_s),
               u"the start 2026-05-01 is after the end"_s);
        addRow("period: not YYYY-MM-DD", reportGenerate(u"X"_s, u"custom:2026-4-1..2026-04-30"_s),
               u"the start \"2026-4-1\""_s);
        addRow("period: Feb 30", reportGenerate(u"X"_s, u"custom:2026-02-01..2026-02-30"_s),
               u"the end \"2026-02-30\""_s);
        addRow("period: unknown preset", reportGenerate(u"X"_s, u"last-week"_s),
               u"period \"last-week\" is not known"_s);
        addRow("period: ends after today",
               reportGenerate(u"X"_s, u"custom:2026-01-01..2030-01-01"_s), u"after today"_s);
        addRow("period: SQL-looking name, month 13",
               reportGenerate(kSqlName, u"custom:2026-01-01..2026-13-01"_s),
               u"the end \"2026-13-01\""_s);

        // E-mail addresses.
        addRow("email: missing @", scheduleAdd(u"S2"_s) << u"--email"_s << u"ops.example.com"_s,
               u"--email"_s);
        addRow("email: space", scheduleAdd(u"S2"_s) << u"--email"_s << u"ops @example.com"_s,
               u"--email"_s);
        addRow("email: CRLF header injection",
               scheduleAdd(u"S2"_s)
                   << u"--email"_s << u"ops@example.com\r\nBcc: evil@example.com"_s,
               u"--email"_s);
        addRow("email: no dot in the domain",
               {u"schedule"_s, u"edit"_s, u"@ID"_s, u"--email"_s, u"a@b"_s}, u"--email"_s);
        addRow("email: smtp --from",
               {u"smtp"_s, u"set"_s, u"--host"_s, u"mail.example.com"_s, u"--port"_s, u"25"_s,
                u"--security"_s, u"none"_s, u"--from"_s, u"nope"_s},
               u"--from"_s);

        // Time zones.
        addRow("tz: unknown", scheduleAdd(u"S2"_s) << u"--tz"_s << u"Mars/Olympus"_s, u"--tz"_s);
        addRow("tz: SQL-looking name, unknown zone",
               scheduleAdd(kSqlName) << u"--tz"_s << u"'; DROP TABLE schedules;--"_s, u"--tz"_s);
        addRow("tz: empty", scheduleAdd(u"S2"_s) << u"--tz"_s << u""_s,
               u"--tz: a time zone is required"_s);
        addRow("tz: spaces only, on edit",
               {u"schedule"_s, u"edit"_s, u"@ID"_s, u"--tz"_s, u"   "_s},
               u"--tz: a time zone is required"_s);
        addRow("reporting tz: unknown",
               {u"settings"_s, u"set"_s, u"--reporting-tz"_s, u"Europe/Atlantis"_s},
               u"--reporting-tz"_s);
        addRow("reporting tz: empty", {u"settings"_s, u"set"_s, u"--reporting-tz"_s, u""_s},
               u"--reporting-tz"_s);

        // Names (product.md: 1-100 characters after trimming, no control
        // characters).
        const QString tooLong(101, u'a');
        addRow("role name empty", roleAdd(u""_s), u"name: a name is required"_s);
        addRow("role name whitespace only", roleAdd(u"   "_s), u"name: a name is required"_s);
        addRow("role name 101 characters", roleAdd(tooLong), u"name: at most 100"_s);
        addRow("role name line break", roleAdd(u"Ops\nteam"_s), u"name: control character"_s);
        addRow("role: SQL-looking name, unknown action", roleAdd(kSqlName, u"tenants:drop"_s),
               u"--grant"_s);
        addRow("role edit to empty name",
               {u"role"_s, u"edit"_s, u"Report viewers"_s, u"--name"_s, u""_s},
               u"name: a name is required"_s);
        addRow("report name tab", reportGenerate(u"Nov\tember"_s, u"last-month"_s),
               u"name: control character U+0009"_s);
        addRow("report name 101 characters", reportGenerate(tooLong, u"last-month"_s),
               u"name: at most 100"_s);
        addRow("report description 1001 characters",
               reportGenerate(u"X"_s, u"last-month"_s) << u"--description"_s << QString(1001, u'd'),
               u"description: at most 1,000"_s);
        addRow("schedule name with U+202E", scheduleAdd(u"Billing\u202Efdp.exe"_s),
               u"invisible text direction mark U+202E"_s);
        addRow("filter name with U+200F",
               {u"filter"_s, u"save"_s, u"EU\u200F"_s, u"--filter"_s, u"hostname contains eu"_s},
               u"name: invisible text direction mark U+200F"_s);
        addRow("role name with U+2067", roleAdd(u"\u2067Ops"_s),
               u"name: invisible text direction mark U+2067"_s);
        addRow("filter name empty",
               {u"filter"_s, u"save"_s, u""_s, u"--filter"_s, u"hostname contains eu"_s},
               u"name: a name is required"_s);
    }

    void badInputExitsTwoAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(int, exitCode);
        QFETCH(QString, field);

        const QString path = m_files.filePath(u"input.csv"_s);
        for (QString &arg : args) {
            if (arg == u"@ID"_s)
                arg = m_scheduleId;
            if (arg == u"@FILE"_s) {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                // Usage rows name a tenant the seed created.
                out.write(QByteArray(file).replace("@TENANT", seededTenant().toLatin1()));
                out.close();
                arg = path;
            }
        }

        const CliResult r = cli().run(args);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(err)));
        QVERIFY2(err.contains(field), qPrintable(u"\"%1\" not in: %2"_s.arg(field, err)));
        QVERIFY2(r.out.isEmpty(), r.out.constData());

        const QString data = dataDump();
        QVERIFY2(data == m_dataBefore, qPrintable(firstDifference(m_dataBefore, data)));
        // PostgreSQL hands out sequence numbers outside transactions: an
        // import writes its rows as it checks them and rolls all back at the
        // first bad one, which leaves the tenants' and usage keys' sequences
        // advanced (a gap, no row). Only an import may do that, only forward.
        const QMap<QString, qint64> positions = sequences();
        const bool import = args.value(0) == u"import"_s;
        for (auto it = m_sequencesBefore.cbegin(); it != m_sequencesBefore.cend(); ++it) {
            const qint64 now = positions.value(it.key(), -1);
            QVERIFY2(now == it.value() || (import && now > it.value()),
                     qPrintable(u"%1: %2 -> %3"_s.arg(it.key()).arg(it.value()).arg(now)));
        }
        QCOMPARE(positions.keys(), m_sequencesBefore.keys());
        m_sequencesBefore = positions;
        const QStringList before = std::exchange(m_auditBefore, auditRows());
        QVERIFY(m_auditBefore.size() >= before.size());
        QCOMPARE(m_auditBefore.mid(0, before.size()), before);
        for (const QString &added : m_auditBefore.mid(before.size())) {
            // id|actor|action|object|outcome|detail
            const QStringList cells = added.split(u'|');
            QVERIFY2(cells.size() == 6, qPrintable(added));
            QVERIFY2(isSignIn(cells), qPrintable(added));
        }
    }

    // Not bad input: a name that looks like SQL is an ordinary name, bound
    // as a parameter and stored and shown as typed; nothing else changes.
    void sqlLookingNameIsStoredVerbatim()
    {
        const QString tenantsBefore = rowsOf(u"tenants"_s);
        QVERIFY(!tenantsBefore.isEmpty());
        mustSucceed({u"filter"_s, u"save"_s, kSqlName, u"--filter"_s,
                     u"company_name contains \"'; DROP TABLE tenants;--\""_s});
        mustSucceed(roleAdd(kSqlName));
        QString reportId;
        mustSucceed(reportGenerate(kSqlName, u"last-month"_s), &reportId);

        QString listed;
        mustSucceed({u"filter"_s, u"list"_s, u"--format"_s, u"json"_s}, &listed);
        QVERIFY2(listed.contains(u"\"name\": \"x'; DROP TABLE tenants;--\""_s), qPrintable(listed));
        mustSucceed({u"role"_s, u"show"_s, kSqlName}, &listed);
        QVERIFY2(listed.contains(kSqlName), qPrintable(listed));
        QString tenants;
        mustSucceed(
            {u"tenants"_s, u"list"_s, u"--saved-filter"_s, kSqlName, u"--format"_s, u"csv"_s},
            &tenants);
        QCOMPARE(tenants.count(u'\n'), 0); // the header only: no company is called that
        QCOMPARE(rowsOf(u"tenants"_s), tenantsBefore);
        QVERIFY(rowsOf(u"reports"_s).contains(u'|' + kSqlName + u'|'));
    }

    // The other side of the rows above: a seed or an import that succeeds is
    // audited, once, with what it did (the line commits with the change).
    void goodSeedAndImportAreAuditedOnce()
    {
        const QStringList before = auditRows();
        const QString path = m_files.filePath(u"good.csv"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(kUsageHeader + seededTenant().toLatin1() + ",2026-11-01,1,0,0\n");
        out.close();
        mustSucceed({u"import"_s, u"usage"_s, path});
        mustSucceed({u"seed"_s, u"--tenants"_s, u"1"_s, u"--days"_s, u"2"_s, u"--seed"_s, u"9"_s,
                     u"--end"_s, u"2026-11-30"_s});
        QStringList added = auditRows().mid(before.size());
        added.removeIf([](const QString &line) { return isSignIn(line.split(u'|')); });
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).section(u'|', 1),
                 u"admin|import usage|%1|allowed|1 rows from 1 files"_s.arg(path));
        QCOMPARE(added.at(1).section(u'|', 1),
                 u"admin|seed|--tenants 1 --days 2 --seed 9 --end 2026-11-30|allowed|1 tenants, "
                 "2 usage rows"_s);
    }

private:
    // access.md: every sign-in is audited, and the command line signs in
    // before it reads the command's input.
    static bool isSignIn(const QStringList &cells)
    {
        return cells.mid(1) ==
               QStringList({u"admin"_s, u"sign-in"_s, u"admin"_s, u"allowed"_s, u""_s});
    }

    QString rowsOf(const QString &table) const
    {
        auto connection = m_db->connect(u"rows"_s);
        return rowsAsText(connection->database(), u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
    }

    QString seededTenant() const
    {
        auto connection = m_db->connect(u"tenant"_s);
        QSqlQuery query(connection->database());
        if (!query.exec(u"SELECT tenant_id FROM tenants ORDER BY tenant_id"_s) || !query.next())
            return QString();
        return query.value(0).toString();
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
