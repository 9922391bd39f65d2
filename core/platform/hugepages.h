// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rs {

/// Call first thing in main(), before anything allocates. Re-executes the program once
/// with glibc's malloc asking the kernel for transparent huge pages (the
/// glibc.malloc.hugetlb=1 tunable, read only at process start). A 100,000-domain file
/// makes some hundreds of thousands of small allocations; on 4 KiB pages mapping them in
/// costs more than parsing (routescope-cli explain: 18,500 page faults and 0.38 s, with
/// huge pages 3,400 faults and 0.18 s). Does nothing when GLIBC_TUNABLES is already set
/// (a user's own tuning, or the second start) or when the re-exec fails.
void preferHugePages(char *argv[]);

} // namespace rs
