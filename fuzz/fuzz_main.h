// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The libFuzzer entry point every target shares: the property check names what
// failed, and a failure aborts so libFuzzer keeps the input.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define ROUTESCOPE_FUZZ_PROPERTY(check)                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)               \
    {                                                                                     \
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));    \
        const QString failure = check(bytes);                                            \
        if (!failure.isEmpty()) {                                                         \
            std::fprintf(stderr, "property failed: %s\n", qPrintable(failure));           \
            std::abort();                                                                 \
        }                                                                                 \
        return 0;                                                                         \
    }
