//! Parquet files: zstd for text and Snappy for the rest, page statistics, dictionaries for
//! low-cardinality columns, a fixed `created_by` so that the same rows give the same bytes.

use crate::batches::{self, PartitionKey};
use crate::{schema, PartitionCounts};
use anyhow::{Context, Result};
use arrow::record_batch::RecordBatch;
use nianbao_model::{Reject, ReportRecord};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

fn properties() -> WriterProperties {
    // Statistics per column chunk (min, max, nulls in the footer: what readers prune files and
    // row groups by); per page only for `report_id`, the column rows are sorted by, where a page
    // index lets a lookup of one report skip the other pages of a large partition. Elsewhere the
    // page index pruned next to nothing (a partition's column is one page below 20,000 rows and
    // 1 MB, and codes and values are spread over a partition's pages) and cost, over all columns,
    // 0.055 CPU-s of a 10,000-report run (write phase 0.425 → 0.410 s, alternating 6 rounds)
    // and 3% of the warehouse.
    let mut builder = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_dictionary_enabled(false)
        .set_created_by(format!("nianbao {}", nianbao_model::PIPELINE_VERSION));
    for column in schema::DICTIONARY_COLUMNS {
        builder = builder.set_column_dictionary_enabled(ColumnPath::from(*column), true);
    }
    builder = builder.set_column_statistics_enabled(ColumnPath::from("report_id"), EnabledStatistics::Page);
    // Min/max of paragraphs and check details prune nothing, and computing them compared every
    // value byte by byte (a tenth of the write time, measured).
    // zstd where the bytes are (text), Snappy elsewhere: a partition's file holds a few thousand
    // rows, and zstd set up a compression context (and parquet-rs a decompression one) for every
    // column chunk — a third of the write time for codes, numbers and flags that dictionaries and
    // run lengths have already made small. Measured on 10,000 reports: write CPU 1.4 s → 0.9 s,
    // warehouse 26 → 27 MB.
    let zstd = Compression::ZSTD(ZstdLevel::try_new(3).expect("valid zstd level"));
    for column in schema::ZSTD_COLUMNS {
        builder = builder.set_column_compression(ColumnPath::from(*column), zstd);
    }
    for column in schema::FREE_TEXT_COLUMNS {
        builder = builder.set_column_statistics_enabled(ColumnPath::from(*column), EnabledStatistics::None);
    }
    builder.build()
}

pub(crate) fn sync_dir(path: &Path) -> Result<()> {
    File::open(path).and_then(|d| d.sync_all()).with_context(|| format!("syncing directory {}", path.display()))
}

/// Write one Parquet file, synced.
pub(crate) fn write_parquet(path: &Path, batch: &RecordBatch) -> Result<()> {
    write_parquet_unsynced(path, batch)?.sync_all().with_context(|| format!("syncing {}", path.display()))
}

/// Write one Parquet file and leave syncing to the caller: a snapshot's files are synced together
/// once all are written ([`TreeSync`]), which lets the file system commit them in a few journal
/// transactions instead of one per file (1,000 files: 0.5 s less on this machine's disk).
fn write_parquet_unsynced(path: &Path, batch: &RecordBatch) -> Result<File> {
    std::fs::create_dir_all(path.parent().expect("file has a parent"))?;
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(properties()))?;
    // The writer cuts row groups at its default size (1M rows), which keeps statistics useful.
    writer.write(batch)?;
    Ok(writer.into_inner()?)
}

/// Makes a freshly written tree durable before its rename publishes it: every byte and every
/// directory entry on disk.
///
/// On Linux ≥ 5.8, one `syncfs(2)` of the file system: it writes back everything dirty there
/// and reports any writeback error the file system met since the handle was opened — which is
/// why [`TreeSync::begin`] opens it *before* the first file is written. One call instead of an
/// `fsync` per file and directory (a 10,000-report snapshot has ~3,300): on this project's
/// ext4 VM, alternating builds 6 rounds, the write phase took 0.64 s median instead of 0.72 s,
/// and the run 0.24 CPU-s less (the per-file syncs' own kernel work). PostgreSQL offers the same trade
/// (`recovery_init_sync_method = syncfs`), with the same caveat: the call also waits for other
/// programs' dirty data on that file system, so a warehouse sharing a disk with a heavy writer
/// waits for it too. Older kernels did not report errors from `syncfs`, and other systems do
/// not have it: there every path is synced ([`sync_tree`]).
pub(crate) struct TreeSync {
    root: PathBuf,
    /// The tree's root, opened before it was filled, when `syncfs` is used.
    file_system: Option<File>,
}

impl TreeSync {
    /// Call before the tree's first file is written.
    pub(crate) fn begin(root: &Path) -> Result<TreeSync> {
        let file_system = if syncfs_reports_errors() {
            Some(File::open(root).with_context(|| format!("opening {} to sync it later", root.display()))?)
        } else {
            None
        };
        Ok(TreeSync { root: root.to_path_buf(), file_system })
    }

    /// Make everything written under the root since [`TreeSync::begin`] durable.
    pub(crate) fn finish(self) -> Result<()> {
        match self.file_system {
            Some(handle) => {
                syncfs(&handle).with_context(|| format!("syncing the file system of {}", self.root.display()))
            }
            None => sync_tree(&self.root),
        }
    }
}

#[cfg(target_os = "linux")]
fn syncfs(handle: &File) -> std::io::Result<()> {
    // SAFETY: syncfs only reads the descriptor, which `handle` keeps open for the call.
    match unsafe { libc::syncfs(std::os::fd::AsRawFd::as_raw_fd(handle)) } {
        0 => Ok(()),
        _ => Err(std::io::Error::last_os_error()),
    }
}

#[cfg(not(target_os = "linux"))]
fn syncfs(_: &File) -> std::io::Result<()> {
    unreachable!("syncfs is used on Linux only")
}

/// Whether this kernel's `syncfs` returns writeback errors (Linux 5.8 and later).
fn syncfs_reports_errors() -> bool {
    #[cfg(target_os = "linux")]
    {
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
        kernel_at_least(&release, (5, 8))
    }
    #[cfg(not(target_os = "linux"))]
    false
}

/// `6.18.44-fc-v657` ≥ (5, 8)? Anything unreadable counts as older.
fn kernel_at_least(release: &str, (major, minor): (u32, u32)) -> bool {
    let mut numbers = release.trim().split(|c: char| !c.is_ascii_digit()).map(|n| n.parse::<u32>());
    match (numbers.next(), numbers.next()) {
        (Some(Ok(a)), Some(Ok(b))) => (a, b) >= (major, minor),
        _ => false,
    }
}

/// fsync every file and directory under `root` (the snapshot before its rename): the rename
/// publishes a tree whose every byte and every entry is on disk.
pub(crate) fn sync_tree(root: &Path) -> Result<()> {
    let mut paths = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("listing {}", dir.display()))? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                pending.push(entry.path());
            } else if std::os::unix::fs::MetadataExt::nlink(&entry.metadata()?) == 1 {
                paths.push(entry.path());
            }
            // A file with other links was carried over from the previous snapshot, where it
            // was synced when written; its new name is made durable by syncing this directory.
        }
        paths.push(dir);
    }
    sync_paths(&paths)
}

/// fsyncs waiting on the disk at once. An fsync spends its time waiting for the device, not on
/// a core: with one per core (rayon's two here) the device idled between them. Measured on this
/// machine's ext4 (virtio disk), writing a 10,000-report snapshot (~3,300 files and directories
/// to sync): the write phase took 0.80–0.86 s syncing 2 at a time, 0.60–0.69 s with 8,
/// 0.57–0.63 s with 16, no better with 32 or 64, and 0.49–0.54 s not syncing at all.
const SYNCS_IN_FLIGHT: usize = 16;

/// fsync every path, [`SYNCS_IN_FLIGHT`] at a time; the first failure is returned (the others
/// still run: a failed sync aborts the publication either way).
fn sync_paths(paths: &[PathBuf]) -> Result<()> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let sync_some = || -> Result<()> {
        let mut first_error = None;
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(p) = paths.get(i) else { return first_error.map_or(Ok(()), Err) };
            if let Err(e) = File::open(p).and_then(|f| f.sync_all()).with_context(|| format!("syncing {}", p.display()))
            {
                first_error.get_or_insert(e);
            }
        }
    };
    let threads = SYNCS_IN_FLIGHT.min(paths.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(sync_some)).collect();
        handles.into_iter().map(|h| h.join().expect("a sync thread does not panic")).collect::<Result<Vec<()>>>()
    })?;
    Ok(())
}

fn partition_dir((province, year): &PartitionKey) -> String {
    format!("province={province}/year={year}")
}

/// The file of a `checks` partition that holds the identities across years
/// ([`crate::across_years`]): written afresh by every run, never carried over. The manifest counts
/// its rows under `<partition>/across-years.parquet`, apart from the partition's own.
pub(crate) const ACROSS_YEARS_FILE: &str = "across-years.parquet";

/// Write every table of a snapshot into `dir`; return row counts per table and partition.
/// Every table directory exists even when empty, so that readers can register it.
pub(crate) fn write_snapshot(
    dir: &Path,
    spilled: &crate::spill::Spilled,
    rejects: &[Reject],
    index: &crate::index::DocumentIndex,
) -> Result<BTreeMap<String, PartitionCounts>> {
    let mut rows: BTreeMap<String, PartitionCounts> = BTreeMap::new();
    for table in schema::TABLES {
        std::fs::create_dir_all(dir.join(table))?;
    }
    type Build = fn(&[&ReportRecord]) -> RecordBatch;
    let builders: [(&str, Build); 4] = [
        ("reports", batches::reports),
        ("metrics", batches::metrics),
        ("sections", batches::sections),
        ("checks", batches::checks),
    ];
    // Partitions are independent: write them in parallel (memory: one partition per core).
    /// Per partition: (table, file written, rows) of each of its Parquet files.
    type Written<'a> = Result<Vec<(&'a str, String, usize)>>;
    let written: Vec<Written> = spilled
        .partitions()
        .par_iter()
        .map(|key| {
            let mut records: Vec<ReportRecord> = spilled.take(key)?;
            records.sort_by(|a, b| a.report_id.cmp(&b.report_id));
            let part: Vec<&ReportRecord> = records.iter().collect();
            let mut counts = Vec::new();
            for (table, build) in builders {
                let batch = build(&part);
                if batch.num_rows() == 0 {
                    continue;
                }
                let rel = partition_dir(key);
                write_parquet_unsynced(&dir.join(table).join(&rel).join("part-0.parquet"), &batch)?;
                counts.push((table, rel, batch.num_rows()));
            }
            Ok(counts)
        })
        .collect();
    for counts in written {
        for (table, rel, n) in counts? {
            rows.entry(table.to_string()).or_default().insert(rel, n);
        }
    }
    let batch = batches::rejects(rejects);
    if batch.num_rows() > 0 {
        write_parquet_unsynced(&dir.join("rejects").join("part-0.parquet"), &batch)?;
    }
    rows.entry("rejects".to_string()).or_default().insert(String::new(), batch.num_rows());
    for (key, checks) in crate::across_years::checks(index) {
        let pairs: Vec<(&str, &nianbao_model::Check)> = checks.iter().map(|(id, c)| (id.as_str(), c)).collect();
        let rel = partition_dir(&key);
        let file = dir.join("checks").join(&rel).join(ACROSS_YEARS_FILE);
        write_parquet_unsynced(&file, &batches::checks_of(&pairs))?;
        rows.entry("checks".to_string()).or_default().insert(format!("{rel}/{ACROSS_YEARS_FILE}"), pairs.len());
    }
    let agencies = batches::agencies(index);
    if agencies.num_rows() > 0 {
        write_parquet_unsynced(&dir.join("agencies").join("part-0.parquet"), &agencies)?;
    }
    rows.entry("agencies".to_string()).or_default().insert(String::new(), agencies.num_rows());
    for table in schema::TABLES {
        rows.entry(table.to_string()).or_default();
    }
    Ok(rows)
}

/// Carry partitions of the previous snapshot into the new one: every file of every table's
/// partition directory hard-linked (copied where links are impossible), so the bytes are
/// identical by construction, and their row counts taken from the previous manifest.
pub(crate) fn link_partitions(
    from: &Path,
    to: &Path,
    partitions: &std::collections::BTreeSet<PartitionKey>,
    previous_rows: &BTreeMap<String, PartitionCounts>,
    rows: &mut BTreeMap<String, PartitionCounts>,
) -> Result<()> {
    for key in partitions {
        let rel = partition_dir(key);
        for table in schema::TABLES.iter().filter(|t| schema::is_partitioned(t)) {
            let source = from.join(table).join(&rel);
            if !source.is_dir() {
                continue;
            }
            let target = to.join(table).join(&rel);
            let mut linked = 0;
            for entry in std::fs::read_dir(&source).with_context(|| format!("listing {}", source.display()))? {
                let entry = entry?;
                if entry.file_name() == ACROSS_YEARS_FILE {
                    continue;
                }
                if linked == 0 {
                    std::fs::create_dir_all(&target)?;
                }
                linked += 1;
                let dst = target.join(entry.file_name());
                if std::fs::hard_link(entry.path(), &dst).is_err() {
                    std::fs::copy(entry.path(), &dst)
                        .with_context(|| format!("copying {} to {}", entry.path().display(), dst.display()))?;
                }
            }
            if linked == 0 {
                continue;
            }
            let n = previous_rows.get(*table).and_then(|p| p.get(&rel)).copied().with_context(|| {
                format!(
                    "previous snapshot {} has {} but no row count for it in its manifest",
                    from.display(),
                    source.display()
                )
            })?;
            rows.entry(table.to_string()).or_default().insert(rel.clone(), n);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_are_per_page_for_report_id_per_chunk_elsewhere_and_none_for_free_text() {
        let props = properties();
        let level = |column: &str| props.statistics_enabled(&ColumnPath::from(column));
        assert_eq!(level("report_id"), EnabledStatistics::Page);
        for column in ["metric", "value", "label", "province_code", "year"] {
            assert_eq!(level(column), EnabledStatistics::Chunk, "{column}");
        }
        for column in schema::FREE_TEXT_COLUMNS {
            assert_eq!(level(column), EnabledStatistics::None, "{column}");
        }
    }

    #[test]
    fn sync_tree_syncs_every_file_and_names_the_one_it_could_not() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = (0..40).map(|i| dir.path().join(format!("d{}/f{i}", i % 3))).collect();
        for f in &files {
            std::fs::create_dir_all(f.parent().unwrap()).unwrap();
            std::fs::write(f, b"x").unwrap();
        }
        sync_tree(dir.path()).unwrap();

        let mut with_missing = files.clone();
        with_missing.insert(17, dir.path().join("gone"));
        let err = format!("{:#}", sync_paths(&with_missing).unwrap_err());
        assert!(err.contains("syncing") && err.contains("gone"), "{err}");
    }

    #[test]
    fn a_tree_sync_begun_before_writing_finishes_after() {
        let dir = tempfile::tempdir().unwrap();
        let sync = TreeSync::begin(dir.path()).unwrap();
        std::fs::create_dir_all(dir.path().join("t/p")).unwrap();
        std::fs::write(dir.path().join("t/p/f"), b"x").unwrap();
        sync.finish().unwrap();
        if syncfs_reports_errors() {
            let err = format!(
                "{:#}",
                TreeSync::begin(&dir.path().join("missing")).err().expect("a missing root cannot be opened")
            );
            assert!(err.contains("missing"), "{err}");
        }
    }

    #[test]
    fn kernel_releases_are_compared_by_major_and_minor() {
        assert!(kernel_at_least("6.18.44-fc-v657\n", (5, 8)));
        assert!(kernel_at_least("5.8.0", (5, 8)));
        assert!(kernel_at_least("5.10", (5, 8)));
        assert!(!kernel_at_least("5.4.0-150-generic", (5, 8)));
        assert!(!kernel_at_least("4.19.0", (5, 8)));
        assert!(!kernel_at_least("", (5, 8)));
        assert!(!kernel_at_least("linux", (5, 8)));
    }
}
