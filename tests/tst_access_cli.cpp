#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// `role`, `admin` and `audit` through the real binary (cli.md), with the exit
// codes 0 done, 2 bad input, 3 not signed in or not permitted, 4 not found;
// and the access gate in front of the other commands.
class TestAccessCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    static constexpr const char *kAuditorPassword = "auditor password 1";

    CliResult run(const QStringList &arguments) const
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s, u"a new password 42"_s);
        return cli.run(arguments);
    }

    CliResult runAs(const QString &user, const QString &password,
                    const QStringList &arguments) const
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_USER"_s, user);
        cli.environment().insert(u"USAGEDESK_PASSWORD"_s, password);
        cli.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s, u"a new password 42"_s);
        return cli.run(arguments);
    }

    static QByteArray describe(const CliResult &result)
    {
        return "exit " + QByteArray::number(result.exitCode) + "\nout: " + result.out +
               "\nerr: " + result.err;
    }

    void addAuditor()
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s,
                                 QString::fromLatin1(kAuditorPassword));
        const CliResult added =
            cli.run({u"admin"_s, u"add"_s, u"--name"_s, u"aud"_s, u"--role"_s, u"Auditor"_s});
        QVERIFY2(added.exitCode == 0, describe(added).constData());
    }

    CliResult asAuditor(const QStringList &arguments) const
    {
        return runAs(u"aud"_s, QString::fromLatin1(kAuditorPassword), arguments);
    }

private Q_SLOTS:
    void init() { m_db = TestDatabase::create(); }
    void cleanup() { m_db.reset(); }

    void seedExampleRoleReadBack()
    {
        const CliResult added = run(
            {u"role"_s, u"add"_s, u"--name"_s, u"Manage Service Provider Reports"_s,
             u"--description"_s, u"Reports for service providers"_s, u"--manage"_s, u"Auditor"_s,
             u"--grant"_s, u"export_reports:all"_s, u"--grant"_s, u"scheduled_tasks:all"_s});
        QVERIFY2(added.exitCode == 0, describe(added).constData());

        const CliResult shown = run({u"role"_s, u"show"_s, u"manage service provider reports"_s});
        QVERIFY2(shown.exitCode == 0, describe(shown).constData());
        QCOMPARE(shown.out, QByteArray("name: Manage Service Provider Reports\n"
                                       "description: Reports for service providers\n"
                                       "built-in: no\n"
                                       "administrators: 0\n"
                                       "manage all roles: no\n"
                                       "manages:\n"
                                       "  Auditor\n"
                                       "grants:\n"
                                       "  export_reports:view,add,edit,remove\n"
                                       "  scheduled_tasks:view,add,edit,remove\n"));

        const CliResult listed = run({u"role"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, describe(listed).constData());
        const QList<QByteArray> lines = listed.out.split('\n');
        QVERIFY(lines.first().startsWith("NAME"));
        QVERIFY(lines.first().contains("ADMINISTRATORS"));
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
            return line.startsWith("Manage Service Provider Reports  ");
        });
        QVERIFY2(row != lines.cend(), listed.out.constData());
        QCOMPARE(row->simplified(),
                 QByteArray("Manage Service Provider Reports Reports for service providers no 0"));
        QVERIFY(listed.out.contains("Auditor"));
        QVERIFY(listed.out.contains("Super Administrator"));
        QVERIFY(m_db->auditLog().contains(
            u"admin|add role|Manage Service Provider Reports|allowed|grants: "
            "export_reports:view,add,edit,remove scheduled_tasks:view,add,edit,remove; manage "
            "all roles: no"_s));
    }

    void positionalGrantsAndEdit()
    {
        QCOMPARE(run({u"role"_s, u"add"_s, u"--name"_s, u"Ops"_s, u"--manage-all"_s, u"--grant"_s,
                      u"tenants:view,add"_s, u"usage_data:add"_s, u"settings:view"_s})
                     .exitCode,
                 0);
        CliResult shown = run({u"role"_s, u"show"_s, u"Ops"_s});
        QVERIFY(shown.out.contains("manage all roles: yes\n"));
        QVERIFY(
            shown.out.contains("grants:\n  tenants:view,add\n  usage_data:add\n  settings:view\n"));

        // Given options replace, others stay; --grant replaces the whole set.
        const CliResult edited = run({u"role"_s, u"edit"_s, u"ops"_s, u"--name"_s, u"Operations"_s,
                                      u"--grant"_s, u"audit_log:view"_s});
        QVERIFY2(edited.exitCode == 0, describe(edited).constData());
        shown = run({u"role"_s, u"show"_s, u"Operations"_s});
        QVERIFY2(shown.exitCode == 0, describe(shown).constData());
        QVERIFY(shown.out.contains("manage all roles: yes\n"));
        QVERIFY(shown.out.endsWith("grants:\n  audit_log:view\n"));
        QCOMPARE(run({u"role"_s, u"show"_s, u"Ops"_s}).exitCode, 4);

        QCOMPARE(run({u"role"_s, u"edit"_s, u"Operations"_s, u"--manage"_s, u"Auditor"_s,
                      u"--description"_s, u"day to day"_s})
                     .exitCode,
                 0);
        shown = run({u"role"_s, u"show"_s, u"Operations"_s});
        QVERIFY(shown.out.contains("description: day to day\n"));
        QVERIFY(shown.out.contains("manage all roles: no\nmanages:\n  Auditor\ngrants:\n"));

        // --manage "" manages no roles.
        QCOMPARE(run({u"role"_s, u"edit"_s, u"Operations"_s, u"--manage"_s, QString()}).exitCode,
                 0);
        shown = run({u"role"_s, u"show"_s, u"Operations"_s});
        QVERIFY2(shown.out.contains("manage all roles: no\nmanages:\ngrants:\n"),
                 shown.out.constData());

        QCOMPARE(run({u"role"_s, u"delete"_s, u"Operations"_s}).exitCode, 0);
        QCOMPARE(run({u"role"_s, u"show"_s, u"Operations"_s}).exitCode, 4);
    }

    void roleErrors()
    {
        const auto add = [this](const QStringList &more) {
            return run(QStringList{u"role"_s, u"add"_s} + more);
        };
        const QString before = m_db->dump();
        // Bad input: 2.
        CliResult result = add({u"--name"_s, u"X"_s, u"--manage-all"_s, u"--manage"_s, u"Auditor"_s,
                                u"--grant"_s, u"tenants:view"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--manage-all and --manage"));
        QCOMPARE(add({u"--name"_s, u"X"_s, u"--grant"_s, u"tenants:fly"_s}).exitCode, 2);
        QCOMPARE(add({u"--name"_s, u"X"_s, u"--grant"_s, u"planets:view"_s}).exitCode, 2);
        QCOMPARE(add({u"--name"_s, u"X"_s, u"tenants"_s}).exitCode, 2);
        QCOMPARE(add({u"--name"_s, u"X"_s}).exitCode, 2);
        QCOMPARE(add({u"--grant"_s, u"tenants:view"_s}).exitCode, 2);
        QCOMPARE(add({u"--name"_s, QString(101, u'x'), u"--grant"_s, u"tenants:view"_s}).exitCode,
                 2);
        result = add({u"--name"_s, u"auditor"_s, u"--grant"_s, u"tenants:view"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("already exists"), result.err.constData());
        QCOMPARE(add({u"--name"_s, u"X"_s, u"--grant"_s, u"tenants:view"_s, u"--bogus"_s}).exitCode,
                 2);
        QCOMPARE(run({u"role"_s, u"edit"_s, u"Auditor"_s}).exitCode, 2); // nothing to change
        // Not found: 4.
        result = add({u"--name"_s, u"X"_s, u"--manage"_s, u"Auditor,Nobody"_s, u"--grant"_s,
                      u"tenants:view"_s});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("\"Nobody\""), result.err.constData());
        QCOMPARE(run({u"role"_s, u"delete"_s, u"Nobody"_s}).exitCode, 4);
        QCOMPARE(run({u"role"_s, u"show"_s, u"Nobody"_s}).exitCode, 4);
        QCOMPARE(run({u"role"_s, u"edit"_s, u"Nobody"_s, u"--description"_s, u"x"_s}).exitCode, 4);
        // Rule refusals: 3, and audited.
        result = run({u"role"_s, u"edit"_s, u"Auditor"_s, u"--description"_s, u"x"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("built-in"), result.err.constData());
        QCOMPARE(run({u"role"_s, u"delete"_s, u"Super Administrator"_s}).exitCode, 3);
        QVERIFY(m_db->auditLog().contains(
            u"admin|delete role|Super Administrator|refused|the built-in role Super "
            "Administrator cannot be removed"_s));
        QCOMPARE(m_db->dump(), before);
    }

    void administratorLifecycle()
    {
        CliResult result =
            run({u"admin"_s, u"add"_s, u"--name"_s, u"carol"_s, u"--role"_s, u"auditor"_s,
                 u"--display-name"_s, u"Carol C"_s, u"--email"_s, u"carol@example.com"_s});
        QVERIFY2(result.exitCode == 0, describe(result).constData());
        // The new administrator signs in with the password set.
        result = runAs(u"carol"_s, u"a new password 42"_s, {u"admin"_s, u"list"_s});
        QVERIFY2(result.exitCode == 0, describe(result).constData());
        QVERIFY(result.out.startsWith("USER"));
        QVERIFY2(result.out.contains("carol  Carol C       carol@example.com  Auditor"),
                 result.out.constData());

        // Disabled: cannot sign in; enabled again: can.
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"carol"_s, u"--disable"_s}).exitCode, 0);
        result = runAs(u"carol"_s, u"a new password 42"_s, {u"role"_s, u"list"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("disabled"));
        QCOMPARE(
            run({u"admin"_s, u"edit"_s, u"carol"_s, u"--enable"_s, u"--display-name"_s, u"Carol"_s})
                .exitCode,
            0);
        result = run({u"admin"_s, u"list"_s});
        QVERIFY2(result.out.contains("carol  Carol         carol@example.com  Auditor"),
                 result.out.constData());

        // A new password, from USAGEDESK_NEW_PASSWORD.
        CliRunner reset(m_db->cliTarget());
        reset.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s, u"carols second password"_s);
        QCOMPARE(reset.run({u"admin"_s, u"edit"_s, u"carol"_s, u"--reset-password"_s}).exitCode, 0);
        QCOMPARE(runAs(u"carol"_s, u"a new password 42"_s, {u"role"_s, u"list"_s}).exitCode, 3);
        QCOMPARE(runAs(u"carol"_s, u"carols second password"_s, {u"role"_s, u"list"_s}).exitCode,
                 0);

        QCOMPARE(run({u"role"_s, u"add"_s, u"--name"_s, u"Desk"_s, u"--grant"_s, u"tenants:view"_s})
                     .exitCode,
                 0);
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"carol"_s, u"--role"_s, u"Desk"_s}).exitCode, 0);
        QVERIFY(run({u"admin"_s, u"list"_s}).out.contains("Desk"));
        // An assigned role cannot be removed.
        QCOMPARE(run({u"role"_s, u"delete"_s, u"Desk"_s}).exitCode, 3);

        QCOMPARE(run({u"admin"_s, u"delete"_s, u"CAROL"_s}).exitCode, 0);
        QCOMPARE(run({u"admin"_s, u"delete"_s, u"carol"_s}).exitCode, 4);
        QCOMPARE(run({u"role"_s, u"delete"_s, u"Desk"_s}).exitCode, 0);
        const QString log = m_db->auditLog();
        QVERIFY(
            log.contains(u"admin|add administrator|carol|allowed|role: Auditor; enabled: yes"_s));
        QVERIFY(log.contains(u"admin|edit administrator|carol|allowed|disabled"_s));
        QVERIFY(log.contains(u"admin|reset password|carol|allowed|"_s));
        QVERIFY(log.contains(u"admin|delete administrator|carol|allowed|"_s));
    }

    void administratorErrors()
    {
        const QString before = m_db->dump();
        QCOMPARE(run({u"admin"_s, u"add"_s, u"--name"_s, u"dave"_s}).exitCode, 2);
        QCOMPARE(run({u"admin"_s, u"add"_s, u"--role"_s, u"Auditor"_s}).exitCode, 2);
        CliResult result = run({u"admin"_s, u"add"_s, u"--name"_s, u"dave"_s, u"--role"_s,
                                u"Auditor"_s, u"--email"_s, u"not-an-address"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("e-mail"));
        CliRunner weak(m_db->cliTarget());
        weak.environment().insert(u"USAGEDESK_NEW_PASSWORD"_s, u"short"_s);
        QCOMPARE(weak.run({u"admin"_s, u"add"_s, u"--name"_s, u"dave"_s, u"--role"_s, u"Auditor"_s})
                     .exitCode,
                 2);
        result = run({u"admin"_s, u"add"_s, u"--name"_s, u"dave"_s, u"--role"_s, u"Nobody"_s});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains("--role"));
        QCOMPARE(run({u"admin"_s, u"add"_s, u"--name"_s, u"Admin"_s, u"--role"_s, u"Auditor"_s})
                     .exitCode,
                 2);
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"admin"_s, u"--enable"_s, u"--disable"_s}).exitCode,
                 2);
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"admin"_s}).exitCode, 2);
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"nobody"_s, u"--disable"_s}).exitCode, 4);
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"admin"_s, u"--role"_s, u"Nobody"_s}).exitCode, 3);
        QCOMPARE(run({u"admin"_s, u"delete"_s, u"nobody"_s}).exitCode, 4);
        // The rules: 3.
        result = run({u"admin"_s, u"edit"_s, u"admin"_s, u"--disable"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("last enabled Super Administrator"), result.err.constData());
        QCOMPARE(run({u"admin"_s, u"edit"_s, u"admin"_s, u"--role"_s, u"Auditor"_s}).exitCode, 3);
        QCOMPARE(run({u"admin"_s, u"delete"_s, u"admin"_s}).exitCode, 3);
        QCOMPARE(m_db->dump(), before);
    }

    void auditorIsHeldToTheirRole()
    {
        addAuditor();
        // Views are allowed.
        QCOMPARE(asAuditor({u"tenants"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(asAuditor({u"role"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(asAuditor({u"role"_s, u"show"_s, u"Auditor"_s}).exitCode, 0);
        QCOMPARE(asAuditor({u"admin"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(asAuditor({u"audit"_s, u"list"_s}).exitCode, 0);
        // Changes are not, and a refusal is reported before "not found".
        const QString before = m_db->dump();
        CliResult result = asAuditor({u"seed"_s, u"--tenants"_s, u"1"_s, u"--days"_s, u"1"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("Super Administrators only"), result.err.constData());
        QCOMPARE(asAuditor({u"import"_s, u"tenants"_s, u"/nonexistent/tenants.csv"_s}).exitCode, 3);
        QCOMPARE(asAuditor({u"import"_s, u"usage"_s, u"/nonexistent/usage.csv"_s}).exitCode, 3);
        QCOMPARE(asAuditor(
                     {u"role"_s, u"add"_s, u"--name"_s, u"Mine"_s, u"--grant"_s, u"tenants:view"_s})
                     .exitCode,
                 3);
        QCOMPARE(asAuditor({u"role"_s, u"delete"_s, u"Nobody"_s}).exitCode, 3);
        QCOMPARE(asAuditor({u"admin"_s, u"delete"_s, u"nobody"_s}).exitCode, 3);
        QCOMPARE(asAuditor({u"admin"_s, u"edit"_s, u"admin"_s, u"--disable"_s}).exitCode, 3);
        QCOMPARE(asAuditor({u"admin"_s, u"add"_s, u"--name"_s, u"eve"_s, u"--role"_s, u"Auditor"_s})
                     .exitCode,
                 3);
        QCOMPARE(m_db->dump(), before);
        const QString log = m_db->auditLog();
        QVERIFY(log.contains(u"aud|seed|--tenants 1 --days 1|refused|"_s));
        QVERIFY(log.contains(u"aud|add role|Mine|refused|add role needs roles:add"_s));
        QVERIFY(log.contains(u"aud|add administrator|eve|refused|"_s));
    }

    void auditListNeedsItsGrant()
    {
        QCOMPARE(
            run({u"role"_s, u"add"_s, u"--name"_s, u"Blind"_s, u"--grant"_s, u"tenants:view"_s})
                .exitCode,
            0);
        QCOMPARE(
            run({u"admin"_s, u"add"_s, u"--name"_s, u"blind"_s, u"--role"_s, u"Blind"_s}).exitCode,
            0);
        const CliResult result = runAs(u"blind"_s, u"a new password 42"_s, {u"audit"_s, u"list"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("audit_log:view"), result.err.constData());
        QVERIFY(m_db->auditLog().contains(u"blind|list audit log||refused|"_s));
        QCOMPARE(runAs(u"blind"_s, u"a new password 42"_s, {u"role"_s, u"list"_s}).exitCode, 3);
    }

    void auditListFormats()
    {
        QCOMPARE(run({u"role"_s, u"add"_s, u"--name"_s, u"=HYPERLINK(1)"_s, u"--description"_s,
                      u"a, \"quoted\" one"_s, u"--grant"_s, u"tenants:view"_s})
                     .exitCode,
                 0);
        CliResult csv = run({u"audit"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.exitCode == 0, describe(csv).constData());
        const QList<QByteArray> records = csv.out.split('\n');
        QCOMPARE(records.first(), QByteArray("at_utc,actor,action,object,outcome,detail\r"));
        QVERIFY(csv.out.endsWith("\r\n"));
        QVERIFY2(csv.out.contains(",admin,add role,'=HYPERLINK(1),allowed,grants: "
                                  "tenants:view; manage all roles: no\r\n"),
                 csv.out.constData());
        QVERIFY(csv.out.contains(",admin,sign-in,admin,allowed,\r\n"));

        CliResult json =
            run({u"audit"_s, u"list"_s, u"--format=json"_s, u"--contains"_s, u"hyperlink"_s});
        QVERIFY2(json.exitCode == 0, describe(json).constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.out.constData());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 1);
        const QJsonObject entry = array.first().toObject();
        QCOMPARE(entry.size(), 6);
        QCOMPARE(entry[u"actor"_s].toString(), u"admin"_s);
        QCOMPARE(entry[u"action"_s].toString(), u"add role"_s);
        QCOMPARE(entry[u"object"_s].toString(), u"=HYPERLINK(1)"_s);
        QCOMPARE(entry[u"outcome"_s].toString(), u"allowed"_s);
        QVERIFY(entry[u"at_utc"_s].toString().endsWith(u'Z'));
        // Keys in the documented order.
        const qsizetype at = json.out.indexOf("\"at_utc\"");
        QVERIFY(at >= 0 && at < json.out.indexOf("\"actor\""));
        QVERIFY(json.out.indexOf("\"outcome\"") < json.out.indexOf("\"detail\""));

        CliResult table = run({u"audit"_s, u"list"_s, u"--contains"_s, u"HYPERLINK"_s});
        QVERIFY2(table.exitCode == 0, describe(table).constData());
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("AT_UTC"));
        QVERIFY(lines[1].contains("admin  add role  =HYPERLINK(1)  allowed"));

        QCOMPARE(run({u"audit"_s, u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        const CliResult none = run({u"audit"_s, u"list"_s, u"--format"_s, u"json"_s,
                                    u"--contains"_s, u"no such text anywhere"_s});
        QCOMPARE(none.out, QByteArray("[]\n"));
    }

    void signInFailures()
    {
        CliRunner wrong(m_db->cliTarget());
        wrong.environment().insert(u"USAGEDESK_PASSWORD"_s, u"not the password"_s);
        const CliResult wrongPassword = wrong.run({u"role"_s, u"list"_s});
        QCOMPARE(wrongPassword.exitCode, 3);
        QCOMPARE(wrongPassword.out, QByteArray());
        QCOMPARE(wrongPassword.err, QByteArray("sign-in failed: wrong user name or password\n"));

        CliRunner unknown(m_db->cliTarget());
        unknown.environment().insert(u"USAGEDESK_USER"_s, u"mallory"_s);
        const CliResult unknownUser = unknown.run({u"role"_s, u"list"_s});
        QCOMPARE(unknownUser.exitCode, 3);
        QCOMPARE(unknownUser.err, wrongPassword.err);

        CliRunner nobody(m_db->cliTarget());
        nobody.environment().remove(u"USAGEDESK_USER"_s);
        const CliResult noUser = nobody.run({u"audit"_s, u"list"_s});
        QCOMPARE(noUser.exitCode, 3);
        QVERIFY2(noUser.err.contains("--user"), noUser.err.constData());
        // --user on the command line works as USAGEDESK_USER does.
        QCOMPARE(nobody.run({u"--user"_s, u"admin"_s, u"role"_s, u"list"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessCli)
#include "tst_access_cli.moc"
