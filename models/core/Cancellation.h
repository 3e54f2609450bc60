#pragma once

#include <atomic>

namespace ud {

// A flag long-running work polls between units of work. Set from any thread
// (or from a signal handler: std::atomic<bool> is lock-free here). Release and
// acquire, so whatever the cancelling thread wrote before cancel() is visible
// to the thread that sees the flag set (free on x86; ThreadSanitizer holds
// callers to it).
class CancellationFlag
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_release); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_acquire); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_release); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace ud
