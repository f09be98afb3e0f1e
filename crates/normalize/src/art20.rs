//! The 第二十条 rows of 规章 and 规范性文件 retold in prose, in the 2021 table's columns:
//! 现行有效行政规范性文件19件，本年度废止1件，本年度制发1件 → `art20.normative.in_force` 19,
//! `.repealed` 1, `.issued` 1.
//!
//! Only in reports of 2021 on: the 2019 table counts these rows in other columns (new made, new
//! published, total public), and a sentence of an earlier year says nothing of them. The (五)(六)
//! rows' decisions (行政许可处理决定数量7556件) are a column of the 2019 table too, and are read
//! from 2019 on; the fees' amount is the 2021 table's. A count
//! without its subject takes the last one the sentence named (…规范性文件…，本年度废止1件). The
//! stock published as a library (集中公开现行有效规章207部) is not the table's row.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

/// What the rows count: 规范性文件 (规范性档案 in Taiwan's phrasing) and 规章.
const SUBJECTS: [&str; 3] = ["规范性文件", "规范性档案", "规章"];

fn statement() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(concat!(
            r"(?P<column>现行有效|(?P<when>本年度?|今年|全年)?(?:共)?(?:废止|制发|制定|出台|印发|发布))(?:了)?(?:的)?",
            r"(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)?(?:数量|件数|数)?(?:共|为)?\s*(?P<fig>\d{1,5})\s*(?P<unit>件|部|个|条|份)",
        ))
        .unwrap()
    })
}

/// 全年共制发6份局本级规范性文件: the year's made, the figure before its subject (and what
/// says whose, 局本级, between).
fn figure_first() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:本年度?|今年|全年)[，,]?\s*(?:共)?(?:制发|制定|出台|印发)(?:了)?\s*(?P<fig>\d{1,5})\s*(?:件|部|个|份)(?:[^，,。；;\d]{0,6}?)(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)",
        )
        .unwrap()
    })
}

/// 本年度制发规范性文件1份: the year's made, the subject before its figure.
fn subject_then_figure() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:本年度?|今年|全年)[，,]?\s*(?:共)?(?:制发|制定|出台|印发)(?:了)?(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)\s*(?:共)?\s*(?P<fig>\d{1,5})\s*(?:件|部|个|份)",
        )
        .unwrap()
    })
}

/// The next subject of a list, after a statement, in the same column and without a verb of its
/// own: 公开发布政府规章0件，行政规范性文件0件 (both made this year).
fn next_subject() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"^\s*[，,、]\s*(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)(?:数量|数)?(?:共|为)?\s*(?P<fig>\d{1,5})\s*(?:件|部|个|条)",
        )
        .unwrap()
    })
}

/// 未制发、废止、修改行政规范性文件: none made and none repealed this year — each verb a column's
/// zero (修改 and 清理 are no column of the table).
fn none_made() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:未|没有)(?P<verbs>(?:(?:制发|制定|出台|印发|发布|废止|修改|修订|清理)(?:[、和及或]|以及)?){1,5})(?:了)?(?:任何)?(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)",
        )
        .unwrap()
    })
}

/// 无行政规范性文件出台: the subject first after 无, then what was not done to it — the same zero
/// as [`none_made`].
fn none_made_subject_first() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:无|没有)(?:任何)?(?:政府)?(?:行政)?(?P<subject>规范性文件|规范性档案|规章)(?P<verbs>(?:(?:制发|制定|出台|印发|发布|废止|修改|修订|清理)(?:[、和及或]|以及)?){1,5})",
        )
        .unwrap()
    })
}

/// The next item of a list of decisions, after an item's statement, without 决定 of its own:
/// 行政许可决定278件、行政处罚1217件、行政强制402件.
fn next_decisions() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"^\s*[、，,]\s*(?P<item>行政许可|行政处罚|行政强制)(?:数量|数)?(?:为|共)?\s*(?P<fig>\d{1,7})\s*(?:件|宗|个|项|份)",
        )
        .unwrap()
    })
}

/// 行政许可处理决定数量1671宗, 行政处罚处理决定9项: the decisions of one item of the (五)(六)
/// rows. One item only: a count of two together (行政处罚、行政强制处理决定数量9宗) is neither's.
/// The table's own column named in the sentence (行政处罚本年处理决定数量803条), or the item as a
/// class (行政许可类处理决定数4条), is the same row.
fn decisions() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(concat!(
            r"(?P<item>行政许可|行政处罚|行政强制|其他对外管理服务事项)(?:类)?(?:的)?(?:本年度?)?(?:处理)?决定(?:书)?",
            r"(?:数量|数)?(?:为|共|共计)?\s*(?P<fig>\d{1,7})\s*(?:件|宗|个|项|份|条)"
        ))
        .unwrap()
    })
}

/// 办理行政许可461件, 全年办结行政许可事项36件: licences handled, each decided — the (五) row's
/// decisions (not licences accepted, 受理, some still open).
fn licences_handled() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"(?:办理|办结)(?:了)?(?:各类)?行政许可(?:事项|申请)?(?:共|共计)?\s*(?P<fig>\d{1,7})\s*(?:件|项|宗)",
        )
        .unwrap()
    })
}

fn handles_licences(text: &str) -> bool {
    text.contains("办理行政许可") || text.contains("办结行政许可") || text.contains("办理了行政许可")
}

/// 行政事业性收费金额850万元, 共收取行政事业性收费2277820元: the (八) row, in yuan.
fn admin_fees() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"行政事业性收费(?:的)?(?:金额|总额|总金额)?(?:为|共|共计|达)?\s*(?P<fig>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)").unwrap()
    })
}

/// The (五)(六)(八) rows retold: an item's decisions and the fees, each in a sentence of its own
/// that is not dated another year and counts no years together (累计, 以来).
fn decisions_and_fees(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let mut found = Vec::new();
    // (办理行政许可461件: licences handled are the decisions of the row too.)
    let names_a_row = |t: &str| t.contains("决定") || t.contains("行政事业性收费") || handles_licences(t);
    for (line, text) in paragraphs.iter().filter(|(_, t)| names_a_row(t)) {
        for sentence in crate::text::split_at_stops(text) {
            let may_state = crate::text::has_digit(sentence) && names_a_row(sentence);
            if !may_state || ["累计", "以来", "历年"].iter().any(|w| sentence.contains(w)) {
                continue;
            }
            for c in decisions().captures_iter(sentence) {
                let whole = c.get(0).unwrap();
                let before = &sentence[..whole.start()];
                // 行政处罚、行政强制处理决定数量9宗 counts two items together; after a count of its
                // own (…31宗、行政强制处理决定数量0宗) the 、 lists statements.
                // (涉及行政许可… names the item, no list.)
                let joined = before.ends_with(['、', '和', '及'])
                    && !before.ends_with("涉及")
                    && !before[..before.len() - 3].ends_with(['宗', '件', '个', '项', '份']);
                if joined || crate::prose::dated_elsewhere(before, year) {
                    continue;
                }
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                found.push(narrative(decisions_code(&c["item"]), value.value, whole.as_str(), sentence.trim(), *line));
                // The items listed after it, each with its count.
                for (next, raw) in listed_after(next_decisions(), sentence, whole.end()) {
                    let Some(value) = parse_figure(&next["fig"], false) else { break };
                    found.push(narrative(decisions_code(&next["item"]), value.value, raw, sentence.trim(), *line));
                }
            }
            for c in
                handles_licences(sentence).then(|| licences_handled().captures_iter(sentence)).into_iter().flatten()
            {
                let whole = c.get(0).unwrap();
                if crate::prose::dated_elsewhere(&sentence[..whole.start()], year) {
                    continue;
                }
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                found.push(narrative("art20.licensing.decisions", value.value, whole.as_str(), sentence.trim(), *line));
            }
            // The fees' amount is a column of the 2021 table only (the 2019 one counts items).
            if let Some(c) = admin_fees().captures(sentence).filter(|_| year.is_some_and(|y| y >= 2021)) {
                let whole = c.get(0).unwrap();
                let scale = if &c["unit"] == "万元" { 10_000.0 } else { 1.0 };
                let dated = crate::prose::dated_elsewhere(&sentence[..whole.start()], year);
                if let Some(value) = parse_figure(&c["fig"], false).filter(|_| !dated) {
                    let mut m = narrative(
                        "art20.admin_fees.amount",
                        value.value * scale,
                        whole.as_str(),
                        sentence.trim(),
                        *line,
                    );
                    m.unit = "yuan".into();
                    found.push(m);
                }
            }
        }
    }
    found
}

/// The items a list goes on with after a statement, each right after the one before (`list`
/// is anchored at its start), with its text without the separator before it.
fn listed_after<'s>(
    list: &'static Regex,
    sentence: &'s str,
    mut end: usize,
) -> impl Iterator<Item = (regex::Captures<'s>, &'s str)> {
    std::iter::from_fn(move || {
        let next = list.captures(&sentence[end..])?;
        let whole = next.get(0)?;
        end += whole.end();
        let raw = whole.as_str().trim_start_matches([' ', '、', '，', ',']);
        Some((next, raw))
    })
}

fn decisions_code(item: &str) -> &'static str {
    match item {
        "行政许可" => "art20.licensing.decisions",
        "行政处罚" => "art20.penalty.decisions",
        "行政强制" => "art20.coercion.decisions",
        _ => "art20.other_services.decisions",
    }
}

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    // The decisions are a column of the 2019 table and of the 2021 one.
    if year.is_none_or(|y| y < 2019) {
        return Vec::new();
    }
    let mut found = decisions_and_fees(paragraphs, year);
    if year.is_some_and(|y| y < 2021) {
        return one_figure_each(found);
    }
    let names_a_subject = |t: &str| SUBJECTS.iter().any(|s| t.contains(s));
    for (line, text) in paragraphs.iter().filter(|(_, t)| names_a_subject(t)) {
        for sentence in crate::text::split_at_stops(text) {
            if !names_a_subject(sentence) {
                continue;
            }
            let mut last_end = None;
            for c in statement().captures_iter(sentence) {
                let whole = c.get(0).unwrap();
                let before = &sentence[..whole.start()];
                // A verb without its time word counts this year's documents where it names them
                // (制发规范性文件1件) or goes on a list of this year's columns (本年度制发0件，废止0件).
                let continues_a_list =
                    last_end.is_some_and(|end| matches!(sentence[end..whole.start()].trim(), "，" | "," | "、"));
                let undated = !c["column"].starts_with("现行") && c.name("when").is_none();
                // The subject right before its verb (本年度行政规范性文件发布0条): the statement's own.
                let subject_first = SUBJECTS.iter().any(|s| before.trim_end().ends_with(s));
                if undated && c.name("subject").is_none() && !continues_a_list && !subject_first {
                    continue;
                }
                last_end = Some(whole.end());
                // 集中发布历年现行有效的行政规范性文件96件: a library of the stock published, not the
                // table's row.
                // (公开发布政府规章0件 is this year's made, 公开 the verb's manner.)
                let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
                let column = match &c["column"] {
                    "现行有效" => "in_force",
                    other if other.contains("废止") => "repealed",
                    _ => "issued",
                };
                // 份 counts copies too (印发…1000份): made without the year said, it may be printed
                // copies; repealed, it is documents.
                if undated && &c["unit"] == "份" && column != "repealed" {
                    continue;
                }
                let published_stock = ["历年", "库"].iter().any(|w| clause.contains(w))
                    || (column == "in_force" && clause.contains("公开"));
                if published_stock || crate::prose::dated_elsewhere(before, year) {
                    continue;
                }
                // The subject named in the statement, else the last one named before it.
                let named = c.name("subject").map(|m| m.as_str());
                let last_before = SUBJECTS.into_iter().filter_map(|s| before.rfind(s).map(|at| (at, s))).max();
                let Some(subject) = named.or(last_before.map(|(_, s)| s)) else { continue };
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                found.push(narrative(
                    code(row_of(subject), column),
                    value.value,
                    whole.as_str(),
                    sentence.trim(),
                    *line,
                ));
                // The subjects listed after it in the same column.
                for (next, raw) in listed_after(next_subject(), sentence, whole.end()) {
                    let Some(value) = parse_figure(&next["fig"], false) else { break };
                    let metric = code(row_of(&next["subject"]), column);
                    found.push(narrative(metric, value.value, raw, sentence.trim(), *line));
                }
            }
            // (Each form only where its words occur: a regex search costs more than a test.)
            let year_said = ["本年", "今年", "全年"].iter().any(|w| sentence.contains(w));
            let figures_first = year_said
                .then(|| figure_first().captures_iter(sentence).chain(subject_then_figure().captures_iter(sentence)))
                .into_iter()
                .flatten();
            for c in figures_first {
                let before = &sentence[..c.get(0).unwrap().start()];
                if crate::prose::dated_elsewhere(before, year) || crate::prose::sub_unit_subject(before) {
                    continue;
                }
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                let raw = c.get(0).unwrap().as_str();
                found.push(narrative(code(row_of(&c["subject"]), "issued"), value.value, raw, sentence.trim(), *line));
            }
            // (Each form only where its negation occurs: 未制发…, 无…规范性文件出台.)
            let says_wei = sentence.contains('未') || sentence.contains("没有");
            let says_wu = sentence.contains('无') || sentence.contains("没有");
            let verb_first = says_wei.then(|| none_made().captures_iter(sentence)).into_iter().flatten();
            let subject_first =
                says_wu.then(|| none_made_subject_first().captures_iter(sentence)).into_iter().flatten();
            for c in verb_first.chain(subject_first) {
                // 无规章制发权: no power to make rules, not a count of those made.
                let power = sentence[c.get(0).unwrap().end()..].starts_with(['权', '职']);
                if power || crate::prose::dated_elsewhere(&sentence[..c.get(0).unwrap().start()], year) {
                    continue;
                }
                let verbs = &c["verbs"];
                let made = ["制发", "制定", "出台", "印发", "发布"].iter().any(|w| verbs.contains(w));
                let columns = [("issued", made), ("repealed", verbs.contains("废止"))];
                for (column, _) in columns.into_iter().filter(|(_, said)| *said) {
                    let raw = c.get(0).unwrap().as_str();
                    found.push(narrative(code(row_of(&c["subject"]), column), 0.0, raw, sentence.trim(), *line));
                }
            }
        }
    }
    one_figure_each(found)
}

fn row_of(subject: &str) -> &'static str {
    if subject == "规章" {
        "art20.rules"
    } else {
        "art20.normative"
    }
}

fn code(row: &str, column: &str) -> &'static str {
    match (row, column) {
        ("art20.rules", "in_force") => "art20.rules.in_force",
        ("art20.rules", "repealed") => "art20.rules.repealed",
        ("art20.rules", _) => "art20.rules.issued",
        (_, "in_force") => "art20.normative.in_force",
        (_, "repealed") => "art20.normative.repealed",
        _ => "art20.normative.issued",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str, year: i32) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, year)
    }

    #[test]
    fn the_rows_retold_in_the_2021_columns() {
        assert_eq!(
            read_text("截至目前，现行有效行政规范性文件19件，本年度废止1件，本年度制发2件。", 2023),
            [
                ("art20.normative.in_force".to_string(), 19.0),
                ("art20.normative.repealed".to_string(), 1.0),
                ("art20.normative.issued".to_string(), 2.0)
            ]
        );
        assert_eq!(
            read_text("经全面清理，2024年以来本县现行有效的行政规范性文件为0件。", 2024),
            [("art20.normative.in_force".to_string(), 0.0)]
        );
        assert_eq!(
            read_text("对规范性文件进行全面清理，本年度制发3件，废止1件，现行有效12件。", 2023),
            [
                ("art20.normative.issued".to_string(), 3.0),
                ("art20.normative.repealed".to_string(), 1.0),
                ("art20.normative.in_force".to_string(), 12.0)
            ],
            "a list of this year's columns after its first"
        );
        assert_eq!(
            read_text("本年度行政规范性文件发布0条，废止数量0条，现行有效数量0条。", 2025),
            [
                ("art20.normative.issued".into(), 0.0),
                ("art20.normative.repealed".into(), 0.0),
                ("art20.normative.in_force".into(), 0.0)
            ],
            "the subject before its verb, 数量 before the figures, counted in 条"
        );
        assert_eq!(
            read_text("2024年本局行政规范性文件制发件数1件，废止件数0件，现行有效件数6件。", 2024),
            [
                ("art20.normative.issued".into(), 1.0),
                ("art20.normative.repealed".into(), 0.0),
                ("art20.normative.in_force".into(), 6.0)
            ],
            "the table's column names retold"
        );
        assert_eq!(
            read_text("2023年，制发规范性文件2件，现行有效规范性文件5件。", 2023),
            [("art20.normative.issued".to_string(), 2.0), ("art20.normative.in_force".to_string(), 5.0)],
            "the verb naming what it made"
        );
        assert_eq!(
            read_text("1. 制发情况：本年度制发规范性文件1份。2. 废止情况：废止规范性文件2份。", 2025),
            [("art20.normative.issued".to_string(), 1.0), ("art20.normative.repealed".to_string(), 2.0)],
            "counted in 份"
        );
        assert!(
            read_text("清理规范性文件30件，废止5件。", 2023).is_empty(),
            "repealed in a clean-up of the stock, no year said"
        );
        assert_eq!(
            read_text("现行有效行政规范性档案7件。", 2022),
            [("art20.normative.in_force".to_string(), 7.0)],
            "the Taiwan phrasing"
        );
    }

    #[test]
    fn a_list_of_subjects_under_one_verb_and_none_made() {
        assert_eq!(
            read_text("2023年公开发布政府规章0件，行政规范性文件2件，行政许可处理决定5项。", 2023),
            [
                ("art20.licensing.decisions".to_string(), 5.0),
                ("art20.rules.issued".to_string(), 0.0),
                ("art20.normative.issued".to_string(), 2.0)
            ],
            "the second subject takes the first's verb"
        );
        assert_eq!(
            read_text("2024年，本局未制发、废止、修改行政规范性文件，现行有效行政规范性文件4个。", 2024),
            [
                ("art20.normative.in_force".to_string(), 4.0),
                ("art20.normative.issued".to_string(), 0.0),
                ("art20.normative.repealed".to_string(), 0.0)
            ],
            "none made and none repealed"
        );
        assert!(read_text("本局未修改规章。", 2024).is_empty(), "amended is no column");
        assert_eq!(
            read_text("全年未出现信息发布错误，无行政规范性文件出台及更新情况。", 2024),
            [("art20.normative.issued".into(), 0.0)],
            "the subject first after 无"
        );
        assert!(read_text("无规章修改情况。", 2024).is_empty(), "amended is no column, the subject first");
        assert!(read_text("省级以下气象局无规章制发权。", 2024).is_empty(), "no power to make them");
        assert_eq!(
            read_text("制发情况：本年度制发规范性文件1份，主要涉及办理流程优化。", 2024),
            [("art20.normative.issued".into(), 1.0)],
            "the year's made, the subject before its figure"
        );
        assert!(read_text("制发规范性文件1份。", 2024).is_empty(), "no year said");
        assert_eq!(
            read_text("全年共制发4份局本级规范性文件，全部落实合法性审查要求。", 2023),
            [("art20.normative.issued".to_string(), 4.0)],
            "the figure before its subject"
        );
        assert!(read_text("各乡镇全年共制发9份规范性文件。", 2023).is_empty(), "sub-units'");
        assert_eq!(
            read_text("二是管理公开。本年度，印发0个规范性文件。办理行政许可21件。", 2024),
            [("art20.licensing.decisions".into(), 21.0), ("art20.normative.issued".into(), 0.0)],
            "the year before a comma; licences handled are decided"
        );
        assert!(read_text("受理行政许可申请30件。", 2024).is_empty(), "accepted, not decided");
        assert!(read_text("2022年未制发规范性文件。", 2024).is_empty(), "another year");
    }

    #[test]
    fn decisions_and_fees_retold() {
        assert_eq!(
            read_text("全年办理行政许可决定36件、行政处罚905件，行政强制12件。", 2024),
            [
                ("art20.licensing.decisions".to_string(), 36.0),
                ("art20.penalty.decisions".to_string(), 905.0),
                ("art20.coercion.decisions".to_string(), 12.0)
            ],
            "the items listed after the first's 决定"
        );
        assert_eq!(
            read_text(
                "行政许可处理决定数量1520宗；行政处罚、行政强制处理决定数量9宗；行政事业性收费金额850万元。",
                2022
            ),
            [("art20.licensing.decisions".to_string(), 1520.0), ("art20.admin_fees.amount".to_string(), 8_500_000.0)],
            "two items counted together are neither's"
        );
        assert_eq!(read_text("全年作出行政处罚决定数12件。", 2023), [("art20.penalty.decisions".to_string(), 12.0)]);
        assert!(read_text("2018年以来累计作出行政许可决定数量900件。", 2023).is_empty(), "years together");
        assert_eq!(
            read_text("行政处罚处理决定数量31宗、行政强制处理决定数量0宗。", 2023),
            [("art20.penalty.decisions".to_string(), 31.0), ("art20.coercion.decisions".to_string(), 0.0)],
            "a list of statements, each with its count"
        );
        assert_eq!(
            read_text("2022年，我局共主动公开2022年度行政许可处理决定62项，行政处罚处理决定9项。", 2022),
            [("art20.licensing.decisions".to_string(), 62.0), ("art20.penalty.decisions".to_string(), 9.0)],
            "decisions without 数量"
        );
        assert_eq!(
            read_text("截至2022年12月底共收取行政事业性收费2277820元。", 2022),
            [("art20.admin_fees.amount".to_string(), 2_277_820.0)],
            "fees without 金额"
        );
        assert!(read_text("涉及行政事业性收费3项。", 2022).is_empty(), "items, not money");
    }

    #[test]
    fn earlier_years_and_other_counts_are_not_read() {
        assert!(read_text("现行有效行政规范性文件19件。", 2020).is_empty(), "the 2019 table's columns differ");
        assert_eq!(
            read_text(
                "行政许可处理决定数量75件；其他对外管理服务事项处理决定数量49件。2020年未收取行政事业性收费0元。",
                2020
            ),
            [("art20.licensing.decisions".to_string(), 75.0), ("art20.other_services.decisions".to_string(), 49.0)],
            "decisions are a column of the 2019 table too; the fees' amount is not"
        );
        assert!(read_text("行政许可处理决定数量75件。", 2018).is_empty(), "the national table has no such row");
        assert_eq!(
            read_text("我局行政处罚本年处理决定数量80条，行政强制本年处理决定数量3条，行政事业性收费0元。", 2023),
            [
                ("art20.penalty.decisions".to_string(), 80.0),
                ("art20.coercion.decisions".to_string(), 3.0),
                ("art20.admin_fees.amount".to_string(), 0.0)
            ],
            "the table's column named in the sentence"
        );
        assert_eq!(
            read_text("其中涉及行政许可类处理决定数4条，行政处罚类处理决定数1条。", 2020),
            [("art20.licensing.decisions".to_string(), 4.0), ("art20.penalty.decisions".to_string(), 1.0)],
            "the item as a class"
        );
        assert_eq!(
            read_text("其他对外管理服务事项40项，比2019年增加8项，其他对外管理服务事项处理决定数量496件。", 2020),
            [("art20.other_services.decisions".to_string(), 496.0)],
            "a year compared with dates nothing"
        );
        assert!(read_text("2019年行政许可处理决定数量75件。", 2020).is_empty(), "another year's");
        assert!(read_text("2022年现行有效规范性文件3件。", 2023).is_empty(), "another year");
        assert!(read_text("本年度制发文件12件。", 2023).is_empty(), "no subject");
        assert!(
            read_text("建立规章库，集中规范公开全区现行有效规章207部。", 2023).is_empty(),
            "a library of the stock published"
        );
    }
}
