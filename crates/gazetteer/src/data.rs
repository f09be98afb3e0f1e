//! The interval table and its indexes.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::io::Read;

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

pub struct Gazetteer {
    pub(crate) divisions: Vec<Division>,
    /// code → rows (one per interval).
    pub(crate) by_code: HashMap<String, Vec<usize>>,
    /// Every name form: full names, and short forms of provinces, prefectures and counties; the
    /// value of a match is its index in `forms`.
    pub(crate) names: CharwiseDoubleArrayAhoCorasick<u32>,
    /// Pattern index → (name form, rows carrying it, is it the full name).
    pub(crate) forms: Vec<(String, Vec<usize>, bool)>,
}

/// Placeholder names of the NBS tables that are not places.
const NOT_PLACES: &[&str] = &["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

/// Short forms people write: 浙江 for 浙江省, 宁波 for 宁波市, 余姚 for 余姚市, 海盐 for 海盐县.
/// Townships keep their full names: 王店 alone is a common word far too often.
pub fn short_form(name: &str, level: Level) -> Option<String> {
    if level == Level::Township {
        return None;
    }
    let suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "特别行政区", "地区", "省", "市", "县", "区", "盟", "旗"];
    for s in suffixes {
        if let Some(stem) = name.strip_suffix(s) {
            if stem.chars().count() >= 2 {
                return Some(stem.to_string());
            }
        }
    }
    None
}

impl Gazetteer {
    pub fn from_gzip(bytes: &[u8]) -> Result<Gazetteer, String> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).map_err(|e| format!("not a gzip CSV: {e}"))?;
        Self::from_csv(&text)
    }

    pub fn from_csv(text: &str) -> Result<Gazetteer, String> {
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
        let mut by_code: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_form: HashMap<String, (Vec<usize>, bool)> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            by_code.entry(d.code.clone()).or_default().push(i);
            if NOT_PLACES.contains(&d.name.as_str()) {
                continue;
            }
            by_form.entry(d.name.clone()).or_insert_with(|| (Vec::new(), true)).0.push(i);
            // Street offices are XX街道办事处 up to 2019 and XX街道 from 2020; reports use both.
            let other_street_form = d.name.strip_suffix("街道办事处").map(|s| format!("{s}街道")).or_else(|| d.name.strip_suffix("街道").map(|s| format!("{s}街道办事处")));
            if let Some(form) = other_street_form {
                by_form.entry(form).or_insert_with(|| (Vec::new(), true)).0.push(i);
            }
            if let Some(short) = short_form(&d.name, d.level) {
                by_form.entry(short).or_insert_with(|| (Vec::new(), false)).0.push(i);
            }
        }
        let mut forms: Vec<(String, Vec<usize>, bool)> = by_form.into_iter().map(|(k, (v, full))| (k, v, full)).collect();
        forms.sort_by(|a, b| a.0.cmp(&b.0));
        // A character-wise double-array automaton: over these ~80,000 CJK names it builds several
        // times faster than the aho-corasick crate's NFA (measured: 190 ms there), which is most
        // of the start-up cost of `nianbao inspect`.
        // Standard matching, searched with overlaps: which of two overlapping names counts depends
        // on the edition (a form valid in 2016–2018 can hide a shorter one valid in 2019).
        let names = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(forms.iter().enumerate().map(|(i, (f, _, _))| (f.as_str(), i as u32)))
            .map_err(|e| e.to_string())?;
        Ok(Gazetteer { divisions, by_code, names, forms })
    }

    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }

    pub fn divisions(&self) -> &[Division] {
        &self.divisions
    }

    /// The row of `code` valid in `edition`.
    pub fn get(&self, code: &str, edition: u16) -> Option<&Division> {
        self.by_code.get(code)?.iter().map(|&i| &self.divisions[i]).find(|d| d.valid_in(edition))
    }

    /// The chain from the province down to `d` (inclusive).
    pub fn ancestry<'a>(&'a self, d: &'a Division, edition: u16) -> Vec<&'a Division> {
        let mut chain = vec![d];
        let mut current = d;
        while !current.parent.is_empty() {
            match self.get(&current.parent, edition) {
                Some(p) => {
                    chain.push(p);
                    current = p;
                }
                None => break,
            }
        }
        chain.reverse();
        chain
    }
}

/// The editions to read for a report year: the nearest one the data has, or — when the year is
/// unknown — all of them (then a name must mean one division in every edition it appears in).
pub fn editions_for(year: Option<i32>) -> std::ops::RangeInclusive<u16> {
    match year {
        Some(y) => {
            let e = y.clamp(FIRST_EDITION as i32, LAST_EDITION as i32) as u16;
            e..=e
        }
        None => FIRST_EDITION..=LAST_EDITION,
    }
}
