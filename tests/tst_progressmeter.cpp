// ProgressMeter: the rate over a sliding window and the time left, driven by
// a fake clock: steady work, a burst, a stall (the rate decays to 0 and the
// estimate disappears), an unknown total, and the first half second where
// no estimate is given.
#include "core/ProgressMeter.h"

#include <QTest>

using namespace ud;

class TestProgressMeter : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    ProgressMeter meter()
    {
        m_now = 0;
        return ProgressMeter([this] { return m_now; });
    }

private slots:
    void steadyRate()
    {
        ProgressMeter m = meter();
        m.sample(0, 10'000);
        QCOMPARE(m.ratePerSecond(), 0.0);
        QCOMPARE(m.secondsLeft(), std::nullopt);
        for (int step = 1; step <= 10; ++step) {
            m_now = step * 100;
            m.sample(step * 100, 10'000); // 1,000 per second
        }
        QCOMPARE(m.ratePerSecond(), 1000.0);
        QCOMPARE(m.secondsLeft(), std::optional<qint64>(9)); // 9,000 left
        QCOMPARE(m.percent(), 10);
        QCOMPARE(m.done(), 1000);
    }

    void tooEarlyForAnEstimate()
    {
        ProgressMeter m = meter();
        m.sample(0, 1000);
        m_now = ProgressMeter::kMinimumSpanMs - 1;
        m.sample(400, 1000);
        QCOMPARE(m.ratePerSecond(), 0.0);
        QCOMPARE(m.secondsLeft(), std::nullopt);
        m_now = ProgressMeter::kMinimumSpanMs;
        m.sample(500, 1000);
        QCOMPARE(m.ratePerSecond(), 1000.0);
        QCOMPARE(m.secondsLeft(), std::optional<qint64>(1));
    }

    void windowForgetsOldSpeed()
    {
        ProgressMeter m = meter();
        // 10 s at 100/s, then 10 s at 1,000/s: the rate follows the recent
        // speed, not the average since the start.
        qint64 done = 0;
        for (int s = 1; s <= 10; ++s) {
            m_now = s * 1000;
            done += 100;
            m.sample(done, 1'000'000);
        }
        QCOMPARE(m.ratePerSecond(), 100.0);
        for (int s = 11; s <= 20; ++s) {
            m_now = s * 1000;
            done += 1000;
            m.sample(done, 1'000'000);
        }
        QCOMPARE(m.ratePerSecond(), 1000.0);
        QCOMPARE(m.secondsLeft(), std::optional<qint64>((1'000'000 - done + 999) / 1000));
    }

    void stallDecaysToNoEstimate()
    {
        ProgressMeter m = meter();
        for (int s = 0; s <= 5; ++s) {
            m_now = s * 1000;
            m.sample(s * 200, 10'000);
        }
        QCOMPARE(m.ratePerSecond(), 200.0);
        // Stalled: samples keep coming (the same done); half-way through the
        // window the rate has halved, after a whole window it is 0.
        m_now = 7500;
        m.sample(1000, 10'000);
        QVERIFY(m.ratePerSecond() > 0.0);
        QVERIFY(m.ratePerSecond() < 200.0);
        m_now = 11'000;
        m.sample(1000, 10'000);
        QCOMPARE(m.ratePerSecond(), 0.0);
        QCOMPARE(m.secondsLeft(), std::nullopt);
        // Moving again: an estimate comes back.
        m_now = 12'000;
        m.sample(2000, 10'000);
        QVERIFY(m.ratePerSecond() > 0.0);
        QVERIFY(m.secondsLeft().has_value());
    }

    void totalZeroOrUnknown()
    {
        ProgressMeter m = meter();
        m.sample(0, 0);
        m_now = 2000;
        m.sample(500, 0);
        QCOMPARE(m.ratePerSecond(), 250.0); // a rate needs no total
        QCOMPARE(m.secondsLeft(), std::nullopt);
        QCOMPARE(m.percent(), 0);
        m.sample(500, -1);
        QCOMPARE(m.secondsLeft(), std::nullopt);
    }

    void finishedMeansNothingLeft()
    {
        ProgressMeter m = meter();
        m.sample(0, 100);
        m_now = 100;
        m.sample(100, 100);
        QCOMPARE(m.secondsLeft(), std::optional<qint64>(0));
        QCOMPARE(m.percent(), 100);
    }

    void backwardsIsNoNegativeRate()
    {
        ProgressMeter m = meter();
        m.sample(1000, 2000);
        m_now = 1000;
        m.sample(10, 2000);
        QCOMPARE(m.ratePerSecond(), 0.0);
        QCOMPARE(m.secondsLeft(), std::nullopt);
    }

    void realClock()
    {
        ProgressMeter m; // a QElapsedTimer inside
        m.sample(0, 10);
        QTest::qWait(ProgressMeter::kMinimumSpanMs + 50);
        m.sample(5, 10);
        QVERIFY(m.ratePerSecond() > 0.0);
        QVERIFY(m.ratePerSecond() < 10.0);
        QVERIFY(m.secondsLeft().has_value());
    }
};

QTEST_GUILESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
