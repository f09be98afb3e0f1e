//! HTML `<table>`s as cell grids, rowspan and colspan expanded.
//!
//! A cell spanning several rows or columns prints once in a document and leaves the covered
//! positions blank; the grid does the same (empty cells), so that normalize reads an HTML table
//! exactly as it reads a docx one. Header spans and data spans need not agree: the expansion is
//! positional, and normalize maps rows by their labels, not by the header's geometry.

use crate::grid::{Cell, Grid, GridRow, Layout};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    table: Regex,
    row: Regex,
    cell: Regex,
    cell_end: Regex,
    rowspan: Regex,
    colspan: Regex,
    tag: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        table: Regex::new(r"(?is)<table\b.*?</table\s*>").unwrap(),
        row: Regex::new(r"(?is)<tr\b[^>]*>").unwrap(),
        cell: Regex::new(r"(?is)<(td|th)\b([^>]*)>").unwrap(),
        cell_end: Regex::new(r"(?is)</(td|th|tr)\s*>").unwrap(),
        rowspan: Regex::new(r#"(?i)rowspan\s*=\s*["']?(\d+)"#).unwrap(),
        colspan: Regex::new(r#"(?i)colspan\s*=\s*["']?(\d+)"#).unwrap(),
        tag: Regex::new(r"(?s)<[^>]*>").unwrap(),
    })
}

/// The visible text of a cell: tags removed (a <br> or </p> is a line break, joined without a
/// space as wrapped CJK text is), entities left to decode, whitespace collapsed.
fn cell_text(html: &str) -> String {
    let text = patterns().tag.replace_all(html, "");
    let text = text.replace("&nbsp;", " ");
    crate::grid::trim_cell(&text.split_whitespace().collect::<Vec<_>>().join(""))
}

fn span(attrs: &str, re: &Regex) -> usize {
    re.captures(attrs).and_then(|c| c[1].parse().ok()).unwrap_or(1).clamp(1, 100)
}

/// Split `text` at the starts of `opening` matches: each piece runs to the next opening (an end
/// tag is optional in HTML, and scraped pages omit them).
fn segments<'a>(text: &'a str, opening: &Regex) -> Vec<(usize, regex::Captures<'a>, &'a str)> {
    let starts: Vec<regex::Captures<'a>> = opening.captures_iter(text).collect();
    let ends: Vec<usize> = starts.iter().skip(1).map(|c| c.get(0).unwrap().start()).chain([text.len()]).collect();
    starts
        .into_iter()
        .zip(ends)
        .map(|(caps, end)| {
            let whole = caps.get(0).unwrap();
            (whole.start(), &text[whole.end()..end], caps)
        })
        .map(|(start, content, caps)| (start, caps, content))
        .collect()
}

/// 1-based line of a byte offset into the joined text.
fn line_of(line_starts: &[usize], offset: usize) -> u32 {
    line_starts.partition_point(|&s| s <= offset) as u32
}

pub fn tables(lines: &[String]) -> Vec<Grid> {
    if !lines.iter().any(|l| l.contains("<t") || l.contains("<T")) {
        return Vec::new();
    }
    let text = lines.join("\n");
    let mut line_starts = Vec::with_capacity(lines.len());
    let mut offset = 0;
    for l in lines {
        line_starts.push(offset);
        offset += l.len() + 1;
    }
    let p = patterns();
    let mut grids = Vec::new();
    for table in p.table.find_iter(&text) {
        // Positions covered by a rowspan from a row above: (row, column) → remaining.
        let mut covered: std::collections::HashMap<(usize, usize), ()> = Default::default();
        let mut rows = Vec::new();
        for (r, (row_start, _, row)) in segments(table.as_str(), &p.row).into_iter().enumerate() {
            let mut cells: Vec<Cell> = Vec::new();
            let mut col = 0;
            for (cell_start, caps, content) in segments(row, &p.cell) {
                while covered.remove(&(r, col)).is_some() {
                    cells.push(Cell { text: String::new(), line: cells.last().map_or(0, |c: &Cell| c.line) });
                    col += 1;
                }
                let content = p.cell_end.find(content).map_or(content, |end| &content[..end.start()]);
                let at = table.start() + row_start + cell_start;
                let line = line_of(&line_starts, at);
                let (rowspan, colspan) = (span(&caps[2], &p.rowspan), span(&caps[2], &p.colspan));
                for c in 0..colspan {
                    let text = if c == 0 { cell_text(content) } else { String::new() };
                    cells.push(Cell { text, line });
                    for below in 1..rowspan {
                        covered.insert((r + below, col + c), ());
                    }
                }
                col += colspan;
            }
            while covered.remove(&(r, col)).is_some() {
                cells.push(Cell { text: String::new(), line: cells.last().map_or(0, |c| c.line) });
                col += 1;
            }
            if !cells.is_empty() {
                rows.push(GridRow { cells, wrapped: false });
            }
        }
        if !rows.is_empty() {
            grids.push(Grid { layout: Layout::Html, rows });
        }
    }
    grids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_expand_into_blank_cells() {
        let html = "<table>\n<tr><td rowspan=\"2\">三、结果</td><td>（一）予以公开</td><td>5</td></tr>\n<tr><td>（二）部分公开</td><td>1</td></tr>\n<tr><td colspan=2>总计</td><td>6</td></tr>\n</table>";
        let lines: Vec<String> = html.lines().map(str::to_string).collect();
        let grids = tables(&lines);
        let texts: Vec<Vec<&str>> = grids[0].rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(texts, vec![vec!["三、结果", "（一）予以公开", "5"], vec!["", "（二）部分公开", "1"], vec!["总计", "", "6"]]);
        assert_eq!(grids[0].rows[1].cells[2].line, 3);
    }
}
