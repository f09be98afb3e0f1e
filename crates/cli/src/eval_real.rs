//! `nianbao eval --truth FILE… DIR`: score the pipeline on real reports read by hand.
//!
//! The synthetic scorer (`eval.rs`) knows every fact a generated file prints. Real pages come
//! with hand-read truth instead: `file,key,applicant,value` rows where a key is `@year`,
//! `@province` (the Chinese short name), `@agency_level`, `@template` (only where a table is
//! visible) or a metric code. A truth file lists what a reader can be sure of, not everything a
//! page says, so a figure the pipeline reads under a key the truth does not list is counted as
//! `unjudged`, never as wrong: it may be a fact the reader left out.
//!
//! A key is *right* when every value the pipeline stored under it equals the truth (a table
//! figure and a sentence that agree are both right), *wrong* when any stored value differs (an
//! analyst querying that metric would meet it), *missing* when nothing was stored.

use crate::process::trace;
use crate::reflow::{reflow, Reflow};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One row of a truth file.
#[derive(Debug, Clone, serde::Deserialize)]
struct TruthRow {
    file: String,
    key: String,
    applicant: String,
    value: String,
}

/// Right, wrong and missing keys of one kind.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub wrong: usize,
    pub missing: usize,
}

impl Score {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Right => self.right += 1,
            Outcome::Wrong => self.wrong += 1,
            Outcome::Missing => self.missing += 1,
        }
    }
    /// Right among the keys the pipeline gave a value for.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong)
    }
    /// Right among all keys of the truth.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.right + self.wrong + self.missing)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Right,
    Wrong,
    Missing,
}

/// A key the pipeline did not get right, for the listing.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub file: String,
    pub key: String,
    pub applicant: String,
    pub truth: String,
    /// What the pipeline stored (empty when missing), each value with its line in the file.
    pub got: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct RealReport {
    pub corpus: String,
    /// The layout the pages were scored in (`as-found`, or one a crawl may give: [`Reflow`]).
    pub reflow: Reflow,
    pub files: usize,
    pub rejected: Vec<String>,
    /// `year`, `province`, `agency_level`, `template`, `metrics`.
    pub scores: BTreeMap<&'static str, Score>,
    /// Metric values stored under keys the truth does not list: `file key[applicant] = value (line N)`.
    pub unjudged: Vec<String>,
    pub wrong: Vec<Miss>,
    pub missing: Vec<Miss>,
}

/// The truth rows of several files, grouped by report file (in file-name order).
fn read_truth(paths: &[PathBuf]) -> Result<BTreeMap<String, Vec<TruthRow>>> {
    let mut by_file: BTreeMap<String, Vec<TruthRow>> = BTreeMap::new();
    for path in paths {
        let mut reader = csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
        for (i, row) in reader.deserialize::<TruthRow>().enumerate() {
            // Line 1 is the header.
            let row = row.with_context(|| format!("{} line {}", path.display(), i + 2))?;
            by_file.entry(row.file.clone()).or_default().push(row);
        }
    }
    Ok(by_file)
}

/// What the pipeline made of one file, in the truth's terms.
struct Reading {
    year: Option<String>,
    province: Option<String>,
    agency_level: String,
    template: String,
    /// (metric, applicant) → every value stored, with its line.
    metrics: BTreeMap<(String, String), Vec<(f64, u32)>>,
}

fn read_file(path: &Path, form: Reflow) -> Result<Reading, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let traced = trace(&reflow(&bytes, form)).map_err(|(stage, reason)| format!("{stage}: {reason}"))?;
    let mut metrics: BTreeMap<(String, String), Vec<(f64, u32)>> = BTreeMap::new();
    for m in &traced.normalized.metrics {
        let applicant = m.applicant.map_or(String::new(), |a| a.as_str().to_string());
        metrics.entry((m.metric.to_string(), applicant)).or_default().push((m.value, m.line));
    }
    // The truth names provinces by their short name (河北, 内蒙古): the stored full name minus
    // its 省/市/自治区 suffix.
    let province = traced.normalized.region.province_name.as_deref().map(short_province);
    Ok(Reading {
        year: traced.parsed.year.map(|y| y.to_string()),
        province,
        agency_level: traced.normalized.agency_level.to_string(),
        template: traced.normalized.template.to_string(),
        metrics,
    })
}

fn short_province(full: &str) -> String {
    ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"]
        .iter()
        .find_map(|suffix| full.strip_suffix(suffix))
        .unwrap_or(full)
        .to_string()
}

fn same_number(got: f64, truth: &str) -> bool {
    truth.parse::<f64>().is_ok_and(|t| (got - t).abs() < 1e-6)
}

/// Score one file's truth rows against what the pipeline read.
fn score_file(file: &str, rows: &[TruthRow], reading: &Reading, report: &mut RealReport) {
    for row in rows {
        let (outcome, got) = match row.key.as_str() {
            "@year" => (compare_label(reading.year.as_deref(), &row.value), reading.year.clone()),
            "@province" => (compare_label(reading.province.as_deref(), &row.value), reading.province.clone()),
            "@agency_level" => {
                let level = Some(reading.agency_level.as_str()).filter(|l| *l != "unknown");
                (compare_label(level, &row.value), level.map(str::to_string))
            }
            "@template" => (compare_label(Some(&reading.template), &row.value), Some(reading.template.clone())),
            metric => {
                let stored = reading.metrics.get(&(metric.to_string(), row.applicant.clone()));
                let outcome = match stored {
                    None => Outcome::Missing,
                    Some(values) if values.iter().all(|(v, _)| same_number(*v, &row.value)) => Outcome::Right,
                    Some(_) => Outcome::Wrong,
                };
                let got = stored.map(|values| {
                    values.iter().map(|(v, line)| format!("{v} (line {line})")).collect::<Vec<_>>().join(", ")
                });
                (outcome, got)
            }
        };
        report.record(file, row, outcome, got.into_iter().collect());
    }
    let judged: std::collections::BTreeSet<(&str, &str)> =
        rows.iter().map(|r| (r.key.as_str(), r.applicant.as_str())).collect();
    for ((metric, applicant), values) in &reading.metrics {
        if metric == "proactive.part" || judged.contains(&(metric.as_str(), applicant.as_str())) {
            continue;
        }
        for (value, line) in values {
            report.unjudged.push(format!("{file} {metric}[{applicant}] = {value} (line {line})"));
        }
    }
}

/// An absent reading is missing (the pipeline abstained); a different one is wrong.
fn compare_label(got: Option<&str>, truth: &str) -> Outcome {
    match got {
        None => Outcome::Missing,
        Some(g) if g == truth => Outcome::Right,
        Some(_) => Outcome::Wrong,
    }
}

/// Score the reports of `dir` (and its `reports/` or `files/` folder, where the corpora keep
/// them) against the truth files.
pub fn eval_real(truth: &[PathBuf], dir: &Path, form: Reflow) -> Result<RealReport> {
    let by_file = read_truth(truth)?;
    if by_file.is_empty() {
        bail!("the truth files list no report");
    }
    let docs =
        ["reports", "files"].iter().map(|sub| dir.join(sub)).find(|d| d.is_dir()).unwrap_or_else(|| dir.to_path_buf());
    let readings: Vec<(&String, Result<Reading, String>)> =
        by_file.keys().collect::<Vec<_>>().into_par_iter().map(|f| (f, read_file(&docs.join(f), form))).collect();
    let mut report =
        RealReport { corpus: dir.display().to_string(), reflow: form, files: by_file.len(), ..RealReport::default() };
    for (file, reading) in readings {
        let rows = &by_file[file];
        match reading {
            Ok(reading) => score_file(file, rows, &reading, &mut report),
            Err(reason) => {
                report.rejected.push(format!("{file}: {reason}"));
                for row in rows {
                    report.record(file, row, Outcome::Missing, Vec::new());
                }
            }
        }
    }
    Ok(report)
}

/// The key kinds, in the order they are printed: `@year` is of kind `year`, a metric code of
/// kind `metrics`.
const KINDS: [&str; 5] = ["year", "province", "agency_level", "template", "metrics"];

fn kind_of(key: &str) -> &'static str {
    key.strip_prefix('@').and_then(|k| KINDS.iter().find(|kind| **kind == k)).copied().unwrap_or("metrics")
}

impl RealReport {
    /// Count one truth row's outcome under its kind, and list it if it was not right (`got`:
    /// what the pipeline stored).
    fn record(&mut self, file: &str, row: &TruthRow, outcome: Outcome, got: Vec<String>) {
        self.scores.entry(kind_of(&row.key)).or_default().add(outcome);
        let miss = || Miss {
            file: file.to_string(),
            key: row.key.clone(),
            applicant: row.applicant.clone(),
            truth: row.value.clone(),
            got,
        };
        match outcome {
            Outcome::Right => {}
            Outcome::Wrong => self.wrong.push(miss()),
            Outcome::Missing => self.missing.push(miss()),
        }
    }

    pub fn render(&self, list_missing: bool) -> String {
        let laid_out = match self.reflow {
            Reflow::AsFound => String::new(),
            form => format!(", laid out {}", form.name()),
        };
        let mut out = format!("{}{laid_out}: {} files, {} rejected\n", self.corpus, self.files, self.rejected.len());
        out += &format!(
            "  {:<13} {:>6} {:>6} {:>8} {:>10} {:>8}\n",
            "key", "right", "wrong", "missing", "precision", "recall"
        );
        for kind in KINDS {
            let s = self.scores.get(kind).copied().unwrap_or_default();
            out += &format!(
                "  {kind:<13} {:>6} {:>6} {:>8} {:>9.1}% {:>7.1}%\n",
                s.right,
                s.wrong,
                s.missing,
                100.0 * s.precision(),
                100.0 * s.recall()
            );
        }
        out += &format!("  metric values under keys the truth does not list (unjudged): {}\n", self.unjudged.len());
        for r in &self.rejected {
            out += &format!("  rejected {r}\n");
        }
        let line = |m: &Miss| {
            let applicant = if m.applicant.is_empty() { String::new() } else { format!("[{}]", m.applicant) };
            let got = if m.got.is_empty() { String::new() } else { format!(", read {}", m.got.join("; ")) };
            format!("    {} {}{applicant} = {}{got}\n", m.file, m.key, m.truth)
        };
        if !self.wrong.is_empty() {
            out += &format!("  wrong ({})\n", self.wrong.len());
            out.extend(self.wrong.iter().map(line));
        }
        if list_missing && !self.missing.is_empty() {
            out += &format!("  missing ({})\n", self.missing.len());
            out.extend(self.missing.iter().map(line));
        }
        out
    }
}
