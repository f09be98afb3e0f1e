//! The resolver on agency strings drawn from the gazetteer itself, with the noise of real
//! reports: 人民政府/办事处 suffixes, county prefixes, street offices named the pre-2020 or the
//! post-2020 way, and renamed divisions tested in the years before and after the change.
//! Names unique in their year must resolve (≥ 99%); nothing may ever resolve to a wrong code.

use nianbao_gazetteer::{global, Division, Level};
use std::collections::HashMap;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// How many divisions of each level carry each full name, per edition.
fn name_counts() -> HashMap<(u16, String), usize> {
    let mut counts = HashMap::new();
    for d in global().divisions() {
        for y in d.first_year..=d.last_year {
            *counts.entry((y, d.name.clone())).or_default() += 1;
        }
    }
    counts
}

fn agency_strings(d: &Division, year: u16) -> Vec<(String, bool)> {
    let g = global();
    let chain = g.ancestry(d, year);
    let county = chain.iter().find(|a| a.level == Level::County).map(|a| a.name.clone()).filter(|n| n != "市辖区");
    let mut out = Vec::new();
    match d.level {
        Level::Township => {
            // 街道办事处 is written both ways; other names (XX办事处 of a development zone, XX农场)
            // are written as they are.
            let street = d.name.ends_with("街道") || d.name.ends_with("街道办事处");
            let bare = if street { d.name.trim_end_matches("办事处").to_string() } else { d.name.clone() };
            let plain_name = !(d.name.ends_with('镇') || d.name.ends_with('乡'));
            let suffix = if street {
                if year <= 2019 {
                    "办事处"
                } else {
                    ""
                }
            } else if plain_name {
                ""
            } else {
                "人民政府"
            };
            out.push((format!("{bare}{suffix}"), false));
            if let Some(c) = &county {
                out.push((format!("{c}{bare}{suffix}"), true));
            }
        }
        Level::County => {
            out.push((format!("{}人民政府", d.name), false));
            if let Some(city) = chain.iter().find(|a| a.level == Level::Prefecture).filter(|a| a.name != "市辖区") {
                out.push((format!("{}{}人民政府", city.name, d.name), true));
            }
        }
        _ => {}
    }
    out
}

#[test]
fn gazetteer_names_with_noise_resolve_or_abstain_never_wrong() {
    let g = global();
    let counts = name_counts();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let divisions: Vec<&Division> =
        g.divisions().iter().filter(|d| matches!(d.level, Level::Township | Level::County)).collect();
    let (mut unique, mut unique_ok, mut wrong, mut ambiguous, mut prefixed, mut prefixed_ok) = (0, 0, 0, 0, 0, 0);
    let mut failures = Vec::new();
    for _ in 0..600 {
        let d = divisions[(rng.next() % divisions.len() as u64) as usize];
        let year = d.first_year + (rng.next() % (d.last_year - d.first_year + 1) as u64) as u16;
        let is_unique = counts[&(year, d.name.clone())] == 1;
        for (agency, has_prefix) in agency_strings(d, year) {
            let r = g.resolve(Some(&agency), None, "", Some(year as i32));
            let got = r.region.region_code.clone();
            // The division every candidate lies in (its province) is right as far as it goes.
            let containing = |c: &str| r.ancestor_only && d.code.starts_with(c.trim_end_matches('0'));
            if got.as_deref().is_some_and(|c| c != d.code && !containing(c)) {
                wrong += 1;
                failures.push(format!("WRONG {agency} ({year}): {got:?} instead of {} — {}", d.code, r.reason));
            }
            if has_prefix {
                prefixed += 1;
                prefixed_ok += (got.as_deref() == Some(d.code.as_str())) as usize;
            } else if is_unique {
                unique += 1;
                if got.as_deref() == Some(d.code.as_str()) {
                    unique_ok += 1;
                } else {
                    failures.push(format!("missed {agency} ({year}): {}", r.reason));
                }
            } else {
                ambiguous += 1;
            }
        }
    }
    println!("resolver: unique {unique_ok}/{unique}, with county/city prefix {prefixed_ok}/{prefixed}, ambiguous bare names {ambiguous}, wrong {wrong}");
    for f in failures.iter().take(15) {
        println!("  {f}");
    }
    assert_eq!(wrong, 0, "never a wrong region");
    assert!(unique_ok * 100 >= unique * 99, "unique names: {unique_ok}/{unique}");
    assert!(prefixed_ok * 100 >= prefixed * 95, "prefixed names: {prefixed_ok}/{prefixed}");
    assert!(ambiguous > 20, "the sample must contain shared names ({ambiguous})");
}

#[test]
fn renamed_divisions_resolve_in_the_years_of_each_name() {
    let g = global();
    let counts = name_counts();
    let mut by_code: std::collections::BTreeMap<&str, Vec<&Division>> = Default::default();
    for d in g.divisions().iter().filter(|d| d.level == Level::Township) {
        by_code.entry(d.code.as_str()).or_default().push(d);
    }
    let mut tested = 0;
    for rows in by_code.values().filter(|r| r.len() == 2 && r[0].name != r[1].name) {
        for d in rows {
            // A name outside its years is not that division: resolve only inside them.
            if counts[&(d.first_year, d.name.clone())] != 1 || d.name.ends_with("街道") || d.name.ends_with("办事处")
            {
                continue;
            }
            let r = g.resolve(Some(&format!("{}人民政府", d.name)), None, "", Some(d.first_year as i32));
            assert_eq!(
                r.region.region_code.as_deref(),
                Some(d.code.as_str()),
                "{} in {}: {}",
                d.name,
                d.first_year,
                r.reason
            );
            tested += 1;
        }
        if tested >= 100 {
            break;
        }
    }
    assert!(tested >= 50, "renamed townships tested: {tested}");
}

#[test]
fn seeds_agencies() {
    let g = global();
    let r = g.resolve(Some("嘉兴市秀洲区王店镇"), None, "", Some(2019));
    assert_eq!(r.region.region_code.as_deref(), Some("330411105000"));
    assert_eq!(
        (r.region.city.as_deref(), r.region.county.as_deref(), r.region.town.as_deref()),
        (Some("嘉兴市"), Some("秀洲区"), Some("王店镇"))
    );
    let r = g.resolve(
        None,
        Some("2017年度政府信息公开工作报告"),
        "在区政务公开领导小组的领导下，青山镇公开信息。青山镇……",
        Some(2017),
    );
    assert!(!r.is_resolved());
    assert_eq!(r.candidates.len(), 10, "{:?}", r.candidates);
    let r = g.resolve(Some("余姚市财政局"), None, "", Some(2018));
    assert_eq!(
        r.region.region_code.as_deref(),
        Some("330281000000"),
        "a department resolves to its government's level"
    );
}

/// 古文码 can take the last character of the agency's suffix (人民政� for 人民政府): the place is
/// still named whole, and the surviving 人民政 can only be the start of 人民政府. A remainder that
/// could be anything (新港人民政府, 新港�) still means a unit the tables do not list.
#[test]
fn a_suffix_damaged_by_lost_bytes_is_still_a_suffix() {
    let g = global();
    for agency in [
        "嘉兴市秀洲区王店镇人民政\u{FFFD}",
        "嘉兴市秀洲区王店镇办事\u{FFFD}",
        "嘉兴市秀洲区王店镇管理委员\u{FFFD}",
        "嘉兴市秀洲区王店镇人民政府党政办公室",
    ] {
        let r = g.resolve(Some(agency), None, "", Some(2019));
        assert_eq!(r.region.region_code.as_deref(), Some("330411105000"), "{agency}: {}", r.reason);
    }
    for agency in [
        "嘉兴市秀洲区王店镇新港人民政府",
        "嘉兴市秀洲区王店镇新港\u{FFFD}",
        "嘉兴市秀洲区王店镇人民\u{FFFD}\u{FFFD}",
        "嘉兴市秀洲区王店镇人民政府\u{FFFD}",
    ] {
        let r = g.resolve(Some(agency), None, "", Some(2019));
        // Never the unit's own place: unresolved, or placed no further than the division named
        // above it where that name is the only one of its kind (王店镇 is not).
        assert!(!r.is_resolved() && r.reason.contains("a unit below"), "{agency}: {}", r.reason);
    }
}

/// 衡阳综合保税区 is listed at county level and again as the township-level area under it. A text
/// naming it names both; the lower one must not win because its parent bears the same name.
#[test]
fn a_parent_with_the_same_name_is_no_support() {
    let r = global().resolve(
        Some("衡阳综合保税区管理委员会"),
        None,
        "衡阳综合保税区管理委员会2018年政府信息公开工作年度报告。湖南省衡阳市。",
        Some(2018),
    );
    assert_ne!(r.region.region_code.as_deref(), Some("430471401000"), "{}", r.reason);
    assert_eq!(r.candidates.len(), 2, "{:?}", r.candidates);
    // A bureau of it is the county-level one's (a township-level area has no 局).
    let bureau = global().resolve(Some("衡阳综合保税区教育局"), None, "", Some(2018));
    assert_eq!(bureau.region.region_code.as_deref(), Some("430471000000"), "{}", bureau.reason);
}

/// Short forms hide in the reports' own words: 公开平台 holds 开平 (开平市, whose 大沙镇 is one of
/// four), 中华人民共和国 holds 共和 (共和县). Such a word is no support for any candidate; the
/// full name still is.
#[test]
fn a_short_form_inside_an_ordinary_word_names_no_place() {
    let g = global();
    let body = "依据《中华人民共和国政府信息公开条例》编制。加强公开平台建设，优化调整公开栏目。";
    let r = g.resolve(Some("大沙镇人民政府"), None, body, Some(2019));
    assert!(!r.is_resolved(), "{}", r.reason);
    assert!(r.candidates.iter().all(|c| c.score == 0.0), "{:?}", r.candidates);
    let named = format!("{body}江门市开平市大沙镇。");
    let r = g.resolve(Some("大沙镇人民政府"), None, &named, Some(2019));
    assert_eq!(r.region.county.as_deref(), Some("开平市"), "{}", r.reason);
}

/// 吉林 is short for the province 吉林省 and for its city 吉林市: a text that says 吉林 supports the
/// 临江街道 of 吉林市 no more than the province's other two; it names the province, and the
/// resolver says no more. Where the city is named in full, its 临江街道 is the one.
#[test]
fn one_name_short_for_two_levels_supports_a_division_once() {
    let g = global();
    let body = "按照吉林有关工作要求，认真编制本年度报告。";
    let r = g.resolve(Some("临江街道办事处"), None, body, Some(2022));
    assert!(r.ancestor_only, "{}: {:?}", r.reason, r.candidates);
    assert_eq!(r.region.province_name.as_deref(), Some("吉林省"), "{}", r.reason);
    let named = g.resolve(Some("临江街道办事处"), None, "吉林省吉林市船营区。", Some(2022));
    assert_eq!(named.region.region_code.as_deref(), Some("220204009000"), "{}", named.reason);
}

/// The tables list some towns with the zone that administers them in brackets (湖边镇（赣州经济
/// 技术开发区）, 2016–2018), beside the zone itself. A page whose width was normalised prints the
/// brackets in ASCII: still the town, not the zone.
#[test]
fn a_name_with_brackets_printed_in_ascii() {
    let r = global().resolve(Some("章贡区湖边镇(赣州经济技术开发区)人民政府"), None, "", Some(2017));
    assert_eq!(r.region.region_code.as_deref(), Some("360702103000"), "{}: {:?}", r.reason, r.candidates);
    let zone = global().resolve(Some("赣州经济技术开发区管委会"), None, "", Some(2017));
    assert_eq!(zone.region.region_code.as_deref(), Some("360702400000"), "{}", zone.reason);
}

/// 广西壮族自治区人民政府 ends like a district's 区人民政府 but is the province: no clue that the
/// county level is a 区.
#[test]
fn an_autonomous_region_is_no_district_clue() {
    let body = "认真贯彻《广西壮族自治区人民政府办公厅关于做好2021年政务公开工作的通知》要求。";
    let r = global().resolve(Some("龙头乡人民政府"), None, body, Some(2021));
    assert!(!r.is_resolved() || r.ancestor_only, "{}: {:?}", r.reason, r.candidates);
    // Both 龙头乡 of 广西 are as likely: the province, and no further.
    assert_eq!(r.region.region_code.as_deref(), Some("450000000000"), "{}", r.reason);
}

/// Ten 朝阳乡, of which the text's province holds several: the report lies in that province,
/// and the resolver says so and no more (a township of an unknown county is no region code).
#[test]
fn a_shared_name_is_placed_in_the_province_its_candidates_share() {
    let body = "根据《四川省政府信息公开实施办法》规定，编制本报告。";
    let r = global().resolve(Some("朝阳乡"), None, body, Some(2016));
    assert!(r.ancestor_only, "{}: {:?}", r.reason, r.candidates);
    assert_eq!(r.region.province_name.as_deref(), Some("四川省"), "{}", r.reason);
    assert_eq!(r.region.town, None);
    let nowhere = global().resolve(Some("朝阳乡"), None, "编制本报告。", Some(2016));
    assert!(!nowhere.is_resolved(), "the text names no place: {}", nowhere.reason);
}

/// 白塔区 is a district of 辽阳 (辽宁) and a township-level area of 山西 in the tables: a 局 of it
/// is a county's bureau (a township has 所 and 站), so the district; the name alone abstains.
#[test]
fn a_bureau_belongs_to_a_county_level_division() {
    let r = global().resolve(Some("白塔区教育局"), None, "", Some(2020));
    assert_eq!(r.region.province_name.as_deref(), Some("辽宁省"), "{}", r.reason);
    assert_eq!(r.region.region_code.as_deref().map(|c| &c[..6]), Some("211002"), "{}", r.reason);
    let alone = global().resolve(Some("白塔区人民政府"), None, "", Some(2020));
    assert!(!alone.is_resolved(), "two divisions bear the name: {}", alone.reason);
}

/// A page without title or agency: the body's 市林业局 is the city's forestry bureau, not the
/// township-level unit 林业局 of 鸡西 (黑龙江); the city the text names (in 湖北) places it.
#[test]
fn a_bureau_after_its_governments_level_is_no_place() {
    let body = "根据《湖北省通知》要求，会同市林业局、市农业局等部门清理文件。对咸宁市政协的提案会办。";
    let r = global().resolve(None, None, body, Some(2020));
    assert_eq!(r.region.province_name.as_deref(), Some("湖北省"), "{}", r.reason);
    assert_eq!(r.region.city.as_deref(), Some("咸宁市"), "{}", r.reason);
    let bureau = global().resolve(None, None, "会同县林业局开展工作。", Some(2020));
    assert_ne!(bureau.region.province_name.as_deref(), Some("黑龙江省"), "{}", bureau.reason);
}

/// A place the agency aids by the state's pairing (对口支援某市) is named because it is helped,
/// never as the agency's own: a text whose only full name is such a place is not placed there.
#[test]
fn a_place_aided_by_pairing_is_not_the_agencys() {
    let body = "2009年，本市各级政府部门认真贯彻《条例》。向社会公开对口支援都江堰市灾后恢复重建项目以及资金使用情况。";
    let r = global().resolve(None, None, body, Some(2009));
    assert_ne!(r.region.province_name.as_deref(), Some("四川省"), "{}", r.reason);
    let its_own = global().resolve(None, None, "2009年，都江堰市灾后恢复重建项目信息全部公开。", Some(2009));
    assert_eq!(its_own.region.province_name.as_deref(), Some("四川省"), "{}", its_own.reason);
}

/// 新华街道办 is a division of its own (广东 茂名); 新华街道办事处 is any 新华街道. A name whose 处
/// was lost (新华街道办事�) must not be read as the first.
#[test]
fn a_name_cut_short_by_damage_is_no_anchor() {
    let r = global().resolve(Some("新华街道办事\u{FFFD}"), None, "", Some(2016));
    assert_ne!(r.region.region_code.as_deref(), Some("440902005000"), "{}", r.reason);
}

/// 林业局 is a township-level unit of 鸡东县 (黑龙江) in the tables; 梧州市万秀区林业局 is a
/// department of 万秀区 (广西). A name that contradicts the others beside it never wins alone.
#[test]
fn a_name_that_contradicts_the_others_is_no_anchor() {
    let r = global().resolve(Some("梧州市万秀区林业局"), None, "", Some(2022));
    let province = r.region.province_name.as_deref();
    assert!(province.is_none() || province == Some("广西壮族自治区"), "{province:?}: {}", r.reason);
    assert_ne!(r.region.region_code.as_deref().map(|c| &c[..2]), Some("23"), "{}", r.reason);
}

/// A text that names no county or township still tells the province when it names one city (or
/// one province) and nothing that contradicts it; two cities of different provinces abstain.
/// The division found is marked as found in the text, not named by the agency.
#[test]
fn the_only_place_a_text_names() {
    let g = global();
    let r = g.resolve(None, None, "依据《哈尔滨市政府信息公开办法》编制本报告。全市……", Some(2015));
    assert_eq!(r.region.region_code.as_deref(), Some("230100000000"), "{}", r.reason);
    assert!(r.found_in_text);
    let r = g.resolve(None, None, "根据《嘉兴市政务公开办法》……赴哈尔滨市考察……", Some(2019));
    assert!(!r.is_resolved(), "{}", r.reason);
    let r = g.resolve(None, None, "浙江省、嘉兴市有关部门……", Some(2019));
    assert_eq!(r.region.region_code.as_deref(), Some("330400000000"), "{}", r.reason);
}

/// An autonomous prefecture is written without its peoples (海南州 for 海南藏族自治州), and a
/// department's name that ends in 管理委员会 (城市管理委员会) is a department of the place, not
/// an unlisted unit 城市 below it.
#[test]
fn customary_names_and_committees_of_a_place() {
    let g = global();
    let r = g.resolve(Some("海南州人民政府"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("632500000000"), "{}", r.reason);
    assert!(!r.found_in_text);
    let r = g.resolve(Some("哈尔滨市城市管理委员会"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("230100000000"), "{}", r.reason);
    let r = g.resolve(Some("哈尔滨市人民政府研究室"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("230100000000"), "a government's office: {}", r.reason);
    assert!(!r.ancestor_only, "{}", r.reason);
    // A supply and marketing cooperative, and a merged body with its second name in brackets:
    // departments of the place.
    let r = g.resolve(Some("哈尔滨市供销合作社"), None, "", Some(2022));
    assert!(!r.ancestor_only, "a cooperative: {}", r.reason);
    let r = g.resolve(Some("哈尔滨市民族事务委员会（宗教事务局）"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("230100000000"), "{}", r.reason);
    assert!(!r.ancestor_only, "a merged body: {}", r.reason);
    // A government's liaison office in another city: a body of that government, placed where
    // its government is, not in the city it stands in.
    let r = g.resolve(Some("哈尔滨市人民政府驻北京办事处"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("230100000000"), "{}", r.reason);
    assert!(!r.ancestor_only, "a liaison office: {}", r.reason);
    let r = g.resolve(Some("嘉兴市秀洲区新港园区管理委员会"), None, "", Some(2022));
    assert!(r.ancestor_only && r.reason.contains("a unit below"), "{}", r.reason);
    assert_eq!(r.region.region_code.as_deref(), Some("330411000000"), "placed in 秀洲区 only: {}", r.reason);
}

/// A text that names no division but carries out the leader's words on its province
/// (总书记视察贵州重要讲话) lies in that province, and no further; a postcode alone places
/// nothing, and one that contradicts the leader's words leaves the province open.
#[test]
fn the_leaders_words_on_a_province_place_a_text_that_names_no_place() {
    let g = global();
    let body = "2021年，区教育局深入贯彻习近平总书记视察贵州重要讲话精神，全面推进政务公开。";
    let r = g.resolve(Some("区教育局"), None, body, Some(2021));
    assert_eq!(r.region.region_code.as_deref(), Some("520000000000"), "{}", r.reason);
    assert!(r.ancestor_only && r.found_in_text, "{}", r.reason);
    let r = g.resolve(Some("区教育局"), None, "如有疑问请联系我局（邮编：550001）。", Some(2021));
    assert!(!r.is_resolved(), "{}", r.reason);
    let r = g.resolve(Some("区教育局"), None, &format!("{body}联系地址邮编：230001。"), Some(2021));
    assert!(!r.is_resolved(), "{}", r.reason);
}

/// 新华区 is a district of 石家庄, of 沧州 (河北) and of 平顶山 (河南): a postcode of 河南's
/// postal region in the contact line chooses the one in 河南; one of a region no candidate lies in
/// leaves them apart as before.
#[test]
fn a_postcode_chooses_among_the_divisions_a_name_allows() {
    let g = global();
    let body = "请与新华区人民政府办公室联系（地址：建设路1号，邮编：467000）。";
    let r = g.resolve(None, None, body, Some(2023));
    assert_eq!(r.region.region_code.as_deref(), Some("410402000000"), "{}", r.reason);
    let r = g.resolve(None, None, &body.replace("467000", "050000"), Some(2023));
    assert!(r.ancestor_only, "two 新华区 in 河北: {}", r.reason);
    assert_eq!(r.region.province_name.as_deref(), Some("河北省"), "{}", r.reason);
    let r = g.resolve(None, None, &body.replace("467000", "230000"), Some(2023));
    assert!(!r.is_resolved(), "{}", r.reason);
}

/// 芦台镇 (宁河区, 天津) became 芦台街道 in 2020 under the same district, with a new code. A report
/// of 2021 that still prints the old name beside its district is the street's: the district named
/// beside it and the gazetteer's history say so. A name the district never had stays unresolved.
#[test]
fn a_town_renamed_a_street_resolves_through_its_district() {
    let g = global();
    let r = g.resolve(Some("宁河区芦台镇人民政府"), None, "", Some(2021));
    assert_eq!(r.region.region_code.as_deref(), Some("120117001000"), "{}", r.reason);
    assert!(r.reason.contains("芦台街道"), "{}", r.reason);
    let r = g.resolve(Some("宁河区芦台镇人民政府"), None, "", Some(2018));
    assert_eq!(r.region.region_code.as_deref(), Some("120117100000"), "the town itself: {}", r.reason);
    let r = g.resolve(Some("宁河区大郭镇人民政府"), None, "", Some(2021));
    assert!(r.ancestor_only, "大郭 is a street of 新华区 (石家庄), not of 宁河区: {}", r.reason);
    assert_eq!(r.region.county.as_deref(), Some("宁河区"), "placed no further than the district: {}", r.reason);
}

/// A county whose whole name is two characters (成县, 和县) hides in running text as the tail of
/// one word and the head of the next: 完成县政务公开任务 (完成 + 县), 各乡镇和县直部门 (和 + 县直),
/// also after a closing title mark or quote (《条例》和县委县政府: 和 + 县委). There it names no
/// place; at the start, after a stop or an opening bracket, or after the level of the division
/// above it (甘肃省成县, 陇南市成县) it does.
#[test]
fn a_two_character_county_name_inside_words_names_no_place() {
    let g = global();
    for body in [
        "我乡按时完成县政务公开办下达的年度公开任务。",
        "各乡镇和县直部门按时报送。",
        "要求认真贯彻落实《条例》和县委县政府有关工作要求。",
        "落实“放管服”和县委县政府的部署。",
    ] {
        let r = g.resolve(None, None, body, Some(2014));
        assert!(!r.is_resolved(), "{body}: {}: {:?}", r.reason, r.candidates);
    }
    let body = "我乡按时完成县政务公开办下达的年度公开任务。";
    for named in ["甘肃省成县人民政府", "陇南市成县人民政府", "成县人民政府"] {
        let r = g.resolve(Some(named), None, body, Some(2014));
        assert_eq!(r.region.county.as_deref(), Some("成县"), "{named}: {}", r.reason);
    }
    // After the level of a division it does not lie in, a word (西藏自治区城镇居民: 城镇 is a
    // township of Xinjiang) names no place.
    let body = "公开了《西藏自治区城镇居民社会养老保险暂行办法》等文件。";
    let r = g.resolve(None, None, body, Some(2011));
    assert_ne!(r.region.province_name.as_deref(), Some("新疆维吾尔自治区"), "{}", r.reason);
}

/// A unit the tables do not list, named below a division they do (某官区某郊办事处 under a
/// district): placed in that division as far as it goes, and said to be no more than that.
#[test]
fn an_unlisted_unit_is_placed_in_the_division_named_above_it() {
    let r = global().resolve(Some("嘉兴市秀洲区某郊办事处"), None, "", Some(2019));
    assert!(r.ancestor_only, "{}", r.reason);
    assert_eq!(r.region.county.as_deref(), Some("秀洲区"), "{}", r.reason);
    assert_eq!(r.region.province_name.as_deref(), Some("浙江省"), "{}", r.reason);
}

/// A title may name its agency by the division's short name alone (辽宁2015年…, 临汾2015年…):
/// the division itself, and not found in the text (its level is the agency's). A short name
/// inside other words names nothing, and a short name several divisions carry stays ambiguous.
#[test]
fn a_short_name_alone_is_the_division() {
    let g = global();
    let body = "全省各级各部门扎实推进政务公开。辽宁省人民政府办公厅印发了年度要点。";
    let r = g.resolve(Some("辽宁"), Some("辽宁2015年政府信息公开工作年度报告"), body, Some(2015));
    assert_eq!(r.region.province_name.as_deref(), Some("辽宁省"), "{}", r.reason);
    assert_eq!(r.level, Some(Level::Province));
    assert!(!r.found_in_text);
    let r = g.resolve(Some("临汾"), None, "市委、市政府高度重视。", Some(2015));
    assert_eq!(r.region.city.as_deref(), Some("临汾市"), "{}", r.reason);
    assert_eq!(r.level, Some(Level::Prefecture));
    // Other words with it: no division.
    let r = g.resolve(Some("辽宁大学"), None, "学校高度重视。", Some(2015));
    assert!(!r.is_resolved(), "{}", r.reason);
    // 朝阳 is a city's and districts' short name: not told apart by so little.
    let r = g.resolve(Some("朝阳"), None, "高度重视。", Some(2015));
    assert!(r.level != Some(Level::Prefecture) || r.ancestor_only || !r.is_resolved(), "{}", r.reason);
}

/// 益阳高新区 is a zone named after its city: the tables' 高新区 are township-level areas of other
/// cities, and the zone itself is not listed. Its bureau lies in 益阳市, as far as that goes; a
/// zone-named area that does lie in the city named before it is that area.
#[test]
fn a_zone_named_after_its_city_is_placed_in_the_city() {
    let r = global().resolve(Some("益阳高新区市场监督管理局"), None, "", Some(2020));
    assert!(r.ancestor_only, "{}: {:?}", r.reason, r.candidates);
    assert_eq!(r.region.region_code.as_deref(), Some("430900000000"), "{}", r.reason);
    // 嘉峪关 is short for a city and for a township-level area: where the zone lies is not told,
    // and 兰州's 高新区, in the province the text names, is not it.
    let two = global().resolve(Some("嘉峪关高新区市场监督管理局"), None, "甘肃省", Some(2021));
    assert_ne!(two.region.region_code.as_deref(), Some("620102400000"), "{}: {:?}", two.reason, two.candidates);
    let listed = global().resolve(Some("兰州高新区管委会"), None, "", Some(2020));
    assert_eq!(listed.region.region_code.as_deref(), Some("620102400000"), "{}", listed.reason);
    // Named after a province-level city: placed in it, as far as that goes.
    let province = global().resolve(Some("重庆高新技术产业开发区管理委员会办公室"), None, "", Some(2023));
    assert!(province.ancestor_only, "{}: {:?}", province.reason, province.candidates);
    assert_eq!(province.region.region_code.as_deref(), Some("500000000000"), "{}", province.reason);
}

/// A report on 2020 is written in January 2021: a township renamed in between (大五里乡 became
/// 大五里镇, listed from the 2021 edition) signs with its new name, which the 2020 edition does
/// not list — and whose 五里镇 names five other towns there.
#[test]
fn a_division_renamed_as_the_report_was_written_is_read_in_the_next_edition() {
    let g = global();
    let r = g.resolve(Some("大五里镇"), Some("大五里镇2020年政府信息公开工作年度报告"), "", Some(2020));
    assert_eq!(r.region.region_code.as_deref(), Some("130283115000"), "{}", r.reason);
    assert!(r.reason.contains("2021 edition"), "{}", r.reason);
    let r = g.resolve(Some("大五里乡"), None, "", Some(2020));
    assert_eq!(r.region.region_code.as_deref(), Some("130283205000"), "its name of the year: {}", r.reason);
}

/// A township-level zone the tables list by a name of generic words only (化工园区 under one
/// county) is any such zone in a body's text: a report that names another city's 化工园区 is not
/// that unit's, and a body without an agency resolves to no region by it. (A zone named after
/// its city, 番禺经济技术开发区, is still placed there.)
#[test]
fn a_zone_named_by_generic_words_only_names_no_place() {
    let g = global();
    let body = "我局在政府网站公开环境质量信息。发布某市化工园区年度环境质量报告书，公开产业园区企业监测结果。";
    let r = g.resolve(None, None, body, Some(2023));
    assert!(!r.is_resolved(), "{} {:?}", r.reason, r.region);
    let r = g.resolve(Some("番禺经济技术开发区管委会"), None, body, Some(2022));
    assert_eq!(r.region.county.as_deref(), Some("番禺区"), "{}", r.reason);
}

/// A zone named by generic words that none of the tables' zones of the name can be (经济技术开发区
/// of four other cities), its office's address naming one county: placed in that county, as far
/// as that goes. Without the address, where it lies is not told.
#[test]
fn a_generic_zone_listed_only_elsewhere_lies_where_its_text_places_it() {
    let text = "如对本报告有疑问，请与东海湾经济技术开发区管委会办公室联系（地址：宁波市象山县丹东街道1号）。";
    let r = global().resolve(Some("东海湾经济技术开发区管委会"), None, text, Some(2023));
    assert!(r.ancestor_only, "{}: {:?}", r.reason, r.candidates);
    assert_eq!(r.region.region_code.as_deref(), Some("330225000000"), "{}", r.reason);
    let unplaced = global().resolve(Some("东海湾经济技术开发区管委会"), None, "本报告依据条例编制。", Some(2023));
    assert!(!unplaced.is_resolved(), "{}", unplaced.reason);
    // A postcode allowing only one of the tables' zones of the name does not make the zone that
    // one: it may be another of the province's, unlisted.
    let postal = global().resolve(Some("东海湾经济技术开发区管委会"), None, "邮编：830149", Some(2017));
    assert_ne!(postal.region.region_code.as_deref(), Some("652901408000"), "{}", postal.reason);
    // A province named supports one of the tables' zones there no more than an unlisted one of
    // the province: placed in the province, not in that zone's county.
    let in_anhui =
        global().resolve(Some("东海湾经济技术开发区管委会"), None, "在安徽省委、省政府的领导下，管委会…", Some(2021));
    assert_eq!(in_anhui.region.county, None, "{}", in_anhui.reason);
    assert_ne!(in_anhui.region.region_code.as_deref(), Some("341881400000"), "{}", in_anhui.reason);
    // A county of two characters whose neighbours a lossy decoding lost (各乡镇和县直部门 as
    // 各乡\u{FFFD}和县\u{FFFD}部门) may be words of a sentence: no place to put the zone in.
    let lost = "定期调度各乡\u{FFFD}和县\u{FFFD}部门的公开进度。";
    let words = global().resolve(Some("东湾经济技术开发区管委会"), None, lost, Some(2021));
    assert!(!words.is_resolved(), "{}", words.reason);
}

#[test]
fn a_forestry_bureau_by_its_kind_names_no_forest_bureau_division() {
    // The tables list two township-level units named 林业局 alone (under 鸡西市): a county's
    // forestry bureau saying 县林业局 names neither.
    let g = global();
    let body =
        "2015年，我局认真实施《条例》。本报告统计数据时限为2015年1月-2015年12月，林业局办公室联系电话：2813582。";
    let r = g.resolve(None, None, body, Some(2015));
    assert!(r.region.province_name.is_none(), "{:?}", r.region);
    // With its county's name before it, the word names the unit.
    let r = g.resolve(Some("同江市畜牧场"), None, "", Some(2022));
    assert_eq!(r.region.region_code.as_deref(), Some("230881581000"), "{}", r.reason);
}
