//! Run history: one row per `nianbao run`, in the `runs` table.
//!
//! ```text
//! <warehouse>/runs.jsonl          append-only log: a `running` line when a run starts, a final line when it ends
//! <warehouse>/runs/runs.parquet   the same, one row per run, rewritten (tmp + rename) after every append
//! <warehouse>/run_hosts/hosts.parquet   what each crawled host gave each run (`run_hosts`)
//! ```
//!
//! The log lives beside the snapshots, not inside them, because a failed run publishes no
//! snapshot and must still be recorded. A run killed with SIGKILL never writes its final line;
//! its `running` line stays, and once a later run has started it is reported as `interrupted`
//! — the operator sees that something died rather than nothing at all.

use anyhow::{Context, Result};
use arrow::array::{ArrayRef, Float64Builder, Int64Builder, StringBuilder, TimestampMicrosecondBuilder};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use arrow::record_batch::RecordBatch;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const LOG_FILE: &str = "runs.jsonl";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    pub run_id: String,
    /// Unix seconds.
    pub started: i64,
    pub finished: Option<i64>,
    /// `running` (logged at start), `completed`, `failed`; `interrupted` when read back for a
    /// run that never logged its end.
    pub status: String,
    pub pipeline_version: String,
    /// Input files found this run, and the distinct documents (contents) among them.
    pub files: u64,
    pub documents_seen: u64,
    /// Contents never seen before.
    pub documents_new: u64,
    /// Known contents whose record changes: new names, reappeared, or gone missing.
    pub documents_changed: u64,
    /// Documents of the warehouse no source holds any more (kept, flagged `missing_since`).
    pub documents_missing: u64,
    /// Documents decoded and parsed this run (new, changed, and the neighbours of a partition
    /// that had to be rewritten); the rest were carried over untouched.
    pub documents_processed: u64,
    pub reports: u64,
    pub rejects: u64,
    pub bytes: u64,
    pub partitions_written: u64,
    pub partitions_reused: u64,
    pub fetch_seconds: f64,
    /// CPU seconds summed over workers.
    pub decode_seconds: f64,
    pub parse_seconds: f64,
    pub normalize_seconds: f64,
    pub write_seconds: f64,
    pub total_seconds: f64,
    pub snapshot: Option<String>,
    pub error: Option<String>,
    /// What each host of a `site` source gave (`run_hosts`), sorted by host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<nianbao_model::HostCrawl>,
}

/// The columns of `run_hosts` after `run_id` and `host`, in [`nianbao_model::HostCrawl`] order.
const HOST_COUNTS: [&str; 8] =
    ["listing_pages", "report_pages", "attachments", "unchanged", "bytes", "failures", "deferred", "disallowed"];

fn host_counts(h: &nianbao_model::HostCrawl) -> [u64; 8] {
    [h.listing_pages, h.report_pages, h.attachments, h.unchanged, h.bytes, h.failures, h.deferred, h.disallowed]
}

pub fn hosts_schema() -> SchemaRef {
    let mut fields = vec![Field::new("run_id", DataType::Utf8, false), Field::new("host", DataType::Utf8, false)];
    fields.extend(HOST_COUNTS.iter().map(|name| Field::new(*name, DataType::Int64, false)));
    Arc::new(Schema::new(fields))
}

fn hosts_batch(runs: &[RunRecord]) -> RecordBatch {
    let mut run_id = StringBuilder::new();
    let mut host = StringBuilder::new();
    let mut counts: Vec<Int64Builder> = HOST_COUNTS.iter().map(|_| Int64Builder::new()).collect();
    for r in runs {
        for h in &r.hosts {
            run_id.append_value(&r.run_id);
            host.append_value(&h.host);
            for (col, v) in counts.iter_mut().zip(host_counts(h)) {
                col.append_value(v as i64);
            }
        }
    }
    let mut columns: Vec<ArrayRef> = vec![Arc::new(run_id.finish()), Arc::new(host.finish())];
    columns.extend(counts.iter_mut().map(|c| Arc::new(c.finish()) as ArrayRef));
    RecordBatch::try_new(hosts_schema(), columns).expect("columns built to the run_hosts schema")
}

fn log_path(root: &Path) -> PathBuf {
    root.join(LOG_FILE)
}

/// Append one line to the log and make it durable, then refresh `runs/runs.parquet`.
pub fn append(root: &Path, record: &RunRecord) -> Result<()> {
    let path = log_path(root);
    let mut line = serde_json::to_vec(record)?;
    line.push(b'\n');
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .with_context(|| format!("opening {}", path.display()))?;
    // One write call per line: an append of a few hundred bytes is not interleaved or torn by
    // a concurrent reader, and a run killed mid-write leaves at worst a partial last line,
    // which `history` skips.
    file.write_all(&line).and_then(|_| file.sync_all()).with_context(|| format!("appending to {}", path.display()))?;
    write_table(root, &history(root)?)
}

/// Every run, oldest first, one entry per run (its latest line).
pub fn history(root: &Path) -> Result<Vec<RunRecord>> {
    let path = log_path(root);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let mut runs: Vec<RunRecord> = Vec::new();
    for line in text.lines() {
        let Ok(record) = serde_json::from_str::<RunRecord>(line) else { continue };
        match runs.iter_mut().find(|r| r.run_id == record.run_id) {
            Some(existing) => *existing = record,
            None => runs.push(record),
        }
    }
    let last = runs.len().saturating_sub(1);
    for r in &mut runs[..last] {
        if r.status == "running" {
            r.status = "interrupted".into();
        }
    }
    Ok(runs)
}

pub fn schema() -> SchemaRef {
    let ts = || DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()));
    let mut fields = vec![
        Field::new("run_id", DataType::Utf8, false),
        Field::new("started", ts(), false),
        Field::new("finished", ts(), true),
        Field::new("status", DataType::Utf8, false),
        Field::new("pipeline_version", DataType::Utf8, false),
    ];
    for name in COUNTS {
        fields.push(Field::new(name, DataType::Int64, false));
    }
    for name in SECONDS {
        fields.push(Field::new(name, DataType::Float64, false));
    }
    fields.push(Field::new("snapshot", DataType::Utf8, true));
    fields.push(Field::new("error", DataType::Utf8, true));
    Arc::new(Schema::new(fields))
}

const COUNTS: [&str; 11] = [
    "files",
    "documents_seen",
    "documents_new",
    "documents_changed",
    "documents_missing",
    "documents_processed",
    "reports",
    "rejects",
    "bytes",
    "partitions_written",
    "partitions_reused",
];
const SECONDS: [&str; 6] =
    ["fetch_seconds", "decode_seconds", "parse_seconds", "normalize_seconds", "write_seconds", "total_seconds"];

fn counts(r: &RunRecord) -> [u64; 11] {
    [
        r.files,
        r.documents_seen,
        r.documents_new,
        r.documents_changed,
        r.documents_missing,
        r.documents_processed,
        r.reports,
        r.rejects,
        r.bytes,
        r.partitions_written,
        r.partitions_reused,
    ]
}

fn seconds(r: &RunRecord) -> [f64; 6] {
    [r.fetch_seconds, r.decode_seconds, r.parse_seconds, r.normalize_seconds, r.write_seconds, r.total_seconds]
}

pub fn batch(runs: &[RunRecord]) -> RecordBatch {
    let mut run_id = StringBuilder::new();
    let mut started = TimestampMicrosecondBuilder::new().with_timezone("UTC");
    let mut finished = TimestampMicrosecondBuilder::new().with_timezone("UTC");
    let mut status = StringBuilder::new();
    let mut version = StringBuilder::new();
    let mut count_cols: Vec<Int64Builder> = COUNTS.iter().map(|_| Int64Builder::new()).collect();
    let mut second_cols: Vec<Float64Builder> = SECONDS.iter().map(|_| Float64Builder::new()).collect();
    let mut snapshot = StringBuilder::new();
    let mut error = StringBuilder::new();
    for r in runs {
        run_id.append_value(&r.run_id);
        started.append_value(r.started * 1_000_000);
        finished.append_option(r.finished.map(|s| s * 1_000_000));
        status.append_value(&r.status);
        version.append_value(&r.pipeline_version);
        for (col, v) in count_cols.iter_mut().zip(counts(r)) {
            col.append_value(v as i64);
        }
        for (col, v) in second_cols.iter_mut().zip(seconds(r)) {
            col.append_value(v);
        }
        snapshot.append_option(r.snapshot.as_deref());
        error.append_option(r.error.as_deref());
    }
    let mut columns: Vec<ArrayRef> = vec![
        Arc::new(run_id.finish()),
        Arc::new(started.finish()),
        Arc::new(finished.finish()),
        Arc::new(status.finish()),
        Arc::new(version.finish()),
    ];
    columns.extend(count_cols.iter_mut().map(|c| Arc::new(c.finish()) as ArrayRef));
    columns.extend(second_cols.iter_mut().map(|c| Arc::new(c.finish()) as ArrayRef));
    columns.push(Arc::new(snapshot.finish()));
    columns.push(Arc::new(error.finish()));
    RecordBatch::try_new(schema(), columns).expect("columns built to the runs schema")
}

/// `runs/runs.parquet`, replaced in one rename.
fn write_table(root: &Path, runs: &[RunRecord]) -> Result<()> {
    let dir = root.join("runs");
    std::fs::create_dir_all(&dir)?;
    // Not `.parquet`: readers listing the directory must not pick up the half-written file.
    let tmp = dir.join(".runs.parquet.tmp");
    crate::write::write_parquet(&tmp, &batch(runs))?;
    std::fs::rename(&tmp, dir.join("runs.parquet")).context("publishing runs/runs.parquet")?;
    if runs.iter().any(|r| !r.hosts.is_empty()) {
        let dir = root.join("run_hosts");
        std::fs::create_dir_all(&dir)?;
        let tmp = dir.join(".hosts.parquet.tmp");
        crate::write::write_parquet(&tmp, &hosts_batch(runs))?;
        std::fs::rename(&tmp, dir.join("hosts.parquet")).context("publishing run_hosts/hosts.parquet")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_without_an_end_line_is_interrupted_once_another_started() {
        let dir = tempfile::tempdir().unwrap();
        let run = |id: &str, status: &str| RunRecord {
            run_id: id.into(),
            started: 1,
            status: status.into(),
            ..Default::default()
        };
        append(dir.path(), &run("r1", "running")).unwrap();
        append(dir.path(), &run("r1", "completed")).unwrap();
        append(dir.path(), &run("r2", "running")).unwrap();
        assert_eq!(history(dir.path()).unwrap().last().unwrap().status, "running");
        append(dir.path(), &run("r3", "running")).unwrap();
        append(dir.path(), &run("r3", "failed")).unwrap();
        // A torn last line (killed mid-append) is skipped, not an error.
        std::fs::OpenOptions::new()
            .append(true)
            .open(dir.path().join(LOG_FILE))
            .unwrap()
            .write_all(b"{\"run_id\":\"r4")
            .unwrap();
        let statuses: Vec<(String, String)> =
            history(dir.path()).unwrap().into_iter().map(|r| (r.run_id, r.status)).collect();
        assert_eq!(
            statuses,
            [("r1".into(), "completed".into()), ("r2".into(), "interrupted".into()), ("r3".into(), "failed".into())]
        );
        assert!(dir.path().join("runs/runs.parquet").is_file());
    }
}
