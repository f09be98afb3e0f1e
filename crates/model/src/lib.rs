//! The shared vocabulary of nianbao: what flows between the stages.
//!
//! Every stage is a function from one of these types to the next, so the contracts are visible
//! here in one place, as in Vector's sources → transforms → sinks:
//!
//! ```text
//! fetch:     path/URL            → Landed      (sha256, bytes, sources)
//! decode:    &[u8]               → Decoded     (clean simplified text + what was repaired)
//! parse:     &Decoded            → Parsed      (title, year, sections, tables, narrative facts)
//! normalize: &Parsed             → Normalized  (canonical metrics, checks, region, template)
//! warehouse: Vec<ReportRecord>   → Parquet snapshot
//! ```
//!
//! A stage that cannot go on returns a [`Reject`]; the runner guarantees that every input ends up
//! either as a [`ReportRecord`] or as a `Reject` (inputs seen = reports + rejects).
//!
//! This crate does no I/O and has no heavy dependencies, so every stage can depend on it.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

pub mod compact;
pub mod names;
pub mod region;
pub mod text;
pub use region::Region;

/// Version of the processing logic. Bumping it means every document must be processed again
/// (the incremental runner compares it with the version recorded in the previous snapshot).
pub const PIPELINE_VERSION: &str = "0.2.0";

/// Version of the warehouse schema; changes only by adding nullable columns at the end.
pub const SCHEMA_VERSION: u32 = 4;

/// The pipeline stage an input was rejected in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Fetch,
    /// Format detection and conversion (DOCX, PDF) before decoding.
    Extract,
    Decode,
    Parse,
    Normalize,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Fetch => "fetch",
            Stage::Extract => "extract",
            Stage::Decode => "decode",
            Stage::Parse => "parse",
            Stage::Normalize => "normalize",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An input that could not be turned into a report. One row of the `rejects` table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    /// Path or URL as given.
    pub source: String,
    /// Hex sha256 of the bytes, when they could be read.
    pub sha256: Option<String>,
    pub stage: Stage,
    /// A human-readable reason, specific enough to act on ("empty file (0 bytes)").
    pub reason: String,
}

/// Raw bytes as landed by fetch. `sources` holds every name the same bytes were seen under,
/// sorted, so that a document seen twice is processed once.
#[derive(Debug, Clone)]
pub struct Landed {
    pub sha256: String,
    pub bytes: Vec<u8>,
    pub sources: Vec<String>,
    /// The page whose link led to the primary source (a crawled report page's listing page,
    /// an attachment's report page); `None` for files and listed URLs.
    pub referrer: Option<String>,
}

impl Landed {
    /// The stable report id: the first 16 hex digits of the content hash. Same bytes, same id,
    /// whatever the file is called or where it was found.
    pub fn report_id(&self) -> String {
        report_id_from_sha256(&self.sha256)
    }

    /// The source recorded on the report row: the first name in sorted order (the fetch
    /// manifest keeps them all).
    pub fn primary_source(&self) -> &str {
        self.sources.first().map(String::as_str).unwrap_or("")
    }
}

pub fn report_id_from_sha256(sha256: &str) -> String {
    sha256.chars().take(16).collect()
}

/// One thing the decoder changed (or refused to change) in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// Stable, machine-readable kind: `utf8_as_gbk`, `pinyin_spam`, `t2s`, `fullwidth`, …
    pub kind: String,
    /// How many characters (or lines, for line-level repairs) it affected.
    pub count: usize,
    /// Human-readable detail for `nianbao inspect`.
    pub detail: String,
}

/// The decode stage's output: clean simplified-Chinese UTF-8 text and the decision path.
#[derive(Debug, Clone, Serialize)]
pub struct Decoded {
    pub text: String,
    /// The encoding the bytes were read as (`UTF-8`, `GBK`, `UTF-16LE`, …).
    pub encoding: String,
    /// How the encoding was decided: `bom`, `utf16-nul-pattern`, `utf8-valid`, `utf8-truncated`,
    /// `chardetng`, `plausibility` (a first guess that read badly was replaced).
    pub detected_by: String,
    /// The evidence behind the decision (share of common Han characters, undecodable count,
    /// the candidates compared), for `nianbao inspect`.
    pub plausibility: String,
    pub repairs: Vec<Repair>,
    /// The document came from an SEO spam mirror (pinyin-annotated traditional text).
    pub spam_mirror: bool,
    /// 1-based line numbers (in `text`) whose repair is not certain.
    pub uncertain_lines: Vec<u32>,
}

/// Where a number came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactSource {
    Table,
    Narrative,
    Derived,
}

impl FactSource {
    pub fn as_str(self) -> &'static str {
        match self {
            FactSource::Table => "table",
            FactSource::Narrative => "narrative",
            FactSource::Derived => "derived",
        }
    }
}

/// The applicant dimension of `apply.*` metrics (table 三 of the 2019/2021 templates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    NaturalPerson,
    Commercial,
    Research,
    SocialWelfare,
    LegalService,
    OtherOrg,
    Total,
}

impl Applicant {
    /// Column order of table 三: 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计.
    pub const COLUMNS: [Applicant; 7] = [
        Applicant::NaturalPerson,
        Applicant::Commercial,
        Applicant::Research,
        Applicant::SocialWelfare,
        Applicant::LegalService,
        Applicant::OtherOrg,
        Applicant::Total,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Applicant::NaturalPerson => "natural_person",
            Applicant::Commercial => "commercial",
            Applicant::Research => "research",
            Applicant::SocialWelfare => "social_welfare",
            Applicant::LegalService => "legal_service",
            Applicant::OtherOrg => "other_org",
            Applicant::Total => "total",
        }
    }
}

/// One number of one report: a row of the `metrics` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// Canonical code from docs/metrics.md (`apply.received`). Borrowed from the catalog when
    /// made by the pipeline (a report has hundreds of metrics: no string each), and still
    /// borrowed when read back from the run's spill ([`compact`]).
    #[serde(with = "compact::static_str")]
    pub metric: Cow<'static, str>,
    /// Set for `apply.*` metrics only.
    pub applicant: Option<Applicant>,
    /// Normalised value: counts as counts, money in yuan.
    pub value: f64,
    /// `count` or `yuan` (after normalisation), or the printed unit for other quantities.
    #[serde(with = "compact::static_str")]
    pub unit: Cow<'static, str>,
    /// The printed row label, as it stands in the document.
    #[serde(deserialize_with = "compact::string")]
    pub label: String,
    /// The printed cell or phrase ("288.79万元", "3.7万多条").
    #[serde(deserialize_with = "compact::string")]
    pub raw: String,
    pub source: FactSource,
    /// 1-based line in the decoded text.
    pub line: u32,
}

/// One arithmetic identity evaluated on a report: a row of the `checks` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// The identity's name (`apply_balance`); borrowed like [`Metric::metric`].
    #[serde(with = "compact::static_str")]
    pub rule: Cow<'static, str>,
    pub expected: Option<f64>,
    pub actual: Option<f64>,
    pub passed: bool,
    #[serde(deserialize_with = "compact::string")]
    pub detail: String,
}

/// A section of the report body, split at its headings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub ordinal: u32,
    #[serde(deserialize_with = "compact::string")]
    pub heading: String,
    #[serde(deserialize_with = "compact::string")]
    pub body: String,
}

/// A calendar date without time zone (`published`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid_day = (1..=days_in_month(year, month)).contains(&day);
        ((1..=12).contains(&month) && valid_day).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Arrow's Date32), by the civil-from-days algorithm of H. Hinnant.
    pub fn days_since_epoch(self) -> i32 {
        let y = if self.month <= 2 { self.year - 1 } else { self.year };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Everything the warehouse stores about one accepted document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReportRecord {
    pub report_id: String,
    pub source: String,
    pub sha256: String,
    pub bytes: u64,
    pub encoding: String,
    /// Repair kinds applied, in order (`reports.repairs`).
    pub repairs: Vec<String>,
    pub spam_mirror: bool,
    pub title: Option<String>,
    pub agency: Option<String>,
    pub agency_level: String,
    pub region: Region,
    /// The year reported on; `None` when unknown (partition `year=0`).
    pub year: Option<i32>,
    pub published: Option<Date>,
    pub template: String,
    pub metrics: Vec<Metric>,
    pub sections: Vec<Section>,
    pub checks: Vec<Check>,
    /// Unix seconds of the first run in which no source of this document was seen any more
    /// (`reports.missing_since`); `None` while it is still published. A report whose file
    /// disappeared is kept, flagged — never silently dropped.
    #[serde(default)]
    pub missing_since: Option<i64>,
    /// The input format (`reports.format`): text, html, docx, pdf.
    #[serde(default)]
    pub format: String,
    /// What kind of body the agency is (`reports.agency_kind`): government, general_office,
    /// department, subdistrict_office, management_committee, unknown.
    #[serde(default)]
    pub agency_kind: String,
    /// The agency across years (`reports.agency_key`): region code / the body's own name.
    #[serde(default)]
    pub agency_key: Option<String>,
    /// The page that linked the document (`reports.referrer`; see [`Landed::referrer`]).
    #[serde(default)]
    pub referrer: Option<String>,
}

impl ReportRecord {
    pub fn check_failures(&self) -> usize {
        self.checks.iter().filter(|c| !c.passed).count()
    }

    /// The `year=` partition value: never empty, `0` when unknown.
    pub fn year_partition(&self) -> i32 {
        self.year.unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date32_matches_known_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11017);
        assert_eq!(Date::new(2020, 1, 15).unwrap().days_since_epoch(), 18276);
        assert_eq!(Date::new(1969, 12, 31).unwrap().days_since_epoch(), -1);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Date::new(2019, 2, 29).is_none());
        assert!(Date::new(2020, 2, 29).is_some());
        assert!(Date::new(2019, 13, 1).is_none());
        assert!(Date::new(2019, 4, 31).is_none());
    }

    #[test]
    fn report_id_is_a_prefix_of_the_hash() {
        assert_eq!(report_id_from_sha256("0ee38c6073f2f61eabcdef"), "0ee38c6073f2f61e");
    }
}

/// Civil date (UTC) of a count of days since 1970-01-01; the inverse of [`Date::days_since_epoch`].
pub fn date_from_days(days: i64) -> Date {
    let z = days + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
    Date { year, month, day }
}

/// `2026-11-22T19:30:05Z` for a Unix time in seconds: the timestamp format of manifests and logs.
pub fn iso8601_utc(unix_seconds: i64) -> String {
    let date = date_from_days(unix_seconds.div_euclid(86_400));
    let secs = unix_seconds.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

#[cfg(test)]
mod time_tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in [-800_000i64, -1, 0, 1, 11017, 18276, 20_000, 2_000_000] {
            let d = date_from_days(days);
            assert_eq!(d.days_since_epoch() as i64, days, "{d}");
        }
        assert_eq!(iso8601_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601_utc(1_579_046_400 + 3661), "2020-01-15T01:01:01Z");
    }
}

/// What one run's crawl did on one host (a `site` source): the run summary's line for the host
/// and a `run_hosts` row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostCrawl {
    pub host: String,
    pub listing_pages: u64,
    pub report_pages: u64,
    pub attachments: u64,
    /// Of those, the ones not downloaded again (304, or landed before without validators).
    pub unchanged: u64,
    /// Bytes of bodies downloaded.
    pub bytes: u64,
    /// Requests that failed (each also a reject).
    pub failures: u64,
    /// Links left for the next run: the host's budget was spent.
    pub deferred: u64,
    /// Links robots.txt disallows.
    pub disallowed: u64,
}
