//! Reading cell grids as statistics tables: which table a row belongs to, which metric each
//! cell is, under which template generation.
//!
//! Rows are read with a small state machine rather than by position: header rows (第二十条…,
//! 信息内容 | 本年新制作数量 …, 申请人情况, 行政复议 | 行政诉讼, 统计指标) switch the mode,
//! and data rows are interpreted in the current mode by their *labels*. That is what lets the
//! same code read a table whatever form it arrived in, and a 2021 table that carries a 2019 row.

use crate::catalog::{self, Era};
use crate::labels::{key, LabelSet};
use crate::value::parse_figure;
use nianbao_model::{Applicant, Check, FactSource, Metric};
use nianbao_parse::{Grid, GridRow, Layout};
use std::sync::OnceLock;

/// What the tables of one document yielded.
#[derive(Debug, Default)]
pub struct TableFacts {
    pub metrics: Vec<Metric>,
    /// Template votes: one per metric read, by the generation its row or column belongs to.
    pub votes: Vec<&'static str>,
    /// Rows with a number that no catalog entry matched (become `unmapped_row` checks).
    pub problems: Vec<Check>,
    /// Table 三 rows with a figure broken over two cells that more than one joining fits:
    /// each joining's facts, settled by the table's identities once every row is read.
    rejoinings: Vec<Rejoinings>,
    /// A table 三 row of figures whose label matched no row of the catalog (古文码 took
    /// characters from it, or it is worded otherwise): a result row may have gone unread, and
    /// the results' sum is not checked.
    pub row_lost_its_label: bool,
    /// The cells of table 三 rows left unread (a broken figure several joinings fit, and the
    /// identities did not settle which): the sums they are parts of are not checked.
    pub unread: Vec<(&'static str, Applicant)>,
}

/// The facts of a table 三 row under each joining of its cells that adds up to its total.
#[derive(Debug)]
struct Rejoinings {
    line: u32,
    /// The row's code, where its labels name one: its cells are unread if no joining is settled.
    metric: Option<&'static str>,
    each: Vec<Vec<Metric>>,
}

#[derive(Debug, Clone)]
enum Mode {
    None,
    National {
        section: u8,
    },
    Art20 {
        columns: Vec<Option<Art20Column>>,
    },
    Table3 {
        group: Option<&'static str>,
    },
    Table4,
    /// A statistics form whose header names a 代码 column (指标名称 | 计量单位 | 代码 | 本期实际 |
    /// 本年累计): each row's first number is its code, and a blank form prints nothing else. Its
    /// rows are not read.
    Coded,
    /// A local 统计表 of 2008–2013: `width` header cells, this year's figures in column
    /// `this_year` (a cumulative column beside it must never be read as the year's).
    Local {
        width: usize,
        this_year: usize,
        figure_columns: usize,
    },
}

#[derive(Debug, Clone, Copy)]
struct Art20Column {
    code: &'static str,
    era: Era,
    money: bool,
    header_in_wan: bool,
}

/// The national_2014 label sets (per section, 0 = all) and the section heads. Set 0 leaves out
/// the labels several sections share (（二）被依法纠错数 of 行政复议 and of 行政诉讼): outside its
/// section such a row says nothing of which it is.
pub fn national_sets() -> &'static (Vec<LabelSet<&'static str>>, LabelSet<u8>) {
    static SETS: OnceLock<(Vec<LabelSet<&'static str>>, LabelSet<u8>)> = OnceLock::new();
    SETS.get_or_init(|| {
        let shared = |label: &str, metric: &str| {
            let k = crate::labels::key(label);
            catalog::NATIONAL_2014.iter().any(|(_, l, m)| *m != metric && crate::labels::key(l) == k)
        };
        let per_section = (0..=9u8)
            .map(|s| {
                let entries: Vec<(&str, &str)> = catalog::NATIONAL_2014
                    .iter()
                    .filter(|(sec, l, m)| if s == 0 { !shared(l, m) } else { *sec == s })
                    .map(|&(_, l, m)| (l, m))
                    .collect();
                LabelSet::new(&entries)
            })
            .collect();
        (per_section, LabelSet::new(catalog::NATIONAL_SECTION_HEADS))
    })
}

/// The 第二十条 subjects (规章, 行政许可 …) and column headers (code, era, money?).
type Art20Sets = (LabelSet<&'static str>, LabelSet<(&'static str, Era, bool)>);

fn art20_sets() -> &'static Art20Sets {
    static SETS: OnceLock<Art20Sets> = OnceLock::new();
    SETS.get_or_init(|| (LabelSet::new(catalog::ART20_SUBJECTS), LabelSet::new(catalog::ART20_COLUMNS)))
}

pub(crate) fn local_set() -> &'static LabelSet<&'static str> {
    static SET: OnceLock<LabelSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LabelSet::new(catalog::LOCAL_PRE2014))
}

/// Every result row of table 三 as unread for every applicant: where the table lost characters
/// to 古文码, a row may have lost its label with them and gone unseen, and the results' sum is
/// then not checked against the rows that were read (a short sum would accuse the printer of
/// the reader's loss).
pub(crate) fn results_unchecked() -> Vec<(&'static str, Applicant)> {
    catalog::TABLE3_ROWS
        .iter()
        .map(|&(_, code)| code)
        .filter(|code| catalog::is_result_part(code))
        .flat_map(|code| Applicant::COLUMNS.iter().map(move |&a| (code, a)))
        .collect()
}

pub(crate) fn table3_set() -> &'static LabelSet<&'static str> {
    static SET: OnceLock<LabelSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LabelSet::new(catalog::TABLE3_ROWS))
}

/// The code of a national 2014 依申请公开 row label that the newer tables have no row of, for
/// prose that retells the older table (属于已主动公开答复数4件 in a 2023 report). Its other rows
/// are not taken: the older 同意公开 is only a part of the newer 予以公开.
pub(crate) fn national_result_label(label: &str) -> Option<&'static str> {
    national_sets().0.get(3)?.lookup(label).filter(|code| *code == "apply.result.already_public")
}

/// Any result row of the national 2014 依申请公开 table (同意公开答复数, 同意部分公开答复数, 不同意
/// 公开答复数 …), for prose of that table's years retelling it: there 同意公开 is the row itself.
pub(crate) fn national_result_row(label: &str) -> Option<&'static str> {
    national_sets().0.get(3)?.lookup(label).filter(|code| code.starts_with("apply.result."))
}

/// The reason a request was refused in the national table's words (涉及国家秘密, 涉及商业秘密 …),
/// for prose that retells that table.
pub(crate) fn national_refusal_label(label: &str) -> Option<&'static str> {
    national_sets().0.get(3)?.lookup(label).filter(|code| code.starts_with("apply.result.denied."))
}

/// The catalog code of a table 三 row label (for prose that retells the table).
pub(crate) fn table3_label(label: &str) -> Option<&'static str> {
    table3_set().lookup(label)
}

const TABLE3_GROUPS: [&str; 4] = ["不予公开", "无法提供", "不予处理", "其他处理"];

/// Does any catalog know this label (as a row, a section head, a 第二十条 subject or column)?
pub(crate) fn label_known(label: &str) -> bool {
    let (_, heads) = national_sets();
    let (_, columns) = art20_sets();
    crate::labels::with_key(label, |k| {
        row_key_known(k) || heads.lookup_key(k).is_some() || columns.lookup_key(k).is_some()
    })
}

/// Is this a 第二十条 column header (上一年项目数量, 本年增/减, 本年制发件数 …)?
pub(crate) fn art20_column_known(label: &str) -> bool {
    art20_sets().1.lookup(label).is_some()
}

/// Does a catalog know this label key as a row that takes figures?
fn row_key_known(k: &str) -> bool {
    let (national, _) = national_sets();
    let (subjects, _) = art20_sets();
    national[0].lookup_key(k).is_some()
        || table3_set().lookup_key(k).is_some()
        || local_set().lookup_key(k).is_some()
        || subjects.lookup_key(k).is_some()
}

/// Does a catalog know this label as a row that takes figures (not a section head, not a
/// 第二十条 column)?
pub(crate) fn row_label_known(label: &str) -> bool {
    crate::labels::with_key(label, row_key_known)
}

/// Index of a row's own label: the last non-empty cell before its first number.
fn label_index(row: &GridRow) -> Option<usize> {
    let first_number = row.cells.iter().position(|c| parse_figure(&c.text, false).is_some()).unwrap_or(row.cells.len());
    (0..first_number).rev().find(|&i| !row.cells[i].text.is_empty() && !is_unit(&row.cells[i].text))
}

/// Put wrapped label lines (space-aligned layout) back into their rows: onto the row above when
/// that completes a label the catalog knows (cells aligned to the top), else onto the row below.
fn join_wrapped(rows: &[GridRow]) -> Vec<GridRow> {
    let mut out: Vec<GridRow> = Vec::with_capacity(rows.len());
    let mut carry = String::new();
    let mut carry_line: Option<u32> = None;
    for row in rows {
        if row.wrapped {
            let fragment = &row.cells[0].text;
            // A sub-table title (第二十条第（八）项) printed inside the region is a row of its
            // own, not part of a label: it announces the header that follows.
            if fragment.contains("第二十条") {
                carry.clear();
                out.push(GridRow { cells: row.cells.clone(), wrapped: false });
                continue;
            }
            if let Some(prev) = out.last_mut() {
                if let Some(i) = label_index(prev) {
                    let joined = format!("{}{fragment}", prev.cells[i].text);
                    if !label_known(&prev.cells[i].text) && label_known(&joined) {
                        prev.cells[i].text = joined;
                        continue;
                    }
                }
            }
            // A label the catalog knows on its own, completing nothing above, is a row whose
            // cells are all blank (5.要求行政机关确认或重新出具已获取信息), not a piece of the next
            // — unless its note's bracket is left open: the note goes on below.
            if carry.is_empty() && label_known(fragment) && !crate::labels::note_left_open(fragment) {
                out.push(GridRow { cells: row.cells.clone(), wrapped: false });
                continue;
            }
            if carry.is_empty() {
                carry_line = Some(row.cells[0].line);
            }
            carry.push_str(fragment);
            continue;
        }
        let mut row = row.clone();
        if !carry.is_empty() {
            match label_index(&row) {
                Some(i) => {
                    let joined = format!("{carry}{}", row.cells[i].text);
                    if label_known(&joined) {
                        row.cells[i].text = joined;
                    } else if label_known(&carry) {
                        // Wrapped lines that make a label of their own above a row with its own
                        // label: a row whose cells are all blank.
                        let line = carry_line.unwrap_or(row.cells[i].line);
                        out.push(GridRow {
                            cells: vec![nianbao_parse::Cell { text: carry.clone(), line }],
                            wrapped: false,
                        });
                    } else if !label_known(&row.cells[i].text) {
                        row.cells[i].text = joined;
                    }
                }
                // Unit and value with no label beside them: the label wrapped around the
                // values (cells centred vertically), its first part above. It is this row's.
                None if !row.cells.is_empty() => {
                    let line = row.cells[0].line;
                    row.cells.insert(0, nianbao_parse::Cell { text: carry.clone(), line });
                }
                None => {}
            }
            carry.clear();
        }
        out.push(row);
    }
    out
}

pub fn read_tables(grids: &[Grid]) -> TableFacts {
    read_tables_in(grids, false)
}

/// [`read_tables`] of a page whose statistics form has a 代码 column (`coded_form`): a row
/// read without its table's header (label | unit | number) may then be a code, not a figure,
/// and is not read as a national row.
pub(crate) fn read_tables_in(grids: &[Grid], coded_form: bool) -> TableFacts {
    let mut facts = TableFacts::default();
    for grid in grids {
        let mut mode = Mode::None;
        let rows: std::borrow::Cow<[GridRow]> = if grid.layout == Layout::CellPerLine {
            crate::cellrows::regroup(&grid.rows).into()
        } else if grid.rows.iter().any(|r| r.wrapped) {
            join_wrapped(&grid.rows).into()
        } else {
            grid.rows.as_slice().into()
        };
        // Layouts that print nothing for a blank cell: a row's figures are placed under the
        // header's columns only when they fill them.
        let positions_lost = matches!(grid.layout, Layout::SpaceAligned | Layout::CellPerLine);
        // An HTML grid keeps every cell's place (spans expanded): its trailing blanks are cells.
        let places_kept = grid.layout == Layout::Html;
        for row in rows.iter() {
            if let Some(next) = header_mode(row, &mode) {
                facts.votes.extend(header_votes(&next));
                mode = next;
                continue;
            }
            // A damaged header (a lost byte in 申请人情况) must not lose the table: its data rows
            // say what they are — a table-三 label with seven numbers, fifteen numbers in a row.
            if let Some(next) = self_identifying_row(row, &mode) {
                mode = next;
            }
            match &mut mode {
                Mode::National { section } => {
                    national_row(row, section, &mut facts);
                }
                Mode::None if coded_form => {}
                Mode::None => {
                    // A national table printed without its header row.
                    let mut section = 0;
                    if national_row(row, &mut section, &mut facts) {
                        mode = Mode::National { section };
                    }
                }
                Mode::Art20 { columns } => art20_row(row, columns, positions_lost, &mut facts),
                Mode::Table3 { group } => table3_row(row, group, positions_lost, places_kept, &mut facts),
                Mode::Table4 => table4_row(row, &mut facts),
                Mode::Coded => {}
                Mode::Local { width, this_year, figure_columns } => {
                    local_row(row, *width, *this_year, *figure_columns, &mut facts)
                }
            }
        }
    }
    settle_rejoinings(&mut facts);
    facts
}

/// A row whose broken figure joins back more than one way that adds up to its total (3 / 3 / 0
/// / 5 … under 总计 42: 33, 0, 5 or 3, 30, 5) is read the one way under which the fewest of the
/// table's identities are refuted — the columns' balance (received + carried in = answered +
/// carried out), the results adding up to their total, where results short of it may be short
/// by a row left unread and refute nothing — then fail, where no other way does as well;
/// otherwise nothing of it is read. Rows are settled in rounds: a row two ways tie for may be
/// told once another broken row (the 总计 itself, 2 / 7) is read.
fn settle_rejoinings(facts: &mut TableFacts) {
    let mut pending = std::mem::take(&mut facts.rejoinings);
    loop {
        let before = pending.len();
        pending.retain_mut(|rejoinings| match best_rejoining(facts, rejoinings) {
            Some(only) => {
                facts.problems.push(Check {
                    rule: "figure_rejoined".into(),
                    expected: None,
                    actual: None,
                    passed: true,
                    detail: format!(
                        "line {}: a figure broken over two cells joined back the one way of {} adding up to the row's total under which the fewest of the table's identities fail",
                        rejoinings.line,
                        rejoinings.each.len()
                    ),
                });
                facts.metrics.extend(std::mem::take(&mut rejoinings.each[only]));
                false
            }
            None => true,
        });
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    for metric in pending.iter().filter_map(|r| r.metric) {
        facts.unread.extend(Applicant::COLUMNS.map(|a| (metric, a)));
    }
}

/// The one way of joining a row back under which the fewest identities are refuted, then fail,
/// where no other way does as well (the right figures may also mend a check that failed
/// without them).
fn best_rejoining(facts: &TableFacts, rejoinings: &Rejoinings) -> Option<usize> {
    // (identities refuted, identities failed): results read short of their total may be short
    // by a row left unread elsewhere, and refute nothing; results above their total do, as does
    // any failure of an identity whose every term was read.
    let failures = |metrics: &[Metric]| {
        let mut all = facts.metrics.clone();
        all.extend_from_slice(metrics);
        // The sums run over the figures normalize derives too (2021's （六） rows add up to the
        // 其他处理 the results' total counts).
        let derived = crate::checks::derived(&all);
        all.extend(derived);
        let failed: Vec<Check> = crate::checks::identities(&all).into_iter().filter(|c| !c.passed).collect();
        let short = |c: &Check| c.rule == "result_total" && c.actual < c.expected;
        (failed.iter().filter(|c| !short(c)).count(), failed.len())
    };
    let counts: Vec<(usize, usize)> = rejoinings.each.iter().map(|m| failures(m)).collect();
    let fewest = *counts.iter().min()?;
    let best: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] == fewest).collect();
    match best.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// A header tells its template generation even when the table below it prints no figure
/// (blank cells throughout, or the page cut after the header): one vote per column of its era.
fn header_votes(mode: &Mode) -> Vec<&'static str> {
    match mode {
        Mode::Art20 { columns } => columns.iter().flatten().filter_map(|c| era_template(c.era)).collect(),
        Mode::National { .. } => vec!["national_2014"],
        Mode::Local { .. } => vec!["local_pre2014"],
        _ => Vec::new(),
    }
}

/// 信息内容 | 本年新 | 本年新 | 对外公开总数量: a crawler that kept only the first line of each
/// wrapped header cell (本年新 / 制作数量) left two equal cells. In that order, before 对外公开
/// 总数量, they can only be the 2019 form's 本年新制作数量 and 本年新公开数量.
fn restore_truncated_headers(mut headers: Vec<&str>) -> Vec<&str> {
    let stems: Vec<String> = headers.iter().map(|h| key(h)).collect();
    if let Some(at) = stems.windows(3).position(|w| w[0] == "本年新" && w[1] == "本年新" && w[2] == "对外公开总数量")
    {
        headers[at] = "本年新制作数量";
        headers[at + 1] = "本年新公开数量";
    }
    headers
}

fn texts(row: &GridRow) -> Vec<&str> {
    row.cells.iter().map(|c| c.text.as_str()).collect()
}

/// A header row switches the mode; data rows return `None`.
fn header_mode(row: &GridRow, mode: &Mode) -> Option<Mode> {
    // Header rows carry no numbers (第二十条…, 信息内容 | 本年新制作数量, 申请人情况, 统计指标): a
    // data row is never one, and the fuzzy header matching below is the costly part.
    if has_number(row) {
        return None;
    }
    let t = texts(row);
    let joined: String = t.concat();
    if joined.contains("第二十条") {
        return Some(Mode::Art20 { columns: Vec::new() });
    }
    let (_, column_set) = art20_sets();
    let in_art20 = matches!(mode, Mode::Art20 { .. });
    // A page that prints 信息内容 over the first block only heads the next blocks with their
    // columns alone (上一年项目数量 | 本年增/减 | 处理决定数量): then the first cell is a column
    // (looked up only where such a header could be: two cells, or one inside a 第二十条 table).
    let may_head = t.len() >= 2 || (t.len() == 1 && in_art20);
    let from = usize::from(!may_head || t.first().is_none_or(|first| column_set.lookup(first).is_none()));
    if t.len() > from {
        // A narrow layout prints adjacent headers one space apart (本年新制作数量 本年新公开数量):
        // a cell whose space-separated parts are each a known column is that many columns.
        let headers: Vec<&str> = row.cells[from..]
            .iter()
            .flat_map(|c| {
                let parts: Vec<&str> = c.text.split_whitespace().collect();
                if parts.len() > 1 && parts.iter().all(|p| column_set.lookup(p).is_some()) {
                    parts
                } else {
                    vec![c.text.as_str()]
                }
            })
            .collect();
        let headers = restore_truncated_headers(headers);
        let mut columns: Vec<Option<Art20Column>> = headers
            .iter()
            .map(|h| {
                column_set.lookup(h).map(|(code, era, money)| Art20Column {
                    code,
                    era,
                    money,
                    header_in_wan: h.contains("万元"),
                })
            })
            .collect();
        // Two headers taken for one column (本年\u{FFFD} twice, each a character from 本年增减): the
        // header does not tell them apart, and neither column is read.
        let codes: Vec<Option<&str>> = columns.iter().map(|c| c.as_ref().map(|c| c.code)).collect();
        for (i, code) in codes.iter().enumerate() {
            if code.is_some() && codes.iter().filter(|c| *c == code).count() > 1 {
                columns[i] = None;
            }
        }
        let first_key = key(t[0]);
        let mapped = columns.iter().filter(|c| c.is_some()).count();
        let headed = first_key == "信息内容" || ((first_key.is_empty() || from == 0) && in_art20);
        if mapped >= 2 || (mapped == 1 && headed) {
            return Some(Mode::Art20 { columns });
        }
    }
    if joined.contains("申请人情况") || (t.contains(&"自然人") && joined.contains("总计")) {
        return Some(Mode::Table3 { group: None });
    }
    if matches!(mode, Mode::Table3 { .. }) && (joined.contains("商业企业") || joined.contains("法人或其他组织"))
    {
        return Some(Mode::Table3 { group: None });
    }
    if (joined.contains("行政复议") && joined.contains("行政诉讼")) || joined.contains("结果维持") {
        return Some(Mode::Table4);
    }
    if t.iter().any(|c| key(c) == "代码") {
        return Some(Mode::Coded);
    }
    if joined.contains("统计指标") {
        return Some(Mode::National { section: 0 });
    }
    if let Some(local) = local_header(&t) {
        return Some(local);
    }
    None
}

/// 指标名称 | 计量单位 | 本年度 | 历年累计: a local table's header. The column of this year's
/// figures is found by its heading, never assumed (some tables put 历年累计 first).
fn local_header(t: &[&str]) -> Option<Mode> {
    // Every 本年度 heading has a 本 (a key keeps a cell's characters): most rows are refused
    // before any key is made.
    // Or the year itself heads the column (2012年度).
    if !t.iter().any(|c| c.contains('本') || c.contains('年')) {
        return None;
    }
    let keys: Vec<String> = t.iter().map(|c| key(c)).collect();
    let is_any = |k: &String, names: &[&str]| names.iter().any(|n| k == n);
    let a_year = |k: &String| {
        let digits = k.bytes().take_while(u8::is_ascii_digit).count();
        digits == 4 && matches!(&k[4..], "年" | "年度")
    };
    // 年末统计 (the count at the year's end) is this year's figure only where no column is
    // headed 本年度: the first year's tables (2008) had that single column.
    let this_year = keys
        .iter()
        .position(|k| is_any(k, catalog::LOCAL_THIS_YEAR) || a_year(k))
        .or_else(|| keys.iter().position(|k| k == "年末统计"))?;
    let names_rows = keys.iter().any(|k| k.contains("指标") || k.contains("项目"));
    let cumulative = keys.iter().filter(|k| is_any(k, catalog::LOCAL_CUMULATIVE)).count();
    (names_rows || cumulative > 0).then_some(Mode::Local { width: t.len(), this_year, figure_columns: 1 + cumulative })
}

/// One local-table row: label (| unit) | figures. The figure is taken from the 本年度 column when
/// the row has the header's cells (tab-per-cell, HTML and docx keep blank cells in place); a
/// space-aligned row that lost a blank cell is flagged, not guessed — unless it has a single
/// figure and the table a single figure column.
fn local_row(row: &GridRow, width: usize, this_year: usize, figure_columns: usize, facts: &mut TableFacts) {
    let Some(label_cell) = row.cells.first() else { return };
    let figures: Vec<&nianbao_parse::Cell> =
        row.cells.iter().skip(1).filter(|c| parse_figure(&c.text, false).is_some()).collect();
    if figures.is_empty() {
        return;
    }
    let metric = local_set().lookup(&label_cell.text);
    let value_cell = if row.cells.len() == width {
        row.cells.get(this_year)
    } else if figure_columns == 1 && figures.len() == 1 {
        Some(figures[0])
    } else {
        None
    };
    let Some(cell) = value_cell else {
        facts.problems.push(Check {
            rule: "local_columns_mismatch".into(),
            expected: Some(width as f64),
            actual: Some(row.cells.len() as f64),
            passed: false,
            detail: format!(
                "line {}: row '{}' has {} cells, the header {}; which figure is this year's is not certain, none is read",
                label_cell.line,
                label_cell.text,
                row.cells.len(),
                width
            ),
        });
        return;
    };
    let Some(metric) = metric else {
        facts.problems.push(unmapped(&label_cell.text, &cell.text, cell.line));
        return;
    };
    let unit = row.cells.iter().skip(1).find(|c| is_unit(&c.text)).map_or("", |c| c.text.as_str());
    let Some(figure) = parse_figure(&cell.text, unit == "万元") else { return };
    facts.metrics.push(Metric {
        metric: metric.into(),
        applicant: metric.starts_with("apply.").then_some(Applicant::Total),
        value: figure.value,
        unit: if unit.contains('元') || figure.money_unit_in_cell { "yuan" } else { "count" }.into(),
        label: label_cell.text.clone(),
        raw: if unit == "万元" { format!("{}万元", cell.text) } else { cell.text.clone() },
        source: FactSource::Table,
        line: cell.line,
    });
    facts.votes.push("local_pre2014");
}

fn self_identifying_row(row: &GridRow, mode: &Mode) -> Option<Mode> {
    let numeric_or_blank = |cells: &[nianbao_parse::Cell]| {
        cells.iter().all(|c| c.text.is_empty() || parse_figure(&c.text, false).is_some())
            && cells.iter().any(|c| !c.text.is_empty())
    };
    let n = row.cells.len();
    if !matches!(mode, Mode::Table3 { .. } | Mode::Table4) && n >= 8 && numeric_or_blank(&row.cells[n - 7..]) {
        let own = row.cells[..n - 7].iter().rev().find(|c| !c.text.is_empty())?;
        if table3_set().lookup(&own.text).is_some() {
            return Some(Mode::Table3 { group: None });
        }
    }
    if !matches!(mode, Mode::Table4) && n == 15 && numeric_or_blank(&row.cells) {
        return Some(Mode::Table4);
    }
    None
}

fn has_number(row: &GridRow) -> bool {
    row.cells.iter().any(|c| parse_figure(&c.text, false).is_some())
}

pub(crate) fn is_unit(text: &str) -> bool {
    matches!(text, "条" | "件" | "次" | "篇" | "个" | "人" | "人次" | "万元" | "元" | "——" | "—" | "-" | "项")
}

/// One national_2014 row: label | unit | value. Returns whether the row was recognised.
/// Does a national table's row label open a section (四、行政复议数量)? Also where a lossy
/// decoding lost the 、 (四\u{FFFD}行政复议数量) and the indentation before the numeral.
pub(crate) fn is_section_head(label: &str) -> bool {
    use crate::labels::LOST;
    let mut head = label.trim_start_matches(['\u{3000}', ' ', LOST]).chars();
    match (head.next(), head.next()) {
        (_, Some('、')) => true,
        (Some(n), Some(LOST)) => "一二三四五六七八九十".contains(n),
        _ => false,
    }
}

fn national_row(row: &GridRow, section: &mut u8, facts: &mut TableFacts) -> bool {
    let cells = &row.cells;
    let Some(label_cell) = cells.first() else { return false };
    let (sets, heads) = national_sets();
    let starts_top_level = is_section_head(&label_cell.text);
    if starts_top_level {
        if let Some(s) = heads.lookup(&label_cell.text) {
            *section = s;
        }
    }
    // A national row prints one figure (label | unit | value). Two figures side by side are
    // another table's columns (a local 本年度 | 历年累计 without its header): which one is the
    // year's is unknown here, so the row is not read as national at all.
    if cells.len() >= 3 && parse_figure(&cells[cells.len() - 2].text, false).is_some() {
        return false;
    }
    let metric = crate::labels::with_key(&label_cell.text, |k| {
        sets[*section as usize].lookup_key(k).or_else(|| sets[0].lookup_key(k))
    });
    let value_cell = cells.last().filter(|_| cells.len() >= 2);
    // The unit in a column of its own, else at the end of the label after a space (a row saved
    // with single spaces: 七、依申请公开信息收取的费用 万元 | 1.7).
    let unit = if cells.len() >= 3 {
        cells[cells.len() - 2].text.as_str()
    } else {
        label_cell.text.rsplit_once([' ', '\u{3000}']).map(|(_, u)| u).filter(|u| is_unit(u)).unwrap_or("")
    };
    let figure =
        value_cell.filter(|c| !crate::value::is_code(&c.text)).and_then(|c| parse_figure(&c.text, unit == "万元"));
    // A unit the decoder could not restore may have been 万元: a money figure is then of
    // unknown scale, and is not read.
    let money_metric = metric.is_some_and(|m| m == "fees.amount" || m == "org.budget");
    if money_metric && unit.contains('\u{FFFD}') {
        return true;
    }
    match (metric, figure, value_cell) {
        (Some(metric), Some(figure), Some(cell)) => {
            let money = unit.contains('元') || figure.money_unit_in_cell;
            facts.metrics.push(Metric {
                metric: metric.into(),
                applicant: metric.starts_with("apply.").then_some(Applicant::Total),
                value: figure.value,
                unit: if money { "yuan" } else { "count" }.into(),
                label: label_cell.text.clone(),
                raw: if unit == "万元" { format!("{}万元", cell.text) } else { cell.text.clone() },
                source: FactSource::Table,
                line: cell.line,
            });
            facts.votes.push("national_2014");
            true
        }
        (Some(_), None, _) => true,
        (None, Some(_), Some(cell)) if is_unit(unit) || *section > 0 => {
            facts.problems.push(unmapped(&label_cell.text, &cell.text, cell.line));
            false
        }
        _ => starts_top_level && heads.lookup(&label_cell.text).is_some(),
    }
}

pub(crate) fn unmapped(label: &str, raw: &str, line: u32) -> Check {
    Check {
        rule: "unmapped_row".into(),
        expected: None,
        actual: parse_figure(raw, false).map(|f| f.value),
        passed: false,
        detail: format!("line {line}: row '{label}' with value '{raw}' matches no catalog label"),
    }
}

pub(crate) fn era_template(era: Era) -> Option<&'static str> {
    match era {
        Era::Provisional2019 => Some("provisional_2019"),
        Era::Standard2021 => Some("standard_2021"),
        Era::Both => None,
    }
}

/// One 第二十条 row: subject | values under the current column headers.
///
/// Values are placed under headers by position. That is exact where blank cells keep their
/// place (tab-per-cell, HTML, DOCX); in a space-aligned layout a blank cell leaves no trace,
/// so there the row must have exactly as many cells as the header has columns, or no value
/// is taken from it (a failed `art20_columns_mismatch` check says so).
fn art20_row(row: &GridRow, columns: &[Option<Art20Column>], positions_lost: bool, facts: &mut TableFacts) {
    let (subjects, _) = art20_sets();
    let Some(first) = row.cells.first() else { return };
    let Some(subject) = subjects.lookup(&first.text) else {
        if row.cells[1..].iter().any(|c| parse_figure(&c.text, false).is_some()) {
            let cell = row.cells.iter().skip(1).find(|c| parse_figure(&c.text, false).is_some()).unwrap();
            facts.problems.push(unmapped(&first.text, &cell.text, cell.line));
            // A table 三 row under the 第二十条 columns (table 三's header lost to 古文码): a
            // result row left unread, so the results are not summed.
            if crate::labels::with_key(&first.text, |k| table3_set().lookup_key(k).is_some()) {
                facts.row_lost_its_label = true;
            }
        }
        return;
    };
    // Blank cells after the row's columns are its end, not values (a crawler's `|` lines).
    let mut values = row.cells.len() - 1;
    while values > columns.len() && crate::value::is_blank_cell(&row.cells[values].text) {
        values -= 1;
    }
    if values > columns.len() || (positions_lost && values != columns.len()) {
        facts.problems.push(Check {
            rule: "art20_columns_mismatch".into(),
            expected: Some(columns.len() as f64),
            actual: Some(values as f64),
            passed: false,
            detail: format!(
                "line {}: '{}' has {values} cells under {} column headers; values not taken (which column each belongs to is uncertain)",
                first.line,
                first.text,
                columns.len()
            ),
        });
        return;
    }
    for (i, cell) in row.cells.iter().enumerate().skip(1) {
        let Some(Some(col)) = columns.get(i - 1) else { continue };
        let Some(figure) = parse_figure(&cell.text, col.header_in_wan) else { continue };
        let unit = if !col.money {
            "count"
        } else if col.header_in_wan || figure.money_unit_in_cell {
            "yuan"
        } else {
            facts.problems.push(Check {
                rule: "money_unit_missing".into(),
                expected: None,
                actual: Some(figure.value),
                passed: false,
                detail: format!("line {}: '{}' printed without 元/万元; stored as printed", cell.line, cell.text),
            });
            "unspecified"
        };
        facts.metrics.push(Metric {
            metric: format!("art20.{subject}.{}", col.code).into(),
            applicant: None,
            value: figure.value,
            unit: unit.into(),
            label: format!("{} {}", first.text, column_label(col)),
            raw: cell.text.clone(),
            source: FactSource::Table,
            line: cell.line,
        });
        if let Some(t) = era_template(col.era) {
            facts.votes.push(t);
        }
    }
}

fn column_label(col: &Art20Column) -> &'static str {
    catalog::ART20_COLUMNS
        .iter()
        .find(|(_, (code, era, _))| *code == col.code && *era == col.era)
        .map_or(col.code, |(l, _)| l)
}

/// One table 三 row: label cells, then the seven applicant columns.
///
/// Empty cells past the seventh value are a page's padding (`| 1 | 0 | … | 1 | |||`). A row
/// whose seven last cells are not all figures or blanks, or whose label cells hold a figure,
/// lost cells somewhere (a blank not printed, a label run into the figures): which column
/// each figure is in is then unknown, and nothing is read from it. A row of labels only (a
/// group head printed as a row of its own: （三）不予公开) sets the group.
///
/// Where the layout prints nothing for a blank cell, a row with fewer than seven figures has
/// lost its columns' places. Its last figure is still the 总计 when the figures before it add
/// up to it (at least three figures, or two with a total above zero: `46 0 46` is 46 | 0 | 46);
/// then that total alone is read.
fn table3_row(
    row: &GridRow,
    group: &mut Option<&'static str>,
    positions_lost: bool,
    places_kept: bool,
    facts: &mut TableFacts,
) {
    let first_figure = row.cells.iter().position(|c| parse_figure(&c.text, false).is_some());
    // Trailing blanks are padding only past the seventh value: in an HTML grid the values start
    // at the first figure at the earliest (三、本年度办理结果 | （一）予以公开 | ⟨span⟩ | 258 | 12 | … |
    // ⟨blank total⟩ keeps its blank total).
    let least = if places_kept { first_figure.map_or(8, |f| f + 7).max(8) } else { 8 };
    let mut n = row.cells.len();
    while n > least && row.cells[n - 1].text.is_empty() {
        n -= 1;
    }
    let first_figure = first_figure.unwrap_or(n);
    for l in row.cells[..first_figure.min(n)].iter().map(|c| c.text.as_str()) {
        let k = key(l);
        if let Some(g) = TABLE3_GROUPS.iter().find(|g| k == **g) {
            *group = Some(g);
        }
    }
    // Where the layout keeps a blank cell as a cell of its own (a line of spaces, `-`), the
    // blanks right before the first figure are the row's first columns, not its labels.
    // The first cell stays a label.
    let labels_end = first_figure.min(n);
    let first_value = if positions_lost {
        let blanks_before =
            row.cells[..labels_end].iter().rev().take_while(|c| crate::value::is_blank_cell(&c.text)).count();
        labels_end - blanks_before.min(labels_end.saturating_sub(1))
    } else {
        labels_end
    };
    let values = n - first_value;
    if n < 8 || (positions_lost && values < 7) {
        if positions_lost {
            total_of_a_short_row(row, first_value, *group, facts);
        }
        return;
    }
    // A figure a crawler broke at a tag (3 / 45) leaves more figures than columns: the row's
    // own identity says where they join back — where it allows several joinings, the table's
    // identities once every row is read (`settle_rejoinings`) — or nothing is read.
    if positions_lost && first_figure < n && values > 7 {
        // A row with blank cells leaves the identities too few figures to judge its joinings by:
        // only a joining that alone adds up is read.
        let has_blanks = row.cells[first_value..n].iter().any(|c| crate::value::is_blank_cell(&c.text));
        match rejoined(row, first_value, n).as_slice() {
            // No joining adds up (or several, beside blanks): the row is unread, and so are the
            // sums it is a part of.
            [] => unread_row(row, first_value, *group, facts),
            [_, _, ..] if has_blanks => unread_row(row, first_value, *group, facts),
            [(joined, joins)] => {
                facts.problems.push(Check {
                    rule: "figure_rejoined".into(),
                    expected: None,
                    actual: None,
                    passed: true,
                    detail: format!(
                        "line {}: {joins} read as one figure each: the only joining of the row's cells whose columns add up to its total",
                        row.cells[first_figure].line
                    ),
                });
                table3_row(joined, group, positions_lost, places_kept, facts);
            }
            several => {
                let each = several
                    .iter()
                    .map(|(joined, _)| {
                        let mut own = TableFacts::default();
                        table3_row(joined, &mut group.clone(), positions_lost, places_kept, &mut own);
                        own.metrics
                    })
                    .collect();
                let metric = table3_metric(&labels_before(row, first_value), *group);
                facts.rejoinings.push(Rejoinings { line: row.cells[first_figure].line, metric, each });
            }
        }
        return;
    }
    let (label_cells, values) = row.cells[..n].split_at(n - 7);
    let blank_or_figure = |t: &str| crate::value::is_blank_cell(t) || parse_figure(t, false).is_some();
    if label_cells.iter().any(|c| parse_figure(&c.text, false).is_some())
        || !values.iter().all(|c| blank_or_figure(&c.text))
    {
        return;
    }
    let labels = labels_before(row, n - 7);
    let Some(own) = labels.last() else { return };
    let Some(metric) = table3_metric(&labels, *group) else {
        if let Some(cell) = values.iter().find(|c| parse_figure(&c.text, false).is_some()) {
            facts.problems.push(unmapped(own, &cell.text, cell.line));
            // Whatever row it is (a label 古文码 took characters from, or one the catalog does
            // not know), it may be a result row.
            facts.row_lost_its_label = true;
        }
        return;
    };
    let label = labels.join(" ");
    for (cell, applicant) in values.iter().zip(Applicant::COLUMNS) {
        let Some(figure) = parse_figure(&cell.text, false) else { continue };
        facts.metrics.push(Metric {
            metric: metric.into(),
            applicant: Some(applicant),
            value: figure.value,
            unit: "count".into(),
            label: label.clone(),
            raw: cell.text.clone(),
            source: FactSource::Table,
            line: cell.line,
        });
        if metric.starts_with("apply.result.other.") {
            facts.votes.push("standard_2021");
        }
    }
}

/// A table 三 row whose figures outnumber its seven columns by one or two, each extra one the
/// tail of a figure broken over two cells: the row with its figures joined back, for every
/// joining that gives figures without a leading zero whose first six add up to the seventh (the
/// row's 总计), each with the cells it joined (`1 / 2`).
fn rejoined(row: &GridRow, first_value: usize, n: usize) -> Vec<(GridRow, String)> {
    let figures = &row.cells[first_value..n];
    let extra = figures.len() - 7;
    // Blank cells (`-`, `/`) hold their place: never part of a joined figure.
    let blank = |c: &nianbao_parse::Cell| crate::value::is_blank_cell(&c.text);
    let digits = |c: &nianbao_parse::Cell| !c.text.is_empty() && c.text.bytes().all(|b| b.is_ascii_digit());
    if extra > 2 || !figures.iter().all(|c| digits(c) || blank(c)) {
        return Vec::new();
    }
    // Every way to cut the figures into seven runs of consecutive cells.
    let mut found: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    fn cut(
        at: usize,
        figures: &[nianbao_parse::Cell],
        runs: &mut Vec<(usize, usize)>,
        found: &mut Vec<Vec<(usize, usize)>>,
    ) {
        if runs.len() == 7 {
            if at == figures.len() {
                found.push(runs.clone());
            }
            return;
        }
        for end in at + 1..=figures.len().min(at + 3) {
            runs.push((at, end));
            cut(end, figures, runs, found);
            runs.pop();
        }
    }
    cut(0, figures, &mut runs, &mut found);
    let value = |(from, to): (usize, usize)| -> Option<u64> {
        if figures[from..to].iter().any(blank) {
            return (to - from == 1).then_some(0);
        }
        let text: String = figures[from..to].iter().map(|c| c.text.as_str()).collect();
        (text == "0" || !text.starts_with('0')).then(|| text.parse().ok()).flatten()
    };
    let fits: Vec<&Vec<(usize, usize)>> = found
        .iter()
        .filter(|runs| {
            let values: Option<Vec<u64>> = runs.iter().map(|r| value(*r)).collect();
            values.is_some_and(|v| v[..6].iter().sum::<u64>() == v[6])
        })
        .collect();
    let joined = |runs: &Vec<(usize, usize)>| {
        let joined_cells: Vec<nianbao_parse::Cell> = runs
            .iter()
            .map(|&(from, to)| nianbao_parse::Cell {
                text: figures[from..to].iter().map(|c| c.text.as_str()).collect(),
                line: figures[from].line,
            })
            .collect();
        let joins: Vec<String> = runs
            .iter()
            .filter(|(from, to)| to - from > 1)
            .map(|&(from, to)| figures[from..to].iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" / "))
            .collect();
        let mut cells = row.cells[..first_value].to_vec();
        cells.extend(joined_cells);
        (GridRow { cells, wrapped: row.wrapped }, joins.join(", "))
    };
    fits.into_iter().map(joined).collect()
}

/// The written label cells of a row, before its value cells start at `first_value`.
fn labels_before(row: &GridRow, first_value: usize) -> Vec<&str> {
    row.cells[..first_value].iter().map(|c| c.text.as_str()).filter(|t| !t.is_empty()).collect()
}

/// Every cell of a table 三 row as unread (see [`TableFacts::unread`]).
fn unread_row(row: &GridRow, first_value: usize, group: Option<&'static str>, facts: &mut TableFacts) {
    if let Some(metric) = table3_metric(&labels_before(row, first_value), group) {
        facts.unread.extend(Applicant::COLUMNS.map(|a| (metric, a)));
    }
}

/// The catalog code of a table 三 row from its label cells (the last is its own label).
fn table3_metric(labels: &[&str], group: Option<&'static str>) -> Option<&'static str> {
    let own = labels.last()?;
    if key(own) == "其他" && group == Some("其他处理") {
        return Some("apply.result.other.other");
    }
    table3_set()
        .lookup(own)
        .or_else(|| table3_set().lookup(&labels.concat()))
        // A group's label run into its first item's in one cell: （五）不予处理1.信访举报投诉类申请.
        .or_else(|| crate::runtogether::own_item(own).into_iter().find_map(|item| table3_set().lookup(item)))
}

/// See [`table3_row`]: the 总计 of a row whose blank cells left no trace.
fn total_of_a_short_row(row: &GridRow, first_value: usize, group: Option<&'static str>, facts: &mut TableFacts) {
    let labels = labels_before(row, first_value);
    // Blank cells kept between figures (a line of spaces, where the ones before the first figure
    // went) place nothing either: the figures alone are read.
    let figures: Option<Vec<f64>> = row.cells[first_value..]
        .iter()
        .filter(|c| !crate::value::is_blank_cell(&c.text))
        .map(|c| parse_figure(&c.text, false).map(|f| f.value))
        .collect();
    let Some(metric) = table3_metric(&labels, group) else { return };
    let Some(figures) = figures else {
        facts.unread.extend(Applicant::COLUMNS.map(|a| (metric, a)));
        return;
    };
    if figures.is_empty() {
        return;
    }
    // Which columns its figures are in is unknown: the sums they are parts of are not checked.
    facts.unread.extend(Applicant::COLUMNS[..6].iter().map(|&a| (metric, a)));
    let Some(total) = short_row_total(&figures) else {
        facts.unread.push((metric, Applicant::Total));
        return;
    };
    let Some(cell) = row.cells.iter().rev().find(|c| !crate::value::is_blank_cell(&c.text)) else { return };
    facts.metrics.push(Metric {
        metric: metric.into(),
        applicant: Some(Applicant::Total),
        value: total,
        unit: "count".into(),
        label: labels.join(" "),
        raw: cell.text.clone(),
        source: FactSource::Table,
        line: cell.line,
    });
}

/// The 总计 of a table 三 row whose blank cells left no trace, from its printed figures: the last,
/// where the ones before it add up to it (`46 0 46`, `3 1 4`) — the one cell whose place is still
/// certain. Two figures adding up to 0 (`0 0`) tell nothing: any two columns hold zeros. The
/// grids' short rows and the run-together reader's spaced ones share the rule.
pub(crate) fn short_row_total(figures: &[f64]) -> Option<f64> {
    let (&total, parts) = figures.split_last()?;
    let adds_up = !parts.is_empty() && (parts.iter().sum::<f64>() - total).abs() < 1e-9;
    (adds_up && (figures.len() >= 3 || total > 0.0)).then_some(total)
}

/// The data row of table 四: fifteen cells, numbers or blanks.
fn table4_row(row: &GridRow, facts: &mut TableFacts) {
    let n = row.cells.len();
    if n < 15 {
        return;
    }
    let cells = &row.cells[n - 15..];
    // A figure before the fifteen is a cell lost among them: their places are unknown.
    if row.cells[..n - 15].iter().any(|c| parse_figure(&c.text, false).is_some()) {
        return;
    }
    let all_numbers_or_blank = cells.iter().all(|c| c.text.is_empty() || parse_figure(&c.text, false).is_some());
    if !all_numbers_or_blank {
        return;
    }
    for (i, cell) in cells.iter().enumerate() {
        let Some(figure) = parse_figure(&cell.text, false) else { continue };
        facts.metrics.push(Metric {
            metric: catalog::TABLE4_CELLS[i].into(),
            applicant: None,
            value: figure.value,
            unit: "count".into(),
            label: catalog::TABLE4_LABELS[i].into(),
            raw: cell.text.clone(),
            source: FactSource::Table,
            line: cell.line,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Table 三 one cell per line (blank cells not printed), as a crawler keeps it.
    /// The value read for `metric` in `applicant`'s column, if any.
    fn cell(got: &[(String, Option<Applicant>, f64)], metric: &str, applicant: Applicant) -> Option<f64> {
        got.iter().find(|m| m.0 == metric && m.1 == Some(applicant)).map(|m| m.2)
    }

    /// A 2021 report whose table 三 is printed one cell per line, normalized.
    fn table3_report(rows: &[(&str, &[&str])]) -> crate::Normalized {
        let mut text = String::from("某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n");
        for (label, cells) in rows {
            text.push_str(label);
            text.push('\n');
            for c in *cells {
                text.push_str(c);
                text.push('\n');
            }
        }
        crate::normalize(&nianbao_parse::parse(&text).unwrap())
    }

    fn table3_cell_per_line(rows: &[(&str, &[&str])]) -> Vec<(String, Option<Applicant>, f64)> {
        table3_report(rows).metrics.into_iter().map(|m| (m.metric.to_string(), m.applicant, m.value)).collect()
    }

    #[test]
    fn a_blank_row_between_wrapped_labels_is_a_row_of_its_own() {
        // Space-aligned, zeros left blank: a row of blanks prints its label alone, as a wrapped
        // label's second line does.
        let line = |text: &str, at: u32, wrapped: bool| GridRow {
            cells: text.split('|').map(|t| nianbao_parse::Cell { text: t.to_string(), line: at }).collect(),
            wrapped,
        };
        let rows = [
            line("4.无正当理由大量反复申请|2|2", 1, false),
            line("5.要求行政机关确认或重新出具已获取信息", 2, true),
            line("（六）其他处理|1.申请人无正当理由逾期不补正", 3, false),
            line("、行政机关不再处理其政府信息公开申请", 4, true),
            line("2.申请人逾期未按收费通知要求缴纳费用、行政机|1|3|4", 5, false),
            line("关不再处理其政府信息公开申请", 6, true),
            line("3.其他|3|3", 7, false),
        ];
        // The same 2. row blank: its two lines, then 3.其他 with its own label.
        let blank = [
            line("2.申请人逾期未按收费通知要求缴纳费用、行政机", 5, true),
            line("关不再处理其政府信息公开申请", 6, true),
            line("3.其他|3|3", 7, false),
        ];
        let labels_of_blank: Vec<String> = join_wrapped(&blank).iter().map(|r| r.cells[0].text.clone()).collect();
        assert_eq!(
            labels_of_blank,
            ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
        );
        // A label known on its own whose note's bracket is left open goes on below.
        let noted = [
            line("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府", 8, true),
            line("网站建设维护等方面的经费）|万元|85.4", 9, false),
        ];
        let joined: Vec<String> = join_wrapped(&noted).iter().map(|r| r.cells[0].text.clone()).collect();
        assert_eq!(joined, ["（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）"]);
        let labels: Vec<String> = join_wrapped(&rows).iter().map(|r| r.cells[0].text.clone()).collect();
        assert_eq!(
            labels,
            [
                "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "（六）其他处理",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.其他"
            ]
        );
    }

    #[test]
    fn a_table_whose_row_lost_its_label_has_its_results_unsummed() {
        // The 部分公开 row's label maybe lost to 古文码: its 2 go unseen, the sum would fall short.
        let result_total = |partial_label: &str| {
            let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
            table3_report(&[
                ("一、本年新收政府信息公开申请数量", &["5", "0", "0", "0", "0", "0", "5"]),
                ("二、上年结转政府信息公开申请数量", zeros),
                ("（一）予以公开", &["3", "0", "0", "0", "0", "0", "3"]),
                (partial_label, &["2", "0", "0", "0", "0", "0", "2"]),
                ("（七）总计", &["5", "0", "0", "0", "0", "0", "5"]),
                ("四、结转下年度继续办理", zeros),
            ])
            .checks
            .into_iter()
            .filter(|c| c.rule == "result_total")
            .count()
        };
        assert!(result_total("（二）部分公开") > 0, "an intact table's results are summed");
        assert_eq!(result_total("\u{FFFD}\u{FFFD}\u{FFFD}"), 0);
    }

    #[test]
    fn a_result_row_left_under_the_art20_columns_leaves_the_results_unsummed() {
        // Table 三's header lost: 予以公开 (its 12 broken 1 / 2, eight cells) stays under the
        // 第二十条 columns above and is not read; the rows after it say what they are.
        let cells = [
            "某县人民政府2021年政府信息公开工作年度报告",
            "第二十条第（一）项",
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "规章",
            "0",
            "0",
            "0",
            "（一）予以公开",
            "1",
            "2",
            "0",
            "0",
            "0",
            "0",
            "0",
            "12",
            "（二）部分公开",
            "3",
            "0",
            "0",
            "0",
            "0",
            "0",
            "3",
            "（七）总计",
            "15",
            "0",
            "0",
            "0",
            "0",
            "0",
            "15",
            "四、结转下年度继续办理",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
        ];
        let n = crate::normalize(&nianbao_parse::parse(&format!("{}\n正文结束。\n", cells.join("\n"))).unwrap());
        assert!(n.checks.iter().any(|c| c.rule == "unmapped_row"), "{:?}", n.checks);
        assert!(!n.checks.iter().any(|c| c.rule == "result_total" && !c.passed), "{:?}", n.checks);
    }

    #[test]
    fn a_figure_broken_over_two_cells_is_joined_where_the_row_adds_up_one_way_only() {
        // 12 | 0 | 0 | 0 | 0 | 0 | 12 with the first 12 printed 1 / 2.
        let got = table3_cell_per_line(&[
            ("一、本年新收政府信息公开申请数量", &["1", "2", "0", "0", "0", "0", "0", "12"]),
            ("二、上年结转政府信息公开申请数量", &["0", "0", "0", "0", "0", "0", "0"]),
        ]);
        let received = |a: Applicant| cell(&got, "apply.received", a);
        assert_eq!(received(Applicant::NaturalPerson), Some(12.0), "{got:?}");
        assert_eq!(received(Applicant::Total), Some(12.0));
        // Two joinings add up (11 | 0 | 0 | 0 | 0 | 0 | 11 and 1 | 10 | 0 | 0 | 0 | 0 | 11):
        // nothing is read.
        let ambiguous = table3_cell_per_line(&[(
            "一、本年新收政府信息公开申请数量",
            &["1", "1", "0", "0", "0", "0", "0", "1", "1"],
        )]);
        assert!(ambiguous.iter().all(|m| m.0 != "apply.received"), "{ambiguous:?}");
    }

    #[test]
    fn where_a_row_joins_back_two_ways_the_columns_balance_decides() {
        // 3 / 3 / 0 / 5 / 4 / 0 / 0 under 总计 42: 33 | 0 | 5 … and 3 | 30 | 5 … both add up;
        // only 33 leaves the natural persons' column in balance (33 received, none carried in,
        // 33 answered, none carried over).
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let answered: &[&str] = &["33", "0", "5", "4", "0", "0", "42"];
        let received_row: &[&str] = &["3", "3", "0", "5", "4", "0", "0", "42"];
        let got = table3_cell_per_line(&[
            ("一、本年新收政府信息公开申请数量", received_row),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（一）予以公开", answered),
            ("（七）总计", answered),
            ("四、结转下年度继续办理", zeros),
        ]);
        let received = |a: Applicant| cell(&got, "apply.received", a);
        assert_eq!(received(Applicant::NaturalPerson), Some(33.0), "{got:?}");
        assert_eq!(received(Applicant::Commercial), Some(0.0));
        assert_eq!(received(Applicant::Total), Some(42.0));
    }

    #[test]
    fn results_short_of_their_total_by_a_row_left_unread_refute_no_joining() {
        // 予以公开 printed 1 / 0 / 0 / 1 / 1 / 6 / 1 / 19 joins back three ways adding up to 19:
        // 10 | 0 | 1 | 1 | 6 | 1, 1 | 0 | 0 | 11 | 6 | 1 and 1 | 0 | 0 | 1 | 16 | 1. The 部分公开
        // row lost its columns' places (2 / 1 / 3 / 6: only its total is read), so every joining
        // leaves some column's results short of its total; only 16 puts none above it.
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let totals: &[&str] = &["3", "0", "0", "2", "19", "1", "25"];
        let got = table3_cell_per_line(&[
            ("一、本年新收政府信息公开申请数量", totals),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（一）予以公开", &["1", "0", "0", "1", "1", "6", "1", "19"]),
            ("（二）部分公开", &["2", "1", "3", "6"]),
            ("（七）总计", totals),
            ("四、结转下年度继续办理", zeros),
        ]);
        let disclosed = |a: Applicant| cell(&got, "apply.result.disclosed", a);
        assert_eq!(disclosed(Applicant::LegalService), Some(16.0), "{got:?}");
        assert_eq!(disclosed(Applicant::SocialWelfare), Some(1.0));
        assert_eq!(disclosed(Applicant::NaturalPerson), Some(1.0));
    }

    #[test]
    fn a_figure_broken_beside_blank_cells_is_joined_back() {
        // 信访举报 printed 1 / 5 / - / - / 21 / - / - / 36: the blanks hold their places, 1 / 5
        // join back to the 15 that, with 21, makes the 36.
        let got = table3_cell_per_line(&[
            ("（五）不予处理", &[]),
            ("1.信访举报投诉类申请", &["1", "5", "-", "-", "21", "-", "-", "36"]),
            // Blank cells first, as lines of spaces: 28 broken into 2 / 8 in the fourth column.
            ("2.重复申请", &["   ", "   ", "   ", "2", "8", "   ", "   ", "28"]),
        ]);
        let duplicate = |a: Applicant| cell(&got, "apply.result.not_processed.duplicate", a);
        assert_eq!(duplicate(Applicant::SocialWelfare), Some(28.0), "{got:?}");
        assert_eq!(duplicate(Applicant::Research), None);
        let petition = |a: Applicant| cell(&got, "apply.result.not_processed.petition", a);
        assert_eq!(petition(Applicant::NaturalPerson), Some(15.0), "{got:?}");
        assert_eq!(petition(Applicant::SocialWelfare), Some(21.0));
        assert_eq!(petition(Applicant::Total), Some(36.0));
        assert_eq!(petition(Applicant::Commercial), None, "a blank cell reads nothing");
    }

    #[test]
    fn a_short_row_leaves_its_columns_out_of_the_sums() {
        // 予以公开 printed 3 / 3, its blank cells left out: its 总计 is 3, its 3 in some column.
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let totals: &[&str] = &["5", "0", "0", "0", "0", "0", "5"];
        let report = table3_report(&[
            ("一、本年新收政府信息公开申请数量", totals),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（一）予以公开", &["3", "3"]),
            ("（二）部分公开", &["2", "0", "0", "0", "0", "0", "2"]),
            ("（七）总计", totals),
            ("四、结转下年度继续办理", zeros),
        ]);
        let sums: Vec<(&str, bool)> = report
            .checks
            .iter()
            .filter(|c| c.rule == "result_total")
            .map(|c| (c.detail.split(']').next().unwrap_or(""), c.passed))
            .collect();
        assert_eq!(sums, [("[total", true)], "only the 总计 column is summed");
    }

    #[test]
    fn a_group_run_into_its_first_item_names_the_item() {
        let got = table3_cell_per_line(&[("（五）不予处理1.信访举报投诉类申请", &["1", "0", "0", "0", "0", "0", "1"])]);
        assert_eq!(cell(&got, "apply.result.not_processed.petition", Applicant::Total), Some(1.0), "{got:?}");
    }

    #[test]
    fn a_row_the_catalog_does_not_know_leaves_the_results_unsummed() {
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let totals: &[&str] = &["5", "0", "0", "0", "0", "0", "5"];
        let report = table3_report(&[
            ("一、本年新收政府信息公开申请数量", totals),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("（一）予以公开", &["3", "0", "0", "0", "0", "0", "3"]),
            ("（二）某种未列明的办理结果", &["2", "0", "0", "0", "0", "0", "2"]),
            ("（七）总计", totals),
            ("四、结转下年度继续办理", zeros),
        ]);
        assert!(report.checks.iter().all(|c| c.rule != "result_total"), "{:?}", report.checks);
        assert!(report.checks.iter().any(|c| c.rule == "unmapped_row"));
    }

    #[test]
    fn a_row_no_joining_settles_leaves_the_results_unsummed() {
        // 予以公开 printed 1 / 1 / 0 / 0 / 0 / 0 / 0 / 11: 11 | 0 … or 1 | 10 | 0 …, each putting
        // one column's results above its total. Neither is read, and the results' sums, short
        // of the row, are not checked.
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let totals: &[&str] = &["6", "5", "0", "0", "0", "0", "11"];
        let report = table3_report(&[
            ("一、本年新收政府信息公开申请数量", totals),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（一）予以公开", &["1", "1", "0", "0", "0", "0", "0", "11"]),
            ("（二）部分公开", zeros),
            ("（七）总计", totals),
            ("四、结转下年度继续办理", zeros),
        ]);
        assert!(report.metrics.iter().all(|m| m.metric != "apply.result.disclosed"));
        let failed: Vec<&str> = report.checks.iter().filter(|c| !c.passed).map(|c| c.rule.as_ref()).collect();
        assert!(!failed.contains(&"result_total"), "{failed:?}");
    }

    #[test]
    fn the_other_handling_rows_count_in_the_results_a_joining_is_judged_by() {
        // 确认 printed 0 / 0 / 0 / 0 / 2 / 2 / 3 / 25: 22 | 3 or 2 | 23. Only with the （六） row
        // counted in the results (2021's 其他处理, summed from its rows) does 2 | 23 put the other
        // organisations' results above their total; without it both leave every column short.
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let totals: &[&str] = &["0", "0", "0", "0", "27", "25", "52"];
        let got = table3_cell_per_line(&[
            ("一、本年新收政府信息公开申请数量", totals),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（一）予以公开", &["0", "0", "0", "0", "2", "0", "2"]),
            ("（五）不予处理", &[]),
            ("5.要求行政机关确认或重新出具已获取信息", &["0", "0", "0", "0", "2", "2", "3", "25"]),
            ("（六）其他处理", &[]),
            (
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                &["0", "0", "0", "0", "3", "22", "25"],
            ),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", zeros),
            ("3.其他", zeros),
            ("（七）总计", totals),
            ("四、结转下年度继续办理", zeros),
        ]);
        let confirmation = |a: Applicant| cell(&got, "apply.result.not_processed.confirmation", a);
        assert_eq!(confirmation(Applicant::LegalService), Some(22.0), "{got:?}");
        assert_eq!(confirmation(Applicant::OtherOrg), Some(3.0));
    }

    #[test]
    fn a_broken_row_is_told_once_the_broken_total_below_it_is_read() {
        // （六） and （七）总计 both printed 1 / 4 / 0 / 0 / 0 / 1 / 0 / 15: 14 … 1 | 0 or 1 | 4 … 10.
        // The total is told by the balance with the requests received; the （六） row only by the
        // results adding up to that total, read after it.
        let zeros: &[&str] = &["0", "0", "0", "0", "0", "0", "0"];
        let broken: &[&str] = &["1", "4", "0", "0", "0", "1", "0", "15"];
        let got = table3_cell_per_line(&[
            ("一、本年新收政府信息公开申请数量", &["14", "0", "0", "0", "1", "0", "15"]),
            ("二、上年结转政府信息公开申请数量", zeros),
            ("三、本年度办理结果", &[]),
            ("（六）其他处理", broken),
            ("（七）总计", broken),
            ("四、结转下年度继续办理", zeros),
        ]);
        let read = |metric: &str, a: Applicant| cell(&got, metric, a);
        assert_eq!(read("apply.result.total", Applicant::NaturalPerson), Some(14.0), "{got:?}");
        assert_eq!(read("apply.result.other", Applicant::NaturalPerson), Some(14.0));
        assert_eq!(read("apply.result.other", Applicant::LegalService), Some(1.0));
    }

    #[test]
    fn section_heads_are_told_also_where_their_mark_was_lost() {
        assert!(is_section_head("四、行政复议数量"));
        assert!(is_section_head("　　五、行政诉讼数量"));
        assert!(is_section_head("四\u{FFFD}行政复议数量"), "the 、 lost");
        assert!(is_section_head("\u{FFFD}\u{FFFD}五\u{FFFD}行政诉讼数量"), "the indentation lost too");
        assert!(!is_section_head("（三）其他情形数"));
        assert!(!is_section_head("其\u{FFFD}：涉及国家秘密"), "not a numeral before the loss");
    }

    #[test]
    fn a_label_two_sections_share_is_read_only_inside_its_section() {
        let (sets, _) = national_sets();
        assert_eq!(sets[0].lookup("（二）被依法纠错数"), None, "review's or litigation's");
        assert_eq!(sets[4].lookup("（二）被依法纠错数"), Some("review.corrected"));
        assert_eq!(sets[5].lookup("（二）被依法纠错数"), Some("litigation.corrected"));
        assert_eq!(sets[0].lookup("行政复议数量"), Some("review.total"), "a label of one section");
    }

    /// The 第二十条 figures a report's text gives, in order.
    fn art20_read(text: &str) -> Vec<(String, f64)> {
        crate::normalize(&nianbao_parse::parse(text).unwrap())
            .metrics
            .into_iter()
            .filter(|m| m.metric.starts_with("art20."))
            .map(|m| (m.metric.to_string(), m.value))
            .collect()
    }

    #[test]
    fn an_html_result_row_keeps_its_blank_total() {
        // The results' 总计 left unfilled (&nbsp;), the group's label over several rows, the row
        // labels spanning two columns: the blank total is a cell, not padding to trim.
        let td = |t: &str, attrs: &str| format!("<td{attrs}>{t}</td>");
        let values = |v: [&str; 7]| v.iter().map(|x| td(x, "")).collect::<String>();
        let text = format!(
            "某市人民政府办公室2019年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n<table>\
             <tr>{}{}</tr><tr>{}{}{}</tr><tr>{}</tr>\
             <tr>{}{}</tr>\
             <tr>{}{}{}</tr>\
             <tr>{}{}</tr>\
             </table>",
            td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", " colspan=3 rowspan=3"),
            td("申请人情况", " colspan=7"),
            td("自然人", " rowspan=2"),
            td("法人或其他组织", " colspan=5"),
            td("总计", " rowspan=2"),
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map(|h| td(h, "")).concat(),
            td("一、本年新收政府信息公开申请数量", " colspan=3"),
            values(["30", "5", "&nbsp;", "&nbsp;", "1", "1", "37"]),
            td("三、本年度办理结果", " rowspan=2"),
            td("（一）予以公开", " colspan=2"),
            values(["20", "4", "&nbsp;", "&nbsp;", "1", "1", "&nbsp;"]),
            td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", " colspan=2"),
            values(["3", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;"]),
        );
        let read: Vec<(String, Option<Applicant>, f64)> = crate::normalize(&nianbao_parse::parse(&text).unwrap())
            .metrics
            .into_iter()
            .filter(|m| m.metric.starts_with("apply.result."))
            .map(|m| (m.metric.to_string(), m.applicant, m.value))
            .collect();
        let disclosed = |a: Applicant| cell(&read, "apply.result.disclosed", a);
        assert_eq!(disclosed(Applicant::NaturalPerson), Some(20.0));
        assert_eq!(disclosed(Applicant::Commercial), Some(4.0));
        assert_eq!(disclosed(Applicant::Research), None);
        assert_eq!(disclosed(Applicant::Total), None, "the total was left blank");
        assert_eq!(cell(&read, "apply.result.partial", Applicant::NaturalPerson), Some(3.0));
    }

    #[test]
    fn a_misprinted_decisions_column_is_the_decisions() {
        let text = "某区某局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项 | |||\n\
                    信息内容 | 本年处理绝对数量 | ||\n行政许可 | 4 | ||\n第二十条第（六）项 | |||\n\
                    信息内容 | 本年处理绝对数量 | ||\n行政处罚 | 2 | ||\n行政强制 | 0 | ||\n";
        let n = crate::normalize(&nianbao_parse::parse(text).unwrap());
        let got: Vec<(&str, f64)> = n.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        for expected in
            [("art20.licensing.decisions", 4.0), ("art20.penalty.decisions", 2.0), ("art20.coercion.decisions", 0.0)]
        {
            assert!(got.contains(&expected), "{expected:?} in {got:?}");
        }
    }

    #[test]
    fn blocks_headed_by_their_columns_alone() {
        // 信息内容 printed over the first block only; a change printed with its word (减2).
        let head = "某县水利局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n";
        let piped = format!(
            "{head}第二十条第（一）项 |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n\
             第二十条第（五）项 |\n上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政许可 | 7 | 减2 | 5 |\n\
             第二十条第（九）项 |\n采购项目数量 | 采购总金额 |\n政府集中采购 | 3 | 1.5万元 |\n"
        );
        let cells = [
            "第二十条第（一）项",
            "信息内容",
            "本年新制作数量",
            "本年新公开数量",
            "对外公开总数量",
            "规章",
            "0",
            "0",
            "0",
            "第二十条第（五）项",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "行政许可",
            "7",
            "减2",
            "5",
            "第二十条第（九）项",
            "采购项目数量",
            "采购总金额",
            "政府集中采购",
            "3",
            "1.5万元",
        ];
        let a_cell_a_line = format!("{head}{}\n", cells.join("\n"));
        let expected = [
            ("art20.rules.new_made", 0.0),
            ("art20.rules.new_published", 0.0),
            ("art20.rules.total_public", 0.0),
            ("art20.licensing.prev_items", 7.0),
            ("art20.licensing.change", -2.0),
            ("art20.licensing.decisions", 5.0),
            ("art20.procurement.items", 3.0),
            ("art20.procurement.amount", 15000.0),
        ]
        .map(|(k, v)| (k.to_string(), v));
        assert_eq!(art20_read(&piped), expected, "one row per line");
        assert_eq!(art20_read(&a_cell_a_line), expected, "one cell per line");
    }

    #[test]
    fn two_headers_taken_for_one_column_read_neither() {
        // Lossy headers: both 本年\u{FFFD} are a character from 本年增减; which is which is lost.
        let text = "某镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 | 本年\u{FFFD} | 本年\u{FFFD} | 对外公开总数量 |\n规章 | 0 | 54 | 1 |\n规范性文件 | 3 | 0 | 37 |\n";
        assert_eq!(
            art20_read(text),
            [("art20.rules.total_public".to_string(), 1.0), ("art20.normative.total_public".to_string(), 37.0)]
        );
    }

    #[test]
    fn a_form_with_a_code_column_reads_no_code_as_a_figure() {
        // A blank statistics form: each row's code after its unit, the figure cells empty.
        let aligned = "某市2013年政府信息公开工作年度报告\n政府信息公开情况统计表\n指标名称    计量单位    代码    本期实际    本年累计\n申请总数    条    10\n行政复议数    件    32\n行政诉讼数    件    33\n";
        let a_cell_a_line = "某市2013年政府信息公开工作年度报告\n政府信息公开情况统计表\n| 指标名称\n| 计量单位\n| 代码\n| 本期实际\n| 本年累计\n行政复议数\n| 件\n| 21\n|\n|\n行政诉讼数\n| 件\n| 22\n|\n|\n";
        // Its header broken by a crawler, 代码 on a line with the halves of its neighbours.
        let broken = "某市2013年政府信息公开工作年度报告\n政府信息公开情况统计表\n指标\n名称    计量单\n位    代码    本期实\n际    本年累计\n行政复议数    件    07\n行政诉讼数    件    08\n";
        // Its 代码 header and the units lost to 古文码: the zero-padded codes are still no counts.
        let header_lost = "某市2013年政府信息公开工作年度报告\n政府信息公开情况统计表\n指标名称    计量单位    \u{FFFD}\u{FFFD}    本期实际    本年累计\n行政复议\u{FFFD}    \u{FFFD}    07\n行政诉讼\u{FFFD}    \u{FFFD}    08\n";
        // Broken inside 代码 itself (代 / 码), a row's code too (0 / 4).
        let code_broken = "某市2013年政府信息公开工作年度报告\n政府信息公开情况统计表\n指标名称    计量单位    代\n码    本期实际    本年累计\n当面申请数    条    0\n4\n行政复议数    件    07\n";
        for text in [aligned, a_cell_a_line, broken, header_lost, code_broken] {
            let metrics = crate::normalize(&nianbao_parse::parse(text).unwrap()).metrics;
            assert!(metrics.is_empty(), "{metrics:?}");
        }
        // Without the 代码 column the same rows are a national table's.
        let national = aligned
            .replace("    代码", "")
            .replace("    10", "    4")
            .replace("    32", "    1")
            .replace("    33", "    0");
        assert!(!crate::normalize(&nianbao_parse::parse(&national).unwrap()).metrics.is_empty());
    }
}
