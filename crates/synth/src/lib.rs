//! synth: a synthetic corpus of disclosure reports with known answers.
//!
//! Document `i` of seed `S` is a pure function of `(S, i)`: every template era and the
//! narrative style; agencies drawn from the gazetteer at every level and province; numbers that
//! satisfy the template's identities (a known share printed wrong on purpose); every table
//! layout; every encoding; the corruptions the decode stage repairs. Each document comes with
//! its [`Truth`]: what was printed, in what form, and every fact with its value.
//!
//! The corpus is how the pipeline is judged (`nianbao eval`) and timed (`make bench`).

mod prose;
mod render;
mod rng;
mod statements;
mod tables;

pub use render::Layout;
pub use rng::Rng;

use encoding_rs::{BIG5, GB18030, GBK, WINDOWS_1252};
use nianbao_gazetteer::{Division, Level};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One fact a document printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub metric: String,
    pub applicant: Option<String>,
    pub value: f64,
    /// For facts without a catalog code of their own (`proactive.part`): the printed category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// What a generated document is and says: one line of `truth.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    pub file: String,
    pub template: String,
    pub layout: String,
    pub encoding: String,
    pub corruption: String,
    pub year: i32,
    pub agency: String,
    /// `province`, `city`, `county`, `township` or `department`: the level the warehouse gives.
    #[serde(default)]
    pub agency_level: String,
    /// 12-digit code of the issuing government's division.
    pub region_code: String,
    /// Whether the agency string alone determines the division in its year (region accuracy is
    /// judged on these; for the others abstaining is right).
    pub region_unique: bool,
    /// Whether the agency is a township printed by the name it had before it was renamed, by the
    /// name it took the year after the report's (signing the report written then), or
    /// re-graded under the same county (芦台镇 for 芦台街道): `region_code` is the new division's.
    #[serde(default)]
    pub region_renamed: bool,
    /// A check that must fail (a total printed wrong on purpose), if any.
    pub broken: Option<String>,
    /// Who the agency is, whatever the printed variant of its name: the division's code and
    /// the body (`330424000000/政府`, `330424000000/财政局`).
    #[serde(default)]
    pub agency_id: String,
    /// The series of consecutive years this report belongs to (one agency's reports), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<u64>,
    pub facts: Vec<Fact>,
}

pub struct Document {
    pub bytes: Vec<u8>,
    pub truth: Truth,
}

/// How often each level of government is drawn. Nearly every division is a township, and a
/// corpus drawn in that proportion would hold a few dozen reports of counties, cities and
/// provinces and of their departments and general offices; real corpora are full of them (the
/// hand-read development corpus: 44% townships, 22% departments, 12% counties, 10% cities, 12%
/// provinces). So a level is drawn first, then a division of it.
const LEVELS: &[(Level, u32)] =
    &[(Level::Township, 55), (Level::County, 25), (Level::Prefecture, 12), (Level::Province, 8)];

/// The divisions of a level whose reports the generator writes.
fn agencies(level: Level) -> &'static Vec<&'static Division> {
    const ORDER: [Level; 4] = [Level::Province, Level::Prefecture, Level::County, Level::Township];
    static LISTS: OnceLock<[Vec<&'static Division>; 4]> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let all = reporting_divisions();
        ORDER.map(|level| all.iter().copied().filter(|d| d.level == level).collect())
    });
    &lists[ORDER.iter().position(|l| *l == level).unwrap_or(3)]
}

/// A county of another province than `d`'s, named by its full name alone in the tables (a place
/// the agency aids by pairing).
fn aided_county(d: &Division, rng: &Rng) -> Option<String> {
    let counties = agencies(Level::County);
    let county = counties[rng.side_range(108, 0, counties.len() as u64 - 1) as usize];
    (county.code[..2] != d.code[..2] && name_is_unique(&county.name, 2016)).then(|| county.name.clone())
}

fn reporting_divisions() -> Vec<&'static Division> {
    nianbao_gazetteer::global()
        .divisions()
        .iter()
        .filter(|d| {
            // A township-level unit named like an office (某某林业局, 某某社区服务中心, 某某管理办公室,
            // 某某经营所), a 社区, a 地区, a college or a corps' 分部 does not publish as
            // 某某人民政府; nor does a county-level 行政委员会 or a mining area's 工作部.
            let office_like = d.level == Level::Township
                && ["局", "中心", "所", "委员会", "办公室", "社区", "地区", "生活区", "学院", "分部"]
                    .iter()
                    .any(|s| d.name.ends_with(s));
            let administered = ["委员会", "工作部"].iter().any(|s| d.name.ends_with(s));
            // The tables list a city without counties (东莞市, 儋州市) once more as a county of
            // itself, to hold its townships: its government is the city's.
            let city_as_its_own_county = d.level == Level::County && d.code == d.parent;
            // (A unit named by its kind alone, 某县林业局 or 良种场, is drawn too: its report
            // is placed by its county, or not at all.)
            d.last_year >= 2016
                && !nianbao_gazetteer::is_placeholder(&d.name)
                && !d.name.ends_with("办事处")
                && !office_like
                && !administered
                && !city_as_its_own_county
        })
        .collect()
}

fn opencc() -> &'static opencc_fmmseg::OpenCC {
    static CC: OnceLock<opencc_fmmseg::OpenCC> = OnceLock::new();
    CC.get_or_init(|| {
        let mut cc = opencc_fmmseg::OpenCC::new();
        cc.set_parallel(false);
        cc
    })
}

/// How many divisions carry a name in an edition (for `region_unique`).
fn name_is_unique(name: &str, edition: u16) -> bool {
    nianbao_gazetteer::global().divisions().iter().filter(|d| d.name == name && d.valid_in(edition)).count() == 1
}

/// Does a division of the tables named `zone` lie in `d`?
/// A zone's committee by generic words (see `agency_of`), and its office's address in the
/// county it lies in.
const ZONE_COMMITTEE: &str = "东湾经济技术开发区管委会";

fn zone_address(agency: &str, d: &Division, year: u16) -> Option<String> {
    if agency != ZONE_COMMITTEE {
        return None;
    }
    let chain = nianbao_gazetteer::global().ancestry(d, year);
    let city = chain.iter().find(|a| a.level == Level::Prefecture).map_or("", |a| a.name.as_str());
    let city = if city == "市辖区" || city == "县" { "" } else { city };
    Some(format!("{city}{}东湾大道1号", d.name))
}

fn zone_listed_in(d: &Division, zone: &str, year: u16) -> bool {
    let g = nianbao_gazetteer::global();
    g.divisions()
        .iter()
        .filter(|z| z.name == zone && z.valid_in(year))
        .any(|z| g.ancestry(z, year).iter().any(|a| a.code == d.code))
}

/// The agency string of a division as reports print it, and whether it names the division
/// unambiguously: a township with its county (嘉兴市秀洲区王店镇) or alone (王店镇人民政府), a
/// county's government or one of its departments, a prefecture, a province.
///
/// Also: the level the warehouse gives it, and the body the agency is of its division (人民政府,
/// 财政局, 人民政府办公室).
fn agency_of(d: &Division, year: u16, rng: &mut Rng) -> (String, bool, &'static str, &'static str) {
    let g = nianbao_gazetteer::global();
    let chain = g.ancestry(d, year);
    let named = |level: Level| {
        chain.iter().find(|a| a.level == level).map(|a| a.name.clone()).filter(|n| n != "市辖区" && n != "县")
    };
    let unique = name_is_unique(&d.name, year);
    match d.level {
        Level::Township => {
            let suffix = if d.name.ends_with("街道") { "办事处" } else { "人民政府" };
            if rng.chance(0.6) {
                let county = named(Level::County).unwrap_or_default();
                // Now and then a subdistrict's office under its county's government's name
                // (某甸市人民政府某华街道办事处).
                let parent = if d.name.ends_with("街道") && !county.is_empty() && rng.side_chance(117, 0.1) {
                    "人民政府"
                } else {
                    ""
                };
                (format!("{county}{parent}{}{suffix}", d.name), unique || !county.is_empty(), "township", suffix)
            } else {
                (format!("{}{suffix}", d.name), unique, "township", suffix)
            }
        }
        // A general office reports on its own work, as a department does (level `department`).
        Level::County => {
            // A zone's committee named by generic words, none of the tables' zones of the name
            // lying in the county (东湾经济技术开发区管委会): where it lies only its office's
            // address tells (see `zone_address`). The tables list it nowhere: no name of its own.
            if rng.side_chance(86, 0.02) && !zone_listed_in(d, "经济技术开发区", year) {
                return (ZONE_COMMITTEE.to_string(), false, "department", "管委会");
            }
            if rng.chance(0.25) {
                // 信访办: a department's 办公室 shortened to 办; 档案馆: an archive reports as a bureau
                // does, and so do a housing fund's centre and an air defence office.
                let dept = if rng.side_chance(44, 0.1) {
                    rng.pick(&["住房公积金管理中心", "人民防空办公室"])
                } else {
                    rng.pick(&[
                        "财政局",
                        "自然资源局",
                        "市场监督管理局",
                        "教育局",
                        "卫生健康局",
                        "人民政府办公室",
                        "信访办",
                        "档案馆",
                        // A supply and marketing cooperative reports as a department does.
                        "供销合作社",
                    ])
                };
                // Now and then a forestry bureau: 林业局 alone is a township-level unit's name too.
                let dept = if dept.ends_with('局') && rng.side_chance(129, 0.05) { "林业局" } else { dept };
                // Now and then the bureau's organs (某县财政局机关): the bureau itself.
                let organs = if dept.ends_with('局') && rng.side_chance(125, 0.05) { "机关" } else { "" };
                (format!("{}{dept}{organs}", d.name), unique, "department", dept)
            } else {
                (format!("{}人民政府", d.name), unique, "county", "人民政府")
            }
        }
        Level::Prefecture => match rng.range(0, 19) {
            // A bureau of a zone named after its city (某阳高新区市场监督管理局), where none of the
            // tables' 高新区 lies in the city: the zone is not listed, the report is the city's
            // (placed there as far as that goes; counted among shared names, the city's short name
            // alone perhaps naming another division too).
            8 if d.name.ends_with('市') && d.name.chars().count() >= 3 && !zone_listed_in(d, "高新区", year) => {
                let short = d.name.trim_end_matches('市');
                (format!("{short}高新区市场监督管理局"), false, "department", "市场监督管理局")
            }
            0..=2 => (format!("{}人民政府办公室", d.name), unique, "department", "人民政府办公室"),
            3..=7 => {
                // 人民政府研究室: a government's office beside its bureaus, a department as they are;
                // so is a leading group's standing office for a business of its own (重点建设项目).
                let standing_office = rng.side_chance(65, 0.06);
                let dept = if standing_office {
                    "人民政府重点建设项目领导小组办公室"
                } else {
                    rng.pick(&[
                        "财政局",
                        "教育局",
                        "生态环境局",
                        "交通运输局",
                        "人力资源和社会保障局",
                        "人民政府研究室",
                        // A merged body, its second name in brackets.
                        "民族事务委员会（宗教事务局）",
                    ])
                };
                (format!("{}{dept}", d.name), unique, "department", dept)
            }
            _ => (format!("{}人民政府", d.name), unique, "prefecture", "人民政府"),
        },
        // A municipality's departments are 局 and 委 like a city's; a province's are 厅.
        Level::Province => match rng.range(0, 19) {
            0..=5 => (format!("{}人民政府办公厅", d.name), unique, "department", "人民政府办公厅"),
            6..=11 => {
                // A government's liaison office in the capital reports as a department does.
                let dept = if d.name != "北京市" && rng.side_chance(74, 0.08) {
                    "人民政府驻北京办事处"
                } else if d.name.ends_with('市')
                    && rng.side_chance(85, 0.15)
                    && !zone_listed_in(d, "高新技术产业开发区", year)
                {
                    // A municipality's zone office named after it (重庆高新技术产业开发区管理委员会
                    // 办公室), where none of the tables' zones of the name lies in it: placed in the
                    // municipality, a department.
                    let short = d.name.trim_end_matches('市');
                    return (
                        format!("{short}高新技术产业开发区管理委员会办公室"),
                        false,
                        "department",
                        "管理委员会办公室",
                    );
                } else if d.name.ends_with('市') {
                    rng.pick(&["财政局", "教育委员会", "生态环境局", "交通委员会"])
                } else {
                    rng.pick(&["财政厅", "教育厅", "生态环境厅", "交通运输厅", "自然资源厅"])
                };
                (format!("{}{dept}", d.name), unique, "department", dept)
            }
            _ => (format!("{}人民政府", d.name), unique, "province", "人民政府"),
        },
    }
}

const TEMPLATES: &[(&str, u32)] =
    &[("local_pre2014", 8), ("national_2014", 30), ("provisional_2019", 20), ("standard_2021", 30), ("narrative", 20)];
const LAYOUTS: &[(Layout, u32)] = &[
    (Layout::TabPerCell, 40),
    (Layout::SpaceAligned, 25),
    (Layout::Html, 20),
    (Layout::Pipe, 15),
    (Layout::RunTogether, 6),
    (Layout::CellPerLine, 20),
    (Layout::OneLineGlued, 4),
    (Layout::OneLineSpaced, 4),
];
const TREATMENTS: &[(&str, u32)] = &[
    ("none", 50),
    ("gbk", 10),
    ("gb18030", 4),
    ("utf-16le-bom", 4),
    ("utf-16be", 3),
    ("utf-8-bom", 5),
    ("big5-traditional", 4),
    ("pinyin_spam", 4),
    ("utf8_as_gbk", 4),
    ("utf8_as_latin1", 3),
    ("docx_artefacts", 6),
    ("crawler_header", 3),
    ("page_chrome", 4),
    ("no_title", 3),
    ("unsigned", 4),
    ("tw_phrases", 3),
    ("halfwidth", 3),
    ("body_only", 2),
    ("markdown", 3),
];

/// How a narrative report's body reaches us: as written, the whole body on one line (a
/// crawler's text), or broken at every tag, inside sentences and numbers.
const PROSE_FORMS: &[(&str, u32)] = &[("prose", 60), ("prose_one_line", 20), ("prose_broken", 20)];

/// Townships renamed or re-graded under the same county (芦台镇 → 芦台街道): the old division,
/// the new one, whose first edition comes after the old one's last, and the county's name.
fn renamed_townships() -> &'static Vec<(&'static Division, &'static Division, &'static str)> {
    static LIST: OnceLock<Vec<(&'static Division, &'static Division, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let g = nianbao_gazetteer::global();
        let kinds = ["街道", "镇", "乡"];
        let stem = |name: &'static str| kinds.iter().find_map(|k| name.strip_suffix(k));
        let mut by_parent: std::collections::BTreeMap<(&str, &str), Vec<&Division>> = Default::default();
        for d in g.divisions().iter().filter(|d| d.level == Level::Township) {
            if let Some(stem) = stem(&d.name) {
                by_parent.entry((d.parent.as_str(), stem)).or_default().push(d);
            }
        }
        let mut pairs = Vec::new();
        for ((parent, _), divisions) in &by_parent {
            for old in divisions {
                for new in divisions {
                    let county = g.get(parent, new.first_year).map(|c| c.name.as_str());
                    if old.name != new.name && new.first_year > old.last_year && old.code != new.code {
                        if let Some(county) = county.filter(|c| *c != "市辖区" && nianbao_gazetteer::names_a_place(c))
                        {
                            pairs.push((*old, *new, county));
                        }
                    }
                }
            }
        }
        pairs
    })
}

/// Now and then (one report in 25), a township of `year` printed by its old name beside its
/// county.
fn renamed_township(year: u16, rng: &mut Rng) -> Option<(&'static Division, &'static Division, &'static str)> {
    if !rng.chance(0.04) {
        return None;
    }
    let fits: Vec<_> =
        renamed_townships().iter().filter(|(old, new, _)| new.valid_in(year) && old.last_year < year).collect();
    (!fits.is_empty()).then(|| **rng.pick(&fits))
}

/// Now and then (one report in 50), a township renamed the year after `year` signing the
/// report (written early that year) with its new name alone: the division is the new one.
/// Only a new name no division bore in `year` (else the year's own division is the one meant).
fn renamed_the_next_year(year: u16, rng: &mut Rng) -> Option<&'static Division> {
    static NEW_NAMES: OnceLock<Vec<(&'static Division, &'static Division)>> = OnceLock::new();
    if !rng.chance(0.02) {
        return None;
    }
    // The renamed townships whose new name no township bore the year before.
    let new_names = NEW_NAMES.get_or_init(|| {
        // 某某街道 and 某某街道办事处 are one name.
        let stem = |name: &'static str| name.strip_suffix("办事处").unwrap_or(name);
        let mut years_of: std::collections::HashMap<&str, Vec<&Division>> = Default::default();
        for d in nianbao_gazetteer::global().divisions().iter().filter(|d| d.level == Level::Township) {
            years_of.entry(stem(&d.name)).or_default().push(d);
        }
        renamed_townships()
            .iter()
            .filter(|(_, new, _)| !years_of[stem(&new.name)].iter().any(|d| d.valid_in(new.first_year - 1)))
            .map(|(old, new, _)| (*old, *new))
            .collect()
    });
    let fits: Vec<_> = new_names
        .iter()
        .filter(|(old, new)| old.valid_in(year) && new.first_year == year + 1)
        .map(|(_, new)| *new)
        .collect();
    (!fits.is_empty()).then(|| *rng.pick(&fits))
}

/// Documents come in blocks of this many consecutive indices; a block drawn as a series (one in
/// [`SERIES_SHARE`]) is one agency's reports of consecutive years.
const SERIES_LEN: u64 = 3;
const SERIES_SHARE: f64 = 0.15;

/// One agency's reports of [`SERIES_LEN`] consecutive years (2019 on: the templates with
/// requests carried over): its division and printed name, and what each year carries in and
/// out, consistent from one year to the next — except in a series broken on purpose, where one
/// later report's carried-in figure is not what the report before carried out.
struct Series {
    id: u64,
    division: &'static Division,
    first_year: u16,
    agency: String,
    unique: bool,
    level: &'static str,
    body: &'static str,
    /// Carried over at the end of each year before the series and of each of its years.
    carried: Vec<[u64; 6]>,
    /// 规章, 规范性文件 in force at the end of each year of the series.
    in_force: Vec<[u64; 2]>,
    /// The position whose report prints a carried-in figure the year before did not carry out.
    broken_at: Option<u64>,
}

/// The series document `index` belongs to, if its block is one, and its position in it.
fn series_of(seed: u64, index: u64) -> Option<(Series, u64)> {
    let block = index / SERIES_LEN;
    let mut rng = Rng::for_document(seed ^ 0x5E41_E500_0000_0000, block);
    if !rng.chance(SERIES_SHARE) {
        return None;
    }
    let first_year = rng.range(2019, 2021) as u16;
    let last_year = first_year + SERIES_LEN as u16 - 1;
    let list = agencies(*rng.weighted(LEVELS));
    // A division that exists, under one name, in every year of the series.
    let division = loop {
        let d = *rng.pick(list);
        if (first_year..=last_year).all(|y| d.valid_in(y)) {
            break d;
        }
    };
    let (agency, unique, level, body) = agency_of(division, last_year, &mut rng);
    let carried = (0..=SERIES_LEN).map(|_| tables::carried_out_of(&mut rng)).collect();
    let in_force = (0..SERIES_LEN).map(|_| [rng.range(0, 12), rng.range(0, 80)]).collect();
    let broken_at = rng.chance(0.3).then(|| rng.range(1, SERIES_LEN - 1));
    let series = Series { id: block, division, first_year, agency, unique, level, body, carried, in_force, broken_at };
    Some((series, index % SERIES_LEN))
}

impl Series {
    fn year(&self, position: u64) -> u16 {
        self.first_year + position as u16
    }

    /// What the report at `position` carries in and out; the broken one carries in one request
    /// more than the year before carried out.
    fn continuity(&self, position: u64) -> tables::Continuity {
        let p = position as usize;
        let mut carried_in = self.carried[p];
        if self.broken_at == Some(position) {
            carried_in[0] += 1;
        }
        // The year before has a 2021 table only from 2022 on, and only within the series.
        let in_force_before = (position > 0 && self.year(position) > 2021).then(|| self.in_force[p - 1]);
        tables::Continuity { carried_in, carried_out: self.carried[p + 1], in_force_before, in_force: self.in_force[p] }
    }
}

/// Generate document `index` of corpus `seed`.
pub fn generate(seed: u64, index: u64) -> Document {
    let mut rng = Rng::for_document(seed, index);
    let series = series_of(seed, index);
    let mut template = *rng.weighted(TEMPLATES);
    let mut year: u16 = match template {
        "national_2014" => rng.range(2016, 2018),
        "provisional_2019" => rng.range(2019, 2020),
        "standard_2021" => rng.range(2021, 2023),
        "local_pre2014" => rng.range(2009, 2013),
        _ => rng.range(2016, 2023),
    } as u16;
    if let Some((s, position)) = &series {
        year = s.year(*position);
        template = if year >= 2021 { "standard_2021" } else { "provisional_2019" };
    }
    let list = agencies(*rng.weighted(LEVELS));
    let d = loop {
        let d = *rng.pick(list);
        // The gazetteer's editions begin in 2016: earlier reports are placed in the first one,
        // as the resolver places them.
        if d.valid_in(year.max(nianbao_gazetteer::FIRST_EDITION)) {
            break d;
        }
    };
    let edition = year.max(nianbao_gazetteer::FIRST_EDITION);
    let (agency, mut region_unique, level, body) = agency_of(d, edition, &mut rng);
    let mut renamed = false;
    // A series' agency, now and then with 政府 for its 人民政府: one agency, printed two ways.
    let (d, agency, level, body) = match &series {
        Some((s, _)) => {
            let agency = if rng.chance(0.3) { s.agency.replace("人民政府", "政府") } else { s.agency.clone() };
            region_unique = s.unique && nianbao_gazetteer::names_a_place(&s.division.name);
            (s.division, agency, s.level, s.body)
        }
        None => match renamed_township(year, &mut rng) {
            // The old name beside its county, after the change: the division is the new one.
            Some((old, new, county)) => {
                let suffix = if old.name.ends_with("街道") { "办事处" } else { "人民政府" };
                region_unique = false;
                renamed = true;
                (new, format!("{county}{}{suffix}", old.name), "township", "人民政府")
            }
            None => match renamed_the_next_year(year, &mut rng) {
                Some(new) => {
                    let suffix = if new.name.ends_with("街道") { "办事处" } else { "人民政府" };
                    region_unique = false;
                    renamed = true;
                    (new, format!("{}{suffix}", new.name), "township", "人民政府")
                }
                None => (d, agency, level, body),
            },
        },
    };
    let agency_level = if level == "prefecture" { "city" } else { level };
    // A division renamed the year after is read in its own first edition.
    let chain = nianbao_gazetteer::global().ancestry(d, if d.valid_in(edition) { edition } else { d.first_year });
    let province = chain.first().map_or("", |p| p.name.as_str());
    // The county-level division the agency is or lies in names its government's site (县, 市,
    // 区, 旗); above that level the agency's own.
    let county_kind =
        chain.iter().find(|a| a.level == Level::County).or(chain.last()).and_then(|a| a.name.chars().last()).map_or(
            "县",
            |c| match c {
                '县' => "县",
                '市' => "市",
                '区' => "区",
                '旗' => "旗",
                '省' => "省",
                '州' => "州",
                '盟' => "盟",
                _ => "县",
            },
        );
    let address = zone_address(&agency, d, year);
    // Now and then a county of another province the agency aids by pairing (对口支援某县), named
    // in its overview.
    let aided = rng.side_chance(107, 0.03).then(|| aided_county(d, &rng)).flatten();
    let setting = prose::Setting {
        province,
        province_code: &d.code[..2],
        year,
        agency: &agency,
        county_kind,
        address: address.as_deref(),
        aided: aided.as_deref(),
    };
    let layout = match template {
        "narrative" => Layout::TabPerCell,
        _ => *rng.weighted(LAYOUTS),
    };
    let mut treatment = *rng.weighted(TREATMENTS);
    // A series' reports keep their agency's name: no page that hides it, no bytes lost.
    if series.is_some() && matches!(treatment, "unsigned" | "utf8_as_gbk" | "body_only") {
        treatment = "none";
    }
    if treatment == "pinyin_spam" && template != "narrative" {
        treatment = "none";
    }
    // A government's general office now and then prints neither title nor signature and speaks
    // of itself as 我办 (offices are few among the generated agencies: see `unsigned`).
    if treatment == "none" && series.is_none() && is_general_office(&agency) && rng.chance(0.3) {
        treatment = "unsigned";
    }
    // An HTML page keeps its title in its markup.
    if matches!(treatment, "page_chrome" | "no_title" | "unsigned" | "body_only" | "markdown") && layout == Layout::Html
    {
        treatment = "none";
    }
    let broken = template != "narrative" && rng.chance(0.04) && series.is_none();
    let continuity = series.as_ref().map(|(s, position)| s.continuity(*position));

    let mut prose_form = "prose";
    let (lines, facts, broken_rule) = if template == "narrative" {
        let (lines, facts, broken) = narrative(&setting, &mut rng);
        prose_form = *rng.weighted(PROSE_FORMS);
        // Word's artefacts ([image: …]) come with text converted from a document, a crawler's
        // broken lines with text scraped from a page: never both.
        if prose_form == "prose_broken" && treatment == "docx_artefacts" {
            treatment = "none";
        }
        (prose_as(lines, prose_form, &mut rng), facts, broken)
    } else {
        let mut t = match template {
            "national_2014" => tables::national_2014(&mut rng, broken),
            "local_pre2014" => tables::local_pre2014(&mut rng, broken),
            "provisional_2019" => tables::table_2019_2021(&mut rng, false, broken, year, continuity.as_ref()),
            _ => tables::table_2019_2021(&mut rng, true, broken, year, continuity.as_ref()),
        };
        // Some agencies leave table 三's zeros blank.
        if matches!(template, "provisional_2019" | "standard_2021") && !broken && series.is_none() && rng.chance(0.1) {
            let traceless = matches!(layout, Layout::RunTogether | Layout::OneLineGlued | Layout::OneLineSpaced);
            // An HTML page now and then leaves the results' 总计 unfilled (&nbsp;) too.
            let totals_unfilled = layout == Layout::Html && rng.chance(0.5);
            tables::leave_zeros_blank(&mut t, traceless, totals_unfilled, layout == Layout::SpaceAligned);
        }
        // A page of cells one per line that printed the 规章 row's label as spaces.
        if template == "standard_2021" && layout == Layout::CellPerLine && series.is_none() && rng.chance(0.05) {
            tables::lose_the_rules_label(&mut t);
        }
        // A page on one line as a crawler cut it: nothing after the 第二十条 tables (table 三
        // and the rest lost), so that those tables are read without the table that follows.
        let may_cut = t.tables.len() > 1
            && !broken
            && series.is_none()
            // The title states the year: a page without one states it below the tables.
            && !matches!(treatment, "unsigned" | "no_title" | "body_only");
        // A page of cells one per line saved up to the first column's name of its first
        // 第二十条 table, that cell cut after its first characters (信息内容 / 本年新).
        // On one line too, the cells glued (信息内容本年新), decided beside the stream.
        let header_era = matches!(template, "standard_2021" | "provisional_2019");
        let cut_in_a_header = may_cut
            && header_era
            && (layout == Layout::CellPerLine && rng.chance(0.03)
                || layout.one_line().is_some() && rng.side_chance(3, 0.03));
        let cut = cut_in_a_header || may_cut && layout.one_line().is_some() && rng.chance(0.2);
        if cut_in_a_header {
            t.tables.truncate(1);
            t.facts.clear();
            tables::cut_after_the_first_columns_start(&mut t.tables[0]);
        } else if cut {
            t.tables.truncate(1);
            t.facts.retain(|f| f.metric.starts_with("art20."));
            let is_figure = |c: &str| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit() || b"+-.,".contains(&b));
            let header_rows =
                t.tables[0].rows.iter().take_while(|r| !r.cells.iter().skip(r.labels).any(|c| is_figure(c))).count();
            // Some agencies print these tables with every figure cell blank: only the headers
            // tell the template. Some excerpts end inside the first table, after its header.
            if rng.chance(0.1) && header_rows > 0 && matches!(template, "standard_2021" | "provisional_2019") {
                t.tables[0].rows.truncate(header_rows);
                t.facts.clear();
            } else if rng.chance(0.3) {
                for row in &mut t.tables[0].rows {
                    for cell in row.cells.iter_mut().skip(row.labels) {
                        if is_figure(cell) {
                            cell.clear();
                        }
                    }
                }
                t.facts.clear();
            }
        }
        let (lines, details) = with_tables(&setting, &t, layout, cut, &mut rng);
        // A detail sentence's fact where the table does not give it (a table's figure is the
        // agency's; the reader leaves a sentence's aside where the table has the fact).
        let unstated: Vec<Fact> =
            details.into_iter().filter(|d| !t.facts.iter().any(|f| f.metric == d.metric)).collect();
        (lines, [t.facts, unstated].concat(), t.broken)
    };
    // The year last, in brackets (某区某镇政府信息公开工作年度报告（2019年）), as some sites print it.
    let lines = if layout != Layout::Html && rng.chance(0.08) { year_last_title(lines, &agency, year) } else { lines };
    // A title that calls the report a 年报 (某旗2024年度政府信息公开年报).
    let lines =
        if layout != Layout::Html && rng.chance(0.03) { annual_report_title(lines, &agency, year) } else { lines };
    // The year printed before the agency as well (2025某县某乡2025年度…), as some sites' titles do.
    let lines =
        if layout != Layout::Html && rng.chance(0.03) { year_before_agency_title(lines, &agency, year) } else { lines };
    // A province's or city's government named by its short name alone (辽宁2015年…).
    let lines = if body == "人民政府" && matches!(level, "province" | "prefecture") && rng.chance(0.4) {
        short_name_title(lines, &agency, d, edition, year)
    } else {
        lines
    };
    let lines = if treatment == "unsigned" {
        let (lines, still_named) = unsigned(lines, &agency, agency_level, year, layout.one_line().is_some(), &mut rng);
        region_unique &= still_named;
        lines
    } else {
        lines
    };
    // A page made in a word processor and crawled at every tag: it set its figures in spans of
    // another font, so each stands on a line of its own inside its sentence (本报告根据…国务院令第 /
    // 711 / 号）…); the title, and the table's cells already a line each, as they were.
    // Some such crawlers join the pieces with an empty line between them (get_text("\n\n")).
    let lines = if template != "narrative" && layout == Layout::CellPerLine && rng.side_chance(55, 0.3) {
        // Some set their half-width punctuation in spans too (the prose's brackets and commas
        // half-width, each alone on its line).
        let pieces = figures_in_spans(lines, treatment != "unsigned", rng.side_chance(62, 0.2));
        if rng.side_chance(57, 0.3) {
            pieces.into_iter().flat_map(|l| [l, String::new()]).collect()
        } else {
            pieces
        }
    } else {
        lines
    };
    // A page on one line: the title apart (a crawler keeps it), the rest joined; a page
    // without a title all on one line.
    let lines = match layout.one_line() {
        Some(separator) => {
            let mut kept = lines.into_iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
            let title = if treatment == "unsigned" { None } else { kept.next() };
            title.into_iter().chain([kept.collect::<Vec<_>>().join(separator)]).collect()
        }
        None => lines,
    };
    let html = layout == Layout::Html;
    let ext = if html { "html" } else { "txt" };
    let text = lines.join("\n") + "\n";
    let (bytes, encoding) = treat(&text, treatment, year, series.is_some(), &mut rng);
    let file = format!("{index:07}-{template}-{}-{treatment}.{ext}", layout.as_str());
    let truth = Truth {
        file,
        template: template.to_string(),
        layout: if template == "narrative" { prose_form.into() } else { layout.as_str().into() },
        encoding: encoding.to_string(),
        corruption: treatment.to_string(),
        year: year as i32,
        agency,
        agency_level: agency_level.to_string(),
        region_code: d.code.clone(),
        region_unique,
        region_renamed: renamed,
        broken: broken_rule
            .map(str::to_string)
            .or_else(|| series.as_ref().filter(|(s, p)| s.broken_at == Some(*p)).map(|_| "carry_over".to_string())),
        agency_id: format!("{}/{}", d.code, body.replace("人民政府", "政府")),
        series: series.as_ref().map(|(s, _)| s.id),
        facts,
    };
    Document { bytes, truth }
}

/// The title with its year last: the agency without its 人民政府, then the phrase, then （year年）.
fn year_last_title(mut lines: Vec<String>, agency: &str, year: u16) -> Vec<String> {
    if lines.first().is_some_and(|t| t.starts_with(&format!("{agency}{year}"))) {
        let bare = agency.trim_end_matches("人民政府");
        lines[0] = format!("{bare}政府信息公开工作年度报告（{year}年）");
    }
    lines
}

/// The title naming the report a 年报: the agency, the year, 年度政府信息公开年报.
fn annual_report_title(mut lines: Vec<String>, agency: &str, year: u16) -> Vec<String> {
    if lines.first().is_some_and(|t| t.starts_with(&format!("{agency}{year}"))) {
        lines[0] = format!("{agency}{year}年度政府信息公开年报");
    }
    lines
}

/// The title with its year printed before the agency as well (2025某县某乡2025年度…).
fn year_before_agency_title(mut lines: Vec<String>, agency: &str, year: u16) -> Vec<String> {
    if lines.first().is_some_and(|t| t.starts_with(&format!("{agency}{year}"))) {
        lines[0] = format!("{year}{}", lines[0]);
    }
    lines
}

/// The title with the agency's short name alone (辽宁2015年政府信息公开工作年度报告), where that name
/// is the division's only: a name other divisions share would leave the page's place ambiguous.
fn short_name_title(mut lines: Vec<String>, agency: &str, d: &Division, edition: u16, year: u16) -> Vec<String> {
    let Some(short) = nianbao_gazetteer::short_form_of(&d.name, d.level) else { return lines };
    let resolved = nianbao_gazetteer::global().resolve(Some(short), None, "", Some(edition as i32));
    let only_this = resolved.region.region_code.as_deref() == Some(d.code.as_str()) && !resolved.ancestor_only;
    if only_this && lines.first().is_some_and(|t| t.starts_with(&format!("{agency}{year}"))) {
        lines[0] = lines[0].replacen(agency, short, 1);
    }
    lines
}

/// A government's general office (某县人民政府办公室, 某省人民政府办公厅).
pub(crate) fn is_general_office(agency: &str) -> bool {
    ["人民政府办公室", "人民政府办公厅"].iter().any(|o| agency.ends_with(o))
}

/// A telephone number as a contact line prints it: an area code and seven digits.
fn phone_number(rng: &mut Rng) -> String {
    format!("0{}-{}", rng.range(100, 999), rng.range(1000000, 9999999))
}

/// A page that prints neither a title line nor a signature: who wrote it is said in the body, in
/// one of the ways real pages say it — the title inside the opening sentence (现公布…年度报告),
/// the agency as the subject of the year's first sentence (2019年，某某镇认真…), or only the
/// kind of body it is (我镇, 我局). Returns the lines and whether the agency is still named.
/// `one_line`: the page will be saved on one line; there a page may open at its first heading
/// (an excerpt of the body), which then runs into the year-led sentence after it.
fn unsigned(
    lines: Vec<String>,
    agency: &str,
    level: &str,
    year: u16,
    one_line: bool,
    rng: &mut Rng,
) -> (Vec<String>, bool) {
    let mut out: Vec<String> = lines.into_iter().skip(1).filter(|l| l.trim() != agency).collect();
    let heading = out.iter().position(|l| matches!(l.trim(), "一、总体情况" | "一、概述")).map_or(0, |i| i + 1);
    let kind = match level {
        "township" => ["镇", "乡", "街道"]
            .into_iter()
            .find(|k| agency.trim_end_matches("办事处").trim_end_matches("人民政府").ends_with(k)),
        // A general office calls itself 我办, which names no kind; a 研究室 我室, an archive 我馆.
        "department" if agency.ends_with("办公室") || agency.ends_with("办公厅") || agency.ends_with('办') => {
            None
        }
        "department" if agency.ends_with('室') => Some("室"),
        "department" if agency.ends_with('馆') => Some("馆"),
        "department" => Some("局"),
        "county" if agency.trim_end_matches("人民政府").ends_with('县') => Some("县"),
        "province" => Some("省").filter(|_| agency.contains('省')),
        _ => None,
    };
    let verb = *rng.pick(&[
        "认真贯彻落实《中华人民共和国政府信息公开条例》",
        "坚持以公开为常态、不公开为例外",
        "紧紧围绕中心工作",
        // The means it disclosed by, no figure (2025年，某局通过政府门户网站及时发布…).
        "通过政府门户网站及时发布各类政务信息",
    ]);
    match rng.range(0, 4) {
        // A county government's information centre named for questions (请与某县政府信息中心联系):
        // it answers for the government.
        _ if level == "county" && agency.ends_with("人民政府") && rng.side_chance(33, 0.15) => {
            let place = agency.trim_end_matches("人民政府");
            out.insert(
                0,
                format!("如对本报告有任何疑问，请与{place}政府信息中心联系（电话：{}）。", phone_number(rng)),
            );
            (out, true)
        }
        // The report published as this level's government's, the government's site named for
        // its copy (特向社会公布2018年度本级政府信息公开年度报告…可在某县人民政府网站下载).
        _ if agency.ends_with("人民政府") && level != "province" && rng.side_chance(59, 0.1) => {
            out.insert(
                0,
                format!("根据《中华人民共和国政府信息公开条例》有关规定，特向社会公布{year}年度本级政府信息公开年度报告。本报告的电子版可在{agency}网站下载。"),
            );
            (out, true)
        }
        // The page opening with the year's 年报 and its grounds (2009年年报根据《条例》编制，…),
        // the agency the subject of the year's first sentence.
        _ if rng.side_chance(54, 0.04) => {
            out.insert(heading, format!("{year}年，{agency}{verb}，进一步推进政务公开工作。"));
            out.insert(0, format!("{year}年年报根据《中华人民共和国政府信息公开条例》编制，由概述、主动公开政府信息情况、依申请公开政府信息情况、存在问题和改进措施四部分组成。"));
            (out, true)
        }
        // The rules cited with their document number before 编制 and the year's report unnamed
        // (…(国办公开办函〔2021〕30号)等相关文件要求编制2024年度…报告), the agency the subject of
        // the year's first sentence.
        _ if rng.side_chance(52, 0.05) => {
            out.insert(heading, format!("{year}年，{agency}{verb}，进一步推进政务公开工作。"));
            out.insert(
                0,
                format!("严格按照《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)等相关文件要求编制{year}年度政府信息公开报告。"),
            );
            (out, true)
        }
        // The title at the opening sentence's start, its short form noted (某县2009年…年度报告
        // （以下简称年报）根据…编制).
        _ if rng.side_chance(32, 0.05) => {
            out.insert(
                0,
                format!("{agency}{year}年政府信息公开工作年度报告（以下简称年报）根据《中华人民共和国政府信息公开条例》进行编制。"),
            );
            (out, true)
        }
        // A township's office compiled the report (由某镇人民政府党政办结合…编制): the township
        // is the agency.
        3 | 4 if level == "township" && agency.ends_with("人民政府") && rng.side_chance(40, 0.3) => {
            out.insert(0, format!("本报告由{agency}党政办结合有关统计数据编制。"));
            (out, true)
        }
        // A body with two plates compiled it, its second name in brackets (one it has not
        // printed already).
        3 | 4
            if level == "department"
                && !is_general_office(agency)
                && !agency.contains('（')
                && rng.side_chance(39, 0.3) =>
        {
            out.insert(
                0,
                format!("本年报由{agency}（公共资源交易管理委员会办公室）编制的{year}年度政府信息公开工作年度报告。"),
            );
            (out, true)
        }
        // A township's body named only for questions about the report (请与某镇人民政府党政办公室
        // 联系): the township is the agency.
        4 if level == "township" => {
            let body =
                if agency.ends_with("人民政府") { format!("{agency}党政办公室") } else { agency.to_string() };
            out.insert(0, format!("如对本报告有疑问，请与{body}联系（联系电话：{}）。", phone_number(rng)));
            (out, true)
        }
        // A government's general office that speaks of itself as 我办 and is named only for
        // questions about the report: the office reports for itself.
        3 | 4 if is_general_office(agency) => {
            // Or the office's leading group named for questions, after the office.
            let sentence = if agency.ends_with("政府办公室") && rng.chance(0.3) {
                format!(
                    "本报告由概述、主动公开政府信息情况等部分组成。如对本报告有任何疑问，请与{agency}政府信息公开领导小组办公室联系（电话：{}）。",
                    phone_number(rng)
                )
            } else {
                format!(
                    "本报告结合{}政府信息公开工作统计数据编写。如对本报告有疑问，请与{agency}联系（联系电话：{}）。",
                    rng.pick(&["我办", "本办"]),
                    phone_number(rng)
                )
            };
            out.insert(0, sentence);
            (out, true)
        }
        // A leading group's standing office named only by its general section, for questions.
        3 | 4 if agency.ends_with("领导小组办公室") => {
            out.insert(
                0,
                format!(
                    "根据《中华人民共和国政府信息公开条例》要求编制本报告。如对本年报有疑问，请与{agency}综合科联系（电话：{}）。",
                    phone_number(rng)
                ),
            );
            (out, true)
        }
        // A department named only by its own office, for questions about the report.
        3 | 4 if level == "department" && agency.ends_with('局') && rng.chance(0.3) => {
            out.insert(
                0,
                format!(
                    "本报告依据《中华人民共和国政府信息公开条例》编制。如对本年度报告有疑问，请与{agency}办公室联系（电话：{}）。",
                    phone_number(rng)
                ),
            );
            (out, true)
        }
        // The body that compiled the report, in the opening sentence.
        3 | 4 => {
            // Or the rules it followed between the body and 编制 (由某乡人民政府按照《条例》要求编制).
            // A government's leading group's office, named after it, compiles the report for it
            // (由某市人民政府信息公开工作领导小组办公室根据…要求，汇总…编制而成).
            let government = agency.ends_with("人民政府");
            let sentence = if government && rng.side_chance(63, 0.3) {
                // Compiled from its units' reports, the compiler unnamed (本报告根据《条例》以及
                // 2018年度某市政府各部门和各区政府的…年度报告编制).
                if rng.side_chance(64, 0.5) {
                    format!("本报告根据《中华人民共和国政府信息公开条例》以及{year}年度{agency}各部门和所辖各级政府的信息公开工作年度报告编制。")
                } else {
                    format!("本报告根据《中华人民共和国政府信息公开条例》要求，在{year}年度{agency}各街道办事处、各委办局的政府信息公开工作年度报告的基础上编制。")
                }
            } else if government && rng.chance(0.3) {
                format!(
                    "本报告由{agency}信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》以及上级关于做好{year}年政府信息公开工作年度报告有关事项的通知要求，汇总本级各部门政府信息公开工作情况编制而成。"
                )
            } else if government && rng.side_chance(50, 0.15) {
                // Its general office (or its office of disclosure) compiled it combining the
                // units' reports.
                let office = if rng.side_chance(58, 0.3) { "政务公开办公室" } else { "办公室" };
                format!("本年度报告由{agency}{office}综合本级各镇办、各部门的工作情况编制而成。")
            } else if government && rng.chance(0.3) {
                // Its general office compiles a government's report.
                format!("本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}办公室编制。")
            } else if rng.chance(0.3) {
                format!("本报告由{agency}按照《中华人民共和国政府信息公开条例》和年度报告格式要求编制。")
            } else {
                format!("本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。")
            };
            out.insert(0, sentence);
            (out, true)
        }
        0 => {
            // The year first now and then (现公布2012年某某镇政府信息公开工作年度报告); the
            // agency's short name in a note after it now and then (…办公室（以下简称县政府办公室）).
            let title = if rng.chance(0.3) {
                format!("{year}年{agency}")
            } else if agency.ends_with("办公室") && rng.chance(0.3) {
                format!("{agency}（以下简称本办）{year}年")
            } else {
                format!("{agency}{year}年")
            };
            out.insert(
                0,
                // Announced by 公布, or 向社会公开 the title in its brackets; now and then without
                // 政府 (…年度某某局信息公开年度报告), or by two verbs (现编制并公布).
                if rng.side_chance(41, 0.15) {
                    format!("根据《中华人民共和国政府信息公开条例》的规定，现编制并公布{title}政府信息公开工作年度报告。")
                } else if rng.chance(0.15) {
                    format!("根据《中华人民共和国政府信息公开条例》，特向社会公布{year}年度{agency}信息公开年度报告。")
                } else if rng.chance(0.1) && !is_general_office(agency) {
                    // The report compiled, named by its year, above a statistics period carried
                    // over unchanged from the year before's report. (Not by a general office:
                    // 某县人民政府办公室编制了…年度报告 compiles its government's report.)
                    format!(
                        "{agency}编制了{year}年政府信息公开年度报告。本报告中所列数据的统计期限自{}年1月1日起至{}年12月31日止。",
                        year - 1,
                        year - 1
                    )
                } else if rng.chance(0.25) {
                    format!(
                        "根据《中华人民共和国政府信息公开条例》规定，现向社会公开《{title}政府信息公开工作年度报告》。"
                    )
                } else if rng.side_chance(120, 0.1) {
                    // Written (编写) rather than compiled or published.
                    format!("根据《中华人民共和国政府信息公开条例》和有关要求，编写{title}政府信息公开工作年度报告。")
                } else {
                    format!("根据《中华人民共和国政府信息公开条例》规定，现公布{title}政府信息公开工作年度报告。")
                },
            );
            (out, true)
        }
        // On a page run onto one line, a sub-heading glued to the sentence whose subject is the
        // government (（一）工作机构和人员设置情况某区人民政府成立了…).
        1 if one_line && agency.ends_with("人民政府") && rng.chance(0.3) => {
            out.insert(heading, format!("{agency}成立了政务公开工作领导小组，{verb}。"));
            out.insert(heading, "（一）工作机构和人员设置情况".to_string());
            (out, true)
        }
        // The year and the subject with or without a comma between.
        1 => {
            // Now and then under the leadership it works under (在区委、区政府的领导下，), or
            // since the year began (2022年以来，).
            let comma = match rng.range(0, 3) {
                0 => "",
                1 => "，在上级党委、政府的坚强领导下，",
                2 => "以来，",
                _ => "，",
            };
            // Now and then after a sub-heading run into the paragraph ((一)主动公开情况。); on a
            // page on one line, without its stop, run on from the opening heading too
            // (一、总体情况（一）主动公开情况2022年，…).
            let sub = if one_line && heading > 0 && rng.chance(0.5) {
                // (Or a sub-heading naming a duty, not 情况: （一）坚持…，做好…工作2023年，….)
                if rng.side_chance(80, 0.5) {
                    "（一）坚持“以公开为常态、不公开为例外”，做好政府信息公开工作"
                } else {
                    "（一）主动公开情况"
                }
            } else if rng.chance(0.15) {
                "（一）主动公开情况。"
            } else {
                ""
            };
            out.insert(heading, format!("{sub}{year}年{comma}{agency}{verb}，进一步推进政务公开工作。"));
            // Half of them kept from the heading on; the rest run the heading into the middle
            // of the line, after the opening paragraphs.
            if one_line && heading > 0 && rng.chance(0.5) {
                out.drain(..heading - 1);
            }
            (out, true)
        }
        _ => match kind {
            Some(kind) => {
                // A township's body may name itself by its kind alone (2025年，街道认真…,
                // 镇政府坚持…), without 我.
                let subject = match kind {
                    "街道" if rng.chance(0.3) => "街道".to_string(),
                    "镇" | "乡" if rng.chance(0.3) => format!("{kind}政府"),
                    _ => format!("我{kind}"),
                };
                // Or the year named only as the agency's year of disclosure work.
                out.insert(
                    heading,
                    if subject.starts_with('我') && rng.chance(0.2) {
                        format!("本报告从总体情况等六个方面汇报{subject}{year}年政府信息公开工作。")
                    } else {
                        format!("{year}年，{subject}{verb}，进一步推进政务公开工作。")
                    },
                );
                (out, false)
            }
            // A general office without its name, speaking as 我办 of the division it works in.
            None if is_general_office(agency) && rng.side_chance(42, 0.3) => {
                let government = agency.trim_end_matches("人民政府办公室").trim_end_matches("人民政府办公厅");
                let division = government.chars().last().filter(|c| "省市县区".contains(*c)).unwrap_or('市');
                out.insert(heading, format!("{year}年，我办{verb}，推进我{division}政务公开工作。"));
                (out, false)
            }
            None => {
                out.insert(heading, format!("{year}年，{agency}{verb}，进一步推进政务公开工作。"));
                if one_line && heading > 0 && rng.chance(0.5) {
                    out.drain(..heading - 1);
                }
                (out, true)
            }
        },
    }
}

/// A narrative report's lines in one of the PROSE_FORMS. The title and the closing signature
/// (agency, date) stay lines of their own in every form, as the pages that carry them print them.
fn prose_as(lines: Vec<String>, form: &str, rng: &mut Rng) -> Vec<String> {
    let n = lines.len();
    if n < 4 || form == "prose" {
        return lines;
    }
    let (head, rest) = lines.split_at(1);
    let (body, signature) = rest.split_at(rest.len() - 2);
    let mut out = head.to_vec();
    match form {
        "prose_one_line" => out.push(body.iter().filter(|l| !l.is_empty()).cloned().collect::<Vec<_>>().join(" ")),
        _ => {
            // Some crawlers join the text nodes with an empty line between them: after every
            // piece of a broken sentence as after every paragraph.
            let double_spaced = rng.chance(0.3);
            // Some pages set every figure in a tag of its own (<span>12</span>件，其中…): the
            // paragraph comes apart around each, in pieces as short as table cells.
            let every_figure = rng.chance(0.3);
            for line in body {
                for piece in broken_at_tags(line, every_figure, rng) {
                    out.push(piece);
                    if double_spaced {
                        out.push(String::new());
                    }
                }
            }
        }
    }
    out.extend(signature.iter().cloned());
    out
}

/// The prose lines (twenty characters or more, with a comma or a stop, no cell's bar: a table's
/// cells and captions are left whole) and a label's note holding a figure, cut before and after
/// each figure inside them
/// (digits, with a decimal point and a percent sign); not before a figure that opens its line
/// (a numbered heading). The first line stays whole where it is the title.
fn figures_in_spans(lines: Vec<String>, titled: bool, punctuation: bool) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len() * 2);
    for (i, line) in lines.into_iter().enumerate() {
        // (A prose line's brackets and commas half-width and cut apart, where `punctuation`.)
        let half_width = |l: &str| l.replace('（', "(").replace('）', ")").replace('，', ",");
        let line = if punctuation && !(i == 0 && titled) && line.contains('，') && !line.contains('|') {
            half_width(&line)
        } else {
            line
        };
        let prose = line.chars().count() >= 20 && line.contains(['，', '。', ',']) && !line.contains('|');
        // A table label whose note holds a figure (…（不同渠道和方式公开相同信息计1条）) is cut so
        // too, the figure inside the note's brackets.
        let note = !line.contains('|')
            && line.find('（').is_some_and(|open| {
                line[open..].find(|c: char| c.is_ascii_digit()).is_some_and(|d| line[open + d..].contains('）'))
            });
        if (i == 0 && titled) || !(prose || note) {
            out.push(line);
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut piece = String::new();
        let mut at = 0;
        while at < chars.len() {
            if punctuation && matches!(chars[at], '(' | ')' | ',') {
                if !piece.trim().is_empty() {
                    out.push(std::mem::take(&mut piece).trim().to_string());
                }
                out.push(chars[at].to_string());
                at += 1;
                continue;
            }
            if chars[at].is_ascii_digit()
                && at > 0
                && !matches!(chars[at - 1], '0'..='9' | '.')
                && !piece.trim().is_empty()
            {
                let mut end = at;
                while end < chars.len()
                    && (chars[end].is_ascii_digit()
                        || chars[end] == '%'
                        || (chars[end] == '.' && chars.get(end + 1).is_some_and(char::is_ascii_digit)))
                {
                    end += 1;
                }
                out.push(std::mem::take(&mut piece).trim().to_string());
                out.push(chars[at..end].iter().collect());
                at = end;
                continue;
            }
            piece.push(chars[at]);
            at += 1;
        }
        if !piece.trim().is_empty() {
            out.push(piece.trim().to_string());
        }
    }
    out
}

/// A line cut where a crawler's tags fell: at one to three places, never where a piece would
/// start like a heading (一、 （一） 3、 1.), so that joining the pieces back gives the line and
/// no piece reads as a heading. A figure may start a piece (a tag around 90.3% or 5928).
fn broken_at_tags(line: &str, every_figure: bool, rng: &mut Rng) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() < 8 {
        return vec![line.to_string()];
    }
    let starts_heading = |i: usize| {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let after = |k: usize| chars.get(i + digits + k).copied();
        if digits > 0 {
            // 3、 or 1. before a word: a numbered heading; 90.3 is a figure.
            matches!(after(0), Some('、' | '．' | '）' | ')'))
                || (after(0) == Some('.') && !after(1).is_some_and(|c| c.is_ascii_digit()))
        } else {
            "一二三四五六七八九十（(".contains(chars[i])
        }
    };
    let mut cuts: Vec<usize> = (0..rng.range(1, 3)).map(|_| rng.range(1, chars.len() as u64 - 1) as usize).collect();
    // A figure in a tag of its own (<span>5928</span>, <b>90.3%</b>): cut before and after it.
    let figures: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i].is_ascii_digit() && !chars[i - 1].is_ascii_digit())
        .filter(|&i| !(chars[i - 1] == '.' && i >= 2 && chars[i - 2].is_ascii_digit()))
        .collect();
    let figure_end = |start: usize| {
        start + chars[start..].iter().take_while(|c| c.is_ascii_digit() || **c == '.' || **c == '%').count()
    };
    if every_figure {
        for &start in &figures {
            let end = figure_end(start);
            cuts.push(start);
            cuts.extend((end < chars.len()).then_some(end));
        }
    } else if !figures.is_empty() && rng.chance(0.5) {
        let start = *rng.pick(&figures);
        let end = figure_end(start);
        cuts.push(start);
        cuts.extend((end < chars.len()).then_some(end));
    }
    cuts.retain(|&i| !starts_heading(i));
    cuts.sort();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts {
        out.push(chars[from..cut].iter().collect());
        from = cut;
    }
    out.push(chars[from..].iter().collect());
    out
}

/// A character's half-width form, as a crawl that normalises width (NFKC) saves it: the
/// full-width forms of ASCII (U+FF01–FF5E) and the ideographic space; every other character
/// as it is (。、《》“” have none). The `halfwidth` treatment, and `nianbao eval --reflow
/// halfwidth` on real pages.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

fn date_line(year: u16, rng: &mut Rng) -> String {
    let (month, day) = (rng.range(1, 3), rng.range(1, 28));
    // A formal document's signature in Chinese numerals now and then (二〇二一年一月十五日).
    if rng.side_chance(73, 0.08) {
        let digits = "〇一二三四五六七八九";
        let digit = |d: u64| digits.chars().nth(d as usize).unwrap_or('〇');
        let year: String = (year + 1).to_string().bytes().map(|b| digit(u64::from(b - b'0'))).collect();
        // (A date's 2 is 二, a count's 两.)
        let counted = |n: u64| statements::count_in_words(n).replace('两', "二");
        return format!("{year}年{}月{}日", counted(month), counted(day));
    }
    format!("{}年{}月{}日", year + 1, month, day)
}

/// The report's lines, and the facts its detail paragraphs state.
/// `cut`: the page ends after its first table (t holds only that one).
fn with_tables(
    setting: &prose::Setting,
    t: &tables::Tables,
    layout: Layout,
    cut: bool,
    rng: &mut Rng,
) -> (Vec<String>, Vec<Fact>) {
    let (agency, year) = (setting.agency, setting.year);
    let mut out = Vec::new();
    let html = layout == Layout::Html;
    let p = |s: String| if html { format!("<p>{s}</p>") } else { s };
    if html {
        out.push(
            "<html><head><meta charset=\"utf-8\"><title>政府信息公开工作年度报告</title></head><body>".to_string(),
        );
    }
    let title = format!("{agency}{year}年政府信息公开工作年度报告");
    if html && rng.chance(0.15) {
        // A site that lays its page out in a table: the column's name in a cell beside the title.
        let column = rng.pick(&["政务公开", "通知公告", "每日一报", "工作动态"]);
        out.push(format!("<table><tr><td>{column}</td><td>{title}</td></tr></table>"));
    } else {
        out.push(p(title));
    }
    out.push(String::new());
    out.push(p(prose::opening(setting, rng)));
    out.push(p(prose::contact(setting, rng)));
    out.push(p("一、总体情况".into()));
    out.extend(prose::leader_sentence(setting, rng).map(p));
    out.extend(prose::work_paragraphs(rng).into_iter().map(p));
    out.extend(prose::own_year_paragraph(setting, rng).map(p));
    let (details, detail_facts) = prose::details(setting, rng);
    out.extend(details.into_iter().map(p));
    // Now and then a page whose tables lost their markup (a CMS that kept each cell as a
    // paragraph): the text reads one cell per line.
    let cells_in_paragraphs = html && rng.chance(0.15);
    // Some of those sites lay their navigation out in a table of its own, with no figure.
    if cells_in_paragraphs && rng.chance(0.5) {
        out.insert(1, "<table><tr><td>无障碍</td><td>关怀版</td><td>简体</td><td>繁体</td></tr></table>".to_string());
    }
    let render = |table: &tables::Table, rng: &mut Rng| {
        if cells_in_paragraphs {
            render::cells_in_paragraphs(table)
        } else {
            render::table(table, layout, rng)
        }
    };
    let national = t.tables.len() == 1 && !cut;
    if cut {
        out.push(p(t.tables[0].heading.clone()));
        out.extend(render(&t.tables[0], rng));
    } else if national {
        out.push(p("二、存在的主要问题及改进措施".into()));
        out.extend(prose::problems(rng).into_iter().map(p));
        out.push(p("三、其他需要报告的事项".into()));
        out.push(p("本年度无其他需要报告的事项。".into()));
        out.push(p(agency.to_string()));
        out.push(p(date_line(year, rng)));
        out.push(String::new());
        out.push(p(t.tables[0].heading.clone()));
        out.push(p(format!("（{year}年度）")));
        out.extend(render(&t.tables[0], rng));
    } else {
        for table in &t.tables {
            out.push(p(table.heading.clone()));
            out.extend(render(table, rng));
            out.push(String::new());
        }
        out.push(p("五、存在的主要问题及改进情况".into()));
        out.extend(prose::problems(rng).into_iter().map(p));
        out.push(p("六、其他需要报告的事项".into()));
        out.push(p("本年度无其他需要报告的事项。".into()));
        out.push(p(agency.to_string()));
        out.push(p(date_line(year, rng)));
    }
    if html {
        out.push("</body></html>".into());
    }
    (out, detail_facts)
}

/// A report without tables: its figures in sentences, each listed in the truth.
fn narrative(setting: &prose::Setting, rng: &mut Rng) -> (Vec<String>, Vec<Fact>, Option<&'static str>) {
    let (agency, year) = (setting.agency, setting.year);
    let mut facts = Vec::new();
    let mut out = vec![
        format!("{agency}{year}年度政府信息公开工作报告"),
        String::new(),
        prose::opening(setting, rng),
        prose::contact(setting, rng),
        "一、概述".into(),
    ];
    // The details first: the organisation's sentence states none of their facts again.
    let (details, detail_facts) = prose::details(setting, rng);
    if rng.chance(0.4) {
        let (sentences, stated) = statements::organisation(year, rng);
        let repeats = stated.iter().any(|f| detail_facts.iter().any(|d| d.metric == f.metric));
        if !repeats {
            out.extend(sentences);
            facts.extend(stated);
        }
    }
    out.extend(prose::leader_sentence(setting, rng));
    out.extend(prose::work_paragraphs(rng));
    out.extend(prose::own_year_paragraph(setting, rng));
    out.extend(details);
    facts.extend(detail_facts);
    if rng.chance(0.3) {
        let (sentences, stated) = statements::art20_retold(year, rng);
        out.extend(sentences);
        facts.extend(stated);
    }
    if year < 2019 && rng.chance(0.3) {
        let (sentences, stated) = statements::normative_disclosed(year, rng);
        out.extend(sentences);
        facts.extend(stated);
    }
    // Each fact in one of the forms real reports state it in (statements.rs).
    let sections: [(&str, statements::Statement); 4] = [
        ("二、主动公开政府信息情况", statements::proactive),
        ("三、依申请公开政府信息情况", statements::received),
        ("四、政府信息公开收费及减免情况", statements::fees),
        ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", statements::review_and_litigation),
    ];
    let mut reviews_told = false;
    let overview_end = out.len();
    for (heading, state) in sections {
        out.push(heading.into());
        if reviews_told && heading.starts_with("五、") {
            out.push("相关情况见上文。".into());
            continue;
        }
        let (sentences, stated) = state(setting, year, rng);
        // The year's items told in the overview, information disclosed in all (…等信息，总共
        // 公开信息28条), and the section says no more.
        let total = stated.iter().find(|f| f.metric == "proactive.total").map(|f| f.value);
        if let Some(total) = total.filter(|_| heading.starts_with("二、") && rng.side_chance(116, 0.05)) {
            let told = format!(
                "严格执行本单位政府信息公开指南和目录，及时公开了机构职能、政策文件等信息，总共公开信息{total}条。"
            );
            out.splice(overview_end..overview_end, ["（二）指南和目录的执行情况".to_string(), told]);
            out.push("相关情况见上文。".into());
            facts.extend(stated.into_iter().filter(|f| f.metric == "proactive.total"));
            continue;
        }
        reviews_told |= sentences.iter().any(|s| statements::tells_the_cases(s));
        out.extend(sentences);
        facts.extend(stated);
    }
    // The complaint that ends a list of cases that did not happen says none of reconsiderations
    // and lawsuits either: where section 五 counts some, the complaint is said alone.
    let cases = facts.iter().any(|f| matches!(f.metric.as_str(), "review.total" | "litigation.total") && f.value > 0.0);
    if cases {
        for sentence in out.iter_mut().filter(|s| s.as_str() == statements::NO_CASE_NOR_COMPLAINT) {
            *sentence = statements::NO_COMPLAINT.to_string();
        }
    }
    out.push("六、存在的主要问题及改进措施".into());
    out.extend(prose::problems(rng));
    out.push(agency.to_string());
    out.push(date_line(year, rng));
    if rng.chance(0.06) {
        out.extend(blank_coded_form(rng));
    }
    (out, facts, None)
}

/// A statistics form left blank, as some reports attach it: each row's code after its unit and
/// nothing else (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计). No figure: a code read as one
/// is a wrong value.
fn blank_coded_form(rng: &mut Rng) -> Vec<String> {
    const ROWS: [(&str, &str); 8] = [
        ("主动公开信息数", "条"),
        ("其中：全文电子化的主动公开信息数", "条"),
        ("申请总数", "条"),
        ("其中：1.当面申请数", "条"),
        ("2.网上申请数", "条"),
        ("对申请的答复总数", "条"),
        ("行政复议数", "件"),
        ("行政诉讼数", "件"),
    ];
    let header = ["指标名称", "计量单位", "代码", "本期实际", "本年累计"];
    let mut out = vec![String::new(), "政府信息公开情况统计表".to_string()];
    let codes = ROWS.iter().enumerate().map(|(i, (label, unit))| (label, unit, format!("{:02}", i + 1)));
    if rng.chance(0.5) {
        // Space-aligned, the blank cells printing nothing.
        out.push(header.join("    "));
        out.extend(codes.map(|(label, unit, code)| format!("{label}    {unit}    {code}")));
    } else {
        // A cell a line, a bar before each (| 计量单位): a crawl of the form's HTML table.
        out.extend(header.iter().map(|h| format!("| {h}")));
        for (label, unit, code) in codes {
            out.extend([label.to_string(), format!("| {unit}"), format!("| {code}"), "|".into(), "|".into()]);
        }
    }
    out
}

/// Encode and corrupt the document text as `treatment` says; returns bytes and the encoding
/// recorded in the truth (the one a correct decoder reports).
/// `keeps_name`: a series' report, whose agency's name no treatment may hide.
fn treat(text: &str, treatment: &str, year: u16, keeps_name: bool, rng: &mut Rng) -> (Vec<u8>, &'static str) {
    let utf16 = |big_endian: bool, bom: bool| -> Vec<u8> {
        let units = bom.then_some(0xFEFFu16).into_iter().chain(text.encode_utf16());
        units.flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    };
    match treatment {
        "gbk" => (GBK.encode(text).0.into_owned(), "GBK"),
        "gb18030" => (GB18030.encode(text).0.into_owned(), "GBK"),
        "utf-16le-bom" => (utf16(false, true), "UTF-16LE"),
        "utf-16be" => (utf16(true, false), "UTF-16BE"),
        "utf-8-bom" => ([b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), "UTF-8"),
        "big5-traditional" => (BIG5.encode(&opencc().s2t(text, false)).0.into_owned(), "Big5"),
        "pinyin_spam" => (pinyin_spam(text, rng).into_bytes(), "UTF-8"),
        // UTF-8 read as GBK and saved with U+FFFD for what GBK could not read: as a browser
        // decodes (one U+FFFD for a bad pair) or as Python's errors="replace" does (one a byte).
        "utf8_as_gbk" if rng.chance(0.5) => {
            (nianbao_decode::mojibake::python_gbk_replace(text.as_bytes()).into_bytes(), "UTF-8")
        }
        "utf8_as_gbk" => (GBK.decode_without_bom_handling(text.as_bytes()).0.into_owned().into_bytes(), "UTF-8"),
        "utf8_as_latin1" => {
            (WINDOWS_1252.decode_without_bom_handling(text.as_bytes()).0.into_owned().into_bytes(), "UTF-8")
        }
        "docx_artefacts" => {
            let mut out = String::new();
            for (i, line) in text.lines().enumerate() {
                if i == 3 {
                    out.push_str("[bookmark: _GoBack]");
                }
                out.push_str(line);
                out.push('\n');
                if i > 2 && !line.starts_with('\t') && !line.starts_with(' ') && rng.chance(0.05) {
                    out.push_str("[image: 图片]\n");
                }
            }
            (out.into_bytes(), "UTF-8")
        }
        // Site chrome around the report: a breadcrumb and the page's tools before the title, the
        // footer after the signature.
        "page_chrome" => {
            // A banner cell before the title now and then (栏目 | 标题).
            let banner = if rng.chance(0.3) { "政务要闻 | " } else { "" };
            // A title broken after its year or a word later (某州市人民政府2016年 / 政府信息公开工作
            // 年度报告, 某某街道办事处2023年政府 / 信息公开工作年度报告).
            let phrase = "政府信息公开工作年度报告";
            let ours = format!("{year}年{phrase}");
            let text = match text.split_once('\n') {
                // The agency on a line of its own above the year's title.
                Some((title, rest))
                    if title.ends_with(&ours) && title.len() > ours.len() && rng.side_chance(43, 0.1) =>
                {
                    // (A mirror may print its own domain before the name: example-mirror.com某镇.)
                    let domain = if rng.side_chance(92, 0.3) { "gov-mirror.com" } else { "" };
                    format!("{domain}{}\n{ours}\n{rest}", &title[..title.len() - ours.len()])
                }
                // A document-sharing site's chunk and page numbers before the title (1、1某某镇…).
                Some((title, rest)) if title.ends_with(&ours) && rng.side_chance(103, 0.03) => {
                    format!("1、1{title}\n{rest}")
                }
                Some((title, rest)) if title.ends_with(&ours) && rng.chance(0.3) => {
                    let agency = &title[..title.len() - ours.len()];
                    if rng.chance(0.5) {
                        // Or before its last words (…信息公开工作 / 年度报告).
                        let at = title.len()
                            - match rng.range(0, 2) {
                                0 => phrase.len(),
                                1 => "信息公开工作年度报告".len(),
                                _ => "年度报告".len(),
                            };
                        format!("{}\n{}\n{rest}", &title[..at], &title[at..])
                    } else {
                        // The page's title without the agency first, then the report's own heading:
                        // the agency on a line of its own above 关于…的年度报告.
                        let bare = format!("关于{year}年度政府信息公开工作的年度报告");
                        // Now and then the header row crawled onto one line with the copy.
                        if rng.chance(0.3) {
                            format!("{bare}\n发布时间：{}-01-25 来源：办公室 阅读次数:{agency}{bare}\n{rest}", year + 1)
                        } else {
                            format!("{bare}\n发布时间：{}-01-25\n{agency}\n{bare}\n{rest}", year + 1)
                        }
                    }
                }
                _ => text.to_string(),
            };
            // A page laid out in a table of its own: a row of fields, the title a row, the body
            // on one line a cell closed by its bar (a narrative report crawled on one line).
            // (Only a page that is that line, its signature and date: no table after it.)
            let body_on_one_line = text.lines().count() <= 4
                && text.lines().nth(1).is_some_and(|l| l.chars().count() > 200 && !l.contains(['|', '\t']));
            let text = match text.split_once('\n') {
                Some((title, rest)) if body_on_one_line && rng.chance(0.3) => {
                    let (body, after) = rest.split_once('\n').unwrap_or((rest, ""));
                    format!(
                        "索引号: | /{}-{} | 公开方式: | 主动公开 |\n{title} | ||\n{body} |\n||\n{after}",
                        year + 1,
                        rng.range(10_000, 99_999)
                    )
                }
                _ => text,
            };
            // A table of the document's fields above the title, the title a cell after its bar
            // (标 题: | 某某县…报告 | ||).
            let text = match text.split_once('\n') {
                Some((title, rest)) if rng.side_chance(104, 0.05) => {
                    format!("标 题: | {title} | ||\n发布日期: | {}-01-28 | 效力状态: | |\n{title}\n{rest}", year + 1)
                }
                _ => text,
            };
            // The site's links to the agency's reports of other years: a related link above the
            // report, the previous and next after it (上一篇：某县2018年…报告).
            let (related, neighbours) = match text.lines().next() {
                Some(title) if title.contains(&format!("{year}年")) && rng.side_chance(66, 0.3) => {
                    let of = |y: u16| title.replacen(&format!("{year}年"), &format!("{y}年"), 1);
                    (
                        format!("相关链接：{}\n", of(year - 1)),
                        format!("上一篇：{}\n下一篇：{}\n", of(year - 1), of(year + 1)),
                    )
                }
                _ => (String::new(), String::new()),
            };
            // The title as a notice publishing the report (关于公布《…报告》的通知), beside an
            // attachment of last year's report (附件：…2018年…报告.doc), after the header row's
            // date (2020-01-15 某县2019年…报告 阅读次数：…), behind a label, inside a row of fields,
            // or with its agency in brackets.
            let dressed = match text.split_once('\n') {
                Some((title, rest)) if title.ends_with("报告") && title.contains(&format!("{year}年")) => {
                    let last_years = title.replacen(&format!("{year}年"), &format!("{}年", year - 1), 1);
                    if rng.side_chance(67, 0.1) {
                        Some(format!("关于公布《{title}》的通知\n{rest}"))
                    } else if rng.side_chance(68, 0.1) {
                        Some(format!("附件：{last_years}.doc\n{title}\n{rest}"))
                    } else if rng.side_chance(69, 0.1) {
                        let day = rng.range(10, 28);
                        Some(format!("{}-01-{day} {title} 阅读次数：{}\n{rest}", year + 1, rng.range(10, 999)))
                    } else if rng.side_chance(70, 0.1) {
                        // The column's label before it (政府信息公开年报：某县2019年…报告).
                        Some(format!("政府信息公开年报：{title}\n{rest}"))
                    } else if rng.side_chance(71, 0.1) {
                        // The page's row of fields on one line, the title its 名称 field.
                        Some(format!(
                            "索引号：{}/{}-00012 发布机构：办公室 名称：{title} 文号：无\n{rest}",
                            year + 1,
                            year + 1
                        ))
                    } else if rng.side_chance(75, 0.1) {
                        // Over three lines, the year alone on the middle one (某县人民政府 / 2019年
                        // / 政府信息公开工作年度报告), or spaced out character by character.
                        let at = title.find(&format!("{year}年")).unwrap_or(0);
                        let after = at + format!("{year}年").len();
                        if at > 0 && !title.starts_with("关于") && rng.side_chance(76, 0.5) {
                            Some(format!("{}\n{}\n{}\n{rest}", &title[..at], &title[at..after], &title[after..]))
                        } else if title.chars().all(|c| !c.is_whitespace()) {
                            let mut spaced: Vec<String> = Vec::new();
                            let mut digits = String::new();
                            for c in title.chars() {
                                if c.is_ascii_digit() {
                                    digits.push(c);
                                    continue;
                                }
                                if !digits.is_empty() {
                                    spaced.push(std::mem::take(&mut digits));
                                }
                                spaced.push(c.to_string());
                            }
                            Some(format!("{}\n{rest}", spaced.join(" ")))
                        } else {
                            None
                        }
                    } else if rng.side_chance(72, 0.1) {
                        // The agency in brackets (【某县】2019年…报告).
                        let at = title.find(&format!("{year}年")).unwrap_or(0);
                        (at > 0 && !title.starts_with("关于"))
                            .then(|| format!("【{}】{}\n{rest}", &title[..at], &title[at..]))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            // Or, the title left as it was, the title run into the body's line, characters a
            // decoding lost between them printed as question marks (…年度报告?? ?根据《条例》…).
            let run_into_the_body = dressed.is_none() && banner.is_empty() && body_on_one_line;
            let text = dressed.unwrap_or(text);
            let text = match text.split_once('\n') {
                Some((title, rest)) if run_into_the_body && rng.side_chance(87, 0.3) => {
                    // (Now and then its first line's end a space: the title was broken after its
                    // year, 某旗2024年度 / 政府信息公开年报, and the crawl joined the nodes by spaces.)
                    let year_end = title.find("年度").map(|at| at + "年度".len());
                    match year_end.filter(|_| rng.side_chance(88, 0.5)) {
                        Some(at) => format!("{} {}?? ?{rest}", &title[..at], &title[at..]),
                        None => format!("{title}?? ?{rest}"),
                    }
                }
                _ => text,
            };
            let text = format!("{related}{banner}{text}{neighbours}");
            let page = format!(
                "您当前所在位置：首页 > 政务公开 > 政府信息公开年报 > {}年度政府信息公开年报\n字号：大 中 小 | 打印 | 关闭\n访问量：{}\n{text}版权所有：政府网站管理中心  主办单位：人民政府办公室\n网站标识码：{}  ICP备{}号  公网安备{}号\n",
                rng.range(2016, 2023),
                rng.range(100, 99_999),
                rng.range(1_000_000_000, 9_999_999_999u64),
                rng.range(10_000_000, 99_999_999),
                rng.range(10_000_000_000, 99_999_999_999u64)
            );
            (page.into_bytes(), "UTF-8")
        }
        // A page passed through a Taiwan-phrase conversion and back: 文件 → 档案, 信息 → 资讯
        // (政府资讯公开, the header's 资讯内容), 项目 → 专案.
        // Every 信息 is 资讯 then (and 发布 释出, 在线 线上, 网络 网路, 通过 透过, 门户网站 入口网站,
        // 类型 型别, 设置 设定, 联系 联络, 社区 社群), tables and prose alike.
        "tw_phrases" => (
            [
                ("文件", "档案"),
                ("信息", "资讯"),
                ("项目", "专案"),
                ("发布", "释出"),
                ("在线", "线上"),
                ("网络", "网路"),
                ("通过", "透过"),
                ("门户网站", "入口网站"),
                ("类型", "型别"),
                ("设置", "设定"),
                ("联系", "联络"),
                ("社区", "社群"),
            ]
            .iter()
            .fold(text.to_string(), |t, (ours, tw)| t.replace(ours, tw))
            .into_bytes(),
            "UTF-8",
        ),
        // A crawler's Markdown: the title and headings marked (#, ##, **…**), a table's rows
        // between bars with an alignment row under the first, the site named as a link.
        "markdown" => (as_markdown(text).into_bytes(), "UTF-8"),
        // A crawl that normalised the width of characters (NFKC): ，（）：； as , ( ) : ;.
        "halfwidth" => (text.chars().map(half_width).collect::<String>().into_bytes(), "UTF-8"),
        // An excerpt cut to the body (a page saved from its first section on): no title, no
        // opening paragraph; still a report.
        "body_only" => {
            let body = text.find("一、").map_or(text, |at| &text[at..]);
            (body.as_bytes().to_vec(), "UTF-8")
        }
        // A page that prints no title line: year and agency come from the body. Or a title that
        // prints no year (某某街道办事处政府信息公开工作年度报告): the year from the body.
        "no_title" => {
            let (title, rest) = text.split_once('\n').unwrap_or((text, ""));
            let page = match title.strip_suffix(&format!("{year}年政府信息公开工作年度报告")) {
                Some(agency) if rng.chance(0.3) => format!("{agency}政府信息公开工作年度报告\n{rest}"),
                // A mirror may inject a report's title into a sentence, after the noun 信息公开
                // (…政府信息公开工作持续开展2016年政府信息公开年度报告。): no title of this page.
                _ if rng.side_chance(115, 0.1) => injected_title(rest, year),
                _ => rest.to_string(),
            };
            (page.into_bytes(), "UTF-8")
        }
        // A crawl's metadata block goes with the text it extracted, never before markup.
        "crawler_header" if text.starts_with('<') || rng.chance(0.5) => (
            format!(
                "URL: http://example.gov.cn/art/{}.html\n抓取时间: 2024-03-01 10:00:00\n{text}",
                rng.range(1000, 99999)
            )
            .into_bytes(),
            "UTF-8",
        ),
        // A crawl's metadata block (标题, 发布时间, 栏目 …, then 正文:); some crawls lost the
        // title, and the column's name (栏目: 政府信息公开年报) is then the only report-like
        // line before the body.
        "crawler_header" => {
            let (title, body) = text.split_once('\n').unwrap_or((text, ""));
            let lost_title = !keeps_name && rng.chance(0.4);
            // Published early the next year, as reports are.
            let published = format!("{}-0{}-{:02}", year + 1, rng.range(1, 4), rng.range(10, 28));
            let mut keyed_only = false;
            let header = format!(
                "{}发布时间: {published} 09:30\n文号:\n栏目: 政府信息公开年报\n原始链接: http://example.gov.cn/art/{}.html\n正文:\n",
                // The field as a metadata table crawled prints it, now and then (名称 …), or a
                // list of fields with bullets, each name padded to the others' width.
                match (lost_title, rng.range(0, 4)) {
                    (true, _) => String::new(),
                    // A metadata block whose fields' names are spaced out to one width, the
                    // title in the keywords' field (文       号: 关键字: …报告).
                    // (Or cut to their last characters where the crawl lost the cells' starts:
                    // 号: …, 称: …报告.)
                    (false, _) if rng.side_chance(49, 0.15) => {
                        if rng.side_chance(51, 0.5) {
                            format!("号: abc043/{year}-00011 信息分类: 政务公开\n称: {title}\n号:\n")
                        } else {
                            // (Now and then the only title left: the page's own title line lost.)
                            keyed_only = rng.side_chance(83, 0.3);
                            format!("索  引  号: /{year}-172732 生成日期: {published}\n文       号: 关键字: {title}\n")
                        }
                    }
                    (false, 0) => format!("名称 {title}\n"),
                    (false, 1) => format!("名称 | {title}\n"),
                    (false, 2) => format!("  • 标    题:{title}\n"),
                    // (The label run into its value where the crawl lost the cell's end.)
                    _ if rng.side_chance(127, 0.15) => format!("标题{title}\n"),
                    _ => format!("标题: {title}\n"),
                },
                rng.range(1000, 99999)
            );
            let page = if lost_title || keyed_only { format!("{header}{body}") } else { format!("{header}{text}") };
            (page.into_bytes(), "UTF-8")
        }
        _ => (text.as_bytes().to_vec(), "UTF-8"),
    }
}

/// A mirror's spam: the year's report title, twice, run into the first sentence on 信息公开工作
/// before its stop.
fn injected_title(body: &str, year: u16) -> String {
    let spam = format!("{year}年政府信息公开年度报告");
    let stop = body.find("信息公开工作").and_then(|at| body[at..].find('。').map(|stop| at + stop));
    match stop {
        Some(stop) => format!("{}{spam}{spam}{}", &body[..stop], &body[stop..]),
        None => body.to_string(),
    }
}

/// The text as a crawler's Markdown (the `markdown` treatment): the first line marked as the
/// title (`# `), numbered headings (`## 一、…`, `**（一）…**`), rows of two or more written cells between
/// bars with an alignment row under a table's first, the first 政府网站 of the body a link.
pub fn as_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut in_table = false;
    let mut row_left_open = false;
    let mut linked = false;
    for (i, line) in text.lines().enumerate() {
        // A row's cells, with or without the outer bars the layout printed.
        let row = line.trim_matches(' ');
        let row = row.strip_prefix('|').unwrap_or(row);
        let row = row.strip_suffix('|').unwrap_or(row);
        let cells: Vec<&str> = row.split('|').map(|c| c.trim_matches(' ')).collect();
        // A row's closing bar wrapped onto a line of its own (after a row that did not close
        // itself): Markdown's rows are whole, the bar goes with its row.
        let wrapped_bar = std::mem::take(&mut row_left_open) && line.trim() == "|";
        if wrapped_bar {
            continue;
        }
        // A row of one figure or label and blank cells is a piece of a table printed a cell a
        // line: it stays as it is.
        if cells.iter().filter(|c| !c.is_empty()).count() >= 2 {
            row_left_open = !line.trim_end().ends_with('|');
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
            if !in_table {
                out.push_str(&format!("|{}\n", " --- |".repeat(cells.len())));
            }
            in_table = true;
            continue;
        }
        in_table = false;
        let short = line.chars().count() <= 30;
        let numbered = |marks: &str| line.starts_with(|c: char| marks.contains(c));
        if i == 0 {
            out.push_str("# ");
        } else if short && numbered("一二三四五六七八九十") && line.contains('、') {
            out.push_str("## ");
        } else if short && line.starts_with('（') && !line.contains('。') {
            out.push_str(&format!("**{line}**\n"));
            continue;
        }
        match line.find("政府网站").filter(|_| !linked && i > 0) {
            Some(at) => {
                linked = true;
                let end = at + "政府网站".len();
                out.push_str(&format!("{}[政府网站](http://www.example.gov.cn/){}\n", &line[..at], &line[end..]));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The spam mirror's transformation (docs/decode.md §3): traditional characters, pinyin after a
/// share of them inserted by a byte-level replace on GBK bytes, a lenient decoder, breadcrumbs.
fn pinyin_spam(text: &str, rng: &mut Rng) -> String {
    use pinyin::ToPinyin;
    let trad = opencc().s2t(text, false);
    let mut dictionary: Vec<char> = text.chars().zip(trad.chars()).filter(|(s, t)| s != t).map(|(_, t)| t).collect();
    dictionary.sort();
    dictionary.dedup();
    dictionary.retain(|_| rng.chance(0.7));
    let mut bytes = GBK.encode(&trad).0.into_owned();
    for c in dictionary {
        let Some(py) = c.to_pinyin() else { continue };
        let needle = GBK.encode(&c.to_string()).0.into_owned();
        let with = GBK.encode(&format!("{c}({})", py.with_tone())).0.into_owned();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i..].starts_with(&needle) {
                out.extend_from_slice(&with);
                i += needle.len();
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        bytes = out;
    }
    let mut decoded = String::from("當(dāng)前位置: 首頁(yè) | 信息公開(kāi) |\n");
    let mut i = 0;
    while i < bytes.len() {
        let x = bytes[i];
        if x < 0x80 {
            decoded.push(x as char);
            i += 1;
            continue;
        }
        let pair: Option<String> = bytes.get(i + 1).and_then(|&y| {
            let two = [x, y];
            GBK.decode_without_bom_handling_and_without_replacement(&two).map(|s| s.into_owned())
        });
        match pair {
            Some(s) if s.chars().count() == 1 => decoded.push_str(&s),
            _ => decoded.push('?'),
        }
        i += 2;
    }
    decoded.replace('\n', " |\n")
}

#[cfg(test)]
mod tests;
