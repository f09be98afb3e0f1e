//! Requests carried over and closed, as the prose of reports without a table states them:
//! 上年结转10件，办结731件，结转下年度办理27件; 答复政府信息公开申请98件（含上年度转结申请8件）;
//! 剩余4件转2023年办理.
//!
//! Only sentences about requests for information (申请) are read, never those about
//! consultations, mailboxes, reconsiderations or lawsuits, whose 办结 and 答复 count other
//! things. A year named in a sentence is read relative to the report's: the year before is
//! 上年 (2021年转办… in the 2022 report), the year after 下年 (结转2020年继续办理 in the
//! 2019 report); any other year dates the sentence elsewhere and it is not read. Where the
//! prose gives one of these figures twice with different values, neither is read.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::{Applicant, Metric};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    carried_in: Regex,
    carried_out: Regex,
    closed: Regex,
    /// 收到1件政府信息公开申请，结转至下一年度办理: every request received is carried out.
    all_carried_out: Regex,
    /// 未转结上年申请, 上年度无结转申请, 无上年度结转: nothing carried in.
    none_in: Regex,
    /// 无转结下年度继续办理件, 没有结转下一年度的申请: nothing carried out.
    none_out: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // (份: 新收政府信息公开申请7份，本年度办结5份，结转下年度继续办理2份.)
        const FIG: &str = r"(?P<fig>\d[\d,]*)\s*(?:件|起|宗|份)";
        // What is carried over is requests whatever their unit, 项 too (共收到依申请公开16项，办理15
        // 项，结转下年度继续办理1项); what is closed in 项 may be items of other business.
        const CARRIED_FIG: &str = r"(?P<fig>\d[\d,]*)\s*(?:件|起|宗|份|项)";
        Patterns {
            // 上年结转10件, 上年度转结申请8件, 上一年度结转的申请数量为0件, 结转上年度…申请3件.
            carried_in: crate::pattern::compile(&format!(
                r"(?:(?:上一?年度?)(?:结转|转结|转办|转入|结余)|结转上一?年度?)(?:的)?[^\d，,。；;（）()\x{{FFFD}}]{{0,16}}?(?:数量|数)?\s*(?:为|共)?\s*{CARRIED_FIG}"
            ))
            .unwrap(),
            // 结转下年度办理27件, 结转至下年办理0件, 结转下年继续办理的6件, 转下年度办理9件; 4件转下年办理;
            // 52件申请顺延到下年度答复 (put off to the next year).
            carried_out: crate::pattern::compile(&format!(
                r"(?:结转|转结|转|顺延)(?:至|到|入)?下一?年度?[^\d，,。；;（）()\x{{FFFD}}]{{0,10}}?(?:数量|数)?\s*(?:为|共)?\s*{CARRIED_FIG}|(?P<fig_first>\d[\d,]*)\s*(?:件|起|宗)(?:申请)?(?:按规定|依规|需)?(?:结转|转结|转|顺延)(?:至|到|入)?下一?年度?"
            ))
            .unwrap(),
            // 办结731件, 按时办结130件, 共办结0件, 答复政府信息公开申请98件, 办理回复…申请事项23件.
            closed: crate::pattern::compile(&format!(
                r"(?P<verb>办结|答复|办理回复)(?:了)?[^\d，,。；;（）()\x{{FFFD}}]{{0,14}}?(?:数量|数)?\s*(?:共|为)?\s*{FIG}"
            ))
            .unwrap(),
            // The received figure, then a clause of its own that carries them all, with no figure
            // (均结转下年度继续办理): what was received is what is carried.
            all_carried_out: crate::pattern::compile(&format!(
                r"(?:收到|受理|接到)[^\d，,。；;（）()\x{{FFFD}}]{{0,16}}?{FIG}(?:[^\d，,。；;]{{0,12}}申请)?[，,]\s*(?:均|全部)?(?:结转|转结)(?:至|到|入)?下一?年度?(?:继续)?(?:办理|答复|处理)?\s*(?:[，,。；;]|$)"
            ))
            .unwrap(),
            none_in: crate::pattern::compile(
                r"(?:无|没有|未)(?:结转|转结)(?:的)?(?:至|到)?上一?年度?|上一?年度?(?:无|没有)(?:结转|转结)|(?:无|没有)上一?年度?(?:的)?(?:结转|转结)",
            )
            .unwrap(),
            none_out: crate::pattern::compile(r"(?:无|没有|未)(?:结转|转结)(?:的)?(?:至|到|入)?下一?年度?").unwrap(),
        }
    })
}

/// Does the text name [`OTHER_BUSINESS`], outside the clauses that tell what the requests were
/// about (…申请31件，主要涉及行政许可、事故调查等方面，办结29件: the requests' topics, not the
/// agency's services)?
fn names_other_business(text: &str) -> bool {
    let topics = |clause: &&str| {
        let head = clause.trim_start();
        ["主要涉及", "涉及", "内容涉及", "内容主要涉及", "主要集中在", "集中在"].iter().any(|w| head.starts_with(w))
    };
    if !OTHER_BUSINESS.iter().any(|w| text.contains(w)) {
        return false;
    }
    crate::text::split_at_commas(text).filter(|c| !topics(c)).any(|c| OTHER_BUSINESS.iter().any(|w| c.contains(w)))
}

/// Words of sentences whose 办结/答复/结转 count something else than requests for information
/// (行政许可申请, 审批, 办件 and 政务服务 are the agency's services: 全年受理行政许可申请123件，
/// 办结120件; 线上办结政务服务业务19件).
const OTHER_BUSINESS: [&str; 16] = [
    "咨询",
    "信箱",
    "留言",
    "来信",
    "来电",
    "热线",
    "建议",
    "提案",
    "诉求",
    "复议",
    "诉讼",
    "举报",
    "行政许可",
    "审批",
    "办件",
    "政务服务",
];

/// A sentence with the years around the report's named relatively: `year - 1` → 上年,
/// `year + 1` → 下年.
fn relative_years(sentence: &str, year: Option<i32>) -> String {
    let Some(year) = year else { return sentence.to_string() };
    sentence
        .replace(&format!("{}年度", year - 1), "上年度")
        .replace(&format!("{}年", year - 1), "上年")
        .replace(&format!("{}年度", year + 1), "下年度")
        .replace(&format!("{}年", year + 1), "下年")
        // 结转至2023年 in the 2023 report: this year.
        .replace(&format!("{year}年"), "本年")
}

/// Carried in, carried out and closed requests stated in the prose.
pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let p = patterns();
    let mut found: Vec<Metric> = Vec::new();
    // 剩余4件转2023年办理, 上年结转4件，办结28件… follow the sentence about requests they
    // complete, in the same paragraph or on the next line.
    let mut after_requests = false;
    for (line, text) in paragraphs {
        for sentence in crate::text::split_at_stops(text).filter(|s| !s.trim().is_empty()) {
            // 同意公开107件，部分公开7件…: the outcomes, in the sentence after the requests.
            let outcomes_follow = after_requests;
            let about_requests = sentence.contains("申请") || (after_requests && sentence.contains('转'));
            // A list of outcomes runs on past its semicolons (予以公开42件；不予公开1件；其他处理6件).
            // (Counted in 件, or in 份: 上年结转4份，本年度办结167份.)
            after_requests = sentence.contains("申请") || (outcomes_follow && sentence.contains(['件', '份']));
            if (about_requests || outcomes_follow) && !names_other_business(sentence) {
                found.extend(outcomes(sentence, year, *line));
                found.extend(the_one_requests_outcome(sentence, year, *line));
            }
            // A sentence that lost characters to the decoder (U+FFFD) may have lost the very
            // word that says it is other business (咨询 → 咨\u{FFFD}).
            if !about_requests || sentence.contains('\u{FFFD}') {
                continue;
            }
            // Nothing carried, said without a figure (无转结下年度继续办理件).
            if sentence.contains('转') {
                let relative = relative_years(sentence, year);
                for (code, re) in [("apply.carried_in", &p.none_in), ("apply.carried_out", &p.none_out)] {
                    if let Some(m) = re.find(&relative) {
                        // Other business named in the statement's clause refuses it (a later
                        // clause about reconsiderations does not).
                        let from = m.start() - crate::narrative::clause_before(&relative[..m.start()]).len();
                        let to = relative[m.end()..].find(['，', ',']).map_or(relative.len(), |i| m.end() + i);
                        let clause = &relative[from..to];
                        if !OTHER_BUSINESS.iter().any(|w| clause.contains(w))
                            && !crate::prose::dated_elsewhere(&relative[..m.start()], year)
                        {
                            found.push(narrative(code, 0.0, m.as_str(), sentence.trim(), *line));
                        }
                    }
                }
            }
            if !crate::text::has_digit(sentence) {
                continue;
            }
            let relative = relative_years(sentence, year);
            let statements: [(&'static str, &Regex); 4] = [
                ("apply.carried_in", &p.carried_in),
                ("apply.carried_out", &p.carried_out),
                ("apply.carried_out", &p.all_carried_out),
                ("apply.result.total", &p.closed),
            ];
            for (code, re) in statements {
                for c in re.captures_iter(&relative) {
                    let at = c.get(0).map_or(0, |m| m.start());
                    let before = &relative[..at];
                    // Other business named up to the statement's clause end refuses it (收到网上
                    // 咨询…，全部按时办结); named in a later clause (…，未发生行政复议) it does not.
                    let clause_end = relative[at..].find(['，', ',']).map_or(relative.len(), |i| at + i);
                    if names_other_business(&relative[..clause_end]) {
                        continue;
                    }
                    // 已答复84件（含上一年结转答复1件），结转至2024年答复1件: inside brackets, or
                    // after 结转 in its clause, an answer counts a part or what is carried.
                    let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
                    let in_brackets = before.matches(['（', '(']).count() > before.matches(['）', ')']).count();
                    // 同意公开答复数4件 counts one kind of answer, not every answer.
                    let one_kind = before.ends_with("公开");
                    if code == "apply.result.total"
                        && (in_brackets || one_kind || clause.contains("结转") || clause.contains("转结"))
                    {
                        continue;
                    }
                    // 受理办结…20起 counts what was handled, closed or not.
                    if code == "apply.result.total" && before.ends_with("受理") {
                        continue;
                    }
                    if crate::prose::dated_elsewhere(before, year) || crate::prose::sub_unit_subject(before) {
                        continue;
                    }
                    let Some(fig) = c.name("fig").or_else(|| c.name("fig_first")) else { continue };
                    let code = if code == "apply.result.total" {
                        closing_code(c.name("verb").map_or("", |v| v.as_str()), before, year)
                    } else {
                        Some(code)
                    };
                    let Some(code) = code else { continue };
                    if let Some(value) = parse_figure(fig.as_str(), false) {
                        let raw = c.get(0).map_or("", |m| m.as_str()).trim();
                        found.push(narrative(code, value.value, raw, sentence.trim(), *line));
                    }
                }
            }
        }
    }
    one_figure_each(found)
}

/// Requests handled (办理), confirmed as closed: 办理 may count what was handled, closed or not
/// (受理办结…), so a 全年共办理依申请公开55件 is the results' total only where the prose's own
/// received, carried in and carried out add up with it (57 + 2 = 55 + 4), or where the sentence
/// goes on to say all of them were closed or answered (…18件，全部在规定时限内办结; …7件，…均在规定
/// 时间内答复); closed as [`closing_code`] names it for the year. `stated` is the prose's other
/// facts.
pub fn handled_and_balanced(paragraphs: &[(u32, String)], year: Option<i32>, stated: &[Metric]) -> Vec<Metric> {
    static HANDLED: OnceLock<Regex> = OnceLock::new();
    static ALL_CLOSED: OnceLock<Regex> = OnceLock::new();
    let handled = HANDLED.get_or_init(|| {
        crate::pattern::compile(
            r"(?:共|全年)?(?:共计)?办理(?:了)?(?:依申请公开|政府信息公开申请|申请)(?:政府信息|事项)?\s*(?:共)?\s*(?P<fig>\d[\d,]*)\s*(?:件|宗|起)",
        )
        .unwrap()
    });
    let all_closed = ALL_CLOSED.get_or_init(|| {
        crate::pattern::compile(r"^[^。；;]*?(?:均|全部|皆)(?:已)?[^。；;，,]{0,12}?(?:办结|答复|回复)").unwrap()
    });
    let total = |code: &str| {
        stated.iter().find(|m| m.metric == code && m.applicant.is_none_or(|a| a == Applicant::Total)).map(|m| m.value)
    };
    let balance = match (total("apply.received"), total("apply.carried_in"), total("apply.carried_out")) {
        (Some(received), Some(carried_in), Some(carried_out)) => Some((received + carried_in, carried_out)),
        _ => None,
    };
    let mut found = Vec::new();
    for (line, text) in paragraphs.iter().filter(|(_, t)| t.contains("办理")) {
        for sentence in crate::text::split_at_stops(text) {
            for c in handled.captures_iter(sentence) {
                let before = &sentence[..c.get(0).unwrap().start()];
                let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
                // 结转, 转结, 转入: what is carried, not what was closed.
                if clause.contains('转') || crate::prose::dated_elsewhere(before, year) {
                    continue;
                }
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                let balanced =
                    balance.is_some_and(|(owed, carried_out)| (owed - (value.value + carried_out)).abs() < 1e-9);
                let said_closed = all_closed.is_match(&sentence[c.get(0).unwrap().end()..]);
                if balanced || said_closed {
                    let raw = c.get(0).map_or("", |m| m.as_str());
                    // Closed, in the national table's row of its own until 2018 (closing_code).
                    let Some(code) = closing_code("办结", "", year) else { continue };
                    found.push(narrative(code, value.value, raw, sentence.trim(), *line));
                }
            }
        }
    }
    one_figure_each(found)
}

/// What a closing statement counts. The national_2014 table (reports on 2018 and before) has
/// rows of its own for requests closed (申请办结数), closed on time (按时办结数) and answered
/// (申请答复数); from 2019 the table has only the results' total, which every closing
/// statement then gives. In a report of unknown year, requests closed (办结) may be either:
/// none is named.
fn closing_code(verb: &str, before: &str, year: Option<i32>) -> Option<&'static str> {
    match year {
        None if verb == "办结" => None,
        Some(y) if y <= 2018 && verb == "办结" && (before.ends_with("按时") || before.ends_with("按期")) => {
            Some("apply.closed.on_time")
        }
        Some(y) if y <= 2018 && verb == "办结" => Some("apply.closed"),
        _ => Some("apply.result.total"),
    }
}

/// The outcome of the year's only request, told without a figure (共受理政府信息公开申请1件，…依法
/// 予以公开答复 → `apply.result.disclosed` 1): one request and one outcome named, 予以公开 (or
/// 同意公开) or 部分公开, nothing else counted after it.
fn the_one_requests_outcome(sentence: &str, year: Option<i32>, line: u32) -> Vec<Metric> {
    static ONE: OnceLock<Regex> = OnceLock::new();
    let one = ONE.get_or_init(|| {
        crate::pattern::compile(r"(?:收到|受理|接到|接收)[^，,。；;\d]{0,20}申请\s*1\s*(?:件|宗|份)").unwrap()
    });
    let Some(request) = one.find(sentence) else { return Vec::new() };
    if crate::prose::dated_elsewhere(&sentence[..request.start()], year) {
        return Vec::new();
    }
    let after = &sentence[request.end()..];
    // A figure after the outcome counts something else (予以公开3件 of several requests); a
    // refusal named beside it is another outcome.
    if crate::text::has_digit(after) || after.contains("不予") || after.contains("不公开") {
        return Vec::new();
    }
    let named: Vec<(&str, &'static str)> = [
        ("予以公开", "apply.result.disclosed"),
        ("同意公开", "apply.result.disclosed"),
        ("部分公开", "apply.result.partial"),
    ]
    .into_iter()
    .filter(|(w, _)| after.contains(w))
    .collect();
    let Some(&(word, code)) = named.first().filter(|_| named.iter().all(|(_, c)| *c == named[0].1)) else {
        return Vec::new();
    };
    vec![narrative(code, 1.0, word, sentence.trim(), line)]
}

/// The outcomes of table 三 retold item by item (予以公开3件, 部分公开7件, 本机关不掌握的政府信息4件,
/// 因属于行政执法案卷信息不予公开2件): each item is a table 三 row label and its figure, the label
/// read as the table's are (exactly or within the typo budget), after the words prose puts
/// around it (因…, …信息不予公开, 的). An item that names no row is not read (不予公开6件 is no
/// single row of the 2019/2021 tables; 申请撤销1件 none at all).
fn outcomes(sentence: &str, year: Option<i32>, line: u32) -> Vec<Metric> {
    static ITEM: OnceLock<Regex> = OnceLock::new();
    static FIGURE_FIRST: OnceLock<Regex> = OnceLock::new();
    let item = ITEM.get_or_init(|| {
        crate::pattern::compile(
            r"^(?:其中)?[：:]?\s*(?:因)?(?P<label>[^\d，,、：:（）()]{2,30}?)\s*(?P<fig>\d[\d,]*)\s*(?:件|起|宗)$",
        )
        .unwrap()
    });
    // 9件办理结果为本机关不掌握相关政府信息: the figure first.
    let figure_first = FIGURE_FIRST.get_or_init(|| {
        crate::pattern::compile(r"^(?:其中)?[：:]?\s*(?P<fig>\d[\d,]*)\s*件(?:申请)?(?:的)?(?:办理结果|答复结果|结果)?(?:为|是|属于|系)(?P<label>[^\d，,、：:（）()]{2,30})$")
            .unwrap()
    });
    // 其中8件按申请事项全部予以公开，1件公开部分内容: the figure first, then what was done.
    static DONE: OnceLock<Regex> = OnceLock::new();
    let done = DONE.get_or_init(|| {
        crate::pattern::compile(
            r"^(?:其中)?[：:]?\s*(?P<fig>\d[\d,]*)\s*件(?:按申请事项|按申请内容)?(?:均|已)?(?:全部)?(?P<label>予以公开|部分公开|公开部分内容)$",
        )
        .unwrap()
    });
    // A year in brackets is a note's (办结177件（含2022年结转的3件），其中…), not the statement's.
    if crate::prose::dated_elsewhere(&crate::text::without_brackets(sentence), year) {
        return Vec::new();
    }
    let mut out = Vec::new();
    // Both forms end in or hold a figure of 件: a part without one is not searched.
    let counted = |part: &&str| part.contains(['件', '起', '宗']) && crate::text::has_digit(part);
    for part in sentence.split(['，', ',', '、', '；', ';']).filter(counted) {
        let Some(c) = item
            .captures(part.trim())
            .or_else(|| figure_first.captures(part.trim()))
            .or_else(|| done.captures(part.trim()))
        else {
            continue;
        };
        // 依法予以公开的16件, 区分处理部分公开的3件: the manner before the row's words and the 的
        // after them are not the row's; nor are the quotes the row's words may stand in (“同意公开”
        // 的1件).
        const QUOTES: [char; 4] = ['“', '”', '"', '\''];
        let label = c["label"].trim().trim_end_matches('的').trim_matches(QUOTES);
        let label = ["依法", "依规", "区分处理"].iter().find_map(|w| label.strip_prefix(w)).unwrap_or(label);
        // 予以公开数量为2件: the row's words, then 数量 said before the figure.
        let label = ["数量为", "数量是", "数为", "数量"].iter().find_map(|w| label.strip_suffix(w)).unwrap_or(label);
        let label = if label == "公开部分内容" { "部分公开" } else { label };
        // 因本机关不掌握相关政府信息无法提供1件: the reason, then what it led to.
        let label = label.strip_suffix("不予公开").or_else(|| label.strip_suffix("无法提供")).unwrap_or(label);
        // 本机关不掌握相关信息, 不掌握信息: the row's words without 政府 (or 相关 too).
        let label = label
            .replace("不掌握的", "不掌握相关")
            .replace("不掌握相关信息", "不掌握相关政府信息")
            .replace("不掌握信息", "不掌握相关政府信息");
        // 不掌握相关政府信息: the row's words without the agency that says it.
        let label = if label.starts_with("不掌握") { format!("本机关{label}") } else { label };
        // 本机关不掌握4件: the row's first words alone.
        let label = if label.ends_with("不掌握") { format!("{label}相关政府信息") } else { label };
        // 属于行政执法案卷信息: the row's words without 信息 (属于三类内部事务信息 keeps it).
        let without_xinxi = label.strip_suffix("信息").filter(|l| l.starts_with("属于"));
        let Some(code) = crate::tables::table3_label(&label)
            .or_else(|| without_xinxi.and_then(crate::tables::table3_label))
            .or_else(|| crate::tables::national_result_label(&label))
            // A refusal's reason or any result row in the national table's words, in a report
            // of its years (同意全部公开答复数20件: 全部 is what the row's 同意公开 means).
            .or_else(|| crate::tables::national_refusal_label(&label).filter(|_| year.is_some_and(|y| y < 2019)))
            .or_else(|| {
                let label = label.replace("同意全部公开", "同意公开");
                crate::tables::national_result_row(&label).filter(|_| year.is_some_and(|y| y < 2019))
            })
            .or((label == "同意公开").then_some("apply.result.disclosed"))
            // 其中公开1起: a bare 公开 opening the list of outcomes is 予以公开.
            .or((label == "公开" && part.trim_start().starts_with("其中")).then_some("apply.result.disclosed"))
        else {
            continue;
        };
        // Received, carried and closed are read by their own statements above.
        if !code.starts_with("apply.result.") || code == "apply.result.total" {
            continue;
        }
        if let Some(value) = parse_figure(&c["fig"], false) {
            out.push(narrative(code, value.value, part.trim(), sentence.trim(), line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str, year: i32) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, year)
    }

    #[test]
    fn nothing_carried_said_without_a_figure() {
        assert_eq!(
            read_text("2022年共收到依申请公开件3件，已按期答复3件，无转结下年度继续办理件。", 2022),
            [("apply.carried_out".into(), 0.0), ("apply.result.total".into(), 3.0)]
        );
        assert_eq!(
            read_text("全年受理政府信息公开申请2件，未转结2021年政府信息公开申请。", 2022),
            [("apply.carried_in".into(), 0.0)],
            "the year before named by its number"
        );
        assert!(read_text("全年受理政府信息公开申请2件，未转结2019年的申请。", 2022).is_empty(), "another year's");
        assert_eq!(
            read_text("全年受理政府信息公开申请2件；未转结2021年政府信息公开申请，进入行政复议程序0件。", 2022),
            [("apply.carried_in".into(), 0.0)],
            "reconsiderations in a later clause"
        );
        assert!(read_text("未转结上年度的行政复议申请。", 2022).is_empty(), "other business in its clause");
        assert_eq!(
            read_text("本年度受理政府信息公开申请5条，无上年度结转，均已按期答复。", 2022),
            [("apply.carried_in".into(), 0.0)],
            "the year before, then the word carried"
        );
    }

    #[test]
    fn outcomes_in_the_older_tables_words() {
        assert_eq!(
            read_text("2021年本委共受理依申请公开信息11件。11件依申请公开信息均已依法受理并作出答复，其中属于已主动公开答复数6件，同意公开答复数5件。", 2021),
            [("apply.result.already_public".into(), 6.0)],
            "同意公开 of the older table is a part of the newer 予以公开: not read as it"
        );
    }

    #[test]
    fn outcomes_in_the_older_tables_words_in_a_report_of_its_years() {
        assert_eq!(
            read_text("共收到依申请公开请求30件。其中，属于已主动公开范围数0件，同意全部公开答复数20件，同意部分公开答复数2件，不同意公开答复数8件。", 2017),
            [
                ("apply.result.already_public".into(), 0.0),
                ("apply.result.disclosed".into(), 20.0),
                ("apply.result.partial".into(), 2.0),
                ("apply.result.denied".into(), 8.0)
            ]
        );
    }

    #[test]
    fn an_outcome_with_its_count_named_before_the_figure() {
        assert_eq!(
            read_text(
                "2020年，我局共受理政府信息公开申请37件，办结37件。其中予以公开数量为2件，部分公开数量为1件。",
                2020
            ),
            [
                ("apply.result.total".into(), 37.0),
                ("apply.result.disclosed".into(), 2.0),
                ("apply.result.partial".into(), 1.0)
            ]
        );
    }

    #[test]
    fn outcomes_with_the_figure_first_and_past_semicolons() {
        assert_eq!(
            read_text("2020年，本街道受理依申请公开政府信息23件。其中，3件办理结果为主动公开，9件办理结果为本机关不掌握相关政府信息，2件办理结果为没有现成信息需要另行制作，申请人撤回4件。", 2020),
            [("apply.result.unavailable.not_held".into(), 9.0), ("apply.result.unavailable.needs_creation".into(), 2.0)]
        );
        assert_eq!(
            read_text("答复政府信息公开申请98件。所有答复件中，予以公开及部分公开的42件，占42.86%；不予公开的1件，占1.02%；其他处理6件，占6.12%。", 2020),
            [("apply.result.total".into(), 98.0), ("apply.result.other".into(), 6.0)]
        );
        assert_eq!(
            read_text("答复政府信息公开申请98件（含上年度转结申请8件，另有5件申请转结下年度继续办理）。", 2020),
            [("apply.carried_in".into(), 8.0), ("apply.carried_out".into(), 5.0), ("apply.result.total".into(), 98.0)]
        );
    }

    #[test]
    fn carried_in_closed_and_carried_out_in_one_sentence() {
        assert_eq!(
            read_text(
                "全年共受理政府信息公开申请75件（主要涉及征收），上年结转1件，办结73件，结转下年度办理3件，办结率96%。",
                2022
            ),
            [("apply.carried_in".into(), 1.0), ("apply.carried_out".into(), 3.0), ("apply.result.total".into(), 73.0)]
        );
    }

    #[test]
    fn outcomes_with_their_manner_and_的() {
        assert_eq!(
            read_text("2019年，共接到依申请公开申请30件，其中依法予以公开的20件，区分处理部分公开的4件，属于三类内部事务信息不予公开的2件，没有现成信息需要另行制作4件。", 2019),
            [
                ("apply.result.disclosed".into(), 20.0),
                ("apply.result.partial".into(), 4.0),
                ("apply.result.withheld.internal_affairs".into(), 2.0),
                ("apply.result.unavailable.needs_creation".into(), 4.0)
            ]
        );
    }

    #[test]
    fn carried_into_the_report_s_year_named_by_its_number() {
        assert_eq!(
            read_text(
                "指引申请人依法申请。2022年结转至2023年2件，2023年共受理65件，已办结64件，结转下年度办理3件。",
                2023
            ),
            [("apply.carried_in".into(), 2.0), ("apply.carried_out".into(), 3.0), ("apply.result.total".into(), 64.0)]
        );
        assert_eq!(
            read_text("全年办理政府信息公开申请7件，其中予以公开1件，本机关不掌握4件。", 2022),
            [("apply.result.disclosed".into(), 1.0), ("apply.result.unavailable.not_held".into(), 4.0)],
            "a row named by its first words"
        );
        for said in ["不掌握信息3件", "本机关不掌握信息3件", "不掌握相关信息3件"] {
            assert_eq!(
                read_text(&format!("全年办理依申请公开5件，其中予以公开2件，{said}。"), 2022),
                [("apply.result.disclosed".into(), 2.0), ("apply.result.unavailable.not_held".into(), 3.0)],
                "{said}: the row without the agency, 相关 or 政府"
            );
        }
    }

    #[test]
    fn a_reason_followed_by_what_it_led_to() {
        assert_eq!(
            read_text("全年共收到依申请公开9件。处理结果中，予以公开3件，部分公开4件，因本机关不掌握相关政府信息无法提供2件。", 2022),
            [
                ("apply.result.disclosed".into(), 3.0),
                ("apply.result.partial".into(), 4.0),
                ("apply.result.unavailable.not_held".into(), 2.0)
            ]
        );
    }

    #[test]
    fn carried_out_said_with_转_alone() {
        assert_eq!(
            read_text("2023年共收到政府信息公开申请50件，上年结转2件，公开答复45件，转下年度办理7件。", 2023),
            [("apply.carried_in".into(), 2.0), ("apply.carried_out".into(), 7.0)]
        );
    }

    #[test]
    fn the_years_around_the_report_named_by_their_number() {
        assert_eq!(
            read_text("2022年共受理依申请公开6件以及2021年转办依申请公开3件。剩余2件转2023年办理。", 2022),
            [("apply.carried_in".into(), 3.0), ("apply.carried_out".into(), 2.0)]
        );
        assert_eq!(
            read_text("2019年，我局共受理依申请公开13件，按时办结10件，结转2020年继续办理的3件。", 2019),
            [("apply.carried_out".into(), 3.0), ("apply.result.total".into(), 10.0)]
        );
        assert!(read_text("2018年结转申请2件。", 2022).is_empty(), "another year's");
    }

    #[test]
    fn the_topics_of_the_requests_are_no_other_business() {
        assert_eq!(
            read_text("2025年，全局接收政府信息公开申请31件，主要涉及行政许可、事故调查等方面，办结申请29件，结转2026年度2件。", 2025),
            [("apply.carried_out".into(), 2.0), ("apply.result.total".into(), 29.0)]
        );
        assert!(
            read_text("全年受理行政许可申请123件，办结120件，结转下年度3件。", 2025).is_empty(),
            "the agency's services"
        );
    }

    #[test]
    fn requests_handled_are_closed_where_the_balance_says_so() {
        let text = "2022年共收到依申请公开41件以及2021年转办依申请公开3件。全年共办理依申请公开40件，其中，出具告知书36件。剩余4件转2023年办理。";
        let paragraphs = [(1, text.to_string())];
        let stated = |received: f64| {
            let mut m = read(&paragraphs, Some(2022));
            m.push(narrative("apply.received", received, "", "", 1));
            m
        };
        let closed = |received: f64| {
            handled_and_balanced(&paragraphs, Some(2022), &stated(received))
                .into_iter()
                .map(|m| (m.metric.to_string(), m.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(closed(41.0), [("apply.result.total".to_string(), 40.0)]);
        assert!(closed(42.0).is_empty(), "the balance does not hold: handled is not closed");
    }

    #[test]
    fn requests_handled_are_closed_where_the_sentence_says_all_were() {
        let closed = |text: &str, year: i32| {
            handled_and_balanced(&[(1, text.to_string())], Some(year), &[])
                .into_iter()
                .map(|m| (m.metric.to_string(), m.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            closed("全年共计办理依申请公开政府信息12件，全部在规定时限内办结。", 2022),
            [("apply.result.total".to_string(), 12.0)]
        );
        assert_eq!(
            closed("我局办理依申请公开事项5件，其中网络申请4件，信函申请1件，均在规定时间内答复申请人。", 2023),
            [("apply.result.total".to_string(), 5.0)]
        );
        assert_eq!(closed("全年共办理依申请公开9件，均已按时办结。", 2016), [("apply.closed".to_string(), 9.0)]);
        assert!(closed("2023年共办理依申请公开8件。", 2023).is_empty(), "handled, closed or not");
        assert!(closed("全年共办理依申请公开8件，均按程序办理。", 2023).is_empty(), "handled again, not closed");
    }

    #[test]
    fn requests_counted_in_copies() {
        let text = "2024年新收政府信息公开申请7份，本年度办结5份，结转下年度继续办理2份。";
        let got = read_text(text, 2024);
        assert!(got.contains(&("apply.carried_out".into(), 2.0)), "{got:?}");
        let text =
            "共收到依申请公开9项。上年结转1份，本年度办结8份，结转下年度继续办理2份。所有答复件中，予以公开6件。";
        let got = read_text(text, 2024);
        assert!(got.contains(&("apply.result.disclosed".into(), 6.0)), "the outcomes after the counts in 份: {got:?}");
        // Carried over in 项, as the requests were counted.
        let got = read_text("2024年，某局共收到依申请公开16项，办理15项，结转下年度继续办理1项。", 2024);
        assert!(got.contains(&("apply.carried_out".into(), 1.0)), "{got:?}");
    }

    #[test]
    fn the_outcome_of_the_only_request() {
        assert_eq!(
            read_text("2024年共受理政府信息公开申请1件，经调取档案核实，已在规定期限内予以公开答复。", 2024),
            [("apply.result.disclosed".into(), 1.0)]
        );
        assert!(read_text("共受理申请2件，均予以公开答复。", 2025).is_empty(), "more than one request");
        assert!(read_text("共受理申请1件，部分公开或不予公开。", 2025).is_empty(), "two outcomes");
        assert!(read_text("共受理申请1件，已按时答复。", 2025).is_empty(), "no outcome named");
    }

    #[test]
    fn closing_in_the_national_era_has_rows_of_its_own() {
        assert_eq!(
            read_text("2016年，共受理政府信息公开申请9件，按时办结8件，答复9件。", 2016),
            [("apply.closed.on_time".into(), 8.0), ("apply.result.total".into(), 9.0)]
        );
        assert_eq!(read_text("全年受理申请5件，办结5件。", 2017), [("apply.closed".into(), 5.0)]);
        assert!(read_text("全年受理行政许可申请123件，办结120件。", 2021).is_empty(), "licensing, not information");
        assert!(read_text("今年线上办结政务服务业务19件，并实现0跑动送达。", 2022).is_empty(), "the agency's services");
        assert_eq!(read_text("全年受理申请5件，按时办结5件。", 2020), [("apply.result.total".into(), 5.0)]);
    }

    #[test]
    fn answers_with_what_they_include_and_what_was_only_handled() {
        assert_eq!(
            read_text("答复政府信息公开申请18件（含上年度转结申请3件）。", 2024),
            [("apply.carried_in".into(), 3.0), ("apply.result.total".into(), 18.0)]
        );
        assert_eq!(
            read_text("全年受理办结依申请公开政府信息7起（含上年度转结2起），办结6起。", 2024),
            [("apply.carried_in".into(), 2.0), ("apply.result.total".into(), 6.0)]
        );
    }

    #[test]
    fn requests_closed_in_a_report_of_unknown_year_are_no_row() {
        let text = "全年共受理政府信息公开申请20件。上年结转2件，办结21件，结转下年度办理1件。";
        let got: Vec<(String, f64)> =
            read(&[(1, text.to_string())], None).into_iter().map(|m| (m.metric.to_string(), m.value)).collect();
        assert_eq!(
            got,
            [("apply.carried_in".to_string(), 2.0), ("apply.carried_out".to_string(), 1.0)],
            "closed is a row of its own until 2018, the results' total since"
        );
    }

    #[test]
    fn carried_in_with_the_verb_first() {
        assert_eq!(
            read_text(
                "全年收政府信息公开申请120件，结转上年度政府信息公开申请2件，本年度办结118件，剩余4件结转下年度办理。",
                2024
            ),
            [("apply.carried_in".into(), 2.0), ("apply.carried_out".into(), 4.0), ("apply.result.total".into(), 118.0)]
        );
    }

    #[test]
    fn answers_handled_and_outcomes_counted_in_cases() {
        assert_eq!(
            read_text("本年度共办理回复依申请公开事项31件，均已按时答复。", 2022),
            [("apply.result.total".into(), 31.0)]
        );
        assert_eq!(
            read_text(
                "全年共收到信息公开申请12起，其中公开4起，属于行政执法案卷2起，本机关不掌握相关政府信息6起。",
                2022
            ),
            [
                ("apply.result.disclosed".into(), 4.0),
                ("apply.result.withheld.enforcement_file".into(), 2.0),
                ("apply.result.unavailable.not_held".into(), 6.0)
            ]
        );
    }

    #[test]
    fn outcomes_retold_item_by_item() {
        let got = read_text(
            "2020年，我局共受理依申请公开16件，按时办结14件。同意公开7件，部分公开2件、不予公开1件，本机关不掌握的政府信息3件，补正后申请内容仍不明确1件。",
            2020,
        );
        assert_eq!(
            got,
            [
                ("apply.result.total".into(), 14.0),
                ("apply.result.disclosed".into(), 7.0),
                ("apply.result.partial".into(), 2.0),
                ("apply.result.unavailable.not_held".into(), 3.0),
                ("apply.result.unavailable.unclear".into(), 1.0)
            ]
        );
        assert_eq!(
            read_text("在办结的8件申请中，予以公开5件，因属于行政执法案卷信息不予公开2件，申请人撤回1件。", 2020),
            [
                ("apply.result.disclosed".into(), 5.0),
                ("apply.result.withheld.enforcement_file".into(), 2.0),
                ("apply.result.total".into(), 8.0)
            ],
            "of the 8 closed: 5 disclosed, 2 withheld as enforcement files, 1 withdrawn (no row)"
        );
        assert_eq!(
            read_text("共受理申请6件，其中同意公开4件，因涉及商业秘密而不予公开2件。", 2012),
            [("apply.result.disclosed".into(), 4.0), ("apply.result.denied.commercial_secret".into(), 2.0)],
            "a refusal by its reason in the national table's words"
        );
        assert_eq!(
            read_text("共受理申请3件。在已经答复的3件申请中，“同意公开”的2件，“不同意公开”的1件。", 2016),
            [("apply.result.disclosed".into(), 2.0), ("apply.result.total".into(), 3.0)],
            "the row's words in quotes"
        );
        assert_eq!(
            read_text("共受理申请6件，其中予以公开4件，因涉及商业秘密而不予公开2件。", 2020),
            [("apply.result.disclosed".into(), 4.0)],
            "the national table's reasons are not the rows of the 2019 and 2021 tables"
        );
        assert_eq!(
            read_text(
                "2020年收到政府信息公开申请共计7件，办结7件。其中5件按申请事项全部予以公开，2件公开部分内容。",
                2020
            ),
            [
                ("apply.result.total".into(), 7.0),
                ("apply.result.disclosed".into(), 5.0),
                ("apply.result.partial".into(), 2.0)
            ],
            "the figure first, then what was done"
        );
        assert_eq!(
            read_text("本年度共收到信息公开申请6件,其中网上收到5件;予以公开2件,本机关不掌握相关信息4件。", 2022),
            [("apply.result.disclosed".into(), 2.0), ("apply.result.unavailable.not_held".into(), 4.0)],
            "the row's words without 政府, past a half-width semicolon"
        );
        assert!(read_text("全市公开信息7件。予以公开3件。", 2020).is_empty(), "not after requests");
        assert_eq!(read_text("另有3件申请依规结转下年度继续办理。", 2020), [("apply.carried_out".into(), 3.0)]);
        // Every request received carried, said without a figure of its own.
        assert_eq!(
            read_text("2020年，我局收到1件政府信息公开申请，结转至下一年度办理，未发生行政复议。", 2020),
            [("apply.carried_out".into(), 1.0)]
        );
        assert_eq!(read_text("全年受理申请3件，均结转下年度继续办理。", 2020), [("apply.carried_out".into(), 3.0)]);
        assert_eq!(
            read_text("全年受理申请3件，结转下年度办理1件。", 2020),
            [("apply.carried_out".into(), 1.0)],
            "a figure of its own"
        );
        assert!(read_text("全年收到咨询3件，均结转下年度办理。", 2020).is_empty(), "other business");
    }

    #[test]
    fn a_year_in_brackets_does_not_date_the_outcomes() {
        let got = read_text("办结依申请公开件90件（含2022年结转的2件），其中，予以公开41件，部分公开17件。", 2023);
        assert!(got.contains(&("apply.result.disclosed".to_string(), 41.0)), "{got:?}");
        assert!(got.contains(&("apply.result.partial".to_string(), 17.0)), "{got:?}");
        assert!(
            !read_text("2022年办结依申请公开件90件，其中，予以公开41件。", 2023)
                .iter()
                .any(|(code, _)| code == "apply.result.disclosed"),
            "another year's outcomes"
        );
    }

    #[test]
    fn other_business_and_conflicting_figures_are_not_read() {
        assert!(read_text("收到网上咨询申请215条，全部按时办结，公开答复19件。", 2020).is_empty(), "consultations");
        assert_eq!(
            read_text(
                "全年共收到依申请公开16件，其中15件按时办结完毕，1件结转下年度继续办理，未发生行政复议和行政诉讼。",
                2022
            ),
            [("apply.carried_out".into(), 1.0)],
            "reconsiderations named after the statements"
        );
        assert_eq!(
            read_text(
                "本年度共收到依申请公开政府信息84件，已答复84件（含上一年结转答复1件），结转至2024年答复1件。",
                2023
            ),
            [("apply.carried_in".into(), 1.0), ("apply.carried_out".into(), 1.0), ("apply.result.total".into(), 84.0)],
            "answers inside brackets or carried are not the closed total"
        );
        assert!(
            read_text("未收到政府信息公开申请\u{FFFD}收到网上咨\u{FFFD}224条，全部按时办结，公开答复8件。", 2020)
                .is_empty(),
            "consultations whose word was lost to the decoder"
        );
        assert!(
            read_text("全年共收到9件申请，均已按时答复\u{FFFD}另有上年度结转申请4件。", 2020)
                .iter()
                .all(|(code, _)| code != "apply.result.total"),
            "a stop lost to the decoder ends the statement"
        );
        assert!(read_text("收到行政复议申请6件，办结5件。", 2020).is_empty(), "reconsiderations");
        assert!(read_text("县直各部门共受理申请40件，办结38件。", 2020).is_empty(), "a sub-unit's");
        assert!(read_text("本级办结申请5件。全县办结申请9件。", 2020).is_empty(), "two figures for one fact");
        assert!(read_text("全年办结各类事项120件。剩余4件转下年办理。", 2020).is_empty(), "not after requests");
        assert!(
            read_text("2025年，我委新收到政府信息公开申请1182件，办理1187件（含上年度结转申请57件，另有52件申请顺延到下年度答复）。", 2025)
                .contains(&("apply.carried_out".into(), 52.0)),
            "put off to the next year"
        );
        let two_lines = [
            (1, "2020年，共受理依申请公开26宗。".to_string()),
            (2, "上年结转4件，办结28件，结转下年度办理2件。".to_string()),
        ];
        assert_eq!(read(&two_lines, Some(2020)).len(), 3, "the flows on the line after the requests");
    }
}
