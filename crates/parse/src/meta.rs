//! Document metadata: title, report year, published date, issuing agency.

use nianbao_model::Date;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    year_in_title: Regex,
    /// A title's year printed without 年 (2008上海市…报告, 浙江省经济和信息化厅2022政府…).
    bare_year_in_title: Regex,
    /// A body that opens on its year: 2019年，某某县… (no title, no statistics period).
    opening_year: Regex,
    crawler_title: Regex,
    date_line: Regex,
    period: Regex,
    any_year: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        year_in_title: Regex::new(r"((?:19|20)\d{2})\s*年").unwrap(),
        bare_year_in_title: Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)").unwrap(),
        opening_year: Regex::new(r"^\s*((?:19|20)\d{2})\s*年度?\s*[，,]").unwrap(),
        crawler_title: Regex::new(r"^\s*(?:标题|题目|Title)\s*[:：]\s*(.+)$").unwrap(),
        date_line: Regex::new(
            r"^\s*((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))\s*$",
        )
        .unwrap(),
        period: Regex::new(r"(?:期限|期间|时间)[^。\n]{0,12}?自?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日").unwrap(),
        any_year: Regex::new(r"((?:19|20)\d{2})\s*年").unwrap(),
    })
}

/// Lines of a document's head that may be its title: site chrome (navigation, breadcrumbs,
/// an index-number block) often comes first.
const TITLE_WINDOW: usize = 30;

fn is_report_title(line: &str) -> bool {
    let l = line.trim();
    let chars = l.chars().count();
    (4..=80).contains(&chars) && (l.contains("报告") || l.contains("年报")) && l.contains("公开") && !l.contains('。')
}

/// An agency name printed on the line above the title: short, no punctuation.
fn is_agency_line(line: &str) -> bool {
    let l = line.trim();
    let chars = l.chars().count();
    (2..=30).contains(&chars)
        && !l.chars().any(|c| "。，,；;：:（）()《》、".contains(c))
        && ["政府", "镇", "乡", "街道", "办事处", "局", "委员会", "办公室", "厅", "区", "县", "市"]
            .iter()
            .any(|s| l.ends_with(s))
}

/// The title: a crawler `标题:` line, else the first report-like line of the head, prefixed
/// with the agency line above it when the agency stands on its own line (泗门镇人民政府 / 2017年…).
pub fn title(lines: &[String]) -> Option<String> {
    let head: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .take(TITLE_WINDOW)
        .collect();
    for (_, l) in &head {
        if let Some(c) = patterns().crawler_title.captures(l) {
            return Some(c[1].trim().to_string());
        }
    }
    // A title with the year beats a generic one (an HTML page's <title> often has none).
    let pos = head
        .iter()
        .position(|(_, l)| is_report_title(l) && patterns().year_in_title.is_match(l))
        .or_else(|| head.iter().position(|(_, l)| is_report_title(l)))?;
    let title = head[pos].1.trim_matches(|c: char| c == '|' || c.is_whitespace()).to_string();
    if pos > 0 && is_agency_line(head[pos - 1].1) && !title.contains(head[pos - 1].1) {
        let year_first = patterns().year_in_title.find(&title).is_some_and(|m| m.start() == 0);
        if year_first {
            return Some(format!("{}{}", head[pos - 1].1, title));
        }
    }
    Some(title)
}

/// The published date: the last line that is nothing but a date (the signature block; the
/// statistics table may still follow it).
pub fn published(lines: &[String]) -> Option<Date> {
    lines.iter().rev().find_map(|l| {
        // A date line starts with its year (19xx/20xx): refuse the others before the regex.
        let t = l.trim_start();
        if !(t.starts_with("19") || t.starts_with("20")) {
            return None;
        }
        let c = patterns().date_line.captures(l)?;
        let year = c[1].parse().ok()?;
        let month = c.get(2).or(c.get(4))?.as_str().parse().ok()?;
        let day = c.get(3).or(c.get(5))?.as_str().parse().ok()?;
        Date::new(year, month, day)
    })
}

/// The year reported on (not the year published): from the title, else the statistics period
/// (数据统计期限自2017年1月1日…), else the year before an early-in-the-year publication date,
/// else the most frequent year in the opening text when it clearly dominates. `None` when unsure.
pub fn report_year(title: Option<&str>, lines: &[String], published: Option<Date>) -> (Option<i32>, &'static str) {
    let p = patterns();
    if let Some(y) = title.and_then(|t| p.year_in_title.captures(t)).and_then(|c| c[1].parse().ok()) {
        return (Some(y), "title");
    }
    if let Some(y) = title.and_then(|t| p.bare_year_in_title.captures(t)).and_then(|c| c[1].parse().ok()) {
        return (Some(y), "title");
    }
    let head: String = lines.iter().take(40).map(String::as_str).collect::<Vec<_>>().join("\n");
    if let Some(y) = p.period.captures(&head).and_then(|c| c[1].parse().ok()) {
        return (Some(y), "statistics_period");
    }
    if let Some(d) = published.filter(|d| d.month <= 6) {
        return (Some(d.year - 1), "published");
    }
    // The first sentence of the body, where a page has no title: 2019年，我乡明确专人负责….
    if let Some(y) = lines.iter().take(40).find_map(|l| p.opening_year.captures(l)).and_then(|c| c[1].parse().ok()) {
        return (Some(y), "body_opening");
    }
    let mut counts: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
    for c in p.any_year.captures_iter(&head.chars().take(1500).collect::<String>()) {
        if let Ok(y) = c[1].parse::<i32>() {
            *counts.entry(y).or_default() += 1;
        }
    }
    let mut ranked: Vec<(i32, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    match ranked.as_slice() {
        [(y, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| *n >= 2 * m) => (Some(*y), "body"),
        _ => (None, "unknown"),
    }
}

/// The issuing agency: the title's text before the year (海盐县沈荡镇人民政府2017年度…), else the
/// signature line above the published date (温州市瓯海区人民政府 / 2018年1月12日).
pub fn agency(title: Option<&str>, lines: &[String]) -> Option<String> {
    if let Some(t) = title {
        if let Some(m) = patterns().year_in_title.find(t) {
            let prefix = t[..m.start()].trim().trim_end_matches(['关', '于']);
            if prefix.chars().count() >= 2 {
                return Some(prefix.to_string());
            }
        }
    }
    let non_empty: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    let date_pos = non_empty.iter().rposition(|l| patterns().date_line.is_match(l))?;
    let candidate = *non_empty.get(date_pos.checked_sub(1)?)?;
    is_agency_line(candidate).then(|| candidate.to_string())
}

/// The level of government an agency name belongs to, from its own suffix (without gazetteer:
/// a bare 市 can be a prefecture or a county-level city, so it stays `unknown`).
pub fn agency_level(agency: &str) -> &'static str {
    let core = agency.trim_end_matches("办公室").trim_end_matches("人民政府").trim_end_matches("政府");
    let department = ["局", "委员会", "委", "厅", "中心", "所", "院", "署"];
    if !agency.ends_with("人民政府办公室") && department.iter().any(|s| core.ends_with(s)) {
        "department"
    } else if core.ends_with('镇') || core.ends_with('乡') || core.ends_with("街道") || core.ends_with("办事处")
    {
        "township"
    } else if core.ends_with('县') || core.ends_with('区') || core.ends_with('旗') {
        "county"
    } else if core.ends_with('省') || core.ends_with("自治区") {
        "province"
    } else {
        "unknown"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn agency_on_its_own_line_joins_the_title() {
        let l = lines("泗门镇人民政府\n\n2017年政府信息公开工作年度报告\n\n本年报根据…");
        assert_eq!(title(&l).as_deref(), Some("泗门镇人民政府2017年政府信息公开工作年度报告"));
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("泗门镇人民政府"));
    }

    #[test]
    fn year_reported_on_not_year_published() {
        let l = lines(
            "关于政府信息公开工作的年度报告\n数据统计期限自2019年1月1日起至2019年12月31日止。\n王店镇\n2020年1月15日\n",
        );
        let p = published(&l);
        assert_eq!(p, Date::new(2020, 1, 15));
        assert_eq!(report_year(title(&l).as_deref(), &l, p), (Some(2019), "statistics_period"));
        let only_date = lines("政府信息公开工作报告\n正文\n2020年1月15日");
        assert_eq!(report_year(None, &only_date, published(&only_date)), (Some(2019), "published"));
    }

    #[test]
    fn signature_block_gives_the_agency() {
        let l = lines("2017年度政府信息公开工作年度报告\n正文。\n温州市瓯海区人民政府\n2018年1月12日   \n");
        assert_eq!(agency(title(&l).as_deref(), &l).as_deref(), Some("温州市瓯海区人民政府"));
    }

    #[test]
    fn levels_from_suffixes() {
        assert_eq!(agency_level("嘉兴市秀洲区王店镇人民政府办公室"), "township");
        assert_eq!(agency_level("温州市瓯海区人民政府"), "county");
        assert_eq!(agency_level("余姚市财政局"), "department");
        assert_eq!(agency_level("宁波市人民政府"), "unknown");
    }

    #[test]
    fn a_year_without_its_title_or_with_a_bare_title_year() {
        let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
        let body = lines("依据条例编制本报告。\n一、总体情况\n2025年，朝外街道在区委的领导下，认真贯彻落实。\n截至2008年底，共有2007年的文件。");
        assert_eq!(report_year(None, &body, None), (Some(2025), "body_opening"));
        for t in [
            "2008上海市宝山区友谊路街道办事处政府信息公开工作年度报告",
            "浙江省经济和信息化厅2022政府信息公开工作年度报告",
        ] {
            assert_eq!(report_year(Some(t), &[], None).1, "title", "{t}");
        }
        assert_eq!(report_year(Some("浙江省经济和信息化厅2022政府信息公开工作年度报告"), &[], None).0, Some(2022));
        let chrome = lines("站群导航\n首页\n|\n加入收藏\n|\n设为首页\n手机版\n政府信息公开\n全文检索\n索引号: 3070211020000013000000\n文 号:\n所属主题: 州政府信息公开年报\n来源:\n浏览次数:\n海南州人民政府2022年政府信息公开工作年度报告\n");
        assert_eq!(title(&chrome).as_deref(), Some("海南州人民政府2022年政府信息公开工作年度报告"));
    }
}
