//! Who wrote a report: the agency's level, the kind of body it is, and the key that ties its
//! reports of different years (and the printed variants of its name) together.

use nianbao_model::Region;
use nianbao_parse::Parsed;

/// The agency's level: from its name where one is printed; else from what the report calls
/// itself (我镇, 我局, 我市 settled by the place it resolves to); else from the division its
/// name or title resolves to. A division found only in the body's text says where the report
/// comes from, not who wrote it (a township's report naming only its county), and gives none.
///
/// The warehouse names the level of a 地级市, 自治州, 地区 or 盟 `city`, as analysts do; the
/// gazetteer's tables call it a prefecture.
///
/// `lines` are the body's lines as the prose readers read them (a page in Taiwan's phrasing in
/// the mainland's words: 某市政府资讯公开工作紧紧围绕… speaks as 某市 as 信息 would).
pub fn level(parsed: &Parsed, lines: &[String], resolution: &nianbao_gazetteer::Resolution) -> &'static str {
    use nianbao_gazetteer::Level;
    let named = parsed.agency.as_deref().map(nianbao_parse::meta::agency_level).filter(|l| *l != "unknown");
    // A 区 is a county's suffix and a development zone's too (某某经济开发区, 某某旅游度假区 are
    // township-level divisions): where the agency's name holds the township it resolved to,
    // the tables know its level better than the suffix.
    let names_its_township = || {
        let town = resolution.region.town.as_deref();
        !resolution.found_in_text && town.is_some_and(|t| parsed.agency.as_deref().is_some_and(|a| a.contains(t)))
    };
    if named == Some("county") && names_its_township() {
        return "township";
    }
    // A name the tables give to a county and a township alike (城区人民政府): its 区 cannot tell
    // the level; the division it resolved to can, where that division is the one it names.
    let named = match named {
        Some("county") if named_at_two_levels(parsed.agency.as_deref()) => {
            let core = parsed.agency.as_deref().map(government_name_core);
            let its_county = !resolution.ancestor_only
                && resolution.level == Some(Level::County)
                && resolution.region.county.as_deref() == core;
            its_county.then_some("county")
        }
        other => other,
    };
    if let Some(level) = named_by_its_short_form(parsed.agency.as_deref(), resolution) {
        return level;
    }
    if let Some(level) = named {
        return level;
    }
    // A zone's committee the tables do not list, placed only as far as the city or county it
    // lies in (东湾经济技术开发区管委会, by its office's address): a body that government set up,
    // as its departments are.
    let committee =
        parsed.agency.as_deref().is_some_and(|a| kind(a) == "management_committee" && nianbao_parse::meta::is_zone(a));
    if committee && resolution.ancestor_only && resolution.level.is_some_and(|l| l != Level::Province) {
        return "department";
    }
    // A resolution only to the division the candidates share says nothing of the agency's level.
    let resolved_level = resolution.level.filter(|_| !resolution.ancestor_only);
    let county_is = |suffix: char| {
        !resolution.ancestor_only && resolution.region.county.as_deref().is_some_and(|c| c.ends_with(suffix))
    };
    let resolved_to = |level: Level| resolved_level == Some(level);
    let province_is = |suffix: char| resolution.region.province_name.as_deref().is_some_and(|p| p.ends_with(suffix));
    // A zone's 我区 is the zone, not the district it lies in: the agency's name a zone's, or,
    // where no name was read, the division the text placed it in (a township-level zone).
    let zone_resolved =
        resolved_to(Level::Township) && resolution.region.town.as_deref().is_some_and(nianbao_parse::meta::is_zone);
    let a_zone = parsed.agency.as_deref().map_or(zone_resolved, nianbao_parse::meta::is_zone);
    let by_itself = match nianbao_parse::meta::self_reference_level(lines) {
        Some("district_or_region") if a_zone => None,
        // 我区 of an autonomous region, 我市 of a municipality (北京市): the province itself.
        Some("district_or_region") if resolved_to(Level::Province) && province_is('区') => Some("province"),
        Some("city_or_county") if resolved_to(Level::Province) && province_is('市') => Some("province"),
        Some("district_or_region") if county_is('区') => Some("county"),
        Some("city_or_county") if resolved_to(Level::Prefecture) => Some("city"),
        Some("city_or_county") if county_is('市') => Some("county"),
        Some("district_or_region" | "city_or_county") | None => None,
        Some(level) => Some(level),
    };
    // A page without a name that speaks as 我办 is an office's (a 人防办; a government's office
    // reporting on its own work): the 我市 or 我县 it names is where it works, and no government
    // speaks as an office. (Where a place is named, 我办 is its government's office speaking:
    // 我办编制了《某市2009年度…报告》.)
    let by_itself = match by_itself {
        Some("county" | "city" | "province") | None
            if parsed.agency.is_none() && lines.iter().any(|l| nianbao_parse::meta::speaks_as_an_office(l)) =>
        {
            Some("department")
        }
        other => other,
    };
    // A page that names no agency but publishes its report as this level's government's
    // (特向社会公布2018年度本级政府信息公开年度报告) is the government of the division its text
    // places it in, whether or not a sentence has the division as its subject.
    let this_levels_government =
        || parsed.agency.is_none() && lines.iter().take(40).any(|l| l.contains("本级政府") && l.contains("报告"));
    by_itself.unwrap_or_else(|| match resolved_level {
        Some(level) if this_levels_government() => level_name(level),
        _ if resolution.found_in_text && !speaks_as(lines, resolved_name(resolution)) => "unknown",
        None => "unknown",
        Some(level) => level_name(level),
    })
}

/// A government's name without its government words (城区人民政府 → 城区).
fn government_name_core(agency: &str) -> &str {
    agency.strip_suffix("人民政府").or_else(|| agency.strip_suffix("政府")).unwrap_or(agency)
}

/// Is the agency a government whose division's name the tables give to a county and to a
/// township alike?
fn named_at_two_levels(agency: Option<&str>) -> bool {
    agency.is_some_and(|a| nianbao_gazetteer::global().names_a_county_and_a_township(government_name_core(a)))
}

/// The warehouse's name of a gazetteer level: a prefecture's government is a city's.
fn level_name(level: nianbao_gazetteer::Level) -> &'static str {
    match level {
        nianbao_gazetteer::Level::Prefecture => "city",
        other => other.as_str(),
    }
}

/// The level of the division an agency names by its short form alone, whatever that form ends
/// with: 景德镇 (for 景德镇市) ends like a township and is a city, 海北 (for 海北藏族自治州) like
/// nothing.
fn named_by_its_short_form(agency: Option<&str>, resolution: &nianbao_gazetteer::Resolution) -> Option<&'static str> {
    use nianbao_gazetteer::Level;
    let agency = agency?;
    let name = resolved_name(resolution).filter(|_| !resolution.ancestor_only)?;
    let level = resolution.level.filter(|l| *l != Level::Township)?;
    (nianbao_gazetteer::short_form_of(name, level) == Some(agency)).then(|| level_name(level))
}

/// The name of the division a resolution settled on.
fn resolved_name(resolution: &nianbao_gazetteer::Resolution) -> Option<&str> {
    use nianbao_gazetteer::Level;
    let r = &resolution.region;
    match resolution.level? {
        Level::Province => r.province_name.as_deref(),
        Level::Prefecture => r.city.as_deref(),
        Level::County => r.county.as_deref(),
        _ => r.town.as_deref(),
    }
}

/// Does the body speak as the division `name`: a sentence whose subject it is, doing the
/// report's work (2021年东花市街道深入贯彻…, 良庆区人民政府成立了…, 哈尔滨市政府信息公开工作紧紧
/// 围绕…)? Then the report is the division's government's. A body inside it (某县统计局, 某县
/// 人民政府办公室) or a division only mentioned (在柞水县…) is not.
fn speaks_as(lines: &[String], name: Option<&str>) -> bool {
    let Some(name) = name.filter(|n| n.chars().count() >= 2) else { return false };
    let subject = |sentence: &str| {
        let opening = nianbao_parse::meta::without_opening_heading(sentence.trim_start());
        let rest = without_leading_year(opening).strip_prefix(name).or_else(|| after_glued_subheading(opening, name));
        let Some(rest) = rest else { return false };
        let rest =
            ["人民政府", "政府", "街道办事处", "办事处"].iter().find_map(|g| rest.strip_prefix(g)).unwrap_or(rest);
        SUBJECT_FOLLOWERS.iter().any(|f| rest.starts_with(f))
    };
    lines.iter().take(80).filter(|l| l.contains(name)).any(|l| crate::text::split_at_stops(l).any(subject))
}

/// What follows `name` where a sub-heading glued to it comes first — a page run onto one line
/// leaves （一）工作机构和人员设置情况某区人民政府成立了… with nothing between heading and
/// sentence: an enumerator in brackets, then up to 30 characters without punctuation.
fn after_glued_subheading<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let after = nianbao_parse::meta::after_bracketed_numeral(text)?;
    let at = after.find(name)?;
    let heading = &after[..at];
    (heading.chars().count() <= 30 && !heading.contains(['，', ',', '、', '：', ':', '（', '(']))
        .then(|| &after[at + name.len()..])
}

/// A sentence without the year it opens on (2021年, 2021年度，).
fn without_leading_year(sentence: &str) -> &str {
    let digits = sentence.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return sentence;
    }
    let rest = sentence[4..].trim_start();
    let Some(rest) = rest.strip_prefix('年') else { return sentence };
    let rest = rest.strip_prefix('度').unwrap_or(rest).trim_start();
    rest.strip_prefix(['，', ',']).unwrap_or(rest).trim_start()
}

/// The words that follow a body's name when it is the subject doing the report's work.
const SUBJECT_FOLLOWERS: [&str; 24] = [
    "认真",
    "坚持",
    "以",
    "深入",
    "严格",
    "全面",
    "进一步",
    "紧紧",
    "围绕",
    "按照",
    "持续",
    "高度",
    "始终",
    "积极",
    "聚焦",
    "扎实",
    "不断",
    "继续",
    "贯彻",
    "切实",
    "成立",
    "于",
    "信息公开工作",
    "政务公开工作",
];

/// A body of the central government (交通运输部, 国家卫生健康委, 国务院国资委, 海关总署, 中国地震局):
/// a name that holds no place and names a ministry (…部, not a party's 宣传部 or 组织部, which
/// every level has), an administration (…总局, …署) or the country (国家…, 国务院…, 中国…). Its
/// seat's address (北京市建国门内大街11号) does not make it Beijing's: no division is its own.
pub fn central_body(agency: &str, year: Option<i32>) -> bool {
    let name = agency.trim();
    let name = name.strip_prefix("中华人民共和国").unwrap_or(name);
    let of_the_country = ["国家", "国务院", "中国"].iter().any(|p| name.starts_with(p));
    let party_or_local = ["宣传部", "组织部", "统战部", "武装部", "工作部"].iter().any(|d| name.ends_with(d));
    let ministry = (name.ends_with('部') && !party_or_local) || name.ends_with("总局") || name.ends_with('署');
    // One body, not a branch that names its parent first (国家税务总局某县税务局).
    let ending = ["委员会", "总局", "办公室", "部", "委", "局", "署", "办"].iter().find(|e| name.ends_with(*e));
    let Some(ending) = ending else { return false };
    let before = &name[..name.len() - ending.len()];
    let branch = ["总局", "委员会", "部", "署", "局"].iter().any(|w| before.contains(w));
    if !(of_the_country || ministry) || branch {
        return false;
    }
    // (Asked only of such names: most agencies name a place, and the gazetteer tells.)
    let asked = nianbao_gazetteer::global().resolve(Some(name), None, "", year);
    !asked.is_resolved() && asked.candidates.is_empty()
}

/// The region of a body of the central government: none, and why.
pub fn central_resolution(agency: &str) -> nianbao_gazetteer::Resolution {
    nianbao_gazetteer::Resolution {
        region: Default::default(),
        level: None,
        candidates: Vec::new(),
        reason: format!("{agency} is a body of the central government: no province or division is its own"),
        found_in_text: false,
        ancestor_only: false,
    }
}

/// What kind of body an agency name is: a government (某镇人民政府, 某县政府, a bare 某某镇), its
/// `general_office` (人民政府办公室/办公厅, 行署办公室), a `subdistrict_office` (街道办事处), a
/// `management_committee` (管理委员会, 管委会), a `department` (局, 委员会, 厅, 中心, any other
/// 办公室), or `unknown`.
pub fn kind(agency: &str) -> &'static str {
    let name = nianbao_parse::meta::without_organs(nianbao_parse::meta::without_second_name(agency.trim()));
    let offices =
        ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "行署办公室", "行政公署办公室", "党政办公室"];
    if offices.iter().any(|o| name.ends_with(o)) {
        "general_office"
    } else if nianbao_model::names::is_liaison_office(name) {
        "department"
    } else if name.ends_with("街道办事处") || name.ends_with("街道") || name.ends_with("街道办") {
        "subdistrict_office"
    } else if name.ends_with("管理委员会") || name.ends_with("管委会") {
        "management_committee"
    } else if ["人民政府", "政府", "行政公署", "行署"].iter().any(|g| name.ends_with(g))
        || ['省', '市', '县', '区', '旗', '镇', '乡', '州', '盟'].iter().any(|c| name.ends_with(*c))
    {
        "government"
    } else if nianbao_model::names::ends_like_a_department(name, &["办公室", "办", "站", "队", "室", "馆"]) {
        "department"
    } else {
        "unknown"
    }
}

/// The agency's key: the region code it resolved to (`unknown` when none) and the body's own
/// name, without the places that prefix it and with the printed variants folded — spacing,
/// 人民政府 → 政府. 海盐县沈荡镇人民政府 and 沈荡镇人民政府 (2017, 2018) are both
/// `330424101000/政府`; 余姚市财政局 is `330281000000/财政局`. A key with an unknown region
/// groups reports by name alone, which different places may share: analysts filter them out.
pub fn key(agency: &str, region: &Region) -> String {
    // (A second name's brackets in either width: 民族事务委员会(宗教事务局) is 民族事务委员会（宗教事务局）.)
    let mut name: String = agency
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect();
    use nianbao_gazetteer::Level;
    let places: Vec<(&str, Level)> = [
        (&region.province_name, Level::Province),
        (&region.city, Level::Prefecture),
        (&region.county, Level::County),
        (&region.town, Level::Township),
    ]
    .into_iter()
    .filter_map(|(p, level)| Some((p.as_deref()?, level)))
    .collect();
    // Each place by its full name and its short form (海北 for 海北藏族自治州, 某镇 without 镇), the
    // short ones marked.
    let forms: Vec<(String, bool)> = places
        .iter()
        .flat_map(|&(p, level)| {
            let short = nianbao_gazetteer::short_form_of(p, level)
                .or_else(|| ["镇", "乡", "街道"].iter().find_map(|suffix| p.strip_suffix(suffix)))
                .filter(|stem| stem.chars().count() >= 2)
                .map(|s| (s.to_string(), true));
            std::iter::once((p.to_string(), false)).chain(short)
        })
        .collect();
    // Strip leading places, longest first, until none is left at the start. A name that is
    // the place alone (嘉兴市秀洲区王店镇) is the place's government; a short form is no prefix
    // where a level suffix follows it (王店 of 王店镇) — a full name is (巴彦县 of 巴彦县镇东乡,
    // whose township's name begins with 镇).
    let mut by_length: Vec<&(String, bool)> = forms.iter().collect();
    by_length.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let level_suffix =
        |rest: &str| ["省", "市", "县", "区", "镇", "乡", "旗", "州", "盟", "街道"].iter().any(|s| rest.starts_with(s));
    while let Some(rest) = by_length
        .iter()
        .find_map(|(form, short)| name.strip_prefix(form.as_str()).filter(|r| !(*short && level_suffix(r))))
    {
        if rest.is_empty() {
            name = "政府".to_string();
            break;
        }
        // The county's government named before its subdistrict's office (某甸市人民政府某华街道
        // 办事处): the office is the subdistrict's, its parent's words no part of its key.
        let parents_words = ["人民政府", "政府"].iter().find_map(|w| rest.strip_prefix(w));
        let rest = match parents_words {
            Some(after)
                if by_length.iter().any(|(form, short)| {
                    after.strip_prefix(form.as_str()).is_some_and(|r| !(*short && level_suffix(r)))
                }) =>
            {
                after
            }
            _ => rest,
        };
        name = rest.to_string();
    }
    let name = name.replace("人民政府", "政府");
    // A bureau's organs (某局机关) are the bureau.
    let name = nianbao_parse::meta::without_organs(&name).to_string();
    // What is left of a township's or subdistrict's own government: 办事处 (临河里街道办事处
    // up to 2019), nothing (临河里街道 from 2020) — one body.
    let name = if ["办事处", "街道办事处", "街道", "政府"].contains(&name.as_str()) {
        "政府".to_string()
    } else {
        name
    };
    format!("{}/{name}", region.region_code.as_deref().unwrap_or("unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_of_the_central_government_are_no_divisions() {
        for central in [
            "交通运输部",
            "国家卫生健康委员会",
            "国务院国有资产监督管理委员会",
            "海关总署",
            "中华人民共和国审计署",
            "中国地震局",
        ] {
            assert!(central_body(central, Some(2020)), "{central}");
        }
        // A place in the name, a party's department every level has, a bureau: not central.
        for local in
            ["北京市交通委员会", "某县交通运输局", "宣传部", "县委组织部", "浙江省审计厅", "国家税务总局某某县税务局"]
        {
            assert!(!central_body(local, Some(2020)), "{local}");
        }
        // Its seat's address does not place it.
        let page = "交通运输部2015年政府信息公开工作年度报告\n如对本年度报告有疑问，请与交通运输部联系（地址：北京市建国门内大街11号）。\n一、概述\n2015年，主动公开政府信息1200条。\n";
        let normalized = crate::normalize(&nianbao_parse::parse(page).unwrap());
        assert_eq!(normalized.region.region_code, None, "{}", normalized.resolution.reason);
        assert!(normalized.checks.iter().all(|c| !c.rule.starts_with("region")));
    }

    #[test]
    fn a_body_that_speaks_as_its_division() {
        let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
        assert!(speaks_as(&lines("一、总体情况\n2021年某花街道深入贯彻《条例》。"), Some("某花街道")));
        assert!(speaks_as(&lines("某庆区人民政府成立了领导小组。"), Some("某庆区")));
        assert!(speaks_as(&lines("2015年，某滨市政府信息公开工作紧紧围绕中心。"), Some("某滨市")));
        // A page on one line runs the opening heading into the sentence.
        assert!(speaks_as(&lines("……查阅。一、总体情况2019年，某州市人民政府认真贯彻条例。"), Some("某州市")));
        assert!(!speaks_as(&lines("2020年，某水县统计局认真贯彻。"), Some("某水县")), "a department of it");
        assert!(!speaks_as(&lines("某水县人民政府办公室认真贯彻。"), Some("某水县")), "its general office");
        assert!(!speaks_as(&lines("我镇认真落实某水县的部署。"), Some("某水县")), "only mentioned");
        assert!(
            speaks_as(
                &lines("……查阅。一、总体情况（一）工作机构和人员设置情况某庆区人民政府成立了领导小组。"),
                Some("某庆区")
            ),
            "a sub-heading glued to the sentence on a page run onto one line"
        );
        assert!(
            !speaks_as(&lines("（一）落实某水县部署情况我镇认真贯彻。"), Some("某水县")),
            "the name inside the heading, not the sentence's subject"
        );
    }

    fn region(code: &str, names: [&str; 4]) -> Region {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Region {
            region_code: Some(code.into()),
            province_name: some(names[0]),
            city: some(names[1]),
            county: some(names[2]),
            town: some(names[3]),
            ..Region::default()
        }
    }

    /// A resolution to `region` at `level`, from the agency's name or title (not the body's text).
    fn resolved_to(region: Region, level: nianbao_gazetteer::Level) -> nianbao_gazetteer::Resolution {
        nianbao_gazetteer::Resolution {
            region,
            level: Some(level),
            candidates: Vec::new(),
            reason: String::new(),
            found_in_text: false,
            ancestor_only: false,
        }
    }

    #[test]
    fn one_key_across_the_printed_variants_of_a_name() {
        let town = region("330424101000", ["某江省", "某兴市", "某盐县", "某荡镇"]);
        assert_eq!(key("某盐县某荡镇人民政府", &town), "330424101000/政府");
        assert_eq!(key("某荡镇 人民政府", &town), "330424101000/政府");
        assert_eq!(key("某荡镇政府", &town), "330424101000/政府");
        let county = region("330281000000", ["某江省", "某波市", "某姚市", ""]);
        assert_eq!(key("某姚市财政局", &county), "330281000000/财政局");
        assert_eq!(key("某姚财政局", &county), "330281000000/财政局");
        assert_eq!(key("某姚市人民政府办公室", &county), "330281000000/政府办公室");
        assert_eq!(key("某姚市财政局机关", &county), "330281000000/财政局", "a bureau's organs");
        assert_eq!(key("某某镇人民政府", &Region::default()), "unknown/某某镇政府");
        // A township whose name begins with a level's word (镇东乡) after its county's full name.
        let town_of_a_word = region("230126214000", ["某龙江省", "某尔滨市", "某彦县", "镇东乡"]);
        assert_eq!(key("某彦县镇东乡人民政府", &town_of_a_word), "230126214000/政府");
        assert_eq!(key("镇东乡人民政府", &town_of_a_word), "230126214000/政府");
        let merged = region("450700000000", ["某西壮族自治区", "某州市", "", ""]);
        assert_eq!(
            key("某州市民族事务委员会(宗教事务局)", &merged),
            key("某州市民族事务委员会（宗教事务局）", &merged)
        );
        let prefecture = region("632200000000", ["某海省", "某北藏族自治州", "", ""]);
        assert_eq!(key("某北", &prefecture), "632200000000/政府", "the short form alone");
        assert_eq!(key("某北藏族自治州人民政府", &prefecture), "632200000000/政府");
        let street = region("110112011000", ["某京市", "", "某州区", "某河里街道"]);
        assert_eq!(key("某州区某河里街道办事处", &street), "110112011000/政府");
        assert_eq!(key("某河里街道", &street), "110112011000/政府");
        assert_eq!(
            key("某州区人民政府某河里街道办事处", &street),
            "110112011000/政府",
            "its county's government before it"
        );
        assert_eq!(key("某州区人民政府办公室", &street), "110112011000/政府办公室", "the government's own office");
        assert_eq!(
            key("某兴市某洲区某店镇", &region("330411105000", ["某江省", "某兴市", "某洲区", "某店镇"])),
            "330411105000/政府"
        );
    }

    #[test]
    fn a_zone_calling_itself_our_district_is_no_county() {
        // The zone lies in a district (某胜区); its 我区 speaks of the zone. Resolved to the
        // zone's township-level division, that is its level; a district's own 我区 stays county.
        let resolved = |town: &str, level| {
            resolved_to(region("150602400000", ["某蒙古自治区", "某尔多斯市", "某胜区", town]), level)
        };
        let report = |agency: &str| {
            nianbao_parse::parse(&format!(
                "{agency}2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我区认真贯彻《条例》。\n"
            ))
            .unwrap()
        };
        let zone = report("某胜区某纺工业园区人民政府");
        assert_eq!(
            level(&zone, &zone.lines, &resolved("某纺工业园区", nianbao_gazetteer::Level::Township)),
            "township"
        );
        let district = report("某胜区人民政府");
        assert_eq!(level(&district, &district.lines, &resolved("", nianbao_gazetteer::Level::County)), "county");
        // No agency's name read: the zone the text placed the report in calls itself 我区 too.
        let nameless =
            nianbao_parse::parse("一、总体情况\n2020年，我区认真贯彻《条例》，主动公开信息12条。\n").unwrap();
        let in_text = nianbao_gazetteer::Resolution {
            found_in_text: true,
            ..resolved("某纺工业园区", nianbao_gazetteer::Level::Township)
        };
        assert_ne!(level(&nameless, &nameless.lines, &in_text), "county");
    }

    #[test]
    fn a_name_of_a_county_and_a_township_alike_gives_no_level_by_its_suffix() {
        // 城区 names county-level districts of several cities and townships of several counties.
        let report = nianbao_parse::parse(
            "城区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，本级政府认真贯彻《条例》。\n",
        )
        .unwrap();
        assert_eq!(report.agency.as_deref(), Some("城区人民政府"));
        let unresolved = nianbao_gazetteer::Resolution {
            region: Region::default(),
            level: None,
            candidates: Vec::new(),
            reason: String::new(),
            found_in_text: false,
            ancestor_only: false,
        };
        assert_eq!(level(&report, &report.lines, &unresolved), "unknown");
        let district =
            resolved_to(region("140402000000", ["某西省", "某治市", "城区", ""]), nianbao_gazetteer::Level::County);
        assert_eq!(level(&report, &report.lines, &district), "county");
        // Any other district's name keeps its suffix's level.
        let other = nianbao_parse::parse("某胜区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n").unwrap();
        assert_eq!(level(&other, &other.lines, &unresolved), "county");
    }

    #[test]
    fn a_nameless_page_speaking_as_an_office_is_no_government() {
        let named_in_the_title =
            resolved_to(region("440100000000", ["某东省", "某州市", "", ""]), nianbao_gazetteer::Level::Prefecture);
        let city = nianbao_gazetteer::Resolution { found_in_text: true, ..named_in_the_title.clone() };
        let office = nianbao_parse::parse(
            "一、总体情况\n2020年为我市机构改革后，我办及时将官网更名，全年主动公开政府信息120篇。\n",
        )
        .unwrap();
        assert_eq!(level(&office, &office.lines, &city), "department");
        // A place named as the agency: 我办 is its government's office speaking.
        let named = nianbao_parse::parse(
            "某州市2009年度政府信息公开工作年度报告\n我办编制了本报告。2009年，我市认真贯彻《条例》。\n",
        )
        .unwrap();
        assert_eq!(level(&named, &named.lines, &named_in_the_title), "city");
    }

    #[test]
    fn a_city_named_by_its_short_form_is_a_city_whatever_the_form_ends_with() {
        let city =
            resolved_to(region("369900000000", ["某西省", "某德镇市", "", ""]), nianbao_gazetteer::Level::Prefecture);
        let report = |agency: &str| {
            nianbao_parse::parse(&format!("{agency}2019年政府信息公开工作年度报告\n一、总体情况\n")).unwrap()
        };
        assert_eq!(level(&report("某德镇"), &[], &city), "city");
        assert_eq!(level(&report("某德镇市人民政府"), &[], &city), "city");
        // A township's name that is not the resolved division's short form keeps its suffix.
        assert_eq!(level(&report("某德镇某安镇"), &[], &city), "township");
    }

    #[test]
    fn kinds_of_body() {
        assert_eq!(kind("某县人民政府"), "government");
        assert_eq!(kind("某某镇"), "government");
        assert_eq!(kind("某市人民政府办公室"), "general_office");
        assert_eq!(kind("某区某某街道办"), "subdistrict_office");
        assert_eq!(kind("某区信访办"), "department");
        assert_eq!(kind("某某省人民政府驻北京办事处"), "department");
        assert_eq!(kind("某省人民政府办公厅"), "general_office");
        assert_eq!(kind("某某街道办事处"), "subdistrict_office");
        assert_eq!(kind("某某开发区管理委员会"), "management_committee");
        assert_eq!(kind("某市市场监督管理局机关"), "department", "a bureau's organs");
        assert_eq!(kind("某县财政局"), "department");
        assert_eq!(kind("某市人民政府研究室"), "department");
        assert_eq!(kind("某县档案馆"), "department");
        assert_eq!(kind("某盟行署外事办公室"), "department");
        assert_eq!(kind("某区供销合作社"), "department");
        assert_eq!(kind("某市民族事务委员会（宗教事务局）"), "department");
        assert_eq!(kind("某某"), "unknown");
    }
}
