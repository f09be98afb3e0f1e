//! The national_2014 table's 回应解读 rows retold in prose: 在线访谈6次, 召开新闻发布会3次,
//! 发布政策解读稿件18篇, 回应公众关注热点或重大舆情数2次, 通过微博微信回应事件179次, 其他方式回应
//! 事件280次.
//!
//! Only reports on 2018 and before: the rows belong to that table (二、回应解读情况), and later
//! reports' words about interpretation count nothing the warehouse has a code for. The leaders'
//! own rows (主要负责同志参加…) are not these, nor are a sub-unit's counts or another year's.

use crate::narrative::{narrative, one_figure_each};
use crate::value::parse_figure;
use nianbao_model::Metric;
use regex::Regex;
use std::sync::OnceLock;

/// (code, pattern): the words of the row, then its figure and unit.
fn statements() -> &'static [(&'static str, Regex)] {
    static S: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    S.get_or_init(|| {
        let fig = r"(?:共|累计)?\s*(?P<fig>\d[\d,]*)\s*";
        [
            ("response.online_interviews", format!(r"(?:网上|在线)访谈(?:活动|节目)?{fig}(?:次|期|场)")),
            ("response.press_conferences", format!(r"新闻发布会{fig}(?:次|场|期)")),
            ("response.policy_briefs", format!(r"(?:政策)?解读(?:稿件|材料|文章){fig}(?:篇|份|条|件)")),
            (
                "response.hotspots",
                format!(r"回应(?:公众|社会)?(?:关注)?(?:的)?热点(?:问题)?(?:或|和|及|、)?(?:重大)?舆情(?:事件)?(?:数量|数)?{fig}(?:次|件|个|起)"),
            ),
            ("response.social_media", format!(r"微博(?:、|和|及)?微信回应(?:事件|热点|关切)?(?:数量|数)?{fig}(?:次|件|个|起)")),
            ("response.other", format!(r"其他方式回应(?:事件|热点|关切)?(?:数量|数)?{fig}(?:次|件|个|起)")),
        ]
        .into_iter()
        .map(|(code, re)| (code, crate::pattern::compile(&re).expect("valid pattern")))
        .collect()
    })
}

/// Words that make a count the leaders' own row (参加新闻发布会 and 在线访谈 have one each):
/// 领导信箱 as one of the other ways of responding is no leader's row.
const NOT_THE_ROW: [&str; 3] = ["主要负责", "领导", "负责同志"];

/// The rows with a leaders' row of their own beside them.
const WITH_A_LEADERS_ROW: [&str; 2] = ["response.online_interviews", "response.press_conferences"];

pub fn read(paragraphs: &[(u32, String)], year: Option<i32>) -> Vec<Metric> {
    if year.is_none_or(|y| y > 2018) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (line, text) in
        paragraphs.iter().filter(|(_, t)| ["访谈", "发布会", "解读", "回应"].iter().any(|w| t.contains(w)))
    {
        for sentence in crate::text::split_at_stops(text) {
            for (code, re) in statements() {
                for c in re.captures_iter(sentence) {
                    let whole = c.get(0).expect("a match");
                    let before = &sentence[..whole.start()];
                    let clause = before.rsplit(['，', ',', '、']).next().unwrap_or(before);
                    if (WITH_A_LEADERS_ROW.contains(code) && NOT_THE_ROW.iter().any(|w| clause.contains(w)))
                        || crate::prose::sub_unit_subject(before)
                        || crate::prose::dated_elsewhere(before, year)
                    {
                        continue;
                    }
                    let Some(value) = parse_figure(&c["fig"], false) else { continue };
                    found.push(narrative(code, value.value, whole.as_str(), sentence.trim(), *line));
                }
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
    fn the_response_rows_retold() {
        assert_eq!(
            read_text("2016年，通过政府网站开展在线访谈4期，召开新闻发布会3次，发布政策解读材料12篇。", 2016),
            [
                ("response.online_interviews".to_string(), 4.0),
                ("response.press_conferences".to_string(), 3.0),
                ("response.policy_briefs".to_string(), 12.0)
            ]
        );
    }

    #[test]
    fn hot_topics_and_the_other_ways_of_responding() {
        assert_eq!(
            read_text("回应公众关注热点或重大舆情数2次，分别是石场合同纠纷和拦车事件。", 2016),
            [("response.hotspots".to_string(), 2.0)]
        );
        assert_eq!(
            read_text("通过微博微信回应事件35次，领导信箱、留言板等其他方式回应事件64次。", 2017),
            [("response.social_media".to_string(), 35.0), ("response.other".to_string(), 64.0)]
        );
        assert_eq!(read_text("全年回应公众热点和重大舆情3次。", 2015), [("response.hotspots".to_string(), 3.0)]);
        assert!(read_text("回应公众关注热点或重大舆情43次。", 2022).is_empty(), "no such row after 2018");
    }

    #[test]
    fn the_leaders_rows_other_bodies_and_later_years_are_not_read() {
        assert!(read_text("主要负责同志参加新闻发布会2次。", 2017).is_empty(), "the leaders' own row");
        assert!(read_text("各乡镇共开展在线访谈9次。", 2017).is_empty(), "a sub-unit's");
        assert!(read_text("2015年召开新闻发布会5次。", 2017).is_empty(), "another year's");
        assert!(read_text("发布政策解读稿件18篇。", 2020).is_empty(), "no such row after 2018");
    }
}
