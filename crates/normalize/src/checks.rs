//! The arithmetic identities the templates guarantee (docs/metrics.md §identities), evaluated
//! on what was printed. A check is recorded only when every operand was printed: a blank cell
//! is no value, and an identity over missing values proves nothing. Numbers are never altered.

use crate::catalog::is_result_part;
use nianbao_model::{Applicant, Check, FactSource, Metric};
use rustc_hash::FxHashMap;

type Key<'a> = (&'a str, Option<Applicant>);

/// The table (and derived) figures of a report by (metric, applicant); the first print wins.
///
/// Looked up ~150 times per report: a hash map (one hash of a short code) rather than an
/// ordered map (a dozen string comparisons per lookup; 13% of all stage time, measured). The
/// checks list their operands in code order, so that the details are the same on every run:
/// the few keys a check enumerates are sorted when asked for, not all of them up front
/// (sorting every key was another 10% of normalize).
pub struct Figures<'a> {
    map: FxHashMap<Key<'a>, f64>,
    /// The keys in the order first printed.
    keys: Vec<Key<'a>>,
}

impl<'a> Figures<'a> {
    pub fn new(metrics: &'a [Metric]) -> Self {
        let mut map = FxHashMap::with_capacity_and_hasher(metrics.len(), Default::default());
        let mut keys = Vec::with_capacity(metrics.len());
        for m in metrics.iter().filter(|m| m.source != FactSource::Narrative) {
            let key = (m.metric.as_ref(), m.applicant);
            map.entry(key).or_insert_with(|| {
                keys.push(key);
                m.value
            });
        }
        Figures { map, keys }
    }

    pub fn get(&self, metric: &str, applicant: Option<Applicant>) -> Option<f64> {
        self.map.get(&(metric, applicant)).copied()
    }

    /// The metrics printed for `applicant` that `wanted` accepts, in code order.
    fn metrics_with_applicant(&self, applicant: Option<Applicant>, wanted: impl Fn(&str) -> bool) -> Vec<&'a str> {
        let mut found: Vec<&'a str> =
            self.keys.iter().filter(|(m, a)| *a == applicant && wanted(m)).map(|(m, _)| *m).collect();
        found.sort_unstable();
        found
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn check(rule: &'static str, expected: f64, actual: f64, detail: String) -> Check {
    Check { rule: rule.into(), expected: Some(expected), actual: Some(actual), passed: close(expected, actual), detail }
}

/// A value as the detail of a check shows it: integers without a decimal point. Integers take
/// the integer formatter (`{:.0}` on an f64 goes through the slow exact float printer, and
/// every check prints several numbers).
fn fmt(v: f64) -> String {
    let mut out = String::new();
    push_value(&mut out, v);
    out
}

/// [`fmt`] appended to `out` (no string per number).
fn push_value(out: &mut String, v: f64) {
    use std::fmt::Write;
    let _ = if v.fract() == 0.0 && v.abs() < 1e15 {
        write!(out, "{}", v as i64)
    } else if v.fract() == 0.0 {
        write!(out, "{v:.0}")
    } else {
        write!(out, "{v}")
    };
}

/// `total` = sum of `parts`, when the total and every part were printed.
fn sum_check(
    f: &Figures,
    rule: &'static str,
    total: &str,
    parts: &[&str],
    applicant: Option<Applicant>,
) -> Option<Check> {
    let expected = f.get(total, applicant)?;
    let values: Option<Vec<f64>> = parts.iter().map(|p| f.get(p, applicant)).collect();
    let values = values?;
    let actual: f64 = values.iter().sum();
    // One string for the whole detail: "[who] total E vs part V + part V + N parts at 0 = A".
    // Parts printed as 0 are counted, not named: a 2021 result total has 19 parts, most of them
    // 0 in most reports, and naming each made this detail 770 characters on average — a third
    // of all check text — without saying more (the metrics table has every printed 0).
    let mut detail = String::with_capacity(64 + 40 * parts.len());
    if let Some(a) = applicant {
        detail.push('[');
        detail.push_str(a.as_str());
        detail.push_str("] ");
    }
    detail.push_str(total);
    detail.push(' ');
    push_value(&mut detail, expected);
    detail.push_str(" vs ");
    let mut named = 0;
    for (p, v) in parts.iter().zip(&values).filter(|(_, v)| **v != 0.0) {
        if named > 0 {
            detail.push_str(" + ");
        }
        detail.push_str(p);
        detail.push(' ');
        push_value(&mut detail, *v);
        named += 1;
    }
    let zeros = parts.len() - named;
    if zeros > 0 {
        if named > 0 {
            detail.push_str(" + ");
        }
        push_value(&mut detail, zeros as f64);
        detail.push_str(if zeros == 1 { " part at 0" } else { " parts at 0" });
    }
    detail.push_str(" = ");
    push_value(&mut detail, actual);
    Some(check(rule, expected, actual, detail))
}

/// The channels requests came in by (national_2014's 当面/传真/网络/信函 and the local tables'
/// 电子邮件 and 其他).
const RECEIVED_CHANNELS: [&str; 6] = [
    "apply.received.in_person",
    "apply.received.fax",
    "apply.received.online",
    "apply.received.letter",
    "apply.received.email",
    "apply.received.other",
];

pub fn identities(metrics: &[Metric]) -> Vec<Check> {
    identities_without(metrics, &[])
}

/// [`identities`] where the cells `unread` were printed but left unread (a run-together row
/// several splits fit): a result total whose parts include one of them is not checked — its
/// parts would fall short of it by the reading's abstention, not by the report's error (the
/// row's `ambiguous_split` check says what was left).
pub fn identities_without(metrics: &[Metric], unread: &[(&str, Applicant)]) -> Vec<Check> {
    let f = Figures::new(metrics);
    let mut checks = Vec::new();
    let applicants: Vec<Option<Applicant>> = Applicant::COLUMNS.iter().map(|&a| Some(a)).collect();

    for &applicant in &applicants {
        // 1. received + carried_in = result.total + carried_out (printed in the template itself).
        if let (Some(r), Some(ci), Some(t), Some(co)) = (
            f.get("apply.received", applicant),
            f.get("apply.carried_in", applicant),
            f.get("apply.result.total", applicant),
            f.get("apply.carried_out", applicant),
        ) {
            let who = applicant.unwrap().as_str();
            checks.push(check(
                "apply_balance",
                r + ci,
                t + co,
                format!(
                    "[{who}] received {} + carried_in {} = {} vs result.total {} + carried_out {} = {}",
                    fmt(r),
                    fmt(ci),
                    fmt(r + ci),
                    fmt(t),
                    fmt(co),
                    fmt(t + co)
                ),
            ));
        }
        // 2. result.total = sum of the result rows (2019 form; 2021's （六） enters as its derived sum).
        // A （六） row left unread leaves its derived sum, one of the parts, unknown too.
        let results_unread = unread
            .iter()
            .any(|(m, a)| Some(*a) == applicant && (is_result_part(m) || m.starts_with("apply.result.other.")));
        // So does a （六） row's blank cell (nothing printed, nothing read) beside one printed: the
        // derived sum is not made, yet the （六） rows printed a part of the results.
        let other_unknown = f.get("apply.result.other", applicant).is_none()
            && !f.metrics_with_applicant(applicant, |m| m.starts_with("apply.result.other.")).is_empty();
        let balance_printed =
            f.get("apply.carried_in", applicant).is_some() || f.get("apply.carried_out", applicant).is_some();
        if balance_printed && !results_unread && !other_unknown {
            let parts: Vec<&str> = f.metrics_with_applicant(applicant, is_result_part);
            if !parts.is_empty() {
                checks.extend(sum_check(&f, "result_total", "apply.result.total", &parts, applicant));
            }
        }
    }
    // 3. per row: total = sum of the six applicant columns.
    let row_metrics: Vec<&str> = f.metrics_with_applicant(Some(Applicant::NaturalPerson), |_| true);
    'rows: for metric in row_metrics {
        let Some(total) = f.get(metric, Some(Applicant::Total)) else { continue };
        let mut parts = [0.0; 6];
        for (part, &a) in parts.iter_mut().zip(&Applicant::COLUMNS[..6]) {
            let Some(v) = f.get(metric, Some(a)) else { continue 'rows };
            *part = v;
        }
        let sum: f64 = parts.iter().sum();
        // "metric: total T vs a + b + c + d + e + f = S"
        let mut detail = String::with_capacity(metric.len() + 64);
        detail.push_str(metric);
        detail.push_str(": total ");
        push_value(&mut detail, total);
        detail.push_str(" vs ");
        for (i, v) in parts.iter().enumerate() {
            if i > 0 {
                detail.push_str(" + ");
            }
            push_value(&mut detail, *v);
        }
        detail.push_str(" = ");
        push_value(&mut detail, sum);
        checks.push(check("applicant_row_total", total, sum, detail));
    }
    // 4. outcomes: total = upheld + corrected + other (+ pending in the 2019/2021 table 四).
    const OUTCOMES: [(&str, [&str; 4]); 4] = [
        ("review.total", ["review.upheld", "review.corrected", "review.other", "review.pending"]),
        ("litigation.total", ["litigation.upheld", "litigation.corrected", "litigation.other", "litigation.pending"]),
        (
            "litigation.direct.total",
            [
                "litigation.direct.upheld",
                "litigation.direct.corrected",
                "litigation.direct.other",
                "litigation.direct.pending",
            ],
        ),
        (
            "litigation.after_review.total",
            [
                "litigation.after_review.upheld",
                "litigation.after_review.corrected",
                "litigation.after_review.other",
                "litigation.after_review.pending",
            ],
        ),
    ];
    for (total, parts) in OUTCOMES {
        let with_pending = f.get(parts[3], None).is_some();
        checks.extend(sum_check(&f, "outcome_total", total, &parts[..if with_pending { 4 } else { 3 }], None));
    }
    // national_2014 sub-totals, where no part was printed and left unread (a local table's
    // glued row whose year's figure could not be told: the parts read would fall short by it).
    let total = Some(Applicant::Total);
    let none_unread = |codes: &[&str]| !unread.iter().any(|(m, a)| *a == Applicant::Total && codes.contains(m));
    let channels: Vec<&str> = RECEIVED_CHANNELS.into_iter().filter(|m| f.get(m, total).is_some()).collect();
    if channels.len() >= 4 && none_unread(&RECEIVED_CHANNELS) {
        checks.extend(sum_check(&f, "received_by_channel", "apply.received", &channels, total));
    }
    let closed = ["apply.closed.on_time", "apply.closed.extended"];
    if none_unread(&closed) {
        checks.extend(sum_check(&f, "closed_total", "apply.closed", &closed, total));
    }
    let reasons: Vec<&str> = f.metrics_with_applicant(total, |m| m.starts_with("apply.result.denied."));
    if reasons.len() >= 6 && !unread.iter().any(|(m, _)| m.starts_with("apply.result.denied.")) {
        checks.extend(sum_check(&f, "denied_reasons", "apply.result.denied", &reasons, total));
    }
    checks.extend(sum_check(&f, "staff_total", "org.staff", &["org.staff.full_time", "org.staff.part_time"], None));
    checks
}

/// A table's figure under a column its report's tables do not have: 2019's 上一年项目数量 and
/// 本年增/减 (`prev_items`, `change`) in a report whose tables are 2021's, or 2021's 本年制发件数,
/// 本年废止件数 and 现行有效件数 (`issued`, `repealed`, `in_force`) in one whose are 2019's. A
/// header a page mangled (a 古文码 cut leaving 理决定数 of 本年处理决定数量) may have put the figure
/// under the other era's column: it is kept as read, and a failed `outside_template` check says
/// so.
pub fn outside_template(metrics: &[Metric], template: &str) -> Vec<Check> {
    let other_eras: &[&str] = match template {
        "standard_2021" => &[".prev_items", ".change"],
        "provisional_2019" => &[".issued", ".repealed", ".in_force"],
        _ => return Vec::new(),
    };
    metrics
        .iter()
        .filter(|m| m.source == FactSource::Table && m.metric.starts_with("art20."))
        .filter(|m| other_eras.iter().any(|column| m.metric.ends_with(column)))
        .map(|m| Check {
            rule: "outside_template".into(),
            expected: None,
            actual: Some(m.value),
            passed: false,
            detail: format!(
                "{} {} read at line {}: the report's tables are {template}'s, which have no such column",
                m.metric, m.raw, m.line
            ),
        })
        .collect()
}

/// Derived rows (source `derived`): litigation.total of the 2019/2021 table 四, and 2021's
/// apply.result.other as the sum of its three parts — only where the report did not print them.
pub fn derived(metrics: &[Metric]) -> Vec<Metric> {
    let f = Figures::new(metrics);
    let mut out = Vec::new();
    if f.get("litigation.total", None).is_none() {
        if let (Some(d), Some(a)) =
            (f.get("litigation.direct.total", None), f.get("litigation.after_review.total", None))
        {
            out.push(derived_metric(
                "litigation.total",
                None,
                d + a,
                "litigation.direct.total + litigation.after_review.total",
                metrics,
            ));
        }
    }
    for applicant in Applicant::COLUMNS.map(Some) {
        if f.get("apply.result.other", applicant).is_some() {
            continue;
        }
        let parts = ["apply.result.other.no_correction", "apply.result.other.unpaid_fee", "apply.result.other.other"];
        let values: Option<Vec<f64>> = parts.iter().map(|p| f.get(p, applicant)).collect();
        if let Some(values) = values {
            out.push(derived_metric("apply.result.other", applicant, values.iter().sum(), &parts.join(" + "), metrics));
        }
    }
    out
}

fn derived_metric(
    metric: &'static str,
    applicant: Option<Applicant>,
    value: f64,
    formula: &str,
    metrics: &[Metric],
) -> Metric {
    // The line of the first operand, so the derived number can be traced to the table.
    let first_operand = formula.split(" + ").next().unwrap_or_default();
    let line = metrics.iter().find(|m| m.metric == first_operand && m.applicant == applicant).map_or(0, |m| m.line);
    Metric {
        metric: metric.into(),
        applicant,
        value,
        unit: "count".into(),
        label: formula.into(),
        raw: fmt(value),
        source: FactSource::Derived,
        line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn printed(metric: &'static str, value: f64) -> Metric {
        let raw = value.to_string();
        Metric {
            metric: Cow::Borrowed(metric),
            applicant: None,
            value,
            unit: Cow::Borrowed("count"),
            label: String::new(),
            raw,
            source: FactSource::Table,
            line: 1,
        }
    }

    #[test]
    fn a_figure_under_the_other_eras_column_is_flagged() {
        let metrics = [
            printed("art20.licensing.change", 602.0),
            printed("art20.licensing.decisions", 71.0),
            printed("art20.rules.in_force", 6.0),
        ];
        let flagged = |template: &str| -> Vec<String> {
            outside_template(&metrics, template).into_iter().map(|c| c.detail).collect()
        };
        assert_eq!(flagged("standard_2021").len(), 1);
        assert!(flagged("standard_2021")[0].starts_with("art20.licensing.change 602 "));
        assert_eq!(flagged("provisional_2019").len(), 1);
        assert!(flagged("provisional_2019")[0].starts_with("art20.rules.in_force 6 "));
        assert!(flagged("national_2014").is_empty(), "no 第二十条 tables");
        let told = Metric { source: FactSource::Narrative, ..printed("art20.licensing.change", 602.0) };
        assert!(outside_template(&[told], "standard_2021").is_empty(), "the prose is no column");
    }

    #[test]
    fn results_short_of_their_total_by_a_row_left_unread_are_not_checked() {
        let person = |metric: &'static str, value: f64| Metric {
            applicant: Some(Applicant::NaturalPerson),
            ..printed(metric, value)
        };
        // 20 answered: 12 disclosed, and the 8 withheld on a row several splits fit.
        let metrics = [
            person("apply.received", 20.0),
            person("apply.carried_in", 0.0),
            person("apply.result.total", 20.0),
            person("apply.carried_out", 0.0),
            person("apply.result.disclosed", 12.0),
        ];
        let result_total = |checks: Vec<Check>| checks.into_iter().find(|c| c.rule == "result_total");
        assert!(!result_total(identities(&metrics)).unwrap().passed, "read alone, the results fall short");
        let unread = [("apply.result.withheld.third_party", Applicant::NaturalPerson)];
        assert_eq!(result_total(identities_without(&metrics, &unread)), None);
        // Another column's row left unread leaves this one's checked.
        let elsewhere = [("apply.result.withheld.third_party", Applicant::Commercial)];
        assert!(result_total(identities_without(&metrics, &elsewhere)).is_some());
        // A （六） row left unread: the 其他处理 it adds to is unknown, so is the results' sum.
        let other = [("apply.result.other.unpaid_fee", Applicant::NaturalPerson)];
        assert_eq!(result_total(identities_without(&metrics, &other)), None);
        // A （六） row printed beside another left blank (2021): no derived 其他处理, and the
        // results' sum is not checked without it.
        let mut blank_beside = metrics.to_vec();
        blank_beside.push(person("apply.result.other.unpaid_fee", 8.0));
        assert_eq!(result_total(identities_without(&blank_beside, &[])), None);
        // With its derived sum, it is.
        blank_beside.push(person("apply.result.other", 8.0));
        assert!(result_total(identities_without(&blank_beside, &[])).unwrap().passed);
    }

    #[test]
    fn requests_by_channel_are_not_summed_where_a_channel_was_left_unread() {
        // 188 received: 164 by other means and 22 by fax, 2 by e-mail on glued rows left unread.
        let total = |metric, value| Metric { applicant: Some(Applicant::Total), ..printed(metric, value) };
        let metrics = [
            total("apply.received", 188.0),
            total("apply.received.in_person", 0.0),
            total("apply.received.online", 0.0),
            total("apply.received.letter", 0.0),
            total("apply.received.other", 164.0),
        ];
        let by_channel = |checks: Vec<Check>| checks.into_iter().find(|c| c.rule == "received_by_channel");
        assert!(!by_channel(identities(&metrics)).unwrap().passed, "read alone, the channels fall short");
        let unread = [("apply.received.fax", Applicant::Total), ("apply.received.email", Applicant::Total)];
        assert_eq!(by_channel(identities_without(&metrics, &unread)), None);
    }

    #[test]
    fn a_sum_detail_names_the_parts_printed_above_zero_and_counts_the_zeros() {
        let metrics = [printed("t", 5.0), printed("a", 0.0), printed("b", 2.0), printed("c", 0.0), printed("d", 4.0)];
        let f = Figures::new(&metrics);
        let c = sum_check(&f, "rule", "t", &["a", "b", "c", "d"], None).unwrap();
        assert_eq!(c.detail, "t 5 vs b 2 + d 4 + 2 parts at 0 = 6");
        assert!(!c.passed);
        assert_eq!((c.expected, c.actual), (Some(5.0), Some(6.0)));

        assert_eq!(sum_check(&f, "rule", "b", &["a", "c"], None).unwrap().detail, "b 2 vs 2 parts at 0 = 0");
        assert_eq!(sum_check(&f, "rule", "d", &["a", "b"], None).unwrap().detail, "d 4 vs b 2 + 1 part at 0 = 2");
        assert_eq!(sum_check(&f, "rule", "t", &["b", "missing"], None), None, "a part not printed: no check");
    }
}
