//! Space-aligned tables as `pdftotext -layout` prints them.
//!
//! ```text
//!   一、本年新收政府信息公开申请数量        40     6     1     0     2     1    50
//!   三、本年度办理    （二）部分公开（区分      5     1     0     0     0     0     6
//!   结果              处理的，只计这一情形，
//!                     不计其他情形）
//!                                  - 3 -
//! ```
//! A *columnar* line has at least one internal gap of two or more spaces; its cells are the
//! pieces between gaps. A table region is a run of columnar lines; inside it, short lines without
//! a gap are wrapped label text (kept as `wrapped` rows for normalize to join), and page numbers
//! and form feeds are skipped. Prose ends a region.

use crate::grid::{trim_cell, Cell, Grid, GridRow, Layout};

/// Pieces of a line separated by two or more spaces (ASCII or ideographic; a tab counts one);
/// leading and trailing space is not a gap.
///
/// Walks the bytes rather than the chars: every line of every document passes here, and the
/// separators are ASCII or the three bytes of U+3000. A byte `10xxxxxx` continues the character
/// before it, which is never a space.
fn pieces(line: &str) -> Vec<(usize, &str)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut spaces = 0;
    let mut last_end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space_len = match b {
            b' ' | b'\t' => 1,
            0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => 3,
            _ => 0,
        };
        if space_len > 0 {
            spaces += if space_len == 3 { 2 } else { 1 };
            if spaces >= 2 {
                if let Some(s) = start.take() {
                    out.push((s, &line[s..last_end]));
                }
            }
            i += space_len;
        } else {
            if start.is_none() {
                start = Some(i);
            }
            spaces = 0;
            // The whole character: its continuation bytes follow.
            let len = match b {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            i += len;
            last_end = i;
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..last_end]));
    }
    out
}

/// `pdftotext` puts a cell and the number after it one space apart when a column is narrow
/// (`万元 0`, `人次 2330`, `其他对外管理服务事项 0`): split such a piece into the text and the
/// number. Only digit-free text before a lone number at the end qualifies, so a label with a
/// space in it stays whole.
fn split_unit_and_number(piece: &str) -> Option<(&str, &str)> {
    let (unit, number) = piece.rsplit_once(' ')?;
    let unit = unit.trim_end();
    let unit_ok = !unit.is_empty() && !unit.chars().any(|c| c.is_ascii_digit());
    let number_ok = !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'))
        && number.chars().next().is_some_and(|c| c.is_ascii_digit());
    (unit_ok && number_ok).then_some((unit, number))
}

/// The cells of a line with their byte offsets.
fn cells_of(line: &str) -> Vec<(usize, &str)> {
    // A line without a space, tab or ideographic space (nearly every line of Chinese prose) is
    // one cell, found without walking its bytes.
    let bytes = line.as_bytes();
    if memchr::memchr2(b' ', b'\t', bytes).is_none() && memchr::memmem::find(bytes, "\u{3000}".as_bytes()).is_none() {
        return if line.is_empty() { Vec::new() } else { vec![(0, line)] };
    }
    let mut out = Vec::new();
    for (at, piece) in pieces(line) {
        match split_unit_and_number(piece) {
            Some((unit, number)) => {
                let number_at = at + piece.len() - number.len();
                out.extend([(at, unit), (number_at, number)]);
            }
            None => out.push((at, piece)),
        }
    }
    out
}

/// Display columns a monospaced print gives a text: two for CJK and full-width characters.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}

/// A cell's display columns, [start, end).
fn span(line: &str, at: usize, text: &str) -> (usize, usize) {
    let start = display_width(&line[..at]);
    (start, start + display_width(text))
}

/// A cell that starts as a figure does — not an enumerated label (2.其他法律…, 3、…), whose digits
/// are followed by the enumerator's mark and words.
fn is_figure_like(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let enumerated = digits > 0
        && ['.', '．', '、'].iter().any(|mark| {
            text[digits..].strip_prefix(*mark).and_then(|rest| rest.chars().next()).is_some_and(|c| !c.is_ascii_digit())
        });
    text.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-') && !enumerated
}

/// A row of figures printed with blank cells has fewer cells than its table: put each figure
/// back under its column, taken from the nearest row above that printed more figures, all
/// figures after its labels, with no header or row of words in between (those start another
/// table). `row` and `reference` are the display spans of the figures alone (a row may print
/// its group's label beside its own: 三、本年度办理结果 （一）予以公开 2 1 3).
/// A figure belongs to a column when it starts or ends where that column's figure does (within
/// one display column: printers align numbers left or right) and to no other; the assignment must
/// keep the order. Anything less certain returns `None` — the row stays as printed and
/// normalize flags it rather than guess.
fn realigned(row: &[(usize, usize)], texts: &[String], reference: &[(usize, usize)]) -> Option<Vec<String>> {
    if reference.len() <= row.len() || row.is_empty() {
        return None;
    }
    let mut out = vec![String::new(); reference.len()];
    let mut next = 0;
    for (cell, text) in row.iter().zip(texts) {
        let fits = |r: &(usize, usize)| cell.0.abs_diff(r.0) <= 1 || cell.1.abs_diff(r.1) <= 1;
        let matches: Vec<usize> = (0..reference.len()).filter(|&i| fits(&reference[i])).collect();
        let [i] = matches[..] else { return None };
        if i < next {
            return None;
        }
        out[i] = text.clone();
        next = i + 1;
    }
    Some(out)
}

fn is_page_number(line: &str) -> bool {
    let t = line.trim().trim_matches(|c: char| matches!(c, '-' | '—' | '–' | ' ' | '\u{3000}'));
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) && line.trim() != t)
        || (t.starts_with('第') && t.ends_with('页') && t.chars().count() <= 8)
}

/// Prose: a sentence (ends with 。 or is long and gapless). Ends a table region. A long line
/// that starts like a row label (（四）, 2., 其中：) is a wrapped label, not prose: the
/// national template's longest labels run past 40 characters.
fn is_prose(line: &str) -> bool {
    let t = line.trim();
    t.ends_with('。') || (t.chars().count() > 40 && !starts_like_row_label(t))
}

/// Does the text start as a row's label does (（四）, 三、, 2., 其中)?
fn starts_like_row_label(text: &str) -> bool {
    static ROW_LABEL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let row_label = ROW_LABEL.get_or_init(|| {
        regex::Regex::new(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|其中)").unwrap()
    });
    row_label.is_match(text)
}

/// A row of figures no row above could realign: its index among the region's rows, how many
/// label cells it has, its figures' display spans, and the (sub-)table it is in.
struct Unaligned {
    row: usize,
    labels: usize,
    spans: Vec<(usize, usize)>,
    segment: u32,
}

/// Rows of figures printed with blank cells before any row of their (sub-)table printed more
/// (a table 三 whose first row leaves a zero blank): once the region is read, each is put back
/// under the columns of the nearest row below that printed more figures and as many labels (a
/// row with a unit cell, 次 11, is another table's than one without).
fn realign_from_below(rows: &mut [GridRow], unaligned: &[Unaligned]) {
    for (k, u) in unaligned.iter().enumerate() {
        let below = unaligned[k + 1..].iter().take_while(|r| r.segment == u.segment);
        let Some(reference) = below.into_iter().find(|r| r.spans.len() > u.spans.len() && r.labels == u.labels) else {
            continue;
        };
        let row = &mut rows[u.row];
        let texts: Vec<String> = row.cells[u.labels..].iter().map(|c| c.text.clone()).collect();
        if let Some(aligned) = realigned(&u.spans, &texts, &reference.spans) {
            let line = row.cells[0].line;
            row.cells.truncate(u.labels);
            row.cells.extend(aligned.into_iter().map(|text| Cell { text, line }));
        }
    }
}

pub fn space_aligned(lines: &[String]) -> Vec<Grid> {
    let mut grids = Vec::new();
    let mut rows: Vec<GridRow> = Vec::new();
    let mut numeric_rows = 0;
    let mut unaligned: Vec<Unaligned> = Vec::new();
    let mut segment = 0;
    let finish =
        |rows: &mut Vec<GridRow>, numeric_rows: &mut usize, grids: &mut Vec<Grid>, unaligned: &mut Vec<Unaligned>| {
            // A region is a table only if some of its rows carry numbers in columns.
            if *numeric_rows >= 2 {
                realign_from_below(rows, unaligned);
                grids.push(Grid { layout: Layout::SpaceAligned, rows: std::mem::take(rows) });
            } else {
                rows.clear();
            }
            unaligned.clear();
            *numeric_rows = 0;
        };
    // Display spans of this region's rows of figures, for putting blank cells back.
    let mut figure_rows: Vec<Vec<(usize, usize)>> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line: std::borrow::Cow<str> =
            if raw.contains('\x0C') { raw.replace('\x0C', "").into() } else { raw.as_str().into() };
        let lineno = i as u32 + 1;
        if raw.starts_with('\t')
            || memchr::memchr_iter(b'|', raw.as_bytes()).nth(1).is_some()
            || (raw.contains('|') && crate::grid::in_two_column_pipe_table(lines, i))
        {
            finish(&mut rows, &mut numeric_rows, &mut grids, &mut unaligned);
            figure_rows.clear();
            continue;
        }
        if line.trim().is_empty() || (is_page_number(&line) && !rows.is_empty()) {
            continue;
        }
        let cells = cells_of(&line);
        // A paragraph among the cells (a page on one line whose table kept its wide gaps) makes
        // the line prose: no table cell runs on for sentences.
        if cells.len() >= 2 && !cells.iter().any(|(_, t)| crate::grid::is_paragraph(t)) {
            let numbers = cells.iter().filter(|(_, t)| is_figure_like(t)).count();
            if numbers > 0 {
                numeric_rows += 1;
            }
            let spans: Vec<(usize, usize)> = cells.iter().map(|(at, t)| span(&line, *at, t)).collect();
            let mut texts: Vec<String> = cells.iter().map(|(_, t)| trim_cell(t)).collect();
            let labels = cells.iter().take_while(|(_, t)| !is_figure_like(t)).count();
            let all_figures = labels >= 1 && labels < cells.len() && numbers == cells.len() - labels;
            if all_figures {
                let figures = &spans[labels..];
                let reference = figure_rows.iter().rev().find(|r: &&Vec<(usize, usize)>| r.len() > figures.len());
                if let Some(aligned) = reference.and_then(|r| realigned(figures, &texts[labels..], r)) {
                    texts.truncate(labels);
                    texts.extend(aligned);
                } else {
                    figure_rows.push(figures.to_vec());
                    unaligned.push(Unaligned { row: rows.len(), labels, spans: figures.to_vec(), segment });
                }
            } else if numbers > 0 || !cells.iter().all(|(_, t)| starts_like_row_label(t)) {
                // A header or a row of words starts another (sub-)table: its columns are new. Not
                // a row of labels alone (（三）不予公开 1.属于国家秘密, its cells blank).
                figure_rows.clear();
                segment += 1;
            }
            let cells = texts.into_iter().map(|text| Cell { text, line: lineno }).collect();
            rows.push(GridRow { cells, wrapped: false });
        } else if !rows.is_empty() && !is_prose(&line) {
            rows.push(GridRow { cells: vec![Cell { text: trim_cell(&line), line: lineno }], wrapped: true });
        } else {
            finish(&mut rows, &mut numeric_rows, &mut grids, &mut unaligned);
            figure_rows.clear();
        }
    }
    finish(&mut rows, &mut numeric_rows, &mut grids, &mut unaligned);
    grids
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char reading that [`pieces`] does on bytes.
    fn pieces_by_chars(line: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let (mut start, mut spaces, mut last_end) = (None, 0, 0);
        for (i, c) in line.char_indices() {
            if c == ' ' || c == '\u{3000}' || c == '\t' {
                spaces += if c == '\u{3000}' { 2 } else { 1 };
                if spaces >= 2 {
                    if let Some(s) = start.take() {
                        out.push((s, &line[s..last_end]));
                    }
                }
            } else {
                start.get_or_insert(i);
                spaces = 0;
                last_end = i + c.len_utf8();
            }
        }
        if let Some(s) = start {
            out.push((s, &line[s..last_end]));
        }
        out
    }

    #[test]
    fn a_line_with_a_paragraph_among_its_cells_is_prose() {
        let prose = "一、概述 本机关全年主动公开政府信息120条，其中规范性文件3条，工作动态117条，均通过门户网站发布。全年未收到政府信息公开申请。 统计表 指标名称    计量单位    代码    本期实际";
        let lines = vec![
            "某县2013年政府信息公开工作年度报告".to_string(),
            prose.to_string(),
            "申请总数    条    10".to_string(),
            "行政复议数    件    32".to_string(),
        ];
        let grids = space_aligned(&lines);
        assert!(grids.iter().all(|g| g.rows.iter().all(|r| r.cells.iter().all(|c| c.line != 2))), "{grids:?}");
    }

    #[test]
    fn a_line_without_spaces_is_one_cell() {
        assert_eq!(cells_of("全年主动公开政府信息170条。"), vec![(0, "全年主动公开政府信息170条。")]);
        assert_eq!(cells_of(""), Vec::<(usize, &str)>::new());
        assert_eq!(cells_of("万元 0"), vec![(0, "万元"), (7, "0")]);
    }

    #[test]
    fn pieces_on_bytes_read_as_on_chars() {
        for line in [
            "",
            " ",
            "  a  b ",
            "\u{3000}（一）收到申请数\u{3000}件 244",
            "a\tb\t\tc",
            "万元 0",
            "𠀀  𠀁 x",
            "é  ü",
            "\u{3000}\u{3000}",
            "a\u{3001}\u{3000}b",
            "\u{E380}  x",
        ] {
            assert_eq!(pieces(line), pieces_by_chars(line), "{line:?}");
        }
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn cells_wrapped_labels_and_page_numbers() {
        let text = "正文一段。\n  统计指标          单位   统计数\n  （一）收到申请数    件      244\n  （二）申请办结\n  数                  件      240\n                 - 3 -\n\x0C  （三）申请答复数    件      244\n下一段正文，说明情况。\n";
        let grids = space_aligned(&lines(text));
        assert_eq!(grids.len(), 1);
        let rows: Vec<(Vec<&str>, bool)> =
            grids[0].rows.iter().map(|r| (r.cells.iter().map(|c| c.text.as_str()).collect(), r.wrapped)).collect();
        assert_eq!(
            rows,
            vec![
                (vec!["统计指标", "单位", "统计数"], false),
                (vec!["（一）收到申请数", "件", "244"], false),
                (vec!["（二）申请办结"], true),
                (vec!["数", "件", "240"], false),
                (vec!["（三）申请答复数", "件", "244"], false),
            ]
        );
    }

    #[test]
    fn a_narrow_unit_column_one_space_from_its_value_is_two_cells() {
        let text = "  七、依申请公开信息收取的费用          万元 0\n  （三）接受培训人员数             人次 2330\n  其中：主要负责同志 参加              次    11\n  其他对外管理服务事项 0            0          0\n  2019年 5        0\n";
        let grids = space_aligned(&lines(text));
        let rows: Vec<Vec<&str>> =
            grids[0].rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(
            rows,
            [
                vec!["七、依申请公开信息收取的费用", "万元", "0"],
                vec!["（三）接受培训人员数", "人次", "2330"],
                vec!["其中：主要负责同志 参加", "次", "11"],
                vec!["其他对外管理服务事项", "0", "0", "0"],
                vec!["2019年 5", "0"]
            ]
        );
    }

    fn texts(grid: &Grid) -> Vec<Vec<&str>> {
        grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn a_blank_cell_is_put_back_under_its_column() {
        // Right-aligned figures; 规范性文件 printed nothing under 本年新公开数量, 行政许可 nothing
        // under the first column.
        let text = "  信息内容          本年新制作数量  本年新公开数量  对外公开总数量\n  规章                           5               3              12\n  规范性文件                     2                              40\n  其他文件                                      17             120\n";
        let grids = space_aligned(&lines(text));
        assert_eq!(
            texts(&grids[0]),
            [
                vec!["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                vec!["规章", "5", "3", "12"],
                vec!["规范性文件", "2", "", "40"],
                vec!["其他文件", "", "17", "120"],
            ]
        );
    }

    #[test]
    fn a_first_row_with_a_blank_cell_takes_the_columns_of_a_row_below() {
        // 规章 leaves 本年新公开数量 blank before any row printed all three.
        let text = "  信息内容          本年新制作数量  本年新公开数量  对外公开总数量\n  规章                           5                              12\n  规范性文件                     2               3              40\n";
        let grids = space_aligned(&lines(text));
        assert_eq!(texts(&grids[0])[1], vec!["规章", "5", "", "12"]);
        // Not from below a header: the rows under it are another table's.
        let other = "  信息内容          本年新制作数量  本年新公开数量  对外公开总数量\n  规章                           5                              12\n  信息内容    上一年项目数量  本年增/减  处理决定数量\n  行政许可          3        1        9\n";
        let grids = space_aligned(&lines(other));
        assert_eq!(texts(&grids[0])[1], vec!["规章", "5", "12"]);
    }

    #[test]
    fn a_row_printing_its_group_beside_its_label_is_put_back_under_its_columns() {
        // Table 三 with its zeros blank: 予以公开 prints its group's label before its own; a row of
        // blanks prints its labels alone, and the rows below still have the columns above.
        let text = "  一、本年新收政府信息公开申请数量              143       27        5        6      181\n  三、本年度办理结果  （一）予以公开              2        1                          3\n  （三）不予公开  1.属于国家秘密\n  2.其他法律行政法规禁止公开                                        4        1        5\n";
        let grids = space_aligned(&lines(text));
        let rows = texts(&grids[0]);
        assert_eq!(rows[1], vec!["三、本年度办理结果", "（一）予以公开", "2", "1", "", "", "3"]);
        assert_eq!(rows[3], vec!["2.其他法律行政法规禁止公开", "", "", "4", "1", "5"]);
    }

    #[test]
    fn a_figure_between_columns_or_after_a_header_is_left_as_printed() {
        // "7" sits under no column of the row above: not guessed. After a header row, the rows
        // above are another table's and are not used.
        let text = "  规章                           5               3              12\n  规范性文件                           7                      40\n  信息内容    本年处理决定数量\n  行政许可                          327\n";
        let grids = space_aligned(&lines(text));
        let rows = texts(&grids[0]);
        assert_eq!(rows[1], vec!["规范性文件", "7", "40"]);
        assert_eq!(rows[3], vec!["行政许可", "327"]);
    }

    #[test]
    fn prose_with_double_spaces_is_not_a_table() {
        assert!(space_aligned(&lines("我镇  主动公开信息  170条。\n其中  机构信息7条。\n")).is_empty());
    }
}
