//! `nianbao eval`: run decode → parse → normalize over a synthetic corpus and compare with its
//! truth. Facts are compared as (metric, applicant) → value: a fact is a true positive when the
//! pipeline gives the printed value, a false negative when it gives none or another value, a
//! false positive when it gives a value the document did not print (or a wrong one).

use crate::process::trace;
use anyhow::{Context, Result};
use nianbao_model::FactSource;
use nianbao_synth::Truth;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Counts {
    pub docs: usize,
    pub tp: usize,
    pub fp: usize,
    /// Of `fp`, the values no failed check flags (an `uncertain_text` naming the metric, read from
    /// text a lossy repair recovered, or an `outside_template`, a figure under a column its
    /// report's tables do not have): a wrong number a user would take at its word.
    pub fp_unflagged: usize,
    pub fn_: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.docs += o.docs;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fp_unflagged += o.fp_unflagged;
        self.fn_ += o.fn_;
    }
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

#[derive(Debug, Serialize)]
struct DocResult {
    file: String,
    counts: Counts,
    rejected: Option<String>,
    template_ok: bool,
    year_ok: bool,
    /// "correct", "wrong", "abstained"
    region: &'static str,
    region_unique: bool,
    region_renamed: bool,
    /// "correct", "wrong", "unknown"
    agency_level: &'static str,
    broken_flagged: Option<bool>,
    /// The rules of the sums that failed in a document printed consistent (no total broken on
    /// purpose), one entry per failed check.
    false_alarms: Vec<String>,
    misses: Vec<String>,
    /// What the identities across years read: the report's agency key and figures.
    #[serde(skip)]
    agency_key: Option<String>,
    #[serde(skip)]
    balances: nianbao_warehouse::across_years::Balances,
}

/// What an agency's years are judged on, per document: its truth and what was read.
struct YearOfAgency {
    file: String,
    year: i32,
    truth_agency: String,
    series: Option<u64>,
    /// Does the agency's name place it (`region_unique`)? Only then can a key follow it.
    placeable: bool,
    broken_carry_over: bool,
    agency_key: Option<String>,
    balances: nianbao_warehouse::across_years::Balances,
}

/// One agency across years ([`YearOfAgency`] over the corpus).
#[derive(Debug, Default, Serialize)]
pub struct AcrossYears {
    /// Series (one agency's consecutive years) of agencies whose name places them, whose
    /// reports all got one resolved key, of all such series.
    pub series_together: (usize, usize),
    /// Series of agencies that share their name with others: (kept together, of all). Their
    /// region abstains, so a year resolved by a postcode or the text splits them.
    pub shared_series_together: (usize, usize),
    /// Resolved keys that hold reports of more than one agency.
    pub keys_merging_agencies: usize,
    /// `unknown/…` keys (region not resolved) that hold reports of more than one agency: such keys
    /// are a name alone, which places share.
    pub unresolved_keys_merging: usize,
    /// Carry-overs broken on purpose caught by a failed `carry_over` check, of all (in series
    /// whose agency's name places it: a key can follow only those).
    pub broken_caught: (usize, usize),
    /// Failed checks across years (`carry_over`, `in_force`) between two consistent reports of
    /// one series (false alarms).
    pub false_alarms: usize,
    /// Checks across years between reports of one agency not drawn as a series (independent
    /// figures: their failures are no alarm): (evaluated, failed).
    pub unplanned: (usize, usize),
}

/// Corruptions that destroy characters for good, which no reader can give back: 古文码 (UTF-8
/// read as GBK) loses bytes to U+FFFD, and a mirror's pinyin annotations, inserted byte-wise
/// into GBK, cut characters in two (`?`), as on the 沈荡 page.
const LOSSY: [&str; 2] = ["utf8_as_gbk", "pinyin_spam"];

#[derive(Debug, Serialize)]
pub struct Report {
    pub overall: Counts,
    pub by_template: BTreeMap<String, Counts>,
    pub by_layout: BTreeMap<String, Counts>,
    /// By layout, over documents whose characters all survived ([`LOSSY`]).
    pub by_layout_intact: BTreeMap<String, Counts>,
    pub by_corruption: BTreeMap<String, Counts>,
    pub rejected: usize,
    pub template_accuracy: f64,
    pub year_accuracy: f64,
    /// Over agencies unique in their year: (correct, wrong, abstained).
    pub region_unique: (usize, usize, usize),
    /// Over agencies that are not: (correct, wrong, abstained).
    pub region_ambiguous: (usize, usize, usize),
    /// Over townships printed by the name of another edition (before a rename, or the new name of
    /// the year after the report's): (correct, wrong, abstained).
    pub region_renamed: (usize, usize, usize),
    /// The agency's level: (correct, wrong, unknown).
    pub agency_level: (usize, usize, usize),
    pub broken_flagged: (usize, usize),
    /// Failed sums in documents printed consistent ([`SUMS`]), by rule.
    pub false_alarms: BTreeMap<String, usize>,
    pub across_years: AcrossYears,
    pub worst: Vec<(String, usize, Vec<String>)>,
}

/// Does the division `outer` contain `inner`? NBS codes nest by prefix: 330000000000 (浙江省)
/// contains 330411105000; the zeros that close a code are its unused lower levels.
fn contains(outer: &str, inner: &str) -> bool {
    let prefix = outer.trim_end_matches('0');
    outer != inner && inner.starts_with(prefix)
}

fn evaluate(dir: &Path, truth: &Truth) -> DocResult {
    let bytes = std::fs::read(dir.join("docs").join(&truth.file)).unwrap_or_default();
    let want: BTreeMap<(String, String), f64> = truth
        .facts
        .iter()
        .map(|f| ((f.metric.clone(), f.applicant.clone().or(f.label.clone()).unwrap_or_default()), f.value))
        .collect();
    let mut result = DocResult {
        file: truth.file.clone(),
        counts: Counts { docs: 1, ..Counts::default() },
        rejected: None,
        template_ok: false,
        year_ok: false,
        region: "abstained",
        region_unique: truth.region_unique,
        region_renamed: truth.region_renamed,
        agency_level: "unknown",
        broken_flagged: None,
        false_alarms: Vec::new(),
        misses: Vec::new(),
        agency_key: None,
        balances: Default::default(),
    };
    let traced = match trace(&bytes) {
        Ok(t) => t,
        Err((stage, reason)) => {
            result.rejected = Some(format!("{stage}: {reason}"));
            result.counts.fn_ = want.len();
            return result;
        }
    };
    // One value per (metric, applicant): a table or derived figure before a narrative one.
    // (A sentence may restate a table's figure, or state another and be flagged for it; two
    // figures of one source for one key are a reading that contradicts itself: wrong.)
    let mut got: BTreeMap<(String, String), (f64, FactSource)> = BTreeMap::new();
    let mut contradicted: BTreeSet<(String, String)> = BTreeSet::new();
    let mut ordered: Vec<&nianbao_model::Metric> = traced.normalized.metrics.iter().collect();
    ordered.sort_by_key(|m| m.source == FactSource::Narrative);
    for m in ordered {
        // Parts (proactive.part) have no code of their own: their category is the key.
        let second = if m.metric == "proactive.part" {
            m.label.clone()
        } else {
            m.applicant.map_or(String::new(), |a| a.as_str().to_string())
        };
        let key = (m.metric.to_string(), second);
        match got.get(&key) {
            Some((first, source)) if *source == m.source && (first - m.value).abs() >= 1e-6 => {
                contradicted.insert(key);
            }
            Some(_) => {}
            None => {
                got.insert(key, (m.value, m.source));
            }
        }
    }
    let got: BTreeMap<(String, String), f64> = got.into_iter().map(|(k, (v, _))| (k, v)).collect();
    // Wrong values first, then values the report does not print, the document's own keys and
    // false alarms (below), and what was missed last: the worst-files list keeps a few of each
    // file's, and a wrong number matters most.
    let flagged = |metric: &str| {
        traced.normalized.checks.iter().any(|c| {
            !c.passed
                && (c.rule == "uncertain_text" || c.rule == "outside_template")
                && c.detail.strip_prefix(metric).is_some_and(|r| r.starts_with(' '))
        })
    };
    let mut missing = Vec::new();
    for (key, value) in &want {
        match got.get(key) {
            Some(v) if contradicted.contains(key) => {
                result.counts.fn_ += 1;
                result.counts.fp += 1;
                result.counts.fp_unflagged += usize::from(!flagged(&key.0));
                result.misses.push(format!("{}[{}] = {v} and another figure, printed {value}", key.0, key.1));
            }
            Some(v) if (v - value).abs() < 1e-6 => result.counts.tp += 1,
            Some(v) => {
                result.counts.fn_ += 1;
                result.counts.fp += 1;
                result.counts.fp_unflagged += usize::from(!flagged(&key.0));
                result.misses.push(format!("{}[{}] = {v}, printed {value}", key.0, key.1));
            }
            None => {
                result.counts.fn_ += 1;
                missing.push(format!("{}[{}] missing (printed {value})", key.0, key.1));
            }
        }
    }
    for (key, v) in &got {
        if !want.contains_key(key) {
            result.counts.fp += 1;
            result.counts.fp_unflagged += usize::from(!flagged(&key.0));
            result.misses.push(format!("{}[{}] = {v} not printed", key.0, key.1));
        }
    }
    let missed_values = missing;
    result.template_ok = traced.normalized.template == truth.template;
    if !result.template_ok {
        result.misses.insert(0, format!("template {}, printed {}", traced.normalized.template, truth.template));
    }
    result.year_ok = traced.parsed.year == Some(truth.year);
    if !result.year_ok {
        result.misses.insert(
            0,
            format!("year {:?} (from {}), printed {}", traced.parsed.year, traced.parsed.year_from, truth.year),
        );
    }
    result.region = match &traced.normalized.region.region_code {
        Some(code) if *code == truth.region_code => "correct",
        // A division containing the agency's (its province, found in the text of a page that
        // names no agency) is right as far as it goes: it did not name the division.
        Some(code) if contains(code, &truth.region_code) => "abstained",
        Some(_) => "wrong",
        None => "abstained",
    };
    result.agency_level = match traced.normalized.agency_level {
        "unknown" => "unknown",
        level if level == truth.agency_level => "correct",
        level => {
            result.misses.insert(0, format!("agency level {level} for {}, truth {}", truth.agency, truth.agency_level));
            "wrong"
        }
    };
    if result.region != "correct" {
        result.misses.insert(
            0,
            format!(
                "region {:?} for {} ({}), truth {}: {}",
                traced.normalized.region.region_code,
                truth.agency,
                if truth.region_unique { "unique" } else { "shared" },
                truth.region_code,
                traced.normalized.resolution.reason
            ),
        );
    }
    result.agency_key = traced.normalized.agency_key.clone();
    result.balances = nianbao_warehouse::across_years::balances(&traced.normalized.metrics);
    // In a document whose figures all add up as printed, a failed sum is the reading's fault:
    // a figure misread, a part taken for another statement's, a row left unread.
    if truth.broken.is_none() {
        for c in traced.normalized.checks.iter().filter(|c| !c.passed && SUMS.contains(&c.rule.as_ref())) {
            result.false_alarms.push(c.rule.to_string());
            result.misses.push(format!("false alarm {}: {}", c.rule, c.detail));
        }
    }
    result.misses.extend(missed_values);
    // A carry-over broken on purpose fails a check across years, judged over the corpus.
    if let Some(rule) = truth.broken.as_ref().filter(|rule| *rule != "carry_over") {
        // Run-together rows that do not add up cannot be split at all: that flags them too.
        result.broken_flagged = Some(
            traced.normalized.checks.iter().any(|c| (&c.rule == rule || c.rule == "unsplittable_row") && !c.passed),
        );
    }
    result
}

/// The checks that a total equals its parts (or, for a 其中 list in prose, is not below them):
/// in a generated document they fail only where a total was broken on purpose.
const SUMS: [&str; 9] = [
    "prose_sum",
    "apply_balance",
    "result_total",
    "applicant_row_total",
    "outcome_total",
    "received_by_channel",
    "closed_total",
    "denied_reasons",
    "staff_total",
];

/// Documents evaluated together: the truth manifest is read in chunks of this many lines, so
/// memory holds one chunk's documents and the worst files so far, not the corpus.
const EVAL_CHUNK: usize = 1024;

pub fn eval(dir: &Path, worst: usize) -> Result<Report> {
    let path = dir.join("truth.jsonl");
    let file = std::fs::File::open(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(file));
    let mut report = Report {
        overall: Counts::default(),
        by_template: BTreeMap::new(),
        by_layout: BTreeMap::new(),
        by_layout_intact: BTreeMap::new(),
        by_corruption: BTreeMap::new(),
        rejected: 0,
        template_accuracy: 0.0,
        year_accuracy: 0.0,
        region_unique: (0, 0, 0),
        region_ambiguous: (0, 0, 0),
        region_renamed: (0, 0, 0),
        agency_level: (0, 0, 0),
        broken_flagged: (0, 0),
        false_alarms: BTreeMap::new(),
        across_years: AcrossYears::default(),
        worst: Vec::new(),
    };
    let mut years_of_agencies: Vec<YearOfAgency> = Vec::new();
    let (mut template_ok, mut year_ok, mut documents, mut line_no) = (0, 0, 0usize, 0usize);
    loop {
        let chunk: Vec<String> = lines
            .by_ref()
            .take(EVAL_CHUNK)
            .collect::<Result<_, _>>()
            .with_context(|| format!("reading {}", path.display()))?;
        if chunk.is_empty() {
            break;
        }
        let mut truths = Vec::with_capacity(chunk.len());
        for line in &chunk {
            line_no += 1;
            truths.push(
                serde_json::from_str::<Truth>(line).with_context(|| format!("{} line {line_no}", path.display()))?,
            );
        }
        let results: Vec<DocResult> = truths.par_iter().map(|t| evaluate(dir, t)).collect();
        for (r, t) in results.into_iter().zip(&truths) {
            documents += 1;
            report.overall.add(&r.counts);
            report.by_template.entry(t.template.clone()).or_default().add(&r.counts);
            report.by_layout.entry(t.layout.clone()).or_default().add(&r.counts);
            if !LOSSY.contains(&t.corruption.as_str()) {
                report.by_layout_intact.entry(t.layout.clone()).or_default().add(&r.counts);
            }
            report.by_corruption.entry(t.corruption.clone()).or_default().add(&r.counts);
            report.rejected += r.rejected.is_some() as usize;
            template_ok += r.template_ok as usize;
            year_ok += r.year_ok as usize;
            let bucket = if r.region_renamed {
                &mut report.region_renamed
            } else if r.region_unique {
                &mut report.region_unique
            } else {
                &mut report.region_ambiguous
            };
            match r.region {
                "correct" => bucket.0 += 1,
                "wrong" => bucket.1 += 1,
                _ => bucket.2 += 1,
            }
            match r.agency_level {
                "correct" => report.agency_level.0 += 1,
                "wrong" => report.agency_level.1 += 1,
                _ => report.agency_level.2 += 1,
            }
            if let Some(flagged) = r.broken_flagged {
                report.broken_flagged.1 += 1;
                report.broken_flagged.0 += flagged as usize;
            }
            for rule in &r.false_alarms {
                *report.false_alarms.entry(rule.clone()).or_default() += 1;
            }
            years_of_agencies.push(YearOfAgency {
                file: r.file.clone(),
                year: t.year,
                truth_agency: t.agency_id.clone(),
                series: t.series,
                placeable: t.region_unique,
                broken_carry_over: t.broken.as_deref() == Some("carry_over"),
                agency_key: r.agency_key.clone(),
                balances: r.balances.clone(),
            });
            if !r.misses.is_empty() || r.rejected.is_some() {
                let mut why: Vec<String> = r.rejected.iter().cloned().collect();
                why.extend(r.misses.into_iter().take(4));
                report.worst.push((r.file, r.counts.fp + r.counts.fn_, why));
            }
        }
        // Most errors first, then by name: a total order, so keeping the first `worst` after
        // every chunk gives the same list as ranking all documents at the end.
        report.worst.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        report.worst.truncate(worst);
    }
    report.across_years = judge_across_years(&years_of_agencies);
    let (caught, broken) = report.across_years.broken_caught;
    report.broken_flagged = (report.broken_flagged.0 + caught, report.broken_flagged.1 + broken);
    let n = documents.max(1) as f64;
    report.template_accuracy = template_ok as f64 / n;
    report.year_accuracy = year_ok as f64 / n;
    Ok(report)
}

/// Agency keys and the identities across years over the corpus: does each series keep one key,
/// does a key ever hold two agencies, is every broken carry-over caught and no consistent one?
fn judge_across_years(docs: &[YearOfAgency]) -> AcrossYears {
    use std::collections::BTreeSet;
    let mut judged = AcrossYears::default();
    let mut series: BTreeMap<u64, (bool, BTreeSet<Option<&str>>)> = BTreeMap::new();
    let mut agencies_of_key: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for d in docs {
        if let Some(s) = d.series {
            let (placeable, keys) = series.entry(s).or_insert((true, BTreeSet::new()));
            *placeable &= d.placeable;
            keys.insert(d.agency_key.as_deref());
        }
        if let Some(key) = &d.agency_key {
            agencies_of_key.entry(key).or_default().insert(&d.truth_agency);
        }
    }
    let together = |keys: &BTreeSet<Option<&str>>| {
        keys.len() == 1 && keys.iter().all(|k| k.is_some_and(|k| !k.starts_with("unknown/")))
    };
    let count = |placeable: bool| {
        let of: Vec<_> = series.values().filter(|(p, _)| *p == placeable).collect();
        (of.iter().filter(|(_, keys)| together(keys)).count(), of.len())
    };
    judged.series_together = count(true);
    judged.shared_series_together = count(false);
    let placeable: BTreeSet<u64> = series.iter().filter(|(_, (p, _))| *p).map(|(s, _)| *s).collect();
    for (key, agencies) in &agencies_of_key {
        if agencies.len() > 1 {
            if key.starts_with("unknown/") {
                judged.unresolved_keys_merging += 1;
            } else {
                judged.keys_merging_agencies += 1;
            }
        }
    }
    let by_file: HashMap<&str, &YearOfAgency> = docs.iter().map(|d| (d.file.as_str(), d)).collect();
    let reports = docs.iter().filter_map(|d| {
        Some(nianbao_warehouse::across_years::YearReport {
            report_id: d.file.clone(),
            agency_key: d.agency_key.as_deref()?,
            year: d.year,
            partition: (String::new(), d.year),
            balances: &d.balances,
            missing: false,
        })
    });
    let mut caught: BTreeSet<&str> = BTreeSet::new();
    for (_, across) in nianbao_warehouse::across_years::across_years(reports) {
        let (later, earlier) = (by_file[across.later.as_str()], by_file[across.earlier.as_str()]);
        if later.series.is_none() || later.series != earlier.series {
            judged.unplanned.0 += 1;
            judged.unplanned.1 += !across.check.passed as usize;
        } else if !across.check.passed {
            if later.broken_carry_over && across.check.rule == "carry_over" {
                if later.series.is_some_and(|s| placeable.contains(&s)) {
                    caught.insert(&later.file);
                }
            } else {
                judged.false_alarms += 1;
            }
        }
    }
    let broken =
        docs.iter().filter(|d| d.broken_carry_over && d.series.is_some_and(|s| placeable.contains(&s))).count();
    judged.broken_caught = (caught.len(), broken);
    judged
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "  {name:<22} {:>6} docs  precision {:>7.3}%  recall {:>7.3}%  (tp {}, fp {}, fn {})\n",
        c.docs,
        100.0 * c.precision(),
        100.0 * c.recall(),
        c.tp,
        c.fp,
        c.fn_
    )
}

impl Report {
    pub fn render(&self) -> String {
        let mut out = String::from("facts (metric, applicant → value)\n");
        out += &row("all", &self.overall);
        for (title, map) in
            [("by template", &self.by_template), ("by layout", &self.by_layout), ("by corruption", &self.by_corruption)]
        {
            out += &format!("{title}\n");
            for (k, c) in map {
                out += &row(k, c);
            }
        }
        let (uc, uw, ua) = self.region_unique;
        let (ac, aw, aa) = self.region_ambiguous;
        let (rc, rw, ra) = self.region_renamed;
        let (lc, lw, lu) = self.agency_level;
        out += &format!(
            "documents\n  rejected {}\n  template {:.2}%  year {:.2}%\n  region, agency unique in its year: {uc} correct, {uw} wrong, {ua} abstained ({:.2}% correct)\n  region, shared names: {ac} correct, {aw} wrong, {aa} abstained\n  region, townships printed by their name of another year (renamed): {rc} correct, {rw} wrong, {ra} abstained\n  agency level: {lc} correct, {lw} wrong, {lu} unknown\n  totals printed wrong on purpose: {} of {} flagged by a failed check\n",
            self.rejected,
            100.0 * self.template_accuracy,
            100.0 * self.year_accuracy,
            100.0 * uc as f64 / (uc + uw + ua).max(1) as f64,
            self.broken_flagged.0,
            self.broken_flagged.1
        );
        let alarms: Vec<String> = self.false_alarms.iter().map(|(rule, n)| format!("{rule} {n}")).collect();
        out += &format!(
            "  sums failed where every total was printed right (false alarms): {}\n",
            if alarms.is_empty() { "none".to_string() } else { alarms.join(", ") }
        );
        let a = &self.across_years;
        out += &format!(
            "agencies across years\n  series with one agency key: {} of {} (agency named by a unique name), {} of {} (shared names)\n  agency keys holding two agencies: {} resolved, {} unresolved (unknown/…)\n  carry-overs broken on purpose caught: {} of {}; false alarms (carry_over, in_force) in consistent series: {}\n  checks across years between an agency's reports not drawn as a series: {} evaluated, {} failed\n",
            a.series_together.0,
            a.series_together.1,
            a.shared_series_together.0,
            a.shared_series_together.1,
            a.keys_merging_agencies,
            a.unresolved_keys_merging,
            a.broken_caught.0,
            a.broken_caught.1,
            a.false_alarms,
            a.unplanned.0,
            a.unplanned.1
        );
        if !self.worst.is_empty() {
            out += "worst files\n";
            for (file, errors, why) in &self.worst {
                out += &format!("  {file} ({errors} errors)\n");
                for w in why {
                    out += &format!("      {w}\n");
                }
            }
        }
        out
    }
}
