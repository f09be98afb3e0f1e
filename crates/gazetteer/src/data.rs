//! The interval table and its indexes.

pub use crate::forms::{short_form_of, Division, Level, FIRST_EDITION, LAST_EDITION};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::io::Read;

pub struct Gazetteer {
    pub(crate) divisions: Vec<Division>,
    /// code → rows (one per interval).
    /// FxHash: looked up for every ancestor of every candidate; the keys are our own codes.
    pub(crate) by_code: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Every name form; the value of a match is its index in `forms`.
    pub(crate) names: CharwiseDoubleArrayAhoCorasick<u32>,
    /// Pattern index → (name form, rows carrying it, is it the full name).
    pub(crate) forms: Vec<(String, Vec<usize>, bool)>,
    /// Per form, the editions some division of it is valid in (bit `year - FIRST_EDITION`).
    form_editions: Vec<u32>,
    /// Full names the tables give to a county and to a township alike (城区, 东城区): built on
    /// first use.
    county_and_township_names: std::sync::OnceLock<rustc_hash::FxHashSet<String>>,
}

fn gunzip(bytes: &[u8]) -> Result<String, String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).map_err(|e| format!("not a gzip CSV: {e}"))?;
    Ok(text)
}

impl Gazetteer {
    /// A gazetteer from a gzipped interval table, its automaton built now (a newer data file).
    pub fn from_gzip(bytes: &[u8]) -> Result<Gazetteer, String> {
        Self::from_csv(&gunzip(bytes)?)
    }

    pub fn from_csv(text: &str) -> Result<Gazetteer, String> {
        let divisions = crate::forms::parse_csv(text)?;
        let forms = crate::forms::name_forms(&divisions);
        let names = crate::forms::build_automaton(&forms)?;
        Ok(Self::assemble(divisions, forms, names))
    }

    /// The embedded table with the automaton `build.rs` built from it at compile time.
    pub fn from_embedded(csv_gz: &[u8], automaton: &[u8]) -> Result<Gazetteer, String> {
        let divisions = crate::forms::parse_csv(&gunzip(csv_gz)?)?;
        let forms = crate::forms::name_forms(&divisions);
        let (names, rest) = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(automaton).map_err(|e| e.to_string())?;
        if !rest.is_empty() || names.num_states() == 0 {
            return Err("the compiled name automaton does not match the embedded table".into());
        }
        Ok(Self::assemble(divisions, forms, names))
    }

    fn assemble(
        divisions: Vec<Division>,
        forms: Vec<(String, Vec<usize>, bool)>,
        names: CharwiseDoubleArrayAhoCorasick<u32>,
    ) -> Gazetteer {
        let mut by_code: rustc_hash::FxHashMap<String, Vec<usize>> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(divisions.len(), Default::default());
        for (i, d) in divisions.iter().enumerate() {
            by_code.entry(d.code.clone()).or_default().push(i);
        }
        let form_editions = forms
            .iter()
            .map(|(_, rows, _)| {
                rows.iter().fold(0, |mask, &i| mask | edition_mask(&(divisions[i].first_year..=divisions[i].last_year)))
            })
            .collect();
        Gazetteer { divisions, by_code, names, forms, form_editions, county_and_township_names: Default::default() }
    }

    /// Is some division of name form `form` valid in one of the editions of `mask` (from
    /// [`edition_mask`])? One AND: asked for every name the resolver's scan meets, overlapping
    /// ones included.
    pub(crate) fn form_valid_in(&self, form: usize, mask: u32) -> bool {
        self.form_editions[form] & mask != 0
    }

    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }

    /// Do the tables give the full name `name` to a county and to a township alike (城区: the
    /// county-level districts of several cities, and townships of several counties)? Then its
    /// suffix cannot tell a body's level.
    pub fn names_a_county_and_a_township(&self, name: &str) -> bool {
        self.county_and_township_names
            .get_or_init(|| {
                let mut levels: rustc_hash::FxHashMap<&str, (bool, bool)> = Default::default();
                for d in &self.divisions {
                    let entry = levels.entry(d.name.as_str()).or_default();
                    entry.0 |= d.level == Level::County;
                    entry.1 |= d.level == Level::Township;
                }
                levels.into_iter().filter(|(_, (county, town))| *county && *town).map(|(n, _)| n.to_string()).collect()
            })
            .contains(name)
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

/// The editions of `years` (clamped to the gazetteer's) as bits `year - FIRST_EDITION`.
pub(crate) fn edition_mask(years: &std::ops::RangeInclusive<u16>) -> u32 {
    const _: () = assert!(LAST_EDITION - FIRST_EDITION < 32);
    let first = (*years.start()).max(FIRST_EDITION);
    let last = (*years.end()).min(LAST_EDITION);
    (first..=last).fold(0, |mask, y| mask | 1 << (y - FIRST_EDITION))
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
