//! Identities across an agency's years: `checks` rows that compare one report with the same
//! agency's report of the year before.
//!
//! - `carry_over`: what a report carried in (上年结转) is what the previous year's report carried
//!   out (结转下年度继续办理) — identity 5 of `metrics.md`.
//! - `in_force` (2021 template on): the documents in force at the end of the year are those in
//!   force a year earlier, plus those issued, minus those repealed (规章 and 规范性文件 each).
//!
//! Both need two reports, which may lie in different partitions and arrive in different runs.
//! So they are not made by the normalize stage with the report's own identities: they are made
//! at every run from the document index, which keeps each report's agency key and the few
//! figures these identities read ([`balances`]). The rows go to the later report's partition, in
//! a file of their own (`checks/<partition>/across-years.parquet`) written afresh each run, so
//! that a partition carried over file for file still gets rows that follow a change in the year
//! before it. `reports.check_failures` counts a report's own identities only.
//!
//! Agencies whose region was not resolved (`unknown/…` keys) are left out: places share names,
//! and two agencies' years side by side would make breaks that are none.

use crate::batches::PartitionKey;
use crate::index::{DocumentIndex, Outcome};
use nianbao_model::{Applicant, Check, FactSource, Metric};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The figures the identities read, by name: `carried_in`, `carried_out` (applicant total),
/// `rules.in_force`, `rules.issued`, `rules.repealed`, and the same for `normative`.
pub type Balances = BTreeMap<String, f64>;

const CARRIES: [(&str, &str); 2] = [("apply.carried_in", "carried_in"), ("apply.carried_out", "carried_out")];
const KINDS: [(&str, &str); 2] = [("rules", "规章"), ("normative", "规范性文件")];
const STOCKS: [&str; 3] = ["in_force", "issued", "repealed"];

/// The name a metric goes by in [`Balances`], if the identities read it: carried_in,
/// carried_out, and `<kind>.<stock>` of the 2021 table's first rows.
fn balance_name(metric: &str) -> Option<&str> {
    if let Some((_, name)) = CARRIES.iter().find(|(m, _)| *m == metric) {
        return Some(name);
    }
    let rest = metric.strip_prefix("art20.")?;
    let (kind, stock) = rest.split_once('.')?;
    (KINDS.iter().any(|(k, _)| *k == kind) && STOCKS.contains(&stock)).then_some(rest)
}

/// A report's [`Balances`]: each figure as a table printed it, else as its prose stated it.
pub fn balances(metrics: &[Metric]) -> Balances {
    let mut out = Balances::new();
    for source in [FactSource::Table, FactSource::Narrative] {
        for m in metrics.iter().filter(|m| m.source == source) {
            let total = m.applicant.is_none_or(|a| a == Applicant::Total);
            if let Some(name) = balance_name(&m.metric).filter(|_| total) {
                out.entry(name.to_string()).or_insert(m.value);
            }
        }
    }
    out
}

/// One report as the identities see it.
pub struct YearReport<'a> {
    pub report_id: String,
    pub agency_key: &'a str,
    pub year: i32,
    pub partition: PartitionKey,
    pub balances: &'a Balances,
    /// No source holds the document any more (`reports.missing_since`).
    pub missing: bool,
}

/// A check across years: on the report `later`, comparing it with the report `earlier`.
pub struct Across {
    pub later: String,
    pub earlier: String,
    pub check: Check,
}

/// Every cross-year check of the index, by the partition of the report it is on (the later
/// one), each partition's rows in a fixed order (report, rule, detail).
pub fn checks(index: &DocumentIndex) -> BTreeMap<PartitionKey, Vec<(String, Check)>> {
    let reports = index.documents.iter().filter_map(|(sha, entry)| {
        let (Some(agency), Outcome::Report { province, year }) = (&entry.agency, &entry.outcome) else { return None };
        Some(YearReport {
            report_id: nianbao_model::report_id_from_sha256(sha),
            agency_key: &agency.key,
            year: *year,
            partition: (province.clone(), *year),
            balances: &agency.balances,
            missing: entry.missing_since.is_some(),
        })
    });
    let mut out: BTreeMap<PartitionKey, Vec<(String, Check)>> = BTreeMap::new();
    for (partition, across) in across_years(reports) {
        out.entry(partition).or_default().push((across.later, across.check));
    }
    for rows in out.values_mut() {
        rows.sort_by(|a, b| (&a.0, &a.1.rule, &a.1.detail).cmp(&(&b.0, &b.1.rule, &b.1.detail)));
    }
    out
}

/// The checks between every report and each report of the same agency the year before, with
/// the later report's partition. Reports of an unknown year or region, or without figures to
/// compare, take no part; nor does a report no source holds any more where the agency's year has
/// one that a source still holds (a site that replaced its report: the new one counts).
pub fn across_years<'a>(reports: impl IntoIterator<Item = YearReport<'a>>) -> Vec<(PartitionKey, Across)> {
    let mut by_agency: BTreeMap<(&str, i32), Vec<YearReport>> = BTreeMap::new();
    for r in reports {
        if r.year > 0 && !r.agency_key.starts_with("unknown/") && !r.balances.is_empty() {
            by_agency.entry((r.agency_key, r.year)).or_default().push(r);
        }
    }
    for reports in by_agency.values_mut() {
        if reports.iter().any(|r| !r.missing) {
            reports.retain(|r| !r.missing);
        }
    }
    let mut out = Vec::new();
    for ((key, year), reports) in &by_agency {
        let Some(before) = by_agency.get(&(*key, year - 1)) else { continue };
        for later in reports {
            for earlier in before {
                out.extend(compare(earlier, later, *year).into_iter().map(|check| {
                    let across = Across { later: later.report_id.clone(), earlier: earlier.report_id.clone(), check };
                    (later.partition.clone(), across)
                }));
            }
        }
    }
    out
}

/// The identities between a report (`later`, of `year`) and one of the year before.
fn compare(earlier: &YearReport, later: &YearReport, year: i32) -> Vec<Check> {
    let mut out = Vec::new();
    let (before, now) = (earlier.balances, later.balances);
    if let (Some(&carried_out), Some(&carried_in)) = (before.get("carried_out"), now.get("carried_in")) {
        out.push(Check {
            rule: Cow::Borrowed("carry_over"),
            expected: Some(carried_out),
            actual: Some(carried_in),
            passed: carried_in == carried_out,
            detail: format!(
                "carried in {carried_in} ({year}) = carried out {carried_out} by the {} report {}",
                year - 1,
                earlier.report_id
            ),
        });
    }
    for (kind, printed) in KINDS {
        let figure = |balances: &Balances, stock: &str| balances.get(&format!("{kind}.{stock}")).copied();
        let (Some(was), Some(is), Some(issued), Some(repealed)) =
            (figure(before, STOCKS[0]), figure(now, STOCKS[0]), figure(now, STOCKS[1]), figure(now, STOCKS[2]))
        else {
            continue;
        };
        let expected = was + issued - repealed;
        out.push(Check {
            rule: Cow::Borrowed("in_force"),
            expected: Some(expected),
            actual: Some(is),
            passed: is == expected,
            detail: format!(
                "{printed} in force {is} ({year}) = {was} in force by the {} report {} + {issued} issued − {repealed} repealed",
                year - 1,
                earlier.report_id
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{AgencyOfReport, DocumentEntry};

    fn report(index: &mut DocumentIndex, sha: &str, key: &str, year: i32, figures: &[(&str, f64)]) {
        let agency = AgencyOfReport {
            key: key.into(),
            name: "某镇人民政府".into(),
            level: "township".into(),
            kind: "government".into(),
            region_code: None,
            province_name: None,
            balances: figures.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        };
        index.documents.insert(
            sha.repeat(64 / sha.len()),
            DocumentEntry {
                bytes: 1,
                sources: vec![format!("{sha}.txt")],
                missing_since: None,
                outcome: Outcome::Report { province: "zhejiang".into(), year },
                agency: Some(agency),
                referrer: None,
            },
        );
    }

    #[test]
    fn a_report_is_checked_against_the_same_agencys_report_of_the_year_before() {
        let mut index = DocumentIndex::new();
        let town = "330411105000/政府";
        report(&mut index, "a", town, 2020, &[("carried_out", 3.0)]);
        report(&mut index, "b", town, 2021, &[("carried_in", 3.0), ("carried_out", 1.0)]);
        report(&mut index, "c", town, 2022, &[("carried_in", 2.0)]);
        // Another agency, and one whose region is unknown: never compared with the town.
        report(&mut index, "d", "330411000000/政府", 2021, &[("carried_in", 9.0)]);
        report(&mut index, "e", "unknown/政府", 2021, &[("carried_in", 9.0), ("carried_out", 9.0)]);
        report(&mut index, "f", "unknown/政府", 2022, &[("carried_in", 8.0)]);
        let checks = checks(&index);
        let rows: Vec<(i32, bool, f64, f64)> = checks
            .iter()
            .flat_map(|((_, year), rows)| {
                rows.iter().map(move |(_, c)| (*year, c.passed, c.expected.unwrap(), c.actual.unwrap()))
            })
            .collect();
        assert_eq!(rows, [(2021, true, 3.0, 3.0), (2022, false, 1.0, 2.0)]);
        let (id, check) = &checks[&("zhejiang".to_string(), 2022)][0];
        assert_eq!(*id, nianbao_model::report_id_from_sha256(&"c".repeat(64)));
        assert!(check.detail.contains("2021 report"), "{}", check.detail);
    }

    #[test]
    fn a_report_no_source_holds_gives_way_to_one_that_a_source_does() {
        let mut index = DocumentIndex::new();
        let town = "330411105000/政府";
        report(&mut index, "a", town, 2020, &[("carried_out", 3.0)]);
        report(&mut index, "b", town, 2020, &[("carried_out", 5.0)]);
        report(&mut index, "c", town, 2021, &[("carried_in", 5.0)]);
        index.documents.get_mut(&"a".repeat(64)).unwrap().missing_since = Some(1_700_000_000);
        let rows = &checks(&index)[&("zhejiang".to_string(), 2021)];
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].1.passed);
    }

    #[test]
    fn documents_in_force_follow_from_the_year_before() {
        let mut index = DocumentIndex::new();
        let county = "330424000000/政府";
        report(&mut index, "a", county, 2021, &[("normative.in_force", 19.0), ("rules.in_force", 2.0)]);
        report(
            &mut index,
            "b",
            county,
            2022,
            &[
                ("normative.in_force", 20.0),
                ("normative.issued", 3.0),
                ("normative.repealed", 2.0),
                ("rules.in_force", 2.0),
            ],
        );
        let checks = checks(&index);
        let rows = &checks[&("zhejiang".to_string(), 2022)];
        assert_eq!(rows.len(), 1, "规章 lacks the year's issued and repealed: no check");
        assert!(rows[0].1.passed, "{:?}", rows[0].1);
        assert_eq!(rows[0].1.expected, Some(20.0));
        assert!(rows[0].1.detail.starts_with("规范性文件"), "{}", rows[0].1.detail);
    }
}
