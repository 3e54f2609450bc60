#pragma once

#include <QElapsedTimer>
#include <QList>
#include <functional>
#include <optional>

namespace ud {

// Turns (done, total) samples taken over time into a rate and an estimate of
// the time left, for progress bars of long work (report generation, exports).
// The rate is smoothed over the last kWindowMs, so a burst or a stall moves it
// gradually instead of making it jump; a stall (samples without progress)
// brings it down to 0 and the estimate disappears until work moves again.
// The clock is injectable so tests can drive it.
class ProgressMeter
{
public:
    // Milliseconds since some fixed start; monotonic.
    using Elapsed = std::function<qint64()>;

    static constexpr qint64 kWindowMs = 5000;
    // Below this much observation an estimate would be noise.
    static constexpr qint64 kMinimumSpanMs = 500;

    // Without a source, a QElapsedTimer started now.
    explicit ProgressMeter(Elapsed elapsed = {});

    void sample(qint64 done, qint64 total);

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // Units per second over the window; 0 until two samples span kMinimumSpanMs.
    double ratePerSecond() const;
    // Whole seconds (rounded up); nullopt while the rate is 0 or the total is
    // unknown (<= 0); 0 once done reaches the total.
    std::optional<qint64> secondsLeft() const;
    // Percent done (0-100), 0 when the total is unknown.
    int percent() const;

private:
    struct Sample
    {
        qint64 ms = 0;
        qint64 done = 0;
    };

    Elapsed m_elapsed;
    QElapsedTimer m_timer;
    QList<Sample> m_samples;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace ud
