//! Records on their way to the warehouse, spilled to disk by partition as they are processed.
//!
//! A run over hundreds of thousands of reports cannot hold them all in memory; Parquet files
//! must still be sorted and complete per partition. So each record is appended to its
//! partition's spill file as soon as it is ready, and the writer later reads one partition at a
//! time, sorts it and writes it. Memory is bounded by the largest partition.
//!
//! The spill never leaves the run, so its encoding is chosen for speed, not for readers:
//! postcard (compact serde binary), each record prefixed by its length. The worker that made a
//! record encodes it into a buffer of its own thread and appends it to the partition's file
//! itself ([`Spill::append`]). (JSON lines, the first encoding, cost a third of a 10,000-report
//! run's wall time on one thread. Encoding into a fresh `Vec` per record and handing it to one
//! thread that owned the files cost the growth of every buffer — fresh pages, zeroed by the
//! kernel — a copy into a `BufWriter`, and a free on another thread: encoding and appending were
//! 7.7% of a run's CPU samples then, 2% since.)
//!
//! Records of a partition reach its file in the order the workers finish them, which varies
//! from run to run; the writer sorts each partition by report before writing it, so the
//! warehouse does not vary.

use crate::batches::PartitionKey;
use anyhow::{Context, Result};
use nianbao_model::ReportRecord;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Records being spilled: one file per partition, appended to by any thread.
pub struct Spill {
    dir: PathBuf,
    files: Mutex<BTreeMap<PartitionKey, Arc<Mutex<File>>>>,
}

/// The spilled partitions, ready to be read back one at a time.
pub struct Spilled {
    dir: PathBuf,
    keys: Vec<PartitionKey>,
}

fn file_name((province, year): &PartitionKey) -> String {
    format!("{province}.{year}.bin")
}

/// The largest encoding buffer a worker keeps between records (a typical record is ~25 KB).
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
    let mut bytes = postcard::to_extend(record, bytes).with_context(|| format!("encoding report {} for the spill", record.report_id))?;
    let len = u32::try_from(bytes.len() - 4).context("a report of more than 4 GB")?;
    bytes[..4].copy_from_slice(&len.to_le_bytes());
    Ok(bytes)
}

impl Spill {
    pub fn create(dir: PathBuf) -> Result<Spill> {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating spill {}", dir.display()))?;
        Ok(Spill { dir, files: Mutex::new(BTreeMap::new()) })
    }

    /// Append a record to its partition's file; callable from any thread. A record is written
    /// whole (one `write_all` under the partition's lock), so records of two threads never
    /// interleave.
    pub fn append(&self, record: &ReportRecord) -> Result<()> {
        let key = crate::batches::partition_key(record);
        let file = self.file_of(key)?;
        ENCODE_BUFFER.with_borrow_mut(|buffer| {
            let bytes = encode_into(record, std::mem::take(buffer))?;
            let written = file.lock().expect("spill file lock").write_all(&bytes);
            // Kept for the next record unless one huge report made it huge: a worker should not
            // hold the largest record's memory for the rest of the run.
            if bytes.capacity() <= KEPT_BUFFER {
                *buffer = bytes;
            }
            written.with_context(|| format!("writing the spill in {}", self.dir.display()))
        })
    }

    /// The partition's file, created on its first record.
    fn file_of(&self, key: PartitionKey) -> Result<Arc<Mutex<File>>> {
        let mut files = self.files.lock().expect("spill files lock");
        if let Some(file) = files.get(&key) {
            return Ok(file.clone());
        }
        let path = self.dir.join(file_name(&key));
        let file = Arc::new(Mutex::new(File::create(&path).with_context(|| format!("creating {}", path.display()))?));
        files.insert(key, file.clone());
        Ok(file)
    }

    /// Close the files; return the partitions to read back.
    pub fn finish(self) -> Result<Spilled> {
        let files = self.files.into_inner().expect("spill files lock");
        Ok(Spilled { dir: self.dir, keys: files.into_keys().collect() })
    }
}

impl Spilled {
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn partitions(&self) -> Vec<PartitionKey> {
        self.keys.clone()
    }

    /// Read a partition's records and empty its file: its blocks are freed here, in parallel,
    /// one file at a time, rather than all at the end of the run on one thread.
    ///
    /// Emptied, not removed: the writer creates the partition's Parquet files meanwhile, and on
    /// ext4 without a journal (this project's VMs) a new inode skips every inode of its group
    /// freed within the last 60 s (longer while the inode table block is dirty), each skip a
    /// buffer-cache lookup (`recently_deleted`). Removing spill files while ~1,600 Parquet files
    /// were created cost ~3% of a 10,000-report run's samples in the kernel (perf, runs 2 min
    /// apart). The emptied files go with the spill directory once every Parquet file exists.
    pub fn take(&self, key: &PartitionKey) -> Result<Vec<ReportRecord>> {
        use std::io::Read;
        let path = self.dir.join(file_name(key));
        let mut file = std::fs::OpenOptions::new().read(true).write(true).open(&path).with_context(|| format!("opening {}", path.display()))?;
        let mut bytes = Vec::with_capacity(file.metadata().map_or(0, |m| m.len() as usize));
        file.read_to_end(&mut bytes).with_context(|| format!("reading {}", path.display()))?;
        file.set_len(0).with_context(|| format!("emptying {}", path.display()))?;
        let mut out = Vec::new();
        let mut rest = bytes.as_slice();
        while !rest.is_empty() {
            let (len, tail) = rest.split_first_chunk::<4>().with_context(|| format!("{}: truncated length", path.display()))?;
            let len = u32::from_le_bytes(*len) as usize;
            let record = tail.get(..len).with_context(|| format!("{}: truncated record", path.display()))?;
            out.push(postcard::from_bytes(record).with_context(|| format!("decoding a record of {}", path.display()))?);
            rest = &tail[len..];
        }
        Ok(out)
    }
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
        }
    }

    /// Every record comes back once, in append order, in its partition; files are removed as
    /// partitions are taken.
    #[test]
    fn records_come_back_in_order_by_partition() {
        let dir = tempfile::tempdir().unwrap();
        let spill = Spill::create(dir.path().join("spill")).unwrap();
        let provinces = ["zhejiang", "fujian", "hebei"];
        for n in 0..300 {
            spill.append(&record(n, provinces[n % 3])).unwrap();
        }
        let spilled = spill.finish().unwrap();
        let keys = spilled.partitions();
        assert_eq!(keys.len(), 3);
        let mut seen = 0;
        for key in &keys {
            let records = spilled.take(key).unwrap();
            let ids: Vec<usize> = records.iter().map(|r| r.report_id.parse().unwrap()).collect();
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "append order kept");
            assert!(records.iter().all(|r| crate::batches::partition_key(r) == *key));
            assert_eq!(records[0].sections, record(ids[0], &key.0).sections);
            seen += records.len();
        }
        assert_eq!(seen, 300);
        // Emptied once taken (their blocks freed), removed with the directory later.
        let sizes: Vec<u64> = std::fs::read_dir(spilled.dir()).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).collect();
        assert_eq!(sizes, vec![0; 3], "every file emptied once taken");
    }

    /// Records appended by several threads at once, some far larger than a write buffer or than
    /// the buffer a worker keeps, come back whole and once each: a record is never interleaved
    /// with another's bytes.
    #[test]
    fn records_appended_by_many_threads_come_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let spill = Spill::create(dir.path().join("spill")).unwrap();
        let provinces = ["zhejiang", "fujian"];
        let big = |n: usize| {
            let mut r = record(n, provinces[n % 2]);
            // Some past the buffer a worker keeps (KEPT_BUFFER), some larger than a write buffer.
            let times = if n % 97 == 0 { KEPT_BUFFER / 3 } else if n % 7 == 0 { 40_000 } else { 1 + n % 13 };
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
                assert_eq!((&r.source, &r.sections, &r.region), (&want.source, &want.sections, &want.region), "record {n} intact");
                ids.push(n);
            }
        }
        ids.sort();
        assert_eq!(ids, (0..400).collect::<Vec<_>>());
    }
}
