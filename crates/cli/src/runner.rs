//! `nianbao run`: fetch → decode → parse → normalize → publish, with progress and a summary.
//!
//! Parallelism lives here, not in the stages: rayon runs one document per task. Every input
//! ends as a report or a reject; the invariant is checked before anything is published, and
//! the warehouse is only touched by the final atomic publication.

use crate::config::Pipeline;
use crate::fetching;
use crate::process;
use crate::progress::Progress;
use anyhow::{bail, Context, Result};
use nianbao_fetch::{ClosedPack, LandingStore, Manifest};
use nianbao_model::{FactSource, Landed, Reject, ReportRecord};
use nianbao_warehouse::incremental::{self, Seen, Status};
use nianbao_warehouse::runs::{self, RunRecord};
use nianbao_warehouse::{DocumentEntry, DocumentIndex, PartitionKey, Reuse, RunLock, Warehouse};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Instant;

/// What the summary reports about the loaded documents, counted as they stream past (the
/// records themselves go to disk).
#[derive(Default)]
pub struct Tally {
    pub reports: usize,
    /// Bytes of the documents processed (reports and rejects), for per-core stage speeds.
    pub bytes: u64,
    pub repairs: BTreeMap<String, usize>,
    pub metrics: BTreeMap<&'static str, usize>,
    pub checks: usize,
    pub failed_checks: BTreeMap<String, usize>,
    pub templates: BTreeMap<String, usize>,
}

impl Tally {
    fn add(&mut self, r: &ReportRecord) {
        self.reports += 1;
        self.bytes += r.bytes;
        for kind in &r.repairs {
            *self.repairs.entry(kind.clone()).or_default() += 1;
        }
        for m in &r.metrics {
            *self.metrics.entry(m.source.as_str()).or_default() += 1;
        }
        self.checks += r.checks.len();
        for c in r.checks.iter().filter(|c| !c.passed) {
            *self.failed_checks.entry(c.rule.to_string()).or_default() += 1;
        }
        *self.templates.entry(r.template.clone()).or_default() += 1;
    }

    /// One worker's tally of one report, added to the run's.
    fn merge(&mut self, other: Tally) {
        self.reports += other.reports;
        self.bytes += other.bytes;
        for (k, n) in other.repairs {
            *self.repairs.entry(k).or_default() += n;
        }
        for (k, n) in other.metrics {
            *self.metrics.entry(k).or_default() += n;
        }
        self.checks += other.checks;
        for (k, n) in other.failed_checks {
            *self.failed_checks.entry(k).or_default() += n;
        }
        for (k, n) in other.templates {
            *self.templates.entry(k).or_default() += n;
        }
    }
}

/// Documents processed together: enough to keep every core busy, few enough to bound memory.
const CHUNK: usize = 1024;

/// What the incremental plan did.
#[derive(Default)]
pub struct Increment {
    pub new: usize,
    pub changed: usize,
    pub missing: usize,
    pub processed: usize,
    pub carried: usize,
    pub partitions_written: usize,
    pub partitions_reused: usize,
    /// Why nothing could be reused, when that was the case.
    pub full_reason: Option<&'static str>,
}

pub struct RunSummary {
    pub run_id: String,
    /// Inputs examined: files, archive members, URLs.
    pub files: usize,
    pub http: crate::fetching::HttpTally,
    /// Distinct contents among this run's files.
    pub documents: usize,
    /// Files whose bytes were already seen under another name in this run.
    pub duplicate_copies: usize,
    pub bytes: u64,
    pub increment: Increment,
    /// Reports and rejects of the published snapshot (all of them, processed or carried).
    pub reports: usize,
    pub rejects: Vec<Reject>,
    /// Counted over the documents processed in this run.
    pub tally: Tally,
    pub snapshot: PathBuf,
    pub seconds: f64,
    /// Wall seconds of fetch and of publication; CPU seconds (all workers) of the text stages.
    pub fetch_seconds: f64,
    pub publish_seconds: f64,
    pub stage_cpu: [(&'static str, f64); 3],
    /// Pages of scans read by OCR, and their seconds (inside decode's).
    pub ocr: (u64, f64),
    /// Peak resident memory of the process (VmHWM), in bytes, when the OS tells.
    pub peak_rss: Option<u64>,
    /// Checks across years (carry_over, in_force) over every report of the snapshot:
    /// (evaluated, failed).
    pub across_years: (usize, usize),
}

fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// Options of one run beyond the pipeline definition.
#[derive(Default, Clone, Copy)]
pub struct RunOptions {
    /// Process every document again even when the previous snapshot could be reused.
    pub full: bool,
}

/// Run the pipeline and record the run in the `runs` history, whatever its outcome.
pub fn run(pipeline: &Pipeline, options: RunOptions) -> Result<RunSummary> {
    let started = Instant::now();
    if pipeline.sources.is_empty() {
        bail!("no sources: give --input DIR or a pipeline with [[sources]]");
    }
    let warehouse = Warehouse::open(&pipeline.warehouse.path)?;
    let lock = warehouse.lock()?;
    let now_unix = nianbao_fetch::unix_now();
    let run_id = nianbao_warehouse::new_run_id(now_unix);
    let mut record = RunRecord {
        run_id: run_id.clone(),
        started: now_unix,
        status: "running".into(),
        pipeline_version: nianbao_model::PIPELINE_VERSION.into(),
        ..Default::default()
    };
    runs::append(warehouse.root(), &record)?;
    let outcome = run_locked(pipeline, options, &warehouse, &lock, &run_id, now_unix, started);
    record.finished = Some(nianbao_fetch::unix_now());
    record.total_seconds = started.elapsed().as_secs_f64();
    match &outcome {
        Ok(summary) => summary.fill(&mut record),
        Err(e) => {
            record.status = "failed".into();
            record.error = Some(format!("{e:#}"));
        }
    }
    // The run's own outcome matters more than its history line: report a failure to log it,
    // but do not turn a published run into a failed one.
    if let Err(e) = runs::append(warehouse.root(), &record) {
        eprintln!("nianbao: warning: could not record run {run_id} in the run history: {e:#}");
    }
    outcome
}

fn run_locked(
    pipeline: &Pipeline,
    options: RunOptions,
    warehouse: &Warehouse,
    lock: &RunLock,
    run_id: &str,
    now_unix: i64,
    started: Instant,
) -> Result<RunSummary> {
    process::warm_up_in_background();
    let store = LandingStore::open(&pipeline.landing.path)?;
    let now = nianbao_model::iso8601_utc(now_unix);
    let fetched = fetching::fetch_all(pipeline, &store)?;
    let files = fetched.landed.len() + fetched.rejects.len();
    let mut rejects = fetched.rejects;
    let fetch_rejects = rejects.len();
    let http = fetched.http;

    // Group by content: the same bytes under several names are one document.
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let mut readable = 0;
    let mut referrers: BTreeMap<String, String> = BTreeMap::new();
    for f in fetched.landed {
        readable += 1;
        if let Some(referrer) = f.referrer {
            referrers.insert(f.source.clone(), referrer);
        }
        seen.entry(f.sha256)
            .or_insert(Seen { bytes: f.bytes, sources: Vec::new(), referrer: None })
            .sources
            .push(f.source);
    }
    for s in seen.values_mut() {
        s.sources.sort();
        s.referrer = s.sources.first().and_then(|first| referrers.get(first)).cloned();
    }
    let manifest_saved = record_in_manifest_meanwhile(store.manifest_path(), fetched.pack, seen.clone(), now.clone());
    let fetch_seconds = started.elapsed().as_secs_f64();
    let documents = seen.len();
    let bytes = seen.values().map(|s| s.bytes).sum();

    // Plan: what the previous snapshot already holds, what must be processed.
    let previous = warehouse.previous()?;
    let previous_index = previous.as_ref().and_then(|p| p.index.as_ref());
    let full_reason = match &previous {
        None => Some("no previous snapshot"),
        Some(p) if p.index.is_none() => Some("the previous snapshot has no document index"),
        Some(p) if p.reusable_index().is_none() => Some("the pipeline or schema version changed"),
        Some(_) if options.full => Some("--full"),
        Some(_) => None,
    };
    let mut plan = incremental::plan(previous_index, seen, now_unix);
    if options.full {
        for p in plan.values_mut() {
            p.previous = None;
            p.status = Status::New;
        }
    }
    let mut increment = Increment { full_reason, ..Default::default() };
    for p in plan.values() {
        match p.status {
            Status::New => increment.new += 1,
            Status::Changed => increment.changed += 1,
            Status::Unchanged => {}
        }
        if p.missing_since.is_some() {
            increment.missing += 1;
        }
    }

    // decode → parse → normalize: first what is new or changed, then the unchanged neighbours
    // of every partition that must be rewritten (a Parquet file is rewritten whole).
    let clock = process::StageClock::default();
    let spill = warehouse.spill(lock, run_id)?;
    let mut tally = Tally::default();
    let mut index = DocumentIndex::new();
    let first: Vec<&str> =
        plan.iter().filter(|(_, p)| p.status != Status::Unchanged).map(|(s, _)| s.as_str()).collect();
    let mut touched: BTreeSet<PartitionKey> = BTreeSet::new();
    for sha in &first {
        touched.extend(plan[*sha].previous.as_ref().and_then(|e| e.partition()));
    }
    let mut batch = Batch {
        plan: &plan,
        store: &store,
        clock: &clock,
        spill: &spill,
        tally: &mut tally,
        index: &mut index,
        rejects: &mut rejects,
    };
    let progress = Progress::new("process", first.len());
    batch.process(&first, &progress, &mut touched)?;
    progress.finish();
    let second: Vec<&str> = plan
        .iter()
        .filter(|(_, p)| {
            p.status == Status::Unchanged
                && p.previous.as_ref().and_then(|e| e.partition()).is_some_and(|k| touched.contains(&k))
        })
        .map(|(s, _)| s.as_str())
        .collect();
    let progress = Progress::new("rewrite", second.len());
    batch.process(&second, &progress, &mut touched)?;
    progress.finish();
    increment.processed = first.len() + second.len();
    increment.carried = plan.len() - increment.processed;

    // Everything not processed is carried over from the previous snapshot's index.
    let mut reused: BTreeSet<PartitionKey> = BTreeSet::new();
    for (sha, p) in &plan {
        if index.documents.contains_key(sha) {
            continue;
        }
        let entry = p.previous.clone().context("internal error: an unprocessed document without a previous entry")?;
        match entry.partition() {
            Some(key) => {
                reused.insert(key);
            }
            None => rejects.extend(entry.reject_row(sha)),
        }
        index.documents.insert(sha.clone(), entry);
    }
    let reports = index.reports();
    if reports + rejects.len() != plan.len() + fetch_rejects {
        bail!(
            "internal accounting error: {} documents + {} fetch rejects ≠ {} reports + {} rejects; nothing published",
            plan.len(),
            fetch_rejects,
            reports,
            rejects.len()
        );
    }
    increment.partitions_written = touched.len();
    increment.partitions_reused = reused.len();
    let publish_started = Instant::now();
    let reuse = match (&previous, reused.is_empty()) {
        (Some(from), false) => Some(Reuse { from, partitions: reused }),
        _ => None,
    };
    manifest_saved.wait()?;
    let snapshot = warehouse.publish_spilled(lock, run_id, spill, &rejects, &now, &index, reuse)?;
    let publish_seconds = publish_started.elapsed().as_secs_f64();
    let across: Vec<bool> = nianbao_warehouse::across_years::checks(&index)
        .values()
        .flat_map(|rows| rows.iter().map(|(_, c)| c.passed))
        .collect();
    let cpu = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e9;
    let stage_cpu =
        [("decode", cpu(&clock.decode)), ("parse", cpu(&clock.parse)), ("normalize", cpu(&clock.normalize))];
    Ok(RunSummary {
        run_id: run_id.to_string(),
        files,
        http,
        documents,
        duplicate_copies: readable - documents,
        bytes,
        increment,
        reports,
        rejects,
        tally,
        snapshot,
        seconds: started.elapsed().as_secs_f64(),
        fetch_seconds,
        publish_seconds,
        stage_cpu,
        ocr: (
            clock.ocr_pages.load(std::sync::atomic::Ordering::Relaxed),
            clock.ocr_millis.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e3,
        ),
        peak_rss: peak_rss(),
        across_years: (across.len(), across.iter().filter(|passed| !**passed).count()),
    })
}

/// Record this run's sightings in the landing manifest and save it, on a thread of its own: the
/// run needs the manifest no more, and loading, updating and writing it (10,000 entries: ~0.1 s)
/// was the longest step during which one core idled (measured on a timeline of the run). It
/// first makes the run's landing pack durable (closed, and read from, by then): the manifest must
/// not name objects a crash could lose. The run waits for it before publishing, so a pack or a
/// manifest that could not be saved still fails the run with the warehouse untouched.
fn record_in_manifest_meanwhile(
    path: PathBuf,
    pack: Option<ClosedPack>,
    seen: BTreeMap<String, Seen>,
    now: String,
) -> Awaited {
    Awaited::spawn(move || {
        // The objects first, then the manifest that names them.
        if let Some(pack) = pack {
            pack.make_durable().context("making the landing pack durable")?;
        }
        let mut manifest = Manifest::load(&path)?;
        for (sha, s) in &seen {
            for source in &s.sources {
                manifest.record(sha, s.bytes, source, &now);
            }
        }
        manifest.save(&path)?;
        Ok(())
    })
}

/// A thread whose outcome the run waits for. Also joined when dropped (a run that fails early),
/// so that it never outlives the run that started it.
struct Awaited(Option<std::thread::JoinHandle<Result<()>>>);

impl Awaited {
    fn spawn(work: impl FnOnce() -> Result<()> + Send + 'static) -> Self {
        Awaited(Some(std::thread::spawn(work)))
    }

    fn wait(mut self) -> Result<()> {
        let handle = self.0.take().expect("waited for once");
        handle.join().map_err(|_| anyhow::anyhow!("internal error: a background step of the run panicked"))?
    }
}

impl Drop for Awaited {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            let _ = handle.join();
        }
    }
}

/// Where processed documents go: records to the spill, outcomes to the new index.
struct Batch<'a> {
    plan: &'a incremental::Plan,
    store: &'a LandingStore,
    clock: &'a process::StageClock,
    spill: &'a nianbao_warehouse::spill::Spill,
    tally: &'a mut Tally,
    index: &'a mut DocumentIndex,
    rejects: &'a mut Vec<Reject>,
}

/// A processed report as the thread that stores outcomes needs it: the record itself went to
/// the spill from the worker that made it, and was dropped there (freeing it on another thread
/// was a third of that thread's time, measured).
struct Processed {
    entry: DocumentEntry,
    tally: Tally,
}

type Outcome = Result<Processed, Reject>;

impl Batch<'_> {
    /// Process documents in parallel, chunk by chunk; add the partitions they land in to
    /// `touched`. Records go to the spill from the workers; a chunk's outcomes are stored (tally,
    /// index: one thread's work) while the next chunk is being processed, so that no core waits
    /// for the bookkeeping.
    fn process(&mut self, shas: &[&str], progress: &Progress, touched: &mut BTreeSet<PartitionKey>) -> Result<()> {
        let (plan, store, clock, spill) = (self.plan, self.store, self.clock, self.spill);
        let mut pending: Option<(&[&str], Vec<Result<Outcome>>)> = None;
        for chunk in shas.chunks(CHUNK) {
            let previous = pending.take();
            let (outcomes, stored) = rayon::join(
                || {
                    chunk
                        .par_iter()
                        .map(|sha| process_one(plan, store, clock, spill, sha, progress))
                        .collect::<Vec<_>>()
                },
                || previous.map_or(Ok(()), |(done, outcomes)| self.store_outcomes(done, outcomes, touched)),
            );
            stored?;
            pending = Some((chunk, outcomes));
        }
        if let Some((done, outcomes)) = pending {
            self.store_outcomes(done, outcomes, touched)?;
        }
        Ok(())
    }

    fn store_outcomes(
        &mut self,
        shas: &[&str],
        outcomes: Vec<Result<Outcome>>,
        touched: &mut BTreeSet<PartitionKey>,
    ) -> Result<()> {
        for (sha, outcome) in shas.iter().zip(outcomes) {
            let planned = &self.plan[*sha];
            let entry = match outcome? {
                Ok(Processed { entry, tally }) => {
                    self.tally.merge(tally);
                    touched.extend(entry.partition());
                    entry
                }
                Err(reject) => {
                    self.tally.bytes += planned.bytes;
                    let entry = DocumentEntry::of_reject(&reject, planned);
                    self.rejects.push(reject);
                    entry
                }
            };
            self.index.documents.insert(sha.to_string(), entry);
        }
        Ok(())
    }
}

/// One landed document through the stages, its record appended to the spill.
fn process_one(
    plan: &incremental::Plan,
    store: &LandingStore,
    clock: &process::StageClock,
    spill: &nianbao_warehouse::spill::Spill,
    sha: &str,
    progress: &Progress,
) -> Result<Outcome> {
    let planned = &plan[sha];
    let bytes = store.get(sha).with_context(|| {
        format!("reading back landed document {sha} ({}); the landing area is damaged", planned.sources.join(", "))
    })?;
    let landed =
        Landed { sha256: sha.to_string(), bytes, sources: planned.sources.clone(), referrer: planned.referrer.clone() };
    let outcome = match process::process(&landed, clock) {
        Ok(mut r) => {
            r.missing_since = planned.missing_since;
            spill.append(&r)?;
            let mut tally = Tally::default();
            tally.add(&r);
            let entry = DocumentEntry::of_report(&r, planned.sources.clone());
            Ok(Processed { entry, tally })
        }
        Err(reject) => Err(reject),
    };
    progress.inc();
    Ok(outcome)
}

fn counted<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i.to_string()).or_default() += 1;
    }
    ranked(&counts)
}

impl RunSummary {
    /// The run's line of the `runs` table.
    fn fill(&self, r: &mut RunRecord) {
        let inc = &self.increment;
        r.status = "completed".into();
        r.files = self.files as u64;
        r.documents_seen = self.documents as u64;
        r.documents_new = inc.new as u64;
        r.documents_changed = inc.changed as u64;
        r.documents_missing = inc.missing as u64;
        r.documents_processed = inc.processed as u64;
        r.reports = self.reports as u64;
        r.rejects = self.rejects.len() as u64;
        r.bytes = self.bytes;
        r.partitions_written = inc.partitions_written as u64;
        r.partitions_reused = inc.partitions_reused as u64;
        r.fetch_seconds = self.fetch_seconds;
        r.decode_seconds = self.stage_cpu[0].1;
        r.parse_seconds = self.stage_cpu[1].1;
        r.normalize_seconds = self.stage_cpu[2].1;
        r.write_seconds = self.publish_seconds;
        r.snapshot = self.snapshot.file_name().map(|n| n.to_string_lossy().into_owned());
        r.hosts = self.http.hosts.clone();
    }

    pub fn render(&self, warehouse: &std::path::Path) -> String {
        let mb = self.bytes as f64 / 1e6;
        let t = &self.tally;
        let inc = &self.increment;
        let mut out = format!("nianbao run {} finished in {:.2} s\n", self.run_id, self.seconds);
        out += &format!(
            "  inputs      {} inputs, {} documents ({} duplicate copies), {:.2} MB, {:.2} MB/s\n",
            self.files,
            self.documents,
            self.duplicate_copies,
            mb,
            mb / self.seconds.max(1e-9)
        );
        if self.http.urls > 0 {
            let h = &self.http;
            out += &format!(
                "  http        {} URLs: {} downloaded, {} not modified (304), {} failed\n",
                h.urls, h.downloaded, h.not_modified, h.failed
            );
        }
        for h in &self.http.hosts {
            out += &format!(
                "  site        {}: {} listing pages, {} report pages, {} attachments ({} unchanged), {:.1} KB downloaded, {} failed, {} deferred, {} disallowed by robots.txt\n",
                h.host,
                h.listing_pages,
                h.report_pages,
                h.attachments,
                h.unchanged,
                h.bytes as f64 / 1e3,
                h.failures,
                h.deferred,
                h.disallowed
            );
        }
        out += &format!(
            "  changes     {} new, {} changed, {} missing from every source (kept, flagged); {} processed, {} carried over{}\n",
            inc.new,
            inc.changed,
            inc.missing,
            inc.processed,
            inc.carried,
            inc.full_reason.map(|r| format!(" (full run: {r})")).unwrap_or_default()
        );
        out += &format!(
            "  loaded      {} reports, {} rejects; partitions {} rewritten, {} reused\n",
            self.reports,
            self.rejects.len(),
            inc.partitions_written,
            inc.partitions_reused
        );
        if self.across_years.0 > 0 {
            out += &format!(
                "  across years {} checks of an agency's report against its year before (carry_over, in_force), {} failed\n",
                self.across_years.0, self.across_years.1
            );
        }
        if !self.rejects.is_empty() {
            let reasons: Vec<String> =
                self.rejects.iter().map(|r| format!("{}: {}", r.stage, short_reason(&r.reason))).collect();
            out += &format!("  rejected    {}\n", counted(reasons.iter().map(String::as_str)));
        }
        if t.reports > 0 {
            out += &self.render_processed();
        }
        out += &self.render_time();
        out += &format!("  warehouse   {} -> {}\n", warehouse.join("current").display(), self.snapshot.display());
        out
    }

    /// What the documents processed in this run held.
    fn render_processed(&self) -> String {
        let t = &self.tally;
        let failed: usize = t.failed_checks.values().sum();
        let by_source = |s: FactSource| t.metrics.get(s.as_str()).copied().unwrap_or(0);
        let metric_total: usize = t.metrics.values().sum();
        let mut out = format!("  processed   {} reports this run, with\n", t.reports);
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
        out
    }

    fn render_time(&self) -> String {
        let mut out = String::new();
        // Stage speeds over the bytes the stages actually saw (an incremental run processes few).
        let processed_mb = self.tally.bytes as f64 / 1e6;
        // One decimal for small runs (a few samples: the stage clocks then hold mostly start-up).
        let per_core = |secs: f64| match processed_mb / secs {
            _ if secs <= 0.0 => "—".into(),
            speed if speed < 10.0 => format!("{speed:.1} MB/s per core"),
            speed => format!("{speed:.0} MB/s per core"),
        };
        let stages: Vec<String> =
            self.stage_cpu.iter().map(|(name, secs)| format!("{name} {secs:.2} s ({})", per_core(*secs))).collect();
        out += &format!(
            "  time        fetch {:.2} s wall; {} (CPU, all workers); write {:.2} s wall; {:.0} docs/s overall\n",
            self.fetch_seconds,
            stages.join(", "),
            self.publish_seconds,
            self.documents as f64 / self.seconds.max(1e-9)
        );
        if self.ocr.0 > 0 {
            let (pages, secs) = self.ocr;
            out += &format!(
                "  ocr         {pages} pages of scans read by Tesseract in {secs:.1} s ({:.1} s a page)\n",
                secs / pages as f64
            );
        }
        if let Some(rss) = self.peak_rss {
            out += &format!("  memory      peak RSS {:.0} MB\n", rss as f64 / 1e6);
        }
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
