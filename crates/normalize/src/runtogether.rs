//! Tables whose cell separators a crawler removed: `一、本年新收政府信息公开申请数量123010016`.
//!
//! A row of table 三 is its label and seven numbers glued together. The splits of the digits
//! into seven numbers without leading zeros whose last is the sum of the other six are
//! enumerated per row; the row alone is often ambiguous (12|3|0|1|0|0|16 and 1|2|3|0|10|0|16),
//! so the candidates are then narrowed with the column identities of the table — per applicant,
//! received + carried_in = total + carried_out, and total = the sum of the result rows — column
//! by column, a split kept where some choice among the other rows' splits completes the identity,
//! until nothing changes. A table printing its zeros as blank cells leaves them out: a row too
//! short for seven figures offers only its 总计 (see [`ShortRow`]), and so, beside it, does every
//! longer row. A row is read whole when exactly one split survives; otherwise an
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
    /// A row printing fewer figures than its seven columns (its blank cells left no trace): only
    /// its 总计 can be known. Set instead of `candidates`.
    short: Option<ShortRow>,
}

/// The 总计 a short row may hold. Spaced (`46 0 46`), the figures are printed apart and the last
/// is the total where the ones before add up to it. Glued (`46046`), the figures' bounds are
/// lost too: every split into two to six figures whose last is the sum of the others gives a
/// total (46|0|46), and so does the whole read as one figure (46046, a row printing its 总计
/// alone). The column identities then choose among them, as they choose among a full row's
/// splits; a total is read only where one survives and a split adding up to it supports it (a
/// lone figure's column is unknown).
struct ShortRow {
    totals: Vec<u64>,
    /// The totals a split of the figures adding up to it supports.
    added_up: Vec<u64>,
}

impl ShortRow {
    /// A spaced row's total, where its figures add up to it ([`total_of_short_row`]).
    fn spaced(digits: &str) -> Option<ShortRow> {
        total_of_short_row(digits).map(|total| ShortRow { totals: vec![total], added_up: vec![total] })
    }

    /// A glued row of up to `figures` figures (fewer than seven digits: six at most; any row of
    /// a table that leaves its blank cells out: seven).
    fn glued(digits: &str, figures: usize) -> Option<ShortRow> {
        // The rule a spaced short row's figures are read by ([`crate::tables::short_row_total`]).
        let adds_up =
            |v: &[u64]| crate::tables::short_row_total(&v.iter().map(|&x| x as f64).collect::<Vec<_>>()).is_some();
        let mut added_up: Vec<u64> = (2..=figures)
            .flat_map(|cells| splits(digits.as_bytes(), cells, &adds_up, MAX_CANDIDATES))
            .map(|v| v[v.len() - 1])
            .collect();
        added_up.sort_unstable();
        added_up.dedup();
        let mut totals = added_up.clone();
        let one_figure = digits.len() <= MAX_DIGITS && (digits == "0" || !digits.starts_with('0'));
        if let Some(whole) = one_figure.then(|| digits.parse::<u64>().ok()).flatten() {
            if !totals.contains(&whole) {
                totals.push(whole);
            }
        }
        (!totals.is_empty()).then_some(ShortRow { totals, added_up })
    }

    /// The total read: the one left, where a split supports it.
    fn read(&self) -> Option<u64> {
        match self.totals[..] {
            [total] if self.added_up.contains(&total) => Some(total),
            _ => None,
        }
    }
}

/// Characters in the longest label of a table 三 row, its group's label before it (三、本年度办理结果
/// （二）部分公开（区分处理的，只计这一情形，不计其他情形）), with room for a lost character or two.
const LONGEST_ROW_LABEL: usize = 64;

/// Glued short rows are read only inside a table of at least this many rows: a label of table
/// 三 followed by a digit or two elsewhere is prose, not a row.
const SHORT_ROWS_NEED: usize = 5;

/// A label line without figures, if it is one of table 三's: whether it opens or continues
/// 2021's （六） group (its head （六）其他处理, or one of its rows printed blank) — `Some(false)`
/// for any other row's label. Exact keys only: these are the catalog's words.
fn other_handling_label(label: &str) -> Option<bool> {
    static KEYS: std::sync::OnceLock<Vec<(String, bool)>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        // The group's head first: its words are also 2019's single （六） row's.
        [("其他处理".to_string(), true)]
            .into_iter()
            .chain(
                catalog::TABLE3_ROWS
                    .iter()
                    .map(|(l, code)| (crate::labels::key(l), code.starts_with("apply.result.other."))),
            )
            .collect()
    });
    crate::labels::with_key(label, |k| keys.iter().find(|(key, _)| key == k).map(|(_, other)| *other))
}

/// The label's own item: after the last enumerator (1. 2、) or closing bracket, if any.
pub(crate) fn own_item(label: &str) -> Vec<&str> {
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
/// `short_rows`: whether a glued row may print fewer than seven digits (the page has table 三's
/// words: no other text's lines ending in a figure are looked up as its rows).
fn glued_row(line: &str, previous: Option<&str>, short_rows: bool) -> Option<(&'static str, String, String)> {
    let trimmed = line.trim();
    // The figures: digits, glued or each after a single space (a page saved on one line).
    let digits_start = trimmed.char_indices().rev().take_while(|(_, c)| c.is_ascii_digit() || *c == ' ').last()?.0;
    let (label, digits) = trimmed.split_at(digits_start);
    let (label, digits) = (label.trim_end(), digits.trim());
    // Spaced, two figures at least may be a short row's (blank cells left out); glued, seven
    // digits, or fewer after a label as short as a row's (a short row's: prose ends in figures too).
    let label_chars = label.chars().count();
    let enough = if digits.contains(' ') {
        digits.split(' ').count() >= 2
    } else {
        digits.len() >= 7 || (short_rows && !digits.is_empty() && label_chars <= LONGEST_ROW_LABEL)
    };
    if !enough || label_chars < 2 || label.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
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
    /// The form's other header words, beside its 代码.
    const CODED_HEADER_WORDS: [&str; 3] = ["计量单位", "指标名称", "本期实际"];
    // 代码 itself broken over two lines (…计量单位    代 / 码    本期实际…).
    let broken_inside = lines.windows(2).any(|w| {
        w[0].trim_end().ends_with('代') && w[1].trim_start().starts_with('码') && {
            let header = crate::labels::key(&format!("{}{}", w[0], w[1]));
            CODED_HEADER_WORDS.iter().any(|h| header.contains(h))
        }
    });
    broken_inside
        || lines.iter().enumerate().filter(|(_, l)| l.contains("代码")).any(|(at, l)| {
            let cells: Vec<String> = l.split(['|', '\t', ' ', '\u{3000}']).map(crate::labels::key).collect();
            let written: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
            let around = || -> String {
                lines[at.saturating_sub(2)..(at + 2).min(lines.len())].iter().map(|l| crate::labels::key(l)).collect()
            };
            written.len() == 1 && written[0] == "代码"
                || cells.iter().any(|c| c == "代码")
                    && (cells.iter().any(|c| c == "计量单位" || c == "单位" || c == "指标名称") || {
                        let around = around();
                        CODED_HEADER_WORDS.iter().any(|w| around.contains(w))
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
    // The catalog's names as keys, made once.
    type Names = Vec<(String, &'static str, bool, catalog::Era)>;
    static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        catalog::ART20_COLUMNS
            .iter()
            .map(|(label, (code, era, money))| (crate::labels::key(label), *code, *money, *era))
            .collect()
    });
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
        // Each block (第二十条第（五）项) has its own columns: a row of the next block is never
        // read under the last block's header.
        if t.starts_with("第二十条") {
            columns.clear();
            continue;
        }
        // 资讯内容: the header in Taiwan's phrasing. A page that prints 信息内容 over the first
        // block only heads the next blocks with their columns alone (本年处理决定数量).
        // (Only a line opening as a column is tried alone: most lines are rows or prose.)
        let header = match t.strip_prefix("信息内容").or_else(|| t.strip_prefix("资讯内容")) {
            Some(rest) => Some(header_columns(&crate::labels::key(rest))),
            None if ["本年", "上一年", "处理决定", "采购", "对外公开", "现行有效"].iter().any(|w| t.starts_with(w))
                && !crate::text::has_digit(t) =>
            {
                Some(header_columns(&crate::labels::key(t))).filter(|h| !h.is_empty())
            }
            None => None,
        };
        if let Some(header) = header {
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
        // The subject as the grids' labels are matched, exactly: its note dropped (规章（设区的市…）),
        // Taiwan's phrasing folded (规范性档案).
        let subject_key = crate::labels::key(subject);
        let Some(code) =
            catalog::ART20_SUBJECTS.iter().find(|(l, _)| crate::labels::key(l) == subject_key).map(|(_, c)| *c)
        else {
            continue;
        };
        let header_wan = columns.len() == 1 && columns[0].1;
        // A header naming one column twice (a page's typo: 本年新制作数量 where 本年新公开数量
        // stands) does not tell its two figures apart: neither is read, as in the grids.
        let named_once = |col: &str| columns.iter().filter(|(c, _)| *c == col).count() == 1;
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
            // A page may leave 本年增/减 blank (no change): glued, the other columns' digits alone
            // may be the row (行政事业性收费99: 99 and a blank, or 9 and 9). Not read then.
            // (Asked only of a row that splits one way under every column.)
            let change_may_be_blank = c.len() == 1
                && columns.iter().any(|(col, _)| *col == "change")
                && !splits(digits.as_bytes(), columns.len() - 1, &|_| true, LIMIT).is_empty();
            if change_may_be_blank {
                checks.push(change_left_blank(subject, digits, i as u32 + 1, &c[0]));
                continue;
            }
            if c.len() != 1 {
                checks.push(ambiguous(subject, digits, i as u32 + 1, &c));
                if c.len() > 1 && c.len() < LIMIT {
                    for ((col, money), value) in columns.iter().zip(agreed(&c)) {
                        if let Some(value) = value.filter(|_| named_once(col)) {
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
        for ((col, money), value) in columns.iter().zip(values).filter(|((col, _), _)| named_once(col)) {
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
    // Inside 2021's （六） rows: their 3.其他 follows them, even where the rows before it printed
    // no figure (blank cells) and are no glued rows.
    let mut in_other_handling = false;
    let table3_words = lines.iter().any(|l| l.contains("申请人情况") || l.contains("本年新收"));
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('\t') {
            continue;
        }
        if line.contains("行政复议") && line.contains("行政诉讼") {
            after_review_heading = true;
        }
        let previous = if in_other_handling { Some("apply.result.other.") } else { rows.last().map(|r| r.metric) };
        let glued = glued_row(line, previous, table3_words);
        // A row label without figures is short (prose lines are not looked up). Only the group's
        // words open the group; inside it, any row's label may close it.
        let may_matter = in_other_handling || line.contains("其他处理") || line.contains("不再处理");
        let label_alone = may_matter
            && glued.is_none()
            && line.len() <= 3 * LONGEST_ROW_LABEL
            && !line.trim_end().ends_with(|c: char| c.is_ascii_digit());
        if let Some(other) = label_alone.then(|| other_handling_label(line.trim())).flatten() {
            in_other_handling = other;
        }
        if let Some((metric, label, digits)) = glued {
            in_other_handling = metric.starts_with("apply.result.other.");
            if rows.iter().all(|r| r.metric != metric) {
                let (candidates, short) = match spaced(&digits, 7) {
                    Some(cells) => (vec![cells], None),
                    // Spaced, but not seven figures: blank cells left out (or a merged one), so
                    // no figure's column is known — but the 总计's, where the others add up to it.
                    None if digits.contains(' ') => match ShortRow::spaced(&digits) {
                        Some(short) => (Vec::new(), Some(short)),
                        None => continue,
                    },
                    // Glued, too few digits for seven figures: blank cells left out.
                    None if digits.len() < 7 => match ShortRow::glued(&digits, 6) {
                        Some(short) => (Vec::new(), Some(short)),
                        None => continue,
                    },
                    None => (splits(digits.as_bytes(), 7, &sums_to_last, MAX_CANDIDATES), None),
                };
                rows.push(Row { metric, label, line: i as u32 + 1, digits, candidates, short });
            }
        } else if after_review_heading && table4.is_none() {
            let t = line.trim();
            let figures = t.bytes().all(|b| b.is_ascii_digit()) || spaced(t, 15).is_some();
            if t.len() >= 15 && figures {
                table4 = Some((i as u32 + 1, t.to_string()));
            }
        }
    }
    if rows.len() < SHORT_ROWS_NEED {
        rows.retain(|r| !r.glued_short());
    }
    // A glued row too short for seven figures shows that the table leaves its blank cells out:
    // a longer row may then print fewer than seven figures too, and no figure's column is
    // certain — every glued row gives its 总计 alone.
    if rows.iter().any(Row::glued_short) {
        for row in rows.iter_mut().filter(|r| r.short.is_none() && !r.digits.contains(' ')) {
            let none_adds_up = ShortRow { totals: Vec::new(), added_up: Vec::new() };
            row.short = Some(ShortRow::glued(&row.digits, 7).unwrap_or(none_adds_up));
            row.candidates.clear();
        }
    }
    let mut out = Recovered { metrics: Vec::new(), checks: Vec::new(), votes: Vec::new(), unread: Vec::new() };
    // The 第二十条 tables are read wherever their header is (a page cut before table 三, or
    // whose table 三 was lost, keeps them): only a header the catalog's columns account for
    // opens them.
    let (art20, art20_checks, header_votes) = art20_rows(lines);
    // A local table's rows carry the national catalog's words (当面申请数件3581566), but two
    // columns glued: never read as a national row's one figure.
    let local::LocalRows { metrics: mut local, checks: local_checks, unread: local_unread, header_seen: local_header } =
        local::rows(lines);
    out.unread.extend(local_unread.into_iter().map(|m| (m, Applicant::Total)));
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

/// A glued 第二十条 row that splits one way under every column, and another way where its
/// 本年增/减 was left blank: which one the page printed is not told.
fn change_left_blank(label: &str, digits: &str, line: u32, split: &[u64]) -> Check {
    let shown = split.iter().map(u64::to_string).collect::<Vec<_>>().join("|");
    Check {
        rule: "ambiguous_split".into(),
        expected: None,
        actual: Some(2.0),
        passed: false,
        detail: format!(
            "line {line}: '{label}' {digits}: {shown} under every column, or fewer figures with 本年增/减 left blank; nothing read"
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
    if let Some(short) = &row.short {
        out.unread.extend(Applicant::COLUMNS[..6].iter().map(|&a| (row.metric, a)));
        match short.read() {
            Some(total) => out.metrics.push(cell(Applicant::Total, total)),
            None => out.unread.push((row.metric, Applicant::Total)),
        }
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

/// Narrow each row's candidates with the column identities, to a fixed point: column by
/// column, a row keeps the candidates whose figure there some choice of the other rows' figures
/// completes to the identity (arc consistency). A full row offers every column; a short row its
/// 总计 alone, so an identity it enters is used in the 总计 column only. An identity that no
/// choice satisfies was printed broken: it narrows nothing (the checks report it), and a row
/// whose candidates were cut short at the limit narrows nothing either (its true split may be
/// among those not listed).
fn narrow(rows: &mut [Row]) {
    let index = |m: &str| rows.iter().position(|r| r.metric == m);
    // Identity A: received + carried_in − total − carried_out = 0, per column.
    let balance =
        [("apply.received", 1), ("apply.carried_in", 1), ("apply.result.total", -1), ("apply.carried_out", -1)];
    let mut identities: Vec<Vec<(usize, i64)>> = Vec::new();
    if let Some(a) = balance.iter().map(|&(m, c)| index(m).map(|i| (i, c))).collect::<Option<Vec<_>>>() {
        identities.push(a);
    }
    // Identity B: Σ result rows − total = 0, per column (only when every result row of the
    // template is present: a missing row would make the sum wrong). The result rows as
    // printed: 2019's single （六） row or 2021's three （六） rows.
    let result_rows: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| crate::catalog::is_result_part(r.metric) || r.metric.starts_with("apply.result.other."))
        .map(|(i, _)| i)
        .collect();
    if let (true, Some(total)) = (result_rows.len() >= 19, index("apply.result.total")) {
        identities.push(result_rows.iter().map(|&i| (i, 1)).chain([(total, -1)]).collect());
    }
    loop {
        let mut changed = false;
        for identity in &identities {
            for column in 0..7 {
                let values: Option<Vec<Vec<u64>>> = identity.iter().map(|&(i, _)| rows[i].values_in(column)).collect();
                // Every row down to one figure there: nothing to narrow.
                let Some(values) = values.filter(|v| v.iter().any(|figures| figures.len() > 1)) else { continue };
                let coefficients: Vec<i64> = identity.iter().map(|&(_, c)| c).collect();
                let Some(kept) = supported(&values, &coefficients) else { continue };
                for (&(i, _), kept) in identity.iter().zip(&kept) {
                    changed |= rows[i].keep_in(column, kept);
                }
            }
        }
        if !changed {
            break;
        }
    }
}

impl Row {
    /// A glued row too short for seven figures (a spaced one prints where its figures part).
    fn glued_short(&self) -> bool {
        self.short.is_some() && !self.digits.contains(' ')
    }

    /// The figures this row may print in `column`, or `None` where it tells nothing there.
    fn values_in(&self, column: usize) -> Option<Vec<u64>> {
        if let Some(short) = &self.short {
            return (column == 6).then(|| short.totals.clone());
        }
        if self.candidates.is_empty() || self.candidates.len() >= MAX_CANDIDATES {
            return None;
        }
        let mut values: Vec<u64> = self.candidates.iter().map(|c| c[column]).collect();
        values.sort_unstable();
        values.dedup();
        Some(values)
    }

    /// Keep the candidates whose figure in `column` is in `kept`; whether any went.
    fn keep_in(&mut self, column: usize, kept: &[u64]) -> bool {
        match &mut self.short {
            Some(short) => {
                let before = short.totals.len();
                short.totals.retain(|t| kept.contains(t));
                short.totals.len() != before
            }
            None => {
                let before = self.candidates.len();
                self.candidates.retain(|c| kept.contains(&c[column]));
                self.candidates.len() != before
            }
        }
    }
}

/// Sums reachable are not enumerated beyond this many (the identity then narrows nothing).
const MAX_SUMS: usize = 20_000;

/// For Σ coefficients[i] · x[i] = 0 with each x[i] one of values[i]: the values of each row
/// that some choice of the others completes. `None` when no choice does (the identity was
/// printed broken) or the sums grow past [`MAX_SUMS`].
fn supported(values: &[Vec<u64>], coefficients: &[i64]) -> Option<Vec<Vec<u64>>> {
    use std::collections::HashSet;
    let step = |sums: &HashSet<i64>, i: usize| -> Option<HashSet<i64>> {
        let next: HashSet<i64> =
            sums.iter().flat_map(|s| values[i].iter().map(move |&v| s + coefficients[i] * v as i64)).collect();
        (next.len() <= MAX_SUMS).then_some(next)
    };
    let n = values.len();
    // before[i]: the sums of rows 0..i; after[i]: the sums of rows i..n.
    let mut before = vec![HashSet::from([0i64])];
    for i in 0..n {
        before.push(step(&before[i], i)?);
    }
    let mut after = vec![HashSet::from([0i64]); n + 1];
    for i in (0..n).rev() {
        after[i] = step(&after[i + 1], i)?;
    }
    if !after[0].contains(&0) {
        return None;
    }
    let kept = (0..n)
        .map(|i| {
            values[i]
                .iter()
                .copied()
                .filter(|&v| before[i].iter().any(|p| after[i + 1].contains(&(-p - coefficients[i] * v as i64))))
                .collect()
        })
        .collect();
    Some(kept)
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
    fn the_other_row_of_other_handling_follows_rows_without_figures() {
        // 2021's （六） rows, the first two blank (no figure printed), then 3.其他.
        let lines = owned(&[
            "（五）不予处理 1.信访举报投诉类申请 2 2",
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他 1 1 1 3",
            "（七）总计 3 1 1 5",
        ]);
        let r = recover(&lines, &[]);
        assert_eq!(total_of(&r, "apply.result.other.other"), Some(3.0), "{:?}", r.metrics);
        // Right after the group's head.
        let r = recover(&[lines[0].clone(), lines[1].clone(), lines[4].clone(), lines[5].clone()], &[]);
        assert_eq!(total_of(&r, "apply.result.other.other"), Some(3.0), "{:?}", r.metrics);
        // Elsewhere 其他 is no row of table 三.
        let r = recover(&owned(&["（五）不予处理 1.信访举报投诉类申请 2 2", "其他 1 1 1 3"]), &[]);
        assert_eq!(total_of(&r, "apply.result.other.other"), None);
    }

    #[test]
    fn rows_ambiguous_together_are_narrowed_together() {
        // Received is 12|3|0|1|0|0|16 or 1|2|3|0|10|0|16, the total 13|3|0|1|0|0|17 or
        // 1|3|3|0|10|0|17: two rows open at once. Column by column, received + 1 carried in =
        // total leaves one split of each.
        let lines = owned(&[
            "一、本年新收政府信息公开申请数量123010016",
            "二、上年结转政府信息公开申请数量1000001",
            "（七）总计133010017",
            "四、结转下年度继续办理0000000",
        ]);
        let r = recover(&lines, &[]);
        let value = |metric: &str, applicant: Applicant| {
            r.metrics.iter().find(|m| m.metric == metric && m.applicant == Some(applicant)).map(|m| m.value)
        };
        assert_eq!(value("apply.received", Applicant::NaturalPerson), Some(12.0));
        assert_eq!(value("apply.received", Applicant::Commercial), Some(3.0));
        assert_eq!(value("apply.result.total", Applicant::NaturalPerson), Some(13.0));
        assert_eq!(value("apply.result.total", Applicant::LegalService), Some(0.0));
        assert!(r.checks.is_empty(), "{:?}", r.checks);
    }

    fn total_of(r: &Recovered, metric: &str) -> Option<f64> {
        r.metrics.iter().find(|m| m.metric == metric && m.applicant == Some(Applicant::Total)).map(|m| m.value)
    }

    /// Table 三 of a 2019 report with its zeros left blank, saved on one line: a row's figures
    /// glued without the blanks between them.
    fn blank_zeros_glued(received: &str, carried_in: &str, disclosed: &str, repeats: &str, total: &str) -> Vec<String> {
        let mut lines = vec![
            "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他".to_string(),
            format!("一、本年新收政府信息公开申请数量{received}"),
            format!("二、上年结转政府信息公开申请数量{carried_in}"),
            format!("三、本年度办理结果（一）予以公开{disclosed}"),
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0".to_string(),
        ];
        let groups: [(&str, &[&str]); 3] = [
            (
                "（三）不予公开",
                &[
                    "属于国家秘密",
                    "其他法律行政法规禁止公开",
                    "危及“三安全一稳定”",
                    "保护第三方合法权益",
                    "属于三类内部事务信息",
                    "属于四类过程性信息",
                    "属于行政执法案卷",
                    "属于行政查询事项",
                ],
            ),
            ("（四）无法提供", &["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]),
            (
                "（五）不予处理",
                &[
                    "信访举报投诉类申请",
                    "重复申请",
                    "要求提供公开出版物",
                    "无正当理由大量反复申请",
                    "要求行政机关确认或重新出具已获取信息",
                ],
            ),
        ];
        for (group, labels) in groups {
            for (n, label) in labels.iter().enumerate() {
                let head = if n == 0 { group } else { "" };
                let figures = if *label == "重复申请" { repeats } else { "0" };
                lines.push(format!("{head}{}.{label}{figures}", n + 1));
            }
        }
        lines.push("（六）其他处理0".to_string());
        lines.push(format!("（七）总计{total}"));
        lines.push("四、结转下年度继续办理0".to_string());
        lines
    }

    #[test]
    fn a_glued_row_short_of_seven_figures_gives_the_total_the_identities_leave() {
        // 25 requests (21 from people, 4 from companies), 2 carried in, 24 disclosed and 3
        // refused as repeats: 27 in all. Alone, 21425 is 21|4|25 or the one figure 21425;
        // received + carried in = total, and the results adding up to the total, leave one each.
        let r = recover(&blank_zeros_glued("21425", "202", "20424", "303", "23427"), &[]);
        let total = |metric: &str| total_of(&r, metric);
        assert_eq!(total("apply.received"), Some(25.0));
        assert_eq!(total("apply.carried_in"), Some(2.0));
        assert_eq!(total("apply.result.disclosed"), Some(24.0));
        assert_eq!(total("apply.result.not_processed.duplicate"), Some(3.0));
        assert_eq!(total("apply.result.total"), Some(27.0));
        // A lone figure is in no known column: the row of zeros reads nothing.
        assert_eq!(total("apply.result.partial"), None);
        // No column but the total is known; the rows' parts are left out of every sum.
        assert!(r.metrics.iter().all(|m| m.applicant == Some(Applicant::Total)));
        assert!(r.unread.contains(&("apply.received", Applicant::NaturalPerson)));

        // Beside a row too short for seven figures, a long row may have left blanks out too:
        // 23 | 4 | 1000 | 1027 is no seven-figure split, and only totals are read.
        let r = recover(&blank_zeros_glued("21410001025", "202", "23410001027", "0", "23410001027"), &[]);
        assert_eq!(total_of(&r, "apply.received"), Some(1025.0));
        assert_eq!(total_of(&r, "apply.result.total"), Some(1027.0));
        assert!(r.metrics.iter().all(|m| m.applicant == Some(Applicant::Total)), "{:?}", r.metrics);

        // A page filling in the totals alone (808, 0, 808, 808) fits the identities as well as
        // 8|0|8 in every row: nothing is read.
        let r = recover(&blank_zeros_glued("808", "0", "808", "0", "808"), &[]);
        assert!(r.metrics.is_empty(), "{:?}", r.metrics);
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
    fn a_block_headed_by_its_columns_alone_and_never_by_the_last_blocks() {
        let lines = owned(&[
            "第二十条第（一）项",
            "信息内容本年制发件数本年废止件数现行有效件数",
            "规章202",
            "第二十条第（五）项",
            "本年处理决定数量",
            "行政许可7",
            "第二十条第（六）项",
            "行政处罚0",
            "行政强制418",
        ]);
        let r = recover(&lines, &[]);
        let read: Vec<(&str, f64)> = r.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(
            read,
            [
                ("art20.rules.issued", 2.0),
                ("art20.rules.repealed", 0.0),
                ("art20.rules.in_force", 2.0),
                ("art20.licensing.decisions", 7.0)
            ],
            "the block without a header is not read under the one before"
        );
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
    fn a_glued_row_that_fits_with_its_change_left_blank_is_not_read() {
        let lines = owned(&[
            "第二十条第（八）项",
            "信息内容上一年项目数量本年增/减",
            "行政事业性收费99",
            "第二十条第（五）项",
            "信息内容上一年项目数量本年增/减处理决定数量",
            "行政许可000",
        ]);
        let r = recover(&lines, &[]);
        // 99 and a blank, or 9 and 9: nothing read. 000 splits one way only, blank change or not.
        assert!(r.metrics.iter().all(|m| !m.metric.starts_with("art20.admin_fees")), "{:?}", r.metrics);
        assert_eq!(r.metrics.iter().filter(|m| m.metric.starts_with("art20.licensing")).count(), 3);
        assert!(r.checks.iter().any(|c| c.rule == "ambiguous_split" && c.detail.contains("本年增/减 left blank")));
    }

    #[test]
    fn a_column_the_header_names_twice_is_not_read() {
        // The second column's name printed as the first's: which figure is which is not told.
        let lines = owned(&[
            "第二十条第（一）项",
            "信息内容 本年新制作数量 本年新制作数量 对外公开总数量",
            "规范性文件 3 2 17",
            "规章 000",
        ]);
        let r = recover(&lines, &[]);
        let read: Vec<(&str, f64)> = r.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(read, [("art20.normative.total_public", 17.0), ("art20.rules.total_public", 0.0)]);
    }

    #[test]
    fn article_20_subjects_are_matched_as_labels() {
        // A subject in Taiwan's phrasing (档案 for 文件), or with its note, is the catalog's.
        let lines = owned(&[
            "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
            "规范性档案 5 5 31",
            "规章（设区的市、自治州人民政府应提供相关数据） 0 1 6",
            "规章制度汇编 7 7 7",
        ]);
        let r = recover(&lines, &[]);
        let value = |metric: &str| r.metrics.iter().find(|m| m.metric == metric).map(|m| m.value);
        assert_eq!(value("art20.normative.total_public"), Some(31.0));
        assert_eq!(value("art20.rules.total_public"), Some(6.0));
        // Another subject that begins with a catalog name is not it.
        assert_eq!(r.metrics.len(), 6);
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
