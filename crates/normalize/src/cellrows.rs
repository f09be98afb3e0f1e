//! Rows of a table flattened one cell per line (see `nianbao_parse::cells`).
//!
//! That layout hands over a stream of cells with no row boundary. What marks a row is the
//! template: a row is its label (with the unit a national row prints) followed by its figures,
//! so a figure after words closes the words into a row label, and words after figures start the
//! next row. The words before a label are headers or titles: a run from a header anchor
//! (信息内容, 申请人情况, 统计指标, 指标名称 …) is one header row — its cells, wrapped over
//! lines by the page (`本年新` / `制作数量`), are joined where the join is a known header or
//! label — and each enumerated heading (三、本年度办理结果, （三）不予公开) is a row of its own,
//! as a merged cell is in the other layouts.
//!
//! The rows go to the same state machine as every other layout. What this layout cannot tell —
//! which column a figure belongs to when blank cells were not printed — is left to the row
//! readers, which read a row only when its figures fill its columns.

use crate::labels::key;
use crate::value::{is_blank_cell as is_blank_value, parse_figure};
use nianbao_parse::{Cell, GridRow};

fn is_value(text: &str) -> bool {
    is_blank_value(text) || parse_figure(text, false).is_some()
}

/// A unit cell of the tables (or 期, 场, which a cell-per-line page prints on their own); or one
/// the decoder could not restore (a lone 条 that lost a byte to 古文码 prints as `鏉�`), which
/// still holds the unit's place in the row.
fn is_unit(text: &str) -> bool {
    crate::tables::is_unit(text)
        || matches!(text, "期" | "场")
        || (text.contains('\u{FFFD}') && text.chars().count() <= 2)
}

/// Words that open a table's header row.
fn is_header_anchor(text: &str) -> bool {
    let k = key(text);
    ["信息内容", "申请人情况", "统计指标", "指标名称", "指标", "项目"].contains(&k.as_str())
        || (k.starts_with("行政复议") && k.len() <= "行政复议".len())
}

/// Header words of every template (besides the 第二十条 columns and the row labels the
/// catalog knows), for joining a header cell wrapped over lines.
const HEADER_WORDS: &[&str] = &[
    "信息内容",
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
    "统计指标",
    "统计数",
    "指标名称",
    "计量单位",
    "单位",
    "本年度",
    "历年累计",
    "年末统计",
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "未经复议直接起诉",
    "复议后起诉",
];

fn known(text: &str) -> bool {
    let k = key(text);
    HEADER_WORDS.contains(&k.as_str()) || crate::tables::label_known(text)
}

/// Does the label start with an enumerator (三、 （三） (3) 1. 其中)?
fn enumerated(text: &str) -> bool {
    let t = text.trim_start();
    let first = t.chars().next();
    let numeral = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    match first {
        Some('（' | '(') => t.chars().nth(1).is_some_and(numeral),
        Some(c) if numeral(c) => t.chars().find(|c| !numeral(*c)).is_some_and(|c| matches!(c, '、' | '.' | '．')),
        _ => t.starts_with("其中"),
    }
}

/// Join fragments of one cell: cells[i..i+n] whose concatenation is known while cells[i]
/// alone is not (本年新 + 制作数量; 指 + 标 + 名 + 称), and a note in brackets wrapped onto a
/// line of its own (本年收费金额 + （单位：万元）) or broken at every tag inside it (`(` / 区分处理的
/// / `,` / 只计这一情形 / `)`): while a bracket the cell before opened is not closed, and the note
/// stays short, the next word is the note's.
fn join_fragments(cells: Vec<Cell>) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut i = 0;
    while i < cells.len() {
        let text = &cells[i].text;
        if let Some(prev) =
            out.last_mut().filter(|p| open_note(&p.text).is_some_and(|n| n + text.chars().count() <= 40))
        {
            prev.text.push_str(text);
            i += 1;
            continue;
        }
        if text.starts_with(['（', '(']) && !enumerated(text) {
            if let Some(prev) = out.last_mut() {
                prev.text.push_str(text);
                i += 1;
                continue;
            }
        }
        let mut taken = 1;
        // A wrapped cell's pieces are short (本年新 / 制作数量, 指 / 标): longer cells are
        // whole, and each join is a catalog lookup.
        let short = cells[i].text.chars().count() <= 8;
        // A header wrapped inside its word, its unit after the word's tail without brackets
        // (本年收费金 / 额单位:万元): the unit is the header's, whatever the first piece matches alone.
        let tail_with_a_unit = cells.get(i + 1).is_some_and(|next| {
            let t = next.text.trim();
            t.contains("单位") && t.ends_with('元') && !t.starts_with("单位") && t.chars().count() <= 10
        });
        if short && tail_with_a_unit {
            let joined = format!("{}{}", cells[i].text, cells[i + 1].text);
            if known(&joined) {
                out.push(Cell { text: joined, line: cells[i].line });
                i += 2;
                continue;
            }
        }
        if short && !known(&cells[i].text) {
            for n in (2..=4).rev() {
                // A unit is a cell of its own (当面申请数 | 条), never a label's last fragment.
                if i + n <= cells.len() && !cells[i + 1..i + n].iter().any(|c| is_unit(&c.text)) {
                    let joined: String = cells[i..i + n].iter().map(|c| c.text.as_str()).collect();
                    if known(&joined) {
                        out.push(Cell { text: joined, line: cells[i].line });
                        taken = n;
                        break;
                    }
                }
            }
        }
        if taken == 1 {
            out.push(cells[i].clone());
        }
        i += taken;
    }
    out
}

/// The length of the note a text leaves open (characters since its last unclosed bracket), if
/// it leaves one open.
fn open_note(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut since = 0;
    for c in text.chars() {
        match c {
            '（' | '(' => {
                if depth == 0 {
                    since = 0;
                }
                depth += 1;
            }
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        since += 1;
    }
    (depth > 0).then_some(since)
}

/// Is the cell a 第二十条 column's header (现行有效件数), which no row's label is?
fn ends_a_header(text: &str) -> bool {
    crate::tables::art20_column_known(text) && !crate::tables::row_label_known(text)
}

/// The rows of words before a row's figures, and the row's own label cells.
fn split_words(words: Vec<Cell>) -> (Vec<GridRow>, Vec<Cell>) {
    let mut words = join_fragments(words);
    // Units print after the label (national tables: label | unit | value).
    let units_from = words.iter().rposition(|c| !is_unit(&c.text)).map_or(0, |i| i + 1);
    let units = words.split_off(units_from);
    let Some(mut label) = words.pop() else { return (Vec::new(), units) };
    // A label wrapped over lines: its first part before it.
    if !known(&label.text) {
        if let Some(prev) = words.last() {
            let joined = format!("{}{}", prev.text, label.text);
            if known(&joined) && !known(&prev.text) {
                label = Cell { text: joined, line: prev.line };
                words.pop();
            }
        }
    }
    let mut rows = Vec::new();
    // Enumerated headings just before the label are rows of their own (group heads).
    let groups_from = words.iter().rposition(|c| !enumerated(&c.text)).map_or(0, |i| i + 1);
    let groups = words.split_off(groups_from);
    // From the last header anchor on, one header row; before it, a row per cell (titles). A
    // 第二十条 block whose page printed 信息内容 over the first block only starts its header at its
    // first column (上一年项目数量 / 本年增/减 / 处理决定数量): a run of two columns or more.
    let column_run = || {
        let from = words.iter().rposition(|c| !crate::tables::art20_column_known(&c.text)).map_or(0, |i| i + 1);
        (words.len() >= from + 2).then_some(from)
    };
    let anchor = words.iter().rposition(|c| is_header_anchor(&c.text)).or_else(|| {
        // Only where the last two words before the label could be columns (most runs of words
        // are titles and headings).
        (words.len() >= 2).then(column_run).flatten()
    });
    match anchor {
        Some(anchor) => {
            let header = words.split_off(anchor);
            rows.extend(words.into_iter().map(single));
            rows.push(GridRow { cells: header, wrapped: false });
        }
        None => rows.extend(words.into_iter().map(single)),
    }
    rows.extend(groups.into_iter().map(single));
    let mut own = vec![label];
    own.extend(units);
    (rows, own)
}

fn single(cell: Cell) -> GridRow {
    GridRow { cells: vec![cell], wrapped: false }
}

/// Is the cell only an enumerator (`1.`, `2、`), cut from the label it numbers?
fn bare_enumerator(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && matches!(&text[digits..], "." | "．" | "、")
}

/// Cells a crawler broke at a tag, joined before any cell is taken for a figure: `2012` /
/// `年度` (a figure followed by a cell starting with 年 is never a row's figure), `本年增` /
/// `/` / `减` (a slash between two words whose join is a known header), and an enumerator cut
/// from its label (`1.` / `政府网站公开数`: `1.` is no figure).
fn join_broken_headers(tokens: &[GridRow]) -> Vec<Cell> {
    let cells: Vec<&Cell> = tokens.iter().filter_map(|t| t.cells.first()).collect();
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut i = 0;
    while i < cells.len() {
        let cell = cells[i];
        if let Some(next) = cells.get(i + 1).filter(|n| bare_enumerator(&cell.text) && !is_value(&n.text)) {
            out.push(Cell { text: format!("{}{}", cell.text, next.text), line: cell.line });
            i += 2;
            continue;
        }
        let year = |prev: &Cell| prev.text.len() == 4 && prev.text.bytes().all(|b| b.is_ascii_digit());
        if let Some(prev) = out.last_mut().filter(|p| cell.text.starts_with('年') && year(p)) {
            prev.text.push_str(&cell.text);
            i += 1;
            continue;
        }
        let slash = matches!(cell.text.as_str(), "/" | "／");
        if let (true, Some(prev), Some(next)) = (slash, out.last_mut(), cells.get(i + 1)) {
            if !is_value(&prev.text) && !is_value(&next.text) {
                let joined = format!("{}{}{}", prev.text, cell.text, next.text);
                if known(&joined) {
                    prev.text = joined;
                    i += 2;
                    continue;
                }
            }
        }
        out.push(cell.clone());
        i += 1;
    }
    out
}

/// The header row among `rows`, if any: `Some` of the width (label column included) of a
/// 第二十条 block's header (信息内容 and its columns, or the columns alone where the page printed
/// 信息内容 over the first block only), `Some(None)` for another table's header.
fn header_width(rows: &[GridRow]) -> Option<Option<usize>> {
    let header = rows.iter().rev().find(|r| r.cells.len() >= 2)?;
    let columns_from = usize::from(key(&header.cells[0].text) == "信息内容");
    let columns = &header.cells[columns_from..];
    let all_columns = !columns.is_empty() && columns.iter().all(|c| crate::tables::art20_column_known(&c.text));
    Some(all_columns.then_some(columns.len() + 1))
}

/// Rows from a cell-per-line grid's cells (each given as a row of one cell).
pub fn regroup(tokens: &[GridRow]) -> Vec<GridRow> {
    let mut out = Vec::new();
    let mut words: Vec<Cell> = Vec::new();
    let mut row: Option<GridRow> = None;
    // Bars alone waiting for the row's next figure (see below).
    let mut bars: Vec<Cell> = Vec::new();
    // The width (label included) of the 第二十条 block's header last seen: a row short of it ends
    // in blank cells where as many bars follow its last figure, the row's own end bar after
    // them or not (行政事业性收费 | 0 | | under 上一年项目数量 / 本年增/减: 0 and a blank) — on a
    // page whose blank cells are bars, which one inside a row has shown already. Elsewhere a bar
    // after the row's figures is its end (or the next row's opening bar, where a page's source
    // opens each row with one).
    let mut art20_width: Option<usize> = None;
    let mut bars_are_blanks = false;
    let close_short_row = |row: &mut Option<GridRow>, bars: &mut Vec<Cell>, width: Option<usize>, seen: bool| {
        let Some((open, width)) = row.as_mut().zip(width) else { return };
        let missing = width.saturating_sub(open.cells.len());
        if seen && missing > 0 && (bars.len() == missing || bars.len() == missing + 1) {
            open.cells.extend(bars.drain(..missing));
        }
    };
    for cell in &join_broken_headers(tokens) {
        // A bar alone, where cells print their bars (see `nianbao_parse::cells`): an empty cell
        // or the end of a row. Between a row's label (one the catalog knows, its unit aside) or
        // figures and a figure of the same row it is a blank cell; anywhere else — after header
        // or title words, or before the next row's words — it is the row's end, no cell.
        if cell.text == "|" {
            let label_last =
                words.iter().rev().find(|w| !is_unit(&w.text)).is_some_and(|w| crate::tables::row_label_known(&w.text));
            if label_last || (words.is_empty() && row.is_some()) {
                bars.push(Cell { text: String::new(), line: cell.line });
            }
            continue;
        }
        let text = cell.text.as_str();
        if !is_value(text) {
            close_short_row(&mut row, &mut bars, art20_width, bars_are_blanks);
            bars.clear();
        }
        // A figure or a blank cell right after a header's last column: the first row's label
        // was lost (a page printed the cell 规章 as spaces, or not at all), and the words
        // before it are all header. A blank cell is that label; a figure is the row's first.
        if is_value(text) && words.last().is_some_and(|w| ends_a_header(&w.text)) {
            if let Some(done) = row.take() {
                out.push(done);
            }
            words.push(Cell { text: String::new(), line: cell.line });
            let (headers, label) = split_words(std::mem::take(&mut words));
            art20_width = header_width(&headers).unwrap_or(art20_width);
            out.extend(headers);
            let open = row.insert(GridRow { cells: label, wrapped: false });
            if !is_blank_value(text) {
                open.cells.push(cell.clone());
            }
            continue;
        }
        // A unit directly after words is part of the row label; a value-like cell after words
        // closes them into a label.
        if is_value(text) && !(is_blank_value(text) && words.is_empty() && row.is_none()) {
            if !words.is_empty() {
                if let Some(done) = row.take() {
                    out.push(done);
                }
                let (headers, label) = split_words(std::mem::take(&mut words));
                art20_width = header_width(&headers).unwrap_or(art20_width);
                out.extend(headers);
                row = Some(GridRow { cells: label, wrapped: false });
            }
            let open = row.get_or_insert_with(GridRow::default);
            bars_are_blanks |= !bars.is_empty();
            open.cells.append(&mut bars);
            open.cells.push(cell.clone());
        } else if !is_blank_value(text) {
            if let Some(done) = row.take() {
                out.push(done);
            }
            words.push(cell.clone());
        }
    }
    close_short_row(&mut row, &mut bars, art20_width, bars_are_blanks);
    out.extend(row);
    // Words after the last figure: headings or a table cut short.
    out.extend(words.into_iter().map(single));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(cells: &[&str]) -> Vec<GridRow> {
        cells.iter().enumerate().map(|(i, t)| single(Cell { text: t.to_string(), line: i as u32 + 1 })).collect()
    }

    fn texts(rows: &[GridRow]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn a_blank_cell_after_the_header_is_the_first_rows_lost_label() {
        let cells = [
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "",
            "0",
            "1",
            "2",
            "行政规范性文件",
            "3",
            "4",
            "5",
        ];
        let want = [
            vec!["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            vec!["", "0", "1", "2"],
            vec!["行政规范性文件", "3", "4", "5"],
        ];
        assert_eq!(texts(&regroup(&tokens(&cells))), want);
        // The blank cell not printed at all.
        let unprinted: Vec<&str> = cells.into_iter().filter(|c| !c.is_empty()).collect();
        assert_eq!(texts(&regroup(&tokens(&unprinted))), want);
    }

    #[test]
    fn a_lone_bar_is_a_blank_cell_in_a_row_and_nothing_after_headers() {
        let rows = regroup(&tokens(&[
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "|",
            "行政许可",
            "0",
            "|",
            "5",
            "|",
            "一、本年新收政府信息公开申请数量",
            "|",
            "|",
            "3",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["行政许可", "0", "", "5"],
                vec!["一、本年新收政府信息公开申请数量", "", "", "3"],
            ]
        );
    }

    #[test]
    fn bars_after_a_rows_last_figure_are_its_blank_cells_where_the_block_header_wants_them() {
        let rows = regroup(&tokens(&[
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "|",
            "行政许可",
            "5",
            "|",
            "8",
            "|",
            "第二十条第（八）项",
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "|",
            "行政事业性收费",
            "7",
            "|",
            "第二十条第（九）项",
            "信息内容",
            "采购项目数量",
            "采购总金额",
            "政府集中采购",
            "2",
            "|",
            "|",
            "|",
            "三、收到和处理政府信息公开申请情况",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["行政许可", "5", "", "8"],
                vec!["第二十条第（八）项"],
                vec!["信息内容", "上一年项目数量", "本年增/减"],
                vec!["行政事业性收费", "7", ""],
                vec!["第二十条第（九）项"],
                vec!["信息内容", "采购项目数量", "采购总金额"],
                // Three bars where the header wants one more cell: not the row's blank and its
                // end; what they are is not told, and the row stays short.
                vec!["政府集中采购", "2"],
                vec!["三、收到和处理政府信息公开申请情况"],
            ]
        );
        // The blank's bar and the row's own end bar.
        let ended = regroup(&tokens(&[
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "行政许可",
            "5",
            "|",
            "8",
            "|",
            "第二十条第（八）项",
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "行政事业性收费",
            "7",
            "|",
            "|",
            "第二十条",
        ]));
        assert_eq!(texts(&ended)[4], ["行政事业性收费", "7", ""]);
        // A page whose blank cells are no bars (none inside a row): a bar after a short row is
        // the next row's opening bar, and the row stays short.
        let opened = regroup(&tokens(&[
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "行政许可",
            "6",
            "6",
            "|",
            "第二十条",
        ]));
        assert_eq!(texts(&opened)[1], ["行政许可", "6", "6"]);
    }

    #[test]
    fn a_title_a_wrapped_header_and_rows_of_figures() {
        let rows = regroup(&tokens(&[
            "第二十条第（一）项",
            "信息内容",
            "本年新",
            "制作数量",
            "本年新",
            "公开数量",
            "对外公开总数量",
            "规章",
            "0",
            "1",
            "2",
            "规范性文件",
            "3",
            "-4",
            "5",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["第二十条第（一）项"],
                vec!["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                vec!["规章", "0", "1", "2"],
                vec!["规范性文件", "3", "-4", "5"]
            ]
        );
    }

    #[test]
    fn a_header_wrapped_inside_its_word_keeps_its_unit() {
        let rows =
            regroup(&tokens(&["第二十条第（八）项", "信息内容", "本年收费金", "额单位:万元", "行政事业性收费", "20"]));
        assert_eq!(
            texts(&rows),
            [vec!["第二十条第（八）项"], vec!["信息内容", "本年收费金额单位:万元"], vec!["行政事业性收费", "20"]]
        );
    }

    #[test]
    fn a_note_in_brackets_broken_at_every_tag_stays_with_its_label() {
        let rows = regroup(&tokens(&[
            "(二)部分公开",
            "(",
            "区分处理的",
            ",",
            "只计这一情形",
            ",",
            "不计其他情形",
            ")",
            "11",
            "0",
        ]));
        assert_eq!(texts(&rows), [vec!["(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "11", "0"]]);
        assert_eq!(open_note("本年收费金额(单位:"), Some(4));
        assert_eq!(open_note("本年收费金额(单位:万元)"), None);
    }

    #[test]
    fn group_heads_are_rows_of_their_own_and_blank_cells_keep_their_place() {
        let rows = regroup(&tokens(&[
            "申请人情况",
            "自然人",
            "总计",
            "三、本年度办理结果",
            "（一）予以公开",
            "1",
            "",
            "1",
            "（三）不予公开",
            "1.属于国家秘密",
            "/",
            "0",
            "0",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["申请人情况", "自然人", "总计"],
                vec!["三、本年度办理结果"],
                vec!["（一）予以公开", "1", "", "1"],
                vec!["（三）不予公开"],
                vec!["1.属于国家秘密", "/", "0", "0"]
            ]
        );
    }

    #[test]
    fn a_national_row_keeps_its_unit_and_a_local_header_its_width() {
        let rows = regroup(&tokens(&[
            "统计指标",
            "单位",
            "统计数",
            "一、主动公开情况",
            "（一）主动公开政府信息数",
            "条",
            "170",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["统计指标", "单位", "统计数"],
                vec!["一、主动公开情况"],
                vec!["（一）主动公开政府信息数", "条", "170"]
            ]
        );
        let rows = regroup(&tokens(&[
            "指",
            "标",
            "名",
            "称",
            "计量单位",
            "本年度",
            "历年累计",
            "主动公开信息数",
            "条",
            "12",
            "345",
        ]));
        assert_eq!(
            texts(&rows),
            [vec!["指标名称", "计量单位", "本年度", "历年累计"], vec!["主动公开信息数", "条", "12", "345"]]
        );
        let rows = regroup(&tokens(&[
            "指 标 名 称",
            "计量单位",
            "2012",
            "年度",
            "历年累计",
            "主动公开信息数",
            "条",
            "316",
            "2302",
        ]));
        assert_eq!(
            texts(&rows),
            [vec!["指 标 名 称", "计量单位", "2012年度", "历年累计"], vec!["主动公开信息数", "条", "316", "2302"]]
        );
        let rows = regroup(&tokens(&[
            "信息内容",
            "上一年项目数量",
            "本年增",
            "/",
            "减",
            "处理决定数量",
            "行政许可",
            "13191",
            "481",
            "259610",
        ]));
        assert_eq!(
            texts(&rows),
            [
                vec!["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["行政许可", "13191", "481", "259610"]
            ]
        );
        let rows = regroup(&tokens(&[
            "其中",
            "1.",
            "政府网站公开数",
            "条",
            "19190",
            "193660",
            "2、",
            "政府公报公开数",
            "条",
            "157",
            "5851",
        ]));
        assert_eq!(
            texts(&rows),
            [vec!["其中1.政府网站公开数", "条", "19190", "193660"], vec!["2、政府公报公开数", "条", "157", "5851"]]
        );
        let rows = regroup(&tokens(&["信息内容", "本年收费金额", "（单位：万元）", "行政事业性收费", "16.02"]));
        assert_eq!(texts(&rows), [vec!["信息内容", "本年收费金额（单位：万元）"], vec!["行政事业性收费", "16.02"]]);
        let rows = regroup(&tokens(&["（一）主动公开政府信息数", "鏉\u{FFFD}", "170"]));
        assert_eq!(texts(&rows), [vec!["（一）主动公开政府信息数", "鏉\u{FFFD}", "170"]]);
    }

    #[test]
    fn a_short_table_three_row_gives_its_total_only_where_its_figures_add_up() {
        let header = [
            "申请人情况",
            "自然人",
            "法人或其他组织",
            "总计",
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他",
        ];
        let mut cells: Vec<&str> = header.to_vec();
        cells.extend([
            "一、本年新收政府信息公开申请数量",
            "46",
            "0",
            "46",
            "二、上年结转政府信息公开申请数量",
            "0",
            "0",
        ]);
        cells.extend(["三、本年度办理结果", "（一）予以公开", "5", "3"]);
        let grid = nianbao_parse::Grid { layout: nianbao_parse::Layout::CellPerLine, rows: tokens(&cells) };
        let facts = crate::tables::read_tables(&[grid]);
        let read: Vec<(&str, Option<&str>, f64)> =
            facts.metrics.iter().map(|m| (m.metric.as_ref(), m.applicant.map(|a| a.as_str()), m.value)).collect();
        assert_eq!(read, [("apply.received", Some("total"), 46.0)], "0 | 0 and 5 | 3 tell no column");
    }

    #[test]
    fn cells_indented_by_the_pages_source_are_read() {
        // Each cell on an indented line closed by its bar, a line of spaces after it, a bar
        // opening each row (a crawler that kept the page source's indentation).
        let page = "| \n   第二十条  第(一)项  | \n  |||\n| \n   信息内容  | \n    \n   本年制发件数  | \n    \n   本年废止件数  | \n    \n   现行有效件数  | \n  \n| \n   规章  | \n    \n   0  | \n    \n   0  | \n    \n   2  | \n  \n| \n   行政规范性文件  | \n    \n   4  | \n    \n   1  | \n    \n   36  | \n  \n";
        let lines: Vec<String> = page.lines().map(str::to_string).collect();
        let grids = nianbao_parse::cells::cell_per_line(&lines);
        let facts = crate::tables::read_tables(&grids);
        let mut read: Vec<(&str, f64)> = facts.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        read.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(
            read,
            [
                ("art20.normative.in_force", 36.0),
                ("art20.normative.issued", 4.0),
                ("art20.normative.repealed", 1.0),
                ("art20.rules.in_force", 2.0),
                ("art20.rules.issued", 0.0),
                ("art20.rules.repealed", 0.0)
            ]
        );
    }

    #[test]
    fn a_unit_stays_a_cell_of_its_own() {
        let rows = regroup(&tokens(&["其中：", "1.", "当面申请数", "条", "358", "1566"]));
        assert_eq!(texts(&rows), [vec!["其中：1.当面申请数", "条", "358", "1566"]]);
    }
}
