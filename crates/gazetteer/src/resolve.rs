//! Resolving an agency to its region — or abstaining.

use crate::data::{edition_mask, editions_for, Division, Gazetteer, Level, LAST_EDITION};
use nianbao_model::region::province_by_code;
use nianbao_model::text::{char_offset, char_offset_from_end};
use nianbao_model::Region;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;

/// A division the report may come from, with the evidence for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub code: String,
    /// 浙江省 / 嘉兴市 / 秀洲区 / 王店镇
    pub path: String,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    pub region: Region,
    /// The level of the resolved division, `None` when unresolved.
    pub level: Option<Level>,
    /// Every division considered, best first (one when resolved without competition).
    pub candidates: Vec<Candidate>,
    /// Why it was resolved or not, for `inspect` and the `checks` table.
    pub reason: String,
    /// Was the division found in the body's text rather than in the agency's name or the
    /// title? Then it is where the report comes from, not necessarily who wrote it: a
    /// township's report that names only its city resolves to the city.
    pub found_in_text: bool,
    /// Resolved only to the division that every competing candidate lies in (the province of
    /// ten 朝阳乡 of which the text supports the four in 四川): the place is known that far and no
    /// further, and the level of the division says nothing of the agency.
    pub ancestor_only: bool,
}

impl Resolution {
    pub fn is_resolved(&self) -> bool {
        self.region.region_code.is_some()
    }
}

/// How much of the body is searched for supporting place names.
const BODY_WINDOW: usize = 3000;

/// Words of the reports' own vocabulary in which the short form of a place hides: 公开平台 holds
/// 开平 (开平市), 中华人民共和国 共和 (共和县), 公共资源 资源 (资源县), 乡村振兴 振兴 (振兴区), 水平和
/// 平和 (平和县), 指南和 南和 (南和区), 权威信息 威信 (威信县), 和政府 和政 (和政县), 合作医疗 合作
/// (合作市). Counted over the seeds and a generated corpus, the short forms met without a level
/// suffix after them were these, by two orders of magnitude before any real mention; every
/// report cites the 中华人民共和国政府信息公开条例. A short form inside one of these words or
/// straddling its edge names no place; the full name (开平市, 资源县) still does.
const VOCABULARY: &[&str] = &["共和国", "平台", "资源", "振兴", "水平", "指南", "权威", "政府", "合作"];

/// Does the mention `start..end` lie inside, or straddle the edge of, a [`VOCABULARY`] word? Only
/// the few characters around it are searched (a word overlapping it starts at most a word's
/// length before it), not the whole text.
fn in_vocabulary_word(text: &str, start: usize, end: usize) -> bool {
    let longest = VOCABULARY.iter().map(|w| w.len()).max().unwrap_or(0);
    let mut from = start.saturating_sub(longest);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + longest).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let around = &text.as_bytes()[from..to];
    vocabulary_finders()
        .iter()
        .any(|w| w.find_iter(around).any(|at| from + at < end && start < from + at + w.needle().len()))
}

/// The [`VOCABULARY`] words as prebuilt searchers: a string search set up for every word at every
/// mention cost more than the search itself.
fn vocabulary_finders() -> &'static [memchr::memmem::Finder<'static>] {
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> = std::sync::OnceLock::new();
    FINDERS.get_or_init(|| VOCABULARY.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect())
}

/// A bureau's kind alone (林业局, 煤炭局: two characters and 局) right after the level of the
/// government it serves (市林业局): a department of that city or county, not the division the
/// NBS tables list under the same words (黑龙江省…/林业局, a forestry area at township level).
/// A bureau with a name of its own (绥棱林业局) is the division, wherever it stands.
fn a_governments_bureau(text: &str, name: &str, start: usize) -> bool {
    name.ends_with('局')
        && name.chars().count() <= 3
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '省' | '市' | '县' | '区' | '州' | '旗' | '盟'))
}

/// A place another region's government aids by the state's pairing (对口支援都江堰市, 援建某县):
/// named in the report because the agency helps it, never the agency's own place. `before` is
/// the text before the name.
fn an_aided_place(before: &str) -> bool {
    ["对口支援", "对口帮扶", "对口协作", "援建"].iter().any(|w| before.ends_with(w))
}

/// The kinds a township-level division's name ends in, the longest first.
const TOWNSHIP_KINDS: [&str; 4] = ["街道", "镇", "乡", "苏木"];

/// What follows 区 or 县 in a clue that the county level is a district or a county: 区人民政府,
/// 县委, 区政务公开 (a 政务 prefix).
const CLUE_TAILS: &[&str] = &["政务", "委", "政府", "人民政府"];

/// Does `level` (区 or 县) followed by a [`CLUE_TAILS`] word occur other than right after one of
/// `not_after`? A district clue (区人民政府) is none inside a province-level 自治区 or a
/// prefecture-level 地区: 广西壮族自治区人民政府 does not say that the county level is a 区.
/// One `memmem` pass for the level character, the tails checked where it occurs: searching each
/// clue through the whole context was a quarter of region resolution (measured).
fn has_clue(context: &str, level: char, not_after: &[&str]) -> bool {
    let mut buf = [0u8; 4];
    let level = level.encode_utf8(&mut buf).as_bytes();
    memchr::memmem::find_iter(context.as_bytes(), level).any(|at| {
        let after = &context[at + level.len()..];
        CLUE_TAILS.iter().any(|t| after.starts_with(t)) && !not_after.iter().any(|p| context[..at].ends_with(p))
    })
}

struct Mention {
    form: usize,
    start: usize,
    end: usize,
}

/// Is a name followed within two characters by the decoder's damage (U+FFFD), other than by
/// the start of an agency suffix? 新华街道办事� lost its 处: the name found, 新华街道办 (a division
/// of its own), is the start of a longer one the damage hid (新华街道办事处, any 新华街道), and
/// names no place. 王店镇办事� is 王店镇 and a damaged suffix.
fn cut_short_by_damage(after: &str) -> bool {
    let Some(at) = after.char_indices().take(2).find(|(_, c)| *c == '\u{FFFD}').map(|(i, _)| i) else { return false };
    let kept = &after[..at];
    !["人民政府", "办事处", "街道办事处", "管理委员会", "委员会", "政府"].iter().any(|s| s.starts_with(kept))
}

/// May a name of two characters — a one-character stem and its level (成县, 和县, 沙县, 郊区) —
/// start after `before`? Inside running text such a name is most often the tail of a word and
/// the head of the next (完成县政务公开任务: 完成 + 县; 各乡镇和县直部门: 和 + 县直): it counts only
/// at the start, after a character that is not Han (a space, an opening bracket, a stop), or
/// right after the level of the division above it (甘肃省成县, 陇南市成县, 马鞍山市和县).
fn stands_apart(before: &str) -> bool {
    before.chars().next_back().is_none_or(|c| !runs_on(c) || "省市州盟区".contains(c))
}

/// Does the text run on past `c` into the next word? A Han character does, and so does a
/// closing quotation or title mark: what follows it is more of the sentence (贯彻《条例》和县委
/// 县政府的要求: 和 + 县委), not a name that stands apart.
fn runs_on(c: char) -> bool {
    nianbao_model::text::is_basic_han(c) || "》〉”’」』）)".contains(c)
}

impl Gazetteer {
    /// Names in `text` valid in the editions: leftmost-longest among the valid forms, so that
    /// 大王店镇 is not read as 王店镇, and an old form (鱼嘴镇人民政府, 2016–2018) does not hide
    /// the current one (鱼嘴镇) in a later year.
    fn mentions(&self, text: &str, editions: &RangeInclusive<u16>) -> Vec<Mention> {
        let wanted = edition_mask(editions);
        let mut all: Vec<Mention> = self
            .names
            .find_overlapping_iter(text)
            .map(|m| Mention { form: m.value() as usize, start: m.start(), end: m.end() })
            .filter(|m| self.form_valid_in(m.form, wanted))
            .filter(|m| !a_governments_bureau(text, &self.forms[m.form].0, m.start))
            .filter(|m| !an_aided_place(&text[..m.start]))
            .collect();
        all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut chosen: Vec<Mention> = Vec::new();
        for m in all {
            if chosen.last().is_none_or(|last| m.start >= last.end) {
                chosen.push(m);
            }
        }
        chosen.retain(|m| self.forms[m.form].2 || !in_vocabulary_word(text, m.start, m.end));
        chosen.retain(|m| !cut_short_by_damage(&text[m.end..]));
        // A name of two characters right after a level's character counts only where the name
        // before it is of a division it lies in (甘肃省成县; not 西藏自治区城镇居民, whose 城镇 is a
        // township of another province).
        let keep: Vec<bool> = chosen
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (name, _, full) = &self.forms[m.form];
                if !(*full && name.chars().count() == 2) {
                    return true;
                }
                let before = &text[..m.start];
                if before.chars().next_back().is_none_or(|c| !runs_on(c)) {
                    return true;
                }
                let above = i.checked_sub(1).map(|j| &chosen[j]).filter(|p| p.end == m.start);
                stands_apart(before) && above.is_some_and(|p| self.lies_in(m.form, p.form, editions))
            })
            .collect();
        let mut keep = keep.into_iter();
        chosen.retain(|_| keep.next().unwrap_or(true));
        chosen
    }

    /// Does a division of the form `inner` lie in a division of the form `outer`?
    fn lies_in(&self, inner: usize, outer: usize, editions: &RangeInclusive<u16>) -> bool {
        let prefix = |d: &Division| match d.level {
            Level::Province => 2,
            Level::Prefecture => 4,
            Level::County => 6,
            Level::Township => 9,
        };
        let outers = self.rows_of(outer, editions);
        self.rows_of(inner, editions)
            .iter()
            .any(|i| outers.iter().any(|o| o.level < i.level && i.code.starts_with(&o.code[..prefix(o)])))
    }

    /// The name a division goes by among those `names` holds — its full name, else its short
    /// form (吉林 for 吉林省 and 吉林市) —, if any.
    fn named_by(a: &Division, names: impl Fn(&str) -> bool) -> Option<&str> {
        Some(a.name.as_str())
            .filter(|full| names(full))
            .or_else(|| crate::data::short_form_of(&a.name, a.level).filter(|short| names(short)))
    }

    /// Does the division `d` lie in `place`, by its ancestry in its own edition?
    fn within(&self, d: &Division, place: &Division, editions: &RangeInclusive<u16>) -> bool {
        self.ancestry(d, Self::edition_of(d, editions)).iter().any(|a| a.code == place.code)
    }

    /// Rows of a name form valid in the editions, one per division (its latest row).
    fn rows_of(&self, form: usize, editions: &RangeInclusive<u16>) -> Vec<&Division> {
        let mut rows: Vec<&Division> =
            self.forms[form].1.iter().map(|&i| &self.divisions[i]).filter(|d| d.valid_during(editions)).collect();
        rows.sort_by(|a, b| a.code.cmp(&b.code).then(b.last_year.cmp(&a.last_year)));
        rows.dedup_by(|a, b| a.code == b.code);
        rows
    }

    /// The edition to read a division's ancestry in: the latest one of `editions` it exists in.
    fn edition_of(d: &Division, editions: &RangeInclusive<u16>) -> u16 {
        d.last_year.min(*editions.end()).max(d.first_year)
    }

    /// Resolve a report. `agency` and `title` are the parse stage's; `body` is the text.
    pub fn resolve(&self, agency: Option<&str>, title: Option<&str>, body: &str, year: Option<i32>) -> Resolution {
        self.resolve_with_body(agency, title, || std::borrow::Cow::Borrowed(body), year)
    }

    /// [`Gazetteer::resolve`] with the body made only if the text is needed (the agency or
    /// title names a division that is the only one of its name: most reports).
    pub fn resolve_with_body<'b>(
        &self,
        agency: Option<&str>,
        title: Option<&str>,
        body: impl FnOnce() -> std::borrow::Cow<'b, str>,
        year: Option<i32>,
    ) -> Resolution {
        if let Some((next, name)) = self.renamed_as_the_report_was_written(agency, title, year) {
            let mut resolution = self.resolve_with_body(agency, title, body, Some(next));
            resolution.reason = format!(
                "{name} is listed from the {next} edition on (renamed as the report was written); {}",
                resolution.reason
            );
            return resolution;
        }
        let body = std::cell::Cell::new(Some(body));
        let editions = editions_for(year);
        let edition = *editions.end();
        // The context — agency, title, the body's head and its last lines (the signature) — and
        // its scan are the costliest step: they are made only when the text has to supply the
        // anchor or tell competing divisions apart. A division that is the only one of its name
        // is resolved without them (its candidate row then carries no score).
        let context = std::cell::OnceCell::new();
        let context = || -> &String {
            context.get_or_init(|| {
                let body = (body.take().expect("the context is made once"))();
                let body = body.as_ref();
                let head_end = char_offset(body, BODY_WINDOW);
                let tail_start = char_offset_from_end(body, 601).max(head_end);
                format!(
                    "{}\n{}\n{}\n{}",
                    agency.unwrap_or(""),
                    title.unwrap_or(""),
                    &body[..head_end],
                    &body[tail_start..]
                )
            })
        };
        let mut context_mentions: Option<Vec<Mention>> = None;

        // The anchor: the most specific full name in the agency, else the title, else the full
        // township/county name the body mentions most (and clearly most).
        let title_agency = title.map(agency_part_of_title);
        let named = [agency, title_agency]
            .into_iter()
            .flatten()
            .find_map(|t| self.most_specific_full_name(t, &editions).map(|a| (a, t)))
            .or_else(|| {
                [agency, title_agency]
                    .into_iter()
                    .flatten()
                    .find_map(|t| self.short_name_alone(t, &editions).map(|a| (a, t)))
            });
        let anchor = match named {
            Some((a, _)) => Some(a),
            None => {
                let mentions = context_mentions.insert(self.mentions(context(), &editions));
                self.most_mentioned(mentions, &editions).or_else(|| self.the_only_place_named(mentions, &editions))
            }
        };
        let Some(anchor) = anchor else {
            let none = "no place name of the NBS tables in the agency, title or text";
            return self.province_by_cues(context(), &editions).map_or_else(
                || unresolved(Vec::new(), none.into()),
                |(province, evidence)| {
                    let reason = format!("{none}; the words {evidence} name {}", province.name);
                    let at = Self::edition_of(province, &editions);
                    Resolution {
                        ancestor_only: true,
                        found_in_text: true,
                        ..self.resolved(province, at, Vec::new(), reason)
                    }
                },
            );
        };
        // A zone named after the division it lies in (益阳高新区): not listed itself, placed in
        // that division, as far as it goes.
        match named.and_then(|(a, source)| self.zone_named_after(source, a, &editions)) {
            Some((Some(place), zone)) => {
                let at = Self::edition_of(place, &editions);
                let reason = format!(
                    "{zone} is named after {}, and none of the divisions the tables list as {} lies in it: placed in {}",
                    place.name, self.forms[anchor].0, place.name
                );
                return Resolution { ancestor_only: true, ..self.resolved(place, at, Vec::new(), reason) };
            }
            // Named after one of several divisions of that short name: none of the full name's
            // divisions is the zone, and where it lies is not told.
            Some((None, zone)) => {
                let reason = format!(
                    "{zone} is named after a division whose short name several share, and none of the divisions the tables list as {} lies in any of them",
                    self.forms[anchor].0
                );
                return unresolved(Vec::new(), reason);
            }
            None => {}
        }
        if let Some(unit) = named.and_then(|(a, source)| self.unknown_subunit(source, a)) {
            if let Some((successor, old)) = self.successor(&unit, anchor, &editions) {
                let reason = format!(
                    "{unit}, listed under {} until {}, is {} in {}",
                    self.forms[anchor].0,
                    old.last_year,
                    successor.name,
                    Self::edition_of(successor, &editions)
                );
                let at = Self::edition_of(successor, &editions);
                return self.resolved(successor, at, Vec::new(), reason);
            }
            let name = &self.forms[anchor].0;
            let unlisted = format!("the agency names a unit below {name} that the NBS tables do not list ({unit})");
            // The unit lies in the division named above it, where that name is the only one of
            // its kind: placed there as far as it goes (province, city…), its own code unknown.
            return match self.rows_of(anchor, &editions)[..] {
                [above] => {
                    let at = Self::edition_of(above, &editions);
                    let reason = format!("{unlisted}; placed in {name}");
                    Resolution { ancestor_only: true, ..self.resolved(above, at, Vec::new(), reason) }
                }
                _ => unresolved(Vec::new(), unlisted),
            };
        }

        let mut rows = self.rows_of(anchor, &editions);
        // A 局 is a bureau of a county or a higher level: a township has offices and stations
        // (财政所, 派出所), never a 局. So 滨海新区财政局 is not one of the township-level areas
        // named 滨海新区, where a division of the name at county level or above exists.
        if named.is_some_and(|(a, source)| Self::names_a_bureau(source, &self.forms[a].0))
            && rows.iter().any(|d| d.level != Level::Township)
        {
            rows.retain(|d| d.level != Level::Township);
        }
        let mut candidates: Vec<(f64, &Division)> = if rows.len() == 1 {
            rows.into_iter().map(|d| (0.0, d)).collect()
        } else {
            let mentions = context_mentions.get_or_insert_with(|| self.mentions(context(), &editions));
            let mentioned: BTreeSet<&str> = mentions.iter().map(|m| self.forms[m.form].0.as_str()).collect();
            self.scored(rows, &self.forms[anchor].0, &mentioned, context(), &editions)
        };
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.code.cmp(&b.1.code)));
        let listed: Vec<Candidate> = candidates
            .iter()
            .map(|(score, d)| Candidate {
                code: d.code.clone(),
                path: self.path(d, Self::edition_of(d, &editions)),
                score: *score,
            })
            .collect();
        let name = &self.forms[anchor].0;
        let edition_text = if editions.start() == editions.end() {
            format!("the {edition} edition")
        } else {
            "any edition (year unknown)".to_string()
        };
        // A zone named by generic words (经济技术开发区), several of the tables' zones of the name
        // in question, where the text names one city or county by its full name and none of
        // those zones lies in it (its office's address: 台州市临海市滨海第一大道): the zone lies
        // there, as far as that goes — whatever province the others share with it.
        let generic_zone = self.generic_zone(anchor, &editions);
        if candidates.len() >= 2 && generic_zone {
            let mentions = context_mentions.get_or_insert_with(|| self.mentions(context(), &editions));
            // (An address naming its township too, 象山县丹东街道: the township's county.)
            let place =
                self.the_only_place_named(mentions, &editions).and_then(
                    |form| match self.rows_of(form, &editions)[..] {
                        [place] if matches!(place.level, Level::Prefecture | Level::County) => Some(place),
                        [town] if town.level == Level::Township => self
                            .ancestry(town, Self::edition_of(town, &editions))
                            .into_iter()
                            .find(|a| a.level == Level::County),
                        _ => None,
                    },
                );
            // (A county of two characters may be words of a sentence whose neighbours a lossy
            // decoding lost, 各乡\u{FFFD}和县\u{FFFD}部门, where the words around it cannot tell.)
            let place = place.filter(|p| p.name.chars().count() >= 3);
            if let Some(place) = place.filter(|p| !candidates.iter().any(|(_, d)| self.within(d, p, &editions))) {
                let reason = format!(
                    "{name} matches {} divisions, none of them in {}, the only place the text names: placed there",
                    candidates.len(),
                    place.name
                );
                let at = Self::edition_of(place, &editions);
                return Resolution {
                    ancestor_only: true,
                    found_in_text: true,
                    ..self.resolved(place, at, listed, reason)
                };
            }
        }
        // A zone by generic words is taken for one the tables list only where the text names that
        // one's county: a province or a city the text names may hold a zone the tables do not
        // list, whose committee is the agency (东湾经济技术开发区管委会).
        let named_in_text = |a: &Division| {
            let Some(mentions) = context_mentions.as_ref() else { return false };
            Self::named_by(a, |n| mentions.iter().any(|m| self.forms[m.form].0 == n)).is_some()
        };
        // (Or the zone named after its city or county, 兰州高新区: the name itself places it.)
        let in_its_own_name =
            |a: &Division| named.is_some_and(|(_, source)| Self::named_by(a, |n| source.contains(n)).is_some());
        let county_named = |d: &Division| {
            let chain = self.ancestry(d, Self::edition_of(d, &editions));
            chain.iter().any(|a| {
                (a.level == Level::County && named_in_text(a))
                    || (matches!(a.level, Level::Prefecture | Level::County) && in_its_own_name(a))
            })
        };
        let supported_zone = |d: &Division| !generic_zone || county_named(d);
        let resolution = match candidates.as_slice() {
            [] => unresolved(listed, format!("{name} is not a division in {edition_text}")),
            [(_, only)] => self.resolved(
                only,
                Self::edition_of(only, &editions),
                listed.clone(),
                format!("{name} is unique in {edition_text}"),
            ),
            [(best, d), (second, _), ..] if *best >= 1.0 && *best > *second && supported_zone(d) => {
                let reason = format!(
                    "{name}: 1 of {} candidates, supported by the places the text names (score {best} vs {second})",
                    candidates.len()
                );
                self.resolved(d, Self::edition_of(d, &editions), listed.clone(), reason)
            }
            _ => {
                let n = listed.len();
                let ambiguity =
                    format!("{name} matches {n} divisions in {edition_text} and the text does not tell them apart");
                let (leader, postal) = crate::cues::province_cues(context());
                let cues: Vec<_> = leader.into_iter().chain(postal).collect();
                let allowed = |d: &Division| cues.iter().all(|c| c.provinces.contains(&&d.code[..2]));
                let kept: Vec<(f64, &Division)> = if cues.is_empty() {
                    Vec::new()
                } else {
                    candidates.iter().copied().filter(|(_, d)| allowed(d)).collect()
                };
                let evidence = || cues.iter().map(|c| c.evidence.as_str()).collect::<Vec<_>>().join("、");
                // (A zone by generic words the text supports none of may be one the tables do not
                // list: the province's only zone of the name is not therefore it.)
                let unsupported_zone =
                    generic_zone && !candidates.iter().any(|(score, d)| *score > 0.0 && county_named(d));
                let kept_best = match kept.as_slice() {
                    _ if unsupported_zone => None,
                    [(_, only)] => Some(*only),
                    [(best, d), (second, _), ..] if *best >= 1.0 && *best > *second => Some(*d),
                    _ => None,
                };
                if let Some(d) = kept_best {
                    let reason =
                        format!("{ambiguity}; of them, {evidence} allows only this one", evidence = evidence());
                    return Resolution {
                        found_in_text: named.is_none(),
                        ..self.resolved(d, Self::edition_of(d, &editions), listed, reason)
                    };
                }
                let (ambiguity, candidates) = if kept.len() > 1 {
                    (format!("{ambiguity}; {} allows {} of them", evidence(), kept.len()), kept)
                } else {
                    (ambiguity, candidates)
                };
                // (A zone by generic words: only as far down as the text names a place — the
                // zone the tables list there may not be the committee's.)
                let shared = self.shared_ancestor(&candidates, &editions);
                let shared = if generic_zone {
                    shared.and_then(|a| {
                        let chain = self.ancestry(a, Self::edition_of(a, &editions));
                        chain.into_iter().rev().find(|b| named_in_text(b))
                    })
                } else {
                    shared
                };
                match shared {
                    Some(ancestor) => {
                        let which = if candidates[0].0 >= 1.0 { "those the text supports best" } else { "all" };
                        let reason = format!("{ambiguity}; {which} lie in {}", ancestor.name);
                        let at = Self::edition_of(ancestor, &editions);
                        Resolution { ancestor_only: true, ..self.resolved(ancestor, at, listed, reason) }
                    }
                    None => unresolved(listed, ambiguity),
                }
            }
        };
        Resolution { found_in_text: named.is_none(), ..resolution }
    }

    /// Where the text names no place: the province the leader's words name (see [`crate::cues`]),
    /// when every cue of the text allows it and it alone; a postcode alone places nothing.
    fn province_by_cues(&self, context: &str, editions: &RangeInclusive<u16>) -> Option<(&Division, String)> {
        let (leader, postal) = crate::cues::province_cues(context);
        if leader.is_empty() {
            return None;
        }
        let cues: Vec<_> = leader.into_iter().chain(postal).collect();
        let province = crate::cues::agreed_province(&cues)?;
        let division = self
            .by_code
            .get(&format!("{province}0000000000"))?
            .iter()
            .map(|&i| &self.divisions[i])
            .find(|d| d.valid_during(editions))?;
        let evidence = cues.iter().map(|c| c.evidence.as_str()).collect::<Vec<_>>().join("、");
        Some((division, evidence))
    }

    /// The most specific division every candidate the text supports best lies in: those of the
    /// best score where the text named one of their places at least (score ≥ 1), else all of
    /// them. `None` where they share no province.
    fn shared_ancestor<'a>(
        &'a self,
        candidates: &[(f64, &'a Division)],
        editions: &RangeInclusive<u16>,
    ) -> Option<&'a Division> {
        let best = candidates.first()?.0;
        let supported: Vec<&Division> =
            candidates.iter().filter(|(score, _)| best < 1.0 || *score == best).map(|(_, d)| *d).collect();
        let chains: Vec<Vec<&Division>> =
            supported.iter().map(|d| self.ancestry(d, Self::edition_of(d, editions))).collect();
        let above = |chain: &[&'a Division]| chain[..chain.len().saturating_sub(1)].to_vec();
        let first = above(chains.first()?);
        // Ancestry runs from the province down to the division; the candidates themselves differ.
        first.iter().rev().find(|a| chains.iter().all(|chain| above(chain).iter().any(|b| b.code == a.code))).copied()
    }

    /// Each competing division scored by the text: one point per ancestor it names (full or
    /// short form), half a point when a 区/县 clue agrees with the county level's kind.
    ///
    /// An ancestor that bears the anchor's own name (a 综合保税区 listed at county level and again
    /// as the township-level area under it) is no support: the text naming the anchor names it
    /// too, and counting it would always favour the lower division.
    fn scored<'a>(
        &'a self,
        rows: Vec<&'a Division>,
        anchor_name: &str,
        mentioned: &BTreeSet<&str>,
        context: &str,
        editions: &RangeInclusive<u16>,
    ) -> Vec<(f64, &'a Division)> {
        // The anchor's own name is no clue: 某某开发区人民政府 says nothing of the county level.
        let context = &context.replace(anchor_name, "");
        let district_clue = has_clue(context, '区', &["自治", "地"]);
        let county_clue = has_clue(context, '县', &[]);
        rows.into_iter()
            .map(|d| {
                let chain = self.ancestry(d, Self::edition_of(d, editions));
                // Each name the text gives supports a chain once: 吉林 is short for 吉林省 and
                // for 吉林市, and one 吉林 in the text is no more support for a division of 吉林市
                // than for any other of 吉林省.
                let mut supporting: Vec<&str> = Vec::new();
                for a in chain[..chain.len() - 1].iter().filter(|a| a.name != anchor_name) {
                    let named = Self::named_by(a, |n| mentioned.contains(n));
                    if let Some(name) = named.filter(|name| !supporting.contains(name)) {
                        supporting.push(name);
                    }
                }
                let mut score = supporting.len() as f64;
                if let Some(county) = chain.iter().find(|a| a.level == Level::County) {
                    if (district_clue && county.name.ends_with('区')) || (county_clue && county.name.ends_with('县'))
                    {
                        score += 0.5;
                    }
                }
                (score, d)
            })
            .collect()
    }

    /// A township renamed or re-graded under the same parent (芦台镇 → 芦台街道, 宁河区, 2020),
    /// printed by its old name beside its parent after the change: the one division of the
    /// parent, valid now, whose name has the old one's stem, where the parent (unique in the
    /// editions) listed the old name in an earlier edition. With the old division.
    fn successor(&self, unit: &str, anchor: usize, editions: &RangeInclusive<u16>) -> Option<(&Division, &Division)> {
        let [parent] = self.rows_of(anchor, editions)[..] else { return None };
        let exact = |name: &str| -> Vec<&Division> {
            self.names
                .find_overlapping_iter(name)
                .filter(|m| m.start() == 0 && m.end() == name.len())
                .flat_map(|m| self.forms[m.value() as usize].1.iter().map(|&i| &self.divisions[i]))
                .collect()
        };
        let old = exact(unit)
            .into_iter()
            .filter(|d| d.parent == parent.code && d.name == unit && d.last_year < *editions.start())
            .max_by_key(|d| d.last_year)?;
        let stem = TOWNSHIP_KINDS.iter().find_map(|k| unit.strip_suffix(k)).filter(|s| s.chars().count() >= 2)?;
        let mut successors: Vec<&Division> = TOWNSHIP_KINDS
            .iter()
            .map(|k| format!("{stem}{k}"))
            .filter(|name| name != unit)
            .flat_map(|name| exact(&name))
            .filter(|d| d.parent == parent.code && d.valid_during(editions) && d.first_year > old.last_year)
            .collect();
        successors.sort_by(|a, b| a.code.cmp(&b.code));
        successors.dedup_by(|a, b| a.code == b.code);
        match successors[..] {
            [only] => Some((only, old)),
            _ => None,
        }
    }

    /// Does `agency` name a bureau (…局) of the division `name` it names last?
    fn names_a_bureau(agency: &str, name: &str) -> bool {
        agency.rfind(name).is_some_and(|at| {
            let rest = agency[at + name.len()..].trim();
            rest.ends_with('局') && rest.chars().count() >= 2
        })
    }

    /// What an agency name says after its most specific place: nothing but a government suffix
    /// (泗门镇人民政府), a department (余姚市财政局), or an unlisted unit below the place
    /// (XX开发区新港人民政府) — in the last case the report is not the place's own, and resolving it
    /// to the place would be a guess.
    fn unknown_subunit(&self, agency: &str, anchor: usize) -> Option<String> {
        let name = &self.forms[anchor].0;
        let end = agency.rfind(name.as_str())? + name.len();
        let mut rest = agency[end..].trim();
        // 城市管理委员会 is a department's name, not a unit 城市 with a 管理委员会: a body whose
        // own name ends like a department is one, unless it is an area's committee (XX园区管理
        // 委员会, XX开发区管委会: an area below the place).
        let area = ["区", "园", "港", "城"];
        let committee = ["管理委员会", "管委会"].iter().find_map(|c| rest.strip_suffix(c));
        if committee.is_some_and(|unit| unit.chars().count() >= 2 && !area.iter().any(|a| unit.ends_with(a))) {
            return None;
        }
        // A government's liaison office in another city (人民政府驻北京办事处): its body, not a unit
        // below the place.
        if nianbao_model::names::is_liaison_office(rest) {
            return None;
        }
        const GOVERNMENT: [&str; 10] = [
            "人民政府办公室",
            "人民政府办公厅",
            "人民政府",
            "政府办公室",
            "政府",
            "办事处",
            "管理委员会",
            "管委会",
            "党政办公室",
            "党政办",
        ];
        // Every government word off: 东港镇人民政府党政办公室 is the township's own office.
        while let Some(r) = GOVERNMENT.iter().find_map(|suffix| rest.strip_suffix(suffix)) {
            rest = r;
        }
        // 古文码 that lost the last character of the suffix (人民政� for 人民政府): the remainder
        // is a government suffix when what survives can only be the start of one, one character
        // short — not a unit below the place.
        if let Some(intact) = rest.strip_suffix('\u{FFFD}') {
            let completes =
                |suffix: &str| suffix.starts_with(intact) && suffix.chars().count() == intact.chars().count() + 1;
            if !intact.is_empty() && !intact.contains('\u{FFFD}') && GOVERNMENT.iter().any(|s| completes(s)) {
                return None;
            }
        }
        // Beside the shared endings (bureaus, commissions, cooperatives …): offices, stations,
        // brigades, associations; 研究室, 参事室, a government's offices beside its bureaus; state
        // companies and groups; a ministry's 部.
        let more = ["办公室", "办", "处", "站", "队", "会", "室", "馆", "公司", "集团", "部"];
        let department = |name: &str| nianbao_model::names::ends_like_a_department(name, &more);
        // A merged body's second name in brackets (民族事务委员会（宗教事务局）): the first tells.
        let first_name = rest
            .strip_suffix(['）', ')'])
            .and_then(|r| r.rfind(['（', '(']).map(|at| (&r[..at], &r[at..])))
            .filter(|(_, second)| department(second))
            .map_or(rest, |(first, _)| first);
        let han = rest.chars().filter(|&c| nianbao_model::text::is_basic_han(c)).count();
        (han >= 2 && !department(first_name)).then(|| rest.to_string())
    }

    /// A zone named after its city or county: the division's short name glued before a full
    /// name of a lower level none of whose divisions lies in it (益阳 + 高新区, where the tables'
    /// three 高新区 lie in 常州, 兰州 …): the division the short name alone names, where it names
    /// one city or county, and the zone's name.
    ///
    /// Where the short name names several divisions, none of which holds a division of the full
    /// name, the zone's place is not told: `(None, zone)`.
    fn zone_named_after(
        &self,
        text: &str,
        full: usize,
        editions: &RangeInclusive<u16>,
    ) -> Option<(Option<&Division>, String)> {
        let mentions = self.mentions(text, editions);
        let zone = mentions.iter().find(|m| m.form == full)?;
        let short = mentions.iter().find(|m| m.end == zone.start && !self.forms[m.form].2)?;
        let places = self.rows_of(short.form, editions);
        let level = self.max_level(full, editions)?;
        // A province, a city or a county it is named after (the others the short name names may
        // be anything): 重庆高新区, 益阳高新区.
        let named_after = |p: &&Division| matches!(p.level, Level::Province | Level::Prefecture | Level::County);
        if !places.iter().any(|p| named_after(p) && level > p.level) {
            return None;
        }
        let zones = self.rows_of(full, editions);
        if places.iter().any(|p| zones.iter().any(|d| self.within(d, p, editions))) {
            return None;
        }
        let name = text[short.start..zone.end].to_string();
        Some((if let [place] = places[..] { Some(place) } else { None }, name))
    }

    /// The most specific division named in `text` by its full name: 嘉兴市秀洲区王店镇 → 王店镇.
    ///
    /// A name that contradicts the others the same text names never wins alone: 梧州市万秀区林业局
    /// names 林业局, a township-level unit of 鸡东县 (黑龙江) in the tables, beside 梧州市 and 万秀区
    /// (广西); no 林业局 lies under them, so the anchor is 万秀区, the most specific name consistent
    /// with every other.
    fn most_specific_full_name(&self, text: &str, editions: &RangeInclusive<u16>) -> Option<usize> {
        let named: Vec<Mention> = self.mentions(text, editions).into_iter().filter(|m| self.forms[m.form].2).collect();
        let mut ranked: Vec<&Mention> = named.iter().collect();
        ranked.sort_by_key(|m| std::cmp::Reverse((self.max_level(m.form, editions), m.start)));
        ranked.into_iter().find(|m| self.consistent_with_the_others(m.form, &named, editions)).map(|m| m.form)
    }

    /// A report on a year is written early the next: a division renamed in between (大五里乡 →
    /// 大五里镇) signs with the name of the next year's edition, which the year's edition does
    /// not list. Where the agency or title names, in the next edition, a division whose full
    /// name the year's edition does not have — and the year's edition finds at most a shorter
    /// name inside it (五里镇 in 大五里镇) — the next edition is the one to read: `(next year,
    /// name)`.
    fn renamed_as_the_report_was_written(
        &self,
        agency: Option<&str>,
        title: Option<&str>,
        year: Option<i32>,
    ) -> Option<(i32, String)> {
        let next = year? + 1;
        if next > i32::from(LAST_EDITION) {
            return None;
        }
        let (this_year, next_year) = (editions_for(year), editions_for(Some(next)));
        [agency, title.map(agency_part_of_title)].into_iter().flatten().find_map(|text| {
            let renamed = self.most_specific_full_name(text, &next_year)?;
            let name = &self.forms[renamed].0;
            let listed_this_year = !self.rows_of(renamed, &this_year).is_empty();
            let shorter_inside = self
                .most_specific_full_name(text, &this_year)
                .is_none_or(|found| found != renamed && name.contains(self.forms[found].0.as_str()));
            (!listed_this_year && shorter_inside).then(|| (next, name.clone()))
        })
    }

    /// An agency named by a division's short name and nothing else (辽宁 of 辽宁2015年政府信息公开
    /// 工作年度报告, 临汾 of 临汾2015年…): the division's own report, as its full name would say.
    /// Only the whole name: a short name inside other words (大连路, 辽宁大学) names no division.
    fn short_name_alone(&self, text: &str, editions: &RangeInclusive<u16>) -> Option<usize> {
        let text = text.trim();
        match self.mentions(text, editions).as_slice() {
            [m] if m.start == 0 && m.end == text.len() && !self.forms[m.form].2 => Some(m.form),
            _ => None,
        }
    }

    /// Does some division of `form` lie under a division of every other, higher-level name in
    /// `named`?
    fn consistent_with_the_others(&self, form: usize, named: &[Mention], editions: &RangeInclusive<u16>) -> bool {
        let level = self.max_level(form, editions);
        let others: Vec<BTreeSet<&str>> = named
            .iter()
            .filter(|m| m.form != form && self.max_level(m.form, editions) < level)
            .map(|m| self.forms[m.form].1.iter().map(|&i| self.divisions[i].code.as_str()).collect())
            .collect();
        if others.is_empty() {
            return true;
        }
        self.rows_of(form, editions).into_iter().any(|d| {
            let chain: BTreeSet<&str> =
                self.ancestry(d, Self::edition_of(d, editions)).into_iter().map(|a| a.code.as_str()).collect();
            others.iter().all(|codes| codes.iter().any(|c| chain.contains(c)))
        })
    }

    /// The most specific level a name form has among the divisions valid in the editions.
    fn max_level(&self, form: usize, editions: &RangeInclusive<u16>) -> Option<Level> {
        self.forms[form]
            .1
            .iter()
            .map(|&i| &self.divisions[i])
            .filter(|d| d.valid_during(editions))
            .map(|d| d.level)
            .max()
    }

    /// Where the text names no county or township, the most specific place it names by full name
    /// (哈尔滨市 in 《哈尔滨市政府信息公开办法》, 湖南省), when it is the only one of its level and
    /// lies under every other named: a text naming two cities or two provinces abstains.
    ///
    /// A zone named by generic words only (化工园区) is no place a body names: 武汉化工园区 is Wuhan's,
    /// not the unit of that name the tables list under one county.
    fn the_only_place_named(&self, mentions: &[Mention], editions: &RangeInclusive<u16>) -> Option<usize> {
        let full: Vec<Mention> = mentions
            .iter()
            .filter(|m| self.forms[m.form].2 && !self.generic_zone(m.form, editions))
            .map(|m| Mention { form: m.form, start: m.start, end: m.end })
            .collect();
        let top = full.iter().map(|m| self.max_level(m.form, editions)).max()??;
        let mut at_top = full.iter().filter(|m| self.max_level(m.form, editions) == Some(top)).map(|m| m.form);
        let form = at_top.next()?;
        (at_top.all(|f| f == form) && self.consistent_with_the_others(form, &full, editions)).then_some(form)
    }

    /// A township-level zone named by generic words only (化工园区); a county-level 港口区 is a
    /// place.
    fn generic_zone(&self, form: usize, editions: &RangeInclusive<u16>) -> bool {
        crate::forms::generic_zone(&self.forms[form].0) && self.max_level(form, editions) == Some(Level::Township)
    }

    /// The township or county full name the text mentions most, if it clearly leads.
    fn most_mentioned(&self, mentions: &[Mention], editions: &RangeInclusive<u16>) -> Option<usize> {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        for m in mentions {
            let named = self.forms[m.form].2 && !self.generic_zone(m.form, editions);
            if named && self.max_level(m.form, editions) >= Some(Level::County) {
                *counts.entry(m.form).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
        match ranked.as_slice() {
            [(form, n), rest @ ..] if rest.first().is_none_or(|(_, m)| n > m) => Some(*form),
            _ => None,
        }
    }

    fn path(&self, d: &Division, edition: u16) -> String {
        self.ancestry(d, edition).iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join("/")
    }

    fn resolved(&self, d: &Division, edition: u16, candidates: Vec<Candidate>, reason: String) -> Resolution {
        let chain = self.ancestry(d, edition);
        let at = |level: Level| {
            chain.iter().find(|a| a.level == level).map(|a| a.name.clone()).filter(|n| n != "市辖区" && n != "县")
        };
        let province_code = d.code[..2].to_string();
        let province = province_by_code(&province_code);
        let region = Region {
            region_code: Some(d.code.clone()),
            province_name: province.map(|p| p.1.to_string()).or_else(|| at(Level::Province)),
            province_pinyin: province.map(|p| p.2.to_string()),
            province_code: Some(province_code),
            city: at(Level::Prefecture),
            county: at(Level::County),
            town: at(Level::Township),
        };
        Resolution { region, level: Some(d.level), candidates, reason, found_in_text: false, ancestor_only: false }
    }
}

/// The agency part of a title: the text before its year (XX镇人民政府2019年…).
fn agency_part_of_title(title: &str) -> &str {
    title.find(|c: char| c.is_ascii_digit()).map_or(title, |i| &title[..i])
}

fn unresolved(candidates: Vec<Candidate>, reason: String) -> Resolution {
    Resolution {
        region: Region::default(),
        level: None,
        candidates,
        reason,
        found_in_text: false,
        ancestor_only: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clue test as first written: every clue searched through the whole text.
    fn has_clue_by_search(context: &str, clues: &[&str], not_after: &[&str]) -> bool {
        clues.iter().any(|clue| {
            context.match_indices(clue).any(|(at, _)| !not_after.iter().any(|p| context[..at].ends_with(p)))
        })
    }

    #[test]
    fn clue_scan_agrees_with_searching_every_clue() {
        let district = ["区政务公开", "区委", "区政府", "区人民政府", "区政务"];
        let county = ["县政务公开", "县委", "县政府", "县人民政府"];
        let texts = [
            "广西壮族自治区人民政府办公厅",
            "嘉兴市秀洲区人民政府",
            "某地区委员会和某区委",
            "区区委",
            "海盐县政务公开办公室",
            "县",
            "自治区政府与县人民政府",
            "地区政务",
            "本区",
            "",
            "区委县委",
        ];
        for t in texts {
            assert_eq!(has_clue(t, '区', &["自治", "地"]), has_clue_by_search(t, &district, &["自治", "地"]), "{t}");
            assert_eq!(has_clue(t, '县', &[]), has_clue_by_search(t, &county, &[]), "{t}");
        }
        assert!(!has_clue("广西壮族自治区人民政府", '区', &["自治", "地"]));
        assert!(has_clue("秀洲区人民政府", '区', &["自治", "地"]));
    }
}
