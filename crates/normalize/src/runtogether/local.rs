//! Local tables of 2008–2013 run together: `指标名称计量单位2011年度历年累计` over rows such as
//! `主动公开信息数条3162302`, this year's figure and the cumulative glued.
//!
//! Each row is its label, its unit and its digits. Where the table has two figure columns the
//! digits are cut every way that leaves no leading zero and a cumulative not below the year's
//! figure; and since real tables leave cells blank (`政府公报公开条0`: one figure printed), the
//! digits may also be the one column's figure alone. A row with one candidate is read. A total
//! and the rows under it (其中：1.当面申请数 …, or rows of the total's family: 网站公开 under
//! 主动公开信息数) are narrowed together (see [`adds_up`]): requests by channel and answers by
//! outcome add up to their totals this year (a blank counted as 0); the channels of the items
//! disclosed each lie within the total (an item goes out on several); and in every group a
//! row's cumulative lies within the total's. A total's own row must print both its figures.
//! Only the figures every surviving reading agrees on are read; the others get an
//! `ambiguous_split` check. The cumulative column is never read.

use crate::labels::key;
use crate::tables::local_set;
use nianbao_model::text::is_basic_han;
use nianbao_model::{Applicant, Check, FactSource, Metric};

/// Longest figure of these tables (cumulative counts reach six digits).
const MAX_DIGITS: usize = 7;
/// Readings of a group of rows tried before it is called ambiguous unread.
const MAX_READINGS: usize = 50_000;

/// The figure columns of a local header: two (this year's and the cumulative, in either order)
/// or one (年末统计, the first year's form).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Columns {
    One,
    Two { this_year_first: bool },
}

fn header(line: &str) -> Option<Columns> {
    // The key keeps a line's characters in order (it only drops some and folds Taiwan's
    // phrases, none of which yields 称 or 单): a line without both has neither word, and most
    // lines are refused without making their key.
    if !line.contains('称') || !line.contains('单') {
        return None;
    }
    let k = key(line);
    // A form with a 代码 column (…计量单位代码本期实际本年累计) prints each row's code before its
    // figures: not this table (see `coded_form`). Some print 单位 for 计量单位.
    if !k.contains("指标名称") || !k.contains("单位") || k.contains("代码") {
        return None;
    }
    let year_word = ["本年度", "本年", "年末统计"].iter().filter_map(|w| k.find(w)).min();
    // 2012年度: the year itself heads the column.
    let printed_year = k.find("年度").filter(|&i| i >= 4 && k[..i].bytes().rev().take(4).all(|b| b.is_ascii_digit()));
    let this_year = year_word.or(printed_year.map(|i| i - 4))?;
    Some(match ["历年累计", "累计"].iter().filter_map(|w| k.find(w)).min() {
        Some(cumulative) => Columns::Two { this_year_first: this_year < cumulative },
        None => Columns::One,
    })
}

/// One row: what the catalog calls it, whether it stands under a total, and this year's figure
/// as each reading of its digits has it (`None`: that reading leaves this year's cell blank).
#[derive(Debug)]
struct Row {
    label: String,
    metric: Option<&'static str>,
    under_a_total: bool,
    unit: &'static str,
    digits: String,
    line: u32,
    readings: Vec<Reading>,
}

/// One reading of a row's digits: this year's figure and the cumulative (`None`: that cell
/// blank), and whether the row's every figure cell is printed (a lone figure leaves the other
/// cell blank).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Reading {
    this_year: Option<u64>,
    cumulative: Option<u64>,
    complete: bool,
}

const UNITS: &[&str] = &["万元", "元", "条", "件", "次", "个", "人", "项", "份"];

/// `其中：1.当面申请数条02` → (label 当面申请数, under a total, unit 条, digits 02); `None` for a
/// line that is not a row (a heading, prose).
fn row(line: &str, number: u32, columns: Columns) -> Option<Row> {
    let t = line.trim();
    // 其中 or a number before the label: the row stands under the total above it.
    let skip = enumerator_end(t);
    let under_a_total = skip > 0;
    let at = skip + t[skip..].find(|c: char| c.is_ascii_digit())?;
    let (head, digits) = t.split_at(at);
    let digits = digits.trim();
    if !digits.bytes().all(|b| b.is_ascii_digit() || b == b' ') {
        return None;
    }
    let unit = UNITS.iter().find(|u| head.trim_end().ends_with(*u))?;
    let label = head.trim_end().strip_suffix(unit)?.trim();
    if label.chars().filter(|&c| is_basic_han(c)).count() < 2 {
        return None;
    }
    let metric = local_set().lookup(label);
    let readings = readings(digits, columns);
    Some(Row {
        label: label.to_string(),
        metric,
        under_a_total,
        unit,
        digits: digits.to_string(),
        line: number,
        readings,
    })
}

/// Where a row's enumerator (其中：, 1. 2、) ends: its digit is no figure.
fn enumerator_end(t: &str) -> usize {
    let body = ["其中：", "其中:", "其中"].iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t).trim_start();
    let offset = t.len() - body.len();
    let numbered = body.starts_with(|c: char| c.is_ascii_digit()) && body[1..].starts_with(['.', '．', '、']);
    if numbered {
        offset + 1 + body[1..].chars().next().map_or(0, char::len_utf8)
    } else {
        offset
    }
}

/// A figure as printed: digits without a leading zero (0 itself allowed).
fn figure(s: &str) -> Option<u64> {
    let ok = !s.is_empty() && s.len() <= MAX_DIGITS && (s == "0" || !s.starts_with('0'));
    ok.then(|| s.parse().ok()).flatten()
}

/// Every reading of a row's digits.
fn readings(digits: &str, columns: Columns) -> Vec<Reading> {
    let tokens: Vec<&str> = digits.split_whitespace().collect();
    let complete = |v: u64, c: Option<u64>| Reading { this_year: Some(v), cumulative: c, complete: true };
    let this_year_first = match columns {
        Columns::One => {
            return tokens
                .first()
                .filter(|_| tokens.len() == 1)
                .and_then(|t| figure(t))
                .map(|v| complete(v, None))
                .into_iter()
                .collect()
        }
        Columns::Two { this_year_first } => this_year_first,
    };
    let mut out: Vec<Reading> = Vec::new();
    let mut add = |r: Reading| {
        if !out.contains(&r) {
            out.push(r);
        }
    };
    match tokens[..] {
        [a, b] => {
            let (y, c) = if this_year_first { (a, b) } else { (b, a) };
            if let Some(y) = figure(y) {
                add(complete(y, figure(c)));
            }
        }
        [d] => {
            for k in 1..d.len() {
                let (first, second) = d.split_at(k);
                let (y, c) = if this_year_first { (first, second) } else { (second, first) };
                if let (Some(y), Some(c)) = (figure(y), figure(c)) {
                    if y <= c {
                        add(complete(y, Some(c)));
                    }
                }
            }
            // One cell printed, the other blank: the figure is this year's, or the cumulative —
            // but a cumulative of 0 leaves this year 0 as well, so a lone 0 is this year's 0
            // whichever cell it is.
            if d == "0" {
                add(Reading { this_year: Some(0), cumulative: None, complete: false });
            } else if figure(d).is_some() {
                add(Reading { this_year: figure(d), cumulative: None, complete: false });
                add(Reading { this_year: None, cumulative: figure(d), complete: false });
            }
        }
        _ => {}
    }
    out
}

/// The metric family of a total: the rows that may stand under it without 其中 or a number.
fn in_family(total: &str, metric: &str) -> bool {
    match total {
        "proactive.total" => metric.starts_with("proactive.via."),
        "apply.received" => metric.starts_with("apply.received."),
        "apply.result.total" => metric.starts_with("apply.result.") && metric != "apply.result.total",
        _ => false,
    }
}

/// What the local tables run together in a text gave: the figures read, a check for every row
/// whose figure for the year could not be told, those rows' codes (left unread: the sums they
/// are parts of are not checked), and whether a local table's header was seen.
pub(crate) struct LocalRows {
    pub metrics: Vec<Metric>,
    pub checks: Vec<Check>,
    pub unread: Vec<&'static str>,
    pub header_seen: bool,
}

/// The local tables run together in `lines` (see [`LocalRows`]).
pub(crate) fn rows(lines: &[String]) -> LocalRows {
    let (mut metrics, mut checks, mut unread) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = false;
    let mut columns = None;
    let mut table: Vec<Row> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(c) = header(line) {
            seen = true;
            read(std::mem::take(&mut table), &mut metrics, &mut checks, &mut unread);
            columns = Some(c);
            continue;
        }
        let Some(c) = columns else { continue };
        match row(line, i as u32 + 1, c) {
            Some(r) => table.push(r),
            // A heading (二、依申请公开情况) stays inside the table; prose ends it.
            None if is_heading(line) => {}
            None => {
                read(std::mem::take(&mut table), &mut metrics, &mut checks, &mut unread);
                columns = None;
            }
        }
    }
    read(table, &mut metrics, &mut checks, &mut unread);
    LocalRows { metrics, checks, unread, header_seen: seen }
}

fn is_heading(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 16 && !t.bytes().any(|b| b.is_ascii_digit()) && !t.contains(['。', '，'])
}

/// Read one table's rows: each total with the rows under it, and the rows on their own.
fn read(table: Vec<Row>, metrics: &mut Vec<Metric>, checks: &mut Vec<Check>, unread: &mut Vec<&'static str>) {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for r in table {
        let joins = groups.last().is_some_and(|g| {
            let total = g[0].metric.unwrap_or("");
            r.under_a_total || r.metric.is_some_and(|m| in_family(total, m))
        });
        match groups.last_mut() {
            Some(g) if joins => g.push(r),
            _ => groups.push(vec![r]),
        }
    }
    for group in groups {
        let values = solve(&group);
        for (r, value) in group.iter().zip(values) {
            match (value, r.metric) {
                (Some(Some(v)), Some(metric)) => metrics.push(metric_of(r, metric, v)),
                // 行政申诉数: no catalog code, reported as the table readers report it.
                (Some(Some(v)), None) => checks.push(crate::tables::unmapped(&r.label, &v.to_string(), r.line)),
                (Some(None), _) => {}
                (None, metric) => {
                    checks.push(undecided(r));
                    unread.extend(metric);
                }
            }
        }
    }
}

/// Per row, this year's figure every surviving reading of the group agrees on (`Some(None)`:
/// agreed blank), or `None` where they differ or none survives.
fn solve(group: &[Row]) -> Vec<Option<Option<u64>>> {
    // A row read one way only is read so, whether or not its group adds up (a total with
    // channels the table does not list).
    let alone: Vec<Option<Option<u64>>> =
        group.iter().map(|r| (r.readings.len() == 1).then(|| r.readings[0].this_year)).collect();
    let combinations = group.iter().try_fold(1usize, |n, r| n.checked_mul(r.readings.len().max(1)));
    if group.len() == 1 || group.iter().any(|r| r.readings.is_empty()) || combinations.is_none_or(|n| n > MAX_READINGS)
    {
        return alone;
    }
    let mut agreed: Option<Vec<Option<u64>>> = None;
    let mut differs = vec![false; group.len()];
    let mut choice = vec![0usize; group.len()];
    loop {
        let picked: Vec<Reading> = group.iter().zip(&choice).map(|(r, &k)| r.readings[k]).collect();
        let pick: Vec<Option<u64>> = picked.iter().map(|r| r.this_year).collect();
        // A total prints both its figures: read as a lone figure, every row of the group might
        // be the cumulative alone.
        if picked[0].complete && adds_up(group[0].metric, &picked) {
            match &agreed {
                None => agreed = Some(pick),
                Some(first) => {
                    for (k, v) in pick.iter().enumerate() {
                        differs[k] |= *v != first[k];
                    }
                }
            }
        }
        // The next combination, the last row's readings turning fastest.
        let mut k = group.len();
        loop {
            if k == 0 {
                return match agreed {
                    Some(first) => first.into_iter().zip(differs).map(|(v, d)| (!d).then_some(v)).collect(),
                    None => alone,
                };
            }
            k -= 1;
            choice[k] += 1;
            if choice[k] < group[k].readings.len() {
                break;
            }
            choice[k] = 0;
        }
    }
}

/// Does a reading of a group (its total first) hold together? Requests came in by one channel
/// each and were answered one way each: the rows under those totals add up to them this year,
/// and over the years where every row prints its cumulative (a row may print this year's
/// figure alone).
/// An item may go out on several channels (网站 500 and 公报 60 beside a total of 500):
/// each channel's figure is only within the total's. In every group a row's cumulative is
/// within the total's.
fn adds_up(total: Option<&str>, picked: &[Reading]) -> bool {
    let (head, parts) = (&picked[0], &picked[1..]);
    let within = |a: Option<u64>, b: Option<u64>| a.zip(b).is_none_or(|(a, b)| a <= b);
    if !parts.iter().all(|p| within(p.cumulative, head.cumulative)) {
        return false;
    }
    if total == Some("proactive.total") {
        parts.iter().all(|p| within(p.this_year, head.this_year))
    } else {
        let cumulatives: Option<u64> = parts.iter().map(|p| p.cumulative).sum();
        head.this_year == Some(parts.iter().map(|p| p.this_year.unwrap_or(0)).sum())
            && cumulatives.is_none_or(|c| head.cumulative == Some(c))
    }
}

fn metric_of(r: &Row, metric: &'static str, value: u64) -> Metric {
    let money = r.unit.contains('元');
    Metric {
        metric: metric.into(),
        applicant: metric.starts_with("apply.").then_some(Applicant::Total),
        value: if r.unit == "万元" { value as f64 * 10_000.0 } else { value as f64 },
        unit: if money { "yuan" } else { "count" }.into(),
        label: r.label.clone(),
        raw: format!("{}{}", r.unit, r.digits),
        source: FactSource::Table,
        line: r.line,
    }
}

fn undecided(r: &Row) -> Check {
    Check {
        rule: "ambiguous_split".into(),
        expected: None,
        actual: Some(r.readings.len() as f64),
        passed: false,
        detail: format!(
            "line {}: '{}' {}: this year's figure and the cumulative run together, and the rows that add up with it do not tell where they part; nothing read",
            r.line, r.label, r.digits
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    fn read_all(text: &str) -> Vec<(String, f64)> {
        rows(&lines(text)).metrics.into_iter().map(|m| (m.metric.to_string(), m.value)).collect()
    }

    #[test]
    fn the_rows_under_a_total_tell_where_this_years_figures_end() {
        // 答复 3 | 16; 同意 1 | 9; 部分 0 (one cell: this year's 0, or a cumulative 0 that leaves
        // this year 0 too); 不予 1 | 6; 其他 1 (one cell; no catalog code).
        let got = read_all(
            "指标名称计量单位2012年度历年累计\n对申请的答复总数条316\n其中:1.同意公开答复数条19\n2.同意部分公开答复数条0\n3.不予公开答复数条16\n4.其他类型答复数条1\n",
        );
        assert_eq!(
            got,
            [
                ("apply.result.total".to_string(), 3.0),
                ("apply.result.disclosed".to_string(), 1.0),
                ("apply.result.partial".to_string(), 0.0),
                ("apply.result.denied".to_string(), 1.0),
            ]
        );
    }

    #[test]
    fn channels_of_the_items_disclosed_are_each_within_the_total_not_its_parts() {
        // 78 | 900 over 网站 60 | 800 and 公报 9 | 90: an item may go out on several channels, so
        // the channels need not add up; each lies within the total in both columns, which
        // leaves only this reading (7 | 8900 has 网站 60 above it).
        let got = read_all(
            "指标名称计量单位本年度历年累计\n主动公开信息数条78900\n其中：网站公开条60800\n政府公报公开条990\n",
        );
        assert_eq!(
            got,
            [
                ("proactive.total".to_string(), 78.0),
                ("proactive.via.website".to_string(), 60.0),
                ("proactive.via.gazette".to_string(), 9.0)
            ]
        );
    }

    #[test]
    fn requests_by_channel_add_up_over_the_years_too() {
        // 413 | 637 over 382 | 404, 8 | 8, 22 | 42, 1 | 183 adds up both ways and is read. With
        // 414637 no reading adds up but 41 | 4637 over 38 | 2404, 传真 88 (its cumulative
        // alone), 2 | 242, 1 | 183 — this year only (2917 over the years): nothing is read.
        let rows = |total: &str| {
            format!("指标名称计量单位本年度历年累计\n受理依申请公开信息总数件{total}\n其中：当面申请件382404\n传真件88\n电子邮件件2242\n其它形式件1183\n")
        };
        let got = read_all(&rows("413637"));
        assert_eq!(got.first(), Some(&("apply.received".to_string(), 413.0)), "{got:?}");
        assert!(!read_all(&rows("414637")).iter().any(|(m, _)| m == "apply.received"));
    }

    #[test]
    fn a_row_alone_is_read_only_when_one_reading_fits() {
        // 行政复议数件00: 0 | 0 is the only reading (00 is no figure); 21234 has many.
        let got = read_all("指标名称计量单位本年度历年累计\n行政复议数件00\n行政诉讼数件21234\n");
        assert_eq!(got, [("review.total".to_string(), 0.0)]);
        // A row the catalog lacks is reported, as the table readers report it.
        let LocalRows { checks, .. } = rows(&lines("指标名称计量单位本年度历年累计\n行政申诉数件00\n"));
        assert_eq!(checks.iter().map(|c| c.rule.to_string()).collect::<Vec<_>>(), ["unmapped_row"]);
        let LocalRows { checks, unread, .. } = rows(&lines("指标名称计量单位本年度历年累计\n行政诉讼数件21234\n"));
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].rule, "ambiguous_split");
        assert_eq!(unread, ["litigation.total"], "the row left unread, for the sums it is a part of");
    }

    #[test]
    fn the_year_column_is_found_by_its_name_and_one_column_is_read_whole() {
        // 历年累计 first: 120 | 5 = 100 | 3 + 15 | 2 is the only reading that adds up.
        let got = read_all(
            "指 标 名 称计量单位历年累计本年度\n主动公开信息数条1205\n其中：网站公开条1003\n政府公报公开条152\n",
        );
        assert_eq!(
            got,
            [
                ("proactive.total".to_string(), 5.0),
                ("proactive.via.website".to_string(), 3.0),
                ("proactive.via.gazette".to_string(), 2.0)
            ]
        );
        // 2302 | 16 = 2300 | 16 + 2 | 0, and so do 23021 | 6 = 23001 | 6 + 2 | 0: only 公报's 0
        // holds in every reading, but 公报's lone 0 might be its blank year's cumulative too.
        assert!(read_all(
            "指标名称计量单位历年累计本年度\n主动公开信息数条230216\n其中：网站公开条230016\n政府公报公开条20\n"
        )
        .is_empty());
        // Spaced, the cells are printed apart: the year's column is the second.
        let spaced = read_all("指标名称 计量单位 历年累计 本年度\n主动公开信息数 条 2302 16\n");
        assert_eq!(spaced, [("proactive.total".to_string(), 16.0)]);
        // One column: every figure is this year's, though the channels do not add up.
        let one = read_all(
            "指标名称计量单位年末统计\n主动公开信息数条316\n其中：1.政府公报条30\n2.政府网站条316\n行政复议数件2\n",
        );
        assert_eq!(
            one,
            [
                ("proactive.total".to_string(), 316.0),
                ("proactive.via.gazette".to_string(), 30.0),
                ("proactive.via.website".to_string(), 316.0),
                ("review.total".to_string(), 2.0)
            ]
        );
    }

    #[test]
    fn a_header_printing_unit_for_measure_unit_opens_the_table() {
        let got = read_all("指标名称 单位 2016 年度 历年累计\n主动公开信息数 条 57 902\n行政复议数 件 0\n");
        assert_eq!(got, [("proactive.total".to_string(), 57.0), ("review.total".to_string(), 0.0)]);
    }

    #[test]
    fn prose_ends_the_table_and_a_total_with_a_lone_figure_is_no_reading() {
        // 5 and 5: this year's figures, or the cumulative of a year left blank — unknown.
        let LocalRows { metrics, .. } =
            rows(&lines("指标名称计量单位本年度历年累计\n受理申请总数件5\n其中：网上申请数件5\n"));
        assert!(metrics.is_empty(), "{metrics:?}");
        let after = read_all(
            "指标名称计量单位本年度历年累计\n行政复议数件00\n本年度我局共受理申请12件，均已答复。\n行政诉讼数件00\n",
        );
        assert_eq!(after, [("review.total".to_string(), 0.0)]);
    }
}
