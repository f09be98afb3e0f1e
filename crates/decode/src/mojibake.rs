//! Line-level repair of the mojibake families (docs/decode.md §2).
//!
//! Mojibake reaches us already saved as valid UTF-8 — somebody decoded the bytes with the wrong
//! charset and wrote the result back — so it is found line by line after decoding, and undone
//! by re-encoding with the wrong charset and decoding with the right one. A repair is kept only
//! when it decodes strictly (lossless) and the line then reads as common Chinese; anything else
//! stays as it was. Text that no re-encoding can bring back (锟斤拷, 烫烫烫, runs of U+FFFD) is
//! flagged, never "repaired".

use crate::hanzi::TextStats;
use encoding_rs::{Encoding, GB18030, GBK, UTF_8};
use nianbao_model::text::is_basic_han;
use nianbao_model::Repair;

/// The byte each character stands for when bytes were read as Windows-1252 (or Latin-1, whose
/// C1 controls are the same code points as the bytes).
fn latin_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x100 {
        return Some(cp as u8);
    }
    const CP1252_HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    CP1252_HIGH.iter().find(|(ch, _)| *ch == c).map(|&(_, b)| b)
}

/// A byte that never occurs in UTF-8: stands for what the misreading lost (its U+FFFD).
const LOST: u8 = 0xFF;

/// The bytes a GBK decoder read to print `line`. Its inverse is not quite the GB18030 encoder:
/// the decoder prints € for two different inputs, byte 0x80 and the pair A2 E3, and the encoder
/// writes only A2 E3. For UTF-8 underneath, the structure decides: where a character still owes
/// one continuation byte and a continuation byte follows the €, the € was A2 E3 (A2 ends the
/// character, E3 starts the next); otherwise it was 0x80.
fn gbk_bytes(line: &str) -> Vec<u8> {
    const EURO: u16 = 0x100;
    let mut units: Vec<u16> = Vec::with_capacity(line.len());
    // Runs between the special characters are encoded in one call each.
    for run in line.split(['\u{FFFD}', '€']) {
        units.extend(GB18030.encode(run).0.iter().map(|&b| b as u16));
        units.push(u16::MAX); // placeholder, replaced below
    }
    units.pop();
    // Put the special characters back where `split` cut, in order.
    let mut specials = line.chars().filter(|&c| c == '\u{FFFD}' || c == '€');
    for u in units.iter_mut().filter(|u| **u == u16::MAX) {
        *u = if specials.next() == Some('€') { EURO } else { LOST as u16 };
    }
    let is_continuation = |u: Option<&u16>| u.is_some_and(|&b| (0x80..=0xBF).contains(&b) || b == EURO);
    let mut bytes = Vec::with_capacity(units.len());
    let mut owed = 0u8; // continuation bytes the current UTF-8 character still needs
    for (i, &u) in units.iter().enumerate() {
        let pushed: &[u8] = if u == EURO {
            if owed == 1 && is_continuation(units.get(i + 1)) {
                &[0xA2, 0xE3]
            } else {
                &[0x80]
            }
        } else {
            &[u as u8]
        };
        for &b in pushed {
            owed = match b {
                0x80..=0xBF => owed.saturating_sub(1),
                0xC0..=0xDF => 1,
                0xE0..=0xEF => 2,
                0xF0..=0xF7 => 3,
                _ => 0,
            };
        }
        bytes.extend_from_slice(pushed);
    }
    bytes
}

/// Whether the GBK bytes of `line` can be UTF-8 at all, judged by its first non-ASCII
/// character alone: everything before it is ASCII, so its first byte must start a UTF-8
/// sequence (C2–F4), and most clean lines that reach the 古文码 test — traditional text, rare
/// characters — fail here, without encoding the whole line (which was a third of the repair
/// pass's time, measured). Lines with U+FFFD go to the full test: their repair is lossy and
/// needs no valid UTF-8; so does a first € ([`gbk_bytes`] decides its bytes from what follows).
fn may_be_utf8_as_gbk(line: &str) -> bool {
    let Some(first) = line.chars().find(|c| !c.is_ascii()) else { return true };
    if first == '€' || line.contains('\u{FFFD}') {
        return true;
    }
    let mut utf8 = [0u8; 4];
    let (bytes, _, _) = GB18030.encode(first.encode_utf8(&mut utf8));
    bytes.first().is_some_and(|b| (0xC2..=0xF4).contains(b))
}

fn strict_decode(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    encoding.decode_without_bom_handling_and_without_replacement(bytes).map(|t| t.into_owned())
}

/// Punctuation a Chinese report is made of besides Han characters: CJK symbols （）、。,
/// full-width forms, general punctuation (— “ ” …).
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x2000..=0x206F | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// A repaired line must read as Chinese: the Latin-1 characters (nearly) gone — Chinese text
/// legitimately has a few, such as the · of 中国·余姚 — something Chinese
/// (Han or CJK punctuation) present, three quarters of the Han characters common (place names
/// use rarer ones: 瓯海), and less bad than before.
/// The strict decode that produced it is most of the evidence already: arbitrary Latin-1 text
/// almost never forms valid multi-byte sequences.
fn reads_as_chinese(candidate: &str, before: &TextStats) -> bool {
    let after = TextStats::of(candidate);
    let chinese = after.han > 0 || candidate.chars().any(is_cjk_punctuation);
    after.latin1 * 4 <= before.latin1 && chinese && after.common_share() >= 0.75 && after.badness() < before.badness()
}

/// 古文码 is made of rare simplified characters, many of which are common *traditional* ones, so
/// the test is the share of common simplified characters: it must become high (place names use
/// some rarer ones: 泗) and rise clearly, without more U+FFFD than before.
fn reads_as_simplified(candidate: &str, before: &TextStats) -> bool {
    let after = TextStats::of(candidate);
    (after.han > 0 || candidate.chars().any(is_cjk_punctuation))
        && after.simplified_share() >= 0.8
        && after.simplified_share() >= before.simplified_share() + 0.2
        && after.replacement <= before.replacement
}

/// Try the repairs on one line; return the repaired line and the repair kind.
pub fn repair_line(line: &str) -> Option<(String, &'static str)> {
    repair_counted_line(line, TextStats::of(line))
}

/// [`repair_line`] with the line's counts already made.
fn repair_counted_line(line: &str, stats: TextStats) -> Option<(String, &'static str)> {
    // 符号码 / 拼音码: bytes read as Latin-1/Windows-1252. Two or more Latin-1 letters in a row
    // are rare in Chinese text and cheap to test.
    if stats.latin1 + stats.control >= 2 {
        if let Some(bytes) = line.chars().map(latin_byte).collect::<Option<Vec<u8>>>() {
            for (encoding, kind) in [(UTF_8, "utf8_as_latin1"), (GBK, "gbk_as_latin1")] {
                if let Some(fixed) = strict_decode(encoding, &bytes) {
                    if reads_as_chinese(&fixed, &stats) {
                        return Some((fixed, kind));
                    }
                }
            }
        }
    }
    // 古文码: UTF-8 bytes read as GBK. The line is full of rare simplified characters (clean
    // traditional text is tried too, and fails the strict decode at once).
    if stats.han >= 2 && stats.simplified_share() < 0.9 && may_be_utf8_as_gbk(line) {
        let bytes = gbk_bytes(line);
        if !bytes.contains(&LOST) {
            if let Some(fixed) = strict_decode(UTF_8, &bytes) {
                if reads_as_simplified(&fixed, &stats) {
                    return Some((fixed, "utf8_as_gbk"));
                }
            }
        } else {
            // The misreading already lost bytes where it printed U+FFFD. Everything else can still
            // come back: each character a loss broke becomes one U+FFFD (the damage stays
            // visible, and the line is flagged uncertain) until [`fill_holes`] weighs it.
            let fixed: String = with_holes(&bytes).iter().map(Part::shown).collect();
            if reads_as_simplified(&fixed, &stats) {
                return Some((fixed, "utf8_as_gbk_lossy"));
            }
        }
    }
    None
}

/// A character of a lossy repair: whole, or broken by lost bytes (the ones that survived, by
/// position; `None` where a byte was lost).
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Whole(char),
    Hole([Option<u8>; 3]),
}

impl Part {
    fn shown(&self) -> char {
        match self {
            Part::Whole(c) => *c,
            Part::Hole(_) => '\u{FFFD}',
        }
    }
}

/// UTF-8 bytes in which [`LOST`] stands for a byte the misreading lost, decoded character by
/// character. The original was valid UTF-8, so the surviving bytes keep their places: a lost
/// lead byte still owes its continuation bytes, and text after a loss decodes as it was. A
/// character with a lost byte becomes a [`Part::Hole`] of three bytes (what a Chinese
/// character takes); anything that cannot be placed is a hole of unknown bytes.
fn with_holes(bytes: &[u8]) -> Vec<Part> {
    let is_continuation = |b: u8| (0x80..=0xBF).contains(&b);
    let mut out = Vec::with_capacity(bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0x00..=0x7F => {
                out.push(Part::Whole(b as char));
                i += 1;
                continue;
            }
            0xC2..=0xDF => 2,
            0xE0..=0xEF | LOST => 3,
            0xF0..=0xF4 => 4,
            _ => {
                out.push(Part::Hole([None; 3]));
                i += 1;
                continue;
            }
        };
        // The character's bytes: up to `len`, stopping at a byte that starts another.
        let mut end = i + 1;
        while end < bytes.len() && end - i < len && (is_continuation(bytes[end]) || bytes[end] == LOST) {
            end += 1;
        }
        let slots = &bytes[i..end];
        match std::str::from_utf8(slots).ok().and_then(|s| s.chars().next()).filter(|_| end - i == len) {
            Some(c) => out.push(Part::Whole(c)),
            None => {
                let mut known = [None; 3];
                if len == 3 {
                    for (slot, &b) in known.iter_mut().zip(slots) {
                        *slot = (b != LOST).then_some(b);
                    }
                }
                out.push(Part::Hole(known));
            }
        }
        i = end;
    }
    out
}

/// Does `c` (a three-byte character) agree with the bytes of `known` that survived?
fn fits(c: char, known: &[Option<u8>; 3]) -> bool {
    let mut buf = [0u8; 4];
    let bytes = c.encode_utf8(&mut buf).as_bytes();
    bytes.len() == 3 && known.iter().zip(bytes).all(|(k, b)| k.is_none_or(|k| k == *b))
}

/// The genre's words as characters, and where each character stands in them: (word,
/// position) by character.
type Vocabulary = (Vec<Vec<char>>, std::collections::HashMap<char, Vec<(usize, usize)>>);

/// [`crate::vocabulary::WORDS`] as a [`Vocabulary`], made once.
fn vocabulary() -> &'static Vocabulary {
    static V: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let words: Vec<Vec<char>> = crate::vocabulary::WORDS.iter().map(|w| w.chars().collect()).collect();
        let mut by_char: std::collections::HashMap<char, Vec<(usize, usize)>> = Default::default();
        for (wi, w) in words.iter().enumerate() {
            for (k, &c) in w.iter().enumerate() {
                by_char.entry(c).or_default().push((wi, k));
            }
        }
        (words, by_char)
    })
}

/// The words a hole may be decided by: the genre's ([`vocabulary`]) and every pair of whole
/// neighbouring Han characters of the report itself (what follows what, what precedes what).
struct Words {
    after: std::collections::HashMap<char, Vec<char>>,
    before: std::collections::HashMap<char, Vec<char>>,
}

impl Words {
    fn of(text: &str) -> Words {
        let mut words = Words { after: Default::default(), before: Default::default() };
        for line in text.lines() {
            let mut previous: Option<char> = None;
            for c in line.chars() {
                if let Some(p) = previous.filter(|&p| is_basic_han(p) && is_basic_han(c)) {
                    let after = words.after.entry(p).or_default();
                    if !after.contains(&c) {
                        after.push(c);
                    }
                    let before = words.before.entry(c).or_default();
                    if !before.contains(&p) {
                        before.push(p);
                    }
                }
                previous = Some(c);
            }
        }
        words
    }

    /// The characters that can fill hole `i` of `parts`, each with its support: the length of
    /// the longest word that puts it there (a word whose other characters stand around the
    /// hole, the candidate agreeing with the bytes that survived), one more where words on
    /// both sides of the hole put it there.
    fn candidates(&self, parts: &[Part], i: usize, known: &[Option<u8>; 3]) -> Vec<(char, usize)> {
        // (candidate, longest word, found through the left neighbour, through the right one)
        let mut found: Vec<(char, usize, bool, bool)> = Vec::new();
        let mut support = |candidate: char, len: usize, side: usize| {
            let entry = match found.iter().position(|f| f.0 == candidate) {
                Some(at) => &mut found[at],
                None => {
                    found.push((candidate, 0, false, false));
                    found.last_mut().expect("pushed")
                }
            };
            entry.1 = entry.1.max(len);
            if side == 0 {
                entry.2 = true
            } else {
                entry.3 = true
            }
        };
        // Only Han characters are put back: punctuation and spaces decide no label, and a pair
        // such as 》（ would put a bracket where a space was lost.
        let fitting = |c: char| is_basic_han(c) && fits(c, known);
        let (words, by_char) = vocabulary();
        // Words are found through a whole neighbour: the character before or after the hole.
        let neighbours = [i.checked_sub(1), Some(i + 1)];
        for (side, j) in neighbours.into_iter().enumerate() {
            let Some(j) = j else { continue };
            let Some(&Part::Whole(n)) = parts.get(j) else { continue };
            for &(wi, at) in by_char.get(&n).map(Vec::as_slice).unwrap_or_default() {
                let word = &words[wi];
                // The word placed so that its character `at` is the neighbour.
                let Some(start) = j.checked_sub(at) else { continue };
                let Some(k) = i.checked_sub(start).filter(|&k| k < word.len()) else { continue };
                if !fitting(word[k]) {
                    continue;
                }
                // Another hole under the word must agree with the word's character too.
                let agrees = word.iter().enumerate().all(|(m, &c)| match parts.get(start + m) {
                    _ if m == k => true,
                    Some(Part::Whole(p)) => *p == c,
                    Some(Part::Hole(other)) => fits(c, other),
                    None => false,
                });
                if agrees {
                    support(word[k], word.len(), side);
                }
            }
            // The report's own pairs: what followed the left neighbour, what preceded the right.
            let pairs = if side == 0 { self.after.get(&n) } else { self.before.get(&n) };
            for &c in pairs.map(Vec::as_slice).unwrap_or_default() {
                if fitting(c) {
                    support(c, 2, side);
                }
            }
        }
        found.into_iter().map(|(c, len, left, right)| (c, len + (left && right) as usize)).collect()
    }
}

/// Fill the holes of a lossy line where the words decide them: the candidate the longest
/// word puts there (three characters at least, or words on both sides), when no other
/// candidate is as well supported (信息公\u{FFFD}工作 with E5 surviving: 信息公开 against 公共's
/// two characters). Digits are ASCII and never lost:
/// a filled character is a word's, never a figure's. Holes nothing decides stay U+FFFD.
fn fill_holes(parts: &mut [Part], words: &Words) -> usize {
    let mut filled = 0;
    // A filled character can decide its neighbour: a few rounds.
    for _ in 0..3 {
        let mut changed = false;
        for i in 0..parts.len() {
            let Part::Hole(known) = parts[i] else { continue };
            if known.iter().all(Option::is_none) {
                continue;
            }
            let mut found = words.candidates(parts, i, &known);
            found.sort_by_key(|f| std::cmp::Reverse(f.1));
            // A pair alone (公开 against 公共) decides nothing: three characters of a word, or
            // words on both sides, and no other candidate as well supported.
            let decided = match found.as_slice() {
                [(c, best)] if *best >= 3 => Some(*c),
                [(c, best), (_, next), ..] if *best >= 3 && best > next => Some(*c),
                _ => None,
            };
            if let Some(c) = decided {
                parts[i] = Part::Whole(c);
                filled += 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    filled
}

/// Lines that no repair can recover: U+FFFD round-tripped through GBK (锟斤拷), uninitialised
/// memory printed as text (烫烫烫 / 屯屯屯), or any U+FFFD left (a character was lost there).
pub fn is_unrecoverable(line: &str) -> bool {
    // Searchers built once: every non-ASCII line of every document is asked.
    static MARKS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 4]> = std::sync::LazyLock::new(|| {
        ["锟斤拷", "烫烫烫", "屯屯屯", "\u{FFFD}"].map(|m| memchr::memmem::Finder::new(m.as_bytes()))
    });
    MARKS.iter().any(|m| m.find(line.as_bytes()).is_some())
}

/// What [`repair_text`] did to a text.
pub struct RepairedText {
    /// The repaired text; `None` when no line needed a repair (the text stands as it was).
    pub text: Option<String>,
    /// One [`Repair`] per kind, with line numbers.
    pub repairs: Vec<Repair>,
    /// Lines whose text is not certain (lossy repairs and unrecoverable lines).
    pub uncertain: Vec<u32>,
    /// The counts of the text *as given*: every line is counted to decide on its repair, and
    /// their sum spares the caller a pass over the whole text.
    pub input_stats: TextStats,
}

/// Repair every line that needs it.
pub fn repair_text(text: &str) -> RepairedText {
    // Copied only from the first repaired line on: most texts need none.
    let mut out: Option<String> = None;
    let mut fixed: Vec<(&'static str, u32)> = Vec::new();
    let mut unrecoverable = Vec::new();
    let mut input_stats = TextStats::default();
    let mut done = 0; // bytes of `text` already accounted for in `out`
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let lineno = i as u32 + 1;
        let start = done;
        done += line.len();
        let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        input_stats.chars += newline.len();
        if body.is_ascii() {
            input_stats.add(&TextStats::of_ascii(body.as_bytes()));
            if let Some(out) = &mut out {
                out.push_str(line);
            }
            continue;
        }
        let stats = TextStats::of(body);
        input_stats.add(&stats);
        match repair_counted_line(body, stats) {
            Some((repaired, kind)) => {
                let out = out.get_or_insert_with(|| {
                    let mut out = String::with_capacity(text.len() + text.len() / 4);
                    out.push_str(&text[..start]);
                    out
                });
                out.push_str(&repaired);
                out.push_str(newline);
                fixed.push((kind, lineno));
            }
            None => {
                if is_unrecoverable(body) {
                    unrecoverable.push(lineno);
                }
                if let Some(out) = &mut out {
                    out.push_str(line);
                }
            }
        }
    }
    let mut repairs = Vec::new();
    let lossy: Vec<u32> = fixed.iter().filter(|(k, _)| *k == "utf8_as_gbk_lossy").map(|&(_, l)| l).collect();
    if let (false, Some(repaired)) = (lossy.is_empty(), out.as_mut()) {
        let filled = fill_lossy_lines(text, repaired, &lossy);
        if filled > 0 {
            repairs.push(Repair {
                kind: "lost_characters_filled".into(),
                count: filled,
                detail: "characters a lossy 古文码 repair lost, put back where their surviving bytes and the report's own words allow one only".into(),
            });
        }
    }
    for kind in ["utf8_as_gbk", "utf8_as_gbk_lossy", "utf8_as_latin1", "gbk_as_latin1"] {
        let lines: Vec<u32> = fixed.iter().filter(|(k, _)| *k == kind).map(|&(_, l)| l).collect();
        if !lines.is_empty() {
            repairs.push(Repair {
                kind: kind.into(),
                count: lines.len(),
                detail: format!("lines {}", line_list(&lines)),
            });
        }
    }
    if !unrecoverable.is_empty() {
        repairs.push(Repair {
            kind: "unrecoverable".into(),
            count: unrecoverable.len(),
            detail: format!("kept as printed, lines {}", line_list(&unrecoverable)),
        });
    }
    let mut uncertain: Vec<u32> = fixed.iter().filter(|(k, _)| *k == "utf8_as_gbk_lossy").map(|&(_, l)| l).collect();
    uncertain.extend(unrecoverable);
    uncertain.sort_unstable();
    RepairedText { text: out, repairs, uncertain, input_stats }
}

/// Fill the holes of the lossy lines (`lossy`: line numbers) of `repaired` from the neighbours
/// its whole text holds; the lines are made again from `original` (the holes' surviving bytes
/// are not in the repaired text). Returns the characters filled.
fn fill_lossy_lines(original: &str, repaired: &mut String, lossy: &[u32]) -> usize {
    let words = Words::of(repaired);
    let originals: Vec<&str> = original.split('\n').collect();
    let mut filled = 0;
    let mut lines: Vec<String> = repaired.split('\n').map(str::to_string).collect();
    for &lineno in lossy {
        let i = lineno as usize - 1;
        let (Some(before), Some(line)) = (originals.get(i), lines.get_mut(i)) else { continue };
        let mut parts = with_holes(&gbk_bytes(before.strip_suffix('\r').unwrap_or(before)));
        let n = fill_holes(&mut parts, &words);
        if n > 0 {
            let cr = if line.ends_with('\r') { "\r" } else { "" };
            *line = parts.iter().map(Part::shown).collect::<String>() + cr;
            filled += n;
        }
    }
    *repaired = lines.join("\n");
    filled
}

/// The damage the lossy repair undoes, as Python makes it: `bytes.decode("gbk",
/// errors="replace")`, where a byte that starts no valid pair becomes one U+FFFD and decoding goes
/// on at the next byte (a browser skips the whole bad pair instead). For the generator and the
/// tests, which must make this damage the way it is made.
pub fn python_gbk_replace(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3 / 2);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            out.push(bytes[i] as char);
            i += 1;
            continue;
        }
        let pair = bytes
            .get(i..i + 2)
            .filter(|_| bytes[i] != 0x80)
            .and_then(|p| strict_decode(GBK, p))
            .filter(|t| t.chars().count() == 1);
        match pair {
            Some(c) => {
                out.push_str(&c);
                i += 2;
            }
            None => {
                out.push('\u{FFFD}');
                i += 1;
            }
        }
    }
    out
}

/// `3, 7, 12 …` — at most ten line numbers, then a count.
pub fn line_list(lines: &[u32]) -> String {
    let shown: Vec<String> = lines.iter().take(10).map(u32::to_string).collect();
    if lines.len() > 10 {
        format!("{} … ({} in all)", shown.join(", "), lines.len())
    } else {
        shown.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::WINDOWS_1252;

    const CLEAN: &str = "政府信息公开工作年度报告";

    #[test]
    fn utf8_read_as_gbk_is_repaired() {
        let (mojibake, _) = GBK.decode_without_bom_handling(CLEAN.as_bytes());
        assert_ne!(mojibake, CLEAN);
        assert_eq!(repair_line(&mojibake), Some((CLEAN.to_string(), "utf8_as_gbk")));
    }

    #[test]
    fn utf8_read_as_windows_1252_is_repaired() {
        let (mojibake, _) = WINDOWS_1252.decode_without_bom_handling(CLEAN.as_bytes());
        assert_eq!(repair_line(&mojibake), Some((CLEAN.to_string(), "utf8_as_latin1")));
    }

    #[test]
    fn gbk_read_as_latin1_is_repaired() {
        let (gbk, _, _) = GBK.encode(CLEAN);
        let mojibake: String = gbk.iter().map(|&b| b as char).collect();
        assert_eq!(repair_line(&mojibake), Some((CLEAN.to_string(), "gbk_as_latin1")));
    }

    #[test]
    fn clean_and_traditional_lines_are_left_alone() {
        assert_eq!(repair_line(CLEAN), None);
        assert_eq!(repair_line("海鹽縣沈蕩鎮人民政府2017年度政府信息公開工作報告"), None);
        assert_eq!(repair_line("Ãcole café naïve"), None);
    }

    #[test]
    fn the_first_character_test_refuses_only_lines_the_full_test_refuses() {
        let clean = [
            CLEAN,
            "海鹽縣沈蕩鎮人民政府2017年度政府信息公開工作報告",
            "（一）瓯海区泗门镇",
            "2021年 主动公开 “政务” 〔2021〕36号",
            "€ 5 元",
        ];
        let mut lines: Vec<String> = Vec::new();
        for text in clean {
            let (mojibake, _) = GBK.decode_without_bom_handling(text.as_bytes());
            lines.extend([text.to_string(), format!("12 ab {text}"), mojibake.to_string(), format!("(3) {mojibake}")]);
        }
        // Every character of the common block after an ASCII prefix.
        lines.extend((0x4E00..=0x9FFFu32).step_by(7).filter_map(char::from_u32).map(|c| format!("x {c}{c}一")));
        let mut refused = 0;
        for line in &lines {
            if !may_be_utf8_as_gbk(line) {
                refused += 1;
                assert_eq!(strict_decode(UTF_8, &gbk_bytes(line)), None, "{line}");
            }
        }
        assert!(refused > lines.len() / 2, "most clean lines are refused early: {refused} of {}", lines.len());
        for text in clean.iter().take(4) {
            let (mojibake, _) = GBK.decode_without_bom_handling(text.as_bytes());
            assert!(may_be_utf8_as_gbk(&mojibake), "{mojibake}");
        }
    }

    #[test]
    fn lost_bytes_break_only_their_own_characters() {
        let mut bytes = "公开".as_bytes().to_vec();
        bytes[4] = LOST;
        bytes[5] = LOST;
        assert_eq!(with_holes(&bytes), [Part::Whole('公'), Part::Hole([Some(0xE5), None, None])]);
        // A lost lead byte: its continuation bytes survive and place the text after it.
        let mut bytes = "开会".as_bytes().to_vec();
        bytes[0] = LOST;
        assert_eq!(with_holes(&bytes), [Part::Hole([None, Some(0xBC), Some(0x80)]), Part::Whole('会')]);
    }

    #[test]
    fn a_lost_character_is_put_back_only_where_a_word_decides_it() {
        let words = Words::of("");
        let line = |text: &str| -> Vec<Part> {
            text.chars()
                .map(|c| if c == '开' { Part::Hole([Some(0xE5), None, None]) } else { Part::Whole(c) })
                .collect()
        };
        let shown = |parts: &[Part]| parts.iter().map(Part::shown).collect::<String>();
        let mut decided = line("全年主动公开政府信息");
        assert_eq!(fill_holes(&mut decided, &words), 1);
        assert_eq!(shown(&decided), "全年主动公开政府信息");
        // 公 and a lost character starting with E5, then nothing Chinese: 公开, 公共, 公司 …
        let mut open = line("其他公开，");
        assert_eq!(fill_holes(&mut open, &words), 0);
        assert_eq!(shown(&open), "其他公\u{FFFD}，");
    }

    #[test]
    fn a_report_python_decoded_as_gbk_comes_back_with_its_words() {
        let report = "二、主动公开政府信息情况\n全年主动公开政府信息3298条，其中，通过政府网站公开2400条。\n三、依申请公开政府信息情况\n";
        let mojibake = super::python_gbk_replace(report.as_bytes());
        assert!(mojibake.contains('\u{FFFD}') && !mojibake.contains("公开"), "{mojibake}");
        let repaired = repair_text(&mojibake);
        let text = repaired.text.unwrap();
        assert!(text.contains("全年主动公开政府信息3298条"), "{text}");
        assert!(text.contains("2400条"), "{text}");
        assert!(repaired.repairs.iter().any(|r| r.kind == "lost_characters_filled"), "{:?}", repaired.repairs);
        assert!(!repaired.uncertain.is_empty(), "the lossy lines stay flagged");
    }

    #[test]
    fn unrecoverable_text_is_flagged_and_kept() {
        let text = "第一行\n锟斤拷锟斤拷\nab\u{FFFD}cd\n";
        let r = repair_text(text);
        assert_eq!(r.text, None, "kept as it was");
        assert_eq!(r.uncertain, vec![2, 3]);
        assert_eq!(r.repairs[0].kind, "unrecoverable");
        assert_eq!(r.input_stats, TextStats::of(text));
    }

    #[test]
    fn a_repaired_text_keeps_its_other_lines_and_counts_the_input() {
        let (mojibake, _) = GBK.decode_without_bom_handling(CLEAN.as_bytes());
        let text = format!("first line\n{mojibake}\n第三行 ok\nlast");
        let r = repair_text(&text);
        assert_eq!(r.text.as_deref(), Some(format!("first line\n{CLEAN}\n第三行 ok\nlast").as_str()));
        assert_eq!(r.repairs[0].kind, "utf8_as_gbk");
        assert_eq!(r.input_stats, TextStats::of(&text));
    }
}
