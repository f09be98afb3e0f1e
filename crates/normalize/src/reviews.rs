//! Reconsiderations and lawsuits retold with table 四's columns: 收到行政复议66件，结果维持33件，
//! 结果纠正10件，其他结果20件，尚未审结3件 → `review.total` 66 and its outcomes.
//!
//! A count of reconsiderations above zero is otherwise read only where its sentence says it is
//! about disclosure (公开): a city's every reconsideration is not. Here the sentence speaks in the
//! columns of the table that counts only disclosure cases, and its outcomes add up to its
//! total — at least three of the four, each once. Both must hold; then the total is read even
//! without 公开. A sentence that says its reconsiderations concern disclosure (因政府信息公开
//! 引起的行政复议1件，结果纠正1件) needs only outcomes that add up. A lawsuit's outcomes do not tell suits filed directly from suits after a
//! reconsideration (the table's two groups of columns): only its total is read.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    total: Regex,
    outcome: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        total: crate::pattern::compile(
            r"(?P<kind>行政复议|行政诉讼)(?:案件|申请)?(?:共计|共|合计)?\s*(?P<fig>\d{1,6})\s*(?:件|起|宗)",
        )
        .unwrap(),
        outcome: crate::pattern::compile(
            r"(?P<what>结果维持|维持|结果纠正|纠正|纠错|其他结果|其他情形|尚未审结|未审结)(?:的)?\s*(?P<fig>\d{1,6})\s*(?:件|起|宗)",
        )
        .unwrap(),
    })
}

fn outcome_code(what: &str) -> &'static str {
    match what {
        "结果维持" | "维持" => "review.upheld",
        "结果纠正" | "纠正" | "纠错" => "review.corrected",
        "其他结果" | "其他情形" => "review.other",
        _ => "review.pending",
    }
}

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let p = patterns();
    let mut found = Vec::new();
    for (line, text) in paragraphs.iter().filter(|(_, t)| t.contains("行政复议") || t.contains("行政诉讼")) {
        for sentence in crate::text::split_at_stops(text) {
            // Outcomes name 维持, 纠正/纠错, 其他 or 审结: most sentences name none.
            let outcomes_named = ["维持", "纠", "审结"].iter().any(|w| sentence.contains(w));
            if !outcomes_named || !(sentence.contains("行政复议") || sentence.contains("行政诉讼")) {
                continue;
            }
            let totals: Vec<regex::Captures> = p.total.captures_iter(sentence).collect();
            for (i, c) in totals.iter().enumerate() {
                let whole = c.get(0).unwrap();
                // The outcomes run to the next count of the other kind.
                let end = totals.get(i + 1).map_or(sentence.len(), |next| next.get(0).unwrap().start());
                let outcomes = &sentence[whole.end()..end];
                if crate::prose::dated_elsewhere(&sentence[..whole.start()], year) {
                    continue;
                }
                let Some(total) = parse_figure(&c["fig"], false) else { continue };
                // Said to concern disclosure (因政府信息公开引起的行政复议1件，结果纠正1件), any
                // outcomes that add up to the total are its own; else only the table's columns.
                let about_disclosure = sentence[..whole.start()].contains("公开");
                let min_parts = if about_disclosure { 1 } else { 3 };
                let Some(parts) = outcomes_adding_up(outcomes, total.value, min_parts) else { continue };
                let review = &c["kind"] == "行政复议";
                let code = if review { "review.total" } else { "litigation.total" };
                found.push(narrative(code, total.value, whole.as_str(), sentence.trim(), *line));
                if review {
                    for (code, value, raw) in parts {
                        found.push(narrative(code, value, &raw, sentence.trim(), *line));
                    }
                }
            }
        }
    }
    one_figure_each(found)
}

/// The outcomes stated in `text` when they are at least `min_parts` of the four, each once, and
/// add up to `total`.
fn outcomes_adding_up(text: &str, total: f64, min_parts: usize) -> Option<Vec<(&'static str, f64, String)>> {
    let mut parts: Vec<(&'static str, f64, String)> = Vec::new();
    for c in patterns().outcome.captures_iter(text) {
        let code = outcome_code(&c["what"]);
        if parts.iter().any(|(seen, _, _)| *seen == code) {
            return None;
        }
        parts.push((code, parse_figure(&c["fig"], false)?.value, c.get(0).unwrap().as_str().to_string()));
    }
    let sum: f64 = parts.iter().map(|(_, v, _)| v).sum();
    (parts.len() >= min_parts && (sum - total).abs() < 1e-9).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, 2020)
    }

    #[test]
    fn outcomes_of_reconsiderations_said_to_concern_disclosure() {
        assert_eq!(
            read_text("因政府信息公开引起的行政复议1件，结果纠正1件。"),
            [("review.total".to_string(), 1.0), ("review.corrected".to_string(), 1.0)]
        );
        assert!(read_text("因政府信息公开引起的行政复议3件，结果纠正1件。").is_empty(), "not all of them");
        assert!(read_text("全市收到行政复议2件，结果纠正2件。").is_empty(), "not said to concern disclosure");
    }

    #[test]
    fn the_tables_columns_retold_and_adding_up() {
        assert_eq!(
            read_text("全市收到行政复议12件，结果维持5件，结果纠正2件，其他结果4件，尚未审结1件。收到行政诉讼30件，结果维持10件，结果纠正8件，其他结果12件。"),
            [
                ("review.total".to_string(), 12.0),
                ("review.upheld".to_string(), 5.0),
                ("review.corrected".to_string(), 2.0),
                ("review.other".to_string(), 4.0),
                ("review.pending".to_string(), 1.0),
                ("litigation.total".to_string(), 30.0)
            ]
        );
    }

    #[test]
    fn outcomes_that_do_not_add_up_or_too_few_are_not_read() {
        assert!(read_text("全市收到行政复议12件，结果维持5件，结果纠正2件，其他结果4件。").is_empty(), "11 ≠ 12");
        assert!(read_text("全市收到行政复议12件，结果维持10件，结果纠正2件。").is_empty(), "two outcomes");
        assert!(read_text("全县共受理行政复议40件，办结38件。").is_empty(), "no outcomes at all");
        assert!(read_text("2019年收到行政复议3件，结果维持1件，结果纠正1件，其他结果1件。").is_empty(), "another year");
    }
}
