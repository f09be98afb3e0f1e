//! Splitting the body into sections at its top-level headings (一、二、三、…).
//!
//! A heading is accepted only in sequence (二 after 一, 三 after 二 …; the first may be 一, 二 or
//! 三, for reports whose opening section is unnumbered, like 概述), which keeps numbered
//! list items inside paragraphs (一是…, 一、…) from being taken for headings. Table cells (lines
//! starting with a tab) are never headings. Text before the first heading is section 0 with an
//! empty heading. Spam mirrors print the whole body on one line; there the headings are found
//! inline, after whitespace, with the same sequence rule.

use nianbao_model::Section;

const NUMERALS: [&str; 12] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/// If `text` starts with the n-th heading numeral followed by 、, the numeral's index.
fn heading_number(text: &str) -> Option<usize> {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    // Every numeral starts with one of these: most lines are refused on their first character.
    if !t.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
        return None;
    }
    // Longest numerals first, so that 十一、 is not read as 十.
    (0..NUMERALS.len()).rev().find(|&i| t.starts_with(NUMERALS[i]) && t[NUMERALS[i].len()..].starts_with('、'))
}

/// The text after the heading numeral and its 、 that `text` opens with (二、主动公开… →
/// 主动公开…), if it opens with one.
pub fn after_heading_numeral(text: &str) -> Option<&str> {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    heading_number(t).map(|i| &t[NUMERALS[i].len() + '、'.len_utf8()..])
}

pub fn split(lines: &[String]) -> Vec<Section> {
    let mut headings: Vec<(usize, String)> = Vec::new();
    let mut next = 0;
    for (i, line) in lines.iter().enumerate() {
        // Not a table cell: tab-per-cell cells start with a tab, space-aligned rows have a
        // column gap (三、本年度办理结果     （一）予以公开 is a row of table 三, not part 三).
        // The heading test first: it refuses nearly every line on its first character.
        let number = if line.starts_with('\t') { None } else { heading_number(line) };
        if number.is_none() || line.trim().chars().count() > 60 || line.trim().contains("  ") {
            continue;
        }
        match number {
            Some(n) if n == next || (headings.is_empty() && n <= 2) => {
                headings.push((i, line.trim().to_string()));
                next = n + 1;
            }
            // The same ordinal again before the next one: the earlier line was a row label of
            // a table printed without columns (四、结转下年度继续办理 in an empty table 三 of
            // a PDF), the later one the heading that follows the table.
            Some(n) if n + 1 == next && !headings.is_empty() => {
                *headings.last_mut().expect("not empty") = (i, line.trim().to_string());
            }
            _ => {}
        }
    }
    if headings.is_empty() {
        if let Some(sections) = split_inline(lines) {
            return sections;
        }
    }
    let mut sections = Vec::new();
    let body = |from: usize, to: usize| {
        lines[from..to].iter().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n").trim().to_string()
    };
    let first = headings.first().map_or(lines.len(), |(i, _)| *i);
    let preamble = body(0, first);
    if !preamble.is_empty() {
        sections.push(Section { ordinal: 0, heading: String::new(), body: preamble });
    }
    for (k, (start, heading)) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(lines.len(), |(i, _)| *i);
        sections.push(Section { ordinal: k as u32 + 1, heading: heading.clone(), body: body(start + 1, end) });
    }
    sections
}

/// Headings inside one long line: ` 一、概述 2017年…`. The heading runs to the next space.
fn split_inline(lines: &[String]) -> Option<Vec<Section>> {
    let text = lines.join("\n");
    let mut cuts: Vec<usize> = Vec::new();
    let mut next = 0;
    for (pos, c) in text.char_indices() {
        if !(c == ' ' || c == '\u{3000}' || c == '\n') {
            continue;
        }
        let rest = &text[pos + c.len_utf8()..];
        if heading_number(rest) == Some(next) {
            cuts.push(pos + c.len_utf8());
            next += 1;
        }
    }
    if cuts.len() < 2 {
        return None;
    }
    let mut sections = Vec::new();
    let preamble = text[..cuts[0]].trim();
    if !preamble.is_empty() {
        sections.push(Section { ordinal: 0, heading: String::new(), body: preamble.to_string() });
    }
    for (k, &start) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).copied().unwrap_or(text.len());
        let chunk = text[start..end].trim();
        let (heading, body) = chunk.split_once([' ', '\u{3000}']).unwrap_or((chunk, ""));
        sections.push(Section { ordinal: k as u32 + 1, heading: heading.to_string(), body: body.trim().to_string() });
    }
    Some(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn headings_in_sequence_split_the_body() {
        let s =
            split(&lines("标题\n一、概述\n正文一\n一是加强\n二、主动公开\n正文二\n\t三、表格单元\n四、跳过的编号\n"));
        let headings: Vec<_> = s.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(headings, ["", "一、概述", "二、主动公开"]);
        assert_eq!(s[1].body, "正文一\n一是加强");
    }

    #[test]
    fn inline_headings_of_a_one_line_body() {
        let s = split(&lines("报告 一、概述 正文 二、主动公开 正文二 三、问题 结尾"));
        let headings: Vec<_> = s.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(headings, ["", "一、概述", "二、主动公开", "三、问题"]);
        assert_eq!(s[3].body, "结尾");
    }
}
