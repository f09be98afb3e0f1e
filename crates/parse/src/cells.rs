//! Tables flattened one cell per line: what a browser's copy or a scraper's `get_text("\n")`
//! leaves of an HTML table.
//!
//! ```text
//! 信息内容              信息内容 |          本年新
//!                      |||                   制作数量
//! 本年制发件数          本年制发件数 |
//! 规章                  规章 |              规章
//! 0                    0 |
//! 1                    1 |                 0
//! ```
//! Variants seen on real pages: blank lines between cells or none; ` |` (or ` | |`) after
//! every cell, and `|` or `|||` filler lines between cells or rows; a header cell wrapped over
//! two lines (`本年新` / `制作数量`); blank cells as whitespace-only lines, as `/` or `-`, or
//! not printed at all. Where every cell line ends in its bar (`0 |`), an empty cell prints its
//! bar alone (`|`) — as does a row's end: such a line is handed over as the cell `|`, and
//! `normalize` (knowing the row labels) tells a blank cell from a row's end.
//!
//! This reader only *tokenizes*: it finds the run of short lines that holds the table and
//! hands over its cells in order, each as a row of one cell. Which cells make a row is a
//! question of the template (the header's width, the catalog's row labels), answered in
//! `normalize` — a row boundary is not visible in this layout. A cell that spans several lines
//! (blank-line-separated layouts put one cell per paragraph) is joined here; a bare blank line
//! is a separator, never a cell.

use crate::grid::{trim_cell, Cell, Grid, GridRow, Layout};

/// Longest line (in characters) that can be one cell. Table 三's longest row label (2021's
/// （六）其他处理 1.) runs to ~45 characters; prose lines are longer or end a sentence.
const MAX_CELL_CHARS: usize = 64;

/// Does the line hold exactly one cell, or none (a separator)?
enum LineKind<'a> {
    /// An empty line, or one of spaces only (`blank`: a blank cell where lines are cells).
    Empty {
        blank: bool,
    },
    /// Only `|` and spaces: a filler line between cells or rows.
    Filler,
    Cell(&'a str),
    /// Prose, a tab-per-cell or pipe row, a space-aligned row: ends a region.
    Other,
}

/// Longest row label with a note in brackets a template prints under it (2020's 规范性文件(行政机
/// 关制定发布的决定、公告…一般情况下属于规范性文件)): a cell as long as a line of prose, told from
/// one by its shape (see [`label_with_its_note`]).
const MAX_NOTED_CELL_CHARS: usize = 200;

/// A row label and its note in brackets, the note closing the line: the label first (its
/// bracket opens within the first twenty characters), no stop inside.
fn label_with_its_note(cell: &str) -> bool {
    let Some(open) = cell.find(['(', '（']) else { return false };
    cell.ends_with([')', '）'])
        && cell[..open].chars().count() <= 20
        && cell.matches(['(', '（']).count() == cell.matches([')', '）']).count()
        && cell.chars().count() <= MAX_NOTED_CELL_CHARS
        && !cell.contains('。')
}

fn kind(line: &str) -> LineKind<'_> {
    // A line of prose (most lines) is longer than any cell in bytes already; a label with its
    // note is as long, and ends with its bracket.
    let long = line.len() > 4 * MAX_CELL_CHARS + 16;
    if line.starts_with('\t') || (long && !line.trim_end().ends_with([')', '）'])) {
        return LineKind::Other;
    }
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if t.is_empty() {
        return LineKind::Empty { blank: !line.is_empty() };
    }
    if t.chars().all(|c| c == '|' || c.is_whitespace()) {
        return LineKind::Filler;
    }
    // `规章 |`, `0 | |`: one cell and the separators after it. A separator between two
    // texts makes a pipe row.
    let cell = t.trim_end_matches(|c: char| c == '|' || c.is_whitespace() || c == '\u{3000}');
    if cell.contains('|') || cell.contains('\t') {
        return LineKind::Other;
    }
    // Words a page spaced out inside one cell (第二十条  第(一)项 |) are one cell where the cell's
    // bar closes them and none is a figure; otherwise the spaces part a space-aligned row.
    if cell.contains("  ") && (!t.ends_with('|') || cell.split_whitespace().any(is_number)) {
        return LineKind::Other;
    }
    let chars = cell.chars().count();
    if chars == 0
        || (chars > MAX_CELL_CHARS && !label_with_its_note(cell))
        || cell.ends_with('。')
        || cell.ends_with('；')
    {
        return LineKind::Other;
    }
    LineKind::Cell(cell)
}

/// A figure-like cell: digits with sign, separators or a decimal point, nothing else.
fn is_number(cell: &str) -> bool {
    let body = cell.strip_prefix(['-', '+', '－']).unwrap_or(cell);
    !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// Every cell-per-line table of the text.
pub fn cell_per_line(lines: &[String]) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        if matches!(kind(&lines[start]), LineKind::Other) {
            start += 1;
            continue;
        }
        let end = (start..lines.len()).find(|&i| matches!(kind(&lines[i]), LineKind::Other)).unwrap_or(lines.len());
        if let Some(grid) = region(lines, start, end) {
            grids.push(grid);
        }
        start = end + 1;
    }
    grids
}

/// The cells of lines[start..end], a run of cell and separator lines, if it is a table: at
/// least three figure cells and as many other cells (a list of short headings is not a table),
/// or a statistics table's header (信息内容, 申请人情况 …) among its cells — a table whose
/// cells are blank throughout still shows its template.
/// 资讯内容 is 信息内容 in Taiwan's phrasing (a page passed through s2twp and back).
const HEADER_ANCHORS: [&str; 5] = ["信息内容", "资讯内容", "申请人情况", "统计指标", "指标名称"];

/// May `text` continue the paragraph of `last` as one wrapped cell? Not a header anchor (the
/// table's first cell, even right under its （2010年度） line), and not after a bracketed line
/// that is whole (（2010年度）, （单位：件）).
fn continues(last: &str, text: &str) -> bool {
    let whole_bracket = last.starts_with('（') && last.ends_with('）');
    !is_number(text) && !is_number(last) && !HEADER_ANCHORS.contains(&text) && !whole_bracket
}

/// Does a line after a figure carry on the sentence the figure is in (`件，其中予以公开`, `件`,
/// `，统计信息`)? A crawler that breaks a page at every tag breaks its prose around each figure
/// the page set in a tag of its own, and the pieces are as short as cells; but a table never
/// follows a figure with its unit (the unit column stands before the figures), nor with a comma.
/// The units are the measure words reports count in (宗 and 起 for requests and cases, 名 and 位
/// for staff, 余 and 多 after an approximate figure, 号 after a document's number); not 本 or 处,
/// which open row labels a table prints after a row's figures (本年度办理结果, 处理决定数量).
pub(crate) fn carries_on_a_sentence(after_figure: &str) -> bool {
    after_figure.trim_start().starts_with([
        '，', ',', '、', '。', '；', ';', '：', ':', '%', '）', ')', '件', '条', '个', '人', '次', '项', '份', '篇',
        '期', '年', '月', '日', '宗', '起', '例', '名', '位', '余', '多', '万', '亿', '元', '家', '场', '户', '天',
        '号', '〕', ']',
    ])
}

/// Is the run a paragraph broken around its figures rather than a table: at least two figures,
/// and at least half of them, followed by words that carry on their sentence? `after` is the
/// line that ended the run (`条。`, a sentence's end, is no cell).
fn broken_prose(kinds: &[LineKind], after: Option<&str>) -> bool {
    let mut written: Vec<&str> =
        kinds.iter().filter_map(|k| if let LineKind::Cell(c) = k { Some(*c) } else { None }).collect();
    let figures = written.iter().filter(|c| is_number(c)).count();
    written.extend(after);
    let carried_on = written.windows(2).filter(|w| is_number(w[0]) && carries_on_a_sentence(w[1])).count();
    carried_on >= 2 && carried_on * 2 >= figures
}

fn region(lines: &[String], start: usize, end: usize) -> Option<Grid> {
    let kinds: Vec<LineKind> = lines[start..end].iter().map(|l| kind(l)).collect();
    let numbers = kinds.iter().filter(|k| matches!(k, LineKind::Cell(c) if is_number(c))).count();
    let cells = kinds.iter().filter(|k| matches!(k, LineKind::Cell(_))).count();
    let header = kinds.iter().any(|k| matches!(k, LineKind::Cell(c) if HEADER_ANCHORS.contains(c)));
    let figures = numbers >= 3 && cells > 2 * numbers.min(3);
    let headed = header && cells >= 4;
    if !(figures || headed) || (!header && broken_prose(&kinds, lines.get(end).map(String::as_str))) {
        return None;
    }
    // A page that puts an empty line after every cell prints a cell's wrapped lines together
    // (本年新 / 制作数量, then an empty line): such lines are one cell. Where lines follow one
    // another without empty lines, every line is a cell, and a line of spaces between cells is
    // a blank cell. Decided around each line, not per table: one page can mix the two.
    let is_empty = |i: usize| i >= kinds.len() || matches!(kinds[i], LineKind::Empty { blank: false });
    // A run of lines of spaces is as many blank cells, where cells stand on both sides of it.
    let is_blank = |k: &LineKind| matches!(k, LineKind::Empty { blank: true });
    let cell_before =
        |i: usize| kinds[..i].iter().rev().find(|k| !is_blank(k)).is_some_and(|k| matches!(k, LineKind::Cell(_)));
    let cell_after =
        |i: usize| kinds[i + 1..].iter().find(|k| !is_blank(k)).is_some_and(|k| matches!(k, LineKind::Cell(_)));
    // Between cells printed with their bars (`0 |`), a lone `|` may be an empty cell. Decided
    // around each line: one page's tables may be flattened in different forms.
    let barred = |j: usize| matches!(kinds[j], LineKind::Cell(_)) && lines[start + j].trim_end().ends_with('|');
    let cell_at = |j: &usize| matches!(kinds[*j], LineKind::Cell(_));
    let between_barred_cells = |i: usize| {
        (0..i).rev().find(cell_at).is_some_and(barred) && (i + 1..kinds.len()).find(cell_at).is_some_and(barred)
    };
    // A page whose source indented its cells (a crawler kept the indentation) puts a line of
    // spaces after every barred cell: there such a line parts cells, and only a second one in a
    // row is a blank cell. Decided around each line (the cells before or after are spaced the
    // same way, or a row's bar opened right before): a page's tables may differ.
    let single_space = |j: usize| is_blank(&kinds[j]) && (j == 0 || !is_blank(&kinds[j - 1]));
    let parts_cells = |i: usize| {
        let spaced_before = i >= 3 && single_space(i - 2) && barred(i - 3);
        let row_opened = i >= 2 && matches!(kinds[i - 2], LineKind::Filler);
        let next_cell = (i + 1..kinds.len()).find(|&j| !is_blank(&kinds[j]));
        let spaced_after = next_cell.is_some_and(|j| barred(j) && j + 1 < kinds.len() && single_space(j + 1));
        single_space(i) && i >= 1 && barred(i - 1) && (spaced_before || row_opened || spaced_after)
    };
    let mut rows: Vec<GridRow> = Vec::new();
    // Where the current cell's first line is (its paragraph started after an empty line).
    let mut cell_start: Option<usize> = None;
    for (i, k) in kinds.iter().enumerate() {
        let line = (start + i) as u32 + 1;
        match k {
            LineKind::Filler if lines[start + i].trim() == "|" && between_barred_cells(i) => {
                cell_start = None;
                rows.push(GridRow { cells: vec![Cell { text: "|".to_string(), line }], wrapped: false });
            }
            LineKind::Filler => cell_start = None,
            LineKind::Empty { blank } => {
                cell_start = None;
                if *blank && !parts_cells(i) && cell_before(i) && cell_after(i) {
                    rows.push(GridRow { cells: vec![Cell { text: String::new(), line }], wrapped: false });
                }
            }
            LineKind::Cell(text) => {
                let paragraph = cell_start.is_some_and(|s| s == 0 || is_empty(s - 1)) && is_empty(i + 1);
                match rows.last_mut() {
                    Some(last) if paragraph && continues(&last.cells[0].text, text) => {
                        last.cells[0].text.push_str(&trim_cell(text))
                    }
                    _ => {
                        rows.push(GridRow { cells: vec![Cell { text: trim_cell(text), line }], wrapped: false });
                        cell_start = Some(i);
                    }
                }
            }
            LineKind::Other => unreachable!("a region holds no other lines"),
        }
    }
    rejoin_notes_broken_at_their_figures(&mut rows);
    Some(Grid { layout: Layout::CellPerLine, rows })
}

/// A label's note broken around its figure (`（一）主动公开政府信息数（不同渠道和方式公开相同信息计`
/// / `1` / `条）`), as a crawler leaves a cell that set its figure in a span of its own: the
/// figure stands inside the note's open bracket and the cell after it closes the bracket, so
/// the three are one cell, the label — no value cell stands inside a bracket.
fn rejoin_notes_broken_at_their_figures(rows: &mut Vec<GridRow>) {
    let unclosed = |t: &str| t.matches(['（', '(']).count() > t.matches(['）', ')']).count();
    let closes = |t: &str| {
        let head: String = t.chars().take(3).collect();
        head.find(['）', ')']).is_some_and(|at| !head[..at].contains(['（', '(']))
    };
    let mut i = 1;
    while i + 1 < rows.len() {
        let text = |k: usize| rows[k].cells[0].text.as_str();
        if is_number(text(i)) && unclosed(text(i - 1)) && closes(text(i + 1)) {
            let joined = format!("{}{}{}", text(i - 1), text(i), text(i + 1));
            rows[i - 1].cells[0].text = joined;
            rows.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    fn cells(g: &Grid) -> Vec<&str> {
        g.rows.iter().map(|r| r.cells[0].text.as_str()).collect()
    }

    #[test]
    fn a_paragraph_broken_around_its_figures_is_no_table() {
        let text = "全年共受理申请\n12\n件，其中予以公开\n8\n件，部分公开\n3\n件\n，本机关不掌握\n1\n件。\n";
        assert!(cell_per_line(&lines(text)).is_empty());
        // A date broken the same way, and a sentence's end that is no cell.
        let text = "本单位到\n2017\n年底累计主动公开政府信息\n5135\n条，其中，本年度新增\n1995\n条。\n";
        assert!(cell_per_line(&lines(text)).is_empty());
        // A national table's unit column stands before its figures, never after them.
        // Counted in 宗 and 起, with ASCII punctuation (a crawl of a page set in traditional
        // characters and half-width stops).
        let text =
            "2021\n年,我街共收到申请\n22\n宗。其中,当面申请\n3\n宗,占\n14%\n;网上申请\n4\n宗,占\n18%\n;复议\n1\n起。\n";
        assert!(cell_per_line(&lines(text)).is_empty());
        let table = "统计指标\n单位\n统计数\n主动公开政府信息数\n条\n120\n依申请公开\n件\n7\n其中：当面申请数\n件\n3\n";
        assert_eq!(cell_per_line(&lines(table)).len(), 1);
    }

    #[test]
    fn a_labels_note_broken_around_its_figure_is_one_cell() {
        let text = "统计指标\n单位\n统计数\n（一）主动公开政府信息数（不同渠道和方式公开相同信息计\n1\n条）\n条\n6654\n其中：主动公开规范性文件数\n条\n30\n";
        let grids = cell_per_line(&lines(text));
        assert_eq!(
            cells(&grids[0]),
            [
                "统计指标",
                "单位",
                "统计数",
                "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
                "条",
                "6654",
                "其中：主动公开规范性文件数",
                "条",
                "30"
            ]
        );
    }

    #[test]
    fn cells_separated_by_empty_lines_join_their_wrapped_lines() {
        let text = "二、主动公开政府信息情况。\n\n信息内容\n\n本年新\n  制作数量\n\n对外公开总数量\n\n规章\n\n0\n\n2\n\n规范性文件\n\n3\n\n4\n\n下一段正文，说明情况。\n";
        let grids = cell_per_line(&lines(text));
        assert_eq!(grids.len(), 1);
        assert_eq!(
            cells(&grids[0]),
            ["信息内容", "本年新制作数量", "对外公开总数量", "规章", "0", "2", "规范性文件", "3", "4"]
        );
        assert_eq!(grids[0].rows[1].cells[0].line, 5);
    }

    #[test]
    fn a_header_anchor_under_the_year_line_starts_the_table() {
        let g = cell_per_line(&lines("附表：统计表\n\n（2010年度）\n指标名称\n\n计量单位\n\n本年度\n\n主动公开信息数\n\n条\n\n11\n\n16\n\n网站\n\n条\n\n0\n"));
        let cells = cells(&g[0]);
        assert_eq!(cells[..3], ["附表：统计表", "（2010年度）", "指标名称"]);
    }

    #[test]
    fn a_lone_bar_among_cells_printed_with_their_bars_is_handed_over() {
        let text = "信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n0 |\n|\n5 |\n||\n";
        let grids = cell_per_line(&lines(text));
        let cells: Vec<&str> = grids[0].rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(cells, ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "|", "行政许可", "0", "|", "5"]);
        // Cells without their bars: a lone bar is a separator as before.
        let plain = "信息内容\n本年处理决定数量\n|\n行政许可\n3\n|\n行政处罚\n4\n|\n";
        let grids = cell_per_line(&lines(plain));
        assert!(grids[0].rows.iter().all(|r| r.cells[0].text != "|"));
    }

    #[test]
    fn a_row_label_with_a_long_note_in_brackets_is_one_cell() {
        let note = "行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”“细则”“规范”“规程”“规则”等字样的公文，一般情况下属于规范性文件";
        let text = format!("信息内容\n\n本年新制作数量\n\n规章\n\n0\n\n规范性文件({note})\n\n34\n\n第二十条第(五)项\n");
        let grids = cell_per_line(&lines(&text));
        assert_eq!(grids.len(), 1);
        assert!(cells(&grids[0]).iter().any(|c| c.starts_with("规范性文件(") && c.ends_with(')')));
        assert!(cells(&grids[0]).contains(&"34"));
        let prose = format!("{}（其中部分公开3件）", "全年共收到政府信息公开申请12件，其中予以公开8件，部分公开3件，本机关不掌握相关信息1件，均已按时答复并送达申请人，没有发生行政复议");
        assert!(cell_per_line(&lines(&format!("{prose}\n12\n"))).is_empty(), "prose with a note of its own");
    }

    #[test]
    fn a_run_of_lines_of_spaces_is_as_many_blank_cells() {
        let text = "申请人情况\n自然人\n总计\n（一）予以公开\n   \n   \n2\n   \n2\n（二）部分公开\n1\n  \n1\n";
        let grids = cell_per_line(&lines(text));
        assert_eq!(
            cells(&grids[0]),
            ["申请人情况", "自然人", "总计", "（一）予以公开", "", "", "2", "", "2", "（二）部分公开", "1", "", "1"]
        );
    }

    #[test]
    fn trailing_pipes_filler_lines_and_whitespace_only_blank_cells() {
        let text = "第二十条第(一)项 | ||||\n|\n信息内容 |\n本年制发件数 |\n现行有效件数 | |\n规章 |\n0 |\n   \n行政规范性文件 |\n1 |\n5 | |\n|\n";
        let grids = cell_per_line(&lines(text));
        assert_eq!(
            cells(&grids[0]),
            [
                "第二十条第(一)项",
                "|",
                "信息内容",
                "本年制发件数",
                "现行有效件数",
                "规章",
                "0",
                "",
                "行政规范性文件",
                "1",
                "5"
            ],
            "a lone bar among cells printed with their bars is handed over (normalize decides)"
        );
    }

    #[test]
    fn cells_indented_by_the_pages_source_with_a_line_of_spaces_after_each() {
        let text = "| \n     第二十条  第(一)项  | \n   |||\n| \n     信息内容  | \n    \n     本年制发件数  | \n    \n     现行有效件数  | \n   \n| \n     规章  | \n    \n     0  | \n    \n    \n     3  | \n   \n";
        let grids = cell_per_line(&lines(text));
        assert_eq!(
            cells(&grids[0]),
            ["第二十条  第(一)项", "|", "信息内容", "本年制发件数", "现行有效件数", "|", "规章", "0", "", "3"],
            "a line of spaces parts the cells, a second one is a blank cell; spaced words of one barred cell stay one \
             cell; a lone bar is handed over (normalize decides)"
        );
        assert!(
            cell_per_line(&lines("规章  0  0  0 |\n规范性文件  1  2  3 |\n行政许可  5  6  7 |\n")).is_empty(),
            "a row, not a cell"
        );
    }

    #[test]
    fn prose_pipe_rows_and_lists_without_figures_are_not_cells() {
        assert!(cell_per_line(&lines("一、总体情况\n二、主动公开\n三、依申请公开\n")).is_empty());
        let taiwan = cell_per_line(&lines("资讯内容\n本年制发件数\n规章\n/\n"));
        assert_eq!(taiwan.len(), 1, "信息内容 in Taiwan's phrasing");
        let blank_table = cell_per_line(&lines("信息内容\n本年制发件数\n规章\n/\n"));
        assert_eq!(
            cells(&blank_table[0]),
            ["信息内容", "本年制发件数", "规章", "/"],
            "a header makes a table without figures"
        );
        assert!(cell_per_line(&lines("规章 | 0 | 0 | 0\n规范性文件 | 1 | 2 | 3\n行政许可 | 5 | 6 | 7\n")).is_empty());
        assert!(cell_per_line(&lines("全年主动公开政府信息170条。\n1\n2\n")).is_empty());
    }
}
