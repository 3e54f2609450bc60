#pragma once

#include <QtGlobal>

namespace ud {

// The seeder's pseudo-random numbers: splitmix64, with every derived value
// computed by explicit integer and IEEE arithmetic (+ - * / and no libm
// transcendentals), so a seed gives the same numbers with every compiler,
// standard library and CPU. std::uniform_*_distribution and QRandomGenerator
// do not promise that.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 state)
        : m_state(state)
    {}

    // An independent stream for one purpose and one index (a tenant's name,
    // its usage, ...), so adding a draw to one stream leaves the others alone.
    static SeedRandom stream(quint64 seed, quint64 purpose, quint64 index);
    static quint64 mix(quint64 value);

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    // Uniform in [0, 1), 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n); the modulo bias is below 2^-40 for the n used here.
    quint64 below(quint64 n) { return next() % n; }
    int belowInt(int n) { return static_cast<int>(below(static_cast<quint64>(n))); }
    double between(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double probability) { return unit() < probability; }
    // Around 1.0 with +/- spread at most, bell-shaped (sum of three uniforms).
    double noise(double spread)
    {
        const double sum = unit() + unit() + unit(); // 0..3, mean 1.5
        return 1.0 + spread * (sum - 1.5) / 1.5;
    }
    // x rounded down or up at random in proportion to its fraction, so small
    // expected values (0.3 SMS a day) still add up right over a month.
    qint64 roundStochastic(double x)
    {
        if (x <= 0)
            return 0;
        const auto whole = static_cast<qint64>(x);
        return whole + (unit() < x - static_cast<double>(whole) ? 1 : 0);
    }

private:
    quint64 m_state;
};

} // namespace ud
