#include "core/ProgressMeter.h"

#include <algorithm>
#include <cmath>

namespace ud {

ProgressMeter::ProgressMeter(Elapsed elapsed)
    : m_elapsed(std::move(elapsed))
{
    // The timer is read directly rather than through a lambda capturing
    // `this`, which would dangle once the meter is moved.
    if (!m_elapsed)
        m_timer.start();
}

void ProgressMeter::sample(qint64 done, qint64 total)
{
    const qint64 now = m_elapsed ? m_elapsed() : m_timer.elapsed();
    m_done = done;
    m_total = total;
    if (!m_samples.isEmpty() && m_samples.constLast().ms == now)
        m_samples.last().done = done;
    else
        m_samples.append({now, done});
    // Keep one sample at or before the window's start as its anchor, so the
    // window always spans kWindowMs once there is that much history.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= now - kWindowMs)
        m_samples.removeFirst();
}

double ProgressMeter::ratePerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.ms - first.ms;
    if (span < kMinimumSpanMs)
        return 0.0;
    // done may go backwards if work restarts; no negative rates.
    return std::max(0.0, double(last.done - first.done) * 1000.0 / double(span));
}

std::optional<qint64> ProgressMeter::secondsLeft() const
{
    if (m_total <= 0)
        return std::nullopt;
    if (m_done >= m_total)
        return 0;
    const double rate = ratePerSecond();
    if (rate <= 0.0)
        return std::nullopt;
    return qint64(std::ceil(double(m_total - m_done) / rate));
}

int ProgressMeter::percent() const
{
    if (m_total <= 0)
        return 0;
    return int(std::clamp<qint64>(m_done * 100 / m_total, 0, 100));
}

} // namespace ud
