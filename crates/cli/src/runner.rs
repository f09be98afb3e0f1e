//! `nianbao run`: fetch → decode → parse → normalize → publish, with progress and a summary.
//!
//! Parallelism lives here, not in the stages: rayon runs one document per task. Every input
//! ends as a report or a reject; the invariant is checked before anything is published, and
//! the warehouse is only touched by the final atomic publication.

use crate::config::Pipeline;
use crate::process;
use crate::progress::Progress;
use anyhow::{bail, Context, Result};
use nianbao_fetch::{walk_inputs, LandingStore, Manifest};
use nianbao_model::{FactSource, Landed, Reject, ReportRecord};
use nianbao_warehouse::Warehouse;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

pub struct RunSummary {
    pub run_id: String,
    pub files: usize,
    pub documents: usize,
    pub new_documents: usize,
    /// Files whose bytes were already seen under another name in this run.
    pub duplicate_copies: usize,
    pub bytes: u64,
    pub records: Vec<ReportRecord>,
    pub rejects: Vec<Reject>,
    pub snapshot: PathBuf,
    pub seconds: f64,
}

/// A file read, hashed and landed; its bytes are dropped until processing reads them back.
struct LandedFile {
    source: String,
    sha256: String,
    bytes: u64,
}

pub fn run(pipeline: &Pipeline) -> Result<RunSummary> {
    let started = Instant::now();
    if pipeline.sources.is_empty() {
        bail!("no sources: give --input DIR or a pipeline with [[sources]]");
    }
    let warehouse = Warehouse::open(&pipeline.warehouse.path)?;
    let lock = warehouse.lock()?;
    let store = LandingStore::open(&pipeline.landing.path)?;
    let mut manifest = Manifest::load(&store.manifest_path())?;
    let now_unix = nianbao_fetch::unix_now();
    let now = nianbao_model::iso8601_utc(now_unix);
    let run_id = nianbao_warehouse::new_run_id(now_unix);

    let roots: Vec<PathBuf> = pipeline.sources.iter().map(|s| s.path.clone()).collect();
    let (files, mut rejects) = walk_inputs(&roots).map_err(anyhow::Error::msg)?;

    // fetch: read, hash and land every file, in parallel.
    let progress = Progress::new("fetch", files.len());
    let fetched: Vec<Result<Result<LandedFile, Reject>>> = files
        .par_iter()
        .map(|input| {
            let result = match nianbao_fetch::read_input(input) {
                Ok(f) => {
                    store.put(&f.sha256, &f.bytes).context("landing")?;
                    Ok(LandedFile { source: f.source, sha256: f.sha256, bytes: f.bytes.len() as u64 })
                }
                Err(reject) => Err(reject),
            };
            progress.inc();
            Ok(result)
        })
        .collect();
    progress.finish();

    // Group by content: the same bytes under several names are one document.
    let mut documents: BTreeMap<String, (u64, Vec<String>)> = BTreeMap::new();
    let mut new_documents = 0;
    let mut readable = 0;
    for item in fetched {
        match item? {
            Ok(f) => {
                readable += 1;
                if manifest.record(&f.sha256, f.bytes, &f.source, &now) {
                    new_documents += 1;
                }
                let entry = documents.entry(f.sha256).or_insert((f.bytes, Vec::new()));
                entry.1.push(f.source);
            }
            Err(reject) => rejects.push(reject),
        }
    }
    manifest.save(&store.manifest_path())?;
    let fetch_rejects = rejects.len();

    // decode → parse → normalize, one document per task.
    let docs: Vec<(String, Vec<String>)> = documents.iter().map(|(sha, (_, sources))| {
        let mut s = sources.clone();
        s.sort();
        (sha.clone(), s)
    }).collect();
    let progress = Progress::new("process", docs.len());
    let outcomes: Vec<Result<Result<ReportRecord, Reject>>> = docs
        .par_iter()
        .map(|(sha, sources)| {
            let bytes = store.get(sha).context("reading back a landed document")?;
            let landed = Landed { sha256: sha.clone(), bytes, sources: sources.clone() };
            let outcome = process::process(&landed);
            progress.inc();
            Ok(outcome)
        })
        .collect();
    progress.finish();

    let mut records = Vec::new();
    for outcome in outcomes {
        match outcome? {
            Ok(r) => records.push(r),
            Err(r) => rejects.push(r),
        }
    }
    if records.len() + rejects.len() != documents.len() + fetch_rejects {
        bail!(
            "internal accounting error: {} documents + {} fetch rejects ≠ {} reports + {} rejects; nothing published",
            documents.len(),
            fetch_rejects,
            records.len(),
            rejects.len()
        );
    }
    let snapshot = warehouse.publish(&lock, &run_id, &records, &rejects, &now)?;
    let bytes = documents.values().map(|(b, _)| *b).sum();
    Ok(RunSummary {
        run_id,
        files: files.len(),
        documents: documents.len(),
        new_documents,
        duplicate_copies: readable - documents.len(),
        bytes,
        records,
        rejects,
        snapshot,
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn counted<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if v.is_empty() {
        return "none".into();
    }
    v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
}

impl RunSummary {
    pub fn render(&self, warehouse: &std::path::Path) -> String {
        let mb = self.bytes as f64 / 1e6;
        let metrics: Vec<&nianbao_model::Metric> = self.records.iter().flat_map(|r| &r.metrics).collect();
        let checks: Vec<&nianbao_model::Check> = self.records.iter().flat_map(|r| &r.checks).collect();
        let failed = checks.iter().filter(|c| !c.passed).count();
        let by_source = |s: FactSource| metrics.iter().filter(|m| m.source == s).count();
        let mut out = format!("nianbao run {} finished in {:.2} s\n", self.run_id, self.seconds);
        out += &format!(
            "  inputs      {} files, {} documents ({} duplicate copies), {} new since earlier runs, {:.2} MB, {:.2} MB/s\n",
            self.files,
            self.documents,
            self.duplicate_copies,
            self.new_documents,
            mb,
            mb / self.seconds.max(1e-9)
        );
        out += &format!("  loaded      {} reports, {} rejects\n", self.records.len(), self.rejects.len());
        if !self.rejects.is_empty() {
            let reasons: Vec<String> = self.rejects.iter().map(|r| format!("{}: {}", r.stage, short_reason(&r.reason))).collect();
            out += &format!("  rejected    {}\n", counted(reasons.iter().map(String::as_str).take(1000)));
        }
        out += &format!("  repairs     {}\n", counted(self.records.iter().flat_map(|r| r.repairs.iter().map(String::as_str))));
        out += &format!(
            "  metrics     {} (table {}, narrative {}, derived {})\n",
            metrics.len(),
            by_source(FactSource::Table),
            by_source(FactSource::Narrative),
            by_source(FactSource::Derived)
        );
        out += &format!("  checks      {} evaluated, {} failed: {}\n", checks.len(), failed, counted(checks.iter().filter(|c| !c.passed).map(|c| c.rule.as_str())));
        out += &format!("  templates   {}\n", counted(self.records.iter().map(|r| r.template.as_str())));
        out += &format!("  warehouse   {} -> {}\n", warehouse.join("current").display(), self.snapshot.display());
        out
    }
}

/// The reason without its numbers, so that similar rejects group together in the summary.
fn short_reason(reason: &str) -> String {
    let cut = reason.find(':').map_or(reason, |i| &reason[..i]);
    cut.chars().take(60).collect()
}
