//! Tables of a page saved on one line: the line breaks put back before the table readers run.
//!
//! A crawler that keeps a page's text but none of its tags leaves the whole body on one line —
//! prose, headings and tables alike — with a table's cells separated by a single space or by
//! nothing at all (`…第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件105…`).
//! No layout reader sees a table there. Rather than a reader for tables inside a line, this
//! module cuts such a line back into the rows a page would have printed, at the places the
//! templates fix: before each row label of the catalog (with the enumerator printed before it),
//! before the headers of table 二, and around the fifteen figures of table 四; in a local table
//! of 2008–2013, wherever a row's figures end and the next label begins; and before every
//! section heading (二、…). What comes out is the run-together layout — a row per line, its
//! figures glued or spaced (a national_2014 row glued: its unit separates label and figure) —
//! that [`crate::runtogether`] reads, with the identities deciding
//! where glued digits split and abstaining where two splits fit.
//!
//! Labels are matched in the line's Han characters only (digits, spaces, quotes and brackets
//! left out), so that `危及“三安全一稳定”`, figures glued to a label and wrapped notes all match
//! the catalog's keys; leftmost-longest, so 行政规范性文件 is not cut at 规范性文件. A table's
//! labels are cut only inside that table's stretch of the line (第二十条 … table 三 … table 四),
//! so a 规章 or 予以公开 of the prose around it is left alone.

use crate::catalog;
use nianbao_model::text::is_basic_han;

/// A line shorter than this (in characters) is a line a page printed, not a page on one line.
const LONG_LINE: usize = 300;

/// The text with the long lines cut, and for each of its lines the 1-based line of the input it
/// came from (a figure read on a cut line is traced to the line the page gave).
pub struct Relined {
    pub text: String,
    pub origin: Vec<u32>,
}

/// Where each table's stretch of a one-line page begins: table 二 at its first sub-heading
/// (第二十条第（一）项, also printed without its second 第: 第二十条(五)项), or at a header that
/// lost its sub-heading (信息内容本年新制作数量…, 信息内容上一年项目数量…).
const ART20_SUB_HEADINGS: &[&str] =
    &["第二十条第", "第二十条一项", "第二十条五项", "第二十条六项", "第二十条八项", "第二十条九项"];
const ART20_HEADERS: &[&str] = &["信息内容本年", "信息内容上一年"];
const TABLE3_START: &[&str] = &["申请人情况", "本年新收政府信息公开申请数量"];
/// Table 四 begins at its headers, after table 三.
const TABLE4_START: &[&str] = &["行政复议"];
const NATIONAL_START: &[&str] = &["主动公开政府信息数", "主动公开情况"];

/// Rows and header rows of table 二 that carry no catalog code of their own: its sub-headings
/// and the first cell of its headers.
const ART20_HEADER_ANCHOR: &str = "信息内容";
/// Group rows and header rows of table 三 (不予公开 … holds the numbered rows under it).
const TABLE3_MARKERS: &[&str] =
    &["申请人情况", "本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理", "其他"];

/// The Han characters of `line` and the byte offset of each in it, the Taiwan phrasing folded as
/// the label keys fold it ([`crate::labels::TAIWAN_PHRASES`]: 资讯 for 信息, 档案 for 文件).
fn han_of(line: &str) -> (Vec<char>, Vec<usize>) {
    let (mut han, at): (Vec<char>, Vec<usize>) =
        line.char_indices().filter(|&(_, c)| is_basic_han(c)).map(|(i, c)| (c, i)).unzip();
    for (tw, ours) in crate::labels::TAIWAN_PHRASES {
        let (tw, ours): (Vec<char>, Vec<char>) = (tw.chars().collect(), ours.chars().collect());
        for i in 0..(han.len() + 1).saturating_sub(tw.len()) {
            if han[i..i + tw.len()] == tw[..] {
                han[i..i + ours.len()].copy_from_slice(&ours);
            }
        }
    }
    (han, at)
}

/// The Han-only form of a catalog label (keys may hold digits: none of these does).
fn han_key(label: &str) -> String {
    crate::labels::key(label).chars().filter(|&c| is_basic_han(c)).collect()
}

/// The first occurrence (char index into `han`) of any of `words`, at or after `from`.
fn first_of(han: &[char], words: &[&str], from: usize) -> Option<usize> {
    words
        .iter()
        .filter_map(|w| {
            let w: Vec<char> = w.chars().collect();
            (from..han.len().saturating_sub(w.len() - 1)).find(|&i| han[i..i + w.len()] == w[..])
        })
        .min()
}

/// Leftmost-longest, non-overlapping occurrences of `labels` in `han[from..to]` (char indices).
fn label_starts(han: &[char], labels: &[String], from: usize, to: usize) -> Vec<usize> {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for label in labels {
        let w: Vec<char> = label.chars().collect();
        if w.is_empty() || w.len() > to.saturating_sub(from) {
            continue;
        }
        for i in from..=to - w.len() {
            if han[i..i + w.len()] == w[..] {
                hits.push((i, i + w.len()));
            }
        }
    }
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut starts = Vec::new();
    let mut end = 0;
    for (s, e) in hits {
        if s >= end {
            starts.push(s);
            end = e;
        }
    }
    starts
}

/// Move a cut back over the enumerator printed before a label: （一） (一) 一、 and a single
/// digit with 1. 1、 1． (one digit: the numbered rows of table 三 never reach ten, and the
/// figures of the row before may be glued to it); or over 其中： (national rows).
fn before_enumerator(line: &str, at: usize) -> usize {
    // 其中：主动公开规范性文件数 — the row's own words before its label.
    let head = line[..at].trim_end();
    for lead in ["其中：", "其中:", "其中"] {
        if let Some(rest) = head.strip_suffix(lead) {
            return rest.len();
        }
    }
    // A space may stand between the enumerator and its label (`1. 当面申请数`, a page whose
    // cells were joined by spaces).
    let head = line[..at].trim_end();
    let numerals = |s: &str| !s.is_empty() && s.chars().all(|c| "一二三四五六七八九十".contains(c));
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = head.strip_suffix(close) {
            if let Some(start) = inner.rfind(open) {
                // ( 一 ): a page whose every tag became a space spaces its brackets too.
                if numerals(inner[start + open.len_utf8()..].trim()) {
                    return start;
                }
            }
        }
    }
    if let Some(rest) = head.strip_suffix('、') {
        let numeral: usize =
            rest.chars().rev().take_while(|c| "一二三四五六七八九十".contains(*c)).map(char::len_utf8).sum();
        if numeral > 0 {
            return rest.len() - numeral;
        }
    }
    if let Some(rest) = head.strip_suffix(['.', '．', '、']) {
        if rest.ends_with(|c: char| c.is_ascii_digit()) {
            return rest.len() - 1;
        }
    }
    at
}

/// Section headings inside the line (二、 … 十、 at the start of a sentence: after a figure, a
/// space, a full stop or a bracket), as byte offsets.
fn heading_starts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !"一二三四五六七八九十".contains(c) || k == 0 {
            continue;
        }
        let numeral_end = chars[k..].iter().take_while(|(_, c)| "一二三四五六七八九十".contains(*c)).count();
        if chars.get(k + numeral_end).map(|(_, c)| *c) != Some('、') {
            continue;
        }
        let before = chars[k - 1].1;
        if before.is_ascii_digit() || before.is_whitespace() || "。；）)|".contains(before) {
            out.push(i);
        }
    }
    out
}

/// The byte range of the fifteen figures of table 四 in `line[from..]`: the first run of digits
/// (spaces between them allowed) holding at least fifteen digits.
fn table4_figures(line: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            let mut end = i;
            let mut digits = 0;
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b' ') {
                if bytes[j].is_ascii_digit() {
                    digits += 1;
                    end = j + 1;
                }
                j += 1;
            }
            if digits >= 15 {
                return Some((start, end));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

/// Where a local table's header (指标名称 计量单位 本年度 历年累计, or 2012年度 for 本年度, or
/// 年末统计 alone; some print 单位 for 计量单位) stands in `han`: its start and the end of its last
/// column's name.
fn local_header(han: &[char]) -> Option<(usize, usize)> {
    let start = first_of(han, &["指标名称"], 0)?;
    let window = &han[start..han.len().min(start + 24)];
    let unit = first_of(window, &["单位"], 0)?;
    let end = LOCAL_COLUMNS.iter().filter_map(|w| first_of(window, &[w], unit).map(|k| k + w.chars().count())).max()?;
    Some((start, start + end))
}

/// The names of a local table's figure columns (年度 of 2012年度: digits are not in `han`).
const LOCAL_COLUMNS: &[&str] = &["历年累计", "本年度", "年末统计", "年度"];

/// A local row's start: before its enumerator and the 其中 before that (其中：1.当面申请数).
fn before_row_lead(line: &str, at: usize) -> usize {
    let at = before_enumerator(line, at);
    let head = line[..at].trim_end();
    ["其中：", "其中:", "其中"].iter().find_map(|lead| head.strip_suffix(lead)).map_or(at, str::len)
}

/// Cuts after `from` wherever figures end and Han text begins: before the text, or before the
/// enumerator and 其中 printed before it (…条316其中：1.当面申请数条02.网上申请数…).
fn figure_ends(line: &str, from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last_digit_at = None;
    for (i, c) in line[from..].char_indices().map(|(i, c)| (from + i, c)) {
        if c.is_ascii_digit() {
            last_digit_at = Some(i);
        } else if is_basic_han(c) {
            // A figure ends right before, or before one enumerator's stop (02.网上).
            let figure_before = last_digit_at.is_some_and(|d| {
                let between = line[d + 1..i].trim();
                between.is_empty() || matches!(between, "." | "．" | "、" | ":" | "：")
            });
            if figure_before {
                out.push(before_row_lead(line, i));
            }
            last_digit_at = None;
        }
    }
    out
}

/// The cuts of one long line (byte offsets, sorted, without 0), or none when it holds no table;
/// and where a national_2014 table starts, if it holds one (see [`reline`]).
fn cuts(line: &str) -> (Vec<usize>, Option<usize>) {
    let (han, at) = han_of(line);
    let byte = |k: usize| at.get(k).copied().unwrap_or(line.len());
    let mut cuts: Vec<usize> = Vec::new();
    let cut_labels = |labels: Vec<String>, from: usize, to: usize, cuts: &mut Vec<usize>| -> usize {
        let starts = label_starts(&han, &labels, from, to);
        cuts.extend(starts.iter().map(|&k| before_enumerator(line, byte(k))));
        starts.len()
    };
    let mut tables = 0;
    let mut national = None;
    let art20 = first_of(&han, ART20_SUB_HEADINGS, 0).into_iter().chain(first_of(&han, ART20_HEADERS, 0)).min();
    let table3 = first_of(&han, TABLE3_START, art20.unwrap_or(0));
    if let Some(a) = art20 {
        let labels: Vec<String> = catalog::ART20_SUBJECTS
            .iter()
            .map(|(l, _)| han_key(l))
            .chain(ART20_SUB_HEADINGS.iter().chain([&ART20_HEADER_ANCHOR]).map(|m| m.to_string()))
            .collect();
        tables += (cut_labels(labels, a, table3.unwrap_or(han.len()), &mut cuts) >= 3) as usize;
    }
    if let Some(t3) = table3 {
        let t4 = first_of(&han, TABLE4_START, t3);
        let labels: Vec<String> = catalog::TABLE3_ROWS
            .iter()
            .map(|(l, _)| han_key(l))
            .chain(TABLE3_MARKERS.iter().map(|m| m.to_string()))
            .collect();
        tables += (cut_labels(labels, t3, t4.unwrap_or(han.len()), &mut cuts) >= 5) as usize;
        if let Some((start, end)) = t4.and_then(|k| table4_figures(line, byte(k))) {
            cuts.extend([start, end]);
        }
    } else if let Some((start, header_end)) = local_header(&han) {
        // A local table's rows: the header cut off, then a row wherever a figure ends and the
        // next label begins (its enumerator and 其中 go with it). Every row ends in figures,
        // so no catalog is needed to find them, and a row the catalog lacks (其他类型答复数)
        // does not glue its figures to the row before.
        cuts.push(before_enumerator(line, byte(start)));
        cuts.push(byte(header_end));
        cuts.extend(figure_ends(line, byte(header_end)));
        // A section head without figures (一、主动公开情况) runs into the row after it: the
        // catalog's labels part them.
        let labels: Vec<String> = catalog::LOCAL_PRE2014.iter().map(|(l, _)| han_key(l)).collect();
        // A label after 、 is the second word of one (3.信函、传真申请数): no row starts there.
        let starts = label_starts(&han, &labels, header_end, han.len());
        let after_a_pause = |k: usize| line[..byte(k)].trim_end().ends_with('、');
        cuts.extend(starts.iter().filter(|&&k| !after_a_pause(k)).map(|&k| before_row_lead(line, byte(k))));
        tables += 1;
    } else if let Some(n) = first_of(&han, NATIONAL_START, 0) {
        let labels: Vec<String> = catalog::NATIONAL_2014
            .iter()
            .map(|(_, l, _)| han_key(l))
            .chain(catalog::NATIONAL_SECTION_HEADS.iter().map(|(l, _)| han_key(l)))
            .collect();
        if cut_labels(labels, n, han.len(), &mut cuts) >= 5 {
            tables += 1;
            national = Some(byte(n));
        }
    }
    if tables == 0 {
        return (Vec::new(), None);
    }
    cuts.extend(heading_starts(line));
    cuts.retain(|&c| c > 0 && c < line.len());
    cuts.sort_unstable();
    cuts.dedup();
    (outside_brackets(line, cuts), national)
}

/// The cuts that fall outside brackets: a catalog word inside a row's note (（二）部分公开（区分
/// 处理的，只计这一情形，不计其他情形）) starts no row.
fn outside_brackets(line: &str, cuts: Vec<usize>) -> Vec<usize> {
    let mut kept = Vec::with_capacity(cuts.len());
    let mut depth = 0i32;
    let mut from = 0;
    for at in cuts {
        for c in line[from..at].chars() {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = (depth - 1).max(0),
                _ => {}
            }
        }
        from = at;
        if depth == 0 {
            kept.push(at);
        }
    }
    kept
}

/// The text with every long line that holds a table cut into rows; `None` when no line is cut
/// (nearly every document: its lines are short, and a long line is only searched when it is).
pub fn reline(text: &str) -> Option<Relined> {
    let mut out: Option<Relined> = None;
    for (i, line) in text.lines().enumerate() {
        let long = line.len() >= LONG_LINE && line.chars().count() >= LONG_LINE;
        let (cut, national) = if long { cuts(line) } else { (Vec::new(), None) };
        if cut.is_empty() && out.is_none() {
            continue;
        }
        let relined = out.get_or_insert_with(|| {
            let mut r = Relined { text: String::with_capacity(text.len() + 1024), origin: Vec::new() };
            for (j, earlier) in text.lines().take(i).enumerate() {
                r.text.push_str(earlier);
                r.text.push('\n');
                r.origin.push(j as u32 + 1);
            }
            r
        });
        let mut from = 0;
        for at in cut.into_iter().chain([line.len()]) {
            // Cells a crawler joined with tabs, ideographic or repeated spaces: one space, so that
            // figures after spaces read as printed (a blank cell then leaves a row a figure short,
            // and the row is not read).
            let spaced: String;
            let piece = line[from..at].trim();
            let piece = if piece.contains(['\t', '\u{3000}']) || piece.contains("  ") {
                spaced = piece.split([' ', '\t', '\u{3000}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
                spaced.as_str()
            } else {
                piece
            };
            // A national row is label, unit and figure: glued, the unit tells them apart
            // (（一）收到申请数件117), where spaces would leave the label's own words and notes
            // in doubt.
            let glued: String;
            let piece = if national.is_some_and(|n| from >= n) {
                glued = piece.replace(' ', "");
                glued.as_str()
            } else {
                piece
            };
            if !piece.is_empty() {
                relined.text.push_str(piece);
                relined.text.push('\n');
                relined.origin.push(i as u32 + 1);
            }
            from = at;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        reline(text).expect("cut").text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_local_table_on_one_line_is_cut_where_each_rows_figures_end() {
        let page = format!(
            "{}（二）附表指 标 名 称计量单位2011年度历年累计一、主动公开情况主动公开信息数条48960其中:1.政府网站公开条4590\
             2.政府公报公开条3二、依申请公开情况受理申请总数件27其中:1.当面申请数件02.网上申请数件27\
             3.其他类型申请数件0行政复议数件0附件下载：",
            "本局按照条例要求，认真做好政府信息公开工作，及时公开各类信息。".repeat(12)
        );
        let got = rows(&page);
        let table: Vec<&str> = got.iter().map(String::as_str).skip_while(|l| !l.starts_with("指")).collect();
        assert_eq!(
            table,
            [
                "指 标 名 称计量单位2011年度历年累计",
                "一、主动公开情况",
                "主动公开信息数条48960",
                "其中:1.政府网站公开条4590",
                "2.政府公报公开条3",
                "二、依申请公开情况",
                "受理申请总数件27",
                "其中:1.当面申请数件0",
                "2.网上申请数件27",
                "3.其他类型申请数件0",
                "行政复议数件0",
                "附件下载：",
            ]
        );
    }

    #[test]
    fn a_spaced_local_table_on_one_line_is_cut_the_same() {
        let page = format!(
            "{}（三）附表 指 标 名 称 计量单位 年末统计 主动公开信息数 条 38954 其中： 1.政府公报 条 3008 \
             2.政府网站 条 38954 公开查阅点查阅人数 人次 1085 行政复议数 件 0",
            "本局按照条例要求，认真做好政府信息公开工作，及时公开各类信息。".repeat(12)
        );
        let got = rows(&page);
        let table: Vec<&str> = got.iter().map(String::as_str).skip_while(|l| !l.starts_with("指")).collect();
        assert_eq!(
            table,
            [
                "指 标 名 称 计量单位 年末统计",
                "主动公开信息数 条 38954",
                "其中： 1.政府公报 条 3008",
                "2.政府网站 条 38954",
                "公开查阅点查阅人数 人次 1085",
                "行政复议数 件 0",
            ]
        );
    }

    #[test]
    fn a_local_header_printing_unit_for_measure_unit_is_a_local_header_too() {
        let page = format!(
            "{}附表 指标名称 单位 2016 年度 历年累计 主动公开信息数 条 57 902 其中： 1. 政府网站公开数 条 57 880 \
             2. 政府公报公开数 条 0 受理申请总数 条 2 9 其中： 1. 网上申请数 条 2 8 2. 信函、传真申请数 条 0 1 \
             行政复议数 件 0 某县某局 2017 年 1 月 9 日",
            "本局按照条例要求，认真做好政府信息公开工作，及时公开各类信息。".repeat(12)
        );
        let got = rows(&page);
        let table: Vec<&str> = got.iter().map(String::as_str).skip_while(|l| !l.starts_with("指")).collect();
        assert_eq!(
            table[..8],
            [
                "指标名称 单位 2016 年度 历年累计",
                "主动公开信息数 条 57 902",
                "其中： 1. 政府网站公开数 条 57 880",
                "2. 政府公报公开数 条 0",
                "受理申请总数 条 2 9",
                "其中： 1. 网上申请数 条 2 8",
                "2. 信函、传真申请数 条 0 1",
                "行政复议数 件 0",
            ]
        );
    }

    #[test]
    fn a_page_on_one_line_is_cut_into_the_rows_of_its_tables() {
        let page = format!(
            "{}二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件105\
             第二十条第（五）项信息内容本年处理决定数量行政许可57\
             三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\
             申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\
             一、本年新收政府信息公开申请数量2000002二、上年结转政府信息公开申请数量0000000\
             三、本年度办理结果（一）予以公开1000001（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000\
             3.危及“三安全一稳定”0000000（七）总计2000002四、结转下年度继续办理0000000\
             四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计\
             未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计000000000000000\
             五、存在的主要问题及改进情况今年我们将继续努力。",
            "一、总体情况。2021年，本镇主动公开信息200条。".repeat(8)
        );
        let rows = rows(&format!("某镇2021年政府信息公开工作年度报告\n{page}\n"));
        let has = |row: &str| rows.iter().any(|r| r == row);
        for row in [
            "某镇2021年政府信息公开工作年度报告",
            "信息内容本年制发件数本年废止件数现行有效件数",
            "规章000",
            "行政规范性文件105",
            "行政许可57",
            "一、本年新收政府信息公开申请数量2000002",
            "（一）予以公开1000001",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000",
            "1.属于国家秘密0000000",
            "2.其他法律行政法规禁止公开0000000",
            "3.危及“三安全一稳定”0000000",
            "（七）总计2000002",
            "四、结转下年度继续办理0000000",
            "000000000000000",
            "五、存在的主要问题及改进情况今年我们将继续努力。",
        ] {
            assert!(has(row), "{row} not among {rows:#?}");
        }
        // The prose before the tables keeps its words.
        assert!(rows.iter().any(|r| r.contains("主动公开信息200条")), "{rows:#?}");
    }

    #[test]
    fn cells_separated_by_spaces_stay_spaced() {
        let page = format!(
            "{}第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 1 0 5 \
             第二十条第（五）项 信息内容 本年处理决定数量 行政许可 57 第二十条第（六）项 信息内容 本年处理决定数量 行政处罚 3 行政强制 0",
            "本镇认真贯彻落实条例，".repeat(40)
        );
        let rows = rows(&page);
        for row in ["规章 0 0 0", "行政规范性文件 1 0 5", "行政许可 57", "行政处罚 3", "行政强制 0"]
        {
            assert!(rows.iter().any(|r| r == row), "{row} not among {rows:#?}");
        }
    }

    #[test]
    fn an_enumerator_spaced_inside_its_brackets_starts_its_row() {
        let page = format!(
            "{}申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 \
             一、本年新收政府信息公开申请数量 7 1 0 0 0 0 8 三、本年度办理结果 ( 一 ) 予以公开 5 1 0 0 0 0 6 \
             ( 二 ) 部分公开 ( 区分处理的 , 只计这一情形 , 不计其他情形 ) 2 0 0 0 0 0 2 ( 三 ) 不予公开 \
             1. 属于国家秘密 0 0 0 0 0 0 0",
            "本镇认真贯彻落实条例，".repeat(40)
        );
        let rows = rows(&page);
        for row in [
            "( 一 ) 予以公开 5 1 0 0 0 0 6",
            "( 二 ) 部分公开 ( 区分处理的 , 只计这一情形 , 不计其他情形 ) 2 0 0 0 0 0 2",
            "1. 属于国家秘密 0 0 0 0 0 0 0",
        ] {
            assert!(rows.iter().any(|r| r == row), "{row} not among {rows:#?}");
        }
    }

    #[test]
    fn cells_joined_by_tabs_or_runs_of_spaces_are_single_spaced() {
        let page = format!(
            "{}第二十条第（一）项\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t规章\t0\t0\t0\t行政规范性文件\t1\t0\t5\t\
             第二十条第（五）项  信息内容  本年处理决定数量  行政许可  57",
            "本镇认真贯彻落实条例，".repeat(40)
        );
        let rows = rows(&page);
        for row in ["规章 0 0 0", "行政规范性文件 1 0 5", "行政许可 57"] {
            assert!(rows.iter().any(|r| r == row), "{row} not among {rows:#?}");
        }
    }

    #[test]
    fn lines_without_a_table_are_left_alone() {
        let prose = "本镇行政许可事项办理规范，予以公开的信息及时发布。".repeat(40);
        assert!(reline(&prose).is_none());
        assert!(reline("规章000\n行政规范性文件105\n").is_none(), "short lines are a page's own");
    }

    #[test]
    fn each_row_keeps_the_line_it_came_from() {
        let line = format!(
            "{}第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件105",
            "本镇认真贯彻落实条例，".repeat(40)
        );
        let r = reline(&format!("标题\n\n{line}\n结尾\n")).unwrap();
        let origin: Vec<u32> =
            r.text.lines().zip(&r.origin).filter(|(l, _)| l.starts_with("规章")).map(|(_, o)| *o).collect();
        assert_eq!(origin, [3]);
        assert_eq!(r.origin.last(), Some(&4));
        assert_eq!(r.text.lines().count(), r.origin.len());
    }
}
