//! The national table's rows 其中：主动公开规范性文件数 (`proactive.normative`) and 制发规范性
//! 文件总数 (`proactive.normative_issued`) retold in prose: 公开规范性文件9621件, 全年主动公开规范性
//! 文件12条; 制发规范性文件4件.
//!
//! Only in reports before 2019: the 2019 and 2021 tables count these documents in their
//! 第二十条 columns (new published, in force), which the prose of those years retells in their
//! own words (see [`crate::art20`]). Documents made (制发, the row's own word) are the other
//! row, not disclosed ones; those brought out (出台) or cleared (清理) are neither; one channel's documents (通过政府公报公开规范性文件31件) are not all of them; a
//! sub-unit's, another year's, or several years' together (累计, 以来, 历年) are not the agency's
//! for its year.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

fn statement() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"公开(?:了)?(?:各类)?(?:行政)?规范性(?:文件|档案)(?:共|共计|计)?\s*(?P<fig>\d[\d,]*)\s*(?:件|条|个|份)",
        )
        .unwrap()
    })
}

/// 制发规范性文件4件: the documents the agency made, the row 制发规范性文件总数.
fn issued() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(
            r"制发(?:了)?(?:各类)?(?:行政)?规范性(?:文件|档案)(?:共|共计|计)?\s*(?P<fig>\d[\d,]*)\s*(?:件|个|份)",
        )
        .unwrap()
    })
}

/// Words of a clause that make its documents one channel's, not all those disclosed.
const ONE_CHANNEL: [&str; 7] = ["通过", "网站", "公报", "平台", "微信", "微博", "公众号"];

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    if year.is_none_or(|y| y >= 2019) {
        return Vec::new();
    }
    let mut found = Vec::new();
    // 规范性档案: the Taiwan phrasing's 文件.
    let names_them = |t: &str| t.contains("规范性文件") || t.contains("规范性档案");
    for (line, text) in paragraphs.iter().filter(|(_, t)| names_them(t)) {
        for sentence in crate::text::split_at_stops(text) {
            if !names_them(sentence) || ["累计", "以来", "历年"].iter().any(|w| sentence.contains(w)) {
                continue;
            }
            let disclosed = statement().captures_iter(sentence).map(|c| ("proactive.normative", c));
            let made = issued().captures_iter(sentence).map(|c| ("proactive.normative_issued", c));
            for (code, c) in disclosed.chain(made) {
                let whole = c.get(0).unwrap();
                let before = &sentence[..whole.start()];
                let clause = before.rsplit(['，', ',', '；', ';']).next().unwrap_or(before);
                if ONE_CHANNEL.iter().any(|w| clause.contains(w))
                    || crate::prose::sub_unit_subject(clause)
                    || crate::prose::dated_elsewhere(before, year)
                {
                    continue;
                }
                let Some(value) = parse_figure(&c["fig"], false) else { continue };
                found.push(narrative(code, value.value, whole.as_str(), sentence.trim(), *line));
            }
        }
    }
    one_figure_each(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str, year: i32) -> Vec<(String, f64)> {
        crate::figures_read_by(read, text, year)
    }

    #[test]
    fn the_normative_documents_disclosed_in_their_forms() {
        let normative = |v: f64| vec![("proactive.normative".to_string(), v)];
        assert_eq!(
            read_text("全年公开政府信息5120条。公开规范性文件96件，其中县政府文件12件。", 2015),
            normative(96.0)
        );
        assert_eq!(read_text("2012年，我局主动公开规范性文件共计3条。", 2012), normative(3.0));
        assert_eq!(read_text("本年度向社会公开了行政规范性文件1,204件。", 2016), normative(1204.0));
    }

    #[test]
    fn documents_made_one_channels_a_sub_units_or_other_years_are_not_read() {
        assert_eq!(
            read_text("全年制发规范性文件12件，清理规范性文件30件，出台规范性文件5件。", 2015),
            [("proactive.normative_issued".to_string(), 12.0)],
            "made is the other row; cleared and brought out neither"
        );
        assert!(read_text("各乡镇制发规范性文件40件。", 2015).is_empty(), "sub-units' made");
        assert!(read_text("通过县政府公报公开规范性文件31件。", 2015).is_empty(), "one channel");
        assert!(read_text("各乡镇公开规范性文件40件。", 2015).is_empty(), "sub-units");
        assert!(read_text("2008年以来累计公开规范性文件400件。", 2015).is_empty(), "several years");
        assert!(read_text("2013年公开规范性文件9件。", 2014).is_empty(), "another year");
        assert!(read_text("公开规范性文件96件。", 2020).is_empty(), "the 2019 and 2021 tables count them otherwise");
    }
}
