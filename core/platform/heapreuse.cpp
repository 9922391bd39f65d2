// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/heapreuse.h"

#include <cstdlib>  // defines __GLIBC__, tested below

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define RS_TUNE_GLIBC_MALLOC 1
#include <malloc.h>
#endif

namespace rs {

void reuseFreedMemory()
{
#ifdef RS_TUNE_GLIBC_MALLOC
    ::mallopt(M_MMAP_MAX, 0);
    ::mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

} // namespace rs
