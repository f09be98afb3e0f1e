//! Records on their way to the warehouse, held by partition as they are processed.
//!
//! A run over hundreds of thousands of reports cannot hold them all in memory; Parquet files
//! must still be sorted and complete per partition. So each record is added to its partition
//! as soon as it is ready, and the writer later takes one partition at a time, sorts it and
//! writes it.
//!
//! Records are kept in memory up to a budget ([`MEMORY_BUDGET`] bytes of encoded records, all
//! partitions together); past it, a partition's records go to its file on disk, so memory does
//! not grow with the corpus. Why not always to disk, as this module first did: the 10,000-report
//! bench spills ~175 MB, and sending it through the file system — written, read back, then
//! truncated, on ext4 — was ~5% of the run's CPU samples in the kernel, for records that would
//! have fit in memory all along; and 400 spill files created and removed per run made the next
//! run's new files slower on ext4 without a journal (see [`Spilled::take`]).
//!
//! The spill never leaves the run, so its encoding is chosen for speed, not for readers:
//! postcard (compact serde binary), each record prefixed by its length, the same in memory and
//! on disk. The worker that made a record encodes it into a buffer of its own thread and adds
//! it to its partition itself ([`Spill::append`]). (JSON lines, the first encoding, cost a third
//! of a 10,000-report run's wall time on one thread. Encoding into a fresh `Vec` per record and
//! handing it to one thread that owned the files cost the growth of every buffer — fresh pages,
//! zeroed by the kernel — a copy into a `BufWriter`, and a free on another thread.)
//!
//! Records of a partition arrive in the order the workers finish them, which varies from run
//! to run; the writer sorts each partition by report before writing it, so the warehouse does
//! not vary.

use crate::batches::PartitionKey;
use anyhow::{Context, Result};
use nianbao_model::ReportRecord;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Encoded records a run holds in memory before partitions go to disk: 256 MB. The 10,000
/// report bench holds ~175 MB (peak RSS 328–379 MB); at 100,000 reports the budget bounds it
/// (peak RSS 800–810 MB with the document index written beside the partitions: under 1 GiB, the
/// project's limit for that scale).
pub const MEMORY_BUDGET: usize = 256 << 20;

/// Records being spilled: one entry per partition, appended to by any thread.
pub struct Spill {
    dir: PathBuf,
    budget: usize,
    /// Bytes of encoded records held in memory, all partitions together.
    in_memory: AtomicUsize,
    partitions: Mutex<BTreeMap<PartitionKey, Arc<Mutex<Partition>>>>,
}

/// One partition's records: the older ones in its file when the budget ran out, the newer ones
/// in memory.
#[derive(Default)]
struct Partition {
    /// Each record after its length, as in the file.
    memory: Vec<Box<[u8]>>,
    file: Option<File>,
}

/// The spilled partitions, ready to be taken one at a time.
pub struct Spilled {
    dir: PathBuf,
    partitions: BTreeMap<PartitionKey, Mutex<Partition>>,
}

fn file_name((province, year): &PartitionKey) -> String {
    format!("{province}.{year}.bin")
}

/// The largest encoding buffer a worker keeps between records (a typical record is ~18 KB).
const KEPT_BUFFER: usize = 4 << 20;

thread_local! {
    /// The encoding buffer of this thread's records: kept between records, so that it grows
    /// to the largest record once instead of for every record.
    static ENCODE_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Encode `record` after its length (4 bytes, little-endian) into `buffer`, replacing its content.
fn encode_into(record: &ReportRecord, buffer: Vec<u8>) -> Result<Vec<u8>> {
    let mut bytes = buffer;
    bytes.clear();
    bytes.extend_from_slice(&[0u8; 4]);
    let mut bytes = postcard::to_extend(record, bytes)
        .with_context(|| format!("encoding report {} for the spill", record.report_id))?;
    let len = u32::try_from(bytes.len() - 4).context("a report of more than 4 GB")?;
    bytes[..4].copy_from_slice(&len.to_le_bytes());
    Ok(bytes)
}

impl Spill {
    pub fn create(dir: PathBuf) -> Result<Spill> {
        Spill::with_budget(dir, MEMORY_BUDGET)
    }

    /// A spill that holds at most `budget` bytes of encoded records in memory.
    pub fn with_budget(dir: PathBuf, budget: usize) -> Result<Spill> {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating spill {}", dir.display()))?;
        Ok(Spill { dir, budget, in_memory: AtomicUsize::new(0), partitions: Mutex::new(BTreeMap::new()) })
    }

    /// Add a record to its partition; callable from any thread. A record is added whole (under
    /// the partition's lock), so records of two threads never interleave.
    pub fn append(&self, record: &ReportRecord) -> Result<()> {
        let key = crate::batches::partition_key(record);
        let partition = self.partition_of(&key);
        ENCODE_BUFFER.with_borrow_mut(|buffer| {
            let bytes = encode_into(record, std::mem::take(buffer))?;
            let added = self.add(&key, &mut partition.lock().expect("spill partition lock"), &bytes);
            // Kept for the next record unless one huge report made it huge: a worker should not
            // hold the largest record's memory for the rest of the run.
            if bytes.capacity() <= KEPT_BUFFER {
                *buffer = bytes;
            }
            added
        })
    }

    /// In memory while the budget allows; otherwise the partition's records so far go to its
    /// file, then this one (so that the file keeps them in the order they came).
    fn add(&self, key: &PartitionKey, partition: &mut Partition, bytes: &[u8]) -> Result<()> {
        if self.reserve(bytes.len()) {
            partition.memory.push(bytes.into());
            return Ok(());
        }
        let path = self.dir.join(file_name(key));
        let written = (|| {
            if partition.file.is_none() {
                let file =
                    std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(true).open(&path)?;
                partition.file = Some(file);
            }
            let file = partition.file.as_mut().expect("just created");
            for held in &partition.memory {
                file.write_all(held)?;
            }
            file.write_all(bytes)
        })();
        written.with_context(|| format!("writing the spill file {}", path.display()))?;
        let released: usize = partition.memory.drain(..).map(|held| held.len()).sum();
        self.in_memory.fetch_sub(released, Ordering::Relaxed);
        Ok(())
    }

    /// Count `len` more bytes in memory if the budget has room for them.
    fn reserve(&self, len: usize) -> bool {
        self.in_memory
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |held| {
                held.checked_add(len).filter(|&total| total <= self.budget)
            })
            .is_ok()
    }

    fn partition_of(&self, key: &PartitionKey) -> Arc<Mutex<Partition>> {
        let mut partitions = self.partitions.lock().expect("spill partitions lock");
        partitions.entry(key.clone()).or_default().clone()
    }

    /// Stop taking records; return the partitions to take.
    pub fn finish(self) -> Result<Spilled> {
        let partitions = self.partitions.into_inner().expect("spill partitions lock");
        let partitions = partitions
            .into_iter()
            .map(|(key, partition)| {
                let partition = Arc::into_inner(partition)
                    .expect("no record is being added once the spill is finished")
                    .into_inner()
                    .expect("spill partition lock");
                (key, Mutex::new(partition))
            })
            .collect();
        Ok(Spilled { dir: self.dir, partitions })
    }
}

impl Spilled {
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn partitions(&self) -> Vec<PartitionKey> {
        self.partitions.keys().cloned().collect()
    }

    /// Take a partition's records, in the order they came; free its memory and empty its file
    /// (its blocks freed here, in parallel, one file at a time, rather than all at the end of
    /// the run on one thread).
    ///
    /// Emptied, not removed: the writer creates the partition's Parquet files meanwhile, and on
    /// ext4 without a journal (this project's VMs) a new inode skips every inode of its group
    /// freed within the last 60 s (longer while the inode table block is dirty), each skip a
    /// buffer-cache lookup (`recently_deleted`). Removing spill files while ~1,600 Parquet files
    /// were created cost ~3% of a 10,000-report run's samples in the kernel (perf, runs 2 min
    /// apart). The emptied files go with the spill directory once every Parquet file exists.
    pub fn take(&self, key: &PartitionKey) -> Result<Vec<ReportRecord>> {
        let partition = match self.partitions.get(key) {
            Some(p) => std::mem::take(&mut *p.lock().expect("spill partition lock")),
            None => return Ok(Vec::new()),
        };
        let path = self.dir.join(file_name(key));
        let mut out = Vec::new();
        if let Some(file) = partition.file {
            let bytes = read_and_empty(file).with_context(|| format!("reading back {}", path.display()))?;
            decode_records(&bytes, &mut out).with_context(|| format!("decoding {}", path.display()))?;
        }
        for held in &partition.memory {
            decode_records(held, &mut out)
                .with_context(|| format!("decoding a record of partition {}/{} held in memory", key.0, key.1))?;
        }
        Ok(out)
    }
}

fn read_and_empty(mut file: File) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek};
    file.rewind()?;
    let mut bytes = Vec::with_capacity(file.metadata().map_or(0, |m| m.len() as usize));
    file.read_to_end(&mut bytes)?;
    file.set_len(0)?;
    Ok(bytes)
}

/// Decode length-prefixed records from `bytes` onto `out`.
fn decode_records(bytes: &[u8], out: &mut Vec<ReportRecord>) -> Result<()> {
    let mut rest = bytes;
    while !rest.is_empty() {
        let (len, tail) = rest.split_first_chunk::<4>().context("truncated length")?;
        let len = u32::from_le_bytes(*len) as usize;
        let record = tail.get(..len).context("truncated record")?;
        out.push(postcard::from_bytes(record).context("undecodable record")?);
        rest = &tail[len..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao_model::{Region, Section};

    fn record(n: usize, province: &str) -> ReportRecord {
        ReportRecord {
            report_id: format!("{n:016}"),
            source: format!("doc-{n}.txt"),
            sha256: format!("{n:064}"),
            bytes: 100 + n as u64,
            encoding: "UTF-8".into(),
            repairs: Vec::new(),
            spam_mirror: false,
            title: Some(format!("报告 {n}")),
            agency: None,
            agency_level: "township".into(),
            region: Region { province_pinyin: Some(province.into()), ..Region::default() },
            year: Some(2020),
            published: None,
            template: "standard_2021".into(),
            metrics: Vec::new(),
            sections: vec![Section { ordinal: 1, heading: "一、总体情况".into(), body: "正文".repeat(n % 50) }],
            checks: Vec::new(),
            missing_since: None,
            format: "text".into(),
            agency_kind: "government".into(),
            agency_key: None,
            referrer: None,
        }
    }

    /// Every record comes back once, in append order, in its partition, whether the budget
    /// kept it in memory, sent it to disk, or (the middle budget) some of each; memory never
    /// holds more than the budget; files are emptied as partitions are taken.
    #[test]
    fn records_come_back_in_order_by_partition() {
        let provinces = ["zhejiang", "fujian", "hebei"];
        let size = |n: usize| encode_into(&record(n, provinces[n % 3]), Vec::new()).unwrap().len();
        let total: usize = (0..300).map(size).sum();
        for (budget, files) in [(0, 3), (total / 3, 3), (total, 0)] {
            let dir = tempfile::tempdir().unwrap();
            let spill = Spill::with_budget(dir.path().join("spill"), budget).unwrap();
            for n in 0..300 {
                spill.append(&record(n, provinces[n % 3])).unwrap();
                assert!(spill.in_memory.load(Ordering::Relaxed) <= budget, "within budget {budget}");
            }
            let held = spill.in_memory.load(Ordering::Relaxed);
            assert!(budget == 0 || held > 0, "budget {budget}: some records held in memory");
            let spilled = spill.finish().unwrap();
            let keys = spilled.partitions();
            assert_eq!(keys.len(), 3);
            let mut seen = 0;
            for key in &keys {
                let records = spilled.take(key).unwrap();
                let ids: Vec<usize> = records.iter().map(|r| r.report_id.parse().unwrap()).collect();
                assert!(ids.windows(2).all(|w| w[0] < w[1]), "budget {budget}: append order kept");
                assert!(records.iter().all(|r| crate::batches::partition_key(r) == *key));
                assert_eq!(records[0].sections, record(ids[0], &key.0).sections);
                seen += records.len();
                assert!(spilled.take(key).unwrap().is_empty(), "taken once");
            }
            assert_eq!(seen, 300, "budget {budget}");
            // Emptied once taken (their blocks freed), removed with the directory later.
            let sizes: Vec<u64> =
                std::fs::read_dir(spilled.dir()).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).collect();
            assert_eq!(sizes, vec![0; files], "budget {budget}: every file emptied once taken");
        }
    }

    /// Records appended by several threads at once, some far larger than a write buffer or than
    /// the buffer a worker keeps, come back whole and once each: a record is never interleaved
    /// with another's bytes.
    #[test]
    fn records_appended_by_many_threads_come_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        // Room in memory for the small records and some of the large, never for the largest
        // (~5.6 MB): partitions go to disk part way, while other threads add to them.
        let spill = Spill::with_budget(dir.path().join("spill"), 8 << 20).unwrap();
        let provinces = ["zhejiang", "fujian"];
        let big = |n: usize| {
            let mut r = record(n, provinces[n % 2]);
            // Some past the buffer a worker keeps (KEPT_BUFFER), some larger than a write buffer.
            let times = if n.is_multiple_of(97) {
                KEPT_BUFFER / 3
            } else if n.is_multiple_of(7) {
                40_000
            } else {
                1 + n % 13
            };
            r.sections[0].body = format!("{n}:").repeat(times);
            r
        };
        std::thread::scope(|scope| {
            for t in 0..4 {
                let spill = &spill;
                scope.spawn(move || (0..100).for_each(|i| spill.append(&big(t * 100 + i)).unwrap()));
            }
        });
        let spilled = spill.finish().unwrap();
        let mut ids = Vec::new();
        for key in spilled.partitions() {
            for r in spilled.take(&key).unwrap() {
                let n: usize = r.report_id.parse().unwrap();
                let want = big(n);
                assert_eq!(
                    (&r.source, &r.sections, &r.region),
                    (&want.source, &want.sections, &want.region),
                    "record {n} intact"
                );
                ids.push(n);
            }
        }
        ids.sort();
        assert_eq!(ids, (0..400).collect::<Vec<_>>());
        let files = std::fs::read_dir(spilled.dir()).unwrap().count();
        assert!(files > 0, "the largest records went to disk");
    }
}
