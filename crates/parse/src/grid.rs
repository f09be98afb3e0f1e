//! Recovering table cell grids from flattened text.
//!
//! Every reader turns one flattened form into the same [`Grid`] — rows of cells, each cell with
//! the line it was printed on — so that the metric mapping in `normalize` never depends on the
//! form a table reached us in.
//!
//! * **tab-per-cell** (docx → text): each cell on its own line starting with a tab, a cell's
//!   wrapped text on the following untabbed lines, rows separated by blank lines;
//! * **pipe-separated** (scraped HTML): `a | b | c` with at least two separators per line;
//! * **space-aligned** (`pdftotext -layout`): cells separated by runs of two or more spaces,
//!   wrapped label lines as rows of their own (normalize joins them to their row), page numbers
//!   and form feeds skipped — see [`crate::layout`];
//! * **cell per line** (a browser's copy, a scraper's `get_text("\n")`): one cell per line,
//!   the row boundaries lost — see [`crate::cells`];
//! * **HTML** `<table>`: rowspan/colspan expanded, the covered positions left blank as a merged
//!   cell prints in a document — see [`crate::html`].
//!
//! A blank cell stays an empty string: "no value", never zero.

/// How a grid was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layout {
    TabPerCell,
    Pipe,
    SpaceAligned,
    Html,
    /// One cell per line, row boundaries lost: each row of such a grid is one cell, in order
    /// (normalize regroups them by the template).
    CellPerLine,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::TabPerCell => "tab_per_cell",
            Layout::Pipe => "pipe",
            Layout::SpaceAligned => "space_aligned",
            Layout::Html => "html",
            Layout::CellPerLine => "cell_per_line",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The cell's text, wrapped lines joined, trimmed of ASCII and ideographic spaces.
    pub text: String,
    /// 1-based line of the cell's first line.
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GridRow {
    pub cells: Vec<Cell>,
    /// A line of a wrapped label with no cells of its own (space-aligned layout): normalize
    /// joins it to the label of the row above or below, whichever then matches the catalog.
    pub wrapped: bool,
}

impl GridRow {
    pub fn line(&self) -> u32 {
        self.cells.first().map_or(0, |c| c.line)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub layout: Layout,
    pub rows: Vec<GridRow>,
}

pub fn trim_cell(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}').to_string()
}

/// Every grid in the document, in order of appearance.
pub fn find_grids(lines: &[String]) -> Vec<Grid> {
    let mut grids = tab_per_cell(lines);
    grids.extend(pipe_separated(lines));
    grids.extend(crate::layout::space_aligned(lines));
    grids.extend(crate::html::tables(lines));
    grids.extend(crate::cells::cell_per_line(lines));
    grids.sort_by_key(|g| g.rows.first().map_or(0, GridRow::line));
    grids
}

fn tab_per_cell(lines: &[String]) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut rows: Vec<GridRow> = Vec::new();
    let mut row = GridRow::default();
    // The cell the next untabbed, non-blank line continues (only directly after a cell line).
    let mut continuing = false;
    let finish_row = |row: &mut GridRow, rows: &mut Vec<GridRow>| {
        if !row.cells.is_empty() {
            rows.push(std::mem::take(row));
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let lineno = i as u32 + 1;
        if let Some(cell) = line.strip_prefix('\t') {
            row.cells.push(Cell { text: trim_cell(cell), line: lineno });
            continuing = true;
        } else if line.trim().is_empty() {
            finish_row(&mut row, &mut rows);
            continuing = false;
        } else if continuing {
            let last = row.cells.last_mut().expect("continuing implies a cell");
            last.text.push_str(&trim_cell(line));
        } else if !rows.is_empty() || !row.cells.is_empty() {
            finish_row(&mut row, &mut rows);
            grids.push(Grid { layout: Layout::TabPerCell, rows: std::mem::take(&mut rows) });
        }
    }
    finish_row(&mut row, &mut rows);
    if !rows.is_empty() {
        grids.push(Grid { layout: Layout::TabPerCell, rows });
    }
    grids
}

/// The cells of a `|`-separated line: two or more filled cells, or — inside a table already
/// open (`continuing`) — one filled cell and blanks (a section row: `| 一、主动公开情况 |  |  |`).
/// A paragraph, not a table cell: it holds a stop and runs on for sentences (over 60
/// characters). A line with one among its cells is prose.
pub(crate) fn is_paragraph(text: &str) -> bool {
    text.contains('。') && text.chars().count() > 60
}

fn pipe_cells(line: &str, lineno: u32, continuing: bool) -> Option<Vec<Cell>> {
    if line.starts_with('\t') || memchr::memchr_iter(b'|', line.as_bytes()).nth(1).is_none() {
        return None;
    }
    let mut parts: Vec<&str> = line.split('|').collect();
    if parts.first().is_some_and(|p| p.trim().is_empty()) {
        parts.remove(0);
    }
    if parts.last().is_some_and(|p| p.trim().is_empty()) {
        parts.pop();
    }
    let cells: Vec<Cell> = parts.into_iter().map(|p| Cell { text: trim_cell(p), line: lineno }).collect();
    // A paragraph in a cell (a page on one line that runs its prose into the table after it)
    // makes the line prose.
    if cells.iter().any(|c| is_paragraph(&c.text)) {
        return None;
    }
    let filled = cells.iter().filter(|c| !c.text.is_empty()).count();
    (filled >= 2 || (continuing && filled == 1 && cells.len() >= 2)).then_some(cells)
}

/// A pipe row broken over lines, one line per cell or two (a page's copy of `| a | b |` rows):
/// after `一、本年新收…数量 | 25 |` come `|` (a blank cell) and `| 25 |` (a blank cell, then 25).
/// A line that starts with `|` and holds at most one filled cell, a figure, continues the row
/// above; its cells are the pieces between its separators, the leading blank included.
fn continuation_cells(line: &str, lineno: u32) -> Option<Vec<Cell>> {
    let t = line.trim();
    if !t.starts_with('|') {
        return None;
    }
    let mut parts: Vec<&str> = t.split('|').skip(1).collect();
    if parts.last().is_some_and(|p| p.trim().is_empty()) {
        parts.pop();
    }
    if parts.is_empty() {
        // `|` alone: one blank cell.
        parts.push("");
    } else {
        // The piece before the first separator is the blank cell the line starts with.
        parts.insert(0, "");
    }
    let filled: Vec<&str> = parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    let figure = |p: &str| {
        p.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'.') && p.bytes().any(|b| b.is_ascii_digit())
    };
    if filled.len() > 1 || !filled.iter().all(|p| figure(p)) {
        return None;
    }
    Some(parts.iter().map(|p| Cell { text: trim_cell(p), line: lineno }).collect())
}

/// `二、上年结转政府信息公开申请数量 |`: inside a pipe table, a row whose only cell so far is its
/// label (its figures follow on continuation lines).
fn label_then_separator(line: &str, lineno: u32) -> Option<Vec<Cell>> {
    let label = line.trim().strip_suffix('|')?.trim();
    (!label.is_empty() && !label.contains('|')).then(|| vec![Cell { text: trim_cell(label), line: lineno }])
}

/// `信息内容 | 本年处理决定数量` over `行政许可 | 0`: a two-column table whose rows have one
/// separator each, both cells filled. Taken only as a run of such lines (a table of two columns
/// has a header and a row at least), never one line alone.
fn two_column_cells(line: &str, lineno: u32) -> Option<Vec<Cell>> {
    // Asked of every line: most have no separator at all.
    let mut bars = memchr::memchr_iter(b'|', line.as_bytes());
    if line.starts_with('\t') || bars.next().is_none() || bars.next().is_some() {
        return None;
    }
    let (a, b) = line.split_once('|')?;
    let cells = [a, b].map(|p| Cell { text: trim_cell(p), line: lineno });
    cells.iter().all(|c| !c.text.is_empty()).then(|| cells.to_vec())
}

/// Is line `i` (0-based) a row of a two-column pipe table ([`two_column_cells`], in a run of
/// two lines at least)? The other readers leave such lines to the pipe reader.
pub(crate) fn in_two_column_pipe_table(lines: &[String], i: usize) -> bool {
    let two = |j: usize| lines.get(j).is_some_and(|l| two_column_cells(l, 0).is_some());
    if !two(i) {
        return false;
    }
    // A row's closing bar wrapped onto a line of its own (行政许可 | 4 / `|`) stands between rows.
    let bar = |j: &usize| lines[*j].trim() == "|";
    let before = (0..i).rev().find(|j| !bar(j));
    let after = (i + 1..lines.len()).find(|j| !bar(j));
    before.is_some_and(two) || after.is_some_and(two)
}

/// A short line without a stop or a separator: a table's section row, not prose.
fn is_section_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().count() <= 40 && !t.contains(['。', '|', '\t'])
}

/// Is the next non-blank line from `i` a row of a pipe table?
fn next_is_pipe_row(lines: &[String], i: usize) -> bool {
    let Some(j) = (i..lines.len()).find(|&j| !lines[j].trim().is_empty()) else { return false };
    pipe_cells(&lines[j], 0, true).is_some() || in_two_column_pipe_table(lines, j)
}

fn pipe_separated(lines: &[String]) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut rows: Vec<GridRow> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let two_columns = |r: &[GridRow]| !r.is_empty() && r.iter().all(|row| row.cells.len() == 2);
        if let Some(cells) = two_column_cells(line, i as u32 + 1) {
            // Its own table, or rows of two columns inside a wider one (a 第二十条 part).
            if two_columns(&rows) || in_two_column_pipe_table(lines, i) {
                rows.push(GridRow { cells, wrapped: false });
                continue;
            }
        }
        // `规章 | 0 | 0 | 0` over `|`: the row's closing bar wrapped onto a line of its own holds
        // no cell (after `…数量 | 25 |`, which closed its row, a lone `|` is a blank cell). A
        // line left empty between them (a document's [image: …] taken out) does not change that.
        let row_left_open = |r: &GridRow| {
            r.cells
                .last()
                .and_then(|c| lines.get((c.line as usize).wrapping_sub(1)))
                .is_some_and(|l| !l.trim_end().ends_with('|'))
        };
        if line.trim() == "|" && rows.last().is_some_and(row_left_open) {
            continue;
        }
        if let (Some(last), Some(cells)) = (rows.last_mut(), continuation_cells(line, i as u32 + 1)) {
            last.cells.extend(cells);
            continue;
        }
        if let Some(cells) = label_then_separator(line, i as u32 + 1).filter(|_| !rows.is_empty()) {
            rows.push(GridRow { cells, wrapped: false });
            continue;
        }
        match pipe_cells(line, i as u32 + 1, !rows.is_empty()) {
            Some(cells) => rows.push(GridRow { cells, wrapped: false }),
            None if line.trim().is_empty() => {}
            // A section row printed without its bars (一、主动公开情况, 第二十条第（五）项) between
            // rows of the table: one cell, as `| 一、主动公开情况 | | |` would be.
            None if !rows.is_empty() && is_section_line(line) && next_is_pipe_row(lines, i + 1) => {
                rows.push(GridRow { cells: vec![Cell { text: trim_cell(line), line: i as u32 + 1 }], wrapped: false });
            }
            None => {
                if !rows.is_empty() {
                    grids.push(Grid { layout: Layout::Pipe, rows: std::mem::take(&mut rows) });
                }
            }
        }
    }
    if !rows.is_empty() {
        grids.push(Grid { layout: Layout::Pipe, rows });
    }
    grids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    fn texts(g: &Grid) -> Vec<Vec<&str>> {
        g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn tab_per_cell_with_wrapped_cells_and_blank_cells() {
        let text = "表\n\t统计指标\n\t单位\n\n\t（一）主动公开政府信息数\n　　（不同渠道计1条）\n\t条\n\t1308\n\n\t规章\n\t \n\t\n\n正文\n";
        let grids = find_grids(&lines(text));
        assert_eq!(grids.len(), 1);
        assert_eq!(
            texts(&grids[0]),
            vec![
                vec!["统计指标", "单位"],
                vec!["（一）主动公开政府信息数（不同渠道计1条）", "条", "1308"],
                vec!["规章", "", ""]
            ]
        );
        assert_eq!(grids[0].rows[1].cells[2].line, 8);
    }

    #[test]
    fn a_line_with_a_paragraph_among_its_pipe_cells_is_prose() {
        // A page on one line: its prose runs into the table after it.
        let text = "某县2013年政府信息公开工作年度报告\n一、概述 本机关全年主动公开政府信息120条，其中规范性文件3条，工作动态117条，均通过门户网站发布。全年未收到政府信息公开申请。统计表 | 指标名称 | 计量单位 | 代码 | 申请总数 | 条 | 03 |\n";
        assert!(find_grids(&lines(text)).is_empty());
        assert_eq!(
            texts(&find_grids(&lines("申请总数 | 条 | 3 |\n行政复议数 | 件 | 0 |\n"))[0])[0],
            ["申请总数", "条", "3"]
        );
    }

    #[test]
    fn a_two_column_pipe_table_is_a_grid() {
        let lines: Vec<String> =
            ["第二十条第(五)项", "信息内容 | 本年处理决定数量", "行政许可 | 0", "说明 | 见下文", "正文一行。"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        let grids = pipe_separated(&lines);
        assert_eq!(grids.len(), 1);
        let texts: Vec<Vec<&str>> =
            grids[0].rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(texts, [vec!["信息内容", "本年处理决定数量"], vec!["行政许可", "0"], vec!["说明", "见下文"]]);
        // Section rows without their bars stay rows of the table between its rows.
        let sections: Vec<String> = [
            "指标名称 | 计量单位 | 本年度",
            "一、主动公开情况",
            "主动公开信息数 | 条 | 36",
            "第二十条第(五)项",
            "信息内容 | 本年处理决定数量",
            "行政许可 | 0",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let grids = pipe_separated(&sections);
        assert_eq!(grids.len(), 1, "{grids:?}");
        assert_eq!(grids[0].rows[1].cells.len(), 1);
        assert_eq!(grids[0].rows[3].cells[0].text, "第二十条第(五)项");
        let alone: Vec<String> = ["首页 | 信息公开", "正文一行。"].iter().map(|s| s.to_string()).collect();
        assert!(pipe_separated(&alone).is_empty(), "one line is not a table");
    }

    #[test]
    fn pipe_rows() {
        let grids = find_grids(&lines("标题 |\n| 收到申请数 | 件 | 244 |\n| 当面申请数 | 件 | 138 |\n正文"));
        assert_eq!(grids.len(), 1);
        assert_eq!(texts(&grids[0]), vec![vec!["收到申请数", "件", "244"], vec!["当面申请数", "件", "138"]]);
    }

    #[test]
    fn a_pipe_row_broken_over_lines_is_one_row() {
        let text = "申请人情况 | 自然人 | 总计 |\n一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n|\n| 25 |\n二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n| 0 |\n正文。\n";
        let grids = find_grids(&lines(text));
        let rows = texts(&grids[0]);
        assert_eq!(rows[1], ["一、本年新收政府信息公开申请数量", "25", "", "", "", "", "", "25"]);
        assert_eq!(rows[2], ["二、上年结转政府信息公开申请数量", "", "", "", "", "", "", "0"]);
    }

    #[test]
    fn a_closing_bar_wrapped_onto_its_own_line_is_no_cell() {
        let text = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0\n|\n行政规范性文件 | 1 | 0 | 5\n|\n正文。\n";
        let grids = find_grids(&lines(text));
        let rows = texts(&grids[0]);
        assert_eq!(rows[1], ["规章", "0", "0", "0"]);
        assert_eq!(rows[2], ["行政规范性文件", "1", "0", "5"]);
        // A line left empty between (where decode took a document's [image: …] out).
        let between = "信息内容 | 本年新制作数量 | 本年新公开数量\n规章 | 0 | 1\n\n|\n规范性文件 | 2 | 3\n|\n";
        let grids = find_grids(&lines(between));
        assert_eq!(texts(&grids[0])[1], ["规章", "0", "1"]);
        let two_columns = "信息内容 | 本年处理决定数量\n|\n行政许可 | 4\n|\n正文。\n";
        let grids = find_grids(&lines(two_columns));
        assert_eq!(texts(&grids[0]), [vec!["信息内容", "本年处理决定数量"], vec!["行政许可", "4"]]);
    }
}
