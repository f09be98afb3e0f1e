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

/// What the summary reports about the loaded documents, counted as they stream past (the
/// records themselves go to disk).
#[derive(Default)]
pub struct Tally {
    pub reports: usize,
    pub repairs: BTreeMap<String, usize>,
    pub metrics: BTreeMap<&'static str, usize>,
    pub checks: usize,
    pub failed_checks: BTreeMap<String, usize>,
    pub templates: BTreeMap<String, usize>,
}

impl Tally {
    fn add(&mut self, r: &ReportRecord) {
        self.reports += 1;
        for kind in &r.repairs {
            *self.repairs.entry(kind.clone()).or_default() += 1;
        }
        for m in &r.metrics {
            *self.metrics.entry(m.source.as_str()).or_default() += 1;
        }
        self.checks += r.checks.len();
        for c in r.checks.iter().filter(|c| !c.passed) {
            *self.failed_checks.entry(c.rule.clone()).or_default() += 1;
        }
        *self.templates.entry(r.template.clone()).or_default() += 1;
    }
}

/// Documents processed together: enough to keep every core busy, few enough to bound memory.
const CHUNK: usize = 1024;

pub struct RunSummary {
    pub run_id: String,
    pub files: usize,
    pub documents: usize,
    pub new_documents: usize,
    /// Files whose bytes were already seen under another name in this run.
    pub duplicate_copies: usize,
    pub bytes: u64,
    pub tally: Tally,
    pub rejects: Vec<Reject>,
    pub snapshot: PathBuf,
    pub seconds: f64,
    /// Wall seconds of fetch and of publication; CPU seconds (all workers) of the text stages.
    pub fetch_seconds: f64,
    pub publish_seconds: f64,
    pub stage_cpu: [(&'static str, f64); 3],
    /// Peak resident memory of the process (VmHWM), in bytes, when the OS tells.
    pub peak_rss: Option<u64>,
}

fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
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
    let fetch_seconds = started.elapsed().as_secs_f64();
    let clock = process::StageClock::default();

    // decode → parse → normalize, one document per task.
    let docs: Vec<(String, Vec<String>)> = documents.iter().map(|(sha, (_, sources))| {
        let mut s = sources.clone();
        s.sort();
        (sha.clone(), s)
    }).collect();
    let progress = Progress::new("process", docs.len());
    let mut spill = warehouse.spill(&lock, &run_id)?;
    let mut tally = Tally::default();
    for chunk in docs.chunks(CHUNK) {
        let outcomes: Vec<Result<Result<ReportRecord, Reject>>> = chunk
            .par_iter()
            .map(|(sha, sources)| {
                let bytes = store.get(sha).context("reading back a landed document")?;
                let landed = Landed { sha256: sha.clone(), bytes, sources: sources.clone() };
                let outcome = process::process(&landed, &clock);
                progress.inc();
                Ok(outcome)
            })
            .collect();
        for outcome in outcomes {
            match outcome? {
                Ok(r) => {
                    tally.add(&r);
                    spill.push(&r)?;
                }
                Err(r) => rejects.push(r),
            }
        }
    }
    progress.finish();

    if tally.reports + rejects.len() != documents.len() + fetch_rejects {
        bail!(
            "internal accounting error: {} documents + {} fetch rejects ≠ {} reports + {} rejects; nothing published",
            documents.len(),
            fetch_rejects,
            tally.reports,
            rejects.len()
        );
    }
    let publish_started = Instant::now();
    let snapshot = warehouse.publish_spilled(&lock, &run_id, spill, &rejects, &now)?;
    let publish_seconds = publish_started.elapsed().as_secs_f64();
    let cpu = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e9;
    let stage_cpu = [("decode", cpu(&clock.decode)), ("parse", cpu(&clock.parse)), ("normalize", cpu(&clock.normalize))];
    let bytes = documents.values().map(|(b, _)| *b).sum();
    Ok(RunSummary {
        run_id,
        files: files.len(),
        documents: documents.len(),
        new_documents,
        duplicate_copies: readable - documents.len(),
        bytes,
        tally,
        rejects,
        snapshot,
        seconds: started.elapsed().as_secs_f64(),
        fetch_seconds,
        publish_seconds,
        stage_cpu,
        peak_rss: peak_rss(),
    })
}

fn counted<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i.to_string()).or_default() += 1;
    }
    ranked(&counts)
}

impl RunSummary {
    pub fn render(&self, warehouse: &std::path::Path) -> String {
        let mb = self.bytes as f64 / 1e6;
        let t = &self.tally;
        let failed: usize = t.failed_checks.values().sum();
        let by_source = |s: FactSource| t.metrics.get(s.as_str()).copied().unwrap_or(0);
        let metric_total: usize = t.metrics.values().sum();
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
        out += &format!("  loaded      {} reports, {} rejects\n", t.reports, self.rejects.len());
        if !self.rejects.is_empty() {
            let reasons: Vec<String> = self.rejects.iter().map(|r| format!("{}: {}", r.stage, short_reason(&r.reason))).collect();
            out += &format!("  rejected    {}\n", counted(reasons.iter().map(String::as_str)));
        }
        out += &format!("  repairs     {}\n", ranked(&t.repairs));
        out += &format!(
            "  metrics     {} (table {}, narrative {}, derived {})\n",
            metric_total,
            by_source(FactSource::Table),
            by_source(FactSource::Narrative),
            by_source(FactSource::Derived)
        );
        out += &format!("  checks      {} evaluated, {} failed: {}\n", t.checks, failed, ranked(&t.failed_checks));
        out += &format!("  templates   {}\n", ranked(&t.templates));
        let per_core = |secs: f64| if secs > 0.0 { format!("{:.0} MB/s per core", mb / secs) } else { "—".into() };
        let stages: Vec<String> = self.stage_cpu.iter().map(|(name, secs)| format!("{name} {secs:.2} s ({})", per_core(*secs))).collect();
        out += &format!(
            "  time        fetch {:.2} s wall; {} (CPU, all workers); write {:.2} s wall; {:.0} docs/s overall\n",
            self.fetch_seconds,
            stages.join(", "),
            self.publish_seconds,
            self.documents as f64 / self.seconds.max(1e-9)
        );
        if let Some(rss) = self.peak_rss {
            out += &format!("  memory      peak RSS {:.0} MB\n", rss as f64 / 1e6);
        }
        out += &format!("  warehouse   {} -> {}\n", warehouse.join("current").display(), self.snapshot.display());
        out
    }
}

/// `kind n, kind n …`, most frequent first.
fn ranked(counts: &BTreeMap<String, usize>) -> String {
    let mut v: Vec<(&str, usize)> = counts.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if v.is_empty() {
        return "none".into();
    }
    v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
}

/// The reason without its numbers, so that similar rejects group together in the summary.
fn short_reason(reason: &str) -> String {
    let cut = reason.find(':').map_or(reason, |i| &reason[..i]);
    cut.chars().take(60).collect()
}
