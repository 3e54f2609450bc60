#include "AccessTestSupport.h"
#include "TestDatabase.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <atomic>
#include <thread>

using namespace ud;
using namespace Qt::StringLiterals;
using accesstest::enabled;
using accesstest::toRole;

// The last enabled Super Administrator under concurrency (access.md, issue 3):
// two Super Administrators, each on a connection and thread of its own,
// disable each other at the same moment. Whatever the interleaving, exactly
// one succeeds and one stays enabled. Written for PostgreSQL (row locks);
// on SQLite the write transactions simply queue, and the same holds.
class TestSuperAdminRace : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRounds = 20;

    struct Outcome
    {
        bool ok = false;
        ErrorKind kind = ErrorKind::Storage;
        QString message;
    };

private Q_SLOTS:
    void takeAwayEachOther_data()
    {
        QTest::addColumn<bool>("reRole");
        QTest::addRow("disable") << false;
        QTest::addRow("give the Auditor role") << true;
    }

    // Each round, each of the two tries to disable the other (or give them
    // the Auditor role), and the loser's target is restored afterwards.
    void takeAwayEachOther()
    {
        QFETCH(bool, reRole);
        auto db = TestDatabase::create();
        auto setup = db->connect(u"setup"_s);
        const qint64 superRole = accesstest::builtInRoleId(*setup, BuiltInRole::SuperAdministrator);
        const qint64 a = accesstest::superActor(*setup).adminId;
        const qint64 b = accesstest::insertAdministrator(*setup, u"second"_s, superRole);
        const AdministratorChange takeAway =
            reRole ? toRole(accesstest::builtInRoleId(*setup, BuiltInRole::Auditor))
                   : enabled(false);

        QSemaphore arrived;
        QSemaphore go[2];
        QSemaphore done;
        QSemaphore nextRound[2];
        Outcome outcomes[2];
        std::atomic<bool> stop = false;

        // Thread i acts as `self` and disables `other`; one connection per thread.
        const auto racer = [&](int i, qint64 self, qint64 other) {
            auto connection = db->connect(u"racer%1"_s.arg(i));
            const auto actor = SignIn(*connection, systemClock()).actorFor(self);
            if (!actor)
                qFatal("%s", qPrintable(actor.error().message));
            AdministrationService service(*connection, *actor, systemClock());
            for (int round = 0; round < kRounds; ++round) {
                arrived.release();
                go[i].acquire();
                if (stop)
                    return;
                const Status result = service.editAdministrator(other, takeAway);
                outcomes[i] = {result.ok(), result ? ErrorKind::Storage : result.error().kind,
                               result ? QString() : result.error().message};
                done.release();
                nextRound[i].acquire();
                if (stop)
                    return;
            }
        };

        std::thread first(racer, 0, a, b);
        std::thread second(racer, 1, b, a);
        // A failed check returns early: release the threads before they are joined.
        auto joinThreads = qScopeGuard([&] {
            stop = true;
            for (int i : {0, 1}) {
                go[i].release();
                nextRound[i].release();
            }
            first.join();
            second.join();
        });
        int wins[2] = {0, 0};
        for (int round = 0; round < kRounds; ++round) {
            // Both are ready: let them go at once.
            arrived.acquire(2);
            go[0].release();
            go[1].release();
            done.acquire(2);

            const auto enabled =
                AdministratorStore(*setup).enabledSuperAdministrators(false).value();
            QCOMPARE(enabled.size(), 1);
            QVERIFY2(outcomes[0].ok != outcomes[1].ok,
                     qPrintable(u"round %1: %2 / %3"_s.arg(round).arg(outcomes[0].message,
                                                                      outcomes[1].message)));
            const int winner = outcomes[0].ok ? 0 : 1;
            const Outcome &loser = outcomes[1 - winner];
            QCOMPARE(loser.kind, ErrorKind::NotPermitted);
            QVERIFY2(loser.message.contains(u"last enabled Super Administrator"_s),
                     qPrintable(loser.message));
            // The one left enabled is the winner (it disabled the other).
            QCOMPARE(enabled.first(), winner == 0 ? a : b);
            ++wins[winner];

            // Re-enable the loser's target for the next round.
            Administrator disabled =
                AdministratorStore(*setup).findById(winner == 0 ? b : a).value().value();
            disabled.enabled = true;
            disabled.roleId = superRole;
            QVERIFY(AdministratorStore(*setup).update(disabled, systemClock()()));
            nextRound[0].release();
            nextRound[1].release();
        }
        joinThreads.dismiss();
        first.join();
        second.join();
        qInfo("wins: first %d, second %d (%s)", wins[0], wins[1],
              qPrintable(TestDatabase::backendName()));

        // Every round left one allowed and one refused line of its own.
        int allowed = 0;
        int refused = 0;
        for (const QString &line : accesstest::auditLines(*db)) {
            if (line.section(u'|', 1, 1) != u"edit administrator"_s)
                continue;
            (line.section(u'|', 3, 3) == u"allowed"_s ? allowed : refused)++;
        }
        QCOMPARE(allowed, kRounds);
        QCOMPARE(refused, kRounds);
    }
};

QTEST_GUILESS_MAIN(TestSuperAdminRace)
#include "tst_superadmin_race.moc"
