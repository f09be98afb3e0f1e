//! Sums stated in prose, and the counts sentences give for requests, reconsiderations and
//! lawsuits.
//!
//! A sentence often gives a total and its parts — 全镇主动公开政府信息170条，其中，机构信息7条，
//! 政策文件8条…, or the other way round: …年度工作报告1条，合计100条信息. Each such statement
//! becomes a `prose_sum` check (expected: the total, actual: the sum of the parts), so a report
//! whose parts do not add up is flagged, never corrected. Parts before 合计, and a year-by-year
//! breakdown of a span of years, must add up exactly; a 其中 list of categories ("of which")
//! may be partial, and fails only when its parts exceed the total. The parts of the first proactive
//! total are kept as `proactive.part` rows, their category in `label`: the categories are the
//! agency's own (机构信息, 政策文件 …), not the catalog's, so they are not given codes.
//!
//! A statement spanning several years (从2013年到2017年…公开信息669条，其中2013年100条…) is
//! about no single report year: it is checked, but none of its figures is a metric.
//!
//! Counts: 共受理政府信息依申请公开244件 → `apply.received`, 行政复议4件 → `review.total`,
//! 诉讼0起 → `litigation.total` — each only outside a 其中 clause (区政府受理62件 is a part,
//! not the total) and only the first statement of each.

use crate::narrative::narrative;
use crate::value::parse_figure;
use nianbao_model::{Applicant, Check, Metric};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Default)]
pub struct ProseFacts {
    pub metrics: Vec<Metric>,
    pub checks: Vec<Check>,
}

struct Patterns {
    /// A figure with its unit: 170条, 3.7万多条, 244件, 0起.
    figure: Regex,
    /// Total first: `N条[，。]其中[，：]`, or the parts in brackets: `N条（其中…）`.
    total_then_parts: Regex,
    /// Parts first: `合计N条`.
    parts_then_total: Regex,
    year: Regex,
    received: Regex,
    review: Regex,
    litigation: Regex,
    /// The same with the passive, the figure first (4宗被行政复议): searched only in lines with a
    /// count right before 被 (a pattern that may start at any digit has no literal to skip
    /// ahead by).
    review_or_passive: Regex,
    litigation_or_passive: Regex,
    /// 行政复议、行政诉讼数量为0件: both none (a figure above zero counts the two together).
    both_zero: Regex,
}

/// 行政复议4件, 复议案件数为0件, 行政复议0次, 行政复议情况1件.
const REVIEW: &str =
    r"(?:行政)?复议(?:申请|案件|案)?(?:的?情况)?(?:数量|数)?\s*(?:共|为)?\s*(?P<fig>\d[\d,]*\s*(?:件|起|宗|次))";
/// 行政诉讼1件, 诉讼案件0起, 行政诉讼0次, 行政诉讼情况0件.
const LITIGATION: &str =
    r"(?:行政)?诉讼(?:案件|案)?(?:的?情况)?(?:数量|数)?\s*(?:共|为)?\s*(?P<fig>\d[\d,]*\s*(?:件|起|宗|次))";

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        const FIG: &str = r"\d[\d,]*(?:\.\d+)?\s*万?\s*(?:多|余)?\s*(?:条|件|次|起)";
        Patterns {
            figure: crate::pattern::compile(FIG).unwrap(),
            total_then_parts: crate::pattern::compile(&format!(r"({FIG})(?:信息)?\s*[，,。；（(]?\s*其中\s*[，,：:]?")).unwrap(),
            // (合计共221条, 总计为60条: a word may stand between the sum and its figure.)
            parts_then_total: crate::pattern::compile(&format!(r"(?:合计|共计|总计)[共为达]?\s*({FIG})")).unwrap(),
            // 2020年, or 2020 and the 年 the decoder lost (2020\u{FFFD}).
            year: crate::pattern::compile(r"(?:19|20)\d\d(?:年|\x{FFFD})").unwrap(),
            // 共受理政府信息公开申请244件, 新收…申请数量为12件, 收到…申请1条, 受理依申请公开14件,
            // 受理依申请政府信息公开事项17例, 收到1项依申请公开事项,
            // 全年收…申请464件, 收到信息公开申请22起, 发生依申请公开1次,
            // the figure first: 共收到90件申请, 收到1件自然人提起的政府信息公开申请, and 依申请公开 as the
            // topic before the verb: 依申请公开共受理2件; 依申公开, its short form (收到依申公开
            // 事项7件).
            received: crate::pattern::compile(
                r"(?:受理|收到|接收到|接收|接受|接到|新收|(?:全年|本年度?|年内)收)(?P<between>[^。；;，,\d]{0,24}?)(?:申请|依申公开)(?P<gap>[^。；;，,\d]{0,8}?)(?:数量|数)?\s*(?:为|共计|共)?\s*(?P<fig>(?:\d[\d,]*|[一二两三四五六七八九十]{1,3})\s*(?:件|条|宗|份|项|起|例))|(?:受理|收到|接收|接到)了?(?P<fig_first>(?:\d[\d,]*|[一二两三四五六七八九十]{1,3})\s*(?:件|宗|份|条|起|项))(?P<between_after>[^。；;，,\d]{0,14}?)申请|依申请公开(?P<topic>[^。；;，,：:\d]{0,8}?)(?:共|累计)?(?:受理|收到|接到|接收)了?\s*(?P<fig_topic>(?:\d[\d,]*|[一二两三四五六七八九十]{1,3})\s*(?:件|宗|份|条|起))|发生(?:政府信息)?依申请公开(?:申请)?\s*(?P<fig_occurred>\d[\d,]*\s*(?:件|次|起))",
            )
            .unwrap(),
            review: crate::pattern::compile(REVIEW).unwrap(),
            litigation: crate::pattern::compile(LITIGATION).unwrap(),
            // …and in the passive, the figure first: 4宗被行政复议, 1件被提起行政诉讼.
            review_or_passive: crate::pattern::compile(&format!(
                r"{REVIEW}|(?P<fig_first>\d[\d,]*\s*(?:件|起|宗))被(?:申请)?(?:行政)?复议"
            ))
            .unwrap(),
            litigation_or_passive: crate::pattern::compile(&format!(
                r"{LITIGATION}|(?P<fig_first>\d[\d,]*\s*(?:件|起|宗))被(?:提起)?(?:行政)?诉讼"
            ))
            .unwrap(),
            both_zero: crate::pattern::compile(r"行政复议(?:程序)?[、和及与](?:进入|提起)?行政诉讼(?:程序)?(?:[、和及与]申诉)?(?:的)?(?:案件)?(?:的)?(?:数量|数)?\s*(?:均)?\s*(?:为)?\s*(?P<fig>0\s*(?:件|起|宗))").unwrap(),
        }
    })
}

fn unit_of(figure: &str) -> char {
    figure.chars().last().unwrap_or('条')
}

/// Separators and connectives around a part's category.
fn clean_category(s: &str) -> String {
    // A part of the part before closes its brackets first: …7条（其中…2条），政策文件8条.
    let s = s.trim_start_matches(|c: char| c.is_whitespace() || "）)，,、；;：:。".contains(c));
    let s = s.trim_matches(|c: char| c.is_whitespace() || "，,、；;：:。".contains(c));
    let s = s.strip_prefix("其中").unwrap_or(s);
    let s = s.trim_matches(|c: char| c.is_whitespace() || "，,、；;：:".contains(c));
    let s = s.strip_prefix("包括").unwrap_or(s);
    // A kind with its own verb (…，主动公开规划信息7条): the kind is what follows it.
    let s = ["主动公开", "公开", "发布"].iter().find_map(|verb| s.strip_prefix(verb)).unwrap_or(s);
    s.trim_matches(|c: char| c.is_whitespace() || "，,、；;：:".contains(c)).to_string()
}

/// `(category, raw figure, value)` for each figure of `region` with the total's unit.
///
/// A figure in brackets opened within the list is a part of the part before it (…公开信息471条
/// （其中专栏公开135条）, …): not a part of the total.
fn parts(region: &str, unit: char) -> Vec<(String, String, f64)> {
    let mut out = Vec::new();
    let mut prev = 0;
    for m in patterns().figure.find_iter(region) {
        let raw = m.as_str();
        if unit_of(raw) != unit || inside_brackets(&region[..m.start()]) {
            prev = m.end();
            continue;
        }
        let Some(fig) = parse_figure(raw, false) else { continue };
        out.push((clean_category(&region[prev..m.start()]), raw.to_string(), fig.value));
        prev = m.end();
    }
    out
}

/// Ways a request comes in (网络申请11件, 当面申请3件): the parts of the received count by
/// channel.
const REQUEST_CHANNELS: [&str; 11] =
    ["网络", "网上", "在线", "信函", "邮寄", "当面", "现场", "电话", "传真", "邮件", "来信"];

/// A 其中 list cut where it stops splitting the total the way it began: requests split by how
/// they came in, then told what became of them (受理…11件，其中网络申请11件，申请办结数8件，结转
/// 下一年办理1件) — the outcomes split the same requests again, and are no channel's share.
fn one_facet(mut parts: Vec<(String, String, f64)>) -> Vec<(String, String, f64)> {
    let by_channel = |category: &str| REQUEST_CHANNELS.iter().any(|w| category.contains(w));
    if parts.first().is_some_and(|(category, _, _)| by_channel(category) && category.contains("申请")) {
        let end = parts.iter().position(|(category, _, _)| !by_channel(category)).unwrap_or(parts.len());
        parts.truncate(end);
    }
    parts
}

/// Does a total-then-parts statement open brackets for its parts (60条（其中…）)?
fn in_brackets(c: &regex::Captures) -> bool {
    c.get(0).unwrap().as_str()[c.get(1).unwrap().len()..].contains(['（', '('])
}

/// Is the end of `text` inside brackets opened in it (（ or ( not closed again)?
fn inside_brackets(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// The offset in a list's sentence after the disclosure verb before its first figure (公开,
/// 发布: 我局主动公开机构信息40条 → 机构信息40条), or 0 where no verb stands before it.
fn after_the_first_verb(sentence: &str) -> usize {
    let first_figure = patterns().figure.find(sentence).map_or(sentence.len(), |m| m.start());
    ["公开", "发布"]
        .iter()
        .filter_map(|verb| sentence[..first_figure].rfind(verb).map(|at| at + verb.len()))
        .max()
        .unwrap_or(0)
}

/// Does 合计/共计/总计 at the end of `before` (the sentence up to it) close a list — open its
/// clause (…年度工作报告1条，合计100条), follow the list's last figure (…8条合计15条) or a word
/// that sums up (以上, 上述) — rather than say "in all" inside a statement of its own
/// (通过其他渠道公开政府信息共计300余条, whose figures before it are other statements')?
fn closes_a_list(before: &str) -> bool {
    let clause = before
        .rfind(['，', ',', '、', '；', ';', '：', ':'])
        .map_or(before, |i| &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]);
    let clause = clause.trim();
    clause.is_empty()
        || ["以上", "上述", "以上各项", "上述各项"].contains(&clause)
        || clause.trim_end_matches(['条', '件', '次', '起']).trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// A total with its parts, as printed.
struct SumStatement {
    line: u32,
    sentence: String,
    total_raw: String,
    total: f64,
    parts: Vec<(String, String, f64)>,
    multi_year: bool,
    /// Parts then 合计 (a total of exactly those parts), as opposed to 其中 (of which).
    summed: bool,
}

impl SumStatement {
    /// Must the parts add up to the total? Yes after 合计, and for a year-by-year breakdown of
    /// a span of years; a 其中 list of categories may name only some of them (其中 = "of
    /// which"), so it only must not exceed the total.
    fn exhaustive(&self) -> bool {
        self.summed || (self.multi_year && self.parts.iter().all(|p| p.0.ends_with('年')))
    }

    fn check(&self) -> Check {
        let sum: f64 = self.parts.iter().map(|p| p.2).sum();
        let terms: Vec<String> = self.parts.iter().map(|p| p.1.clone()).collect();
        let exhaustive = self.exhaustive();
        let passed = if exhaustive { (sum - self.total).abs() < 1e-9 } else { sum <= self.total + 1e-9 };
        let kind = if exhaustive { "must add up" } else { "a 其中 list, must not exceed the total" };
        Check {
            rule: "prose_sum".into(),
            expected: Some(self.total),
            actual: Some(sum),
            passed,
            detail: format!(
                "line {}: total {} and its parts {} = {} ({kind}) in '{}'",
                self.line,
                self.total_raw,
                terms.join(" + "),
                sum,
                self.sentence
            ),
        }
    }
}

/// Text up to the end of the sentence (。) that `from` is in, or the line's end.
fn to_sentence_end(line: &str, from: usize) -> &str {
    let rest = &line[from..];
    let end = rest.find(['。', '；', ';']).unwrap_or(rest.len());
    // 此外 / 具体 open a new thought even without a full stop.
    let end = ["此外", "具体", "另外"].iter().filter_map(|w| rest[..end].find(w)).min().unwrap_or(end);
    &rest[..end]
}

/// Text up to the end of the sentence `from` is in, and on past its semicolons while each
/// stretch after one is a list item alone — a category and its figure in `unit`, nothing after
/// it (其中，规划信息3条；统计信息7条；财政公开类信息44条。): one list set out with semicolons.
fn to_list_end(line: &str, from: usize, unit: char) -> &str {
    let mut end = from + to_sentence_end(line, from).len();
    while let Some(separator) = line[end..].chars().next().filter(|c| matches!(c, '；' | ';')) {
        let next = end + separator.len_utf8();
        let item = to_sentence_end(line, next);
        let mut figures = patterns().figure.find_iter(item);
        let alone = match (figures.next(), figures.next()) {
            (Some(figure), None) => {
                unit_of(figure.as_str()) == unit
                    && item[figure.end()..].trim().is_empty()
                    && item[..figure.start()].chars().count() <= 16
                    && !item.contains("其中")
            }
            _ => false,
        };
        if !alone {
            break;
        }
        end = next + item.len();
    }
    &line[from..end]
}

/// `text` up to the first character a lossy decoding lost (…21条\u{FFFD}三\u{FFFD}…, …43鏉°\u{FFFD}…):
/// it may have been a stop, or a figure's unit with the stop after it, so the list ends there
/// and a figure after it may be another sentence's.
fn lost_stop_after_a_figure(text: &str) -> &str {
    text.find(crate::labels::LOST).map_or(text, |at| &text[..at])
}

/// Start of the sentence containing byte `at`.
fn sentence_start(line: &str, at: usize) -> usize {
    line[..at].rfind(['。', '；', ';']).map_or(0, |i| i + line[i..].chars().next().map_or(1, char::len_utf8))
}

fn sum_statements(line: &str, lineno: u32) -> Vec<SumStatement> {
    let p = patterns();
    let mut out = Vec::new();
    // Each pattern needs its keyword (其中; 合计/共计/总计): a line without it is not searched
    // (a capturing search costs several plain scans, and nearly every prose line has a digit).
    let has_of_which = line.contains("其中");
    let has_sum = line.contains("合计") || line.contains("共计") || line.contains("总计");
    let of_which: Vec<regex::Captures> =
        p.total_then_parts.captures_iter(if has_of_which { line } else { "" }).collect();
    for (i, c) in of_which.iter().enumerate() {
        let whole = c.get(0).unwrap();
        let figure = c.get(1).unwrap();
        let total_raw = c[1].trim().to_string();
        let Some(total) = parse_figure(&total_raw, false) else { continue };
        // 其中 after a full stop speaks of the sentence before: its figure is the total only if
        // that sentence states no other (共收到申请84件，已答复84件，结转1件。其中… leaves open
        // which one the parts are of).
        let after_a_stop = line[figure.end()..whole.end()].contains(['。', '；']);
        // (The sentence back to its full stop: a list past its semicolons is one sentence.)
        let full_stop_before = line[..figure.start()].rfind('。').map_or(0, |i| i + '。'.len_utf8());
        let sentence_before = &line[full_stop_before..figure.start()];
        let unit = unit_of(&total_raw);
        if after_a_stop && p.figure.find_iter(sentence_before).any(|m| unit_of(m.as_str()) == unit) {
            continue;
        }
        // After the count carried over from the year before, told beside the year's (收到申请9件，
        // 上年转结1件，其中网络申请5件，信函申请5件), the list may be of the year's requests or of
        // all of them: which total it is of is not told.
        let own_clause = sentence_before.rsplit(['，', ',']).next().unwrap_or(sentence_before);
        let carried_over = own_clause.contains("结转") || own_clause.contains("转结");
        let earlier = &sentence_before[..sentence_before.len() - own_clause.len()];
        // (The year's count in any unit: 收到申请80起, 受理…74宗, 发生依申请公开77次, …，上年转结1件.)
        let counts_before = earlier.char_indices().any(|(at, c)| {
            c.is_ascii_digit() && earlier[at + 1..].starts_with(['件', '条', '宗', '起', '份', '次', '项'])
        });
        if carried_over && counts_before {
            continue;
        }
        // Parts in brackets (60条（其中…）) end with them.
        let mut region = lost_stop_after_a_figure(to_list_end(line, whole.end(), unit));
        if in_brackets(c) {
            region = region.find(['）', ')']).map_or(region, |end| &region[..end]);
        }
        // The list ends where the next total of its own begins (…348条，其中网站公开348条，历年
        // 累计公开4163条，其中…): that total's clause is not a part of this one. A total with its
        // parts in brackets is one part of this list.
        let next_total = of_which[i + 1..].iter().find(|n| !in_brackets(n)).map(|n| n.get(1).unwrap().start());
        if let Some(next) = next_total.filter(|&next| next < whole.end() + region.len()) {
            let upto = &line[whole.end()..next];
            let clause_start = upto.rfind(['，', ',', '、', '；', ';']).unwrap_or(0);
            region = &region[..clause_start];
        }
        let parts = one_facet(parts(region, unit));
        if parts.len() < 2 {
            continue;
        }
        let start = sentence_start(line, whole.start());
        let sentence = format!("{}{}", &line[start..whole.end()], region);
        out.push(SumStatement {
            line: lineno,
            multi_year: p.year.find_iter(&sentence).count() >= 2,
            sentence,
            total_raw,
            total: total.value,
            parts,
            summed: false,
        });
    }
    for c in p.parts_then_total.captures_iter(if has_sum { line } else { "" }) {
        let whole = c.get(0).unwrap();
        let total_raw = c[1].trim().to_string();
        let Some(total) = parse_figure(&total_raw, false) else { continue };
        let start = sentence_start(line, whole.start());
        if !closes_a_list(&line[start..whole.start()]) {
            continue;
        }
        // The list starts after an introducing colon when there is one (主要公开的事项包括：…),
        // else after the verb before its first figure (2021年，我局主动公开机构信息40条，…: the
        // first kind is 机构信息).
        let list_start = line[start..whole.start()]
            .rfind(['：', ':'])
            .map(|i| start + i + line[start + i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or_else(|| start + after_the_first_verb(&line[start..whole.start()]));
        let region = &line[list_start..whole.start()];
        let mut parts = parts(region, unit_of(&total_raw));
        // A lossy decoding may have lost the stop before the list (…信息3条\u{FFFD}2019年，我单位主动
        // 公开机构职能信息1124条，…，总计1817条): where all the figures do not add up to the sum
        // and the last of them (two at least) do, the list is those.
        if region.contains(crate::labels::LOST) {
            let adds_up =
                |ps: &[(String, String, f64)]| (ps.iter().map(|p| p.2).sum::<f64>() - total.value).abs() < 1e-9;
            if !adds_up(&parts) {
                if let Some(k) = (1..parts.len().saturating_sub(1)).find(|&k| adds_up(&parts[k..])) {
                    parts.drain(..k);
                    // Its first kind is what follows the lost character and the verb after it.
                    let first = &parts[0].0;
                    let after_lost = first
                        .rfind(crate::labels::LOST)
                        .map_or(first.as_str(), |at| &first[at + crate::labels::LOST.len_utf8()..]);
                    parts[0].0 = clean_category(&after_lost[after_the_first_verb(after_lost)..]);
                }
            }
        }
        if parts.len() < 2 {
            continue;
        }
        let sentence = line[start..whole.end()].to_string();
        out.push(SumStatement {
            line: lineno,
            multi_year: p.year.find_iter(&sentence).count() >= 2,
            sentence,
            total_raw,
            total: total.value,
            parts,
            summed: true,
        });
    }
    out
}

/// `line` from byte `at` to the end of its clause (the next comma or stop).
fn clause_from_byte(line: &str, at: usize) -> &str {
    let rest = &line[at..];
    &rest[..rest.find(['，', ',', '。', '；', ';']).unwrap_or(rest.len())]
}

/// The 其中 clause byte `at` of `line` stands in: the words after the sentence's last 其中 up to
/// `at`, or `None` where no 其中 comes before it in its sentence. (A 其中 inside a note in
/// brackets closed before the statement opens no part clause.)
fn part_clause_before(line: &str, at: usize) -> Option<String> {
    let start = sentence_start(line, at);
    let text = crate::text::without_brackets(&line[start..at]);
    text.rfind("其中").map(|from| text[from + "其中".len()..].to_string())
}

/// Has the 其中 list (the words after 其中, up to a statement) ended before the statement? Each
/// item of such a list states its figure: a whole clause without one (其中网络申请5件，信函申请5件，
/// 已按程序按时办理，发生行政复议1件) closes the list, and what follows is no part of it.
fn list_closed(list: &str) -> bool {
    let mut clauses: Vec<&str> = list.split(['，', ',']).collect();
    clauses.pop();
    clauses.iter().any(|c| !c.trim().is_empty() && !crate::text::has_digit(c))
}

/// Cases other than requests for information that a sentence about requests may count:
/// reconsiderations, lawsuits, reports and complaints (行政复议申请, 与…申请相关的行政复议).
const OTHER_CASES: [&str; 4] = ["复议", "诉讼", "举报", "投诉"];

fn names_another_case(text: &str) -> bool {
    OTHER_CASES.iter().any(|w| text.contains(w))
}

/// Does the 其中 before a reconsideration or lawsuit count follow a count of requests for
/// information (受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件)? The cases are then
/// those the requests led to — all of the agency's about disclosure — not a part of another
/// body's reconsiderations (全县共发生行政复议10件，其中…).
fn among_requests(before: &str) -> bool {
    let Some(at) = before.rfind("其中") else { return false };
    let head = before[..at].trim_end_matches(['，', ',', '：', ':', ' ']);
    // The clause right before 其中 counts requests: …申请28件, not 行政复议申请10件.
    let figure = head.trim_end_matches(['件', '条', '宗', '份']).trim_end();
    let digits = figure.len() - figure.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let Some(noun) = (digits > 0).then(|| figure[..figure.len() - digits].trim_end()) else { return false };
    let Some(what) = noun.strip_suffix("申请") else { return false };
    // The last four characters before 申请 say what was requested.
    let tail = &what[what.char_indices().rev().nth(3).map_or(0, |(i, _)| i)..];
    !names_another_case(tail)
}

/// Is the subject a part of the agency (区直部门受理…, 各乡镇收到…) rather than all of it
/// (全区各有关单位共受理…)?
pub(crate) fn sub_unit_subject(prefix: &str) -> bool {
    // A 街道 or a 部门 is itself an agency that reports (东山街道收到…): only several of them
    // (各街道, 各部门) are parts of another's figure.
    let part = crate::text::names_sub_units(
        prefix,
        &["区直", "县直", "市直", "乡镇", "镇街", "各街道", "各部门", "各单位", "各镇", "各村", "村级"],
    );
    let whole = ["全区", "全县", "全市", "全镇", "全乡", "全省", "全局", "各级"].iter().any(|w| prefix.contains(w));
    part && !whole
}

/// Prose as sentences run, with the line breaks of its printing undone: a PDF wraps a
/// paragraph over several lines, and a crawler breaks the text at every tag — inside a
/// sentence, a number or a name (三明 / 市20 / 20 / 年…). A line not ending a sentence (。！？;
/// a ； between the clauses of one sentence does not end it) is joined with the next, unless that starts a heading or an empty line comes between. Table
/// lines (`in_table`, and tab-per-cell lines) are never prose. Each logical line keeps the
/// number of its first line.
pub fn logical_lines(lines: &[String], in_table: &[bool]) -> Vec<(u32, String)> {
    let heading = heading_pattern();
    let blank_ends_paragraph = !nianbao_parse::spans::double_spaced(lines);
    let mut out: Vec<(u32, String)> = Vec::new();
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if text.is_empty() && !blank_ends_paragraph && !line.starts_with('\t') {
            continue;
        }
        if line.starts_with('\t') || text.is_empty() || in_table.get(i).copied().unwrap_or(false) {
            open = false;
            continue;
        }
        let is_heading = starts_like_heading(text, heading) && !decimal_cut_after_its_point(text, &lines[i + 1..]);
        match out.last_mut() {
            Some((_, prev)) if open && !is_heading => prev.push_str(text),
            _ => out.push((i as u32 + 1, text.to_string())),
        }
        // A short heading (二、主动公开政府信息情况) is a line of its own: run into the
        // sentence after it, its words would read as that sentence's subject. A heading whose
        // paragraph began on its line (（一）加强组织领导。全年召开专题会议9 / 次) goes on.
        let paragraph_begun = text.contains(['。', '，']) || text.ends_with(|c: char| c.is_ascii_digit());
        // An enumerator alone (2. / （二）) is a heading's or a point's numbering a crawler broke
        // from its words: it goes on into them.
        let bare_enumerator = is_heading && heading.find(text).is_some_and(|m| text[m.end()..].trim().is_empty());
        let short_heading = is_heading && text.chars().count() <= 30 && !paragraph_begun && !bare_enumerator;
        open = !short_heading && !text.ends_with(['。', '！', '？']);
    }
    // (Once the lines are joined: a crawler may break a figure at its comma, 1， / 234条.)
    for (_, paragraph) in &mut out {
        if let std::borrow::Cow::Owned(folded) = crate::text::thousands_commas_as_ascii(paragraph) {
            *paragraph = folded;
        }
    }
    out
}

/// A figure a crawler broke after its decimal point (占 / 17. / 0%): a line of digits and a point
/// with digits next is no numbered heading 17.
fn decimal_cut_after_its_point(text: &str, after: &[String]) -> bool {
    let Some(digits) = text.strip_suffix(['.', '．']) else { return false };
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && after
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()))
}

/// A heading's numbering: 一、, （一）, 1. — a point not followed by a digit: a line a crawler
/// broke before a decimal figure (全文电子化率达 / 90.3% / ，其中…) goes on with its sentence.
fn heading_pattern() -> &'static Regex {
    static HEADING: OnceLock<Regex> = OnceLock::new();
    HEADING.get_or_init(|| {
        crate::pattern::compile(
            r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+(?:、|[.．](?:[^\d]|$)))",
        )
        .unwrap()
    })
}

/// A heading of the section on reconsiderations and lawsuits about disclosure: short, and
/// naming 公开 and 复议 or 诉讼 (四、政府信息公开行政复议、行政诉讼和投诉的情况).
/// A heading a crawler ran into its section's first sentence ends at its 情况.
fn is_a_cases_heading(line: &str) -> bool {
    let head = match line.find("情况") {
        Some(at) => &line[..at + "情况".len()],
        None => line,
    };
    head.chars().count() <= 40 && head.contains("公开") && (head.contains("复议") || head.contains("诉讼"))
}

/// Does a logical line start like a heading (一、, （一）, 1.)?
pub(crate) fn looks_like_heading(text: &str) -> bool {
    starts_like_heading(text, heading_pattern())
}

/// `heading.is_match(text)`, refused without the regex when the text does not start with a
/// numeral, a parenthesis or a digit (the only starts the pattern accepts).
fn starts_like_heading(text: &str, heading: &Regex) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十（(".contains(c))
        && heading.is_match(text)
}

/// A count below a hundred written in words (see [`nianbao_model::text::small_count_in_words`]).
pub(crate) use nianbao_model::text::{count_word, small_count_in_words};

/// Could a line without a digit state requests counted in words (申请…一件)?
fn counts_in_words(line: &str) -> bool {
    line.contains("申请")
        && line
            .chars()
            .zip(line.chars().skip(1))
            .any(|(n, unit)| count_word(n).is_some() && matches!(unit, '件' | '条' | '份' | '宗'))
}

/// Sum statements and counts of every prose line. `proactive_known`: a proactive total was
/// already read (then a sum statement adds its parts only if its total is that one).
///
/// `year`, the report's: a statement dated another year (2022年，我镇…主动公开政府信息223条 in
/// the 2023 report, a leftover of last year's text) is not this report's fact.
pub fn read(paragraphs: &[(u32, String)], proactive_known: Option<f64>, year: Option<i32>) -> ProseFacts {
    let p = patterns();
    let mut facts = ProseFacts::default();
    let mut proactive = proactive_known;
    let mut parts_taken = false;
    let have = |code: &str, facts: &ProseFacts| facts.metrics.iter().any(|m| m.metric == code);
    let mut received: Vec<Metric> = Vec::new();
    // Under a heading of the reconsiderations and lawsuits about disclosure (四、政府信息公开
    // 行政复议、行政诉讼情况), the section's counts are about disclosure though their sentences
    // do not say so again.
    let mut under_a_cases_heading = false;
    // A short heading a crawler cut before its 情况 (五、因政府信息 / 公开申请行政复议…的情 / 况)
    // is read with the paragraph after it.
    let mut cut_heading: Option<&str> = None;
    // The paragraph before, for a count that opens its paragraph: a crawler that broke the
    // page at every tag leaves no sign of where a paragraph ended but a stop at a line's end
    // (…均按时答复。 / 2022 / 年度发生行政复议案件 / 1 / 件), so the requests' account may end the
    // paragraph before the reconsiderations it goes on with.
    let mut previous: Option<&str> = None;
    for (lineno, line) in paragraphs.iter().map(|(n, l)| (*n, l)) {
        let paragraph_before = previous.replace(line.as_str());
        if let Some(head) = cut_heading.take() {
            under_a_cases_heading = is_a_cases_heading(&format!("{head}{line}"));
        }
        if looks_like_heading(line) {
            under_a_cases_heading = is_a_cases_heading(line);
            if !line.contains("情况") && line.chars().count() <= 20 {
                cut_heading = Some(line);
            }
        }
        if !crate::text::has_digit(line) && !counts_in_words(line) {
            continue;
        }
        let line = line.as_str();
        for st in sum_statements(line, lineno) {
            facts.checks.push(st.check());
            let about_disclosure = st.sentence.contains("公开") && unit_of(&st.total_raw) == '条';
            let sub_units = ["各村", "村级", "各部门", "各单位", "社区"].iter().any(|w| st.sentence.contains(w));
            // 通过政务网站公开信息270条，其中… counts one channel, not everything disclosed.
            let one_channel = ["通过", "平台", "网站", "外网", "微信", "微博", "公众号", "客户端", "公报", "发布"]
                .iter()
                .any(|w| st.sentence.contains(w));
            // 共制作政府信息3021条，其中主动公开信息1027条: the total is of documents made, and
            // disclosure is one of its parts.
            let head = st.sentence.find(&st.total_raw).map_or(st.sentence.as_str(), |at| &st.sentence[..at]);
            let made_not_disclosed =
                ["制作", "制发", "生成", "产生"].iter().any(|w| head.contains(w)) && !head.contains("公开");
            let dated = dated_elsewhere(head, year);
            // 共公开政府信息1234条，其中主动公开1200条，依申请公开34条: all that was disclosed, split
            // by how; what requests got is no part of the proactive total (the narrative reader
            // takes the proactive share).
            let split_by_way = st.parts.iter().any(|(category, _, _)| category.contains("依申请"));
            // 截止2010年12月31日，全乡累计主动公开政府信息65条。其中…: a stock, not the year's.
            let cumulative = crate::narrative::is_cumulative(head);
            if st.multi_year
                || cumulative
                || !about_disclosure
                || sub_units
                || one_channel
                || parts_taken
                || made_not_disclosed
                || dated
                || split_by_way
            {
                continue;
            }
            match proactive {
                None => {
                    facts.metrics.push(narrative("proactive.total", st.total, &st.total_raw, &st.sentence, lineno));
                    proactive = Some(st.total);
                }
                Some(known) if (known - st.total).abs() > 1e-9 => continue,
                Some(_) => {}
            }
            // A category the decoder could not restore (U+FFFD) names nothing: its figure is
            // not recorded as a part (the sum check above still counts it).
            for (category, raw, value) in st.parts.iter().filter(|p| !p.0.contains('\u{FFFD}') && !p.0.is_empty()) {
                facts.metrics.push(narrative("proactive.part", *value, raw, category, lineno));
            }
            parts_taken = true;
        }
        if line.contains("诉讼") {
            if let Some(c) = p.both_zero.captures(line) {
                let raw = c.name("fig").unwrap().as_str().trim();
                let label = to_sentence_end(line, sentence_start(line, c.get(0).unwrap().start()));
                for code in ["review.total", "litigation.total"] {
                    if !have(code, &facts) {
                        facts.metrics.push(narrative(code, 0.0, raw, label, lineno));
                    }
                }
            }
        }
        if line.contains("结转") || line.contains("转结") {
            received.extend(new_ones_beside_carried(line, lineno));
        }
        let passive = ["件被", "宗被", "起被"].iter().any(|w| line.contains(w));
        let counts: [(&str, &Regex, &[&str]); 3] = [
            ("apply.received", &p.received, &["申请", "依申公开"]),
            ("review.total", if passive { &p.review_or_passive } else { &p.review }, &["复议"]),
            ("litigation.total", if passive { &p.litigation_or_passive } else { &p.litigation }, &["诉讼"]),
        ];
        for (code, re, words) in counts {
            // Every statement of requests received is weighed (see one_request_count).
            let taken = code != "apply.received" && have(code, &facts);
            if taken || !words.iter().any(|w| line.contains(w)) {
                continue;
            }
            // The request count's pattern also needs a verb and a unit: most lines that mention
            // 申请 are refused before the capturing search.
            let verb = ["受理", "收到", "接收", "接受", "接到", "新收", "年收", "年度收", "年内收", "发生依申请"]
                .iter()
                .any(|w| line.contains(w));
            if code == "apply.received"
                && !(verb && ['件', '条', '宗', '份', '项', '起', '次', '例'].iter().any(|u| line.contains(*u)))
            {
                continue;
            }
            for c in re.captures_iter(line) {
                let m = c
                    .name("fig")
                    .or_else(|| c.name("fig_first"))
                    .or_else(|| c.name("fig_topic"))
                    .or_else(|| c.name("fig_occurred"))
                    .unwrap();
                let at = c.get(0).unwrap().start();
                // The sentence's start, and its words before the statement.
                let start = sentence_start(line, at);
                let before = &line[start..at];
                let part = part_clause_before(line, at)
                    .is_some_and(|list| !(code != "apply.received" && (among_requests(before) || list_closed(&list))));
                if part || sub_unit_subject(before) {
                    continue;
                }
                // 收到…行政复议申请0件 is a reconsideration, not a request for information; 受理行政
                // 许可申请326件 an application for the agency's services; 接受群众咨询和申请…
                // counts consultations with them.
                let between = c
                    .name("between")
                    .or_else(|| c.name("between_after"))
                    .or_else(|| c.name("topic"))
                    .map_or("", |b| b.as_str());
                if names_another_case(between) || ["咨询", "行政许可", "审批"].iter().any(|w| between.contains(w))
                {
                    continue;
                }
                // 全年收入, 收费: 收 alone receives only what it is followed by.
                if c.get(0).unwrap().as_str().starts_with(['全', '本', '年'])
                    && between.starts_with(['入', '费', '取', '益'])
                {
                    continue;
                }
                // 受理答复…申请28件 counts requests answered, not received (收到和办理…12件 both).
                // (全年收到并办理…: the match may open at 全年收, its 到 then the first of `between`.)
                let and_handled = between.trim_start_matches('到').starts_with(['和', '并']);
                if !and_handled && ["答复", "办结", "办理"].iter().any(|w| between.contains(w)) {
                    continue;
                }
                // 未收到…申请，收到网上咨询436条 with its comma lost (古文码): another statement
                // begins between 申请 and the figure.
                let gap = c.name("gap").map_or("", |g| g.as_str());
                // 收到与政府信息公开申请相关的行政复议1件: the figure counts what follows 申请.
                if names_another_case(gap) || ["收到", "受理", "接收", "接到", "咨询"].iter().any(|w| gap.contains(w))
                {
                    continue;
                }
                // A year in brackets is a note's (其中1件为2023年信息公开件), not the statement's.
                if dated_elsewhere(&crate::text::without_brackets(before), year) {
                    continue;
                }
                // 项 counts matters of any kind (受理群众申请事项120项): requests for information
                // only where the statement says 公开 (收到依申请公开16项).
                // (收到1项依申请公开事项: the figure first, 公开 after the match.)
                let clause = clause_from_byte(line, at);
                if m.as_str().trim_end().ends_with('项') && !clause.contains("公开") {
                    continue;
                }
                // 行政复议和行政诉讼案件743件 counts the two together.
                let together = ["复议和", "复议、", "复议及", "复议与"]
                    .iter()
                    .any(|w| before.trim_end_matches("行政").ends_with(w));
                if code == "litigation.total" && together {
                    continue;
                }
                // 全县共受理行政复议4件 may count every reconsideration the county handled: a
                // count above zero is one about disclosure only where the sentence says so, or
                // follows the sentence of the requests (共受理依申请公开14件。发生行政复议1件…).
                let sentence = to_sentence_end(line, start);
                let nonzero = m.as_str().trim_start().starts_with(|c: char| c.is_ascii_digit() && c != '0');
                // (The statements before it in the paragraph, back to the second stop.) Not a
                // territory's, nor those the agency handled as the reviewing body (2017年全县共受理
                // 行政复议4件 after the requests is every reconsideration of the county).
                let after_the_requests = || {
                    let own = &line[start..at];
                    let reviewer =
                        ["受理", "全县", "全市", "全区", "全省", "全州", "全旗"].iter().any(|w| own.contains(w));
                    let requests_in =
                        |text: &str| ["依申请公开", "依申请信息公开", "信息公开申请"].iter().any(|w| text.contains(w));
                    let before = line[..start].trim_end_matches(['。', '！', '？', '；', ' ']);
                    let stops: Vec<usize> =
                        before.rmatch_indices(['。', '！', '？', '；']).take(3).map(|(i, _)| i).collect();
                    // A 其中 sentence right before goes on with the requests' account (…受理21件。
                    // 其中予以公开10件，部分公开2件。全年共收到行政复议1件): one sentence further back.
                    let goes_on =
                        |sentence: &str| sentence.trim_start_matches(['。', '！', '？', '；', ' ']).starts_with("其中");
                    let further = match stops[..] {
                        [last, before_last, ..] => goes_on(&before[before_last..last]),
                        _ => false,
                    };
                    let reach = stops.get(if further { 2 } else { 1 }).copied();
                    // Fewer statements before it in its paragraph than that: the last statement
                    // of the paragraph before too.
                    let ending_the_paragraph_before = || {
                        let p = paragraph_before.unwrap_or("").trim_end_matches(['。', '！', '？', '；', ' ']);
                        let from = p.rfind(['。', '！', '？', '；']).unwrap_or(0);
                        requests_in(&p[from..])
                    };
                    !reviewer
                        && (requests_in(&before[reach.unwrap_or(0)..])
                            || (reach.is_none() && ending_the_paragraph_before()))
                };
                let own_cases = || {
                    under_a_cases_heading
                        && !["受理", "全县", "全市", "全区", "全省", "全州", "全旗"].iter().any(|w| before.contains(w))
                };
                if code != "apply.received"
                    && nonzero
                    && !sentence.contains("公开")
                    && !after_the_requests()
                    && !own_cases()
                {
                    continue;
                }
                // 宗 and 份 count cases as 件 does; the figure is read without its unit.
                let digits =
                    m.as_str().trim().trim_end_matches(['件', '条', '宗', '份', '起', '项', '例', '次']).trim_end();
                let in_words = small_count_in_words(digits);
                // A count in words ends its clause (申请两件，…); 受理申请一件、办结一件 is a saying.
                let rest = &line[m.end()..];
                let ends_its_clause = rest.is_empty() || rest.starts_with(['，', ',', '。', '；', ';', '（', '(']);
                if in_words.is_some() && c.name("fig_first").is_none() && !ends_its_clause {
                    continue;
                }
                // 共收到申请4件，其中上年度结转2件: the count holds the year before's carried over
                // as well, not the year's new requests alone (nor is their difference printed).
                if code == "apply.received" && holds_those_carried_over(rest) {
                    continue;
                }
                let value = in_words.map(f64::from).or_else(|| parse_figure(digits, false).map(|f| f.value));
                if let Some(value) = value {
                    let found = narrative(code, value, m.as_str().trim(), sentence, lineno);
                    if code == "apply.received" {
                        received.push(found);
                        continue;
                    }
                    // 行政复议1起，正在办理中: the one case still open, its outcome pending.
                    if code == "review.total" {
                        let next = rest.trim_start_matches(['，', ',', ' ']);
                        let still_open =
                            ["正在办理", "正在审理", "尚在办理", "尚在审理", "尚未审结", "尚未办结", "尚未结案"]
                                .into_iter()
                                .find(|w| next.starts_with(w));
                        if let Some(word) = still_open {
                            facts.metrics.push(narrative("review.pending", value, word, sentence, lineno));
                        }
                    }
                    facts.metrics.push(found);
                    break;
                }
            }
        }
    }
    facts.checks.extend(one_request_count(&mut received));
    let from_people = received.first().and_then(natural_persons_share);
    facts.metrics.extend(received);
    facts.metrics.extend(from_people);
    facts
}

/// Does the text after a request count open a 其中 list that names the count carried over from
/// the year before (，其中上年度结转2件; ，其中新收3件，上年结转1件)? Then the count is of both
/// years' requests.
fn holds_those_carried_over(after: &str) -> bool {
    let Some(list) = after.trim_start_matches(['，', ',', ' ']).strip_prefix("其中") else { return false };
    let list = &list[..list.find(['。', '；', ';']).unwrap_or(list.len())];
    list.split(['，', ',', '、', '：', ':']).any(carried_over_item)
}

/// An item counting the requests carried over from the year before: 上年度结转2件, 2020年结转办理1件.
fn carried_over_item(item: &str) -> bool {
    let item = item.trim();
    let of_the_year_before = ["上年", "上一年", "往年"].iter().any(|w| item.starts_with(w))
        || (item.len() > 6 && item.as_bytes()[..4].iter().all(u8::is_ascii_digit) && item[4..].starts_with('年'));
    of_the_year_before && (item.contains("结转") || item.contains("转结"))
}

/// The year's new requests in a 其中 list that splits a count of both years' (依申请公开92件，其中，
/// 本年度新接收91件，2020年结转办理1件): the new ones are the year's received.
fn new_ones_beside_carried(line: &str, lineno: u32) -> Option<Metric> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::pattern::compile(
            r"其中[，,：:]?\s*(?:本年度?|今年|当年)?新(?:接收|收到|受理|收)(?:的)?(?:申请)?\s*(?P<fig>\d[\d,]*\s*(?:件|条|宗|起))",
        )
        .unwrap()
    });
    let c = re.captures(line)?;
    let whole = c.get(0)?;
    let start = sentence_start(line, whole.start());
    if !line[start..whole.start()].contains("申请") {
        return None;
    }
    let after = &line[whole.end()..];
    let list = &after[..after.find(['。', '；', ';']).unwrap_or(after.len())];
    if !list.split(['，', ',', '、']).any(carried_over_item) {
        return None;
    }
    let figure = parse_figure(c["fig"].trim().trim_end_matches(['件', '条', '宗', '起']).trim_end(), false)?;
    Some(narrative("apply.received", figure.value, c["fig"].trim(), to_sentence_end(line, start), lineno))
}

/// The requests from natural persons, where the sentence of the requests received says how
/// many: all of them (均来自自然人, 申请人类型为自然人) or a 其中 part (其中自然人申请89件).
fn natural_persons_share(received: &Metric) -> Option<Metric> {
    static ALL: OnceLock<Regex> = OnceLock::new();
    static PART: OnceLock<Regex> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        crate::pattern::compile(r"(?:均|全部|都)(?:来自|为|是|属)自然人|申请人(?:类型)?(?:均|全部|都)?为自然人")
            .unwrap()
    });
    let part = PART.get_or_init(|| {
        crate::pattern::compile(r"其中\s*(?:来自)?自然人(?:提出的?)?(?:申请)?\s*(?P<fig>\d[\d,]*)\s*件").unwrap()
    });
    let sentence = received.label.as_str();
    let (value, raw) = if let Some(m) = all.find(sentence) {
        (received.value, m.as_str().to_string())
    } else {
        let c = part.captures(sentence)?;
        let fig = c.name("fig")?.as_str();
        (parse_figure(fig, false)?.value, c.get(0)?.as_str().to_string())
    };
    (value <= received.value).then(|| Metric {
        applicant: Some(Applicant::NaturalPerson),
        value,
        raw,
        ..received.clone()
    })
}

/// A statement dated another year than the report's: a year (YYYY年) before the figure in
/// its sentence, and none of them the report year. Where the report's year is unknown, a
/// statement dated by a year of its own may be another year's (2019年…1457条 beside 2020年…2354条
/// on a page without a title): it is not taken for the report's.
pub(crate) fn dated_elsewhere(before: &str, year: Option<i32>) -> bool {
    match year {
        Some(year) => {
            // A year compared with (比2019年增加8项, 较2019年减少) dates nothing.
            let compared = |at: usize| ["比", "较", "同比"].iter().any(|w| before[..at].ends_with(w));
            let years: Vec<i32> = patterns()
                .year
                .find_iter(before)
                .filter(|m| !compared(m.start()))
                .filter_map(|m| m.as_str()[..4].parse().ok())
                .collect();
            !years.is_empty() && !years.contains(&year)
        }
        // Only a year printed whole (2019年): a figure before a lost character (共2020\u{FFFD})
        // may be a count.
        None => before.contains('年') && patterns().year.find_iter(before).any(|m| m.as_str().ends_with('年')),
    }
}

/// Requests received, stated more than once with different figures (政府 received 2, its
/// departments 4, and no word of which is the report's): none is read, and a failed
/// `prose_received_ambiguous` check lists them. The same figure stated twice is one fact.
fn one_request_count(received: &mut Vec<Metric>) -> Option<Check> {
    let first = received.first()?.value;
    if received.iter().all(|m| (m.value - first).abs() < 1e-9) {
        received.truncate(1);
        return None;
    }
    let stated: Vec<String> = received.iter().map(|m| format!("line {}: '{}'", m.line, m.raw)).collect();
    received.clear();
    Some(Check {
        rule: "prose_received_ambiguous".into(),
        expected: None,
        actual: None,
        passed: false,
        detail: format!("requests received stated with different figures ({}); none is read", stated.join(", ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<(u32, String)> {
        logical_lines(&s.lines().map(str::to_string).collect::<Vec<_>>(), &[])
    }

    #[test]
    fn what_requests_got_is_no_part_of_the_proactive_total() {
        // All that was disclosed, split by how: nothing on request is a part (the proactive
        // share, the narrative reader's total, is the whole where requests got nothing).
        let text = "2020年，我局共公开政府信息120条，其中主动公开120条，依申请公开0条。";
        let f = read(&lines(text), Some(120.0), Some(2020));
        assert!(f.metrics.is_empty(), "{:?}", f.metrics);
    }

    #[test]
    fn a_figure_grouped_by_full_width_commas_and_broken_at_one_is_read_whole() {
        let paragraphs = lines("2016年，我县共主动公开政府信息1，\n234条，其中通过县政府网站公开1，034条。");
        assert_eq!(paragraphs[0].1, "2016年，我县共主动公开政府信息1,234条，其中通过县政府网站公开1,034条。");
        let read = crate::narrative::facts(&paragraphs, &[], &[], Some(2016));
        let total = read.iter().find(|m| m.metric == "proactive.total").map(|m| m.value);
        assert_eq!(total, Some(1234.0));
    }

    #[test]
    fn a_crawlers_line_breaks_are_undone_but_not_across_headings_tables_or_empty_lines() {
        let raw: Vec<String> = [
            "根据条例，现公布",
            "三明",
            "市20",
            "20",
            "年报告。",
            "一、总体情况",
            "全年收到申请",
            "12",
            "件",
            "",
            "新段落",
            "规章",
            "0",
            "（一）加强组织领导。全年召开会议9",
            "次，研究工作。",
            "其中当面申请12件",
            "；",
            "网上申请3件。",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut in_table = vec![false; raw.len()];
        in_table[11] = true;
        in_table[12] = true;
        let got = logical_lines(&raw, &in_table);
        assert_eq!(
            got,
            [
                (1, "根据条例，现公布三明市2020年报告。".to_string()),
                (6, "一、总体情况".to_string()),
                (7, "全年收到申请12件".to_string()),
                (11, "新段落".to_string()),
                (14, "（一）加强组织领导。全年召开会议9次，研究工作。".to_string()),
                (16, "其中当面申请12件；网上申请3件。".to_string())
            ]
        );
    }

    #[test]
    fn a_line_that_starts_with_a_decimal_figure_goes_on_with_its_sentence() {
        // The crawler broke the sentence before 76.5%: no heading 76. starts there, and the
        // year's share after the cumulative count stays in the sentence that says so.
        let broken = "二、主动公开政府信息情况\n本镇至年末累计主动公开政府信息\n812\n条，网上公开率为\n76.5%\n，其中本年度新增主动公开政府信息\n97\n条。\n1.公开目录\n已更新。";
        assert_eq!(
            lines(broken),
            [
                (1, "二、主动公开政府信息情况".to_string()),
                (
                    2,
                    "本镇至年末累计主动公开政府信息812条，网上公开率为76.5%，其中本年度新增主动公开政府信息97条。"
                        .to_string()
                ),
                (9, "1.公开目录".to_string()),
                (10, "已更新。".to_string()),
            ]
        );
        // Broken after its point (占 / 23. / 5%): the figure goes on too; a heading's 2. alone on
        // its line is still a heading's numbering, and goes on into its words on the next.
        let after_the_point = "其中：当面申请9件，占\n23.\n5%\n；网上申请29件。\n2.\n公开平台建设。";
        assert_eq!(
            lines(after_the_point),
            [(1, "其中：当面申请9件，占23.5%；网上申请29件。".to_string()), (5, "2.公开平台建设。".to_string()),]
        );
        let point = "（一）主动公开\n2.\n政务新媒体：通过“某某信访”微信公众号发布信息\n6\n条。";
        assert_eq!(lines(point)[1], (2, "2.政务新媒体：通过“某某信访”微信公众号发布信息6条。".to_string()));
    }

    #[test]
    fn on_a_double_spaced_page_an_empty_line_does_not_end_a_paragraph() {
        // Every piece is followed by an empty line: the sentence broken at its tags is joined,
        // the paragraph that ends with its stop and the heading still stand apart.
        let pieces = [
            "二、主动公开政府信息情况",
            "本机关",
            "2016",
            "年度共主动公开政府信息",
            "35",
            "条。",
            "三、依申请公开情况",
            "全年收到申请",
            "4",
            "件，均已办结。",
            "四、其他",
            "无。",
        ];
        let double: Vec<String> = pieces.iter().flat_map(|p| [p.to_string(), String::new()]).collect();
        assert_eq!(
            logical_lines(&double, &[]),
            [
                (1, "二、主动公开政府信息情况".to_string()),
                (3, "本机关2016年度共主动公开政府信息35条。".to_string()),
                (13, "三、依申请公开情况".to_string()),
                (15, "全年收到申请4件，均已办结。".to_string()),
                (21, "四、其他".to_string()),
                (23, "无。".to_string()),
            ]
        );
        // A page whose empty lines come between some of its lines only keeps them as breaks.
        let mut sparse: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        sparse.insert(3, String::new());
        assert_eq!(logical_lines(&sparse, &[])[1], (2, "本机关2016".to_string()));
    }

    #[test]
    fn a_year_is_a_year_when_the_decoder_lost_its_character() {
        assert!(dated_elsewhere("2020年，我单位", Some(2021)));
        assert!(dated_elsewhere("2020\u{FFFD}，我单位", Some(2021)));
        assert!(!dated_elsewhere("2021\u{FFFD}，我单位", Some(2021)));
        assert!(!dated_elsewhere("共2020\u{FFFD}", None));
        assert!(dated_elsewhere("2019年，我单位", None), "the report's year unknown: any year may be another's");
    }

    fn values(f: &ProseFacts, code: &str) -> Vec<(String, f64)> {
        f.metrics.iter().filter(|m| m.metric == code).map(|m| (m.label.clone(), m.value)).collect()
    }

    /// The year a test text states first (its report's), if any.
    fn year_of(text: &str) -> Option<i32> {
        let at = text.find('年')?;
        text[..at].get(at.checked_sub(4)?..)?.parse().ok()
    }

    #[test]
    fn a_total_and_its_parts_give_a_check_and_the_parts() {
        let text = "2017年，全镇主动公开政府信息170条，其中，机构信息7条，政策文件8条，“三公”经费、财政预决算等财政信息15条，重点公开事项140条，此外，在年初公布了指南。";
        let f = read(&lines(text), Some(170.0), year_of(text));
        assert_eq!(f.checks.len(), 1);
        assert!(f.checks[0].passed, "{}", f.checks[0].detail);
        let parts = values(&f, "proactive.part");
        assert_eq!(
            parts,
            [
                ("机构信息".into(), 7.0),
                ("政策文件".into(), 8.0),
                ("“三公”经费、财政预决算等财政信息".into(), 15.0),
                ("重点公开事项".into(), 140.0)
            ]
        );
    }

    #[test]
    fn parts_set_out_with_semicolons_after_the_totals_sentence() {
        let text = "2022年，主动公开政府信息130条。其中，规划信息3条；统计信息7条；财政类信息44条；政策解读38条；其他信息38条。";
        let f = read(&lines(text), Some(130.0), year_of(text));
        let sums: Vec<_> = f.checks.iter().filter(|c| c.rule == "prose_sum").collect();
        assert_eq!(sums.len(), 1, "{:?}", f.checks);
        assert!(sums[0].passed && sums[0].actual == Some(130.0), "{}", sums[0].detail);
        assert_eq!(values(&f, "proactive.part").len(), 5);
        // A stretch after a semicolon that says more than a part ends the list there.
        let more =
            "2022年，主动公开政府信息130条，其中，规划信息3条；统计信息7条；全年接待群众来访120次，办理信件56件。";
        let f = read(&lines(more), Some(130.0), year_of(more));
        assert_eq!(values(&f, "proactive.part").len(), 2, "{:?}", f.metrics);
    }

    #[test]
    fn a_list_after_the_count_carried_over_beside_the_years_is_not_summed() {
        let text = "2022年，我县收到政府信息公开申请9宗，上年转结1件，其中网络申请5件，信函申请5件。";
        let f = read(&lines(text), None, year_of(text));
        assert!(f.checks.iter().all(|c| c.rule != "prose_sum"), "{:?}", f.checks);
        // Carried over alone, the list is of it.
        let alone = "上年结转申请6件，其中网络申请5件，信函申请2件。";
        let f = read(&lines(alone), None, year_of(alone));
        assert!(f.checks.iter().any(|c| c.rule == "prose_sum" && !c.passed), "{:?}", f.checks);
    }

    #[test]
    fn parts_first_with_a_total_after_them() {
        let text = "主要公开的事项包括：建设发展财务状况2条，建设发展工作动态89条，政府规范性文件3条，重点工作5条，年度工作报告1条，合计100条信息，具体分布状况如下图：";
        let f = read(&lines(text), None, None);
        let total = values(&f, "proactive.total");
        assert_eq!(total.len(), 1);
        assert_eq!(total[0].1, 100.0);
        assert!(total[0].0.starts_with("主要公开的事项包括") && total[0].0.ends_with("合计100条"), "{}", total[0].0);
        assert_eq!(values(&f, "proactive.part").len(), 5);
        assert!(f.checks[0].passed);
    }

    #[test]
    fn a_summed_list_whose_stop_before_it_was_lost_starts_where_its_figures_add_up() {
        let text = "主动公开人事任免信息3条\u{FFFD}规划计划信\u{FFFD}27条\u{FFFD}2019年，我单位主动公开机构职能信息20条，主动公开规划计划信息7条，工作动态信息13条，总计40条。";
        let f = read(&lines(text), None, Some(2019));
        let sums: Vec<_> = f.checks.iter().filter(|c| c.rule == "prose_sum").collect();
        assert!(sums.iter().all(|c| c.passed), "{sums:?}");
        assert_eq!(values(&f, "proactive.part").len(), 3, "{:?}", f.metrics);
        // Without a lost character the list is the sentence's, and a sum it misses fails.
        let printed = "主动公开人事任免信息3条，规划计划信息27条，机构职能信息20条，工作动态信息13条，总计40条。";
        let f = read(&lines(printed), None, Some(2019));
        assert!(f.checks.iter().any(|c| c.rule == "prose_sum" && !c.passed), "{:?}", f.checks);
    }

    #[test]
    fn kinds_with_their_verbs_closed_by_their_sum() {
        let text = "2021年，我局主动公开机构信息40条，主动公开规划信息7条，业务信息13条，合计共60条，完成了任务。";
        let f = read(&lines(text), None, Some(2021));
        assert_eq!(values(&f, "proactive.total"), [(text.trim_end_matches("，完成了任务。").to_string(), 60.0)]);
        assert_eq!(
            values(&f, "proactive.part"),
            [("机构信息".into(), 40.0), ("规划信息".into(), 7.0), ("业务信息".into(), 13.0)],
            "each kind without the subject and the verb before it"
        );
        assert!(f.checks[0].passed);
    }

    #[test]
    fn a_list_ends_at_a_stop_lost_after_its_last_figure() {
        // 古文码 lost the stop after 9条 and the 、 of the heading: 40条 is another statement's.
        let text = "共制作政府信息100条，其中主动公开信息80条，依申请公开信息9条\u{FFFD}三\u{FFFD}依申请公开政府信息情况全年收到申请40条。";
        let f = read(&lines(text), None, None);
        let sums: Vec<_> = f.checks.iter().filter(|c| c.rule == "prose_sum").collect();
        assert!(sums.iter().all(|c| c.passed && c.actual == Some(89.0)), "{sums:?}");
        // The unit lost too, to a wrong decoding before the lost bytes (条 as 鏉°): 40条 is not a part.
        let text = "共制作政府信息100条，其中主动公开信息80条，依申请公开信息9鏉°\u{FFFD}\u{FFFD}涓\u{FFFD}、依申请公开政府信息情况收到网上咨询40条。";
        let f = read(&lines(text), None, None);
        assert!(f.checks.iter().filter(|c| c.rule == "prose_sum").all(|c| c.passed), "{:?}", f.checks);
    }

    #[test]
    fn a_part_of_a_part_in_brackets_is_not_a_part_of_the_total() {
        let text = "本年度共发布信息500条，其中门户网站发布320条（其中专题栏目发布90条），微信公众号发布150条。";
        let f = read(&lines(text), None, None);
        assert_eq!(f.checks.len(), 1, "{:?}", f.checks);
        assert_eq!((f.checks[0].expected, f.checks[0].actual, f.checks[0].passed), (Some(500.0), Some(470.0), true));
        let text = "全年主动公开政府信息500条，其中工作动态320条（其中图片新闻90条），通知公告150条。";
        let parts = values(&read(&lines(text), Some(500.0), None), "proactive.part");
        assert_eq!(parts, [("工作动态".into(), 320.0), ("通知公告".into(), 150.0)]);
        // Brackets around the whole list open before it: their figures are the parts.
        let text = "全年主动公开政府信息60条（其中，工作动态40条，通知公告20条）。";
        let f = read(&lines(text), Some(60.0), None);
        assert_eq!(values(&f, "proactive.part").len(), 2, "{:?}", f.metrics);
        assert!(f.checks[0].passed);
    }

    #[test]
    fn of_which_after_a_full_stop_needs_one_figure_before_it() {
        // Which of the three figures the parts are of is not said.
        let text = "本年度共受理申请60件，已办结58件，转入下年2件。其中当面申请10件、网上申请45件、信函申请5件。";
        assert!(read(&lines(text), None, None).checks.is_empty());
        let text = "全年主动公开政府信息90条。其中，工作动态60条，通知公告30条。";
        let f = read(&lines(text), Some(90.0), None);
        assert_eq!(f.checks.len(), 1);
        assert!(f.checks[0].passed, "{}", f.checks[0].detail);
        // The sentence before runs on past its semicolons: its last figure is not the total.
        let text = "其中：当面申请15件，占53.2%；网上申请13件；电子邮件申请0件。其中，同意公开答复数20件，不同意公开答复数8件。";
        assert!(read(&lines(text), None, None).checks.iter().all(|c| c.passed));
    }

    #[test]
    fn a_list_ends_where_the_next_total_begins() {
        let text = "本年度主动公开信息210条，其中网站公开210条，历年累计主动公开信息3500条，其中网站公开3500条。";
        let f = read(&lines(text), None, None);
        assert!(f.checks.iter().all(|c| c.passed), "{:?}", f.checks);
    }

    #[test]
    fn cases_under_a_heading_of_disclosures_cases() {
        let text = "四、政府信息公开行政复议、行政诉讼和投诉的情况\n2018年，市民政局共收到行政复议3件，均为维持具体行政行为。市民政局收到行政诉讼5件。";
        let f = read(&lines(text), None, Some(2018));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [3.0]);
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [5.0]);
        // The heading run into the section's first sentence.
        let text = "五、因政府信息公开申请行政复议、提起行政诉讼的情况2018年，本单位共收到行政复议3件。本单位收到行政诉讼5件。";
        let f = read(&lines(text), None, Some(2018));
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [5.0]);
        // The heading cut before its 情况 by a crawler, read with the paragraph after it.
        let text = "五、因政府信息\n\n公开申请行政复议、提起行政诉讼的情况2018年，本单位收到行政复议3件。本单位收到行政诉讼5件。";
        let f = read(&lines(text), None, Some(2018));
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [5.0]);
        // Under another heading nothing says the cases are about disclosure.
        let text = "四、依法行政情况\n2018年，市民政局共收到行政复议3件，均为维持具体行政行为。";
        assert!(values(&read(&lines(text), None, Some(2018)), "review.total").is_empty());
    }

    #[test]
    fn requests_split_by_channel_end_where_their_outcomes_begin() {
        let text = "全年受理政府信息公开申请20件，其中网上申请15件，当面申请5件，已办结18件，结转下年度2件。";
        let f = read(&lines(text), None, None);
        let sums: Vec<_> = f.checks.iter().filter(|c| c.rule == "prose_sum").collect();
        assert_eq!(sums.len(), 1, "{sums:?}");
        assert_eq!((sums[0].actual, sums[0].passed), (Some(20.0), true), "{}", sums[0].detail);
        // One channel and then the outcomes: no list of parts at all.
        let text = "全年受理政府信息公开申请9件，其中网络申请9件，办结7件，结转下年度2件。";
        assert!(read(&lines(text), None, None).checks.iter().all(|c| c.passed));
    }

    #[test]
    fn in_all_inside_a_statement_sums_no_list() {
        // 共计 says "in all" of its own statement: the figures before it are other statements'.
        let text = "本年度通过门户网站公开信息260条，通过其他渠道和平台公开政府信息共计90余条。";
        assert!(read(&lines(text), None, None).checks.is_empty());
        // After the list's last figure or a word that sums up, it closes the list.
        let text = "主要公开了工作动态12条、通知公告8条合计20条。";
        let f = read(&lines(text), None, None);
        assert_eq!((f.checks.len(), f.checks[0].passed), (1, true), "{:?}", f.checks);
        let text = "主要公开了工作动态12条、通知公告8条，以上合计20条。";
        assert_eq!(read(&lines(text), None, None).checks.len(), 1);
    }

    #[test]
    fn a_multi_year_sum_that_does_not_add_up_is_a_failed_check_and_no_metric() {
        let text = "从2013年到2017年，青山镇公开信息669条，其中2013年100条，2014年107条，2015年114条，2016年48条，2017年100条。具体情况如图：";
        let f = read(&lines(text), None, None);
        assert!(f.metrics.is_empty(), "{:?}", f.metrics);
        assert_eq!(f.checks.len(), 1);
        let c = &f.checks[0];
        assert_eq!((c.rule.as_ref(), c.expected, c.actual, c.passed), ("prose_sum", Some(669.0), Some(469.0), false));
    }

    #[test]
    fn counts_outside_part_clauses() {
        let text = "2017年，全区各有关单位共受理政府信息依申请公开244件，其中，区政府受理62件，各部门及镇街受理182件。\n2017年全区政府信息公开类行政复议4件，其中，被纠错2件，其他情况2件；政府信息公开类的诉讼0起。";
        let f = read(&lines(text), None, year_of(text));
        assert_eq!(values(&f, "apply.received").iter().map(|v| v.1).collect::<Vec<_>>(), [244.0]);
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [4.0]);
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [0.0]);
        // 244 = 62 + 182 and 4 = 2 + 2: both statements checked and passing.
        assert_eq!(f.checks.iter().filter(|c| c.passed).count(), 2, "{:?}", f.checks);
    }

    #[test]
    fn requests_counted_as_matters_or_cases_and_cases_as_times() {
        let received = |text: &str| values(&read(&lines(text), None, Some(2022)), "apply.received");
        assert_eq!(received("2022年我局共受理依申请政府信息公开事项17例，全部按时办结。")[0].1, 17.0);
        assert_eq!(received("2022年，我局收到1项依申请公开事项。")[0].1, 1.0);
        assert_eq!(received("2022年，我局共收到依申公开事项7件，均按时答复。")[0].1, 7.0, "依申公开, the short form");
        assert_eq!(received("2022年，我局接到12项依申请公开政府信息申请，均已答复。")[0].1, 12.0);
        assert!(received("全年受理群众申请事项1项。").is_empty(), "a matter of any kind");
        let f = read(&lines("本年度收到政府信息公开申请3件，行政复议0次，行政诉讼0次。"), None, Some(2022));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [0.0]);
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [0.0]);
    }

    #[test]
    fn reconsiderations_and_lawsuits_the_requests_led_to() {
        let text = "全年受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件。";
        let f = read(&lines(text), None, None);
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0]);
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [0.0]);
        let text =
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况全年受理答复政府信息公开申请28件，其中，行政复议1件。";
        let f = read(&lines(text), None, None);
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "after its heading");
        // A 其中 list of how requests came, closed by a clause without a figure: the
        // reconsideration after it is no part of the list.
        let closed = read(
            &lines("2022年，我县收到政府信息公开申请9件，其中网络申请5件，信函申请4件，已按时办理，发生行政复议1件。"),
            None,
            Some(2022),
        );
        assert_eq!(values(&closed, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0]);
        let inside = read(&lines("全县共发生行政复议10件，其中，不服县政府决定2件，行政复议1件。"), None, Some(2022));
        assert!(values(&inside, "review.total").iter().all(|v| v.1 != 1.0), "an item of the list");
        let text =
            "2023年收到和处理政府信息公开申请2件，发生因政府信息公开申请行政复议情况1件；发生行政诉讼的情况0件。";
        let f = read(&lines(text), None, Some(2023));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "counted as 情况");
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [0.0]);
        let text = "2024年共受理依申请公开14件。发生行政复议1件，申请人已撤回；发生行政诉讼1件，结果维持。";
        let f = read(&lines(text), None, Some(2024));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "after the requests");
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0]);
        // The requests ending the paragraph before (a page broken at every tag shows no other
        // end of a paragraph); not another paragraph's matters.
        let text = "（二）依申请公开情况\n2022年，我县共收到政府信息公开申请21件，均按时答复。\n2022年度发生行政复议案件1件，为其他结果；行政诉讼案件1件。";
        let f = read(&lines(text), None, Some(2022));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "the paragraph before");
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0]);
        let text = "（二）依法行政情况\n全年召开专题会议3次，均按时完成。\n2022年度发生行政复议案件1件，为其他结果。";
        assert!(values(&read(&lines(text), None, Some(2022)), "review.total").is_empty(), "no requests before");
        let text = "全年受理依申请信息公开17件。其中予以公开9件，部分公开3件。全年共收到行政复议2件，维持结果2件。";
        let f = read(&lines(text), None, Some(2024));
        assert_eq!(
            values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(),
            [2.0],
            "after the requests and the 其中 sentence that goes on with them"
        );
        let text = "共收到依申请公开件32件，办结31件，新发生行政复议案件2件（其中1件为2023年信息公开件），新发生行政诉讼案件1件。";
        let f = read(&lines(text), None, Some(2024));
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "a year in brackets");
        let text = "全县共受理行政复议案件4件，推进依法行政。";
        let f = read(&lines(text), None, Some(2024));
        assert!(values(&f, "review.total").is_empty(), "every reconsideration of the county");
        let text = "2017年，受理政府信息公开申请2件，均已答复。2017年全县共受理行政复议4件，其中维持1件。";
        let f = read(&lines(text), None, Some(2017));
        assert!(values(&f, "review.total").is_empty(), "handled as the reviewing body, after the requests");
        let text = "共收到行政复议申请10件，其中，行政复议2件。";
        let f = read(&lines(text), None, None);
        assert!(values(&f, "review.total").iter().all(|v| v.1 != 2.0), "requests for review");
        let text = "全县共发生行政复议案件10件，其中，涉及政府信息公开的行政复议2件。";
        let f = read(&lines(text), None, None);
        assert!(values(&f, "review.total").iter().all(|v| v.1 != 2.0), "a part of other reconsiderations");
        // The passive, the figure first, in the sentence of the requests.
        let text = "全年收到38宗政府信息公开申请，均按时办理，2宗被行政复议，1件被提起行政诉讼。";
        let f = read(&lines(text), None, Some(2020));
        assert_eq!(values(&f, "review.total").iter().map(|v| v.1).collect::<Vec<_>>(), [2.0], "passive");
        assert_eq!(values(&f, "litigation.total").iter().map(|v| v.1).collect::<Vec<_>>(), [1.0], "passive");
        let f = read(&lines("信息公开类行政复议1起，正在办理中。"), None, Some(2021));
        assert_eq!(
            (values(&f, "review.total")[0].1, values(&f, "review.pending")[0].1),
            (1.0, 1.0),
            "the case still open, told in words"
        );
        let f = read(&lines("信息公开类行政复议1起，已办结。"), None, Some(2021));
        assert!(values(&f, "review.pending").is_empty(), "closed, not pending");
        let text = "全年共有5件行政处罚决定被申请行政复议。";
        let f = read(&lines(text), None, Some(2020));
        assert!(values(&f, "review.total").is_empty(), "not about disclosure");
    }

    #[test]
    fn a_channel_or_a_sub_unit_is_not_the_agency_total() {
        let text = "通过政务网站公开信息270条，其中通知公告94条，工作动态176条。\n区直部门受理政府信息公开申请120件，乡镇受理申请80件。";
        let f = read(&lines(text), None, None);
        assert!(f.metrics.is_empty(), "{:?}", f.metrics);
        assert_eq!(f.checks.len(), 1, "the channel's own sum is still checked");
    }

    #[test]
    fn a_street_office_named_after_a_town_is_no_set_of_sub_units() {
        let f = read(&lines("2024年，安某镇街道受理依申请信息公开3件。"), None, Some(2024));
        assert_eq!(values(&f, "apply.received").iter().map(|v| v.1).collect::<Vec<_>>(), [3.0]);
        let f = read(&lines("2024年，各镇街受理依申请公开30件。"), None, Some(2024));
        assert!(values(&f, "apply.received").is_empty(), "towns and streets together");
        // Nor one named after a village (新村街道); the villages together are parts.
        let f = read(&lines("2024年，新村街道受理依申请公开2件。"), None, Some(2024));
        assert_eq!(values(&f, "apply.received").iter().map(|v| v.1).collect::<Vec<_>>(), [2.0]);
        let f = read(&lines("2024年，各村受理依申请公开5件。"), None, Some(2024));
        assert!(values(&f, "apply.received").is_empty(), "the villages together");
    }

    #[test]
    fn a_stock_split_into_parts_is_not_the_years_total() {
        let text = "截止20201231日，全乡累计主动公开政府信息65条。其中，网上公开信息20条，公开栏公开45条。";
        let f = read(&lines(text), None, Some(2020));
        assert!(values(&f, "proactive.total").is_empty(), "{:?}", f.metrics);
        let text = "2020年，全乡主动公开政府信息65条。其中，网上公开信息20条，公开栏公开45条。";
        let f = read(&lines(text), None, Some(2020));
        assert_eq!(values(&f, "proactive.total").iter().map(|v| v.1).collect::<Vec<_>>(), [65.0]);
    }

    #[test]
    fn documents_made_are_not_the_documents_disclosed() {
        let text = "2018年，共制作政府信息3021条，其中主动公开信息1027条，依申请公开信息459条，不予公开信息1535条。";
        let f = read(&lines(text), None, None);
        assert!(values(&f, "proactive.total").is_empty(), "{:?}", f.metrics);
        assert_eq!(f.checks.len(), 1, "the sum is still checked");
    }

    #[test]
    fn request_counts_in_their_real_forms() {
        for (text, want) in [
            ("全年共收到90件申请，已办结86件。", 90.0),
            ("2023年，我局总共收到1件自然人提起的政府信息公开申请，并及时办理。", 1.0),
            ("本年度我乡收到群众提出的政府信息公开申请2条，均已按时答复。", 2.0),
            ("2021年，我街共收到信息公开申请22宗。", 22.0),
            ("本年新收政府信息公开申请数量0件，上年结转0件。", 0.0),
            ("受理依申请公开信息19件。", 19.0),
            ("2024年度我局收到15条信息公开申请，其中2条给予答复。", 15.0),
            ("全年受理行政许可申请326件，受理政府信息公开申请7件。", 7.0),
            ("本年度共收到依申请公开11项，均在法定期限内答复。", 11.0),
            ("本年度共受理政府信息公开申请两件，均已按期答复。", 2.0),
            ("全年收到一件信息公开申请。", 1.0),
            ("本年度共受理政府信息公开申请十二件，均已按期答复。", 12.0),
            ("全年共收到政府信息公开申请三十五件。", 35.0),
            ("全年共收到政府信息公开申请二十件。", 20.0),
            ("2020年依申请公开共受理5件，均按时答复。", 5.0),
            ("依申请公开方面共收到三件，均已办结。", 3.0),
            ("2016年，我委收到7起政府信息依申请公开，均按时办理。", 7.0),
            ("区某某办2019年接受依申请公开3条，已答复申请人3条。", 3.0),
            ("全年收政府信息公开申请58件，本年度办结55件。", 58.0),
            ("2022年度，本局共收到信息公开申请16起，均已答复。", 16.0),
            ("依申请公开方面共受理9起，均已办结。", 9.0),
            ("2020年度某某街道发生依申请公开2次。", 2.0),
            ("全年收到并办理政府信息依申请公开24件。", 24.0),
            ("全年共受理依申请公开政府信息公开申请22件，办结21件。收到与政府信息公开申请相关的行政复议1件。", 22.0),
            // The year's new requests beside those carried over: they are the year's count.
            ("2021年，全区累计处理政府信息依申请公开92件，其中，本年度新接收91件，2020年结转办理1件。", 91.0),
            ("2021年，共受理政府信息公开申请10件，其中新收申请8件，上年结转2件。", 8.0),
        ] {
            assert_eq!(
                values(&read(&lines(text), None, year_of(text)), "apply.received")
                    .iter()
                    .map(|v| v.1)
                    .collect::<Vec<_>>(),
                [want],
                "{text}"
            );
        }
        assert!(values(&read(&lines("本镇收到涉及政府信息公开的行政复议申请0件。"), None, None), "apply.received")
            .is_empty());
        assert!(
            values(
                &read(
                    &lines("2022年，共收到政府信息公开申请4件，其中上年度结转2件，均已答复。"),
                    None,
                    year_of("2022年，共收到政府信息公开申请4件，其中上年度结转2件，均已答复。")
                ),
                "apply.received"
            )
            .is_empty(),
            "a count holding the year before's carried over"
        );
        assert_eq!(
            values(
                &read(
                    &lines("2022年，共收到政府信息公开申请4件，其中网上申请2件。"),
                    None,
                    year_of("2022年，共收到政府信息公开申请4件，其中网上申请2件。")
                ),
                "apply.received"
            )
            .len(),
            1,
            "a 其中 list of ways"
        );
        assert!(
            values(&read(&lines("便民服务中心受理群众申请事项120项。"), None, None), "apply.received").is_empty(),
            "matters of any kind counted in 项"
        );
        // The comma after the requests lost to 古文码: the figure is another statement's.
        assert!(
            values(
                &read(&lines("本年度未收到政府信息公开申请\u{FFFD}收到群众咨询52条。"), None, None),
                "apply.received"
            )
            .iter()
            .all(|v| v.1 == 0.0),
            "consultations received"
        );
        assert!(
            values(&read(&lines("坚持受理申请一件、办结一件的原则。"), None, None), "apply.received").is_empty(),
            "a saying: a count in words must end its clause"
        );
        assert!(
            values(&read(&lines("全年共收到政府信息公开申请三四件。"), None, None), "apply.received").is_empty(),
            "three or four: no count"
        );
    }

    #[test]
    fn requests_from_natural_persons_where_the_sentence_says_how_many() {
        let people = |text: &str| {
            read(&lines(text), None, year_of(text))
                .metrics
                .iter()
                .filter(|m| m.applicant == Some(Applicant::NaturalPerson))
                .map(|m| m.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(people("全年共受理政府信息公开申请7件，均来自自然人。"), [7.0]);
        assert_eq!(people("全县共收到政府信息公开申请11件，全部属自然人申请件。"), [11.0]);
        assert_eq!(people("2021年收到政府信息公开申请数量为9件，申请人均为自然人。"), [9.0]);
        assert_eq!(people("共受理政府信息公开申请95件，其中自然人申请89件，法人或其他组织申请6件。"), [89.0]);
        assert!(people("共受理政府信息公开申请9件，其中自然人申请19件。").is_empty(), "a part above its total");
        assert!(people("共受理政府信息公开申请9件。").is_empty());
    }

    #[test]
    fn reconsiderations_and_lawsuits_stated_together() {
        let f = read(&lines("涉及政务公开的行政复议、行政诉讼数量为0件。"), None, None);
        assert_eq!((values(&f, "review.total")[0].1, values(&f, "litigation.total")[0].1), (0.0, 0.0));
        let f = read(&lines("本委共受理涉及政府信息公开工作的行政复议、行政诉讼及申诉案件0件。"), None, None);
        assert_eq!((values(&f, "review.total")[0].1, values(&f, "litigation.total")[0].1), (0.0, 0.0));
        let f = read(&lines("全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。"), None, None);
        assert_eq!(
            (values(&f, "review.total")[0].1, values(&f, "litigation.total")[0].1),
            (0.0, 0.0),
            "的 before 案件"
        );
        let f = read(&lines("全年行政复议和行政诉讼案件743件。"), None, None);
        assert!(
            values(&f, "litigation.total").is_empty() && values(&f, "review.total").is_empty(),
            "a figure for both together"
        );
        // Each named as the procedure it entered.
        let f = read(&lines("进入行政复议程序和行政诉讼程序均为0件。"), None, None);
        assert_eq!((values(&f, "review.total")[0].1, values(&f, "litigation.total")[0].1), (0.0, 0.0));
        let f = read(&lines("本镇收到涉及政府信息公开的行政复议申请0件，复议0件，诉讼0件。"), None, None);
        assert_eq!((values(&f, "review.total")[0].1, values(&f, "litigation.total")[0].1), (0.0, 0.0));
    }

    #[test]
    fn statements_of_another_year_or_of_answers_and_differing_counts_are_not_read() {
        assert!(values(&read(&lines("2019年，全镇收到政府信息公开申请5件。"), None, Some(2020)), "apply.received")
            .is_empty());
        assert!(values(&read(&lines("全年受理答复政府信息公开申请28件。"), None, None), "apply.received").is_empty());
        assert!(
            values(&read(&lines("全年收费减免申请3件。"), None, None), "apply.received").is_empty(),
            "收费 is no receiving"
        );
        let f = read(&lines("本级政府收到政府信息公开申请2件。本级部门收到政府信息公开申请4件。"), None, None);
        assert!(values(&f, "apply.received").is_empty());
        assert!(f.checks.iter().any(|c| c.rule == "prose_received_ambiguous" && !c.passed));
        assert!(
            values(&read(&lines("全县共受理行政复议4件。"), None, None), "review.total").is_empty(),
            "not said to be about disclosure"
        );
        assert_eq!(values(&read(&lines("全县共受理政府信息公开行政复议4件。"), None, None), "review.total")[0].1, 4.0);
    }
}
