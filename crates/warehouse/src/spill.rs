//! Records on their way to the warehouse, spilled to disk by partition as they are processed.
//!
//! A run over hundreds of thousands of reports cannot hold them all in memory; Parquet files
//! must still be sorted and complete per partition. So each record is appended (as a JSON line)
//! to its partition's spill file as soon as it is ready, and the writer later reads one
//! partition at a time, sorts it and writes it. Memory is bounded by the largest partition.

use crate::batches::PartitionKey;
use anyhow::{Context, Result};
use nianbao_model::ReportRecord;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
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

fn file_name((province, year): &PartitionKey) -> String {
    format!("{province}.{year}.jsonl")
}

impl Spill {
    pub fn create(dir: PathBuf) -> Result<Spill> {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating spill {}", dir.display()))?;
        Ok(Spill { dir, writers: BTreeMap::new() })
    }

    pub fn push(&mut self, record: &ReportRecord) -> Result<()> {
        let key = crate::batches::partition_key(record);
        if !self.writers.contains_key(&key) {
            let path = self.dir.join(file_name(&key));
            let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
            self.writers.insert(key.clone(), BufWriter::new(file));
        }
        let writer = self.writers.get_mut(&key).expect("inserted above");
        serde_json::to_writer(&mut *writer, record)?;
        writer.write_all(b"\n")?;
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

    pub fn read(&self, key: &PartitionKey) -> Result<Vec<ReportRecord>> {
        let path = self.dir.join(file_name(key));
        let file = File::open(&path).with_context(|| format!("opening {}", path.display()))?;
        let mut out = Vec::new();
        for line in BufReader::new(file).lines() {
            out.push(serde_json::from_str(&line?).with_context(|| format!("reading {}", path.display()))?);
        }
        Ok(out)
    }
}
