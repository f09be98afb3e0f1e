//! Sentences a crawler broke around their figures, joined again for the readers of a page's
//! title, year and agency.
//!
//! A page made in a word processor sets its figures in a span of another font (仿宋 for the
//! words, Times New Roman for the figures); a crawler that breaks the text at every tag leaves
//! each figure on a line of its own, inside its sentence: `本报告根据《条例》（国务院令第` /
//! `711` / `号）编制`, `由某市人民政府办公室在总结全市` / `2015` / `年工作的基础上编制而成。`.
//! The table and prose readers handle such lines themselves (a figure followed by its unit is
//! no table cell, see [`crate::cells`]; prose joins the lines of a sentence). The metadata
//! readers look line by line — a title is a line, and `由…编制` a sentence on one — so they are
//! given the lines with those breaks undone: a figure whose next line carries its sentence on
//! (its unit, a comma, a closing bracket) is joined to that line, and both to the line before,
//! unless that one stands alone (a heading, the title, a signature above a date).

use std::borrow::Cow;

/// The longest figure a span holds (a number with its point and percent sign).
const MAX_FIGURE_CHARS: usize = 16;

/// The lines with the breaks around figures undone; borrowed where there is none. On a
/// double-spaced page (see [`double_spaced`]) the empty lines are left out where a break is
/// undone: they stand between the pieces of a sentence as between paragraphs.
pub fn rejoined_at_figures(lines: &[String]) -> Cow<'_, [String]> {
    if double_spaced(lines) {
        let written: Vec<String> = lines.iter().filter(|l| !is_blank(l)).cloned().collect();
        return match rejoined(&written) {
            Cow::Owned(joined) => Cow::Owned(joined),
            Cow::Borrowed(_) => Cow::Borrowed(lines),
        };
    }
    rejoined(lines)
}

/// Does an empty line follow nearly every line of the text? A crawler that joins a page's
/// text nodes with a blank line between them (`get_text("\n\n")`) puts one after every piece
/// of a broken sentence as well as after every paragraph: there an empty line says nothing, and
/// only the stops and headings tell where a paragraph ends.
pub fn double_spaced(lines: &[String]) -> bool {
    let (mut written, mut followed) = (0usize, 0usize);
    for pair in lines.windows(2) {
        if !is_blank(&pair[0]) {
            written += 1;
            followed += usize::from(is_blank(&pair[1]));
        }
    }
    written >= 10 && followed * 10 >= written * 9
}

/// A line of nothing but spaces (ideographic ones too).
fn is_blank(line: &str) -> bool {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}').is_empty()
}

fn rejoined(lines: &[String]) -> Cow<'_, [String]> {
    let broken_at = |i: usize| {
        is_figure(lines[i].trim()) && lines.get(i + 1).is_some_and(|next| crate::cells::carries_on_a_sentence(next))
    };
    if !(0..lines.len()).any(|i| broken_at(i) || is_punctuation(lines[i].trim())) {
        return Cow::Borrowed(lines);
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut glue_next = false;
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim();
        if glue_next && !(text.is_empty() || opens_with_a_numeral(text)) {
            out.last_mut().expect("a piece before").push_str(text);
            glue_next = is_punctuation(text);
            continue;
        }
        glue_next = false;
        // Half-width punctuation alone on its line (a crawl that broke at every run of ASCII
        // characters: `(` / `以下简称条例` / `)` / `,`) goes with the words on both sides of it,
        // unless a heading follows.
        if is_punctuation(text) && out.last().is_some_and(|before| !before.trim().is_empty()) {
            out.last_mut().expect("a line before").push_str(text);
            glue_next = true;
            continue;
        }
        if broken_at(i) {
            match out.last_mut() {
                Some(before) if runs_on_into(before.trim(), text, &lines[i + 1]) => before.push_str(text),
                _ => out.push(text.to_string()),
            }
            glue_next = true;
            continue;
        }
        out.push(line.clone());
    }
    Cow::Owned(out)
}

/// Does the line open with a heading's numeral (一、, （一）, (一))?
fn opens_with_a_numeral(line: &str) -> bool {
    crate::meta::after_bracketed_numeral(line).is_some() || crate::sections::after_heading_numeral(line).is_some()
}

/// A line of nothing but half-width punctuation of a sentence (`(`, `)`, `,`, `;`, `),`, the
/// `<` `>` of a document's name inside another's).
fn is_punctuation(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 3
        && text.chars().all(|c| matches!(c, '(' | ')' | ',' | ';' | ':' | '.' | '<' | '>'))
}

/// A number as a span holds it: digits, with a point, a percent sign or a thousands comma.
fn is_figure(text: &str) -> bool {
    text.chars().count() <= MAX_FIGURE_CHARS
        && text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '%' | ','))
}

/// Does the sentence of `before` go on into the figure (and the line after it)? Not where
/// `before` ended a sentence or stands alone: a heading (一、总体情况, then 2019 / 年，我局…), the
/// report's title. A line without any punctuation before a year goes on into it only where it
/// names an agency, the sentence's subject (某镇人民政府 / 2022 / 年政府信息公开工作年度报告根据…)
/// — not above a date (某市人民政府, then 2021 / 年1月15日) — and a heading's words do not
/// (2.依申请公开, then 2021 / 年市财政局共受理…).
fn runs_on_into(before: &str, figure: &str, after: &str) -> bool {
    let ended = before.is_empty() || before.ends_with(['。', '！', '？', '!', '?', '：', ':']);
    if ended || opens_with_a_numeral(before) || crate::meta::is_report_title(before) {
        return false;
    }
    let unpunctuated = !before.contains(['，', ',', '、', '（', '(', '《', '“', '；', ';']);
    let after = after.trim();
    let Some(after_year) = after.strip_prefix('年').filter(|_| figure.len() == 4 && unpunctuated) else {
        return true;
    };
    let opens_a_date = after_year.is_empty() || after_year.starts_with(|c: char| c.is_ascii_digit());
    !opens_a_date && crate::meta::is_agency_line(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_sentence_broken_around_its_figures_is_one_line_again() {
        let page = lines(
            "本报告根据《条例》（国务院令第\n711\n号）编制，由某市人民政府办公厅在总结全市\n2015\n年工作的基础上编制而成。\n全年收到申请\n12\n件，占\n3.5%\n。",
        );
        assert_eq!(
            rejoined_at_figures(&page).as_ref(),
            [
                "本报告根据《条例》（国务院令第711号）编制，由某市人民政府办公厅在总结全市2015年工作的基础上编制而成。",
                "全年收到申请12件，占3.5%。"
            ]
        );
    }

    #[test]
    fn a_heading_a_title_and_a_signature_stand_alone_and_a_table_is_left_as_it_is() {
        let page = lines(
            "某市2020年政府信息公开工作年度报告\n2020\n年，我市深化公开。\n一、总体情况\n2020\n年，我局共发布信息\n5\n条。\n某市人民政府\n2021\n年1月15日",
        );
        assert_eq!(
            rejoined_at_figures(&page).as_ref(),
            [
                "某市2020年政府信息公开工作年度报告",
                "2020年，我市深化公开。",
                "一、总体情况",
                "2020年，我局共发布信息5条。",
                "某市人民政府",
                "2021年1月15日"
            ]
        );
        let heading = lines("2.\n依申请公开\n2021\n年市财政局共受理申请\n27\n件。");
        assert_eq!(rejoined_at_figures(&heading).as_ref(), ["2.", "依申请公开", "2021年市财政局共受理申请27件。"]);
        let province = lines("某某省\n2013\n年政府信息公开工作年度报告是根据《条例》编制的。");
        assert_eq!(
            rejoined_at_figures(&province).as_ref(),
            ["某某省2013年政府信息公开工作年度报告是根据《条例》编制的。"]
        );
        let subject = lines("市财政局\n2021\n年主动公开规范性文件\n9\n件。");
        assert_eq!(rejoined_at_figures(&subject).as_ref(), ["市财政局2021年主动公开规范性文件9件。"]);
        let named = lines("某镇人民政府\n2022\n年政府信息公开工作年度报告（以下简称年报）根据《条例》编制。");
        assert_eq!(
            rejoined_at_figures(&named).as_ref(),
            ["某镇人民政府2022年政府信息公开工作年度报告（以下简称年报）根据《条例》编制。"]
        );
        // Half-width punctuation alone on its lines.
        let ascii =
            lines("根据《条例》\n(\n以下简称条例\n)\n及有关规定\n,\n我镇编制了《某镇\n2020\n年报告》。\n规章\n-\n0");
        assert_eq!(
            rejoined_at_figures(&ascii).as_ref(),
            ["根据《条例》(以下简称条例)及有关规定,我镇编制了《某镇2020年报告》。", "规章", "-", "0"]
        );
        // Double-spaced, an empty line after every piece.
        let spaced: Vec<String> =
            page.iter().take(8).chain(&page[..2]).flat_map(|l| [l.clone(), String::new()]).collect();
        assert_eq!(
            rejoined_at_figures(&spaced).as_ref(),
            [
                "某市2020年政府信息公开工作年度报告",
                "2020年，我市深化公开。",
                "一、总体情况",
                "2020年，我局共发布信息5条。",
                "某市2020年政府信息公开工作年度报告",
                "2020",
            ]
        );
        let table = lines("信息内容\n本年制发件数\n规章\n0\n1\n规范性文件\n3\n4");
        assert!(matches!(rejoined_at_figures(&table), Cow::Borrowed(_)));
    }
}
