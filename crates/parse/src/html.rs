//! HTML `<table>`s as cell grids, rowspan and colspan expanded.
//!
//! A cell spanning several rows or columns prints once in a document and leaves the covered
//! positions blank; the grid does the same (empty cells), so that normalize reads an HTML table
//! exactly as it reads a docx one. Header spans and data spans need not agree: the expansion is
//! positional, and normalize maps rows by their labels, not by the header's geometry.

use crate::grid::{Cell, Grid, GridRow, Layout};
use crate::tags;
use regex::Regex;
use std::sync::OnceLock;

/// The span attributes (the tags themselves are found by [`crate::tags`]).
struct Patterns {
    rowspan: Regex,
    colspan: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        rowspan: Regex::new(r#"(?i)rowspan\s*=\s*["']?(\d+)"#).unwrap(),
        colspan: Regex::new(r#"(?i)colspan\s*=\s*["']?(\d+)"#).unwrap(),
    })
}

/// The tables of a text, `(?is)<table\b.*?</table\s*>`: from an opening to the first closing.
fn table_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = tags::find_tag_start(text, at, "table") {
        let Some((_, end)) = tags::find_closing(text, start + "<table".len(), &["table"]) else { break };
        out.push((start, end));
        at = end;
    }
    out
}

/// The visible text of a cell: tags removed (a <br> or </p> is a line break, joined without a
/// space as wrapped CJK text is), entities left to decode, whitespace collapsed.
fn cell_text(html: &str) -> String {
    // Most cells are bare text: no tag to remove, no entity to replace.
    let text: std::borrow::Cow<str> = if html.contains('<') { tags::strip_tags(html).into() } else { html.into() };
    let text = if text.contains("&nbsp;") { text.replace("&nbsp;", " ").into() } else { text };
    // Every whitespace character removed (which leaves nothing for `trim_cell` to trim).
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().filter(|c| !c.is_whitespace()));
    out
}

fn span(attrs: &str, re: &Regex) -> usize {
    // Most cells carry no span attribute: skip the capturing search for them.
    if !attrs.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"span")) {
        return 1;
    }
    re.captures(attrs).and_then(|c| c[1].parse().ok()).unwrap_or(1).clamp(1, 100)
}

/// Split `text` at the opening tags named `names` (two-letter names: `tr`, or `td`/`th`): each
/// piece runs to the next opening (an end tag is optional in HTML, and scraped pages omit them).
/// Returns (offset, attributes, content), the attributes being what follows the tag name up to
/// the `>`.
fn segments<'a>(text: &'a str, names: &[&str]) -> Vec<(usize, &'a str, &'a str)> {
    let starts: Vec<(usize, usize)> = tags::opening_tags(text, names).collect();
    let ends: Vec<usize> = starts.iter().skip(1).map(|t| t.0).chain([text.len()]).collect();
    starts
        .into_iter()
        .zip(ends)
        .map(|((start, tag_end), end)| {
            let attrs = text.get(start + 3..tag_end - 1).unwrap_or("");
            (start, attrs, &text[tag_end..end])
        })
        .collect()
}

/// 1-based line of a byte offset into the joined text.
fn line_of(line_starts: &[usize], offset: usize) -> u32 {
    line_starts.partition_point(|&s| s <= offset) as u32
}

pub fn tables(lines: &[String]) -> Vec<Grid> {
    let has_t_tag = |l: &String| {
        memchr::memchr_iter(b'<', l.as_bytes()).any(|i| matches!(l.as_bytes().get(i + 1), Some(b't' | b'T')))
    };
    if !lines.iter().any(has_t_tag) {
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
    for (table_start, table_end) in table_ranges(&text) {
        let table = &text[table_start..table_end];
        // Positions covered by a rowspan from a row above: (row, column) → remaining.
        let mut covered: std::collections::HashMap<(usize, usize), ()> = Default::default();
        let mut rows = Vec::new();
        for (r, (row_start, _, row)) in segments(table, &["tr"]).into_iter().enumerate() {
            let mut cells: Vec<Cell> = Vec::new();
            let mut col = 0;
            for (cell_start, attrs, content) in segments(row, &["td", "th"]) {
                while covered.remove(&(r, col)).is_some() {
                    cells.push(Cell { text: String::new(), line: cells.last().map_or(0, |c: &Cell| c.line) });
                    col += 1;
                }
                let content =
                    tags::find_closing(content, 0, &["td", "th", "tr"]).map_or(content, |(end, _)| &content[..end]);
                let at = table_start + row_start + cell_start;
                let line = line_of(&line_starts, at);
                let (rowspan, colspan) = (span(attrs, &p.rowspan), span(attrs, &p.colspan));
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
        let texts: Vec<Vec<&str>> =
            grids[0].rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(
            texts,
            vec![vec!["三、结果", "（一）予以公开", "5"], vec!["", "（二）部分公开", "1"], vec!["总计", "", "6"]]
        );
        assert_eq!(grids[0].rows[1].cells[2].line, 3);
    }
}

/// The page without its template: scripts, styles, comments, `<nav>`/`<header>`/`<footer>`
/// and the divs portals mark as navigation, breadcrumbs, menus, sidebars, sharing bars or
/// copyright footers are blanked — every character but the newlines, so that the line numbers
/// of what remains are still the page's own.
///
/// Why blank rather than parse a DOM: the product must read scraped pages that are not
/// well-formed, and the only thing wanted from the template is that its words ("首页 > 信息公开",
/// a footer's 版权所有 and year, a script's strings) are not taken for the report's.
pub fn main_content(text: &str) -> String {
    static BLOCKS: OnceLock<Regex> = OnceLock::new();
    static MARKED_DIV: OnceLock<Regex> = OnceLock::new();
    let blocks = BLOCKS.get_or_init(|| {
        Regex::new(r"(?is)<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<noscript\b.*?</noscript\s*>|<nav\b.*?</nav\s*>|<header\b.*?</header\s*>|<footer\b.*?</footer\s*>").unwrap()
    });
    let marked = MARKED_DIV.get_or_init(|| {
        Regex::new(r#"(?i)<div\b[^>]*\b(?:class|id)\s*=\s*["'][^"']*(?:nav|menu|footer|foot|crumb|position|copyright|sidebar|share|toolbar)[^"']*["'][^>]*>"#).unwrap()
    });
    let mut ranges: Vec<(usize, usize)> = blocks.find_iter(text).map(|m| (m.start(), m.end())).collect();
    for m in marked.find_iter(text) {
        ranges.push((m.start(), matching_div_end(text, m.end())));
    }
    if ranges.is_empty() {
        return text.to_string();
    }
    ranges.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in ranges {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        out.push_str(&text[at..start]);
        out.extend(text[start..end].chars().filter(|c| *c == '\n'));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Where the `<div>` whose opening tag ends at `from` closes (nested divs counted); the end of
/// the text when it never does.
fn matching_div_end(text: &str, from: usize) -> usize {
    static DIV: OnceLock<Regex> = OnceLock::new();
    let div = DIV.get_or_init(|| Regex::new(r"(?i)<(/?)div\b[^>]*>").unwrap());
    let mut depth = 1;
    for c in div.captures_iter(&text[from..]) {
        depth += if c[1].is_empty() { 1 } else { -1 };
        if depth == 0 {
            return from + c.get(0).unwrap().end();
        }
    }
    text.len()
}

/// Is each line (partly) inside a `<table>`? Such lines are table content, which sections and
/// sentences must not read as prose, exactly as tab-prefixed cells of a text table are not.
pub fn table_lines(raw: &[String]) -> Vec<bool> {
    let mut depth: i64 = 0;
    raw.iter()
        .map(|line| {
            let before = depth;
            let (open, close) = tags::count_open_close(line, "table");
            depth = (depth + open as i64 - close as i64).max(0);
            before > 0 || depth > 0 || open > 0
        })
        .collect()
}

#[cfg(test)]
mod main_content_tests {
    use super::*;

    #[test]
    fn the_template_is_blanked_and_line_numbers_kept() {
        let page = "<html><script>\nvar a='2099年';\n</script>\n<div class=\"nav-bar\"><div>首页</div>\n&gt; 信息公开</div>\n<p>2019年政府信息公开工作年度报告</p>\n<div class=\"footer\">版权所有</div>";
        let main = main_content(page);
        assert_eq!(main.split('\n').count(), page.split('\n').count());
        assert!(!main.contains("2099") && !main.contains("首页") && !main.contains("版权所有"), "{main}");
        assert!(main.contains("<p>2019年政府信息公开工作年度报告</p>"));
    }

    #[test]
    fn table_content_lines_are_marked() {
        let lines: Vec<String> =
            ["<p>一、总体情况</p>", "<table>", "<tr><td>四、结转</td></tr>", "</table>", "<p>二、</p>"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        assert_eq!(table_lines(&lines), [false, true, true, true, false]);
    }
}
