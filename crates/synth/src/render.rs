//! Tables as they reach us: tab-per-cell (docx → text), space-aligned (`pdftotext -layout`,
//! wrapped labels, page numbers, form feeds), HTML (rowspan/colspan) and `|`-separated.

use crate::rng::Rng;
use crate::tables::{Row, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    TabPerCell,
    SpaceAligned,
    Html,
    Pipe,
    /// Crawler text: each row's cells glued together without separators.
    RunTogether,
    /// A browser's copy or a scraper's `get_text("\n")`: one cell per line, in one of three
    /// forms (see [`cell_per_line`]).
    CellPerLine,
    /// The whole page after its title on one line (crawler text without tags), the cells glued
    /// together as in [`Layout::RunTogether`]…
    OneLineGlued,
    /// … or each after a single space (blank cells leave nothing).
    OneLineSpaced,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::TabPerCell => "tab_per_cell",
            Layout::SpaceAligned => "space_aligned",
            Layout::Html => "html",
            Layout::Pipe => "pipe",
            Layout::RunTogether => "run_together",
            Layout::CellPerLine => "cell_per_line",
            Layout::OneLineGlued => "one_line_glued",
            Layout::OneLineSpaced => "one_line_spaced",
        }
    }

    /// The separator a one-line page's lines are joined with, if the layout is one.
    pub fn one_line(self) -> Option<&'static str> {
        match self {
            Layout::OneLineGlued => Some(""),
            Layout::OneLineSpaced => Some(" "),
            _ => None,
        }
    }
}

pub fn table(t: &Table, layout: Layout, rng: &mut Rng) -> Vec<String> {
    match layout {
        Layout::TabPerCell => tab(t),
        Layout::SpaceAligned => aligned(t, rng),
        Layout::Html => html(t),
        Layout::Pipe => pipe(t, rng),
        Layout::RunTogether | Layout::OneLineGlued => t.rows.iter().map(|row| row.cells.concat()).collect(),
        Layout::OneLineSpaced => t
            .rows
            .iter()
            .map(|row| row.cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" "))
            .collect(),
        Layout::CellPerLine => cell_per_line(t, rng),
    }
}

/// One cell per line, as real pages give it in three forms:
/// - paragraphs: an empty line after every cell, a blank cell printed `/`;
/// - lines: no separator, a blank cell a line of spaces;
/// - pipes: ` |` after every cell, a blank cell printed `-`, a `|||` filler after a title
///   and `|` between rows.
///
/// Header cells are wrapped over two lines now and then (`本年新` / `制作数量`), as narrow
/// columns print them.
/// A label cut before and after each bracket and comma of its note: （二）部分公开（区分处理的，只计
/// 这一情形，不计其他情形） → （二）部分公开, （, 区分处理的, ，, 只计这一情形, ，, 不计其他情形, ）. The
/// enumerator's brackets at the start stay with it.
fn note_pieces(text: &str) -> Vec<String> {
    let body_from = if text.starts_with(['（', '(']) {
        text.char_indices().find(|(_, c)| matches!(c, '）' | ')')).map_or(0, |(i, c)| i + c.len_utf8())
    } else {
        0
    };
    let (head, rest) = text.split_at(body_from.min(text.len()));
    let Some(open) = rest.find(['（', '(']) else { return vec![text.to_string()] };
    let mut pieces = vec![format!("{head}{}", &rest[..open])];
    let mut current = String::new();
    for c in rest[open..].chars() {
        if matches!(c, '（' | '(' | '，' | ',' | '）' | ')') {
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
            pieces.push(c.to_string());
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

fn cell_per_line(t: &Table, rng: &mut Rng) -> Vec<String> {
    // 0: an empty line after every cell; 1: cells on consecutive lines; 2: each cell with its
    // bar; 3: the page source's indentation kept (a bar opening each row, each cell indented and
    // closed by its bar, a line of spaces after it).
    let form = rng.range(0, 3);
    // A crawler that broke figures at a tag (12 → 1 / 2), in rows of table 三 (seven figures,
    // whose total tells where they join back).
    let broken_figures = rng.chance(0.2);
    // Where cells print their bars, some pages print an empty cell as its bar alone (`|`), the
    // line that also ends a row.
    let bar_blanks = form == 2 && rng.chance(0.3);
    let mut out = Vec::new();
    let emit = |text: &str, out: &mut Vec<String>| match form {
        0 => {
            out.push(text.to_string());
            out.push(String::new());
        }
        1 => out.push(text.to_string()),
        2 => out.push(format!("{text} |")),
        _ => {
            out.push(format!("       {text}  | "));
            out.push("      ".to_string());
        }
    };
    for row in &t.rows {
        if form == 3 {
            out.push("| ".to_string());
        }
        let labels = row.labels.min(row.cells.len());
        let header = labels == row.cells.len();
        let table3_row = row.cells.len() - labels == 7;
        let mut broken_in_row = !(broken_figures && table3_row && rng.chance(0.3));
        for (i, cell) in row.cells.iter().enumerate() {
            let text = cell.trim_start_matches('　');
            // The indented page spaces out the words of the 第二十条 titles (第二十条  第（一）项).
            let spaced;
            let text = if form == 3 && text.starts_with("第二十条第") {
                spaced = text.replacen("第二十条第", "第二十条  第", 1);
                spaced.as_str()
            } else {
                text
            };
            if i < labels {
                if text.is_empty() {
                    continue;
                }
                let chars: Vec<char> = text.chars().collect();
                // (The indented page keeps a header cell whole: its tags are around the cell.)
                if header && chars.len() >= 6 && form != 3 && rng.chance(0.3) {
                    let cut = chars.len() / 2;
                    let (first, rest): (String, String) =
                        (chars[..cut].iter().collect(), chars[cut..].iter().collect());
                    match form {
                        0 => out.extend([first, rest, String::new()]),
                        _ => {
                            emit(&first, &mut out);
                            emit(&rest, &mut out);
                        }
                    }
                } else if !header && text.contains(['（', '(']) && rng.chance(0.3) {
                    // A crawler's text broken at every tag inside a note: （ / 区分处理的 / ， / … / ）.
                    for piece in note_pieces(text) {
                        emit(&piece, &mut out);
                    }
                } else {
                    emit(text, &mut out);
                }
            } else if text.is_empty() {
                match form {
                    0 => emit("/", &mut out),
                    1 => out.push("   ".to_string()),
                    // A second line of spaces after the cell before.
                    3 => out.push("      ".to_string()),
                    _ if bar_blanks => out.push("|".to_string()),
                    _ => emit("-", &mut out),
                }
            } else if !broken_in_row && text.len() >= 2 && text.bytes().all(|b| b.is_ascii_digit()) {
                let (head, tail) = text.split_at(1);
                emit(head, &mut out);
                emit(tail, &mut out);
                broken_in_row = true;
            } else {
                emit(text, &mut out);
            }
        }
        let title = header && row.cells.iter().filter(|c| !c.is_empty()).count() == 1;
        if form == 2 {
            out.push(if title { "|||" } else { "|" }.to_string());
        } else if form == 3 && title {
            out.push("    |||".to_string());
        }
    }
    out
}

fn tab(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    for row in &t.rows {
        out.extend(row.cells.iter().map(|c| format!("\t{c}")));
        out.push(String::new());
    }
    out
}

fn pipe(t: &Table, rng: &mut Rng) -> Vec<String> {
    // Now and then a page's copy that breaks each row over lines (see broken_pipe_row), or a
    // crawler's text without the outer bars and the blank cells at a row's end, so that a
    // table of two columns prints one separator a row (行政许可 | 0).
    let broken = rng.chance(0.3);
    let bare = !broken && rng.chance(0.2);
    // Or each row's closing bar wrapped onto a line of its own (`规章 | 0 | 0 | 0` / `|`).
    let bar_below = !broken && !bare && rng.chance(0.15);
    let mut out = Vec::new();
    for row in &t.rows {
        match broken.then(|| broken_pipe_row(row)).flatten() {
            Some(lines) => out.extend(lines),
            None if row.cells.len() == 1 => out.push(row.cells[0].clone()),
            None if bare => {
                let filled = row.cells.iter().rposition(|c| !c.trim().is_empty()).map_or(0, |i| i + 1);
                out.push(row.cells[..filled].join(" | "));
            }
            None if bar_below && !row.cells.last().is_some_and(|c| c.trim().is_empty()) => {
                out.push(row.cells.join(" | "));
                out.push("|".to_string());
            }
            None => out.push(format!("| {} |", row.cells.join(" | "))),
        }
    }
    out
}

/// A row's printed label cells (indentation off, merged blanks left out) and its value cells.
fn labels_and_values(row: &Row) -> (Vec<&str>, &[String]) {
    let (labels, values) = row.cells.split_at(row.labels.min(row.cells.len()));
    (labels.iter().map(|s| s.trim_start_matches('　')).filter(|s| !s.is_empty()).collect(), values)
}

/// A data row as some pages' copies print it: `labels | first figure |`, then a line `|` for
/// each blank cell, except that a blank followed by a figure prints `| figure |` (the blank and
/// the figure). Rows this cannot express (two figures side by side after the first) are `None`.
fn broken_pipe_row(row: &Row) -> Option<Vec<String>> {
    let (labels, values) = labels_and_values(row);
    if values.is_empty() || labels.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let rest = if values[0].is_empty() {
        out.push(format!("{} |", labels.join(" | ")));
        values
    } else {
        out.push(format!("{} | {} |", labels.join(" | "), values[0]));
        &values[1..]
    };
    let mut i = 0;
    while i < rest.len() {
        match (rest[i].is_empty(), rest.get(i + 1)) {
            (true, Some(next)) if !next.is_empty() => {
                out.push(format!("| {next} |"));
                i += 2;
            }
            (true, _) => {
                out.push("|".to_string());
                i += 1;
            }
            (false, _) => return None,
        }
    }
    Some(out)
}

fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

fn lpad(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

/// A label longer than the column wraps: the rest goes on the next line, under the label.
fn split_label(label: &str, max: usize) -> (String, String) {
    let mut first = String::new();
    for (i, c) in label.char_indices() {
        if width(&first) + width(&c.to_string()) > max {
            return (first, label[i..].to_string());
        }
        first.push(c);
    }
    (first, String::new())
}

fn aligned(t: &Table, rng: &mut Rng) -> Vec<String> {
    const LABEL: usize = 46;
    let mut out = Vec::new();
    let page_break_at = rng.range(3, t.rows.len().max(4) as u64) as usize;
    for (k, row) in t.rows.iter().enumerate() {
        let (labels, values) = labels_and_values(row);
        if values.is_empty() {
            // Header rows and headings: cells spread over the line.
            out.push(format!("  {}", labels.iter().map(|l| pad(l, width(l) + 4)).collect::<String>().trim_end()));
        } else {
            let label = labels.join("  ");
            let (first, rest) = split_label(&label, LABEL - 2);
            // Right-aligned in 9 columns, but never closer than two spaces to the cell before.
            let cells: String = values.iter().map(|v| lpad(v, (width(v) + 2).max(9))).collect();
            out.push(format!("  {}{cells}", pad(&first, LABEL)));
            if !rest.is_empty() {
                out.push(format!("{}{rest}", " ".repeat(22)));
            }
        }
        if k == page_break_at {
            out.push(String::new());
            out.push(format!("{}- {} -", " ".repeat(40), rng.range(2, 9)));
            out.push("\x0C".to_string());
        }
    }
    out
}

/// HTML with the merged cells of the printed form: a label followed by blank cells below it in
/// the same label column becomes one cell with a rowspan; a header cell followed by blank cells
/// to its right becomes one cell with a colspan.
/// A table whose markup was lost: each cell a paragraph of its own (a blank one `/`), as some
/// content systems keep a pasted table.
pub fn cells_in_paragraphs(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    for row in &t.rows {
        let labels = row.labels.min(row.cells.len());
        for (i, cell) in row.cells.iter().enumerate() {
            let text = cell.trim_start_matches('\u{3000}');
            match (i < labels, text.is_empty()) {
                (true, true) => {}
                (false, true) => out.push("<p>/</p>".to_string()),
                _ => out.push(format!("<p>{text}</p>")),
            }
        }
    }
    out
}

fn html(t: &Table) -> Vec<String> {
    let mut out = vec!["<table border=\"1\" cellspacing=\"0\">".to_string()];
    let n = t.rows.len();
    let mut covered = vec![vec![false; 32]; n];
    for (r, row) in t.rows.iter().enumerate() {
        let mut cells = String::new();
        let values_start = row.labels.min(row.cells.len());
        let is_header = values_start == row.cells.len();
        let mut c = 0;
        while c < row.cells.len() {
            if covered[r][c] {
                c += 1;
                continue;
            }
            let text = &row.cells[c];
            let mut attrs = String::new();
            if c < values_start && !is_header && !text.is_empty() && c + 1 < values_start {
                let span = (r + 1..n)
                    .take_while(|&below| {
                        is_blank_label(&t.rows[below], c) && !text.starts_with("一") && !text.starts_with("二")
                    })
                    .count()
                    + 1;
                if span > 1 {
                    attrs = format!(" rowspan=\"{span}\"");
                    for below in &mut covered[r + 1..r + span] {
                        below[c] = true;
                    }
                }
            }
            let mut colspan = 1;
            if is_header && !text.is_empty() {
                while c + colspan < row.cells.len() && row.cells[c + colspan].is_empty() {
                    colspan += 1;
                }
                if colspan > 1 {
                    attrs.push_str(&format!(" colspan=\"{colspan}\""));
                }
            }
            let tag = if is_header { "th" } else { "td" };
            // A blank figure cell as editors leave it: a non-breaking space.
            let text = if text.is_empty() && c >= values_start && !is_header { "&nbsp;" } else { text };
            cells.push_str(&format!("<{tag}{attrs}>{}</{tag}>", text.replace('\n', "<br>")));
            c += colspan;
        }
        out.push(format!("<tr>{cells}</tr>"));
    }
    out.push("</table>".into());
    out
}

fn is_blank_label(row: &Row, c: usize) -> bool {
    c < row.labels && row.cells.get(c).is_some_and(|s| s.is_empty()) && row.labels < row.cells.len()
}

#[cfg(test)]
mod tests {
    use super::note_pieces;

    #[test]
    fn a_note_is_cut_at_its_brackets_and_commas() {
        assert_eq!(
            note_pieces("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            ["（二）部分公开", "（", "区分处理的", "，", "只计这一情形", "，", "不计其他情形", "）"]
        );
        assert_eq!(note_pieces("(三)其他"), ["(三)其他"]);
    }
}
