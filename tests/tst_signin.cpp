#include "AccessTestSupport.h"
#include "TestDatabase.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

// Signing in (access.md): one message for an unknown user and a wrong
// password, the lockout and its expiry, disabled accounts, the iteration
// upgrade, and an audit line for every attempt.
class TestSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_connection;
    QDateTime m_now;

    const QString m_user = QString::fromLatin1(TestDatabase::kAdminUser);
    const QString m_password = QString::fromLatin1(TestDatabase::kAdminPassword);

    // A clock the test moves by hand.
    SignIn signIn()
    {
        return SignIn(*m_connection, [this] { return m_now; });
    }

    QStringList signInLines() const
    {
        QStringList lines;
        for (const QString &line : accesstest::auditLines(*m_db)) {
            if (line.section(u'|', 1, 1) == u"sign-in"_s)
                lines << line;
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
        m_now = QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void success()
    {
        const auto actor = signIn().signIn(m_user, m_password);
        QVERIFY2(actor, actor ? "" : qPrintable(actor.error().message));
        QCOMPARE(actor->userName, m_user);
        QVERIFY(actor->isSuperAdministrator());
        QCOMPARE(signInLines(), QStringList{u"admin|sign-in|admin|allowed|"_s});
        // The user name is matched in any case.
        QVERIFY(signIn().signIn(u"ADMIN"_s, m_password));
    }

    void genericMessage()
    {
        const auto unknown = signIn().signIn(u"nobody"_s, m_password);
        const auto wrong = signIn().signIn(m_user, u"wrong password 123"_s);
        QVERIFY(!unknown);
        QVERIFY(!wrong);
        QCOMPARE(unknown.error().kind, ErrorKind::NotPermitted);
        QCOMPARE(wrong.error().kind, ErrorKind::NotPermitted);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(wrong.error().message, u"sign-in failed: wrong user name or password"_s);
        // The log tells them apart; the user does not learn which it was.
        QCOMPARE(signInLines(),
                 (QStringList{u"nobody|sign-in|nobody|refused|unknown user name"_s,
                              u"admin|sign-in|admin|refused|wrong password (1 in a row)"_s}));
        const auto empty = signIn().signIn(m_user, QString());
        QCOMPARE(empty.error().message, wrong.error().message);
    }

    void lockoutAndExpiry()
    {
        for (int i = 1; i <= SignIn::kMaximumFailures; ++i) {
            const auto failed = signIn().signIn(m_user, u"wrong password %1"_s.arg(i));
            QVERIFY(!failed);
            QCOMPARE(failed.error().message, u"sign-in failed: wrong user name or password"_s);
            m_now = m_now.addSecs(10);
        }
        const QDateTime lockedAt = m_now.addSecs(-10);
        const QDateTime until = lockedAt.addSecs(SignIn::kLockMinutes * 60);
        QCOMPARE(AdministratorStore(*m_connection).findByUserName(m_user).value()->lockedUntil,
                 until);
        QCOMPARE(signInLines().last(),
                 u"admin|sign-in|admin|refused|wrong password; account locked until %1"_s.arg(
                     isoUtc(until)));

        // Locked: even the right password is refused, until the 15 minutes are up.
        m_now = until.addSecs(-1);
        const auto locked = signIn().signIn(m_user, m_password);
        QVERIFY(!locked);
        QCOMPARE(locked.error().kind, ErrorKind::NotPermitted);
        QVERIFY2(locked.error().message.contains(u"locked"_s), qPrintable(locked.error().message));
        QCOMPARE(signInLines().last(),
                 u"admin|sign-in|admin|refused|account locked until %1"_s.arg(isoUtc(until)));

        m_now = until;
        const auto again = signIn().signIn(m_user, m_password);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(signInLines().last(), u"admin|sign-in|admin|allowed|"_s);
        QCOMPARE(AdministratorStore(*m_connection).findByUserName(m_user).value()->failedSignIns,
                 0);
        // 5 failures, 1 refusal while locked, 1 success: every attempt audited.
        QCOMPARE(signInLines().size(), SignIn::kMaximumFailures + 2);
    }

    void successResetsTheCount()
    {
        for (int i = 1; i < SignIn::kMaximumFailures; ++i)
            QVERIFY(!signIn().signIn(m_user, u"wrong password"_s));
        QVERIFY(signIn().signIn(m_user, m_password));
        for (int i = 1; i < SignIn::kMaximumFailures; ++i)
            QVERIFY(!signIn().signIn(m_user, u"wrong password"_s));
        QVERIFY(!AdministratorStore(*m_connection)
                     .findByUserName(m_user)
                     .value()
                     ->lockedUntil.isValid());
        QVERIFY(signIn().signIn(m_user, m_password));
    }

    void disabledAccount()
    {
        const qint64 auditorRole = accesstest::builtInRoleId(*m_connection, BuiltInRole::Auditor);
        accesstest::insertAdministrator(*m_connection, u"resting"_s, auditorRole, false,
                                        u"resting password"_s);
        const auto refused = signIn().signIn(u"resting"_s, u"resting password"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::NotPermitted);
        QVERIFY2(refused.error().message.contains(u"disabled"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(signInLines().last(), u"resting|sign-in|resting|refused|account disabled"_s);
        // A wrong password does not reveal that the account is disabled.
        QCOMPARE(signIn().signIn(u"resting"_s, u"wrong password"_s).error().message,
                 u"sign-in failed: wrong user name or password"_s);
    }

    void iterationUpgrade()
    {
        AdministratorStore store(*m_connection);
        const qint64 id = store.findByUserName(m_user).value()->id;
        QVERIFY(store.setPasswordHash(id, PasswordHasher::hash(m_password, 1000).encode(), m_now));
        QCOMPARE(PasswordHash::decode(store.findById(id).value()->passwordHash)->iterations, 1000);

        QVERIFY(signIn().signIn(m_user, m_password));
        const auto upgraded = PasswordHash::decode(store.findById(id).value()->passwordHash);
        QVERIFY(upgraded);
        QCOMPARE(upgraded->iterations, PasswordHasher::kIterations);
        QCOMPARE(upgraded->iterations, 600000);
        QVERIFY(PasswordHasher::verify(m_password, *upgraded));
        // The upgraded hash still signs in.
        QVERIFY(signIn().signIn(m_user, m_password));
    }

    void firstAdministratorOnlyOnce()
    {
        QVERIFY(!signIn().needsFirstAdministrator().value());
        const auto second = signIn().createFirstAdministrator(u"intruder"_s, QString(), QString(),
                                                              u"a long password!"_s);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, ErrorKind::NotPermitted);
        QVERIFY(!AdministratorStore(*m_connection).findByUserName(u"intruder"_s).value());
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
