//! The two questions every prose reader asks of a paragraph before its patterns: where its
//! sentences end, and whether it has a figure at all.
//!
//! Both are asked a dozen times of every paragraph (each reader asks for itself), so both are
//! answered without decoding characters: the character-set `str::split` decodes every
//! character of the text, and `bytes().any(is_ascii_digit)` stops to branch on every byte —
//! together they were a third of some readers' own time.

/// `line.split(['。', '；', ';'])` without decoding every character: the stops are found by
/// their first bytes (`E3` for 。, `EF` for ；, `;`) with `memchr3`, then checked whole.
pub(crate) fn split_at_stops(line: &str) -> impl Iterator<Item = &str> {
    let candidates = memchr::memchr3_iter(0xE3, 0xEF, b';', line.as_bytes());
    pieces(line, candidates, |c| matches!(c, '。' | '；' | ';'))
}

/// A figure whose thousands a page set apart with full-width commas (主动公开信息1，234条): the
/// commas as the ASCII ones every reader takes inside a figure (1,234), so that no reader cuts
/// the clause there and reads 234. Only a run of one to three digits, then groups of exactly
/// three, then a unit (条, 件, 余件 …): two figures listed with a comma between them end each
/// with its unit (12条，345条), or are said to be respective (分别为12，345条: left as printed).
pub(crate) fn thousands_commas_as_ascii(paragraph: &str) -> std::borrow::Cow<'_, str> {
    static GROUPED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // (Nearly every paragraph has a full-width comma, nearly none between two digits: that is
    // looked for first, without the pattern.)
    let bytes = paragraph.as_bytes();
    let between_digits = paragraph.match_indices('，').any(|(at, comma)| {
        at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(at + comma.len()).is_some_and(u8::is_ascii_digit)
    });
    if !between_digits {
        return paragraph.into();
    }
    let grouped = GROUPED.get_or_init(|| {
        crate::pattern::compile(r"(?:^|[^\d,，.．])(\d{1,3}(?:，\d{3})+)(?:余|多)?[条件项篇个份次人名元万]").unwrap()
    });
    let mut out: Option<String> = None;
    let mut copied = 0;
    for c in grouped.captures_iter(paragraph) {
        let figure = c.get(1).unwrap();
        let sentence_before = paragraph[..figure.start()].rsplit(['。', '；', ';']).next().unwrap_or("");
        if sentence_before.contains("分别") {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(paragraph.len()));
        out.push_str(&paragraph[copied..figure.start()]);
        out.push_str(&figure.as_str().replace('，', ","));
        copied = figure.end();
    }
    match out {
        Some(mut out) => {
            out.push_str(&paragraph[copied..]);
            out.into()
        }
        None => paragraph.into(),
    }
}

/// `text.split(['，', ','])` found as [`split_at_stops`] finds stops: `memchr2` on the first
/// byte of the full-width comma (`EF`) and the ASCII one, each checked whole.
pub(crate) fn split_at_commas(text: &str) -> impl Iterator<Item = &str> {
    let candidates = memchr::memchr2_iter(0xEF, b',', text.as_bytes());
    pieces(text, candidates, |c| matches!(c, '，' | ','))
}

/// The pieces of `text` between the separators found at `candidates` (byte offsets whose
/// character `is_separator` says is one), as `str::split` gives them.
fn pieces<'a>(
    text: &'a str,
    candidates: impl Iterator<Item = usize> + 'a,
    is_separator: impl Fn(char) -> bool + 'a,
) -> impl Iterator<Item = &'a str> + 'a {
    let mut separators = candidates.filter_map(move |i| {
        let c = text.get(i..)?.chars().next()?;
        is_separator(c).then_some((i, c.len_utf8()))
    });
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        match separators.next() {
            Some((at, len)) => {
                from = Some(at + len);
                Some(&text[start..at])
            }
            None => {
                from = None;
                Some(&text[start..])
            }
        }
    })
}

/// The text without what stands in brackets (（…）, (…)): a note's words, not the statement's.
pub(crate) fn without_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['（', '(']) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.into()
}

/// Does `text` hold an ASCII digit? Blocks of 32 bytes are tested whole (the compiler tests a
/// block in a few vector instructions), so a paragraph without any figure — most of them — is
/// refused at a few bytes per cycle.
pub(crate) fn has_digit(text: &str) -> bool {
    text.as_bytes().chunks(32).any(|block| block.iter().fold(false, |any, &b| any | (b.wrapping_sub(b'0') < 10)))
}

/// `text.contains(chars)` by one vector search per character rather than one decoding pass
/// over the text. Each character is searched as a string: a `char` pattern runs `memchr` on
/// its last byte, a continuation byte that Chinese text is full of, where the string search
/// matches its first and last bytes together.
pub(crate) fn has_any_char(text: &str, chars: &[char]) -> bool {
    chars.iter().any(|&c| text.contains(&*c.encode_utf8(&mut [0; 4])))
}

/// Does `text` name one of `words`, the words for several sub-units together (县直, 乡镇, 镇街…)?
/// 镇街 (towns and streets) inside a street office's own name (安镇街道, a street named after a
/// town) names no sub-units.
pub(crate) fn names_sub_units(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        if *w == "镇街" {
            text.match_indices(w).any(|(at, _)| !text[at + w.len()..].starts_with('道'))
        } else {
            text.contains(w)
        }
    })
}

/// A list of counts in 条 closed by their sum (主动公开基础信息135条，重大项目信息5条，水利领域
/// 信息81条，合计共221条): the sum's figure and the offset where its word (合计, 共计, 总计)
/// starts, where the counts before it, two at least, add up to it exactly. A sum that does
/// not add up may count more than the list (a closing 共计 of all kinds after a few named):
/// nothing is said of it.
pub(crate) fn closing_sum(sentence: &str) -> Option<(f64, usize)> {
    let at = ["合计", "共计", "总计"].iter().filter_map(|w| sentence.rfind(w)).max()?;
    // The sum's own clause: a clause of other words may follow it (…，合计共221条，较好地完成了…).
    let tail = split_at_commas(&sentence[at + "合计".len()..]).next().unwrap_or("");
    let tail = tail.trim_end_matches(|c: char| c.is_whitespace() || "。；;".contains(c));
    let tail = tail.strip_prefix(['共', '为', '达']).unwrap_or(tail).trim_start();
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || tail[digits..].trim_start() != "条" {
        return None;
    }
    let sum: f64 = tail[..digits].parse().ok()?;
    let parts = counts_in_tiao(&sentence[..at]);
    (parts.len() >= 2 && (parts.iter().sum::<f64>() - sum).abs() < 1e-9).then_some((sum, at))
}

/// Every count in 条 of the text (digits, then 条 after spaces at most).
fn counts_in_tiao(text: &str) -> Vec<f64> {
    let bytes = text.as_bytes();
    let mut counts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if text[i..].trim_start().starts_with('条') {
            counts.extend(text[start..i].parse::<f64>().ok());
        }
    }
    counts
}

/// Does the text (past its leading spaces) open with a year of four digits and 年 (2019年…)?
pub(crate) fn opens_with_a_year(text: &str) -> bool {
    let text = text.trim_start();
    text.bytes().take_while(u8::is_ascii_digit).count() == 4 && text[4..].starts_with('年')
}

/// [`opens_with_a_year`] with a year of these centuries (19xx, 20xx), as a report's year is.
pub(crate) fn opens_with_a_report_year(text: &str) -> bool {
    let text = text.trim_start();
    opens_with_a_year(text) && matches!(&text[..2], "19" | "20")
}

/// The text without its first span from an opening mark to the closing mark after it, where
/// `dropped` accepts the span (its opening mark first); else the text as it is.
pub(crate) fn without_span<'a>(
    text: &'a str,
    open: &[char],
    close: &[char],
    dropped: impl Fn(&str) -> bool,
) -> std::borrow::Cow<'a, str> {
    match (text.find(open), text.find(close)) {
        (Some(at), Some(end)) if at < end && dropped(&text[at..end]) => {
            let after = end + text[end..].chars().next().map_or(1, char::len_utf8);
            format!("{}{}", &text[..at], &text[after..]).into()
        }
        _ => text.into(),
    }
}

/// Does the text open with a list item's numeral (1. 2、 3． 4） (5) （6） ①), not a figure (3.5万)?
pub(crate) fn opens_with_an_item_numeral(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with(|c: char| ('①'..='⑳').contains(&c)) {
        return true;
    }
    let inner = text.strip_prefix(['（', '(']).unwrap_or(text);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &inner[digits..];
    let closed = if inner.len() < text.len() {
        rest.starts_with(['）', ')'])
    } else {
        rest.starts_with(['.', '．', '、', '）', ')'])
    };
    let next = rest.chars().nth(1);
    (1..=2).contains(&digits) && closed && next.is_none_or(|c| !c.is_ascii_digit())
}

/// The words after a point's short label and its colon (2. 政务新媒体：通过“某某”微信公众号发布信息6条):
/// the label names the point's subject, not the statement's. Only an enumerated label (1., 2、,
/// （一）) of two to eight characters without a figure.
pub(crate) fn after_a_point_label(clause: &str) -> &str {
    let Some(colon) = clause.find(['：', ':']) else { return clause };
    let head = clause[..colon].trim();
    let label = head.trim_start_matches(|c: char| c.is_ascii_digit() || "．.、 ）)（(一二三四五六七八九十".contains(c));
    let enumerated = label.len() < head.len();
    let short = (2..=8).contains(&label.chars().count()) && !has_digit(label);
    if enumerated && short {
        &clause[colon + clause[colon..].chars().next().map_or(1, char::len_utf8)..]
    } else {
        clause
    }
}

/// What of `before` follows the last sub-heading run into it (…（一）镇政府信息公开网站主动公开
/// 政府信息情况2016年…全年发布各类信息247条): an enumerator in brackets, then the heading's words up
/// to its closing 情况.
///
/// A heading a crawler cut from its enumerator (…（一）政 / 府信息公开网站…情况2022年…) is known by
/// its 情况 run into a sentence that opens with its year.
pub(crate) fn after_a_run_in_heading(before: &str) -> &str {
    // Both forms close the heading with 情况, which most clauses lack.
    if !before.contains("情况") {
        return before;
    }
    let enumerated = before.rmatch_indices(['（', '(']).find_map(|(open, _)| {
        let rest = nianbao_parse::meta::after_bracketed_numeral(&before[open..])?;
        Some(before.len() - rest.len() + rest.find("情况")? + "情况".len())
    });
    let before_a_year = || {
        before.rmatch_indices("情况").map(|(at, w)| at + w.len()).find(|&end| opens_with_a_report_year(&before[end..]))
    };
    enumerated.or_else(before_a_year).map_or(before, |end| &before[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_set_apart_by_full_width_commas_are_one_figure() {
        let folded = |t: &str| thousands_commas_as_ascii(t).into_owned();
        assert_eq!(
            folded("全年主动公开信息1，234条，其中网站1，034条。"),
            "全年主动公开信息1,234条，其中网站1,034条。"
        );
        assert_eq!(folded("累计发布12，345，678余条"), "累计发布12,345,678余条");
        // Not two figures listed, nor groups of other than three digits, nor a decimal's digits.
        for kept in ["分别为12，345条", "公开信息1条，234条", "收到申请12，34件", "占1.5，234条", "共2016，234件"]
        {
            assert_eq!(folded(kept), kept);
        }
        // A stop ends the sentence that says 分别.
        assert_eq!(folded("分别为3条、4条。全年发布2，001条"), "分别为3条、4条。全年发布2,001条");
    }

    #[test]
    fn sentences_split_as_str_split_does() {
        for line in [
            "",
            "。",
            "a。b；c;d",
            "未收到申请。；;",
            "全年主动公开政府信息170条。其中：机构信息7条；政策文件8条",
            "（一）无",
            "。。x",
            "㐀。",
        ] {
            assert_eq!(
                split_at_stops(line).collect::<Vec<_>>(),
                line.split(['。', '；', ';']).collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn clauses_split_as_str_split_does() {
        for text in ["", "，", "a，b,c", "公开3条，其中，", ",,x", "（１）：，全角", "㐀，"] {
            assert_eq!(
                split_at_commas(text).collect::<Vec<_>>(),
                text.split(['，', ',']).collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_digit_anywhere_in_any_block() {
        let long = "公开".repeat(40);
        for text in ["", "无", "０", "/:", &long] {
            assert!(!has_digit(text), "{text:?}");
        }
        for at in [0, 30, 33, 96, long.len()] {
            let mut text = long.clone();
            text.insert(at, '7');
            assert!(has_digit(&text), "digit at {at}");
        }
        assert!(has_digit("0") && has_digit("9"));
    }

    #[test]
    fn a_sum_closing_a_list_of_counts() {
        assert_eq!(
            closing_sum("公开机构信息40条，规划信息7条，合计共47条"),
            Some((47.0, "公开机构信息40条，规划信息7条，".len()))
        );
        assert_eq!(closing_sum("公开机构信息40条，规划信息7条，共计47条，完成了任务").map(|s| s.0), Some(47.0));
        assert_eq!(closing_sum("公开机构信息40条，规划信息7条，合计共50条"), None, "not their sum");
        assert_eq!(closing_sum("公开机构信息47条，合计共47条"), None, "one count is no list");
        assert_eq!(closing_sum("公开信息40条，规划信息7条，合计共47条内容"), None, "the sum's clause says more");
    }

    #[test]
    fn an_item_numeral_opens_a_list_item_not_a_figure() {
        for item in ["1.政策文件", "2、工作动态", "3．公告", "(4)预算", "（5）决算", "6）年报", "①政策", " 12.其他"]
        {
            assert!(opens_with_an_item_numeral(item), "{item}");
        }
        for other in ["3.5万条", "2020年", "100条", "一、概述", "政策1.", "(一)主动公开", "123.其他"] {
            assert!(!opens_with_an_item_numeral(other), "{other}");
        }
    }
}
