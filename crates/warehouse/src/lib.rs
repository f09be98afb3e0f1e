//! warehouse: report records → a Parquet snapshot, published atomically.
//!
//! ```text
//! <warehouse>/current -> snapshots/<run_id>          (a symlink, swapped by rename)
//! <warehouse>/snapshots/<run_id>/_manifest.json
//! <warehouse>/snapshots/<run_id>/<table>/province=<p>/year=<y>/part-0.parquet
//! <warehouse>/snapshots/<run_id>/rejects/part-0.parquet
//! <warehouse>/.lock                                  (held by the running `nianbao run`)
//! ```
//!
//! A run writes its snapshot under a temporary name, syncs every file, renames the directory
//! to its final name and only then points `current` at it: a rename of a symlink is atomic, so
//! a reader (or a run killed with SIGKILL at any moment) sees either the old snapshot or the
//! complete new one, never a mix. The previous snapshot is kept, so a query that started
//! before the swap finishes on the files it opened; older ones are garbage-collected.

pub mod across_years;
pub mod batches;
pub mod incremental;
pub mod index;
pub mod runs;
pub mod schema;
pub mod spill;
mod write;

pub use batches::PartitionKey;
pub use index::{DocumentEntry, DocumentIndex, Outcome};

use anyhow::{bail, Context, Result};
use nianbao_model::Reject;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Snapshots kept after a run: the new current one and the one before it.
const SNAPSHOTS_KEPT: usize = 2;

pub struct Warehouse {
    root: PathBuf,
}

/// Held for the duration of a run; released when dropped or when the process dies (flock).
pub struct RunLock {
    _file: File,
}

/// Row counts of one table, by partition directory (`province=zhejiang/year=2017`).
pub type PartitionCounts = BTreeMap<String, usize>;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotManifest {
    pub run_id: String,
    pub schema_version: u32,
    pub pipeline_version: String,
    pub created: String,
    /// sha256 of every document in the snapshot (reports and rejects), sorted.
    pub input_hashes: Vec<String>,
    pub rows: BTreeMap<String, PartitionCounts>,
}

/// The snapshot `current` points at, with what a run needs to build on it.
pub struct Previous {
    pub dir: PathBuf,
    pub manifest: SnapshotManifest,
    /// `None` for a snapshot written before indexes existed: nothing can be reused from it.
    pub index: Option<DocumentIndex>,
}

impl Previous {
    /// The index, when its records were made by the running code (else everything is redone).
    pub fn reusable_index(&self) -> Option<&DocumentIndex> {
        self.index.as_ref().filter(|i| i.is_current_version())
    }
}

/// Partitions of the previous snapshot to carry into the new one unchanged.
pub struct Reuse<'a> {
    pub from: &'a Previous,
    pub partitions: BTreeSet<PartitionKey>,
}

impl Warehouse {
    pub fn open(root: impl Into<PathBuf>) -> Result<Self> {
        let root = root.into();
        std::fs::create_dir_all(root.join("snapshots"))
            .with_context(|| format!("creating warehouse {}", root.display()))?;
        Ok(Warehouse { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Take the run lock, or refuse clearly when another run holds it.
    pub fn lock(&self) -> Result<RunLock> {
        let path = self.root.join(".lock");
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening lock {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(&path).unwrap_or_default();
                bail!(
                    "another nianbao run is writing to {} ({}); refusing to start a second one",
                    self.root.display(),
                    if holder.trim().is_empty() { "holder unknown".to_string() } else { holder.trim().to_string() }
                );
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("locking {}", path.display()))
            }
        }
        file.set_len(0)?;
        writeln!(file, "pid {}", std::process::id())?;
        Ok(RunLock { _file: file })
    }

    /// Is a run holding the lock right now?
    pub fn is_locked(&self) -> bool {
        let Ok(file) = File::open(self.root.join(".lock")) else { return false };
        match file.try_lock_shared() {
            Ok(()) => false,
            Err(_) => true,
        }
    }

    /// The directory `current` points at, if a snapshot has been published.
    pub fn current(&self) -> Option<PathBuf> {
        let link = self.root.join("current");
        std::fs::canonicalize(&link).ok().filter(|p| p.is_dir())
    }

    /// The current snapshot with its manifest and document index, if one has been published.
    pub fn previous(&self) -> Result<Option<Previous>> {
        let Some(dir) = self.current() else { return Ok(None) };
        let path = dir.join("_manifest.json");
        let manifest: SnapshotManifest =
            serde_json::from_slice(&std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?)
                .with_context(|| format!("reading {}", path.display()))?;
        let index = DocumentIndex::load(&dir)?;
        Ok(Some(Previous { dir, manifest, index }))
    }

    /// A spill area for the records of a run, inside the run's temporary snapshot directory (so
    /// a killed run's spill is cleaned up with it).
    pub fn spill(&self, _lock: &RunLock, run_id: &str) -> Result<spill::Spill> {
        let tmp = self.root.join("snapshots").join(format!(".tmp-{run_id}"));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp)?;
        }
        std::fs::create_dir_all(&tmp)?;
        spill::Spill::create(tmp.join("_spill"))
    }

    /// Write the snapshot from spilled records, partition by partition (memory is bounded by the
    /// spill's budget and the largest partition, not the corpus), carry over the reused
    /// partitions of the previous snapshot as hard links, and publish it. The lock must be held.
    ///
    /// `index` describes every document of the new snapshot; the report rows written must add
    /// up to its reports, or nothing is published.
    // Every argument is a distinct input of publication (lock, run, records, rejects, index,
    // reuse plan …); a struct bundling them would only be built to be taken apart here.
    #[allow(clippy::too_many_arguments)]
    pub fn publish_spilled(
        &self,
        _lock: &RunLock,
        run_id: &str,
        spill: spill::Spill,
        rejects: &[Reject],
        created: &str,
        index: &DocumentIndex,
        reuse: Option<Reuse<'_>>,
    ) -> Result<PathBuf> {
        let snapshots = self.root.join("snapshots");
        let tmp = snapshots.join(format!(".tmp-{run_id}"));
        let final_dir = snapshots.join(run_id);
        let spilled = spill.finish()?;
        let durable = write::TreeSync::begin(&tmp)?;
        // The document index (2.4 MB of JSON at 10,000 reports) is serialized and written on a
        // thread of its own while the workers write the partitions: after them, it was ~30 ms
        // of one core with the other idle, at the end of every run.
        let (rows, index_written) = std::thread::scope(|scope| {
            let index_written = scope.spawn(|| write_file(&tmp.join(index::INDEX_FILE), &index.to_json()));
            let rows = write::write_snapshot(&tmp, &spilled, rejects, index);
            let index_written = index_written
                .join()
                .map_err(|_| anyhow::anyhow!("internal error: the thread writing the document index panicked"));
            (rows, index_written)
        });
        let mut rows = rows?;
        index_written??;
        std::fs::remove_dir_all(spilled.dir())?;
        if let Some(reuse) = &reuse {
            let written: BTreeSet<PartitionKey> = spilled.partitions().into_iter().collect();
            if let Some(both) = written.intersection(&reuse.partitions).next() {
                bail!("internal error: partition {both:?} both rewritten and reused; nothing published");
            }
            write::link_partitions(&reuse.from.dir, &tmp, &reuse.partitions, &reuse.from.manifest.rows, &mut rows)?;
        }
        let report_rows: usize = rows.get("reports").map_or(0, |p| p.values().sum());
        if report_rows != index.reports() {
            bail!("internal accounting error: {report_rows} report rows written, the document index has {} reports; nothing published", index.reports());
        }
        let input_hashes: Vec<String> = index.documents.keys().cloned().collect();
        // The index (written above) and the manifest are synced with the rest of the tree below.
        let manifest = SnapshotManifest {
            run_id: run_id.to_string(),
            schema_version: nianbao_model::SCHEMA_VERSION,
            pipeline_version: nianbao_model::PIPELINE_VERSION.to_string(),
            created: created.to_string(),
            input_hashes,
            rows,
        };
        write_file(&tmp.join("_manifest.json"), &serde_json::to_vec_pretty(&manifest)?)?;
        durable.finish()?;
        std::fs::rename(&tmp, &final_dir)
            .with_context(|| format!("renaming {} to {}", tmp.display(), final_dir.display()))?;
        write::sync_dir(&snapshots)?;
        self.point_current_at(run_id)?;
        self.collect_garbage(run_id)?;
        Ok(final_dir)
    }

    /// Swap `current` in one step: a new symlink under a temporary name, renamed over the old.
    fn point_current_at(&self, run_id: &str) -> Result<()> {
        let tmp_link = self.root.join(format!(".current.tmp-{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp_link);
        std::os::unix::fs::symlink(Path::new("snapshots").join(run_id), &tmp_link)?;
        std::fs::rename(&tmp_link, self.root.join("current")).context("swapping the current snapshot")?;
        write::sync_dir(&self.root)
    }

    /// Remove unfinished snapshots of killed runs and all but the newest complete ones.
    fn collect_garbage(&self, current_run: &str) -> Result<()> {
        let snapshots = self.root.join("snapshots");
        let mut complete = Vec::new();
        for entry in std::fs::read_dir(&snapshots)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with(".tmp-") {
                std::fs::remove_dir_all(entry.path())?;
            } else if name != current_run {
                complete.push(name);
            }
        }
        complete.sort();
        let keep_older = SNAPSHOTS_KEPT - 1;
        let excess = complete.len().saturating_sub(keep_older);
        for name in &complete[..excess] {
            std::fs::remove_dir_all(snapshots.join(name))?;
        }
        Ok(())
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// A fresh, sortable run id: `r20261122T193005Z-12345`.
pub fn new_run_id(unix_seconds: i64) -> String {
    let ts = nianbao_model::iso8601_utc(unix_seconds).replace(['-', ':'], "");
    format!("r{ts}-{}", std::process::id())
}
