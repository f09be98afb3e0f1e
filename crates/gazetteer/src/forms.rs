//! The division table and its name forms — shared by the library and `build.rs`, which builds
//! the name automaton at compile time so that start-up does not pay for it. Only `std` and
//! `daachorse` here.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// The first and last NBS editions the data covers; other years use the nearest edition.
pub const FIRST_EDITION: u16 = 2016;
pub const LAST_EDITION: u16 = 2023;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Province,
    Prefecture,
    County,
    Township,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    /// 12-digit NBS code.
    pub code: String,
    pub name: String,
    /// 12-digit code of the parent, empty for provinces.
    pub parent: String,
    pub level: Level,
    pub first_year: u16,
    pub last_year: u16,
}

impl Division {
    pub fn valid_in(&self, edition: u16) -> bool {
        (self.first_year..=self.last_year).contains(&edition)
    }

    /// Valid in at least one of the editions.
    pub fn valid_during(&self, editions: &std::ops::RangeInclusive<u16>) -> bool {
        self.first_year <= *editions.end() && self.last_year >= *editions.start()
    }
}

/// Placeholder names of the NBS tables that are not places, and names made of a generic word
/// only (a township-level 街道 or 开发区 under some county): every report says 街道 and 开发区,
/// and none of them names that division by it.
const NOT_PLACES: &[&str] = &[
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
    "街道",
    "街道办事处",
    "社区",
    "开发区",
    "经济开发区",
    "工业园区",
];

/// State farms, forest farms and forest bureaus of township level named by their kind alone
/// (林业局 under two counties of 鸡西市): they are divisions, but a forestry bureau's report says
/// 县林业局 and 林业局办公室 of itself, and no text names one of them by that word.
const NAMED_BY_KIND_ALONE: &[&str] =
    &["林业局", "林场", "国营林场", "农场", "良种场", "原种场", "种畜场", "畜牧场", "园艺场", "盐场", "苗圃"];

/// Does a division's name name it in a text? Not a placeholder (市辖区) or generic word (街道),
/// nor a unit's kind alone (林业局, 良种场).
pub fn names_a_place(name: &str) -> bool {
    !is_placeholder(name) && !NAMED_BY_KIND_ALONE.contains(&name)
}

/// A placeholder of the tables (市辖区) or a generic word (街道, 开发区): no division of its own.
/// (A unit named by its kind alone, 林业局, is one, though no text names it so.)
pub fn is_placeholder(name: &str) -> bool {
    NOT_PLACES.contains(&name)
}

/// A zone's name made of generic words and a zone's suffix only, its committee's too
/// (化工园区, 高新技术产业开发区, 临港经济区, 开发区管委会): the tables list such township-level
/// units under one county each, but a text that says 化工园区 may mean any city's.
pub fn generic_zone(name: &str) -> bool {
    let name = ["管委会", "管理委员会"].iter().find_map(|c| name.strip_suffix(c)).unwrap_or(name);
    const SUFFIXES: [&str; 14] = [
        "园区",
        "开发区",
        "工业区",
        "经济区",
        "集中区",
        "集聚区",
        "聚集区",
        "示范区",
        "保税区",
        "产业园",
        "工业园",
        "新区",
        "园",
        "区",
    ];
    const WORDS: [&str; 26] = [
        "高新技术",
        "出口加工",
        "新材料",
        "化工",
        "工业",
        "产业",
        "物流",
        "科技",
        "高新",
        "技术",
        "经济",
        "现代",
        "农业",
        "生态",
        "旅游",
        "商贸",
        "综合",
        "保税",
        "临港",
        "港口",
        "空港",
        "文化",
        "创业",
        "循环",
        "开发",
        "示范",
    ];
    // (Every suffix the name ends with is tried: 高新区 is 高新 + 区, not 高 + 新区.)
    let generic_words = |mut rest: &str| {
        while !rest.is_empty() {
            match WORDS.iter().find(|w| rest.starts_with(*w)) {
                Some(word) => rest = &rest[word.len()..],
                None => return false,
            }
        }
        true
    };
    SUFFIXES.iter().filter_map(|s| name.strip_suffix(s)).any(generic_words)
}

/// The peoples in the names of autonomous prefectures, counties and banners (延边朝鲜族自治州,
/// 黔南布依族苗族自治州, 博尔塔拉蒙古自治州). People write those places without them: 延边州,
/// 黔南州, 长阳县.
const PEOPLES: &[&str] = &[
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "普米",
    "塔吉克",
    "怒",
    "鄂温克",
    "保安",
    "裕固",
    "独龙",
    "鄂伦春",
    "各族",
];

/// An autonomous division's name without its peoples: 海南藏族自治州 → (海南, 州), 长阳土家族自治县
/// → (长阳, 县). A one-character people counts only with its 族 (水族, not 水); a stem shorter than
/// two characters keeps its people (鄂伦春自治旗 has none to drop).
fn autonomous_stem(name: &str) -> Option<(&str, char)> {
    let (mut stem, kind) = [("自治州", '州'), ("自治县", '县'), ("自治旗", '旗')]
        .iter()
        .find_map(|(suffix, kind)| name.strip_suffix(suffix).map(|s| (s, *kind)))?;
    loop {
        let shorter = PEOPLES.iter().find_map(|p| {
            let without = stem.strip_suffix('族').and_then(|s| s.strip_suffix(p));
            let bare = (p.chars().count() > 1).then(|| stem.strip_suffix(p)).flatten();
            without.or(bare)
        });
        match shorter {
            Some(s) if s.chars().count() >= 2 => stem = s,
            _ => break,
        }
    }
    (stem.chars().count() >= 2).then_some((stem, kind))
}

/// Short forms people write: 浙江 for 浙江省, 宁波 for 宁波市, 余姚 for 余姚市, 海盐 for 海盐县.
/// Townships keep their full names: 王店 alone is a common word far too often.
pub fn short_form(name: &str, level: Level) -> Option<String> {
    short_form_of(name, level).map(str::to_string)
}

/// [`short_form`], borrowed from the name.
pub fn short_form_of(name: &str, level: Level) -> Option<&str> {
    if level == Level::Township {
        return None;
    }
    if let Some((stem, _)) = autonomous_stem(name) {
        return Some(stem);
    }
    let suffixes = [
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "自治州",
        "自治县",
        "特别行政区",
        "地区",
        "省",
        "市",
        "县",
        "区",
        "盟",
        "旗",
    ];
    for s in suffixes {
        if let Some(stem) = name.strip_suffix(s) {
            if stem.chars().count() >= 2 {
                return Some(stem);
            }
        }
    }
    None
}

pub fn parse_csv(text: &str) -> Result<Vec<Division>, String> {
    let mut divisions = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f.len() != 6 {
            return Err(format!("line {}: {} fields, expected 6", i + 1, f.len()));
        }
        let level = match f[3] {
            "province" => Level::Province,
            "prefecture" => Level::Prefecture,
            "county" => Level::County,
            "township" => Level::Township,
            other => return Err(format!("line {}: unknown level {other}", i + 1)),
        };
        let year = |s: &str| s.parse::<u16>().map_err(|e| format!("line {}: {e}", i + 1));
        divisions.push(Division {
            code: f[0].to_string(),
            name: f[1].trim_matches('"').to_string(),
            parent: f[2].to_string(),
            level,
            first_year: year(f[4])?,
            last_year: year(f[5])?,
        });
    }
    Ok(divisions)
}

/// Every name form, sorted: (form, rows carrying it, is it a full name). Full names; both forms
/// of street offices (XX街道办事处 up to 2019, XX街道 from 2020); short forms above townships.
pub fn name_forms(divisions: &[Division]) -> Vec<(String, Vec<usize>, bool)> {
    let mut by_form: HashMap<String, (Vec<usize>, bool)> = HashMap::new();
    let parent_of: HashMap<&str, &Division> = divisions.iter().map(|d| (d.code.as_str(), d)).collect();
    for (i, d) in divisions.iter().enumerate() {
        // A unit named by its kind alone is named by its county's name and that word together
        // (同江市畜牧场), never by the word alone.
        if NAMED_BY_KIND_ALONE.contains(&d.name.as_str()) {
            if let Some(county) = parent_of.get(d.parent.as_str()) {
                let short = short_form(&county.name, county.level);
                for form in std::iter::once(county.name.clone()).chain(short) {
                    by_form.entry(format!("{form}{}", d.name)).or_insert_with(|| (Vec::new(), true)).0.push(i);
                }
            }
            continue;
        }
        if !names_a_place(&d.name) {
            continue;
        }
        by_form.entry(d.name.clone()).or_insert_with(|| (Vec::new(), true)).0.push(i);
        let other_street_form = d
            .name
            .strip_suffix("街道办事处")
            .map(|s| format!("{s}街道"))
            .or_else(|| d.name.strip_suffix("街道").map(|s| format!("{s}街道办事处")));
        if let Some(form) = other_street_form {
            by_form.entry(form).or_insert_with(|| (Vec::new(), true)).0.push(i);
        }
        // 湖边镇（赣州经济技术开发区）with the ASCII brackets of a page whose width was
        // normalised: without this form its two names are found apart, and the zone listed
        // beside the town is taken for the agency.
        if d.name.contains(['（', '）']) {
            let ascii = d.name.replace('（', "(").replace('）', ")");
            by_form.entry(ascii).or_insert_with(|| (Vec::new(), true)).0.push(i);
        }
        if let Some(short) = short_form(&d.name, d.level) {
            by_form.entry(short).or_insert_with(|| (Vec::new(), false)).0.push(i);
        }
        // 海南州, 长阳县: the customary name of an autonomous division, a full name in use.
        if let Some((stem, kind)) = autonomous_stem(&d.name) {
            by_form.entry(format!("{stem}{kind}")).or_insert_with(|| (Vec::new(), true)).0.push(i);
        }
    }
    let mut forms: Vec<(String, Vec<usize>, bool)> = by_form.into_iter().map(|(k, (v, full))| (k, v, full)).collect();
    forms.sort_by(|a, b| a.0.cmp(&b.0));
    forms
}

/// The automaton over the forms; a match's value is the form's index. Standard matching,
/// searched with overlaps: which of two overlapping names counts depends on the edition (a form
/// valid in 2016–2018 can hide a shorter one valid in 2019).
pub fn build_automaton(forms: &[(String, Vec<usize>, bool)]) -> Result<CharwiseDoubleArrayAhoCorasick<u32>, String> {
    CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(forms.iter().enumerate().map(|(i, (f, _, _))| (f.as_str(), i as u32)))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_named_by_its_kind_alone_names_no_place() {
        for kind in ["林业局", "林场", "良种场", "街道", "市辖区"] {
            assert!(!names_a_place(kind), "{kind}");
        }
        // (城区 and 矿区 are districts of their own: 阳泉市城区, 阳泉市矿区.)
        for place in ["鸡东县", "明溪县", "某某林场管理站", "城区", "矿区"] {
            assert!(names_a_place(place), "{place}");
        }
    }

    #[test]
    fn zones_named_by_generic_words_only() {
        for generic in ["化工园区", "高新技术产业开发区", "临港经济区", "现代农业产业园", "开发区管委会", "高新区"]
        {
            assert!(generic_zone(generic), "{generic}");
        }
        for named in ["鹿城工业园区", "番禺经济技术开发区", "某某镇", "滨海新区管委会"] {
            assert!(!generic_zone(named), "{named}");
        }
    }

    #[test]
    fn autonomous_divisions_without_their_peoples() {
        assert_eq!(autonomous_stem("某南藏族自治州"), Some(("某南", '州')));
        assert_eq!(autonomous_stem("某南布依族苗族自治州"), Some(("某南", '州')));
        assert_eq!(autonomous_stem("某某拉蒙古自治州"), Some(("某某拉", '州')));
        assert_eq!(autonomous_stem("某阳土家族自治县"), Some(("某阳", '县')));
        // A one-character people only with its 族: 某水 keeps its 水.
        assert_eq!(autonomous_stem("某水自治县"), Some(("某水", '县')));
        assert_eq!(autonomous_stem("某某县"), None);
        assert_eq!(short_form_of("某南藏族自治州", Level::Prefecture), Some("某南"));
    }
}
