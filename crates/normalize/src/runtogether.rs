//! Tables whose cell separators a crawler removed: `一、本年新收政府信息公开申请数量123010016`.
//!
//! A row of table 三 is its label and seven numbers glued together. The splits of the digits
//! into seven numbers without leading zeros whose last is the sum of the other six are
//! enumerated per row; the row alone is often ambiguous (12|3|0|1|0|0|16 and 1|2|3|0|10|0|16),
//! so the candidates are then narrowed with the column identities of the table — per applicant,
//! received + carried_in = total + carried_out, and total = the sum of the result rows — until
//! nothing changes. A row is read whole when exactly one split survives; otherwise an
//! `ambiguous_split` check lists the candidates and only the cells on which every candidate
//! agrees are read (the true split is among them, so a value they all share is the printed one:
//! in 4|70|2 and 47|0|2 the last cell is 2). Table 四 (fifteen numbers on a line of their own) is
//! split the same way with its four totals. The 第二十条 tables are read under a header whose
//! columns the catalog accounts for, a row only where one split fits (no identity ties their
//! columns); local tables of 2008–2013 in `runtogether/local.rs`.

mod local;

use crate::catalog;
use crate::tables::table3_set;
use nianbao_model::{Applicant, Check, FactSource, Metric};

/// Longest number a cell of these tables holds (counts of requests, cases).
const MAX_DIGITS: usize = 5;
/// Candidates kept per row; a row with more is reported as ambiguous without narrowing.
const MAX_CANDIDATES: usize = 2000;

/// Every way to cut `digits` into `cells` numbers without leading zeros, each at most
/// MAX_DIGITS long, that satisfies `ok` (checked on complete splits). Stops at `limit`.
fn splits(digits: &[u8], cells: usize, ok: &dyn Fn(&[u64]) -> bool, limit: usize) -> Vec<Vec<u64>> {
    fn go(
        d: &[u8],
        cells: usize,
        acc: &mut Vec<u64>,
        out: &mut Vec<Vec<u64>>,
        ok: &dyn Fn(&[u64]) -> bool,
        limit: usize,
    ) {
        if out.len() >= limit {
            return;
        }
        if cells == 0 {
            if d.is_empty() && ok(acc) {
                out.push(acc.clone());
            }
            return;
        }
        // Enough digits must remain for the remaining cells, and not too many.
        if d.len() < cells || d.len() > cells * MAX_DIGITS {
            return;
        }
        let max_len = if d[0] == b'0' { 1 } else { MAX_DIGITS.min(d.len()) };
        for len in 1..=max_len {
            let value = d[..len].iter().fold(0u64, |v, b| v * 10 + (b - b'0') as u64);
            acc.push(value);
            go(&d[len..], cells - 1, acc, out, ok, limit);
            acc.pop();
        }
    }
    let mut out = Vec::new();
    go(digits, cells, &mut Vec::new(), &mut out, ok, limit);
    out
}

struct Row {
    metric: &'static str,
    label: String,
    line: u32,
    digits: String,
    candidates: Vec<Vec<u64>>,
    /// A spaced row printing fewer figures than its columns (blank cells left out) whose
    /// figures before the last add up to it: only its 总计 is known.
    total_only: Option<u64>,
}

/// The label's own item: after the last enumerator (1. 2、) or closing bracket, if any.
fn own_item(label: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    for w in chars.windows(2) {
        if w[0].1.is_ascii_digit() && matches!(w[1].1, '.' | '、' | '．') {
            cuts.push(w[0].0);
        }
        if matches!(w[0].1, '）' | ')') {
            cuts.push(w[1].0);
        }
    }
    cuts.iter().rev().map(|&c| &label[c..]).collect()
}

/// A line that is a label of table 三 followed directly by digits: (metric, label, digits).
/// `previous` is the metric of the glued row before (3.其他 follows the （六） rows).
fn glued_row(line: &str, previous: Option<&str>) -> Option<(&'static str, String, String)> {
    let trimmed = line.trim();
    // The figures: digits, glued or each after a single space (a page saved on one line).
    let digits_start = trimmed.char_indices().rev().take_while(|(_, c)| c.is_ascii_digit() || *c == ' ').last()?.0;
    let (label, digits) = trimmed.split_at(digits_start);
    let (label, digits) = (label.trim_end(), digits.trim());
    // Seven glued digits at least; spaced, two figures may be a short row's (blank cells left out).
    let enough = if digits.contains(' ') { digits.split(' ').count() >= 2 } else { digits.len() >= 7 };
    if !enough || label.chars().count() < 2 || label.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
        return None;
    }
    // The whole label, else its own item (三、本年度办理结果（一）予以公开 → （一）予以公开;
    // （三）不予公开1.属于国家秘密 → 1.属于国家秘密); 3.其他 only right after the （六） rows.
    let metric = table3_set().lookup(label).or_else(|| {
        own_item(label).into_iter().find_map(|item| {
            if crate::labels::key(item) == "其他" {
                return previous.filter(|p| p.starts_with("apply.result.other.")).map(|_| "apply.result.other.other");
            }
            table3_set().lookup(item)
        })
    })?;
    Some((metric, label.to_string(), digits.to_string()))
}

/// `cells` figures each after a single space (`12 3 0 1 0 0 16`): the split the page printed.
fn spaced(digits: &str, cells: usize) -> Option<Vec<u64>> {
    let tokens: Vec<&str> = digits.split(' ').collect();
    if tokens.len() != cells
        || tokens.iter().any(|t| t.is_empty() || t.len() > MAX_DIGITS || !t.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    tokens.iter().map(|t| t.parse().ok()).collect()
}

/// The 总计 of a spaced row printing two to six figures where seven columns belong (the table's
/// blank cells were left out), by the grids' rule for such rows ([`crate::tables::short_row_total`]).
fn total_of_short_row(digits: &str) -> Option<u64> {
    let figures: Vec<f64> = digits
        .split(' ')
        .map(|t| if t.len() <= MAX_DIGITS && t.bytes().all(|b| b.is_ascii_digit()) { t.parse().ok() } else { None })
        .collect::<Option<_>>()?;
    if figures.len() > 7 {
        return None;
    }
    crate::tables::short_row_total(&figures).map(|total| total as u64)
}

fn sums_to_last(v: &[u64]) -> bool {
    v[..v.len() - 1].iter().sum::<u64>() == v[v.len() - 1]
}

/// national_2014 rows glued as label + unit + one value (`（一）收到申请数件244`): the unit is
/// the separator, so the split is unique. Section heads (四、行政复议数量…) set the section, so
/// that 被依法纠错数 under 四 is review and under 五 litigation.
/// A statistics form whose header names a 代码 column (指标名称 计量单位 代码 本期实际 本年累计):
/// the number after a row's unit is its code, not a figure (a blank form prints nothing else).
/// The header may be a line of cells or a cell a line (`| 代码`).
/// A crawler may break the header's other cells across lines (`名称    计量单` / `位    代码    本期实`):
/// they are looked for in the lines around the one with 代码, joined.
pub(crate) fn coded_form(lines: &[String]) -> bool {
    lines.iter().enumerate().filter(|(_, l)| l.contains("代码")).any(|(at, l)| {
        let cells: Vec<String> = l.split(['|', '\t', ' ', '\u{3000}']).map(crate::labels::key).collect();
        let written: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
        let around = || -> String {
            lines[at.saturating_sub(2)..(at + 2).min(lines.len())].iter().map(|l| crate::labels::key(l)).collect()
        };
        written.len() == 1 && written[0] == "代码"
            || cells.iter().any(|c| c == "代码")
                && (cells.iter().any(|c| c == "计量单位" || c == "单位" || c == "指标名称") || {
                    let around = around();
                    ["计量单位", "指标名称", "本期实际"].iter().any(|w| around.contains(w))
                })
    })
}

fn national_rows(lines: &[String]) -> Vec<Metric> {
    let (sets, heads) = crate::tables::national_sets();
    let mut section = 0u8;
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('\t') {
            continue;
        }
        let t = line.trim();
        let value_start =
            t.char_indices().rev().take_while(|(_, c)| c.is_ascii_digit() || *c == '.').last().map(|(i, _)| i);
        let Some(value_start) = value_start else { continue };
        let (head, raw) = t.split_at(value_start);
        let head = head.trim_end();
        if crate::value::is_code(raw) {
            continue;
        }
        // A unit a lossy decoding lost (查阅点数\u{FFFD}7): read below only where the row is not
        // money's (万元 or 元 would set its scale).
        let Some((unit, label)) = ["人次", "万元", "条", "件", "次", "篇", "个", "人", "\u{FFFD}"]
            .iter()
            .find_map(|u| head.strip_suffix(u).map(|l| (*u, l)))
        else {
            continue;
        };
        if crate::tables::is_section_head(label) {
            if let Some(s) = heads.lookup(label) {
                section = s;
            }
        }
        let Some(metric) = sets[section as usize].lookup(label).or_else(|| sets[0].lookup(label)) else { continue };
        if unit == "\u{FFFD}" && matches!(metric, "fees.amount" | "org.budget") {
            continue;
        }
        let Some(figure) = crate::value::parse_figure(raw, unit == "万元") else { continue };
        if out.iter().any(|m: &Metric| m.metric == metric) {
            continue;
        }
        out.push(Metric {
            metric: metric.into(),
            applicant: metric.starts_with("apply.").then_some(Applicant::Total),
            value: figure.value,
            unit: if unit == "万元" { "yuan" } else { "count" }.into(),
            label: label.trim().to_string(),
            raw: format!("{raw}{}", if unit == "万元" { "万元" } else { "" }),
            source: FactSource::Table,
            line: i as u32 + 1,
        });
    }
    out
}

/// The columns of a glued 第二十条 header, read left to right by their catalog names; empty
/// unless the names account for the whole header (an unknown or misread column would shift
/// every number after it).
fn header_columns(rest: &str) -> Vec<(&'static str, bool, catalog::Era)> {
    let names: Vec<(String, &'static str, bool, catalog::Era)> = catalog::ART20_COLUMNS
        .iter()
        .map(|(label, (code, era, money))| (crate::labels::key(label), *code, *money, *era))
        .collect();
    // The longest catalog name at a position (本年处理决定数量 before 处理决定数量).
    let whole_name_at = |at: &str| names.iter().filter(|n| at.starts_with(n.0.as_str())).max_by_key(|n| n.0.len());
    let mut columns = Vec::new();
    let mut pos = 0;
    while pos < rest.len() {
        let at = &rest[pos..];
        // Else a name whose last character the page lost (本年增/ for 本年增/减), as the grids'
        // label matcher allows — only where the header ends, or another name begins, right after.
        let clipped = || {
            names.iter().find_map(|n| {
                let last = n.0.chars().next_back()?;
                let stem = &n.0[..n.0.len() - last.len_utf8()];
                let next = at.strip_prefix(stem)?;
                (stem.chars().count() >= 3 && (next.is_empty() || whole_name_at(next).is_some()))
                    .then_some((n, stem.len()))
            })
        };
        match whole_name_at(at).map(|n| (n, n.0.len())).or_else(clipped) {
            Some(((_, code, money, era), len)) => {
                columns.push((*code, *money, *era));
                pos += len;
            }
            None => return Vec::new(),
        }
    }
    columns
}

/// 第二十条 rows glued: a header (信息内容本年制发件数本年废止件数现行有效件数) gives the columns
/// in order, then each row is a subject and its digits. One column is one number; several are
/// split only when a single split exists (no identity ties them).
fn art20_rows(lines: &[String]) -> (Vec<Metric>, Vec<Check>, Vec<&'static str>) {
    let (mut metrics, mut checks, mut votes) = (Vec::new(), Vec::new(), Vec::new());
    let mut columns: Vec<(&str, bool)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // 资讯内容: the header in Taiwan's phrasing.
        if let Some(rest) = t.strip_prefix("信息内容").or_else(|| t.strip_prefix("资讯内容")) {
            let header = header_columns(&crate::labels::key(rest));
            // A header tells its template generation even above rows of blank cells, as the
            // grids' headers do: one vote per column of its era.
            votes.extend(header.iter().filter_map(|(_, _, era)| crate::tables::era_template(*era)));
            columns = header.into_iter().map(|(code, money, _)| (code, money)).collect();
            continue;
        }
        if columns.is_empty() {
            continue;
        }
        let Some(start) = t.find(|c: char| c.is_ascii_digit() || c == '-' || c == '+') else { continue };
        let (subject, digits) = t.split_at(start);
        let (subject, digits) = (subject.trim_end(), digits.trim());
        let Some(code) = catalog::ART20_SUBJECTS.iter().find(|(l, _)| *l == subject).map(|(_, c)| *c) else { continue };
        let header_wan = columns.len() == 1 && columns[0].1;
        let tokens: Vec<&str> = digits.split_whitespace().collect();
        let values: Vec<f64> = if tokens.len() > 1 && tokens.len() == columns.len() {
            // Each figure after a space (a page saved on one line): the split is printed.
            let figures: Option<Vec<f64>> = tokens
                .iter()
                .map(|t| crate::value::parse_figure(t.trim_start_matches('+'), false).map(|f| f.value))
                .collect();
            match figures {
                Some(values) => values,
                None => continue,
            }
        } else if columns.len() == 1 {
            match crate::value::parse_figure(digits, header_wan) {
                Some(f) => vec![f.value],
                None => continue,
            }
        } else if digits.bytes().all(|b| b.is_ascii_digit()) {
            const LIMIT: usize = 50;
            let c = splits(digits.as_bytes(), columns.len(), &|_| true, LIMIT);
            if c.len() != 1 {
                checks.push(ambiguous(subject, digits, i as u32 + 1, &c));
                if c.len() > 1 && c.len() < LIMIT {
                    for ((col, money), value) in columns.iter().zip(agreed(&c)) {
                        if let Some(value) = value {
                            metrics.push(art20_metric(code, col, *money, value as f64, subject, digits, i as u32 + 1));
                        }
                    }
                }
                continue;
            }
            c[0].iter().map(|v| *v as f64).collect()
        } else {
            continue;
        };
        for ((col, money), value) in columns.iter().zip(values) {
            metrics.push(art20_metric(code, col, *money, value, subject, digits, i as u32 + 1));
        }
    }
    (metrics, checks, votes)
}

fn art20_metric(code: &str, col: &str, money: bool, value: f64, subject: &str, digits: &str, line: u32) -> Metric {
    Metric {
        metric: format!("art20.{code}.{col}").into(),
        applicant: None,
        value,
        unit: if money { "yuan" } else { "count" }.into(),
        label: subject.to_string(),
        raw: digits.to_string(),
        source: FactSource::Table,
        line,
    }
}

pub struct Recovered {
    pub metrics: Vec<Metric>,
    pub checks: Vec<Check>,
    /// The template generation each figure read speaks for.
    pub votes: Vec<&'static str>,
    /// The cells of rows left unread, in part or whole (several splits, or none): the sums they
    /// are parts of are not checked (see [`crate::checks::identities_without`]).
    pub unread: Vec<(&'static str, Applicant)>,
}

/// Recover table 三 (and 四) from glued lines. Lines that are table cells (tab-per-cell) are not
/// considered: their grids are read directly.
/// `read`: what the grids read already.
pub fn recover(lines: &[String], read: &[Metric]) -> Recovered {
    let mut rows: Vec<Row> = Vec::new();
    let mut table4: Option<(u32, String)> = None;
    let mut after_review_heading = false;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('\t') {
            continue;
        }
        if line.contains("行政复议") && line.contains("行政诉讼") {
            after_review_heading = true;
        }
        if let Some((metric, label, digits)) = glued_row(line, rows.last().map(|r| r.metric)) {
            if rows.iter().all(|r| r.metric != metric) {
                let (candidates, total_only) = match spaced(&digits, 7) {
                    Some(cells) => (vec![cells], None),
                    // Spaced, but not seven figures: blank cells left out (or a merged one), so
                    // no figure's column is known — but the 总计's, where the others add up to it.
                    None if digits.contains(' ') => match total_of_short_row(&digits) {
                        Some(total) => (Vec::new(), Some(total)),
                        None => continue,
                    },
                    None => (splits(digits.as_bytes(), 7, &sums_to_last, MAX_CANDIDATES), None),
                };
                rows.push(Row { metric, label, line: i as u32 + 1, digits, candidates, total_only });
            }
        } else if after_review_heading && table4.is_none() {
            let t = line.trim();
            let figures = t.bytes().all(|b| b.is_ascii_digit()) || spaced(t, 15).is_some();
            if t.len() >= 15 && figures {
                table4 = Some((i as u32 + 1, t.to_string()));
            }
        }
    }
    let mut out = Recovered { metrics: Vec::new(), checks: Vec::new(), votes: Vec::new(), unread: Vec::new() };
    // The 第二十条 tables are read wherever their header is (a page cut before table 三, or
    // whose table 三 was lost, keeps them): only a header the catalog's columns account for
    // opens them.
    let (art20, art20_checks, header_votes) = art20_rows(lines);
    // A local table's rows carry the national catalog's words (当面申请数件3581566), but two
    // columns glued: never read as a national row's one figure.
    let (mut local, local_checks, local_header) = local::rows(lines);
    if rows.is_empty() && table4.is_none() && art20.is_empty() && !local_header && !coded_form(lines) {
        out.metrics = national_rows(lines);
    }
    out.metrics.extend(art20);
    out.checks.extend(art20_checks);
    out.checks.extend(local_checks);
    if !rows.is_empty() {
        narrow(&mut rows);
        for row in &rows {
            emit_row(row, &mut out);
        }
        out.unread.extend(rows_lost_with_characters(lines, &rows));
    }
    if let Some((line, digits)) = table4 {
        let ok = |v: &[u64]| (0..3).all(|k| v[k * 5..k * 5 + 4].iter().sum::<u64>() == v[k * 5 + 4]);
        let candidates = match spaced(&digits, 15) {
            Some(cells) => vec![cells],
            None => splits(digits.as_bytes(), 15, &ok, MAX_CANDIDATES),
        };
        let complete = candidates.len() < MAX_CANDIDATES;
        if candidates.len() > 1 {
            out.checks.push(ambiguous("table 四", &digits, line, &candidates));
        }
        if !candidates.is_empty() && complete {
            for (i, v) in agreed(&candidates).into_iter().enumerate() {
                let Some(v) = v else { continue };
                out.metrics.push(Metric {
                    metric: catalog::TABLE4_CELLS[i].into(),
                    applicant: None,
                    value: v as f64,
                    unit: "count".into(),
                    label: catalog::TABLE4_LABELS[i].into(),
                    raw: digits.clone(),
                    source: FactSource::Table,
                    line,
                });
            }
        } else if candidates.is_empty() {
            out.checks.push(ambiguous("table 四", &digits, line, &candidates));
        }
    }
    // What the grids already read (a 第二十条 table in cells above a table 三 run together) is
    // stored once.
    let new = |m: &Metric| !read.iter().any(|r| r.metric == m.metric && r.applicant == m.applicant);
    out.metrics.retain(new);
    local.retain(new);
    out.votes = out.metrics.iter().filter_map(|m| crate::era_of_metric(&m.metric)).collect();
    // The headers' votes, unless the grids read those tables (and voted) already.
    if !read.iter().any(|m| m.metric.starts_with("art20.")) {
        out.votes.extend(header_votes);
    }
    // A local table's rows share their codes with the national table: they vote for their own.
    out.votes.extend(local.iter().map(|_| "local_pre2014"));
    out.metrics.extend(local);
    out
}

/// Where the text of table 三 lost characters (U+FFFD, 古文码), a row may have lost its label
/// with them and gone unseen: the results' sum is not checked ([`crate::tables::results_unchecked`]).
fn rows_lost_with_characters(lines: &[String], rows: &[Row]) -> Vec<(&'static str, Applicant)> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else { return Vec::new() };
    let span = &lines[first.line as usize - 1..(last.line as usize).min(lines.len())];
    if !span.iter().any(|l| l.contains(crate::labels::LOST)) {
        return Vec::new();
    }
    crate::tables::results_unchecked()
}

/// The cells on which every candidate split agrees (`None` where they differ). Only meaningful
/// when the enumeration was complete (fewer candidates than its limit): the true split is one of
/// the candidates, so a value they all share is the printed one.
fn agreed(candidates: &[Vec<u64>]) -> Vec<Option<u64>> {
    let Some(first) = candidates.first() else { return Vec::new() };
    (0..first.len()).map(|k| candidates.iter().all(|c| c[k] == first[k]).then_some(first[k])).collect()
}

/// `ambiguous_split` when several splits fit; `unsplittable_row` when none does (the printed
/// numbers do not add up, so no reading of them satisfies the template).
fn ambiguous(label: &str, digits: &str, line: u32, candidates: &[Vec<u64>]) -> Check {
    if candidates.is_empty() {
        return Check {
            rule: "unsplittable_row".into(),
            expected: None,
            actual: Some(0.0),
            passed: false,
            detail: format!(
                "line {line}: '{label}' {digits}: no split into the template's cells adds up; nothing read"
            ),
        };
    }
    let shown: Vec<String> =
        candidates.iter().take(5).map(|c| c.iter().map(u64::to_string).collect::<Vec<_>>().join("|")).collect();
    Check {
        rule: "ambiguous_split".into(),
        expected: None,
        actual: Some(candidates.len() as f64),
        passed: false,
        detail: format!(
            "line {line}: '{label}' {digits}: {} splits satisfy the template ({}{})",
            candidates.len(),
            shown.join("; "),
            if candidates.len() > 5 { "; …" } else { "" }
        ),
    }
}

/// A row's metrics: all seven cells when one split survived; when several did (and their
/// enumeration was complete), the cells every one of them agrees on, beside the
/// `ambiguous_split` check that lists them.
fn emit_row(row: &Row, out: &mut Recovered) {
    let cell = |applicant: Applicant, value: u64| Metric {
        metric: row.metric.into(),
        applicant: Some(applicant),
        value: value as f64,
        unit: "count".into(),
        label: row.label.clone(),
        raw: row.digits.clone(),
        source: FactSource::Table,
        line: row.line,
    };
    if let Some(total) = row.total_only {
        out.unread.extend(Applicant::COLUMNS[..6].iter().map(|&a| (row.metric, a)));
        out.metrics.push(cell(Applicant::Total, total));
        return;
    }
    if row.candidates.len() != 1 {
        out.checks.push(ambiguous(&row.label, &row.digits, row.line, &row.candidates));
        if row.candidates.is_empty() || row.candidates.len() >= MAX_CANDIDATES {
            out.unread.extend(Applicant::COLUMNS.iter().map(|&a| (row.metric, a)));
            return;
        }
    }
    for (v, applicant) in agreed(&row.candidates).into_iter().zip(Applicant::COLUMNS) {
        let Some(v) = v else {
            out.unread.push((row.metric, applicant));
            continue;
        };
        out.metrics.push(cell(applicant, v));
    }
}

/// Narrow each row's candidates with the column identities, to a fixed point. An identity
/// constrains a row when every other row in it is already determined (one candidate).
fn narrow(rows: &mut [Row]) {
    let index = |rows: &[Row], m: &str| rows.iter().position(|r| r.metric == m);
    // The result rows as printed: 2019's single （六） row or 2021's three （六） rows.
    let result_rows: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| crate::catalog::is_result_part(r.metric) || r.metric.starts_with("apply.result.other."))
        .map(|(i, _)| i)
        .collect();
    loop {
        let mut changed = false;
        // Identity A: received + carried_in − total − carried_out = 0, per column.
        let balance: Vec<(Option<usize>, i64)> = vec![
            (index(rows, "apply.received"), 1),
            (index(rows, "apply.carried_in"), 1),
            (index(rows, "apply.result.total"), -1),
            (index(rows, "apply.carried_out"), -1),
        ];
        // Identity B: Σ result rows − total = 0, per column (only when every result row of the
        // template is present: a missing row would make the sum wrong).
        let mut result: Vec<(Option<usize>, i64)> = result_rows.iter().map(|&i| (Some(i), 1)).collect();
        result.push((index(rows, "apply.result.total"), -1));
        let complete_results = result_rows.len() >= 19;
        for (identity, usable) in [(balance, true), (result, complete_results)] {
            if !usable || identity.iter().any(|(i, _)| i.is_none()) {
                continue;
            }
            let open: Vec<usize> =
                identity.iter().filter_map(|(i, _)| *i).filter(|&i| rows[i].candidates.len() != 1).collect();
            if open.len() != 1 {
                continue;
            }
            let target = open[0];
            let coef = identity.iter().find(|(i, _)| *i == Some(target)).unwrap().1;
            let mut known = [0i64; 7];
            for (i, c) in &identity {
                let i = i.unwrap();
                if i != target {
                    for (k, v) in rows[i].candidates[0].iter().enumerate() {
                        known[k] += c * *v as i64;
                    }
                }
            }
            let before = rows[target].candidates.len();
            rows[target].candidates.retain(|cand| (0..7).all(|k| known[k] + coef * cand[k] as i64 == 0));
            changed |= rows[target].candidates.len() != before;
        }
        if !changed {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_example_row_alone_has_two_splits() {
        let c = splits(b"123010016", 7, &sums_to_last, 100);
        assert!(c.contains(&vec![12, 3, 0, 1, 0, 0, 16]));
        assert!(c.contains(&vec![1, 2, 3, 0, 10, 0, 16]));
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn no_leading_zeros_and_bounded_cells() {
        assert!(splits(b"0100001", 7, &|_| true, 100).iter().all(|v| v.len() == 7));
        assert!(splits(b"01", 2, &|_| true, 10).contains(&vec![0, 1]));
        assert!(splits(b"001", 2, &|_| true, 10).is_empty());
    }

    #[test]
    fn figures_after_single_spaces_are_split_as_printed() {
        let lines = owned(&[
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            "规章 0 0 3",
            "行政规范性文件 12 1 40",
            "一、本年新收政府信息公开申请数量 12 3 0 1 0 0 16",
            "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1",
            "四、结转下年度继续办理 1 2 0",
            "行政复议 行政诉讼",
            "2 1 0 0 3 1 0 0 0 1 0 0 0 0 0",
        ]);
        let r = recover(&lines, &[]);
        let value = |metric: &str, applicant: Option<Applicant>| {
            r.metrics.iter().find(|m| m.metric == metric && m.applicant == applicant).map(|m| m.value)
        };
        assert_eq!(value("apply.received", Some(Applicant::NaturalPerson)), Some(12.0));
        assert_eq!(value("apply.received", Some(Applicant::Total)), Some(16.0));
        assert_eq!(value("apply.carried_in", Some(Applicant::Total)), Some(1.0));
        assert_eq!(value("art20.normative.in_force", None), Some(40.0));
        assert_eq!(value("art20.rules.in_force", None), Some(3.0));
        assert_eq!(value("review.total", None), Some(3.0));
        assert_eq!(value("litigation.direct.total", None), Some(1.0));
        // Three figures where seven belong: a blank cell or a merged one, never a guess.
        assert_eq!(value("apply.carried_out", Some(Applicant::Total)), None);
        assert!(r.checks.iter().all(|c| c.rule != "unsplittable_row"), "{:?}", r.checks);
    }

    #[test]
    fn a_spaced_row_short_of_its_columns_gives_its_total_where_its_figures_add_up() {
        let lines = owned(&[
            "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
            "一、本年新收政府信息公开申请数量 5 2 7",
            "二、上年结转政府信息公开申请数量 0 0",
            "三、本年度办理结果 （一）予以公开 3 0 0",
            "（六）其他处理 4 4",
        ]);
        let r = recover(&lines, &[]);
        let read: Vec<(&str, Option<Applicant>, f64)> =
            r.metrics.iter().map(|m| (m.metric.as_ref(), m.applicant, m.value)).collect();
        assert_eq!(
            read,
            [("apply.received", Some(Applicant::Total), 7.0), ("apply.result.other", Some(Applicant::Total), 4.0)],
            "0 | 0 and 3 | 0 | 0 tell no column"
        );
        // The columns left unknown are not summed into identities.
        assert!(r.unread.contains(&("apply.received", Applicant::NaturalPerson)));
    }

    #[test]
    fn results_unseen_in_a_table_that_lost_characters_are_not_summed() {
        // Glued rows; a row between them lost its label to 古文码 (U+FFFD) and is not seen.
        let lines = owned(&[
            "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
            "三、本年度办理结果（一）予以公开3000003",
            "\u{FFFD}\u{FFFD}\u{FFFD}4000004",
            "（六）其他处理1000001",
        ]);
        let r = recover(&lines, &[]);
        assert!(r.unread.contains(&("apply.result.partial", Applicant::Total)), "{:?}", r.unread);
        assert!(r.unread.contains(&("apply.result.disclosed", Applicant::NaturalPerson)), "no result row is summed");
        // The same rows with every character: nothing unread.
        let intact = owned(&[
            "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
            "三、本年度办理结果（一）予以公开3000003",
            "（六）其他处理1000001",
        ]);
        assert!(recover(&intact, &[]).unread.is_empty());
    }

    #[test]
    fn a_header_name_that_lost_its_last_character_still_names_its_column() {
        let lines = owned(&[
            "信息内容 上一年项目数量 本年增/ 处理决定数量",
            "行政许可 4 1 37",
            "信息内容 上一年项目数量 本年增/",
        ]);
        let r = recover(&lines, &[]);
        let read: Vec<(&str, f64)> = r.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(
            read,
            [("art20.licensing.prev_items", 4.0), ("art20.licensing.change", 1.0), ("art20.licensing.decisions", 37.0)]
        );
        assert_eq!(header_columns("上一年项目数量本年增").len(), 2, "at the header's end");
        assert!(header_columns("上一年项目数量本年增某某").is_empty(), "a name clipped, then words no column has");
    }

    #[test]
    fn article_20_tables_are_read_on_a_page_cut_before_table_three() {
        let lines = owned(&[
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
            "规章 0 0 2",
            "规范性文件 3 3 17",
            "第二十条第（五）项",
            "信息内容 上一年项目数量 本年增/减 处理决定数量",
            "行政许可 12 -1 240",
        ]);
        let r = recover(&lines, &[]);
        let value = |metric: &str| r.metrics.iter().find(|m| m.metric == metric).map(|m| m.value);
        assert_eq!(value("art20.normative.total_public"), Some(17.0));
        assert_eq!(value("art20.rules.total_public"), Some(2.0));
        assert_eq!(value("art20.licensing.change"), Some(-1.0));
        assert_eq!(value("art20.licensing.decisions"), Some(240.0));
        // Without a header the catalog reads, nothing: 信息内容 本年新 (a cell cut short) ….
        let cut = owned(&["信息内容 本年新 处理决定数量", "行政许可 12 240"]);
        assert!(recover(&cut, &[]).metrics.is_empty());
        // The header in Taiwan's phrasing (资讯内容) opens the table as well.
        let taiwan = owned(&["资讯内容 上一年项目数量 本年增/减 处理决定数量", "行政许可 12 -1 240"]);
        assert_eq!(recover(&taiwan, &[]).metrics.len(), 3);
    }

    #[test]
    fn a_header_above_blank_rows_tells_the_template() {
        let lines = owned(&["信息内容 本年制发件数 本年废止件数 现行有效件数", "规章", "行政规范性文件"]);
        let r = recover(&lines, &[]);
        assert!(r.metrics.is_empty());
        assert!(!r.votes.is_empty() && r.votes.iter().all(|v| *v == "standard_2021"), "{:?}", r.votes);
    }

    #[test]
    fn what_the_grids_read_is_not_read_again() {
        let lines = owned(&["信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规范性文件 3 3 17"]);
        // As a grid of the same table would have read it.
        let by_the_grids = recover(&lines, &[]).metrics;
        assert_eq!(by_the_grids.len(), 3);
        let again = recover(&lines, &by_the_grids);
        assert!(again.metrics.is_empty() && again.votes.is_empty(), "{:?}", again.metrics);
    }

    #[test]
    fn a_national_row_whose_unit_was_lost_is_read_unless_it_is_money() {
        // 个 and 万元 lost in a lossy decoding: the count is read, the amount's scale is unknown.
        let lines = owned(&[
            "八、政府信息公开的组织机构和人员情况",
            "（二）设置政府信息公开查阅点数\u{FFFD}7",
            "七、依申请公开信息收取的费用\u{FFFD}1.5",
        ]);
        let read: Vec<(String, f64)> =
            recover(&lines, &[]).metrics.into_iter().map(|m| (m.metric.to_string(), m.value)).collect();
        assert_eq!(read, [("org.reading_points".to_string(), 7.0)]);
    }

    #[test]
    fn table_four_on_a_line_of_its_own() {
        let lines = owned(&["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "210031000100000"]);
        let r = recover(&lines, &[]);
        // 2|1|0|0|3 1|0|0|0|1 0|0|0|0|0 is one split; report whatever is unique, else ambiguity.
        assert!(!r.metrics.is_empty() || r.checks.iter().any(|c| c.rule == "ambiguous_split"));
    }
}
