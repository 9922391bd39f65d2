// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/parallel.h"

#include <sched.h>

#include <atomic>

namespace rs {

namespace {

constexpr int kMaxThreads = 8;  // past this, merging and memory bandwidth win

int defaultLimit()
{
    // ROUTESCOPE_THREADS=N sets it, e.g. to compare against one thread.
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("ROUTESCOPE_THREADS", &ok);
    if (ok && asked >= 1)
        return std::min(asked, kMaxThreads);
    // The cores this process may use (taskset, container limits), not all the machine has.
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return std::clamp(CPU_COUNT(&set), 1, kMaxThreads);
    return std::clamp(int(std::thread::hardware_concurrency()), 1, kMaxThreads);
}

std::atomic<int> g_limit{0};  // 0: not decided yet

} // namespace

int maxThreads()
{
    int limit = g_limit.load(std::memory_order_relaxed);
    if (limit == 0) {
        limit = defaultLimit();
        g_limit.store(limit, std::memory_order_relaxed);
    }
    return limit;
}

void setMaxThreads(int threads)
{
    g_limit.store(std::clamp(threads, 1, kMaxThreads), std::memory_order_relaxed);
}

int threadsFor(qsizetype count, qsizetype minPerThread)
{
    const qsizetype byWork = minPerThread > 0 ? count / minPerThread : count;
    return int(std::clamp<qsizetype>(byWork, 1, maxThreads()));
}

} // namespace rs
