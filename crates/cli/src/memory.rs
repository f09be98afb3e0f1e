//! How the process takes memory from the kernel.

/// Ask the kernel not to back this process with transparent huge pages (2 MB), only with 4 KB
/// pages.
///
/// Why: mimalloc asks for huge pages (`madvise(MADV_HUGEPAGE)`) for its heap, and on a virtual
/// machine a huge page fresh from the kernel's free lists is often memory the guest had handed
/// back to the host (free page reporting), which the host must fault in again on first touch.
/// Measured on this project's 2-core VM: touching 200 MB freshly mapped took 330–395 ms with
/// huge pages and 72–85 ms with 4 KB pages (a pause of 3 s before each, 4 rounds); and
/// `nianbao run` on 10,000 reports (ext4, alternating 6 rounds) took 1.62 s median wall with
/// this call against 1.80 s without, the kernel's share of its CPU 0.49 s against 0.80 s (and
/// 1.69 against 1.81 s with mimalloc's own switch, `MIMALLOC_ALLOW_THP=0`). A run's heap is a
/// few hundred MB that live for seconds, where huge pages' fewer TLB misses cannot pay back that
/// first touch.
///
/// Only `nianbao run` asks: a `nianbao sql` query (DataFusion's buffers, a few hundred ms) took
/// 0.32 s with 4 KB pages against 0.28–0.31 s with huge pages (5 rounds alternating), though one
/// of those five took 1.05 s, most of it the kernel faulting in huge pages.
///
/// `PR_SET_THP_DISABLE` holds for the whole process, including memory mapped before the call,
/// and is inherited by children. Where the call is not available it is skipped: only speed
/// depends on it.
pub fn prefer_small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments only and touches no memory
    // of ours; its failure (an old kernel) is harmless and ignored.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
