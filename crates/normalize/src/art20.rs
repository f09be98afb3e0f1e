//! The 第二十条 rows of 规章 and 规范性文件 retold in prose, in the 2021 table's columns:
//! 现行有效行政规范性文件19件，本年度废止1件，本年度制发1件 → `art20.normative.in_force` 19,
//! `.repealed` 1, `.issued` 1.
//!
//! Only in reports of 2021 on: the 2019 table counts these rows in other columns (new made, new
//! published, total public), and a sentence of an earlier year says nothing of them. A count
//! without its subject takes the last one the sentence named (…规范性文件…，本年度废止1件). The
//! stock published as a library (集中公开现行有效规章207部) is not the table's row.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

fn statement() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?P<column>现行有效|(?:本年度?|今年|全年)(?:共)?(?:废止|制发|制定|出台))(?:了)?(?:的)?",
            r"(?:行政)?(?P<subject>规范性文件|规范性档案|规章)?(?:共|为)?\s*(?P<fig>\d{1,5})\s*(?:件|部|个)",
        ))
        .unwrap()
    })
}

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    if year.is_none_or(|y| y < 2021) {
        return Vec::new();
    }
    let mut found = Vec::new();
    // 规范性档案: the Taiwan phrasing's 文件.
    let names_a_subject = |t: &str| t.contains("规范性文件") || t.contains("规范性档案") || t.contains("规章");
    for (line, text) in paragraphs.iter().filter(|(_, t)| names_a_subject(t)) {
        for sentence in text.split(['。', '；', ';']) {
            if !names_a_subject(sentence) {
                continue;
            }
            for c in statement().captures_iter(sentence) {
                let whole = c.get(0).unwrap();
                let before = &sentence[..whole.start()];
                // 集中公开历年现行有效行政规范性文件108件: a library of the stock published, not the
                // table's row.
                let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
                let published_stock = ["公开", "历年", "库"].iter().any(|w| clause.contains(w));
                if published_stock || crate::prose::dated_elsewhere(before, year) {
                    continue;
                }
                // The subject named in the statement, else the last one named before it.
                let named = c.name("subject").map(|m| m.as_str());
                let last_before = ["规范性文件", "规范性档案", "规章"]
                    .into_iter()
                    .filter_map(|s| before.rfind(s).map(|at| (at, s)))
                    .max();
                let Some(subject) = named.or(last_before.map(|(_, s)| s)) else { continue };
                let row = if subject == "规章" { "art20.rules" } else { "art20.normative" };
                let column = match &c["column"] {
                    "现行有效" => "in_force",
                    other if other.contains("废止") => "repealed",
                    _ => "issued",
                };
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                found.push(narrative(code(row, column), value.value, whole.as_str(), sentence.trim(), *line));
            }
        }
    }
    one_figure_each(found)
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
        read(&[(1, text.to_string())], Some(year)).into_iter().map(|m| (m.metric.to_string(), m.value)).collect()
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
            read_text("加强规范性文件审查清理，2024年以来现行有效的行政规范性文件0件。", 2024),
            [("art20.normative.in_force".to_string(), 0.0)]
        );
        assert_eq!(
            read_text("现行有效行政规范性档案7件。", 2022),
            [("art20.normative.in_force".to_string(), 7.0)],
            "the Taiwan phrasing"
        );
    }

    #[test]
    fn earlier_years_and_other_counts_are_not_read() {
        assert!(read_text("现行有效行政规范性文件19件。", 2020).is_empty(), "the 2019 table's columns differ");
        assert!(read_text("2022年现行有效规范性文件3件。", 2023).is_empty(), "another year");
        assert!(read_text("本年度制发文件12件。", 2023).is_empty(), "no subject");
        assert!(
            read_text("建立规章库，集中规范公开全区现行有效规章207部。", 2023).is_empty(),
            "a library of the stock published"
        );
    }
}
