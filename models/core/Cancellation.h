#pragma once

#include <atomic>

namespace ud {

// A flag long-running work polls between units of work. Set from any thread
// (or from a signal handler: std::atomic<bool> is lock-free here).
class CancellationFlag
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace ud
