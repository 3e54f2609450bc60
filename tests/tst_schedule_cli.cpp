// `schedule add|edit|enable|disable|delete|list|next` through the real
// binary (cli.md): the id printed by add, --now as the instant of creation,
// the run instants `schedule next` prints (format, --after, --count, DST),
// list in each format, exit codes 2 (naming the option), 3 and 4, and the
// database unchanged by every refused command.
#include "AccessTestSupport.h"
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-01-05T10:00:00Z"_s; // a Monday

} // namespace

class TestScheduleCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    CliResult run(const QStringList &arguments, const QString &now = kNow) const
    {
        CliRunner cli(m_db->cliTarget());
        return cli.run(QStringList{u"--now"_s, now} + arguments);
    }

    static QStringList addArgs(const QString &name, const QStringList &more = {})
    {
        return QStringList{u"schedule"_s,     u"add"_s,
                           u"--name"_s,       name,
                           u"--email"_s,      u"billing@example.com,boss@example.org"_s,
                           u"--recurrence"_s, u"weekly"_s,
                           u"--day"_s,        u"mon"_s,
                           u"--time"_s,       u"08:00"_s,
                           u"--tz"_s,         u"Europe/Berlin"_s,
                           u"--scope"_s,      u"all"_s} +
               more;
    }

    qint64 add(const QString &name, const QStringList &more = {})
    {
        const CliResult result = run(addArgs(name, more));
        if (result.exitCode != 0)
            qWarning("add failed: %s", result.err.constData());
        bool ok = false;
        const qint64 id = result.out.trimmed().toLongLong(&ok);
        return ok ? id : -1;
    }

    static QStringList lines(const QByteArray &out)
    {
        return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void init() { m_db = TestDatabase::create(); }
    void cleanup() { m_db.reset(); }

    void addPrintsTheIdAndNextRunsFollow()
    {
        const CliResult added = run(addArgs(u"Weekly billing"_s));
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.err.isEmpty());
        static const QRegularExpression idOnly(u"^[0-9]+\n$"_s);
        QVERIFY2(idOnly.match(QString::fromUtf8(added.out)).hasMatch(), added.out.constData());
        const QString id = QString::fromUtf8(added.out.trimmed());
        QVERIFY(accesstest::lastAuditLine(*m_db).startsWith(
            u"admin|add schedule|Weekly billing|allowed|weekly on MON 08:00 Europe/Berlin"_s));

        // Default: after --now (Monday 10:00Z, past this Monday's 07:00Z).
        CliResult next = run({u"schedule"_s, u"next"_s, id});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.out, QByteArray("2026-01-12T07:00:00Z\n"));
        // Across Berlin's spring change (2025-03-30): 08:00 CET then CEST.
        next = run({u"schedule"_s, u"next"_s, id, u"--after"_s, u"2025-03-20T00:00:00Z"_s,
                    u"--count"_s, u"3"_s});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.out, QByteArray("2025-03-24T07:00:00Z\n2025-03-31T06:00:00Z\n"
                                      "2025-04-07T06:00:00Z\n"));
        // Strictly after; an offset in --after is honoured.
        next = run({u"schedule"_s, u"next"_s, id, u"--after"_s, u"2025-03-24T08:00:00+01:00"_s});
        QCOMPARE(next.out, QByteArray("2025-03-31T06:00:00Z\n"));

        // A monthly schedule on the 31st, 02:30 in New York.
        const qint64 monthly =
            add(u"Month end"_s, {u"--recurrence"_s, u"monthly"_s, u"--day-of-month"_s, u"31"_s,
                                 u"--time"_s, u"02:30"_s, u"--tz"_s, u"America/New_York"_s});
        // (--day mon of addArgs does not fit monthly: refused; see below.)
        QCOMPARE(monthly, -1);
        QStringList args = addArgs(u"Month end"_s);
        args.removeAt(args.indexOf(u"--day"_s) + 1);
        args.removeAt(args.indexOf(u"--day"_s));
        args[args.indexOf(u"weekly"_s)] = u"monthly"_s;
        args[args.indexOf(u"08:00"_s)] = u"02:30"_s;
        args[args.indexOf(u"Europe/Berlin"_s)] = u"america/new_york"_s;
        args << u"--day-of-month"_s << u"31"_s;
        const CliResult monthlyAdded = run(args);
        QCOMPARE(monthlyAdded.exitCode, 0);
        next = run({u"schedule"_s, u"next"_s, QString::fromUtf8(monthlyAdded.out.trimmed()),
                    u"--after"_s, u"2024-01-31T12:00:00Z"_s, u"--count"_s, u"3"_s});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(lines(next.out), (QStringList{u"2024-02-29T07:30:00Z"_s, u"2024-03-31T06:30:00Z"_s,
                                               u"2024-04-30T06:30:00Z"_s}));
    }

    void editEnableDisableDeleteAndList()
    {
        const qint64 id = add(u"Daily"_s);
        QVERIFY(id > 0);
        const QString idText = QString::number(id);
        CliResult result =
            run({u"schedule"_s, u"edit"_s, idText, u"--recurrence"_s, u"daily"_s, u"--time"_s,
                 u"06:30"_s, u"--tz"_s, u"UTC"_s, u"--description"_s, u"every day"_s},
                u"2026-02-01T00:00:00Z"_s);
        QCOMPARE(result.exitCode, 0);
        result = run({u"schedule"_s, u"next"_s, idText, u"--count"_s, u"2"_s},
                     u"2026-02-01T00:00:00Z"_s);
        QCOMPARE(result.out, QByteArray("2026-02-01T06:30:00Z\n2026-02-02T06:30:00Z\n"));

        // list: JSON with the next run after --now (and after activeSince).
        result =
            run({u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s}, u"2026-02-03T07:00:00Z"_s);
        QCOMPARE(result.exitCode, 0);
        QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 1);
        QJsonObject row = array.first().toObject();
        QCOMPARE(row.value(u"id"_s).toInteger(), id);
        QCOMPARE(row.value(u"name"_s).toString(), u"Daily"_s);
        QCOMPARE(row.value(u"task"_s).toString(), u"usage-report"_s);
        QCOMPARE(row.value(u"recurrence"_s).toString(), u"daily"_s);
        QCOMPARE(row.value(u"time"_s).toString(), u"06:30"_s);
        QCOMPARE(row.value(u"time_zone"_s).toString(), u"UTC"_s);
        QCOMPARE(row.value(u"recipients"_s).toArray().size(), 2);
        QCOMPARE(row.value(u"enabled"_s).toBool(), true);
        QCOMPARE(row.value(u"next_run"_s).toString(), u"2026-02-04T06:30:00Z"_s);
        QVERIFY(row.value(u"last_run"_s).isNull());

        // A schedule created "later" by --now starts there.
        const CliResult later = run(addArgs(u"Later"_s), u"2027-06-01T00:00:00Z"_s);
        QCOMPARE(later.exitCode, 0);
        result =
            run({u"schedule"_s, u"list"_s, u"--format"_s, u"csv"_s}, u"2026-02-03T07:00:00Z"_s);
        QCOMPARE(result.exitCode, 0);
        QStringList csv = lines(result.out);
        QCOMPARE(csv.size(), 3);
        QCOMPARE(csv.at(0), u"id,name,task,recurrence,time,time_zone,recipients,enabled,next_run,"
                            "last_run,last_result\r"_s);
        QVERIFY2(csv.at(2).contains(u",2027-06-07T06:00:00Z,"_s), qPrintable(csv.at(2)));

        result = run({u"schedule"_s, u"disable"_s, idText});
        QCOMPARE(result.exitCode, 0);
        result = run({u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s});
        array = QJsonDocument::fromJson(result.out).array();
        row = array.first().toObject();
        QCOMPARE(row.value(u"enabled"_s).toBool(), false);
        QVERIFY(row.value(u"next_run"_s).isNull());
        result = run({u"schedule"_s, u"list"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("NEXT RUN (UTC)"));
        QVERIFY(result.out.contains("Daily"));

        result = run({u"schedule"_s, u"enable"_s, idText});
        QCOMPARE(result.exitCode, 0);
        result = run({u"schedule"_s, u"edit"_s, idText, u"--disabled"_s});
        QCOMPARE(result.exitCode, 0);
        result = run({u"schedule"_s, u"delete"_s, idText});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_db->count(u"schedules"_s), 1);

        // Unknown ids: 4; not an id: 2.
        for (const QString &verb : {u"edit"_s, u"enable"_s, u"disable"_s, u"delete"_s, u"next"_s}) {
            result = run({u"schedule"_s, verb, idText});
            QVERIFY2(result.exitCode == 4, qPrintable(verb + QString::fromUtf8(result.err)));
            QVERIFY(result.err.contains("there is no schedule"));
            result = run({u"schedule"_s, verb, u"x1"_s});
            QCOMPARE(result.exitCode, 2);
        }
    }

    void badInputNamesTheOption_data()
    {
        QTest::addColumn<QStringList>("replace"); // option, new value ("" drops it)
        QTest::addColumn<QString>("named");
        QTest::newRow("time") << QStringList{u"--time"_s, u"25:00"_s} << u"--time: "_s;
        QTest::newRow("time format") << QStringList{u"--time"_s, u"8am"_s} << u"--time: "_s;
        QTest::newRow("no time") << QStringList{u"--time"_s, QString()} << u"--time is required"_s;
        QTest::newRow("zone") << QStringList{u"--tz"_s, u"Mars/Base"_s} << u"--tz: "_s;
        QTest::newRow("day") << QStringList{u"--day"_s, u"MOON"_s} << u"--day: "_s;
        QTest::newRow("no day") << QStringList{u"--day"_s, QString()} << u"--day is required"_s;
        QTest::newRow("recurrence")
            << QStringList{u"--recurrence"_s, u"yearly"_s} << u"--recurrence: "_s;
        QTest::newRow("stray day") << QStringList{u"--recurrence"_s, u"daily"_s} << u"--day: "_s;
        QTest::newRow("email") << QStringList{u"--email"_s, u"nobody"_s} << u"--email: "_s;
        QTest::newRow("email twice")
            << QStringList{u"--email"_s, u"a@example.com,A@example.com"_s} << u"--email: "_s;
        QTest::newRow("no email") << QStringList{u"--email"_s, QString()}
                                  << u"--email is required"_s;
        QTest::newRow("name") << QStringList{u"--name"_s, u"  "_s} << u"--name: "_s;
        QTest::newRow("name taken") << QStringList{u"--name"_s, u"EXISTING"_s} << u"--name: "_s;
        QTest::newRow("scope") << QStringList{u"--scope"_s, u"everything"_s} << u"--scope: "_s;
        QTest::newRow("scope filter")
            << QStringList{u"--scope"_s, u"filter:locked eq maybe"_s} << u"--scope: "_s;
        QTest::newRow("delimiter")
            << QStringList{u"--delimiter"_s, u"colon"_s} << u"--delimiter: "_s;
        QTest::newRow("task") << QStringList{u"--task"_s, u"backup"_s} << u"--task: "_s;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"red"_s} << u"colour"_s;
    }

    void badInputNamesTheOption()
    {
        QFETCH(QStringList, replace);
        QFETCH(QString, named);
        QVERIFY(add(u"Existing"_s) > 0);
        const QString before = m_db->dump();
        QStringList args = addArgs(u"New"_s);
        const qsizetype at = args.indexOf(replace.at(0));
        if (at < 0)
            args << replace.at(0) << replace.at(1);
        else if (replace.at(1).isNull())
            args.remove(at, 2);
        else
            args[at + 1] = replace.at(1);
        const CliResult result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(named.toUtf8()), result.err.constData());
        QCOMPARE(m_db->dump(), before);
    }

    void badNextAndEditOptions()
    {
        const qint64 id = add(u"Existing"_s);
        const QString idText = QString::number(id);
        const QString before = m_db->dump();
        const QList<std::pair<QStringList, QByteArray>> cases = {
            {{u"next"_s, idText, u"--count"_s, u"0"_s}, "--count: "},
            {{u"next"_s, idText, u"--count"_s, u"1001"_s}, "--count: "},
            {{u"next"_s, idText, u"--after"_s, u"yesterday"_s}, "--after: "},
            {{u"edit"_s, idText, u"--day-of-month"_s, u"3"_s}, "--day-of-month: "},
            {{u"edit"_s, idText, u"--recurrence"_s, u"monthly"_s}, "--day-of-month is required"},
            {{u"edit"_s, idText, u"--time"_s, u"24:00"_s}, "--time: "},
            {{u"edit"_s, idText, u"--bom"_s, u"--no-bom"_s}, "--bom and --no-bom"},
            {{u"list"_s, u"--format"_s, u"xml"_s}, "xml"},
        };
        for (const auto &[args, named] : cases) {
            const CliResult result = run(QStringList{u"schedule"_s} + args);
            QVERIFY2(result.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY2(result.err.contains(named), result.err.constData());
        }
        QCOMPARE(m_db->dump(), before);
    }

    void refusedWithoutPermission()
    {
        const qint64 id = add(u"Existing"_s);
        auto connection = m_db->connect();
        const qint64 role = accesstest::addRole(
            *connection, u"Schedule viewers"_s,
            accesstest::grants({u"scheduled_tasks:view"_s, u"scheduled_tasks:add"_s}));
        accesstest::insertAdministrator(*connection, u"viewer"_s, role);
        connection.reset();
        // Signing in upgrades the viewer's password hash: compare the schedules.
        const QString before = m_db->dump({u"schedules"_s});
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_USER"_s, u"viewer"_s);
        cli.environment().insert(u"USAGEDESK_PASSWORD"_s, u"another password 1"_s);
        // Scheduling needs export_reports:add too.
        CliResult result = cli.run(addArgs(u"Mine"_s));
        QCOMPARE(result.exitCode, 3);
        for (const QString &verb : {u"enable"_s, u"disable"_s, u"delete"_s}) {
            result = cli.run({u"schedule"_s, verb, QString::number(id)});
            QVERIFY2(result.exitCode == 3, qPrintable(verb));
        }
        result = cli.run({u"schedule"_s, u"edit"_s, QString::number(id), u"--time"_s, u"09:00"_s});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(m_db->dump({u"schedules"_s}), before);
        // Viewing is allowed.
        result = cli.run({u"schedule"_s, u"next"_s, QString::number(id)});
        QCOMPARE(result.exitCode, 0);
        result = cli.run({u"schedule"_s, u"list"_s});
        QCOMPARE(result.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedule_cli.moc"
