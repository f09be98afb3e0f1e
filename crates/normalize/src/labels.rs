//! Label matching tolerant to the noise of real reports: enumerators, full-/half-width
//! punctuation, explanatory notes in parentheses, wrapped lines, and typos (a character
//! missing, doubled or swapped).
//!
//! Labels are reduced to a *key* — Han characters, letters and digits only, without the leading
//! enumerator and the trailing note — and looked up exactly first (an Aho-Corasick automaton
//! is not needed at these sizes: a hash lookup is exact and O(1)); failing that, the closest key
//! within a small edit distance wins, but only when it is the unique closest. Ambiguity gives
//! no match: a row left unmapped is better than a number under the wrong code.

use nianbao_model::text::is_basic_han;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Strip a leading enumerator: 一、 （一） (一) 1. 1、 1． 其中： and repeats of them.
fn strip_enumerators(mut s: &str) -> &str {
    loop {
        let before = s;
        // U+FFFD at the start is indentation a lossy decoding lost (ideographic spaces).
        s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == LOST);
        for prefix in ["其中：", "其中:", "其中"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest;
            }
        }
        // （一） (一) （1） (1)
        if let Some(rest) = s.strip_prefix(['（', '(']) {
            if let Some(end) = rest.find(['）', ')']) {
                let inner = &rest[..end];
                if !inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
                {
                    s = &rest[end + rest[end..].chars().next().unwrap().len_utf8()..];
                }
            }
        }
        // 一、 1. 1、 1． 1）, and 一\u{FFFD} where a lossy decoding lost the 、
        let numeral_len: usize = s
            .chars()
            .take_while(|c| "一二三四五六七八九十".contains(*c) || c.is_ascii_digit())
            .map(char::len_utf8)
            .sum();
        if numeral_len > 0 {
            let rest = &s[numeral_len..];
            if let Some(r) = rest.strip_prefix(['、', '.', '．', '）', ')', LOST]) {
                s = r;
            }
        }
        if s == before {
            return s;
        }
    }
}

/// Does the label end inside a note whose bracket is still open (a line the page wrapped:
/// 政府信息公开专项经费（不包括用于政府公报编辑管理及政府 / 网站建设维护等方面的经费）)?
pub(crate) fn note_left_open(label: &str) -> bool {
    label.rfind(['（', '(']).is_some_and(|open| !label[open..].contains(['）', ')']))
}

/// Drop a trailing explanatory note in parentheses: （不同渠道和方式公开相同信息计1条）; also one
/// a page wrapped onto the next line, its bracket left open (规范性文件（指行政机关依照法定权限…).
fn strip_trailing_note(s: &str) -> &str {
    let t = s.trim_end();
    let closed = t.ends_with('）') || t.ends_with(')');
    // A note left open is a wrapped line's: only a long label can hold one (most cells are a
    // dozen characters, and a key is made for nearly every cell read).
    if !closed && t.len() <= 12 * 3 {
        return t;
    }
    let Some(open) = t.rfind(['（', '(']).filter(|&open| open > 0) else { return t };
    let left_open = !t[open..].contains(['）', ')']);
    if closed || left_open {
        &t[..open]
    } else {
        t
    }
}

/// The label without a unit printed after it without brackets (本年收费金额单位:万元, as a
/// crawl that dropped the brackets leaves it): the unit is no part of the column's name (the
/// header's text still tells 万元 from 元).
fn strip_bare_unit(s: &str) -> &str {
    let t = s.trim_end();
    if !t.ends_with('元') {
        return t;
    }
    match t.rfind("单位") {
        Some(at) if at > 0 => {
            let unit = t[at + "单位".len()..].trim_start_matches([':', '：', ' ']);
            if matches!(unit, "元" | "万元") {
                &t[..at]
            } else {
                t
            }
        }
        _ => t,
    }
}

/// The matching key of a label.
pub fn key(label: &str) -> String {
    let mut out = String::new();
    key_into(label, &mut out);
    out
}

/// Run `f` on the key of `label`, made in this thread's buffer (no allocation).
pub fn with_key<R>(label: &str, f: impl FnOnce(&str) -> R) -> R {
    KEY.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut k) => {
            k.clear();
            key_into(label, &mut k);
            f(&k)
        }
        // A lookup inside `f` (the buffer is in use): a key of its own.
        Err(_) => f(&key(label)),
    })
}

/// The Taiwan phrasing's words for the catalog's and the readers' (档案 for 文件, 资讯 for 信息,
/// 专案 for 项目, 释出 for 发布, 线上 for 在线, 网路 for 网络, 透过 for 通过, 入口网站 for 门户网站,
/// 型别 for 类型, 设定 for 设置, 联络 for 联系, 社群 for 社区: OpenCC's TWPhrases, in simplified
/// characters), each as long as the word it stands for, so that a text can be folded in place.
/// Not 资料 for 数据: 资料 is a mainland word of its own (解读资料).
pub(crate) const TAIWAN_PHRASES: [(&str, &str); 15] = [
    // The channels' names: 互联网站 is 网际网路站, a WeChat account's 信号 is 讯号 (微信号 becomes
    // 微讯号), a video account's 视频 is 影片 (微信视频号, 微信影片号). (Each folds in place, as
    // the others: 网际网路站 to 互联网网站, a site of the internet.)
    ("网际网路站", "互联网网站"),
    ("微讯号", "微信号"),
    ("影片号", "视频号"),
    ("档案", "文件"),
    ("资讯", "信息"),
    ("专案", "项目"),
    ("释出", "发布"),
    ("线上", "在线"),
    ("网路", "网络"),
    ("透过", "通过"),
    ("入口网站", "门户网站"),
    ("型别", "类型"),
    ("设定", "设置"),
    ("联络", "联系"),
    ("社群", "社区"),
];

/// The length of `2023）`, `2023年)` or `2023年度）` at the start of `rest` (what follows an
/// opening bracket), or 0.
fn bracketed_year_len(rest: &str) -> usize {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 || !(rest.starts_with("19") || rest.starts_with("20")) {
        return 0;
    }
    let after = &rest[digits..];
    let unit = ["年度", "年", ""].into_iter().find(|u| after.starts_with(u)).map_or(0, str::len);
    let close = after[unit..].chars().next().filter(|c| matches!(c, ')' | '）')).map_or(0, char::len_utf8);
    if close == 0 {
        0
    } else {
        digits + unit + close
    }
}

/// [`key`] appended to `out`: lookups reuse one buffer per thread instead of allocating a key
/// for every cell of every table.
fn key_into(label: &str, out: &mut String) {
    let mut s = strip_enumerators(label);
    // Notes can be nested after wrapping ("…数（不包括…）"); strip repeatedly.
    loop {
        let t = strip_trailing_note(s);
        if t.len() == s.trim_end().len() {
            break;
        }
        s = t;
    }
    let s = strip_bare_unit(s);
    out.reserve(s.len());
    let start = out.len();
    // Runs of kept characters are copied as slices (a key is made for nearly every cell read),
    // and the Taiwan phrases' first characters are noted on the way.
    let mut run = 0;
    let mut taiwan = false;
    for (at, c) in s.char_indices() {
        if !is_key_char(c) {
            // `run` is past `at` inside a bracketed year already skipped.
            if run <= at {
                out.push_str(&s[run..at]);
                run = at + c.len_utf8();
            }
            // A year in brackets inside a label (本年（2023）制发件数) names the report's year,
            // not the column: it is no part of the key.
            if matches!(c, '(' | '（') {
                run += bracketed_year_len(&s[run..]);
            }
        } else if starts_a_taiwan_phrase(c) {
            taiwan = true;
        }
    }
    out.push_str(&s[run..]);
    // Lost characters before the label are its indentation, not its letters (after it they
    // may be its last words: 不属于本行政机关\u{FFFD}\u{FFFD}\u{FFFD} is …公开数).
    if out[start..].starts_with(LOST) {
        let trimmed = out[start..].trim_start_matches(LOST).to_string();
        out.truncate(start);
        out.push_str(&trimmed);
    }
    // Pages passed through a Taiwan-phrase conversion and back (s2twp, then t2s) print 文件 as
    // 档案, 信息 as 资讯, 项目 as 专案, 发布 as 释出 … (规范性档案, 政府资讯公开, 上一年专案数量,
    // 线上访谈): no label of the catalog has any of these words.
    if taiwan && TAIWAN_PHRASES.iter().any(|(tw, _)| out.contains(tw)) {
        let folded = fold_taiwan_phrases(out);
        out.clear();
        out.push_str(&folded);
    }
}

/// `text` with every word of [`TAIWAN_PHRASES`] in the mainland's.
pub(crate) fn fold_taiwan_phrases(text: &str) -> String {
    TAIWAN_PHRASES.iter().fold(text.to_string(), |t, (tw, ours)| t.replace(tw, ours))
}

/// The first character of a word of [`TAIWAN_PHRASES`]: a key without one needs no folding.
fn starts_a_taiwan_phrase(c: char) -> bool {
    matches!(c, '档' | '资' | '专' | '释' | '线' | '网' | '透' | '入' | '型' | '设' | '联' | '社' | '微' | '影')
}

/// A character a lossy decoding lost (U+FFFD). Kept inside a key as a wildcard: the fuzzy
/// search lets it stand for any one character ([`edit_distance`]), so 主动公\u{FFFD}政府信息 is
/// still 主动公开政府信息, while the characters that survived must match.
pub(crate) const LOST: char = '\u{FFFD}';

/// `char::is_alphanumeric`, with the common cases answered without Unicode tables: labels are
/// nearly all ASCII and CJK ideographs, and keys are made for every cell of every table. A lost
/// character ([`LOST`]) is kept as a wildcard.
fn is_key_char(c: char) -> bool {
    if c == LOST {
        true
    } else if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_basic_han(c) {
        true
    } else if is_common_punctuation(c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The punctuation labels print besides ASCII — full-width brackets, colons and commas (U+FF01–
/// U+FF0F, U+FF1A–U+FF20), the ideographic stops and brackets (U+3000–U+3004, U+3008–U+3011),
/// dashes, quotes and dots (U+2010–U+2027): none is alphanumeric, and each would otherwise cost
/// `char::is_alphanumeric`'s table search.
fn is_common_punctuation(c: char) -> bool {
    matches!(c, '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3011}' | '\u{2010}'..='\u{2027}')
}

/// Optimal-string-alignment distance (Levenshtein with adjacent transpositions), over chars.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let m = b.len();
    // Three rolling rows (the transposition looks two rows back): no matrix per call.
    let mut before: Vec<usize> = vec![0; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur: Vec<usize> = vec![0; m + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=m {
            // A lost character (a wildcard) stands for any one character.
            let cost = (a[i - 1] != b[j - 1] && a[i - 1] != LOST && b[j - 1] != LOST) as usize;
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m]
}

/// A set of label keys, each with a value (a metric code, a column code …).
///
/// Keys are hashed with FxHash: they are short, come from our own catalog or a report's cells
/// (not from an adversary choosing collisions), and are hashed for nearly every cell read.
pub struct LabelSet<T: Copy> {
    exact: FxHashMap<String, T>,
    keys: Vec<(Vec<char>, T)>,
    /// Answers of the fuzzy search by key: the same printed labels recur in every report of a
    /// template, so the edit distances are computed once per distinct label, not per row.
    memo: std::sync::Mutex<FxHashMap<String, Option<T>>>,
}

thread_local! {
    /// The key of the label being looked up (see [`key_into`]).
    static KEY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Distinct misspelt labels remembered per set; beyond this the search simply runs again.
const MEMO_LIMIT: usize = 100_000;

impl<T: Copy + PartialEq> LabelSet<T> {
    pub fn new(entries: &[(&str, T)]) -> Self {
        let mut exact = FxHashMap::default();
        let mut keys = Vec::new();
        for &(label, value) in entries {
            let k = key(label);
            keys.push((k.chars().collect(), value));
            exact.insert(k, value);
        }
        LabelSet { exact, keys, memo: std::sync::Mutex::new(FxHashMap::default()) }
    }

    /// The value of the label, exactly or within the typo budget (1 edit per 6 characters,
    /// at most 2), and only when a single value is closest.
    pub fn lookup(&self, label: &str) -> Option<T> {
        with_key(label, |k| self.lookup_key(k))
    }

    /// [`LabelSet::lookup`] by a key already made with [`with_key`] (one key for several sets).
    pub fn lookup_key(&self, k: &str) -> Option<T> {
        if k.is_empty() {
            return None;
        }
        if let Some(&v) = self.exact.get(k) {
            return Some(v);
        }
        if let Some(answer) = self.memo.lock().map(|m| m.get(k).copied()).ok().flatten() {
            return answer;
        }
        let answer = self.fuzzy(k);
        if let Ok(mut memo) = self.memo.lock() {
            if memo.len() < MEMO_LIMIT {
                memo.insert(k.to_string(), answer);
            }
        }
        answer
    }

    /// The closest key within the typo budget, if it is the unique closest.
    fn fuzzy(&self, k: &str) -> Option<T> {
        let all: Vec<char> = k.chars().collect();
        // Lost characters at the end may be the label's last words or the spaces after it: they
        // may stand for as many of a candidate's last characters as they are, or for nothing.
        let core = all.iter().rposition(|&c| c != LOST).map_or(0, |i| i + 1);
        let (chars, trailing) = (&all[..core], all.len() - core);
        // A label a third of whose characters were lost says too little to be matched.
        if chars.is_empty() || chars.iter().filter(|&&c| c == LOST).count() * 3 > chars.len() {
            return None;
        }
        let budget = (chars.len() / 6).clamp(1, 2);
        let mut best: Option<(usize, T)> = None;
        let mut tie = false;
        for (candidate, value) in &self.keys {
            let absorbed = trailing.min(candidate.len().saturating_sub(chars.len()));
            // Something of what survived must match: a lost punctuation mark's stray byte
            // (锛\u{FFFD}) is one edit from 总计 but no part of it (计 of a lost 总 is).
            if candidate.len().abs_diff(chars.len()) > budget + absorbed
                || !chars.iter().any(|c| *c != LOST && candidate.contains(c))
            {
                continue;
            }
            let d = (0..=absorbed)
                .map(|t| edit_distance(chars, &candidate[..candidate.len() - t]))
                .min()
                .unwrap_or(usize::MAX);
            match best {
                Some((bd, bv)) if d == bd && bv != *value => tie = true,
                Some((bd, _)) if d >= bd => {}
                _ => {
                    best = Some((d, *value));
                    tie = false;
                }
            }
        }
        match best {
            Some((d, v)) if d <= budget && !tie => Some(v),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_taiwan_phrase_is_noticed_by_its_first_character() {
        for (tw, ours) in TAIWAN_PHRASES {
            assert!(starts_a_taiwan_phrase(tw.chars().next().unwrap()), "{tw}");
            assert_eq!(tw.chars().count(), ours.chars().count(), "{tw} folds in place");
        }
        assert_eq!(key("申请人型别"), key("申请人类型"));
    }

    #[test]
    fn a_unit_printed_without_its_brackets_is_no_part_of_the_key() {
        assert_eq!(key("本年收费金额单位:万元"), key("本年收费金额（单位：万元）"));
        assert_eq!(key("本年收费金额 单位：元"), "本年收费金额");
        assert_eq!(key("单位:万元"), "单位万元");
    }

    #[test]
    fn common_punctuation_is_what_unicode_says() {
        let ranges = [
            '\u{FF01}'..='\u{FF0F}',
            '\u{FF1A}'..='\u{FF20}',
            '\u{3000}'..='\u{3004}',
            '\u{3008}'..='\u{3011}',
            '\u{2010}'..='\u{2027}',
        ];
        for c in ranges.into_iter().flatten() {
            assert!(is_common_punctuation(c));
            assert!(!c.is_alphanumeric(), "{c:?} is alphanumeric");
        }
        // Just outside: full-width digits and 々 (U+3005) are letters or numbers.
        assert!(!is_common_punctuation('１') && is_key_char('１'));
        assert!(!is_common_punctuation('々') && is_key_char('々'));
    }

    #[test]
    fn a_key_keeps_letters_digits_and_han_only() {
        // The key is copied in runs of kept characters: every kind of dropped character, at the
        // start, between runs and at the end.
        for (label, want) in [
            ("主动公开政府信息数（条）", "主动公开政府信息数"),
            (" 依申请·公开 — 件数 ", "依申请公开件数"),
            ("A类 2021年／新增", "A类2021年新增"),
            ("：；、", ""),
            ("\u{FFFD}\u{FFFD}主动公开", "主动公开"),
            ("不属于本行政机关\u{FFFD}", "不属于本行政机关\u{FFFD}"),
        ] {
            assert_eq!(key(label), want, "{label:?}");
        }
        // The Taiwan phrases are folded only where they stand whole (专职 stays).
        assert_eq!(key("政府资讯公开"), "政府信息公开");
        assert_eq!(key("专职人员"), "专职人员");
        assert_eq!(key("上一年专案数量"), "上一年项目数量");
    }

    #[test]
    fn keys_drop_enumerators_notes_and_punctuation() {
        assert_eq!(key("　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"), "主动公开政府信息数");
        assert_eq!(key("　　　　　　其中：主动公开规范性文件数"), "主动公开规范性文件数");
        assert_eq!(key("3.危及“三安全一稳定”"), "危及三安全一稳定");
        assert_eq!(key("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), "部分公开");
        assert_eq!(key("一、本年新收政府信息公开申请数量"), "本年新收政府信息公开申请数量");
        assert_eq!(key("(六)其他处理"), "其他处理");
        // Taiwan phrasing converted back: 档案 for 文件, 资讯 for 信息.
        assert_eq!(key("规范性档案"), "规范性文件");
        assert_eq!(key("政府网站线上访谈次数"), "政府网站在线访谈次数");
        assert_eq!(key("释出政策解读稿件数"), "发布政策解读稿件数");
        assert_eq!(key("本年新收政府资讯公开申请数量"), "本年新收政府信息公开申请数量");
        assert_eq!(key("上一年专案数量"), "上一年项目数量");
        // The report's year in brackets inside a header.
        assert_eq!(key("本年（2023）制发件数"), "本年制发件数");
        assert_eq!(
            key("规范性文件（指行政机关依照法定权限和程序制定"),
            "规范性文件",
            "a note wrapped to the next line"
        );
        assert_eq!(key("（二）部分公开（区分处理的，只计这一"), "部分公开");
        assert_eq!(key("本年(2022年度)处理决定数量"), "本年处理决定数量");
        assert_eq!(key("第(12)项"), "第12项", "a bracket that holds no year keeps its figures");
    }

    #[test]
    fn typos_match_only_when_unambiguous() {
        let set = LabelSet::new(&[("收到申请数", 1), ("当面申请数", 2), ("传真申请数", 3), ("申请信息不存在数", 4)]);
        assert_eq!(set.lookup("收到申请数"), Some(1));
        assert_eq!(set.lookup("收到申请"), Some(1)); // a character missing
        assert_eq!(set.lookup("申请信息不存在在数"), Some(4)); // doubled
        assert_eq!(set.lookup("申请信不息存在数"), Some(4)); // swapped
        assert_eq!(set.lookup("完全无关的行"), None);
        // 面申请数 is one edit from both 当面申请数 and … only one: fine; make a real tie:
        let tie = LabelSet::new(&[("甲乙丙", 1), ("甲乙丁", 2)]);
        assert_eq!(tie.lookup("甲乙戊"), None);
    }

    #[test]
    fn characters_a_lossy_decoding_lost_stand_for_any_one() {
        let set = LabelSet::new(&[
            ("主动公开政府信息数", 1),
            ("不属于本行政机关公开数", 2),
            ("不予公开", 3),
            ("予以公开", 4),
            ("同意公开答复数", 5),
        ]);
        assert_eq!(set.lookup("　　（一）主动公\u{FFFD}政府信息数"), Some(1));
        // Lost indentation before the enumerator, a lost 、 after it, lost last words.
        assert_eq!(set.lookup("\u{FFFD}\u{FFFD}5\u{FFFD}不属于本行政机关\u{FFFD}\u{FFFD}\u{FFFD}"), Some(2));
        // The surviving characters still decide: 不 survived.
        assert_eq!(set.lookup("不\u{FFFD}公开"), Some(3));
        // Too little left to tell.
        assert_eq!(set.lookup("\u{FFFD}\u{FFFD}公开"), None);
        assert_eq!(set.lookup("同\u{FFFD}\u{FFFD}\u{FFFD}答复数"), None);
        // A lost punctuation mark's stray byte: one character off 总计, but nothing of it matched.
        let totals = LabelSet::new(&[("总计", 1), ("合计", 1)]);
        assert_eq!(totals.lookup("锛\u{FFFD}"), None);
        assert_eq!(totals.lookup("总\u{FFFD}"), Some(1));
        assert_eq!(totals.lookup("总锛\u{FFFD}"), Some(1), "总 survived");
        assert_eq!(totals.lookup("\u{FFFD}计"), Some(1), "计 survived");
    }
}
