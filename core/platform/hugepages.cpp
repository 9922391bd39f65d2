// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/hugepages.h"

#include <cstdlib>

#include <unistd.h>

namespace rs {

void preferHugePages(char *argv[])
{
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    if (std::getenv("GLIBC_TUNABLES") != nullptr)
        return;
    if (::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 0) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Still here: no /proc, or not allowed. Run on as we are, and leave the environment
    // of our children as it was.
    ::unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace rs
