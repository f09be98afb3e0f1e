//! Finding HTML tags by hand.
//!
//! The HTML readers need a handful of tag shapes — `<tr …>`, `<td …>`, `</td>`, `<table`,
//! `</table >`, any `<…>` — and nothing of a DOM (scraped pages are not well-formed, and the
//! grids are rebuilt from the tags' positions). Regexes said the same thing at several times the
//! cost: every search set up a lazy-DFA or backtracking pass, for every row, cell and line of
//! every page (a quarter of the parse stage's time on HTML reports, measured). These scanners
//! jump from `<` to `<` with `memchr` and compare a few bytes.
//!
//! Each function documents the regex it stands for; `tests` checks them against it.

use memchr::memchr_iter;

/// Does a regex `\b` hold between the tag name and what follows at `at`? It does at the end of
/// the text or before a non-word character (Unicode `\w`: letters, digits, marks, `_`).
fn boundary_at(text: &str, at: usize) -> bool {
    match text[at..].chars().next() {
        None => true,
        Some(c) => !(c.is_alphanumeric() || c == '_' || (!c.is_ascii() && is_mark(c))),
    }
}

/// Combining marks count as word characters for the regex crate; none occurs after a tag name
/// in practice, but the scanners should not disagree with the regexes they replace.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Does `text[at..]` start with `name`, ASCII case-insensitively?
fn starts_with_ignore_case(text: &str, at: usize, name: &str) -> bool {
    text.as_bytes().get(at..at + name.len()).is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes()))
}

/// The name among `names` that an opening tag starting at `lt` (a `<`) has, followed by a word
/// boundary.
fn opening_name<'n>(text: &str, lt: usize, names: &[&'n str]) -> Option<&'n str> {
    names
        .iter()
        .copied()
        .find(|name| starts_with_ignore_case(text, lt + 1, name) && boundary_at(text, lt + 1 + name.len()))
}

/// Opening tags `(?is)<(name1|name2…)\b[^>]*>`: (start, end) of each whole tag.
pub fn opening_tags<'a>(text: &'a str, names: &'a [&'a str]) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut resume = 0;
    memchr_iter(b'<', text.as_bytes()).filter_map(move |lt| {
        if lt < resume {
            return None;
        }
        let name = opening_name(text, lt, names)?;
        let gt = memchr::memchr(b'>', &text.as_bytes()[lt + 1 + name.len()..])? + lt + 1 + name.len();
        resume = gt + 1;
        Some((lt, gt + 1))
    })
}

/// Is there an opening `(?i)<name\b` (no closing bracket needed) at or after `from`? Its start.
pub fn find_tag_start(text: &str, from: usize, name: &str) -> Option<usize> {
    memchr_iter(b'<', &text.as_bytes()[from..]).map(|i| from + i).find(|&lt| opening_name(text, lt, &[name]).is_some())
}

/// The first closing tag `(?is)</(name1|name2…)\s*>` at or after `from`: (start, end).
pub fn find_closing(text: &str, from: usize, names: &[&str]) -> Option<(usize, usize)> {
    memchr_iter(b'<', &text.as_bytes()[from..])
        .map(|i| from + i)
        .find_map(|lt| closing_at(text, lt, names).map(|end| (lt, end)))
}

/// The end of a closing tag `</(name1|name2…)\s*>` that starts at `lt` (a `<`), if one does.
fn closing_at(text: &str, lt: usize, names: &[&str]) -> Option<usize> {
    if text.as_bytes().get(lt + 1) != Some(&b'/') {
        return None;
    }
    let name = names.iter().find(|name| starts_with_ignore_case(text, lt + 2, name))?;
    let after = lt + 2 + name.len();
    let rest = &text[after..];
    let spaces = rest.len() - rest.trim_start().len();
    (rest[spaces..].starts_with('>')).then_some(after + spaces + 1)
}

/// How many `(?i)<name\b` openings and `(?i)</name\s*>` closings a text has.
pub fn count_open_close(text: &str, name: &str) -> (usize, usize) {
    let mut open = 0;
    let mut close = 0;
    for lt in memchr_iter(b'<', text.as_bytes()) {
        if opening_name(text, lt, &[name]).is_some() {
            open += 1;
        } else if closing_at(text, lt, &[name]).is_some() {
            close += 1;
        }
    }
    (open, close)
}

/// [`strip_tags`], with a tab where a table cell (`<td>`, `<th>`) opens after text: the cells of
/// a row stay apart as a tab-per-cell line's do (每日一报 | 某省2015年…报告 is a column's name and
/// the title, not one name run into it).
pub fn strip_tags_keeping_cells(text: &str) -> String {
    strip(text, true)
}

/// `text` with every `<[^>]*>` removed (a `<` without a later `>` stays).
pub fn strip_tags(text: &str) -> String {
    strip(text, false)
}

fn strip(text: &str, cells_apart: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]).map(|i| at + i) {
        match memchr::memchr(b'>', &bytes[lt..]) {
            Some(gt) => {
                out.push_str(&text[at..lt]);
                if cells_apart && opening_name(text, lt, &["td", "th"]).is_some() && !out.trim().is_empty() {
                    out.push('\t');
                }
                at = lt + gt + 1;
            }
            None => break,
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    const PAGES: &[&str] = &[
        "<table border=1>\n<TR class=\"a\"><td rowspan=\"2\">三、结果</TD><td>5</td></tr>\n<tr><Th colspan=2>总计</th >\n<td>6</td></TR></table >",
        "<tr><tr-x><trx><tr\n><td><tdx><td_><t d><td中><td，>x</td\t>< /td></tda></tr",
        "<table<table>a</table\n\n>b</TABLE>c</table",
        "a < b > c <p>d</p> <<x>> e <unclosed",
        "",
        "<",
        "纯文本，没有标签。",
    ];

    #[test]
    fn opening_tags_agree_with_the_regex() {
        let re = Regex::new(r"(?is)<t[dh]\b[^>]*>").unwrap();
        let rows = Regex::new(r"(?is)<tr\b[^>]*>").unwrap();
        for page in PAGES {
            let by_regex: Vec<(usize, usize)> = re.find_iter(page).map(|m| (m.start(), m.end())).collect();
            assert_eq!(opening_tags(page, &["td", "th"]).collect::<Vec<_>>(), by_regex, "{page:?}");
            let by_regex: Vec<(usize, usize)> = rows.find_iter(page).map(|m| (m.start(), m.end())).collect();
            assert_eq!(opening_tags(page, &["tr"]).collect::<Vec<_>>(), by_regex, "{page:?}");
        }
    }

    #[test]
    fn closings_and_counts_agree_with_the_regexes() {
        let cell_end = Regex::new(r"(?is)</(td|th|tr)\s*>").unwrap();
        let open = Regex::new(r"(?i)<table\b").unwrap();
        let close = Regex::new(r"(?i)</table\s*>").unwrap();
        for page in PAGES {
            for from in 0..=page.len() {
                if !page.is_char_boundary(from) {
                    continue;
                }
                let by_regex = cell_end.find_at(page, from).map(|m| (m.start(), m.end()));
                assert_eq!(find_closing(page, from, &["td", "th", "tr"]), by_regex, "{page:?} from {from}");
                assert_eq!(
                    find_tag_start(page, from, "table"),
                    open.find_at(page, from).map(|m| m.start()),
                    "{page:?} from {from}"
                );
            }
            assert_eq!(
                count_open_close(page, "table"),
                (open.find_iter(page).count(), close.find_iter(page).count()),
                "{page:?}"
            );
        }
    }

    #[test]
    fn cells_of_a_row_stay_apart() {
        let row = "<tr><td>每日一报</td><TD class=t>某省2015年政府信息公开工作年度报告</td><th>x</th></tr>";
        assert_eq!(strip_tags_keeping_cells(row), "每日一报\t某省2015年政府信息公开工作年度报告\tx");
        assert_eq!(strip_tags_keeping_cells("<td>a</td><tdx>b"), "a\tb".replace('\t', ""), "not a cell's tag");
        assert_eq!(strip_tags_keeping_cells("<td> </td><td>a</td>"), " a");
    }

    #[test]
    fn stripping_agrees_with_the_regex() {
        let tag = Regex::new(r"<[^>]*>").unwrap();
        for page in PAGES {
            for line in page.lines() {
                assert_eq!(strip_tags(line), tag.replace_all(line, ""), "{line:?}");
            }
        }
    }
}
