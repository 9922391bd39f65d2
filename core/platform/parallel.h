// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

namespace rs {

/// The most threads splitAcrossCores() uses: the cores this process may run on, at
/// most 8, unless ROUTESCOPE_THREADS or setMaxThreads() says otherwise.
int maxThreads();
void setMaxThreads(int threads);

/// How many threads splitting `count` items is worth, at least `minPerThread` items
/// each: 1 for small inputs, at most maxThreads().
int threadsFor(qsizetype count, qsizetype minPerThread);

/// Runs `work(begin, end)` over consecutive ranges of [0, count) on up to
/// threadsFor() threads (the calling thread takes the first range) and returns the
/// results in range order, so the caller sees the same answer as from one thread.
/// `work` must only read shared state.
template<typename Result, typename Work>
std::vector<Result> splitAcrossCores(qsizetype count, qsizetype minPerThread, const Work &work)
{
    const int threads = threadsFor(count, minPerThread);
    std::vector<Result> results(static_cast<size_t>(threads));
    auto range = [&](int i) {
        const qsizetype begin = count * i / threads;
        const qsizetype end = count * (i + 1) / threads;
        results[size_t(i)] = work(begin, end);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (int i = 1; i < threads; ++i)
        helpers.emplace_back(range, i);
    range(0);
    for (std::thread &t : helpers)
        t.join();
    return results;
}

} // namespace rs
