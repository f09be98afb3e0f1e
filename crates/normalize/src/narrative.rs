//! Facts stated in sentences (`source = narrative`).
//!
//! Only statements whose meaning is unambiguous are read: explicit zero statements
//! (未收到政府信息公开申请 → apply.received 0, 未发生…行政复议 → review.total 0, 未收取…费用 →
//! fees.amount 0), a section heading marked （无）, and the document-wide proactive total
//! (主动公开政府信息170条). A figure inside a 其中 clause is never taken for the total, and the
//! first statement of a fact wins; a later, different statement of the same fact is left alone
//! rather than guessed between.

use crate::value::parse_figure;
use nianbao_model::{Applicant, FactSource, Metric, Section};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// The words of the zero statements: no request received, nothing happened (reconsideration,
/// lawsuit), no fee charged.
const RECEIVED: &[&str] = &[
    "未收到",
    "没有收到",
    "未接到",
    "没有接到",
    "未接收",
    // 截止目前，我镇未接受政府信息公开申请: none came to be accepted.
    "未接受",
    "没有接受",
    "未受理",
    "没有受理",
    "无依申请",
    // 无依法申请公开件: none applied under the law.
    "无依法申请",
    "没有依申请",
    "无政府信息公开申请",
    "无信息公开申请",
    // 本年度没有申请公开政府信息的情况: no one applied (申请 as the verb, 公开 its object).
    "没有申请公开",
    "无申请公开",
    // 本年度无申请政府信息公开的情况.
    "无申请政府信息公开",
    "没有申请政府信息公开",
    // 年度内未有公民、法人或其他组织提出政府信息公开申请.
    "未有",
    // 全年没有公民、法人和其它组织提出依申请公开信息的申请.
    "没有公民",
    "无公民",
    // 没有单位或个人向我局提出申请信息公开事项: no one of any kind applied.
    "没有单位",
    "无单位",
    "没有个人",
    "无个人",
    "没有任何",
];
/// The characters every negation word has one of.
const NEGATION_CHARS: [char; 5] = ['未', '没', '无', '不', '免'];
/// 未产生 as 未发生: 未产生针对本机关政府信息公开的行政复议与行政诉讼; 未引起行政复议和行政诉讼
/// (none that requests led to).
const HAPPENED: &[&str] =
    &["未发生", "没有发生", "未产生", "没有产生", "未出现", "无因", "没有因", "未因", "无一例", "未引起", "没有引起"];
/// Words saying no fee was charged (未收取…费用, 免费提供, 暂免收费); a fee's zero statement may
/// also open with 未发生 (未发生依申请公开信息收费).
const NOT_CHARGED: &[&str] = &["未收取", "没有收取", "无收取", "不收取", "免费提供", "实行免费", "免收"];
/// 本年度无政府信息公开收费, 不予收费; further from its negation where the fee is named as
/// disclosure's (没有公民、法人和其他组织的政府信息公开收费和减免情况).
const NO_FEE: &str = r"(?:(?:无|未|没有|不予?)[^，,。；;\d]{0,12}?收费|(?:无|未|没有)[^，,。；;\d]{0,24}?(?:信息|资讯)公开[^，,。；;\d]{0,4}?收费)";
/// 未向申请人收取依申请公开政府信息的任何费用, 没有向申请人收取检索、复制等任何费用, 不存在
/// 向申请人收取费用.
const NO_CHARGE: &str = r"(?:未|没有|不存在|不)(?:对|向)[^，,。；;\d]{0,30}?收取[^，,。；;\d]{0,20}?费用";
/// 无信息公开申请行政复议、提起行政诉讼的案件, 无行政诉讼, 无信息公开举报、复议和诉讼等情形,
/// 我局没有复议、行政诉讼及申诉, 也不涉及行政复议和行政诉讼:
/// none of the cases the clause names (read per clause in [`no_cases`]).
/// Further from its negation where the clause ends saying none happened (没有针对我镇政府信息公开
/// 申请而提起行政复议和行政诉讼的情况发生).
const NO_CASE: &str = r"(?:无|没有|不涉及)[^，,。；;\d]{0,16}?(?:复议|诉讼)|(?:无|没有)[^，,。；;\d]{17,40}?(?:复议|诉讼)[^，,。；;\d]{0,12}?发生";
/// 未被行政诉讼, 未被申请行政复议: the agency was not taken to review or court — the clause ends
/// there (未被行政复议纠错 says a review corrected nothing, not that none was filed).
const NOT_TAKEN_TO: &str = r"未被(?:申请|提起)?(?:行政)?(?:复议|诉讼)(?:案件|的情况|情况)?(?:$|[，,])";
/// Words that begin with 无 and deny nothing of the cases after them.
const NOT_A_DENIAL: [&str; 7] = ["无论", "无法", "无需", "无须", "无障碍", "无偿", "无效"];
/// 无举报件, 未收到有关政府信息公开工作的投诉, 未发生…投诉举报, 没有因…引发的举报、投诉: no
/// complaint, within one clause.
const NO_COMPLAINT: &str =
    r"(?:无|未收到|未接到|没有收到|没有接到|未发生|没有发生|没有因)[^，,。；;\d]{0,40}?(?:举报|投诉|申诉)";

struct Patterns {
    proactive: Regex,
    proactive_list: Regex,
    /// The same list after a plain verb (公开, 发布), closed as all of it (等各类信息, or a sum:
    /// 等信息共计…): read in the section of proactive disclosure only. (发布警方提示、安全防范、
    /// 交通出行等信息247条 lists some kinds.) Two kinds are enough where 等各类 closes them, a
    /// short word of what they have in common before 信息 (安全生产、防灾减灾等各类非涉密信息).
    proactive_list_plain: Regex,
    proactive_object_first: Regex,
    /// 主动公开规划计划、财政资金…等9个方面8.6万条信息: the figure before the noun.
    proactive_list_figure_first: Regex,
    /// 累计公开186条信息, 全年共公开120条政府信息, 共主动公开158份信息稿件: the figure before the
    /// noun, after a word that sums (共, 累计, 全年).
    proactive_figure_first: Regex,
    /// 全年共发布212条: the year's items without an object (the paragraph says what), at the
    /// head of a sentence or of a clause after the channels it went through; also of 信息
    /// itself (全年累计更新发布信息573条) — in a paragraph about disclosure or under its heading,
    /// where 全年 may be left out before 政务信息 or 政府信息 (2024年度，共发布政务信息439条).
    proactive_objectless: Regex,
    /// 其中本年度在县政府网站及本单位门户网站公开214条: the year's share of a cumulative count,
    /// said without 新增.
    proactive_year_share: Regex,
    /// 其中，本年度新增的主动公开政府信息5条: the year's share of a cumulative count.
    proactive_new: Regex,
    /// All that was disclosed, split by how (共公开政府信息1234条，其中主动公开1200条，依申请公开34条):
    /// the proactive share is the proactive total; the whole counts what requests got too.
    split_by_way: Regex,
    /// 本年度无政府信息公开收费, 不予收费: no fee charged.
    no_fee: Regex,
    /// Any negation a zero statement is made of (RECEIVED, HAPPENED, NOT_CHARGED, NO_FEE, NO_CHARGE).
    negation: Regex,
    no_charge: Regex,
    no_complaint: Regex,
    no_case: Regex,
    not_taken_to: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // 主动公开政府信息170条, 主动公开政府信息总数243条, 主动公开政府信息件数为123件, 主动公开信息的有5条, 主动公开我县各级单位政府信息987条,
        // 主动公开政务工作信息、动态630多条, 主动公开612条, 全年共主动发布各类信息6150条, and
        // without 主动 only of 政府信息 itself: 2022年我乡公开政府信息318条, 共发布政府信息3433条.
        // 主动向社会公开, 主动向广大群众公开 are 主动公开 too.
        // (Or 等内容: 主动公开发布部门预算决算情况说明、履职依据等内容共计33条.)
        // 主动公开人事任免、规划计划、财政资金等政府信息284条: a list of kinds closed by 等 names
        // every kind the agency disclosed, not one category; two are enough after 主动公开
        // (主动公开我局制定的规范性文件、对人大建议和政协提案的答复等政府信息19件). 主动向社会公开
        // is 主动公开 too.
        proactive_list: crate::pattern::compile(
            r"(?P<verb>主动(?:向(?:广大)?(?:社会公众|社会|公众|人民群众|群众))?(?:公开|公布|发布))了?(?P<what>(?:[^。；;，,\d、]{1,20}、){1,}[^。；;，,\d、]{1,20}(?:等(?:方面|类|事项|各类|各项)?|(?:以及|及|和)其他))(?:的)?(?:(?:政府)?信息|内容)\s*(?:共计|共|总计|合计|达|累计)?\s*(?P<fig>(?:约|近)?\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*万?\s*(?:多|余)?\s*(?:条|件))",
        )
        .unwrap(),
        proactive_list_plain: crate::pattern::compile(
            r"(?P<verb>公开|公布|发布)了?(?P<what>(?:[^。；;，,\d、]{1,20}、){2,}[^。；;，,\d、]{1,20}(?:等(?:各类|各项)(?:的)?(?:政府)?信息\s*(?:共计|共|总计|合计|累计)?|等(?:的)?(?:政府)?信息\s*(?:共计|共|总计|合计|累计))|[^。；;，,\d、]{1,20}、[^。；;，,\d、]{1,20}等(?:各类|各项)(?:的)?[^。；;，,\d、]{0,4}?信息\s*(?:共计|共|总计|合计|累计)?)\s*(?P<fig>(?:约|近)?\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*万?\s*(?:多|余)?\s*(?:条|件))",
        )
        .unwrap(),
        // 2022年政府信息累计公开2800余条: the object before the verb.
        proactive_object_first: crate::pattern::compile(
            r"政府信息(?:累计|共计|总计|共)?(?:主动)?(?:公开|发布)(?:了)?\s*(?:共计|总计|共|达)?\s*(?P<fig>(?:约|近)?\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*万?\s*(?:多|余)?\s*(?:条|件))",
        )
        .unwrap(),
        proactive_list_figure_first: crate::pattern::compile(
            r"(?P<verb>主动(?:向(?:广大)?(?:社会公众|社会|公众|人民群众|群众))?(?:公开|公布|发布))了?(?P<what>(?:[^。；;，,\d、]{1,20}、){2,}[^。；;，,\d、]{1,20}等)(?:\d{1,3}(?:个方面|类|项))?\s*(?P<fig>(?:约|近)?\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*万?\s*(?:多|余)?\s*条)(?:的)?(?:政府)?信息",
        )
        .unwrap(),
        proactive_figure_first: crate::pattern::compile(
            r"(?:共|累计|共计|全年)(?:主动)?公开(?:了)?\s*(?P<fig>\d[\d,]*\s*(?:多|余)?\s*(?:条|份))(?:的)?(?:政府|政务|各类)?信息",
        )
        .unwrap(),
        proactive_objectless: crate::pattern::compile(
            r"(?:^|[，,])\s*(?P<whole_year>全年)?(?P<sum>共|累计|共计)(?:主动)?(?:更新)?(?:发布|公开|公布)(?:了)?\s*(?:共)?\s*(?P<info>(?:政务|政府)?信息)?\s*(?P<fig>\d[\d,]*\s*(?:多|余)?\s*条)",
        )
        .unwrap(),
        // 本年度新增主动公开政府信息5条, 2010年新增主动公开政府信息14条 (its year checked by the caller).
        proactive_year_share: crate::pattern::compile(
            r"其中[，,]?\s*(?:本年度|本年|今年|当年)(?P<how>[^，,。；;\d]{0,30}?)(?:主动)?公开(?:了)?(?:政府信息|信息)?(?:共)?\s*(?P<fig>\d[\d,]*)\s*条",
        )
        .unwrap(),
        split_by_way: crate::pattern::compile(concat!(
            r"公开[^，,。；;\d公]{0,10}?\d[\d,]*\s*条[，,]?\s*其中[：:，,]?\s*",
            r"(?P<verb>主动公开)[^，,。；;\d]{0,10}?(?P<fig>\d[\d,]*\s*条)\s*[，,、；;]\s*",
            r"依申请公开[^，,。；;\d]{0,10}?\d[\d,]*\s*条",
        ))
        .unwrap(),
        proactive_new: crate::pattern::compile(
            r"(?:本年度|本年|今年|当年|年内|(?P<new_year>\d{4})年度?)新增(?:的)?(?:主动公开)?(?:的)?(?:政府)?信息(?:共)?\s*(?P<fig>\d[\d,]*)\s*条",
        )
        .unwrap(),
        proactive: crate::pattern::compile(
            r"(?P<verb>主动(?:向(?:广大)?(?:社会公众|社会|公众|人民群众|群众))?(?:公开|公布|发布)(?:和(?:更新|发布))?|公开|发布)了?(?P<what>[^。；;，,\d]{0,16}?)(?P<noun>信息|资讯|文件|内容)?(?P<after>(?:[（(][^（()）\d。，,]{1,12}[）)])?(?:总数|数量|总量|件数|条数|数)?\s*(?:、[^。；;，,\d]{1,4})?\s*(?:共计|共有|共|为|达|累计|总计|合计|的有|有)?)\s*(?P<fig>(?:约|近)?\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*万?\s*(?:多|余)?\s*(?:条|件|篇|项))",
        )
        .unwrap(),
        // 没有收费及减免的情况: the fee and its waiver, none.
        // 没有任何信息公开的收费项目: no fee to charge at all.
        no_fee: crate::pattern::compile(&format!("{NO_FEE}(?:及减免|和减免)?(?:等)?(?:的)?(?:情况|事项|项目)?(?:$|[，,。；;])")).unwrap(),
        // Every word of the three lists, and the no-fee form, as one automaton.
        negation: crate::pattern::compile(&format!(
            "{}|{NO_FEE}|{NO_CHARGE}|{NO_COMPLAINT}|{NO_CASE}|{NOT_TAKEN_TO}",
            [RECEIVED, HAPPENED, NOT_CHARGED].concat().join("|")
        ))
        .unwrap(),
        no_charge: crate::pattern::compile(NO_CHARGE).unwrap(),
        no_complaint: crate::pattern::compile(NO_COMPLAINT).unwrap(),
        no_case: crate::pattern::compile(NO_CASE).unwrap(),
        not_taken_to: crate::pattern::compile(NOT_TAKEN_TO).unwrap(),
    })
}

/// A fact read from the prose: `apply.*` facts are the total applicant's, `fees.*` in yuan. Every
/// prose reader (prose, flows, staff) makes its facts here.
pub(crate) fn narrative(metric: &'static str, value: f64, raw: &str, label: &str, line: u32) -> Metric {
    Metric {
        metric: metric.into(),
        applicant: metric.starts_with("apply.").then_some(Applicant::Total),
        value,
        unit: if metric.starts_with("fees.") { "yuan" } else { "count" }.into(),
        label: label.into(),
        raw: raw.into(),
        source: FactSource::Narrative,
        line,
    }
}

/// Each fact once: the same figure stated twice is one fact; different figures for one fact
/// (a department's count beside the agency's) leave it unread.
pub(crate) fn one_figure_each(found: Vec<Metric>) -> Vec<Metric> {
    let mut out: Vec<Metric> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for m in found {
        if refused.contains(&m.metric.to_string()) {
            continue;
        }
        match out.iter().position(|o| o.metric == m.metric) {
            Some(i) if (out[i].value - m.value).abs() > 1e-9 => {
                refused.push(m.metric.to_string());
                out.remove(i);
            }
            Some(_) => {}
            None => out.push(m),
        }
    }
    out
}

/// What follows byte `end` of `sentence` in its `line` up to the next full stop (。), across
/// semicolons; `None` where `sentence` is not a slice of `line` (a copy without a note).
fn within_the_full_stop<'a>(line: &'a str, sentence: &str, end: usize) -> Option<&'a str> {
    let rest = rest_of_the_line(line, sentence, end)?;
    Some(&rest[..rest.find('。').unwrap_or(rest.len())])
}

/// What follows byte `end` of `sentence` in its `line`; `None` where `sentence` is not a slice of
/// `line`.
fn rest_of_the_line<'a>(line: &'a str, sentence: &str, end: usize) -> Option<&'a str> {
    let offset = offset_in(line, sentence)?;
    line.get(offset + end..)
}

/// Where `sentence` starts in `line`, in bytes; `None` where it is not a slice of `line`.
fn offset_in(line: &str, sentence: &str) -> Option<usize> {
    let offset = (sentence.as_ptr() as usize).checked_sub(line.as_ptr() as usize)?;
    (offset + sentence.len() <= line.len()).then_some(offset)
}

/// The section heading a sentence opens with, run into its first words (二、主动公开政府信息情况
/// 2019年，…; （一）主动公开方面 全年…; (一)主动公开2024年,…): a numeral enumerator, then the
/// heading up to the space or the year after it, or up to its closing 情况 or 方面, within
/// thirty characters.
fn run_in_section_heading(sentence: &str) -> Option<&str> {
    let text = sentence.trim_start();
    let rest = nianbao_parse::meta::after_bracketed_numeral(text)
        .or_else(|| nianbao_parse::sections::after_heading_numeral(text))?;
    let head_end = rest.char_indices().nth(30).map_or(rest.len(), |(at, _)| at);
    let head = &rest[..head_end];
    let closing = |w: &str| head.find(w).map(|at| at + w.len());
    let year = head.char_indices().map(|(at, _)| at).find(|&at| crate::text::opens_with_a_report_year(&head[at..]));
    let end = [head.find(char::is_whitespace), year].into_iter().flatten().min();
    let end = end.or_else(|| closing("情况")).or_else(|| closing("方面"))?;
    Some(&rest[..end]).filter(|h| !h.is_empty())
}

/// The sentence after `sentence` in its line, up to its full stop (`sentence` a slice of `line`).
fn next_sentence<'a>(line: &'a str, sentence: &str) -> Option<&'a str> {
    let rest = rest_of_the_line(line, sentence, sentence.len())?;
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '；' | ';'));
    Some(&rest[..rest.find('。').unwrap_or(rest.len())])
}

/// Is `sentence` (a slice of `line`) an item of a list that a 其中 opened in an earlier sentence
/// of its full stop (其中：1.政策性文件1条；2.工作动态类信息12条；3.信息公开信息1条)?
fn item_of_an_earlier_list(line: &str, sentence: &str) -> bool {
    if !crate::text::opens_with_an_item_numeral(sentence) {
        return false;
    }
    let Some(before) = offset_in(line, sentence).and_then(|at| line.get(..at)) else { return false };
    let since_the_stop = before.rfind('。').map_or(before, |at| &before[at + '。'.len_utf8()..]);
    since_the_stop.contains("其中")
}

/// Does a sentence say what it tells is besides something else (除在网站公开外，还通过…发布…;
/// 除此之外，还…)? 除 opens it, its 外 closes what is set aside, and 还 adds to it.
fn says_besides(sentence: &str) -> bool {
    let Some(at) = sentence.find('除') else { return false };
    let rest = &sentence[at..];
    let opens_it = sentence[..at].chars().count() <= 6;
    let added = rest.find('外').is_some_and(|out| rest[out..].contains('还'));
    opens_it && added
}

/// Does any sentence of the text tell a figure besides another's ([`says_besides`])?
pub(crate) fn tells_more_besides(paragraphs: &[(u32, String)]) -> bool {
    paragraphs
        .iter()
        .filter(|(_, text)| text.contains('除'))
        .any(|(_, text)| crate::text::split_at_stops(text).any(|s| says_besides(s) && crate::text::has_digit(s)))
}

/// Sentences of a line, cut at 。；; and at line ends.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    crate::text::split_at_stops(line).map(str::trim).filter(|s| !s.is_empty())
}

fn has_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// A section body that is nothing but "none" (无, 没有, 暂无, 我镇2016年度无申请): the heading
/// says of what. Its subject and time words go first.
fn says_only_none(body: &str) -> bool {
    let mut text = body.trim().trim_end_matches(['。', '.']).trim_end();
    if text.len() > 16 * 3 {
        return false;
    }
    const OPENINGS: [&str; 15] = [
        "本年度",
        "本年",
        "今年",
        "全年",
        "年内",
        "我镇",
        "我乡",
        "我街",
        "我局",
        "我委",
        "我办",
        "我单位",
        "本机关",
        "本单位",
        "年度",
    ];
    loop {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let after_a_year = (digits == 4).then(|| &text[4..]).filter(|t| t.starts_with('年'));
        if let Some(rest) = after_a_year {
            text = rest.strip_prefix("年度").or_else(|| rest.strip_prefix('年')).unwrap_or(rest);
            continue;
        }
        match OPENINGS.iter().find_map(|w| text.strip_prefix(w)) {
            Some(rest) => text = rest.trim_start_matches(['，', ',', ' ']),
            None => break,
        }
    }
    ["无", "没有", "暂无", "均无", "无申请", "没有申请", "无此情况", "无此类情况", "无相关情况"].contains(&text)
}

/// A section body that is one short sentence saying none of what its heading names happened.
fn says_none_happened(body: &str) -> bool {
    let text = body.trim().trim_end_matches(['。', '.']);
    text.chars().count() <= 16
        && !text.contains(['。', '，', ','])
        && !crate::text::has_digit(text)
        && ["无", "未", "没有"].iter().any(|w| text.contains(w))
        && ["上述", "此类", "该类", "相关"].iter().any(|w| text.contains(w))
}

/// 本年度各类政府信息均未发生依申请和不予公开政府信息: what did not happen is disclosure on request
/// itself — 依申请(公开) right after the negation, ending the clause or first in a list of what
/// did not happen — not something a request caused (未发生依申请公开引起的行政复议). What was
/// asked for may be named, and the happening called an event (没有发生依申请信息公开事件, 未发生依
/// 申请公开政府信息事项); not what a request brought about (…信息收费).
fn requests_did_not_happen(s: &str) -> bool {
    HAPPENED.iter().any(|w| {
        s.match_indices(w).any(|(at, _)| {
            let rest = &s[at + w.len()..];
            let rest = rest.strip_prefix("依申请公开").or_else(|| rest.strip_prefix("依申请"));
            let rest = rest.map(|r| {
                ["政府信息公开", "信息公开", "政府信息", "信息"].iter().find_map(|o| r.strip_prefix(o)).unwrap_or(r)
            });
            rest.is_some_and(|r| {
                r.is_empty()
                    || r.starts_with(['和', '及', '、', '，', ',', '。'])
                    || ["情况", "事项", "事件"].iter().any(|n| r.starts_with(n))
            })
        })
    })
}

/// The clauses of `s` that deny cases with 无 (无信息公开申请行政复议、提起行政诉讼的案件), each
/// from its comma to the next: …行政复议1件，无行政诉讼 denies lawsuits only.
fn no_cases(s: &str) -> impl Iterator<Item = &str> {
    patterns()
        .no_case
        .find_iter(s)
        .filter(|m| !NOT_A_DENIAL.iter().any(|w| s[m.start()..].starts_with(w)))
        .filter(|m| !corrected_by_the_cases(&s[m.end()..]))
        .map(|m| clause_at(s, m.start()))
}

/// Does what follows the cases say they corrected something (没有出现被行政复议及行政诉讼纠错的
/// 情况)? Then no correction is denied, not any case: how many there were is not said.
fn corrected_by_the_cases(after: &str) -> bool {
    let rest: String = after.chars().take(8).collect();
    let clause_end = rest.find(['，', ',', '。', '；', ';']).unwrap_or(rest.len());
    ["纠错", "纠正"].iter().any(|w| rest[..clause_end].contains(w))
}

/// Each clause (between commas and colons) that holds one of `words`.
fn clauses_around<'a>(s: &'a str, words: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
    clause_bounds_around(s, words).map(move |bounds| &s[bounds])
}

/// Where each clause of `s` that holds one of `words` starts and ends.
fn clause_bounds_around<'a>(s: &'a str, words: &'a [&'a str]) -> impl Iterator<Item = Range<usize>> + 'a {
    words.iter().flat_map(move |w| s.match_indices(w)).map(move |(at, _)| clause_bounds(s, at))
}

/// 未受理政府信息公开申请、行政复议和行政诉讼: the requests are an item of the list of what was not
/// received, before the cases (not 未收到申请行政复议, a review applied for).
fn requests_listed_before_cases(clause: &str) -> bool {
    let first_case = ["复议", "诉讼"].iter().filter_map(|w| clause.find(w)).min().unwrap_or(clause.len());
    clause[..first_case].match_indices("申请").any(|(at, w)| {
        let rest = &clause[at + w.len()..];
        rest.starts_with(['、', '和', '及']) || rest.starts_with("以及")
    })
}

/// A clause of `s` that says nothing was received (`clause`, its bounds), with the clause after
/// it where that one is only a list of cases (未受理政府信息公开申请，行政复议和行政诉讼): the
/// negation covers them too.
fn with_bare_cases_after(s: &str, clause: Range<usize>) -> &str {
    let Some(comma) = s[clause.end..].chars().next().filter(|c| matches!(c, '，' | ',')) else {
        return &s[clause];
    };
    let next_start = clause.end + comma.len_utf8();
    let next = &s[next_start..clause_bounds(s, next_start).end];
    let mut bare = next.trim().to_string();
    for word in ["行政复议", "行政诉讼", "复议", "诉讼", "以及", "和", "及", "、", "等", "的", "情况"]
    {
        bare = bare.replace(word, "");
    }
    let names_a_case = next.contains("复议") || next.contains("诉讼");
    if bare.is_empty() && names_a_case {
        &s[clause.start..next_start + next.len()]
    } else {
        &s[clause]
    }
}

/// The clause of `s` (between commas and colons) that byte `at` lies in.
fn clause_at(s: &str, at: usize) -> &str {
    &s[clause_bounds(s, at)]
}

/// Where the clause of `s` (between commas and colons) that byte `at` lies in starts and ends.
fn clause_bounds(s: &str, at: usize) -> Range<usize> {
    let start =
        s[..at].rfind(['，', ',', '：', ':']).map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
    let end = s[at..].find(['，', ',', '：', ':']).map_or(s.len(), |i| at + i);
    start..end
}

/// The clause of `s` that starts with the first of `words` and runs to the next comma:
/// 我镇未收到政府信息公开申请，… → 未收到政府信息公开申请. This is the `raw` of a zero fact.
fn clause_from<'a>(s: &'a str, words: &[&str]) -> &'a str {
    let start = words.iter().filter_map(|w| s.find(w)).min().unwrap_or(0);
    let rest = &s[start..];
    let end = rest.find(['，', ',', '：', ':']).unwrap_or(rest.len());
    &rest[..end]
}

/// The first 公开…N条 statement that says what was disclosed: 主动公开/主动公布/主动发布 of
/// information, or plain 公开/发布 of 政府信息 itself with nothing between (a category would
/// be named there). Never after 申请/不予/未 (依申请公开政府信息4条 counts items released on
/// request, 不予公开 items withheld).
///
/// Candidates may overlap (二、主动公开政府信息情况 run into 全年主动公开政府信息961条 must not
/// hide the second behind the first): the search starts again one character after each.
fn first_disclosure_statement<'s>(
    s: &'s str,
    under_proactive_heading: bool,
    summed_is_the_whole: bool,
    accept: impl Fn(&regex::Captures) -> bool,
) -> Option<regex::Captures<'s>> {
    let mut from = 0;
    let candidates = std::iter::from_fn(|| {
        let c = patterns().proactive.captures_at(s, from)?;
        let start = c.get(0).unwrap().start();
        from = start + s[start..].chars().next().map_or(1, char::len_utf8);
        Some(c)
    });
    candidates.into_iter().find(|c| {
        let verb = &c["verb"];
        let at = c.get(0).unwrap().start();
        let before = &s[..at];
        // …主动公开 was weighed as a whole: its 公开 alone is not another statement. 法定主动公开
        // 内容 is the sites' column of what the statute lists (机构概况, 预决算…): one column.
        if ["申请", "不予", "未", "不", "依", "主动", "法定"].iter().any(|w| before.ends_with(w)) {
            return false;
        }
        let noun = c.name("noun").map_or("", |n| n.as_str());
        // Items in 篇 or 项 only of 信息 itself (主动公开信息417篇, 全年主动公开信息16项):
        // 主动公开执行行政许可339项 counts licences, 发布新闻稿120篇 articles.
        let counted_in_items = c["fig"].trim_end().ends_with(['篇', '项']);
        if counted_in_items && !(noun == "信息" && generic_subject(&c["what"]).trim_end_matches("政府").is_empty())
        {
            return false;
        }
        // 发布主动公开文件12件: documents marked for disclosure that were issued, one kind of
        // what was disclosed (beside 主动公开政府信息311条), not a statement of disclosure.
        let issued_documents = noun == "文件" && ["发布", "印发", "制发", "报送"].iter().any(|w| before.ends_with(w));
        if verb.starts_with("主动") {
            return (!noun.is_empty() || c["what"].is_empty()) && !issued_documents && accept(c);
        }
        // 政府信息 itself, or 各类信息 (every kind of it); right under a heading of proactive
        // disclosure (（一）主动公开政府信息的数量), 信息 alone disclosed (全年共公开信息253条) —
        // not posted (发布信息93条 counts postings, a site's among them).
        // A heading a crawler broke runs into the sentence (主动公开 / 政府信息的数量 / 按照条例
        // 要求，全年共公开信息2676条): 主动公开 earlier in the sentence does as well.
        // Posted to the public (向社会发布信息40条) is disclosed there as well.
        // Information disclosed in all (…等信息，总共公开信息28条, 全年共公开信息53条): in the
        // overview, the whole of it.
        let summed = summed_is_the_whole && verb == "公开" && ["共", "共计"].iter().any(|w| before.ends_with(w));
        let proactive_context = under_proactive_heading || before.contains("主动公开") || summed;
        let to_the_public = verb == "发布" && ["向社会", "向社会公众", "向公众"].iter().any(|w| before.ends_with(w));
        let plain_ok = noun == "信息"
            && generic_subject(&c["what"]).trim_end_matches("政府").is_empty()
            && (c["what"].ends_with("政府")
                || c["what"].ends_with("各类")
                || (proactive_context && (verb == "公开" || to_the_public)));
        plain_ok && accept(c)
    })
}

/// Is the text after `heading` still the report's overview? A section's heading (一、概述,
/// 二、主动公开…) says; a sub-heading ((二)指南和目录) keeps the section's, one about requests
/// leaves it.
fn still_the_overview(heading: &str, was: bool) -> bool {
    let heading = heading.trim_start();
    if heading.contains("申请") {
        return false;
    }
    let numeral = heading.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    let a_sections_heading = numeral.len() < heading.len() && numeral.starts_with('、');
    if a_sections_heading {
        ["概述", "总体情况", "基本情况", "概况"].iter().any(|w| heading.contains(w))
    } else {
        was
    }
}

/// Where a heading numbered in Chinese numerals starts inside `text` (…无六、存在的主要问题):
/// a numeral of one to ten, then 、.
fn next_heading_at(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(at, c)| {
        let numeral = "一二三四五六七八九十".contains(c);
        (numeral && text[at + c.len_utf8()..].starts_with('、')).then_some(at)
    })
}

/// The clause a statement is in: what follows the last comma before it.
pub(crate) fn clause_before(before: &str) -> &str {
    before.rfind(['，', ',']).map_or(before, |i| &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..])
}

/// A proactive total in a form without a verb-object of its own to weigh (a list of kinds, the
/// object before the verb): only the sub-unit, channel, 其中 and date tests apply, and it is
/// refused right after any of `refused_after`.
fn other_form<'s>(re: &Regex, s: &'s str, year: Option<i32>, refused_after: &[&str]) -> Option<regex::Captures<'s>> {
    let c = re.captures(s)?;
    let before = &s[..c.get(0)?.start()];
    let refused = refused_after.iter().any(|w| before.ends_with(w));
    (!refused
        && !is_part_of_the_total(before, clause_before(before), "", false, false)
        && !crate::prose::dated_elsewhere(before, year))
    .then_some(c)
}

/// What names a category once the words for "all of it" and "the agency" are taken out.
fn generic_subject(what: &str) -> String {
    if every_kind_and_more(what) || a_governments_own(what) {
        return String::new();
    }
    without_generic_words(what)
}

/// A government named as whose information it is (主动公开长桥乡人民政府信息57条): one place's own
/// government, not several (各乡镇人民政府, 乡镇人民政府, 县和乡人民政府) — all of that
/// government's information.
fn a_governments_own(what: &str) -> bool {
    let place = what.strip_suffix("人民政府").or_else(|| what.strip_suffix("街道办事处"));
    place.is_some_and(|p| {
        p.chars().count() >= 2 && !p.contains(['各', '、', '和', '及']) && !p.contains("乡镇") && !p.contains("镇街")
    })
}

/// `text` without the words for "all of it" and "the agency".
fn without_generic_words(text: &str) -> String {
    let mut rest = text.to_string();
    for generic in [
        "各级各类",
        "各级单位",
        "各级",
        "各类",
        "相关",
        "政务",
        "工作",
        "的",
        "我县",
        "我区",
        "我市",
        "我镇",
        "我乡",
        "我局",
        "我委",
        "本机关",
        "全县",
        "全区",
        "全市",
    ] {
        rest = rest.replace(generic, "");
    }
    rest
}

/// Every kind of information, with another named beside it or the agency's field before
/// 政府: 各类信息及工作动态类(信息) adds a kind to all of them, 各类公安政府(信息) is all of a
/// bureau's. A sum of all kinds is the total, not a category.
fn every_kind_and_more(what: &str) -> bool {
    let every_kind = |head: &str| {
        let head = head.strip_suffix("信息").unwrap_or(head);
        head.contains("各类") && without_generic_words(head).replace("政府", "").is_empty()
    };
    let with_another =
        ["及", "以及", "和"].iter().any(|w| what.split_once(w).is_some_and(|(head, _)| every_kind(head)));
    let of_its_field = what.strip_prefix("各类").and_then(|rest| rest.strip_suffix("政府")).is_some_and(|field| {
        // One field (公安, 教育) of two to four characters, not a list of kinds.
        (2..=4).contains(&field.chars().count()) && !field.contains(['、', '及', '和'])
    });
    with_another || of_its_field
}

/// Is a bracket's note (its opening bracket first) one that names kinds and counts none
/// (（包括：天气预报、预警信号）, （含转载）, （如…）)?
fn names_kinds(note: &str) -> bool {
    let inner = note.trim_start_matches(['（', '(']).trim_start();
    ["包括", "包含", "含", "如"].iter().any(|w| inner.starts_with(w)) && !crate::text::has_digit(inner)
}

/// What a sentence opening an enumerated point (一是, 二是 … 十是) says before its first comma —
/// the point's subject (一是主动公开方面，…; 二是在依申请公开方面，…) — or `None` for any
/// other sentence.
fn enumerated_point(sentence: &str) -> Option<&str> {
    let mut chars = sentence.trim_start().char_indices();
    let (_, numeral) = chars.next()?;
    let (at, is) = chars.next()?;
    if !"一二三四五六七八九十".contains(numeral) || is != '是' {
        return None;
    }
    let rest = &sentence.trim_start()[at + is.len_utf8()..];
    Some(rest.split(['，', ',', '：', ':']).next().unwrap_or(rest))
}

/// The channels a clause names (网站, 微信 …): one is a part of the total, several together
/// (通过网站、微信等不同渠道) are all of it.
fn channels_named(text: &str) -> usize {
    // 微信公众平台 is WeChat's, not a platform of its own.
    let text = &text.replace("公众平台", "公众号");
    let classes: [&[&str]; 9] = [
        &["网站", "门户网", "政府网", "官网", "网上", "政务网", "公开网", "外网"],
        &["微信", "公众号"],
        &["微博"],
        &["公报"],
        &["新媒体", "媒体"],
        // Accounts on the short-video and news apps (抖音号公开信息259条): one channel more.
        &["抖音", "快手", "视频号", "头条号", "今日头条"],
        // An agency's or a city's app (爱某某APP, 某某客户端).
        &["APP", "App", "客户端"],
        &["其他方式", "其他渠道", "其他途径"],
        &["平台"],
    ];
    let names = |words: &[&str]| words.iter().any(|w| text.contains(w));
    // A site by its own name (通过台州气象网主动公开) where no word of the sites' is.
    let site = names(classes[0]) || crate::channels::site_named_at(text).is_some();
    // The platform of disclosure itself (政府信息公开平台, 政务信息公开平台, 政府信息平台) is where
    // all of it goes, no channel beside others.
    let platform = text
        .match_indices("平台")
        .any(|(at, _)| !a_sites_own_platform(&text[..at], classes[0]) && !disclosures_own_platform(&text[..at]));
    // Apps' accounts named before 等其他方式 (今日头条号等其他方式) are examples of the other ways,
    // no channel beside them.
    let examples_of_the_other_ways = ["等其他方式", "等其他渠道", "等其他途径"].iter().any(|w| text.contains(w));
    const APPS: [usize; 2] = [5, 6];
    let others = (1..classes.len() - 1)
        .filter(|&class| names(classes[class]) && !(examples_of_the_other_ways && APPS.contains(&class)))
        .count();
    // Every platform or channel at once (在各个平台共公开信息1638条, 通过各渠道), or the sites of
    // two levels of government (县镇两级政府网站): all of it, as several named together are.
    let every_one = EVERY_CHANNEL.iter().any(|w| text.contains(w));
    usize::from(site) + others + usize::from(platform) + 2 * usize::from(every_one)
}

/// Words for every platform or channel an agency has, named at once.
const EVERY_CHANNEL: [&str; 11] = [
    "各个平台",
    "各平台",
    "各类平台",
    "各个渠道",
    "各渠道",
    "各类渠道",
    "各种渠道",
    "多个平台",
    "两级政府网站",
    "两级网站",
    "两级门户网站",
];

/// Several channels closed by 等媒体 or 等新媒体 without the site among them (通过报刊、微信公众号
/// 等媒体公开信息344条): the media's share, beside what the site carried — not all of it.
fn media_without_the_site(named: &str) -> bool {
    let closed_as_media = ["等媒体", "等新媒体", "等政务新媒体"].iter().any(|w| named.contains(w));
    closed_as_media && !["网站", "门户网", "政府网", "官网", "政务网", "外网"].iter().any(|w| named.contains(w))
}

/// Does the 平台 after `before` name the platform of disclosure itself (政府信息公开平台,
/// 政务信息公开平台, 信息公开平台, 政府信息平台)?
fn disclosures_own_platform(before: &str) -> bool {
    ["信息公开", "政府信息", "政务信息"].iter().any(|w| before.ends_with(w))
}

/// Is the 平台 after `before` the site's own (门户网站平台, 政府网站集约化平台, 门户网站政务公开
/// 平台): a site word since the last separator? 网站、微信等平台 and 网站和新媒体平台 name a
/// platform beside the site.
fn a_sites_own_platform(before: &str, site_words: &[&str]) -> bool {
    let phrase = before.rsplit(['、', '，', ',', '和', '及', '与', '或', '等', ' ']).next().unwrap_or(before);
    site_words.iter().any(|w| phrase.contains(w))
}

/// Is a 主动公开…N条 statement about a part of what the agency disclosed rather than all of
/// it? Inside a 其中 clause; through one channel (通过政府网站主动公开…: a `proactive.via.*`
/// figure); by a sub-unit (县直各单位, 各乡镇, 区直部门 — but 我县各级单位 is the whole);
/// since inception (历年, 以来, 到目前 — unless 全年 says it is the year's); of one category
/// (主动公开人事任免信息4条: what stands between 主动公开 and 信息 names more than the agency).
///
/// A plain 公开/发布 (without 主动) takes its channel from anywhere earlier in the sentence:
/// 着力办好政府公报，全年刊发公报6期，发布政府信息40条 counts the gazette's items.
///
/// `its_channels_follow`: a 其中 after the figure lists the channels it went through (通过政府
/// 信息公开平台公开政府信息共计677条，其中，政府网站…387条、…微信服务号发布信息290条): the
/// platform carried all of it, whatever its verb.
fn is_part_of_the_total<'a>(
    before: &'a str,
    clause: &'a str,
    what: &str,
    plain_verb: bool,
    its_channels_follow: bool,
) -> bool {
    // Within a clause, only what follows its last figure names this statement's channels: 微信
    // 公众号推送信息30余条政府官方网站主动公开… is two statements run together.
    let after_last_figure = |text: &'a str| text.rfind(|c: char| c.is_ascii_digit()).map_or(text, |i| &text[i + 1..]);
    // A plain verb's channel is the one named since the figure before it where one is (通过网站
    // 公开754条，通过政务新媒体公开2808条: the second is new media's, not all channels').
    // (A sub-heading run into the sentence, as on a page crawled onto one line, names its
    // section's subject, not this statement's channel.)
    // (A board counts as a channel here: 通过网站公开信息30条，通过公开栏公开信息25条.)
    let since_the_figure_before = after_last_figure(before);
    let names_a_board = PHYSICAL_BOARDS.iter().any(|w| since_the_figure_before.contains(w));
    let own = if !plain_verb {
        after_last_figure(clause)
    } else if channels_named(since_the_figure_before) > 0 || names_a_board {
        after_last_figure(before)
    } else {
        crate::text::after_a_run_in_heading(before)
    };
    let named = format!("{own}{what}");
    // A board (公开栏) is a channel, and so is one column of a site (教育栏目); the site's 政府信息
    // 公开专栏 (政务公开专栏) is where the agency discloses all of it, and columns listed and closed
    // by 等 (通过通知公告、工作动态…等栏目主动公开) are every column, not one among others.
    let without_the_sites = named.replace("信息公开专栏", "").replace("政务公开专栏", "");
    let board = without_the_sites.match_indices('栏').any(|(at, bar)| {
        !(without_the_sites[at + bar.len()..].starts_with('目') && without_the_sites[..at].ends_with('等'))
    });
    // A site of other business (在某省政府采购网公开信息7条) carries one kind of information.
    let other_business_site = crate::channels::OTHER_BUSINESS_SITES
        .iter()
        .any(|w| named.match_indices(w).any(|(at, _)| named[at + w.len()..].starts_with('网')));
    // 等 after a channel names others beside it (门户网站等平台), unless what follows is that
    // channel's kind again (某某公众信息网等网站: sites only) or the other ways themselves, of
    // which the words before are an example (今日头条号等其他方式).
    let others_beside = named.match_indices('等').any(|(at, _)| {
        let after = &named[at + '等'.len_utf8()..];
        !after.starts_with("网站") && !after.starts_with("其他")
    });
    // A board beside another channel (通过县政府网站及乡政府公示栏主动公开…共71条) is two channels:
    // all of it, as several named together are. A site's column (网站教育专栏) is the site's.
    let physical_board = PHYSICAL_BOARDS.iter().any(|w| named.contains(w));
    // The platform of disclosure is all of it only where the statement says 主动公开: posted
    // there (政府信息公开平台发布各类信息349条) may be its items told again.
    let posted_on_the_platform = plain_verb
        && !its_channels_follow
        && named.match_indices("平台").any(|(at, _)| disclosures_own_platform(&named[..at]));
    let channels = channels_named(&named) + usize::from(posted_on_the_platform);
    // (Outlets listed together, a sub-site or a channel beside the site: 省厅门户网站、交通运输部
    // 湖北子站、全国交通信息联播频道共主动公开…: all of them.)
    // (The outlets are listed before the verb: 通过政府信息公开平台、政府网站主动公开… ends its list
    // where `own` does.)
    let several = channels + usize::from(physical_board) >= 2 || !crate::channels::outlets_listed_of_one_channel(own);
    // (A site of other business among the channels of all of it — 通过政府门户网、政府采购网等
    // 渠道 — is one of them.)
    let other_business_alone = other_business_site && channels == 0 && !others_beside;
    let channel = (channels == 1 && !others_beside || board) && !several
        || other_business_alone
        || media_without_the_site(&named);
    let subject = format!("{clause}{what}");
    // A 街道 or a 部门 is itself an agency that reports (街道主动公开…): only several of them
    // are parts of another's figure.
    let sub_unit = crate::text::names_sub_units(
        &subject,
        &["县直", "区直", "市直", "乡镇", "镇街", "各街道", "各部门", "各单位", "各村", "村级", "各社区"],
    ) && !["各级", "全县", "全区", "全市", "全镇", "全乡"].iter().any(|w| subject.contains(w));
    let category = generic_subject(what).replace("政府", "");
    // A clause that opens with its own year (截至目前共发布592条信息，2019年公开政府信息60条)
    // is dated by it, whatever the clauses before it said.
    let own_year = crate::text::opens_with_a_year(clause);
    let cumulative = is_cumulative(if own_year { clause } else { before });
    // The sum after the parts a 其中 listed (其中，网站更新14条，新媒体更新486条、全年总计更新主动
    // 公开信息500条) is the whole they make up.
    let sums_the_parts = sums_what_came_before(after_last_figure(clause));
    let of_a_part = before.contains("其中") && !proactive_part_of_the_made(before, plain_verb) && !sums_the_parts;
    // 依申请办理公开或部分公开政府信息13件: disclosed on request, not proactively.
    let on_request = clause.contains("依申请");
    of_a_part || channel || sub_unit || cumulative || on_request || !category.is_empty()
}

/// Boards a township or office posts on (公示栏, 政务公开栏): a channel of their own, not a
/// column (栏目, 专栏) of a site.
const PHYSICAL_BOARDS: [&str; 4] = ["公开栏", "公示栏", "宣传栏", "公告栏"];

/// Does what follows the last figure before a statement (its unit and separator: 条、) open
/// with the sum of what came before it (总计, 合计, 共计 — after 全年 or 本年 where the year is
/// named)?
fn sums_what_came_before(own: &str) -> bool {
    let own = own.trim_start_matches(|c: char| c.is_whitespace() || "条件篇项、，,；;".contains(c));
    let own = ["全年度", "全年", "本年度", "本年"].iter().find_map(|w| own.strip_prefix(w)).unwrap_or(own);
    ["总计", "合计", "共计"].iter().any(|w| own.starts_with(w))
}

/// The facts a sentence says are zero in words, clause by clause (2009年，全镇政府信息公开依申请
/// 办理事项为零; 全镇信息公开的收费和减免为零): reconsiderations and lawsuits by their names, the
/// fees, and requests — not their outcomes, replies or rates (不予公开, 答复, 办结, 率).
fn said_to_be_zero(sentence: &str) -> Vec<(&'static str, &str)> {
    let mut zero = Vec::new();
    for clause in crate::text::split_at_commas(sentence) {
        // (为0 without a unit says the same: 依申请公开收费为0.)
        let trimmed = clause.trim_end();
        let Some(subject) = trimmed.strip_suffix("为零").or_else(|| trimmed.strip_suffix("为0")) else { continue };
        if trimmed.ends_with("为0") && subject.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        let cases: Vec<&'static str> = [("复议", "review.total"), ("诉讼", "litigation.total")]
            .into_iter()
            .filter(|(word, _)| subject.contains(word))
            .map(|(_, metric)| metric)
            .collect();
        let clause = clause.trim();
        if !cases.is_empty() {
            zero.extend(cases.into_iter().map(|metric| (metric, clause)));
        } else if ["收费", "减免", "费用"].iter().any(|w| subject.contains(w)) {
            zero.push(("fees.amount", clause));
        } else if subject.contains("申请") && !["不予", "答复", "办结", "率"].iter().any(|w| subject.contains(w))
        {
            zero.push(("apply.received", clause));
        }
    }
    zero
}

/// Does the text before a count make it a stock rather than the year's: since inception (条例实施
/// 以来, 历年, 至今), at a year's end (到2021年底) or on a date with 累计 — unless it says 全年?
pub(crate) fn is_cumulative(before: &str) -> bool {
    // 2024年以来 in the 2024 report is this year (a year not the report's is refused by the
    // caller); 条例实施以来 is since inception.
    let since = before.find("以来").is_some_and(|at| {
        let opening = before[..at].trim_end();
        // 2024年以来, 自2024年1月份以来, 年初以来: since the start of the year.
        !["年", "年1月", "年1月份", "年一月", "年一月份", "年初"].iter().any(|w| opening.ends_with(w))
    });
    // What says the year's (本年度累计…: what the year added up to at its end).
    let of_this_year = ["本年", "今年", "当年", "年度"].iter().any(|w| before.contains(w));
    // 到2021年底 (without 累计, which 古文码 may have eaten): the stock at the year's end.
    let to_the_years_end = !of_this_year
        && ["到", "截至", "截止"].iter().any(|w| {
            before.match_indices(w).any(|(at, _)| {
                let rest = &before[at + w.len()..];
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                digits == 4 && rest[digits..].starts_with("年底")
            })
        });
    // 截止2010年12月31日，全乡累计主动公开…: the stock on a date (also with its 年 and 月 lost:
    // 截止20101231日), where nothing says the year's.
    let stock_on_a_date =
        before.contains("累计") && ["截至", "截止"].iter().any(|w| before.contains(w)) && !of_this_year;
    (since
        || to_the_years_end
        || stock_on_a_date
        || ["历年", "到目前", "至今", "截至目前", "截止目前", "迄今"].iter().any(|w| before.contains(w)))
        && !before.contains("全年")
}

/// 共制作政府信息3021条，其中主动公开信息1027条、依申请公开信息459条: the documents made, split
/// by how they were disclosed; the proactive share is the agency's proactive total, not a
/// part of it. Only right after the 其中 that follows the figure of documents made.
fn proactive_part_of_the_made(before: &str, plain_verb: bool) -> bool {
    let Some(at) = before.rfind("其中") else { return false };
    let (made, after) = (&before[..at], &before[at + "其中".len()..]);
    // A character a lossy decoding lost may have been a stop: what came before it is another
    // sentence (培训5次，其中专题培训2次\u{FFFD}共制作政府信息410条，其中…).
    let made = made.rsplit(crate::labels::LOST).next().unwrap_or(made);
    let right_after = after.trim_matches(|c: char| c.is_whitespace() || "：:，,".contains(c)).is_empty();
    !plain_verb
        && right_after
        && ["制作", "制发", "产生", "形成"].iter().any(|w| made.contains(w))
        && !made.contains("其中")
}

/// The facts of the document's prose (`paragraphs`: [`crate::prose::logical_lines`]) and of
/// its section headings (`lines`, `sections`).
///
/// A statement dated another year than `year` (the report's) is not read (see
/// [`crate::prose::read`]).
pub fn facts(paragraphs: &[(u32, String)], lines: &[String], sections: &[Section], year: Option<i32>) -> Vec<Metric> {
    let mut out: Vec<Metric> = Vec::new();
    let push = |m: Metric, out: &mut Vec<Metric>| {
        if !out.iter().any(|o| o.metric == m.metric && o.applicant == m.applicant) {
            out.push(m);
        }
    };
    let mut in_proactive_section = false;
    // In the overview (before any heading, or under 一、概述), information disclosed in all
    // (总共公开信息28条) is the year's whole; under a section's sub-heading it may be one kind's
    // ((一)工作动态 / 全年共公开信息253条), under one of requests the items released.
    let mut in_the_overview = true;
    // A point on proactive disclosure (一是主动公开方面…) heads the paragraphs after its own too,
    // up to the next point or heading: a crawler that broke the page at every tag leaves a stop
    // at a line's end the only sign of a paragraph's end (…扩大主动公开。 / 2021 / 年度，我局…).
    let mut point_carried = false;
    for (at, (lineno, line)) in paragraphs.iter().enumerate() {
        let lineno = *lineno;
        // 本年度未发生上述情况 refers to its heading, which a crawler may have cut off onto the
        // paragraph before (五、因政府信息公开申请行政复议、提起 / 行政诉讼的情况本年度未发生…).
        let heading_before = at
            .checked_sub(1)
            .map(|i| paragraphs[i].1.as_str())
            .filter(|p| p.len() <= 30 * 4 && p.chars().count() <= 30 && crate::prose::looks_like_heading(p))
            .unwrap_or("");
        // The section a heading opens, up to the next heading: of proactive disclosure or not.
        // (A heading on a line of its own, or run into its first paragraph: 主动公开政府信息情况
        // 2022年，….)
        // (A point's subject on a line of its own heads what follows too: 一是主动公开方面.)
        let short = line.chars().count() <= 30;
        let points_subject = || enumerated_point(line).is_some() && !line.contains('。');
        if crate::prose::looks_like_heading(line) {
            point_carried = false;
        }
        if short && (crate::prose::looks_like_heading(line) || points_subject()) {
            in_proactive_section = line.contains("主动公开");
            in_the_overview = still_the_overview(line, in_the_overview);
        } else if line.contains("情况") {
            let rest = crate::text::after_a_run_in_heading(line);
            if rest.len() < line.len() {
                let heading = &line[..line.len() - rest.len()];
                in_proactive_section = heading.contains("主动公开");
                in_the_overview = still_the_overview(heading, in_the_overview);
            }
        }
        let disclosure = line.contains("公开") || line.contains("发布") || line.contains("公布");
        if !disclosure && !crate::text::has_any_char(line, &NEGATION_CHARS) {
            continue;
        }
        // The heading's enumerator may stand on a line of its own (（一） / 主动公开政府信息的数量,
        // as a crawler breaks it): a short paragraph without a stop is a heading here — also
        // one the crawler cut inside the words (（一）主动 / 公开政府信息的数量按照…).
        // (Once per paragraph, the cheap tests first: most paragraphs follow a long one.)
        let under_proactive_heading = {
            let before = at.checked_sub(1).map_or("", |i| paragraphs[i].1.as_str());
            // 主动公开 cut anywhere inside (主动 / 公开, 主动公 / 开).
            let cut = || {
                ["主", "主动", "主动公"].iter().any(|head| {
                    before.trim_end().ends_with(head) && line.trim_start().starts_with(&"主动公开"[head.len()..])
                })
            };
            // A numbered heading may close with a stop (1、主动公开情况。).
            let no_other_stop = || match before.trim_end().strip_suffix('。') {
                Some(heading) if crate::prose::looks_like_heading(heading) => !heading.contains('。'),
                _ => !before.contains('。'),
            };
            before.len() <= 30 * 4
                && before.chars().count() <= 30
                && (before.contains("主动公开") || cut())
                && no_other_stop()
        };
        // A heading run into its paragraph and closed by a stop ((一)主动公开。2024年累计公开信息达
        // 265条): the sentences after it are under it as well.
        let mut under_run_in_heading = false;
        let mut under_proactive_point = point_carried;
        for s in sentences(line) {
            // On a page run onto one line the sub-heading ends what precedes it (…二、主动公开政府
            // 信息情况 （一）主动公开。).
            let tail = s.rfind(['（', '(']).map_or(s, |at| &s[at..]);
            let is_heading = |h: &str| {
                h.chars().count() <= 16
                    && h.contains("主动公开")
                    && !crate::text::has_digit(h.trim_start_matches(|c: char| c.is_ascii_digit()))
                    && crate::prose::looks_like_heading(h)
            };
            if is_heading(s) || is_heading(tail) {
                under_run_in_heading = true;
                continue;
            }
            // A section heading run into the sentence it opens, as on a page crawled onto one line
            // (…编制本报告。 二、主动公开政府信息情况 2019年，我单位…): the section changes here.
            if let Some(heading) = run_in_section_heading(s) {
                let proactive = heading.contains("主动公开");
                under_run_in_heading = proactive;
                in_proactive_section = proactive;
                in_the_overview = still_the_overview(heading, in_the_overview);
            }
            // 除在县政府信息公开网公开外，还通过…等媒体发布信息60条: what is said besides another
            // channel's figure is a part, and so is that figure in the sentence before; the total,
            // their sum, is not printed.
            let besides = says_besides(s) || next_sentence(line, s).is_some_and(says_besides);

            // An overview told point by point (一是主动公开方面…。2024年，累计公开信息6条…二是依申请
            // 公开方面…): the sentences after a point on proactive disclosure are under it, up to
            // the next point.
            if let Some(point) = enumerated_point(s) {
                under_proactive_point = point.contains("主动公开");
            }
            // A character a lossy decoding lost may have been a stop (…行政诉讼情况\u{FFFD}…未发生失泄密
            // 事件): a zero statement is read within what survives between lost characters.
            for s in s.split(crate::labels::LOST) {
                // What is said to be zero in words (依申请办理事项为零, 收费和减免为零).
                if s.contains("为零") || s.contains("为0") {
                    for (metric, clause) in said_to_be_zero(s) {
                        push(narrative(metric, 0.0, clause, s, lineno), &mut out);
                    }
                }
                // Every negation has 未, 没, 无, 不 or 免 (memchr scans refuse most sentences), then
                // one automaton over every negation word.
                let negation_char = crate::text::has_any_char(s, &NEGATION_CHARS);
                let negated = negation_char && patterns().negation.is_match(s);
                if negated {
                    // 未收到…行政复议申请 is about reconsiderations, not requests for information.
                    // The clauses are made once, and only where their words occur (each word is
                    // a search of its own): every use below is behind the same test.
                    let has_received = has_any(s, RECEIVED);
                    let has_happened = has_any(s, HAPPENED);
                    let received = if has_received { clause_from(s, RECEIVED) } else { "" };
                    // 未有申请减免费用的情况 is no request for information.
                    let of_fees =
                        received.starts_with("未有") && ["收费", "减免", "费用"].iter().any(|w| received.contains(w));
                    // 未接到群众要求公开的信息: what the public asked to be disclosed is a request.
                    let asked = received.contains("申请") || received.contains("要求公开");
                    let names_a_case = received.contains("复议") || received.contains("诉讼");
                    if has_received && asked && (!names_a_case || requests_listed_before_cases(received)) && !of_fees {
                        push(narrative("apply.received", 0.0, received, s, lineno), &mut out);
                    }
                    // 我乡未发生政府信息公开申请: the request is what did not happen (not 未发生因依申请
                    // 公开办理不当引发的投诉: a complaint caused by one).
                    let happened = if has_happened { clause_from(s, HAPPENED) } else { "" };
                    let request_is_the_subject = happened.rfind("申请").is_some_and(|at| {
                        ["", "情况", "的情况", "事项", "的事项"].contains(&&happened[at + "申请".len()..])
                            && !happened.contains('因')
                    });
                    if has_happened && (request_is_the_subject || requests_did_not_happen(s)) {
                        push(narrative("apply.received", 0.0, happened, s, lineno), &mut out);
                    }
                    // 复议 and 诉讼 alone are the reconsideration and the lawsuit where the clause
                    // says they are about disclosure (未接到有关政府信息公开方面的复议、诉讼和申诉).
                    // Every clause saying nothing was received is weighed: 未收到政府信息公开申请，未收到
                    // 针对本单位有关政府信息公开事务的行政复议 says none of either.
                    let received_clauses: Vec<&str> = if has_received {
                        clause_bounds_around(s, RECEIVED).map(|c| with_bare_cases_after(s, c)).collect()
                    } else {
                        Vec::new()
                    };
                    let not_received = |case: &str, short: &str| {
                        received_clauses
                            .iter()
                            .copied()
                            .find(|c| c.contains(case) || (c.contains("公开") && c.contains(short)))
                    };
                    if let Some(clause) = not_received("行政复议", "复议") {
                        push(narrative("review.total", 0.0, clause, s, lineno), &mut out);
                    }
                    // 未收到…因政府信息公开提起行政诉讼…: no lawsuit either.
                    if let Some(clause) = not_received("行政诉讼", "诉讼") {
                        push(narrative("litigation.total", 0.0, clause, s, lineno), &mut out);
                    }
                    // Only the clause that says nothing happened: …行政复议1件，结果纠正1件，未发生行政
                    // 诉讼 says none of lawsuits, not of reconsiderations.
                    // 复议 alone is the reconsideration too (未发生相关复议、诉讼案件).
                    if has_happened && clauses_around(s, HAPPENED).any(|c| c.contains("复议")) {
                        push(narrative("review.total", 0.0, happened, s, lineno), &mut out);
                    }
                    // The lawsuit in the clause that says none happened, as for reconsiderations:
                    // …行政诉讼应诉工作，未产生不良后果 says nothing of lawsuits. 起诉 is the suit
                    // filed, where the clause says it is about disclosure (未发生政府信息公开行政
                    // 复议、起诉).
                    let sued = |c: &str| c.contains("诉讼") || (c.contains("起诉") && c.contains("公开"));
                    if has_happened && clauses_around(s, HAPPENED).any(sued) {
                        push(narrative("litigation.total", 0.0, happened, s, lineno), &mut out);
                    }
                    for stated in patterns().not_taken_to.find_iter(s) {
                        let raw = stated.as_str().trim_end_matches(['，', ',']);
                        let code = if raw.contains("复议") { "review.total" } else { "litigation.total" };
                        push(narrative(code, 0.0, raw, s, lineno), &mut out);
                    }
                    for clause in no_cases(s) {
                        if clause.contains("复议") {
                            push(narrative("review.total", 0.0, clause, s, lineno), &mut out);
                        }
                        if clause.contains("诉讼") {
                            push(narrative("litigation.total", 0.0, clause, s, lineno), &mut out);
                        }
                    }
                    // The heading may be cut inside its words too (…申请行 / 政复议、提起…).
                    // Both cases the heading names: 五、…行政复议、提起行政诉讼的 / 情况本年度未发生上述
                    // 情况 leaves neither in the sentence.
                    if has_happened && s.contains("上述") {
                        let above = format!("{heading_before}{s}");
                        let above_names = |case: &str| above.contains(case);
                        if above_names("行政复议") {
                            push(narrative("review.total", 0.0, happened, s, lineno), &mut out);
                        }
                        if above_names("行政诉讼") {
                            push(narrative("litigation.total", 0.0, happened, s, lineno), &mut out);
                        }
                    }
                    // Complaints about the disclosure work: only in a sentence about it.
                    let about_disclosure = s.contains("公开");
                    if let Some(stated) = patterns().no_complaint.find(s).filter(|_| about_disclosure) {
                        push(narrative("complaints.total", 0.0, stated.as_str(), s, lineno), &mut out);
                    }
                    // Fees for information, not 行政事业(性)收费 (a 第二十条 subject).
                    // 未发生依申请公开信息收费及费用减免: nothing happened that was charged.
                    let nothing_charged =
                        has_any(s, &["未发生", "没有发生"]) && (s.contains("收取") || s.contains("收费"));
                    let charged = (has_any(s, NOT_CHARGED)
                        || nothing_charged
                        || patterns().no_fee.is_match(s)
                        || patterns().no_charge.is_match(s))
                        && !s.contains("行政事业");
                    if charged && s.contains("费") {
                        let stated = patterns().no_fee.find(s).or_else(|| patterns().no_charge.find(s));
                        let opening: Vec<&str> = NOT_CHARGED.iter().copied().chain(["未发生"]).collect();
                        let raw = stated.map_or_else(|| clause_from(s, &opening), |m| m.as_str());
                        push(narrative("fees.amount", 0.0, raw, s, lineno), &mut out);
                    }
                }
            }
            // An item of a list a 其中 opened before it within the full stop (其中：1.政策性文件1条；
            // 2.…；3.信息公开信息1条) is a part, whatever its words.
            let listed_item = item_of_an_earlier_list(line, s);
            // The capture regex only where its literal occurs: most sentences state no figure.
            // A statement needs its figure and unit: most sentences are refused before the
            // capturing search (captures are the regex's slow path).
            // 共发布包括食品、药品等重点领域信息在内的各类信息516条: what the note names is a part
            // of all of it; the statement is of all kinds.
            let without_note;
            // (`contains` first: its vector search is cheaper than `find`'s searcher, and nearly
            // no sentence has 在内的.)
            let s = match s.contains("在内的").then(|| (s.find("包括"), s.find("在内的"))) {
                Some((Some(from), Some(to))) if from < to => {
                    without_note = format!("{}{}", &s[..from], &s[to + "在内的".len()..]);
                    without_note.as_str()
                }
                _ => s,
            };
            // 累计发布各类信息（包括：天气预报、预警信号）共1631条: a note naming kinds, no figure in
            // it, between the object and its figure.
            let without_kinds = crate::text::without_span(s, &['（', '('], &['）', ')'], names_kinds);
            let s = without_kinds.as_ref();
            let figure = crate::text::has_digit(s) && crate::text::has_any_char(s, &['条', '件', '篇', '项']);
            let disclosed = figure && (s.contains("公开") || s.contains("发布") || s.contains("公布"));
            let of_the_total = |c: &regex::Captures| {
                let before = &s[..c.get(0).unwrap().start()];
                let plain_verb = !c["verb"].starts_with("主动");
                // 微博、微信分别发布信息92条、306条: each figure is one item's of a list.
                let after = s[c.get(0).unwrap().end()..].trim_start();
                let another_figure = after
                    .strip_prefix(['、', '和'])
                    .is_some_and(|rest| rest.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
                let respectively = another_figure && clause_before(before).contains("分别");
                // Through the platform of disclosure, with another channel's statement after it in
                // the sentence (通过政府信息公开平台公开120条，通过微信公开30条): one channel.
                // (Unless a 其中 opens what follows: the channels listed are its parts.)
                let listed_after = after.trim_start_matches(['，', ',', ' ']).starts_with("其中");
                // (`after` is within the sentence: the list runs to its end.)
                let its_channels_follow = listed_after && channels_named(after) >= 2;
                // (Statements set apart by ； are of one sentence here: 在市政府信息公开平台主动公开
                // 信息26条；…通过微信公众号发布信息536条.)
                let to_the_full_stop = within_the_full_stop(line, s, c.get(0).unwrap().end()).unwrap_or(after);
                let platform_beside_others =
                    before.contains("平台") && channels_named(to_the_full_stop) > 0 && !listed_after;
                !respectively
                    && !listed_item
                    && !platform_beside_others
                    && !is_part_of_the_total(before, clause_before(before), &c["what"], plain_verb, its_channels_follow)
                    && !crate::prose::dated_elsewhere(before, year)
            };
            // 到2012年底累计主动公开政府信息52条，其中，本年度新增的主动公开政府信息5条: the
            // year's new items are its total, whatever the cumulative statement before them.
            let new_this_year = (disclosed && s.contains("新增"))
                .then(|| patterns().proactive_new.captures(s))
                .flatten()
                .filter(|c| !crate::prose::dated_elsewhere(&s[..c.get(0).unwrap().start()], year))
                .filter(|c| c.name("new_year").is_none_or(|y| y.as_str().parse::<i32>().ok() == year));
            // 截至2014年12月31日，…累计公开政府信息846条，其中本年度在县政府网站及本单位门户网站公开
            // 214条: the year's share of a stock, said without 新增, through all the channels it
            // names (not one channel's share).
            let year_share = new_this_year.is_none() && disclosed && s.contains("其中") && s.contains("累计");
            let share_of_the_year = year_share
                .then(|| patterns().proactive_year_share.captures(s))
                .flatten()
                .filter(|c| s[..c.get(0).unwrap().start()].contains("累计"))
                .filter(|c| {
                    // (Two sites are several channels: 在县政府网站及本单位门户网站.)
                    let how = c.name("how").map_or("", |h| h.as_str());
                    channels_named(how) != 1 || how.matches("网站").count() >= 2
                });
            // What was disclosed split by how (…公开206条，其中主动公开信息数为206条，依申请公开信息数为0
            // 条): the proactive share, whatever channel the whole went through; neither the whole
            // nor another statement of the sentence.
            // (The whole's verb plain: not 主动公开 nor 依申请公开.)
            let split_by_way = (disclosed && s.contains("其中") && s.contains("依申请公开"))
                .then(|| {
                    patterns().split_by_way.captures_iter(s).find(|c| {
                        let before = &s[..c.get(0).unwrap().start()];
                        !before.ends_with(['动', '请']) && !crate::prose::dated_elsewhere(before, year)
                    })
                })
                .flatten();
            let under_heading = under_run_in_heading || under_proactive_heading || under_proactive_point;
            // In the section of proactive disclosure, a sentence that names several channels
            // (通过市政府网站、政务服务APP、上级部门网站公开信息326条) is about the disclosure even
            // where other sentences stand between it and the heading: its statement through all
            // of them is the total (one channel's is still refused by `of_the_total`).
            let through_several = in_proactive_section && !under_heading && channels_named(s) >= 2;
            let statement = split_by_way.or(new_this_year).or(share_of_the_year).or_else(|| {
                disclosed
                    .then(|| {
                        let summed_is_the_whole = in_the_overview && !in_proactive_section;
                        first_disclosure_statement(
                            s,
                            under_heading || through_several,
                            summed_is_the_whole,
                            of_the_total,
                        )
                    })
                    .flatten()
            });
            // Where no statement of the usual form is: a list of every kind (主动公开…等政府信息
            // 337条), then the object before the verb (政府信息累计公开2800余条) or the figure before
            // the noun (累计公开186条信息), never right after 申请/依/不予/未.
            // The other forms only where their literals occur (a list closes with 等).
            let listed = disclosed && (s.contains('等') || s.contains("其他"));
            let found = statement
                .or_else(|| listed.then(|| other_form(&patterns().proactive_list, s, year, &[])).flatten())
                .or_else(|| listed.then(|| other_form(&patterns().proactive_list_figure_first, s, year, &[])).flatten())
                // The same list after a plain verb (公开, 发布), in the section of proactive
                // disclosure: 通过政府网站、政务新媒体等多种渠道，及时发布政策法规、…等各类信息
                // 共计252条. (A plain verb's channel is any named since the figure before it.)
                .or_else(|| {
                    let in_the_section = under_heading || in_proactive_section;
                    let c =
                        (listed && in_the_section).then(|| patterns().proactive_list_plain.captures(s)).flatten()?;
                    let before = &s[..c.get(0)?.start()];
                    let part = is_part_of_the_total(before, clause_before(before), "", true, false);
                    (!part && !crate::prose::dated_elsewhere(before, year)).then_some(c)
                })
                .or_else(|| {
                    // 提交政府信息公开5件, 收到政府信息公开7件: requests whose 申请 was left out.
                    let refused = ["申请", "依", "不予", "未", "提交", "提出", "收到", "接收", "接到", "受理"];
                    let forms = [&patterns().proactive_object_first, &patterns().proactive_figure_first];
                    forms.into_iter().filter(|_| disclosed).find_map(|re| other_form(re, s, year, &refused))
                })
                .or_else(|| {
                    let about_disclosure = line.contains("公开") || under_heading;
                    // After a clause, only where the sentence before it names no single channel
                    // (我局微信公众号运行良好，…，全年共发布120条 is the account's).
                    let one_channel_before = |c: &regex::Captures| {
                        let before = &s[..c.get(0).unwrap().start()];
                        channels_named(before) == 1 && !before.contains('等')
                    };
                    // Without an object, the year's items need 全年. 信息 itself may be any
                    // information (全年共公开信息253条): only under the heading of proactive
                    // disclosure, and there without 全年 only government information named so (政务
                    // 信息, 政府信息: 信息 alone may be one platform's, told again) and not with 累计
                    // (it may sum since inception: 截止20181231日，累计主动公开…).
                    let the_years_items = |c: &regex::Captures| {
                        let whole_year = c.name("whole_year").is_some();
                        match c.name("info") {
                            None => whole_year,
                            Some(info) => {
                                under_heading && (whole_year || (info.as_str() != "信息" && &c["sum"] != "累计"))
                            }
                        }
                    };
                    (figure && about_disclosure && (s.contains("全年") || under_heading))
                        .then(|| other_form(&patterns().proactive_objectless, s, year, &[]))
                        .flatten()
                        .filter(|c| !one_channel_before(c) && the_years_items(c))
                });
            // What was disclosed listed by kind and closed by its sum (主动公开发布基础信息135条，…水利
            // 领域信息81条，合计共221条): the sum is the total, not the first kind's figure.
            let summed = (disclosed && s.contains("主动公开") && crate::text::has_any_char(s, &['合', '共', '总']))
                .then(|| crate::text::closing_sum(s))
                .flatten()
                .filter(|(_, at)| !is_cumulative(&s[..*at]) && !crate::prose::dated_elsewhere(&s[..*at], year));
            if let Some((value, at)) = summed.filter(|_| !besides) {
                let raw = crate::text::split_at_commas(&s[at..]).next().unwrap_or("").trim_end();
                push(narrative("proactive.total", value, raw, s, lineno), &mut out);
            }
            if let Some(c) = found.filter(|_| !besides) {
                if let Some(fig) = parse_figure(&c["fig"], false) {
                    push(
                        narrative("proactive.total", fig.value, &c["fig"], c.get(0).unwrap().as_str(), lineno),
                        &mut out,
                    );
                }
            }
        }
        point_carried = under_proactive_point;
    }
    // A heading marked （无）, or a body that says only that none of it happened (无发生上述情况,
    // 本年度未发生此类情况): the report says the section is empty.
    for section in sections {
        let h = section.heading.trim_end();
        // （无）, also with its closing bracket lost (a scan's OCR, a cut line).
        let marked = ["（无）", "(无)", "（无", "(无"].iter().any(|m| h.ends_with(m));
        // What is said is one short sentence, run on from the heading at most: a body with a
        // stop before its last words says more (checked before the body is copied).
        let before_the_last_stop = section.body.trim_end_matches(|c: char| c.is_whitespace() || c == '。' || c == '.');
        // The body may open with the rest of a heading a crawler broke before its answer (…行政复 /
        // 议、提起行政诉讼的情况 / 我单位2017年度无申请。): judged below, once the rest is split off.
        // (情 / 况 broken apart too: looked for in the body's first characters without their breaks.)
        let broken_heading = !h.ends_with("情况") && {
            let head: String = section.body.chars().take(60).filter(|c| !c.is_whitespace()).collect();
            rest_of_a_heading_ends(&head).is_some()
        };
        if !marked && !broken_heading && before_the_last_stop.contains('。') {
            continue;
        }
        // What says none happened has a negation (无, 未, 没有) and a word for what (上述, 此类,
        // 该类, 相关): a body without their characters is not copied (a table's body is long).
        let may_say_none = crate::text::has_any_char(&section.body, &['无', '未', '没'])
            && crate::text::has_any_char(&section.body, &['述', '类', '关']);
        // (Its lines joined: a crawler breaks a body at every tag, 我镇 / 2016 / 年度无申请。)
        let body: String = section.body.split_whitespace().collect();
        let only_none = says_only_none(&body);
        if !marked && !may_say_none && !only_none && !broken_heading {
            continue;
        }
        // A heading a crawler broke (…行政复议、提起 / 行政诉讼的情况) goes on in the body up to
        // its 情况.
        let (rest_of_heading, said) = match body.find("情况") {
            Some(at) if !h.ends_with("情况") && !marked && !body[..at].contains('。') => {
                body.split_at(at + "情况".len())
            }
            _ => ("", body.as_str()),
        };
        // After a broken heading, its first sentence answers it; what follows it may be the next
        // section, whose heading the crawler broke too (六 / 、存在的主要问题…), as long as it
        // says nothing more of what this heading names.
        let answered_none = broken_heading && {
            // The answer ends at its stop, or where the next heading starts without one (无 /
            // 六 / 、存在的主要问题…).
            let (first, more) = said.split_once('。').unwrap_or((said, ""));
            let (first, more) = match next_heading_at(first) {
                Some(at) if at > 0 => (&first[..at], &said[at..]),
                _ => (first, more),
            };
            (says_only_none(first) || says_none_happened(first))
                && !["复议", "诉讼", "申请"].iter().any(|w| more.contains(w))
        };
        let said_none = if broken_heading { answered_none } else { only_none || says_none_happened(said) };
        if !(marked || said_none) {
            continue;
        }
        let whole_heading = format!("{h}{rest_of_heading}");
        let raw = if marked { "（无）" } else { said };
        let line = lines.iter().position(|l| l.trim() == section.heading).map_or(0, |i| i as u32 + 1);
        for m in none_of_what_the_heading_names(&whole_heading, raw, line) {
            push(m, &mut out);
        }
    }
    // A section heading a crawler broke, joined back into the paragraph of its answer (五、因政 /
    // 府信息 / 公开申请 / 行政复议、提起行政诉讼的情况 / 我单位 / 2020 / 年度 / 无申请。): the
    // heading runs to its 情况, the rest says none of it.
    // (On a page run onto one line, each section after a stop: …568条。三、依申请公开政府信息
    // 情况我镇2016年度无申请。四、….)
    for (at, (line, text)) in paragraphs.iter().enumerate() {
        let before = at.checked_sub(1).map_or("", |i| paragraphs[i].1.as_str());
        for (i, piece) in sections_after_stops(text).enumerate() {
            let Some((heading, said)) = heading_run_into_its_answer(if i == 0 { before } else { "" }, piece) else {
                continue;
            };
            if says_only_none(said) || says_none_happened(said) {
                for m in none_of_what_the_heading_names(&heading, said, *line) {
                    push(m, &mut out);
                }
            }
        }
    }
    out
}

/// The text cut before every section heading (三、) that follows a stop: the sections of a page
/// run onto one line, each with its heading first. (The first piece is what comes before them.)
fn sections_after_stops(text: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = text
        .match_indices('。')
        .map(|(at, stop)| at + stop.len())
        .filter(|&at| opens_with_a_heading(text[at..].trim_start()))
        .collect();
    let mut from = 0;
    starts.into_iter().chain([text.len()]).filter_map(move |to| {
        let piece = &text[from..to];
        from = to;
        (!piece.is_empty()).then_some(piece)
    })
}

/// A paragraph that opens with a section heading (五、…情况) run into what follows it, or with
/// the rest of one whose start (五、因政) stands as the paragraph before: the heading up to its
/// first 情况 (no stop before it, within forty characters) and the rest.
fn heading_run_into_its_answer<'a>(before: &str, text: &'a str) -> Option<(String, &'a str)> {
    let text = text.trim();
    let before = before.trim();
    let start = if opens_with_a_heading(text) {
        ""
    } else if opens_with_a_heading(before) && before.chars().count() <= 30 && !before.contains('。') {
        before
    } else {
        return None;
    };
    let end = rest_of_a_heading_ends(text)?;
    let said = &text[end..];
    (!said.trim().is_empty()).then(|| (format!("{start}{}", &text[..end]), said))
}

/// Where the rest of a broken heading ends in the text it was joined to: past its first 情况,
/// within forty characters, no stop before it.
fn rest_of_a_heading_ends(text: &str) -> Option<usize> {
    let at = text.find("情况").filter(|&at| at <= 40 * 3 && !text[..at].contains('。'))?;
    Some(at + "情况".len())
}

/// Does the text open with a section's enumerator (五、)? Asked of every paragraph: only its
/// first two characters are looked at.
fn opens_with_a_heading(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| "一二三四五六七八九十".contains(c)) && chars.next() == Some('、')
}

/// The zero facts of a heading whose section says none of it happened: requests (not of fees:
/// 依申请公开政府信息收费及减免情况), reconsiderations, lawsuits — whichever the heading names.
fn none_of_what_the_heading_names(heading: &str, said: &str, line: u32) -> Vec<Metric> {
    let mut out = Vec::new();
    if heading.contains("申请") && !heading.contains("复议") && !heading.contains("收费") {
        out.push(narrative("apply.received", 0.0, said, heading, line));
    }
    if heading.contains("复议") {
        out.push(narrative("review.total", 0.0, said, heading, line));
    }
    if heading.contains("诉讼") {
        out.push(narrative("litigation.total", 0.0, said, heading, line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, f64)> {
        let paragraphs = crate::prose::logical_lines(&text.lines().map(str::to_string).collect::<Vec<_>>(), &[]);
        let mut got: Vec<(String, f64)> =
            facts(&paragraphs, &[], &[], Some(2020)).into_iter().map(|m| (m.metric.to_string(), m.value)).collect();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        got
    }

    #[test]
    fn a_lost_character_may_have_been_a_stop() {
        // The stops lost in a lossy decoding: the list of sections and the sentence about secrets
        // run together, and nothing says no lawsuit happened.
        let lost = "全文包括行政复议和行政诉讼情况\u{FFFD}存在的问题\u{FFFD}全年未发生失泄密事件\u{FFFD}";
        assert_eq!(read(lost), []);
        // Within what survives, the statement stands.
        assert_eq!(
            read("\u{FFFD}全年未发生行政复议和行政诉讼\u{FFFD}"),
            [("litigation.total".to_string(), 0.0), ("review.total".to_string(), 0.0)]
        );
    }

    #[test]
    fn requests_and_cases_listed_after_one_negation() {
        let none_of_three = [
            ("apply.received".to_string(), 0.0),
            ("litigation.total".to_string(), 0.0),
            ("review.total".to_string(), 0.0),
        ];
        assert_eq!(read("2020年，本局未收到政府信息公开申请、行政复议和行政诉讼。"), none_of_three);
        assert_eq!(
            read("2020年，本局未受理政府信息公开申请，行政复议和行政诉讼。"),
            none_of_three,
            "the cases' clause without a verb"
        );
        assert_eq!(
            read("本局未收到政府信息公开申请，行政复议和行政诉讼各1件。"),
            [("apply.received".to_string(), 0.0)],
            "a clause with its own count"
        );
        assert!(
            read("本局未收到申请行政复议的情况。").iter().all(|(m, _)| m != "apply.received"),
            "a review applied for"
        );
    }

    #[test]
    fn no_one_applied() {
        let none = [("apply.received".to_string(), 0.0)];
        assert_eq!(read("本年度没有申请公开政府信息和不予公开政府信息的情况。"), none);
        assert_eq!(read("全年无申请公开政府信息事项。"), none);
        assert_eq!(read("本年度无申请政府信息公开的情况。"), none);
        assert_eq!(
            read("全年共收到政府信息公开申请10件，均依法办结，未引起行政复议和行政诉讼情形。"),
            [("litigation.total".to_string(), 0.0), ("review.total".to_string(), 0.0)],
            "none that the requests led to"
        );
        assert_eq!(read("年度内未有公民、法人或其他组织提出政府信息公开申请。"), none);
        assert_eq!(read("本年度未有申请减免费用的情况。"), [], "a waiver of fees");
        // 申请 of something else is no request for information.
        assert_eq!(read("本年度没有申请延期答复的情况。"), []);
        assert_eq!(read("本年度没有申请公开事项引起的行政复议。"), [("review.total".to_string(), 0.0)]);
    }

    #[test]
    fn not_taken_to_review_or_court() {
        assert_eq!(
            read("全部按时答复，未被行政诉讼，未被申请行政复议。"),
            [("litigation.total".to_string(), 0.0), ("review.total".to_string(), 0.0)]
        );
        assert_eq!(read("本年度未被提起行政诉讼。"), [("litigation.total".to_string(), 0.0)]);
        // A review that corrected nothing is still a review.
        assert_eq!(read("行政复议1件，未被行政复议纠错。"), []);
    }

    #[test]
    fn a_sub_heading_run_into_the_sentence_names_no_channel_of_its_statement() {
        let one_line = "（一）镇政府信息公开网站主动公开政府信息情况2020年镇政府信息公开全年发布各类信息247条，其中机构概况类5条。（二）政务网站、微信、微博信息发布情况2020年政务网站、微信、微博共发布各类信息2483条。";
        assert_eq!(read(one_line), [("proactive.total".to_string(), 247.0)]);
        assert_eq!(
            read("2020年通过镇政府信息公开网站全年发布各类信息247条。"),
            [],
            "the site named in the statement itself: its part"
        );
    }

    #[test]
    fn the_count_named_by_its_unit() {
        assert_eq!(read("2020年度我镇在主动公开政府信息件数为123件。"), [("proactive.total".to_string(), 123.0)]);
        assert_eq!(read("2020年主动公开政府信息条数为45条。"), [("proactive.total".to_string(), 45.0)]);
    }

    #[test]
    fn the_sum_after_the_parts_of_which_is_the_whole() {
        assert_eq!(
            read("全年推进信息公开。其中，通过县政府网站更新信息12条，政务新媒体更新300条、全年总计更新主动公开信息312条。"),
            [("proactive.total".to_string(), 312.0)]
        );
        assert_eq!(
            read("其中，网站公开信息12条，新媒体公开300条，合计主动公开信息312条。"),
            [("proactive.total".to_string(), 312.0)]
        );
        assert_eq!(read("其中，网站公开信息12条，各乡镇合计主动公开信息300条。"), [], "a part, summed");
    }

    #[test]
    fn a_clause_with_its_own_year_is_not_the_stock_before_it() {
        let total = |v: f64| vec![("proactive.total".to_string(), v)];
        assert_eq!(read("截至目前共发布592条信息，2020年公开政府信息60条，其中，政务动态45篇。"), total(60.0));
        assert_eq!(read("截至目前共发布592条信息，公开政府信息60条。"), [], "no year of its own: the stock's");
    }

    #[test]
    fn the_disclosure_column_is_where_all_of_it_goes() {
        assert_eq!(
            read("本年度，省交通运输厅政府信息公开专栏共主动发布政府信息473条，其中发布规章1件。"),
            [("proactive.total".to_string(), 473.0)]
        );
        assert_eq!(
            read("2020年，街道通过政务公开专栏主动发布各类政府信息27条。"),
            [("proactive.total".to_string(), 27.0)],
            "the column of disclosure by its other name"
        );
        assert_eq!(read("本年度，在村务公开栏主动公开政府信息47条。"), [], "a board is one channel");
        assert_eq!(
            read("全年，市局通过通知公告、工作动态、公开指南和目录等栏目主动公开信息665条。"),
            [("proactive.total".to_string(), 665.0)],
            "columns listed and closed by 等 are every column"
        );
        assert_eq!(read("全年通过教育栏目主动公开信息289条。"), [], "one column");
        assert_eq!(
            read("2020年，某乡通过县人民政府网站及乡人民政府公示栏主动公开各类政府信息共58条。"),
            [("proactive.total".to_string(), 58.0)],
            "a site and a board: two channels, all of it"
        );
        assert_eq!(read("全年通过县政府网站教育专栏主动公开信息289条。"), [], "a site's column is the site");
        assert_eq!(
            read("全年通过县政府门户网站政务公开平台主动公开信息289条，通过政务微信公众号发布信息919条。"),
            [],
            "a site's platform is the site"
        );
        assert_eq!(
            read("全年通过县政府门户网站和政务新媒体平台主动公开信息289条。"),
            [("proactive.total".to_string(), 289.0)],
            "a platform beside the site"
        );
    }

    #[test]
    fn every_kind_with_another_or_of_the_agencys_field_is_the_total() {
        let total = |v: f64| vec![("proactive.total".to_string(), v)];
        assert_eq!(read("全年依照主动公开目录公开各类信息及工作动态类信息合计93条。"), total(93.0));
        assert_eq!(read("通过官方微博、微信等平台，主动公开各类公安政府信息4186条。"), total(4186.0));
        assert_eq!(read("本年主动公开各类教育政府信息25条。"), total(25.0));
        // Two categories summed are not all of it; nor a field named with a list.
        assert_eq!(read("全年依照主动公开目录公开财政信息及人事信息合计20条。"), []);
        assert_eq!(read("本年主动公开各类财政、人事政府信息25条。"), []);
        assert_eq!(read("本年主动公开各类财政预决算政府信息25条。"), []);
    }

    #[test]
    fn disclosed_to_the_public_is_disclosed() {
        let total = |v: f64| vec![("proactive.total".to_string(), v)];
        assert_eq!(read("本年度主动向社会公开政府信息120条。"), total(120.0));
        assert_eq!(
            read("2020年我街道通过区政府网、公众号、各级媒体等方式主动向社会公开政策文件、工作动态、公共服务等信息1851条。"),
            total(1851.0)
        );
        assert_eq!(read("主动向公众发布工作动态信息35条。"), [], "one category");
    }

    #[test]
    fn the_years_items_at_the_head_of_a_clause() {
        let text = "我局依托官方网站、微信公众号主动向社会公布相关信息，着力推进医保信息公开，全年共发布共440条。";
        assert_eq!(read(text), [("proactive.total".to_string(), 440.0)]);
        assert_eq!(read("我局微信公众号运行良好，政务公开有序，全年共发布120条。"), [], "one channel's");
    }

    #[test]
    fn there_were_so_many() {
        assert_eq!(read("2020年度主动公开信息的有5条；"), [("proactive.total".to_string(), 5.0)]);
        assert_eq!(read("本年主动公开的信息数共有88条，其中工作动态60条。"), [("proactive.total".to_string(), 88.0)]);
    }

    #[test]
    fn a_note_in_brackets_between_the_noun_and_its_figure() {
        let total = |v: f64| vec![("proactive.total".to_string(), v)];
        assert_eq!(read("本年度我镇共主动公开政府信息（含网站发布）57条。"), total(57.0));
        assert_eq!(read("本年度我镇共主动公开政府信息(公文系统)57条。"), total(57.0));
        // A note with a figure of its own is not a note.
        assert_eq!(read("主动公开政府信息（同一信息计1条）"), []);
    }

    #[test]
    fn information_disclosure_submitted_is_a_request() {
        // 提交政府信息公开5件: requests whose noun (申请) was left out, never items disclosed.
        assert_eq!(read("2023年，我局接收网络方式提交政府信息公开5件。"), []);
        assert_eq!(read("本年度收到政府信息公开7件。"), []);
        assert_eq!(read("2020年，政府信息公开1200条。"), [("proactive.total".to_string(), 1200.0)]);
    }

    #[test]
    fn a_stock_on_a_date_is_not_the_years() {
        assert_eq!(read("截止20201231日，全乡累计主动公开政府信息65条。"), []);
        assert_eq!(read("截至2020年12月31日，全乡累计主动公开政府信息65条。"), []);
        // The year's, said so.
        assert_eq!(
            read("截至2020年12月31日，本年度累计主动公开政府信息65条。"),
            [("proactive.total".to_string(), 65.0)]
        );
        // At the year's end as well: what the year added up to.
        assert_eq!(
            read("截至2020年底，本年度累计主动公开各类政府信息327条。"),
            [("proactive.total".to_string(), 327.0)]
        );
        assert_eq!(read("截至2020年底，全乡累计主动公开政府信息65条。"), [], "the stock");
    }

    #[test]
    fn a_section_that_says_none_of_it_happened() {
        let section = |heading: &str, body: &str| Section { ordinal: 5, heading: heading.into(), body: body.into() };
        let codes = |sections: &[Section]| -> Vec<String> {
            facts(&[], &[], sections, Some(2012)).into_iter().map(|m| format!("{} {}", m.metric, m.value)).collect()
        };
        let heading = "五、有关政府信息公开行政复议、行政诉讼、行政申诉的情况";
        assert_eq!(
            codes(&[section("四、政府信息公开行政复议、行政诉讼情况 (无", "")]),
            ["review.total 0", "litigation.total 0"],
            "（无） with its closing bracket lost"
        );
        assert_eq!(codes(&[section(heading, "无发生上述情况。")]), ["review.total 0", "litigation.total 0"]);
        assert_eq!(codes(&[section(heading, "本年度未发生此类情况。")]), ["review.total 0", "litigation.total 0"]);
        assert!(codes(&[section(heading, "收到行政复议2件，无其他上述情况。")]).is_empty(), "a figure");
        assert!(codes(&[section(heading, "做好相关工作。")]).is_empty(), "no negation");
        assert_eq!(
            codes(&[section("五、因政府信息公开申请行政复议、提起", "行政诉讼的情况\n本年度未发生\n上述情况。")]),
            ["review.total 0", "litigation.total 0"],
            "a heading and its body broken by a crawler"
        );
    }

    #[test]
    fn a_statement_through_several_channels_in_the_section_of_proactive_disclosure() {
        let section = "二、主动公开政府信息情况\n县直各单位主动公开政府信息10条。\n";
        assert_eq!(
            read(&format!("{section}2020年，我单位通过市政府网站、政务服务APP、上级部门网站公开信息326条。")),
            [("proactive.total".into(), 326.0)]
        );
        assert!(
            read(&format!("{section}2020年，我单位通过政府网站公开信息30条，通过微信公众号公开信息20条。")).is_empty(),
            "each channel's own"
        );
        assert!(
            read("三、依申请公开政府信息情况\n县直各单位主动公开政府信息10条。\n2020年，我单位通过市政府网站、上级部门网站公开信息326条。")
                .is_empty(),
            "another section"
        );
    }

    #[test]
    fn a_section_heading_run_into_its_first_sentence_opens_it() {
        let page = "本报告依据条例编制。 二、主动公开政府信息情况 2020年，我单位通过区政府网站、政务服务APP、上级部门网站公开信息91条。 三、依申请公开政府信息情况 2020年，我单位公开信息12条。";
        assert_eq!(read(page), [("proactive.total".into(), 91.0)], "in its section only");
        assert_eq!(run_in_section_heading("（一）主动公开方面 全年公开信息5条"), Some("主动公开方面"));
        assert_eq!(run_in_section_heading("一是主动公开方面"), None, "a point, not a section");
        assert_eq!(run_in_section_heading("二、主动公开政府信息情况2019年，共公开…"), Some("主动公开政府信息情况"));
        assert_eq!(run_in_section_heading("(一)主动公开2024年,市应急局通过…"), Some("主动公开"));
    }

    #[test]
    fn a_figure_told_besides_another_is_a_part() {
        assert!(
            read("全年在县政府信息公开网发布各类主动公开信息26条。除在县政府信息公开网公开外，还通过省厅网站、县文明网等媒体主动向社会发布信息60条。")
                .is_empty(),
            "neither is the total"
        );
        assert!(read("全年主动公开政府信息26条。除此之外，还通过微信主动公开信息60条。").is_empty(), "besides this");
        assert_eq!(
            read("全年主动公开政府信息26条。除涉密信息外，均已公开。"),
            [("proactive.total".into(), 26.0)],
            "除…外 without 还 adds nothing"
        );
    }

    #[test]
    fn a_section_answered_by_none_alone() {
        let section = |heading: &str, body: &str| Section { ordinal: 3, heading: heading.into(), body: body.into() };
        let codes = |sections: &[Section]| -> Vec<String> {
            facts(&[], &[], sections, Some(2016)).into_iter().map(|m| format!("{} {}", m.metric, m.value)).collect()
        };
        let cases = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况";
        assert_eq!(codes(&[section(cases, "无")]), ["review.total 0", "litigation.total 0"]);
        assert_eq!(codes(&[section(cases, "我镇2016年度无申请。")]), ["review.total 0", "litigation.total 0"]);
        let requests = "三、依申请公开政府信息和不予公开政府信息情况";
        assert_eq!(codes(&[section(requests, "我镇2016年度无申请。")]), ["apply.received 0"]);
        assert_eq!(codes(&[section(requests, "我镇\n2016\n年度无申请。")]), ["apply.received 0"], "broken at its year");
        assert!(codes(&[section("四、依申请公开政府信息收费及减免情况", "无。")]).is_empty(), "fees, not requests");
        assert!(codes(&[section(cases, "无其他情况需要说明，详见附表。")]).is_empty(), "more than none");
        assert_eq!(
            codes(&[section("五、因政府信息公开申请行政复", "议、提起行政诉讼的情况\n我\n单位\n2016\n年度\n无申请。")]),
            ["review.total 0", "litigation.total 0"],
            "the heading broken before its answer"
        );
        assert!(
            codes(&[section("五、因政府信息公开申请行政复", "议、提起行政诉讼的情况\n收到行政复议2件。")]).is_empty(),
            "a figure, not none"
        );
        // No section found (the heading too broken to be one), the paragraph joiner runs it into
        // its answer.
        assert_eq!(
            read("五、因政\n府信息\n公开申请\n行政复议、提起行政诉讼的情况\n我单位\n2020\n年度\n无申请。\n六、存在的主要问\n题及改进措施"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]
        );
        assert!(
            read("五、因政\n府信息公开申请行政复议、提起行政诉讼的情况\n我单位收到行政复议2件。").is_empty(),
            "a figure, not none"
        );
        // A page run onto one line: each section after a stop, its heading run into its answer.
        let mut one_line = read("二、主动公开政府信息情况全年主动公开信息568条。三、依申请公开政府信息情况我镇2016年度无申请。四、依申请公开政府信息收费及减免情况我镇2016年度无申请。五、因政府信息公开申请行政复议、提起行政诉讼的情况我镇2016年度无申请。六、存在的主要问题");
        one_line.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(
            one_line,
            [
                ("apply.received".into(), 0.0),
                ("litigation.total".into(), 0.0),
                ("proactive.total".into(), 568.0),
                ("review.total".into(), 0.0)
            ]
        );
        assert_eq!(
            codes(&[section("五、因政府信息公", "开申请行政复议、提起\n行政诉讼的情况\n我\n单\n位\n2016\n年度无申请。\n六\n、存在的主要问题\n宣传不够。")]),
            ["review.total 0", "litigation.total 0"],
            "the next section's broken heading after the answer"
        );
        assert_eq!(
            codes(&[section(
                "五、因政府信息",
                "公开申请行政复
议、提起行政诉讼的情
况
无
六
、存在的主要问题及改进措施
宣传不够。"
            )]),
            ["review.total 0", "litigation.total 0"],
            "none without a stop, the next section's broken heading right after it"
        );
        assert!(
            codes(&[section("五、因政府信息公", "开申请行政复议、提起行政诉讼的情况\n无。\n另收到行政复议2件。")])
                .is_empty(),
            "more said of what the heading names"
        );
    }

    #[test]
    fn zero_statements_in_other_words() {
        assert!(
            read("按要求按时予以答复，没有出现被投诉举报、行政复议及行政诉讼纠错的情况。").is_empty(),
            "no correction by the cases, not no cases"
        );
        assert_eq!(
            read("2020年度，没有单位或个人向我局提出申请信息公开事项，所以也不存在向申请人收取费用。"),
            [("apply.received".to_string(), 0.0), ("fees.amount".to_string(), 0.0)]
        );
        assert!(read("本年度无个人信息泄露事件。").is_empty(), "no request named");
        assert_eq!(
            read("全年没有公民、法人和其它组织提出依申请公开信息的申请。"),
            [("apply.received".to_string(), 0.0)]
        );
        assert_eq!(read("本年度，未接到群众要求公开的信息。"), [("apply.received".to_string(), 0.0)]);
        assert_eq!(
            read("2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。"),
            [
                ("complaints.total".to_string(), 0.0),
                ("litigation.total".to_string(), 0.0),
                ("review.total".to_string(), 0.0)
            ]
        );
        assert_eq!(read("我局没有任何信息公开的收费项目。"), [("fees.amount".to_string(), 0.0)]);
        assert_eq!(
            read("2020年我局没有复议、行政诉讼及申诉。"),
            [("litigation.total".to_string(), 0.0), ("review.total".to_string(), 0.0)],
            "申诉 in a sentence that does not say it is about disclosure: no complaint read"
        );
        assert_eq!(
            read("2020年我局未收到政府信息公开申请，也不涉及行政复议和行政诉讼。"),
            [
                ("apply.received".to_string(), 0.0),
                ("litigation.total".to_string(), 0.0),
                ("review.total".to_string(), 0.0)
            ],
            "不涉及: none of either"
        );
        assert_eq!(
            read("2020年没有针对我镇政府信息公开申请而提起行政复议和行政诉讼的情况发生。"),
            [("litigation.total".to_string(), 0.0), ("review.total".to_string(), 0.0)],
            "far from its negation, the clause closed by 发生"
        );
        assert_eq!(
            read("没有针对我镇政府信息公开申请而提起行政复议的，行政诉讼1件。"),
            [],
            "as far from its negation without 发生: not read"
        );
    }

    #[test]
    fn none_of_the_above_under_a_heading_cut_in_two() {
        let text = "五、因政府信息公开申请行政复议、提起\n行政诉讼的情况\n本年度未发生\n上述情况。";
        assert_eq!(read(text), [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]);
        let inside_a_word = "五、因政府信息公开申请行\n政复议、提起行政诉\n讼的情况\n本年度未发生上述情况。";
        assert_eq!(read(inside_a_word), [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]);
        let both_above = "五、因政府信息公开申请行政复议、提起行政诉讼的\n情况\n本年度未发生上\n述情况。";
        assert_eq!(read(both_above), [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]);
    }

    #[test]
    fn disclosure_on_request_that_did_not_happen() {
        assert_eq!(read("本年度各类政府信息均未发生依申请和不予公开政府信息。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("本年度未发生依申请公开情况。"), [("apply.received".into(), 0.0)]);
        // What was asked for named, the happening an event.
        assert_eq!(read("由于主动公开及时，全年没有发生依申请信息公开事件。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("本年度未发生依申请公开政府信息事项。"), [("apply.received".into(), 0.0)]);
        assert!(
            read("本年度未发生依申请公开信息收费。").iter().all(|(m, _)| m != "apply.received"),
            "what a request brought about"
        );
        assert!(
            read("未发生依申请公开引起的行政复议。").iter().all(|(m, _)| m != "apply.received"),
            "what a request caused"
        );
    }

    #[test]
    fn zero_statements_in_their_real_forms() {
        assert_eq!(
            read("全年无因政府信息公开申请引起的行政复议和行政诉讼。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]
        );
        assert_eq!(read("全年未接收到依申请公开请求和申请。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("截止目前，我镇未接受政府信息公开申请。"), [("apply.received".into(), 0.0)], "未接受");
        assert_eq!(read("2020年度我乡无依法申请公开件。"), [("apply.received".into(), 0.0)], "无依法申请");
        assert_eq!(
            read("行政复议、行政诉讼均未发生。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "the cases named before the verb"
        );
        assert_eq!(
            read("因政府信息公开引起的行政复议1件，结果纠正1件，未发生行政诉讼。"),
            [("litigation.total".into(), 0.0)],
            "none of lawsuits, not of reconsiderations"
        );
        assert_eq!(
            read("本年度均未发生不予公开的情形，也未出现因政务公开工作被申请行政复议、提起行政诉讼的情形。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "the second clause that says none happened"
        );
        assert_eq!(
            read("2021年，未产生针对本机关政府信息公开的行政复议与行政诉讼。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "未产生 as 未发生"
        );
        assert_eq!(
            read("坚持依法答复，本年度未发生相关复议、诉讼案件。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "复议 and 诉讼 without 行政"
        );
        assert!(read("认真做好行政诉讼应诉工作，未产生不良后果。").is_empty(), "no lawsuit said not to have happened");
        assert_eq!(read("本年度无政府信息公开收费。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(read("2020年没有申请人及其他组织的政府信息公开收费和减免事项。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(read("不存在政府信息公开的收费及减免等情况。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(
            read("2020年没有申请人及其他组织的政府资讯公开收费和减免事项。"),
            [("fees.amount".into(), 0.0)],
            "Taiwan phrasing"
        );
        assert!(read("没有发现执法人员在执法检查中违规收费。").is_empty(), "not a fee of disclosure");
        assert!(read("申请人逾期未按收费通知要求缴纳费用，不再处理其申请。").is_empty(), "收费 inside other words");
        assert_eq!(read("2020年度，我乡政府信息公开工作没有收费及减免。"), [("fees.amount".into(), 0.0)]);
        assert!(read("本年度未发生行政事业性收费。").is_empty(), "administrative fees are not information fees");
        assert_eq!(read("本局未发生依申请公开信息收费及费用减免。"), [("fees.amount".into(), 0.0)]);
        assert!(
            read("2020年未产生行政事业收费，政府集中采购项目3个。").is_empty(),
            "the 第二十条 fees, not disclosure's"
        );
        assert_eq!(read("未向申请人收取依申请公开政府信息的任何费用。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(read("本机关没有向申请人收取检索、复制、邮寄等任何费用。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(read("2016年度，我乡未发生政府信息公开申请。"), [("apply.received".into(), 0.0)]);
        assert_eq!(
            read("本年度未发生因依申请公开答复不当引起的投诉举报。"),
            [("complaints.total".into(), 0.0)],
            "a complaint, not a request"
        );
        assert_eq!(
            read("全县因政府信息公开被申请行政复议3件，提起行政诉讼5件，无举报件。"),
            [("complaints.total".into(), 0.0)]
        );
        assert!(read("12345热线全年未收到投诉。").is_empty(), "not about disclosure");
        assert_eq!(
            read("2022年，我室未收到政府信息公开申请，未收到针对本单位有关政府信息公开事务的行政复议。"),
            [("apply.received".into(), 0.0), ("review.total".into(), 0.0)],
            "the second of two clauses saying nothing was received"
        );
        assert_eq!(read("我镇对申请公开政府信息暂免收费。"), [("fees.amount".into(), 0.0)], "fees waived");
        assert_eq!(
            read("全部按时答复，未发生政府信息公开行政复议、起诉。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "起诉, the suit filed"
        );
        assert!(read("未发生群众起诉的情况。").is_empty(), "a suit not said to be about disclosure");
        assert!(
            read("2021年度我局没有因政府信息公开引发的举报、投诉、行政复议或行政诉讼等情况。")
                .contains(&("complaints.total".into(), 0.0)),
            "没有 and the cause"
        );
        assert_eq!(
            read("本年度未发生针对本街道政府信息公开事务的行政复议案件、行政诉讼案件和举报投诉件。"),
            [("complaints.total".into(), 0.0), ("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "complaints last in a long list of what did not happen"
        );
        assert_eq!(read("我乡没有接到群众要求公开政府信息的申请。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("2021年，无政府信息公开申请事项。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("2020年我局未受理依申请公开。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("本街道没有依申请公开政府信息的办理事项。"), [("apply.received".into(), 0.0)]);
        assert_eq!(
            read("本镇无一例因信息公开申请引发的行政复议和行政诉讼发生。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]
        );
        assert_eq!(
            read("本年度无信息公开申请行政复议、提起行政诉讼的案件。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]
        );
        assert_eq!(
            read("收到涉及信息公开的行政复议2件，无行政诉讼。"),
            [("litigation.total".into(), 0.0)],
            "the clause with 无 only"
        );
        assert!(read("无论是否提起行政复议，均依法答复。").is_empty(), "无论 denies nothing");
        assert_eq!(
            read("全年无涉及政务公开的投诉、复议和诉讼等情形发生。"),
            [("complaints.total".into(), 0.0), ("litigation.total".into(), 0.0), ("review.total".into(), 0.0)],
            "复议 and 诉讼 without 行政 after 无"
        );
    }

    #[test]
    fn an_unreceived_reconsideration_is_not_an_unreceived_request() {
        assert_eq!(read("我乡未收到有关政府信息公开的行政复议申请。"), [("review.total".into(), 0.0)]);
        assert_eq!(
            read("本年度我委未收到因政府信息公开提起的行政诉讼。"),
            [("litigation.total".into(), 0.0)],
            "nor a lawsuit"
        );
    }

    #[test]
    fn outlets_listed_before_the_verb_are_all_of_it() {
        // Listed without 共 before the verb: the list ends where the words before the verb do.
        assert_eq!(
            read("2020年，我镇通过政府信息公开平台、政府网站主动公开政府信息12条。"),
            [("proactive.total".into(), 12.0)]
        );
        assert!(
            read("2020年，我镇通过县政府网站、市政府网站主动公开政府信息12条。").is_empty(),
            "every outlet listed of one channel: that channel's"
        );
    }

    #[test]
    fn each_channel_of_a_list_of_statements_is_its_own() {
        let text = "2022年，市局通过门户网站公开政府信息120条，通过政务新媒体公开政府信息940条，通过其他方式公开政府信息16条。";
        assert!(read(text).is_empty(), "three channels' figures, no total among them");
        assert!(read("通过政务新媒体公开政府信息940条。").is_empty(), "new media's");
        assert!(read("通过其他渠道公开政府信息16条。").is_empty(), "the other ways'");
        assert!(
            read("2020年，通过网站公开信息90条，某某头条号等其他方式公开政府信息68条。").is_empty(),
            "an example of the other ways (等其他方式) names that channel, not others beside it"
        );
        assert_eq!(
            read("2020年，我镇共在政务信息公开平台主动公开政府信息达18条，其中机构设置1条。"),
            [("proactive.total".into(), 18.0)],
            "the platform of disclosure itself"
        );
        assert_eq!(
            read("2020年，共计在某某区政府信息公开平台主动公开信息80条。"),
            [("proactive.total".into(), 80.0)],
            "the platform of disclosure itself, 信息 alone"
        );
        assert!(
            read("2020年，政府信息公开平台发布各类信息349条，其中文件类信息34条。").is_empty(),
            "posted on the platform: its items told again"
        );
        assert!(
            read("2020年，通过政府信息公开平台主动公开信息120条，通过微信公众号公开信息30条。").is_empty(),
            "the platform beside another channel: one channel"
        );
        assert!(
            read("2020年在市政府信息公开平台主动公开信息26条；通过微信公众号发布信息536条。").is_empty(),
            "the platform beside another channel after a semicolon: one channel"
        );
        assert!(
            read("2025年通过政府门户网站公开信息30条，线下政务公开栏等渠道公开信息25条。").is_empty(),
            "the site's figure and the boards': no total among them"
        );
        assert_eq!(
            read("着力办好门户网站和政务微信，全年发布政府信息330条。"),
            [("proactive.total".into(), 330.0)],
            "two channels named before a plain verb, after no figure: both of them"
        );
    }

    #[test]
    fn documents_issued_for_disclosure_are_not_the_proactive_total() {
        assert!(read("2020年通过门户网站主动公开政府信息86条，印发主动公开文件9件。").is_empty());
        assert_eq!(read("2020年共主动公开文件35件。"), [("proactive.total".into(), 35.0)], "disclosed, not issued");
    }

    #[test]
    fn a_proactive_total_counted_in_articles_or_items_is_read_only_of_information_itself() {
        assert_eq!(read("2020年我局主动公开信息 356篇，其中部门文件4件。"), [("proactive.total".into(), 356.0)]);
        assert_eq!(read("全年主动公开政府信息28项。"), [("proactive.total".into(), 28.0)]);
        assert!(read("全年主动公开执行行政许可215项。").is_empty(), "licences, not information");
        assert!(read("全年主动公开新闻稿件75篇。").is_empty(), "articles of one kind");
        assert!(read("全年主动公开政府信息目录12项。").is_empty(), "entries of the catalogue");
    }

    #[test]
    fn the_proactive_total_in_its_forms_and_its_parts_that_are_not() {
        assert_eq!(read("全年主动公开政府信息总数243条。"), [("proactive.total".into(), 243.0)]);
        assert_eq!(read("全年主动公开我县各级单位政府信息987条。"), [("proactive.total".into(), 987.0)]);
        assert_eq!(read("2020年，主动公开政务工作信息、动态630多条。"), [("proactive.total".into(), 630.0)]);
        assert!(read("县直各单位主动公开政府信息120条。").is_empty(), "a sub-unit's part");
        // The items of a list a 其中 opened, set apart by semicolons, are its parts.
        assert_eq!(
            read("我局在政府网站公开政府信息共计30条，其中：1.政策文件2条；2.工作动态20条；3.信息公开信息8条。"),
            [],
            "one channel's, and its items"
        );
        assert_eq!(
            read("全年主动公开政府信息40条，其中：1.工作动态30条；2.信息公开信息10条。"),
            [("proactive.total".into(), 40.0)]
        );
        assert_eq!(
            read("其中政策文件4条。3.主动公开政府信息10条。"),
            [("proactive.total".into(), 10.0)],
            "past a full stop"
        );
        assert!(read("政府官方网站主动公开政府信息86条。").is_empty(), "one channel");
        assert!(read("（一）主动公开情况。某镇在某县公众信息网等网站公开信息70余条。").is_empty(), "sites only");
        assert!(read("历年累计主动公开信息2302条。").is_empty(), "since inception");
        assert!(read("本机关截至目前累计主动公开政府信息250条。").is_empty(), "up to now");
        assert!(
            read("微信公众号推送信息30余条政府官方网站主动公开政府信息72条。").is_empty(),
            "two statements run together"
        );
        assert!(read("条例实施以来，累计主动公开政府信息5600条。").is_empty(), "since inception");
        assert_eq!(
            read("2020年以来，主动公开政府信息98条。"),
            [("proactive.total".into(), 98.0)],
            "since this year began"
        );
        assert_eq!(read("截至2020年12月31日，全年累计主动公开政府信息222条。"), [("proactive.total".into(), 222.0)]);
        assert!(read("在县政府网上主动公开人事任免信息4条。").is_empty(), "one category, one channel");
        assert!(read("主动公开财政预决算信息16条。").is_empty(), "one category");
        assert_eq!(
            read("2020年我委通过网站、微信等不同渠道主动公开信息3067条。"),
            [("proactive.total".into(), 3067.0)],
            "all channels"
        );
        assert_eq!(
            read("2020年全年，我办通过门户网站和政务新媒体等方式共主动公开612条。"),
            [("proactive.total".into(), 612.0)]
        );
        assert_eq!(read("2020年我乡公开政府信息318条。"), [("proactive.total".into(), 318.0)]);
        assert_eq!(read("2020年共依法主动公开相关内容64条。"), [("proactive.total".into(), 64.0)], "内容 for 信息");
        assert!(read("主动公开财政预决算内容16条。").is_empty(), "one category's content");
        assert!(read("发布法定主动公开内容1条，包括机构概况1条。").is_empty(), "the statute's column");
        assert!(read("全年公开信息253条。").is_empty(), "信息 alone, not said to be all of it, may be any information");
        assert!(
            read("通过官方微博、微信公众号分别发布各类信息92条、306条。").is_empty(),
            "one figure of a list paired by 分别"
        );
        assert_eq!(
            read("（一）主动公开政府信息的数量\n按照条例要求，全年共公开信息253条。"),
            [("proactive.total".into(), 253.0)],
            "信息 alone right under a heading of proactive disclosure"
        );
        assert_eq!(
            read("（一）\n\n主动公开政府信息的数量\n\n全年共公开信息253条。"),
            [("proactive.total".into(), 253.0)],
            "the heading's enumerator on a line of its own"
        );
        assert_eq!(
            read("（一）主动\n\n公开政府信息的数量按照条例要求，全年共公开信息97条。"),
            [("proactive.total".into(), 97.0)],
            "the heading cut inside its words"
        );
        assert_eq!(
            read("（一）主动公\n开政府信息的数\n量\n按照条例\n要求，全年共公开信息\n849\n条。"),
            [("proactive.total".into(), 849.0)],
            "主动公开 cut after 公"
        );
        assert!(
            read("二、主动公开政府信息情况\n（一）工作动态\n全年共公开信息253条。").is_empty(),
            "the nearest heading is another's"
        );
        assert_eq!(
            read("主动公开政府信息的数量按照条例要求，全年共公开信息253条。"),
            [("proactive.total".into(), 253.0)],
            "the heading run into the sentence"
        );
        assert!(
            read("（一）做好主动公开工作\n围绕重点领域等在政府网站发布信息93条。").is_empty(),
            "posted, not disclosed"
        );
        assert_eq!(
            read("（一）主动公开政府信息的数量\n2020年，我镇共向社会发布信息75条。"),
            [("proactive.total".into(), 75.0)],
            "posted to the public, under a heading of proactive disclosure"
        );
        assert!(read("2020年，我镇共向社会发布信息75条。").is_empty(), "信息 alone, under no such heading");
        assert_eq!(
            read("（一）主动公开。2020年累计公开信息达265条，涵盖多个类别。"),
            [("proactive.total".into(), 265.0)],
            "a heading run into its paragraph, closed by a stop"
        );
        assert_eq!(
            read("二、主动公开政府信息情况 （一）主动公开情况。2020年累计公开信息达265条。"),
            [("proactive.total".into(), 265.0)],
            "the sub-heading at the end of a page's run-on text"
        );
        assert!(read("（一）依申请公开。2020年累计公开信息达265条。").is_empty(), "the heading run in is another's");
        assert!(
            read("（一）主动公开情况。全年在某省政府采购网公开信息7条。").is_empty(),
            "a site of other business carries one kind of information"
        );
        assert_eq!(read("全年共主动发布各类信息6150条。"), [("proactive.total".into(), 6150.0)]);
        assert_eq!(read("2020年，主动公开政府信息累计204条。"), [("proactive.total".into(), 204.0)]);
        assert_eq!(
            read("通过公报、网站和新媒体等媒介，主动公开政府信息20余万条。"),
            [("proactive.total".into(), 200000.0)]
        );
        assert_eq!(read("2020年政府信息累计公开2800余条。"), [("proactive.total".into(), 2800.0)]);
        assert_eq!(
            read("全市主动公开规划计划、财政资金、民生保障和重大项目等9个方面8.6万条信息，同比增长12.4%。"),
            [("proactive.total".into(), 86000.0)],
            "the figure before the noun"
        );
        assert_eq!(
            read("2020年，街道主动公开规范性文件、部门预算决算、政协委员提案答复情况、背街小巷整治方案公示等事项政府信息累计64条。"),
            [("proactive.total".into(), 64.0)],
            "long items, 等事项"
        );
        assert_eq!(
            read(
                "通过区政府门户网站集约化平台，及时发布重点领域信息，推进政务公开。全年共发布212条，其中财政信息2条。"
            ),
            [("proactive.total".into(), 212.0)],
            "the year's items without an object"
        );
        assert!(read("全年共发布212条。").is_empty(), "nothing says what was posted");
        assert_eq!(
            read("（一）主动公开情况\n召开新闻发布会3次，解读政策5次，全年共发布信息860条，其中工作动态300条。"),
            [("proactive.total".into(), 860.0)],
            "the year's items of 信息 itself, under the heading of proactive disclosure"
        );
        assert_eq!(
            read("1、主动公开情况。\n2020年，全年累计更新发布信息75条，其中部门文件3条，年度报告1条等。"),
            [("proactive.total".into(), 75.0)],
            "updated and posted"
        );
        assert!(
            read("（四）平台建设\n区政府网站运行平稳，全年共发布信息860条。").is_empty(),
            "one site's, under another heading"
        );
        assert_eq!(
            read("（一）“主动公开”工作情况。2020年度，共发布政务信息439条，其中时政要闻109条。"),
            [("proactive.total".into(), 439.0)],
            "the year said before the clause, under the heading"
        );
        assert_eq!(
            read("一、总体情况\n2020年，我局依法推进公开。一是主动公开方面，坚持以公开为常态。2020年，累计公开信息16条，涵盖各领域。二是依申请公开方面，全年共办理信息5条。"),
            [("proactive.total".into(), 16.0)],
            "under a point on proactive disclosure, up to the next point"
        );
        assert_eq!(
            read("2020年我乡主动公开某某乡人民政府信息57条：其中部门公告4条。"),
            [("proactive.total".into(), 57.0)],
            "a government's own information by its name"
        );
        assert!(read("2020年主动公开各乡镇人民政府信息57条。").is_empty(), "several governments'");
        assert!(read("2020年主动公开乡镇人民政府信息57条。").is_empty(), "the townships' governments");
        assert_eq!(
            read("2020年，我局主动公开了各类信息24条，内容涵盖了重大项目。"),
            [("proactive.total".into(), 24.0)],
            "了 after the verb"
        );
        assert_eq!(
            read("2020年，我局主动公开和更新了各类信息439条，全面公开机构职能。"),
            [("proactive.total".into(), 439.0)],
            "disclosed and updated: two verbs joined"
        );
        assert_eq!(
            read("2020年某市气象局本级累计发布各类信息（包括：天气预报、预警信号、公众服务信息）共1631条。"),
            [("proactive.total".into(), 1631.0)],
            "a note naming kinds between the object and its figure"
        );
        assert!(
            read("一、总体情况\n一是依申请公开方面，规范流程。2020年，累计公开信息16条。").is_empty(),
            "under a point on something else"
        );
        assert!(read("2020年度，共发布政务信息439条。").is_empty(), "neither 全年 nor the heading");
        assert!(
            read("1、主动公开政府信息\n及时公开政府机构设置。2020年，共发布信息587条，信息发布的格式进一步规范。")
                .is_empty(),
            "信息 alone without 全年: a platform's items told again"
        );
        assert!(
            read("二、主动公开政府信息情况\n截止20201231日，累计主动公开政府信息298条。").is_empty(),
            "累计 without 全年: since inception"
        );
        assert_eq!(
            read("（二）主动公开方面\n2020年，我局共主动公开158份信息稿件，其中包括通知公告。"),
            [("proactive.total".into(), 158.0)],
            "counted in 份 of 信息稿件"
        );
        assert!(read("（一）主动公开。充分利用爱某某APP主动公开信息102条。").is_empty(), "an app is one channel");
        assert_eq!(
            read("本街道截至2020年底累计主动公开政府信息52条，其中，本年度新增的主动公开政府信息5条。"),
            [("proactive.total".into(), 5.0)],
            "the year's new items, not the cumulative count"
        );
        assert_eq!(
            read("截至2020年底，我局主动公开政府信息历年累计52条，其中2020年新增主动公开政府信息14条。"),
            [("proactive.total".into(), 14.0)],
            "the year's new items named by the year"
        );
        assert!(read("其中2019年新增主动公开政府信息14条。").is_empty(), "another year's new items");
        assert_eq!(
            read("主动向广大群众公开食品安全、质量安全、知识产权保护等信息312条。"),
            [("proactive.total".into(), 312.0)],
            "主动向广大群众公开 is 主动公开"
        );
        assert_eq!(
            read("依法主动公开我局制定的规范性文件、对人大建议和政协提案的答复等政府信息19件。"),
            [("proactive.total".into(), 19.0)],
            "two kinds closed by 等 after 主动公开"
        );
        assert!(
            read("本单位到2021年底主动公开政府信息6273条，其中，本年度的主动公开政府信息1484条。").is_empty(),
            "the stock at the year's end, its 累计 and 新增 lost to the decoder: neither is the year's"
        );
        assert!(read("依申请政府信息公开12件。").is_empty(), "on request");
        assert!(read("2019年政府信息累计公开2800余条。").is_empty(), "another year");
        assert!(read("其中主动公开政府信息215条、依申请公开政府信息6条。").is_empty());
        assert!(read("全市依申请公开政府信息4条，不予公开信息15条。").is_empty(), "released on request, withheld");
        assert!(read("全年发布工作动态信息120条。").is_empty(), "a category posted");
        assert!(read("2019年，我镇主动公开政府信息223条。").is_empty(), "last year's sentence in this year's report");
        assert!(
            read("着力办好政府公报，全年刊发《政府公报》6期，发布政府信息40条。").is_empty(),
            "the gazette's items"
        );
        assert_eq!(
            read("2020年累计主动公开政府信息9120件，包括规划计划类信息806件。"),
            [("proactive.total".into(), 9120.0)]
        );
        assert_eq!(
            read("2020年，共制作政府信息3021条，其中主动公开信息1027条，依申请公开信息459条。"),
            [("proactive.total".into(), 1027.0)],
            "the documents made, split by how they were disclosed"
        );
        assert!(read("共制作政府信息300条，其中通过网站主动公开信息120条。").is_empty(), "one channel of it");
        // All that was disclosed, split by how: the whole counts what requests got too.
        assert_eq!(
            read("2020年，我局共公开政府信息1234条，其中主动公开1200条，依申请公开34条。"),
            [("proactive.total".into(), 1200.0)],
            "what was disclosed, split by how"
        );
        assert_eq!(
            read("2020年度我乡通过县政府信息公开平台累公开206条，其中主动公开信息数为206条，依申请公开信息数为0条。"),
            [("proactive.total".into(), 206.0)],
            "through the platform of disclosure, split by how"
        );
        assert_eq!(
            read("本年度，我镇共制发政府信息95件，其中主动公开21件，不予公开74件。"),
            [("proactive.total".into(), 21.0)],
            "the documents issued, split by how they were disclosed"
        );
        // A lossy decoding lost the stops (U+FFFD): the sentence before, with a 其中 of its
        // own, runs into the statement of the documents made.
        assert_eq!(
            read("开展业务培训5次，其中专题培训2次\u{FFFD}2020年，共制作政府信息410条，其中主动公开信息205条，依申请公开信息9条\u{FFFD}"),
            [("proactive.total".into(), 205.0)],
            "the 其中 of another sentence, past a lost stop"
        );
        assert_eq!(
            read("自2020年1月以来本局共计发布各类信息共356条，其中政策文件17条。"),
            [("proactive.total".into(), 356.0)],
            "since the year began, every kind of information"
        );
    }

    #[test]
    fn all_kinds_with_a_note_of_what_they_include() {
        assert_eq!(
            read("全年共发布包括食品、药品信息等重点领域信息在内的各类信息516条。"),
            [("proactive.total".into(), 516.0)]
        );
        assert!(read("全年发布包括食品、药品信息在内的重点领域信息51条。").is_empty(), "one category");
    }

    #[test]
    fn information_disclosed_on_request_is_no_proactive_total() {
        assert!(read("共依申请办理公开或部分公开政府信息13件。").is_empty());
        assert_eq!(read("全年主动公开政府信息40条，依申请公开政府信息3件。"), [("proactive.total".into(), 40.0)]);
    }

    #[test]
    fn every_kind_through_one_channel_is_that_channels() {
        assert!(read("通过局官方微信公众平台推送各类信息44条。").is_empty());
        assert!(read("通过某州天气网主动公开信息320条。").is_empty(), "a site by its own name");
        assert_eq!(read("通过互联网主动公开信息320条。"), [("proactive.total".into(), 320.0)], "the internet");
    }

    #[test]
    fn a_list_of_every_kind_disclosed() {
        assert_eq!(
            read("县政府办全年主动公开人事任免、规划计划、财政资金、应急管理、重点项目等政府信息284条。"),
            [("proactive.total".into(), 284.0)]
        );
        assert_eq!(
            read("2020年度，区水务局主动公开工作动态、项目申报、预算决算以及其他信息共计318条。"),
            [("proactive.total".into(), 318.0)],
            "a list closed by 以及其他"
        );
        assert_eq!(
            read("主动公开了本地概况、工作要闻、招标采购、政策文件等方面信息共计1200余条。"),
            [("proactive.total".into(), 1200.0)]
        );
        assert_eq!(
            read("本委主动公开工作动态、通知公告、人事信息等各类政府信息418条。"),
            [("proactive.total".into(), 418.0)]
        );
        assert!(read("主动公开机构职能、政策文件信息20条。").is_empty(), "two categories, no 等");
        assert_eq!(
            read("主动公开政务信息包括机构职能、政策法规等六大类。累计公开186条信息，其中，网站信息主动公开42条。"),
            [("proactive.total".into(), 186.0)],
            "the figure before the noun after a word that sums"
        );
        assert!(read("其中通过门户网站累计公开86条信息。").is_empty(), "one channel's");
        assert!(read("截至目前累计公开2300条信息。").is_empty(), "the stock to date");
        assert!(read("县直各单位主动公开概况、动态、文件等信息120条。").is_empty(), "a sub-unit's list");
    }

    #[test]
    fn every_platform_at_once_is_all_of_it() {
        let heading = "二、主动公开政府信息的情况\n";
        assert_eq!(
            read(&format!("{heading}本年度，我局在各个平台共公开信息500条，其中，政务信息平台公开总数为120条。")),
            [("proactive.total".into(), 500.0)]
        );
        assert_eq!(read(&format!("{heading}全年通过各渠道发布政府信息64条。")), [("proactive.total".into(), 64.0)]);
        assert!(read(&format!("{heading}全年通过政务微博发布信息64条。")).is_empty(), "one channel's");
        assert!(
            read(&format!("{heading}本年度，局网站公开信息300条，微信公众号公开信息40条，抖音号公开信息25条。"))
                .is_empty(),
            "an account on a short-video app is one channel"
        );
    }

    #[test]
    fn media_named_without_the_site_are_a_part() {
        let heading = "（一）主动公开情况。\n";
        assert!(
            read(&format!("{heading}全年通过报刊、微信公众号等媒体公开信息210条。")).is_empty(),
            "the media's share, the site not among them"
        );
        assert_eq!(
            read(&format!("{heading}全年通过门户网站、微信公众号等媒体公开信息210条。")),
            [("proactive.total".into(), 210.0)],
            "the site among them: all of it"
        );
    }

    #[test]
    fn a_list_of_kinds_closed_by_its_sum_gives_the_total() {
        assert_eq!(
            read("我局主动公开机构信息40条，主动公开规划信息7条，业务信息13条，合计共60条，较好地完成了任务。"),
            [("proactive.total".into(), 60.0)]
        );
        assert_eq!(
            read("通过门户网站主动公开机构信息40条，规划信息7条，业务信息13条，总计60条。"),
            [("proactive.total".into(), 60.0)],
            "through one channel: the sum is still the total"
        );
        assert!(
            read("我局主动公开机构信息40条，规划信息7条，合计共60条。").is_empty(),
            "a sum the parts do not make: nothing is said of it"
        );
    }

    #[test]
    fn the_platform_with_its_channels_listed_after_carries_all_of_it() {
        assert_eq!(
            read("2020年，我局通过政府信息公开平台公开政府信息共计600条，其中，政府网站信息350条、微信服务号发布信息250条。"),
            [("proactive.total".into(), 600.0)]
        );
        assert!(
            read("2020年，我局通过政府信息公开平台公开政府信息共计600条，其中文件类信息34条。").is_empty(),
            "posted on the platform, its kinds listed: its items told again"
        );
    }

    #[test]
    fn a_list_of_kinds_after_a_plain_verb_under_the_heading() {
        let list =
            "我局通过政府网站、政务新媒体等多种渠道，及时发布政策法规、文化活动信息、旅游资源推介等各类信息共计252条。";
        assert_eq!(read(&format!("（一）主动公开方面。{list}")), [("proactive.total".into(), 252.0)]);
        assert!(read(list).is_empty(), "posted, without the heading that says it is the disclosure");
        assert!(
            read("（一）主动公开方面。我局通过微信公众号发布政策法规、文化活动信息、旅游资源推介等各类信息共计252条。")
                .is_empty(),
            "one channel's"
        );
        assert!(
            read("（一）主动公开方面。我局围绕道路交通等发布警方提示、安全防范、交通出行等信息247条。").is_empty(),
            "some kinds, not said to be all of them"
        );
        assert_eq!(
            read("（一）主动公开方面。我局发布政策法规、工作动态、公示公告等信息共计252条。"),
            [("proactive.total".into(), 252.0)],
            "summed"
        );
        assert_eq!(
            read("（一）主动公开\n\n2020年，市应急局通过局门户网站和微信公众号共公开与行业领域相关的安全生产、防灾减灾救灾等各类非涉密信息1057条，其中局门户网站公开信息633条。"),
            [("proactive.total".into(), 1057.0)],
            "two kinds closed by 等各类, a word of what they share before 信息"
        );
        assert!(
            read("（一）主动公开\n\n我局发布安全生产、防灾减灾等信息57条。").is_empty(),
            "two kinds, not said to be all"
        );
        assert_eq!(
            read("一是主动公开方面\n\n2020年度，我局通过政府门户网、政府采购网等渠道公开了预决算、政府采购、资金拨付和使用等各类信息221条。"),
            [("proactive.total".into(), 221.0)],
            "under a point's subject on a line of its own"
        );
        assert_eq!(
            read("一是主动公开方面，坚持公开为常态。\n2020年度，我局公开了预决算、政府采购、资金拨付和使用等各类信息221条。"),
            [("proactive.total".into(), 221.0)],
            "under a point whose paragraph ended before"
        );
        assert!(
            read("一是主动公开方面，坚持公开为常态。\n二、依申请公开情况\n2020年度，我局公开了预决算、政府采购、资金拨付和使用等各类信息221条。")
                .is_empty(),
            "not past the next heading"
        );
        assert!(
            read("二是依申请公开方面\n\n2020年度，我局公开了预决算、政府采购、资金拨付和使用等各类信息221条。")
                .is_empty(),
            "under another point"
        );
    }

    #[test]
    fn kinds_listed_and_closed_as_all_the_content() {
        assert_eq!(
            read("（一）主动公开方面。据统计，主动公开发布部门预算决算情况说明、履职依据等内容共计33条。"),
            [("proactive.total".into(), 33.0)]
        );
        assert!(read("主动公开财政预决算内容16条。").is_empty(), "one kind's content, not listed as all");
    }

    #[test]
    fn information_disclosed_in_all_under_any_heading() {
        let summed = "（二）指南和目录的执行情况\n及时公开了机构职能、政策信息等信息，总共公开信息28条。";
        assert_eq!(read(summed), [("proactive.total".into(), 28.0)]);
        assert_eq!(read("一、概述\n2020年，我乡共公开信息53条。"), [("proactive.total".into(), 53.0)], "共");
        assert!(read("一、概述\n2020年，我乡公开信息53条。").is_empty(), "not said to be all of it");
        assert!(read("一、概述\n2020年，依申请共公开信息3条。").is_empty(), "on request");
        assert!(read("一、概述\n（二）依申请公开情况\n全年共公开信息3条。").is_empty(), "under a heading of requests");
        assert!(read("二、工作动态\n全年共公开信息53条。").is_empty(), "a section of one kind");
    }

    #[test]
    fn what_is_said_to_be_zero_in_words() {
        assert_eq!(read("2020年，全镇政府信息公开依申请办理事项为零。"), [("apply.received".into(), 0.0)]);
        assert_eq!(read("2020年，全镇信息公开的收费和减免为零。"), [("fees.amount".into(), 0.0)]);
        assert_eq!(
            read("全年因政府信息公开引起的行政复议和行政诉讼为零。"),
            [("litigation.total".into(), 0.0), ("review.total".into(), 0.0)]
        );
        assert!(
            read("依申请公开收费为0。").contains(&("fees.amount".into(), 0.0)),
            "{:?}",
            read("依申请公开收费为0。")
        );
        assert!(
            read("全年受理申请为0件。").iter().all(|(m, _)| m != "fees.amount"),
            "a count with its unit is another reader's"
        );
        assert!(read("依申请公开答复率为零。").is_empty(), "a rate");
        assert!(read("不予公开的申请为零。").is_empty(), "an outcome");
    }

    #[test]
    fn the_years_share_of_a_stock_said_without_xinzeng() {
        let stock = "截至2020年12月31日，累计公开政府信息846条，";
        assert_eq!(read(&format!("{stock}其中本年度公开214条。")), [("proactive.total".into(), 214.0)]);
        assert_eq!(
            read(&format!("{stock}其中本年度在县政府网站及本单位门户网站公开214条。")),
            [("proactive.total".into(), 214.0)],
            "through two sites: all of it"
        );
        assert!(read(&format!("{stock}其中本年度在微信公众号公开21条。")).is_empty(), "one channel's share");
    }

    #[test]
    fn the_sites_of_two_levels_of_government_are_all_of_it() {
        assert_eq!(
            read("（一）主动公开政府信息的数量\n2020年以县镇两级政府网站政务公开平台，公开各类信息及工作动态类信息合计193条。"),
            [("proactive.total".into(), 193.0)]
        );
    }
}
