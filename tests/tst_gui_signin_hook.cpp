// The GUI's non-interactive sign-in for benchmarks (`usagedesk
// --sign-in-user NAME`, the password from USAGEDESK_PASSWORD, and
// --quit-after-first-page): it must not be a way around the password
// (docs/benchmarks.md, "Startup"). The real `usagedesk` binary runs on the
// offscreen platform. A refused start must exit non-zero on its own, print
// nothing on standard output and leave the sign-in refusal in the audit log;
// a dialog or a window it showed instead would keep the process running and
// the test would fail on the time limit.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct GuiResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestGuiSignInHook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_config;

    GuiResult runGui(const QString &database, const QString &user,
                     const std::optional<QString> &password) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"USAGEDESK_DB"_s);
        environment.remove(u"USAGEDESK_PASSWORD"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        if (password)
            environment.insert(u"USAGEDESK_PASSWORD"_s, *password);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(USAGEDESK_GUI_PATH), {u"--db"_s, database, u"--sign-in-user"_s,
                                                           user, u"--quit-after-first-page"_s});
        GuiResult result;
        if (!process.waitForStarted())
            return result;
        result.finished = process.waitForFinished(60000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString lastAuditLine() const
    {
        const QStringList lines = m_db->auditLog().split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_db = TestDatabase::create();
        const CliResult seeded = CliRunner(m_db->cliTarget())
                                     .run({u"seed"_s, u"--tenants"_s, u"30"_s, u"--days"_s, u"2"_s,
                                           u"--end"_s, u"2026-11-30"_s});
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
    }

    void cleanupTestCase() { m_db.reset(); }

    void wrongPasswordIsRefused()
    {
        const GuiResult r = runGui(m_db->cliTarget(), u"admin"_s, u"not the password 1"_s);
        QVERIFY2(r.finished, "the GUI did not exit on its own: something was shown");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // no first page
        QVERIFY2(r.err.contains("wrong") || r.err.contains("sign-in failed"), r.err.constData());
        // The same SignIn as the dialog's: the attempt is audited, and it
        // counts towards the lockout.
        QVERIFY2(lastAuditLine().contains(u"sign-in|admin|refused|wrong password (1 in a row)"_s),
                 qPrintable(lastAuditLine()));
    }

    void unknownUserIsRefused()
    {
        const GuiResult r = runGui(m_db->cliTarget(), u"nobody"_s,
                                   QString::fromLatin1(TestDatabase::kAdminPassword));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(lastAuditLine().contains(u"sign-in|nobody|refused|unknown user name"_s),
                 qPrintable(lastAuditLine()));
    }

    void noPasswordIsRefused()
    {
        const QString auditBefore = m_db->auditLog();
        const GuiResult r = runGui(m_db->cliTarget(), u"admin"_s, std::nullopt);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("USAGEDESK_PASSWORD"), r.err.constData());
        QCOMPARE(m_db->auditLog(), auditBefore); // refused before any sign-in
    }

    // The hook never creates the first Super Administrator: on an empty
    // database it is refused and no account appears.
    void emptyDatabaseGetsNoAdministrator()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"empty.sqlite"_s);
        const GuiResult r = runGui(path, u"admin"_s, u"any password 123"_s);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        const auto target = ud::DatabaseTarget::parse(path);
        QVERIFY(target);
        auto connection = ud::Connection::open(*target);
        QVERIFY(connection);
        QSqlQuery query((*connection)->database());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM administrators"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // The other side: the right password starts the window and quits at the
    // Tenants page's first rows.
    void rightPasswordShowsTheFirstPage()
    {
        const GuiResult r = runGui(m_db->cliTarget(), u"admin"_s,
                                   QString::fromLatin1(TestDatabase::kAdminPassword));
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("first page: ") && r.out.contains(" ms, 30 rows"),
                 r.out.constData());
        QVERIFY2(lastAuditLine().contains(u"sign-in|admin|allowed"_s), qPrintable(lastAuditLine()));
    }
};

QTEST_GUILESS_MAIN(TestGuiSignInHook)
#include "tst_gui_signin_hook.moc"
