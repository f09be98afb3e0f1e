//! Records on their way to the warehouse, spilled to disk by partition as they are processed.
//!
//! A run over hundreds of thousands of reports cannot hold them all in memory; Parquet files
//! must still be sorted and complete per partition. So each record is appended to its
//! partition's spill file as soon as it is ready, and the writer later reads one partition at a
//! time, sorts it and writes it. Memory is bounded by the largest partition.
//!
//! The spill never leaves the run, so its encoding is chosen for speed, not for readers:
//! postcard (compact serde binary), each record prefixed by its length. Records are encoded by
//! the worker that produced them ([`encode`]); the single thread that owns the files only
//! appends bytes. (JSON lines, the first encoding, cost a third of a 10,000-report run's wall
//! time on one thread.)

use crate::batches::PartitionKey;
use anyhow::{Context, Result};
use nianbao_model::ReportRecord;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub struct Spill {
    dir: PathBuf,
    writers: BTreeMap<PartitionKey, BufWriter<File>>,
}

/// The spilled partitions, ready to be read back one at a time.
pub struct Spilled {
    dir: PathBuf,
    keys: Vec<PartitionKey>,
}

/// Bytes buffered per partition file: a record (with its report's text) is often larger than
/// `BufWriter`'s default 8 KiB, which made nearly every record a system call of its own.
const SPILL_BUFFER: usize = 64 << 10;

fn file_name((province, year): &PartitionKey) -> String {
    format!("{province}.{year}.bin")
}

/// A record ready for the spill: its partition and its encoded bytes (length prefix included).
pub struct Encoded {
    key: PartitionKey,
    bytes: Vec<u8>,
}

/// Encode a record for [`Spill::push_encoded`]; cheap to call on any thread.
pub fn encode(record: &ReportRecord) -> Result<Encoded> {
    let key = crate::batches::partition_key(record);
    let mut bytes = vec![0u8; 4];
    bytes = postcard::to_extend(record, bytes).with_context(|| format!("encoding report {} for the spill", record.report_id))?;
    let len = u32::try_from(bytes.len() - 4).context("a report of more than 4 GB")?;
    bytes[..4].copy_from_slice(&len.to_le_bytes());
    Ok(Encoded { key, bytes })
}

impl Spill {
    pub fn create(dir: PathBuf) -> Result<Spill> {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating spill {}", dir.display()))?;
        Ok(Spill { dir, writers: BTreeMap::new() })
    }

    pub fn push(&mut self, record: &ReportRecord) -> Result<()> {
        self.push_encoded(encode(record)?)
    }

    pub fn push_encoded(&mut self, encoded: Encoded) -> Result<()> {
        if !self.writers.contains_key(&encoded.key) {
            let path = self.dir.join(file_name(&encoded.key));
            let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
            self.writers.insert(encoded.key.clone(), BufWriter::with_capacity(SPILL_BUFFER, file));
        }
        let writer = self.writers.get_mut(&encoded.key).expect("inserted above");
        writer.write_all(&encoded.bytes).with_context(|| format!("writing the spill in {}", self.dir.display()))?;
        Ok(())
    }

    /// Flush everything; return the partitions to read back.
    pub fn finish(self) -> Result<Spilled> {
        let mut keys = Vec::new();
        for (key, mut w) in self.writers {
            w.flush()?;
            keys.push(key);
        }
        Ok(Spilled { dir: self.dir, keys })
    }
}

impl Spilled {
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn partitions(&self) -> Vec<PartitionKey> {
        self.keys.clone()
    }

    /// Read a partition's records and remove its file: in parallel here, one file at a time,
    /// rather than all of them at the end of the run on one thread.
    pub fn take(&self, key: &PartitionKey) -> Result<Vec<ReportRecord>> {
        let path = self.dir.join(file_name(key));
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
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

    /// Every record comes back once, in push order, in its partition; files are removed as
    /// partitions are taken.
    #[test]
    fn records_come_back_in_order_by_partition() {
        let dir = tempfile::tempdir().unwrap();
        let mut spill = Spill::create(dir.path().join("spill")).unwrap();
        let provinces = ["zhejiang", "fujian", "hebei"];
        for n in 0..300 {
            spill.push(&record(n, provinces[n % 3])).unwrap();
        }
        let spilled = spill.finish().unwrap();
        let keys = spilled.partitions();
        assert_eq!(keys.len(), 3);
        let mut seen = 0;
        for key in &keys {
            let records = spilled.take(key).unwrap();
            let ids: Vec<usize> = records.iter().map(|r| r.report_id.parse().unwrap()).collect();
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "push order kept");
            assert!(records.iter().all(|r| crate::batches::partition_key(r) == *key));
            assert_eq!(records[0].sections, record(ids[0], &key.0).sections);
            seen += records.len();
        }
        assert_eq!(seen, 300);
        let left = std::fs::read_dir(spilled.dir()).unwrap().count();
        assert_eq!(left, 0, "every file removed once taken");
    }
}
