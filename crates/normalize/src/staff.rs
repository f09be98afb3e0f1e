//! The staff who do disclosure work, as prose states them where no table gives them:
//! 配备了1名兼职工作人员, 配备1名专职工作人员负责…, 专职人员2名.
//!
//! Only the agency's own staff: a sentence about several units (各村, 各部门 …) counts theirs,
//! and one dated another year than the report's is not read. Where the prose gives the same
//! kind of staff twice with different figures, neither is read.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"配备(?:了)?(?P<fig>\d{1,3})\s*名(?P<kind>专职|兼职)(?:的)?(?:工作)?人员",
            r"|(?P<kind2>专职|兼职)(?:工作)?人员(?:共|为)?\s*(?P<fig2>\d{1,3})\s*(?:名|人)",
        ))
        .unwrap()
    })
}

/// Words of a sentence about several units' staff, not the agency's.
const SEVERAL_UNITS: [&str; 8] = ["各村", "各社区", "各部门", "各单位", "各乡镇", "各街道", "各镇", "村级"];

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    let mut found: Vec<Metric> = Vec::new();
    for (line, text) in paragraphs.iter().filter(|(_, t)| t.contains("职")) {
        for sentence in text.split(['。', '；', ';']) {
            if SEVERAL_UNITS.iter().any(|w| sentence.contains(w)) {
                continue;
            }
            for c in pattern().captures_iter(sentence) {
                let whole = c.get(0).map_or("", |m| m.as_str());
                let before = &sentence[..c.get(0).map_or(0, |m| m.start())];
                // 专兼职工作人员3名 counts both kinds together.
                let both = c.name("kind2").is_some_and(|k| sentence[..k.start()].ends_with('专'));
                if both || crate::prose::dated_elsewhere(before, year) {
                    continue;
                }
                let (Some(kind), Some(fig)) = (c.name("kind").or(c.name("kind2")), c.name("fig").or(c.name("fig2")))
                else {
                    continue;
                };
                let code = if kind.as_str() == "专职" { "org.staff.full_time" } else { "org.staff.part_time" };
                if let Some(value) = parse_figure(fig.as_str(), false) {
                    found.push(narrative(code, value.value, whole, sentence.trim(), *line));
                }
            }
        }
    }
    one_figure_each(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Vec<(String, f64)> {
        read(&[(1, text.to_string())], Some(2020)).into_iter().map(|m| (m.metric.to_string(), m.value)).collect()
    }

    #[test]
    fn the_agencys_own_staff_in_their_forms() {
        assert_eq!(
            read_text("为此，专门配备了1名兼职工作人员，设立了1个受理点。"),
            [("org.staff.part_time".into(), 1.0)]
        );
        assert_eq!(read_text("领导小组办公室配备1名专职工作人员负责日常工作。"), [("org.staff.full_time".into(), 1.0)]);
        assert_eq!(
            read_text("明确专职人员2名，兼职人员5名。"),
            [("org.staff.full_time".into(), 2.0), ("org.staff.part_time".into(), 5.0)]
        );
    }

    #[test]
    fn several_units_another_year_or_two_figures_are_not_read() {
        assert!(read_text("各村配备了1名兼职信息员。各部门配备1名兼职工作人员。").is_empty());
        assert!(read_text("配备专兼职工作人员3名，保障工作有序运转。").is_empty(), "both kinds together");
        assert!(read_text("2018年配备了2名专职工作人员。").is_empty());
        assert!(read_text("配备1名专职工作人员。另配备3名专职工作人员。").is_empty());
    }
}
