//! Pinyin-annotated traditional text from SEO spam mirrors (docs/decode.md §3).
//!
//! Mirrors rewrite government pages as traditional characters and insert the pinyin of some of
//! them: `當(dāng)前位置: 首頁(yè)`. The insertion is a byte-level find-and-replace on GBK bytes that
//! ignores character boundaries, so it also lands *inside* characters; a lenient decoder then
//! prints `?` for each stranded byte and swallows the `(` after it: `政府?dāng)?shù)據(jù)` is
//! 政府數據 with a phantom 當 (bytes AE 94) straddling 府|數.
//!
//! Repair, per line:
//! * no `?` on the line: delete each `C(py)` whose `py` is a reading of `C` — nothing else;
//! * otherwise rebuild the GBK byte stream, drop the annotation bytes, turn each `?` before an
//!   annotation into an unknown byte, and let each annotation constrain "the two bytes before
//!   this point decode to a character read `py`". Constraint propagation narrows the unknown
//!   bytes; a Viterbi pass over the damaged window picks the most common characters that satisfy
//!   every constraint. Lines where a byte keeps several candidates are marked uncertain.
//!
//! Parentheses that hold Han characters, digits, capitals, spaces or several syllables are never
//! touched: `(以下簡稱《條例》)`, `(一)`, `(GDP)`, `(2019)`, `(Haiyan)`.

use crate::hanzi::{big5_level1, gb2312_level1, gbk_pair, is_han};
use encoding_rs::GB18030;
use pinyin::ToPinyinMulti;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

/// Is `py` (toned, or toneless) a reading of `c`? Heteronyms count.
pub fn has_reading(c: char, py: &str) -> bool {
    c.to_pinyin_multi().is_some_and(|multi| multi.into_iter().any(|p| p.with_tone() == py || p.plain() == py))
}

/// Every syllable the pinyin data knows, for `?py)` runs whose character is lost.
fn all_readings() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for c in (0x3400..=0x9FFFu32).filter_map(char::from_u32) {
            if let Some(multi) = c.to_pinyin_multi() {
                for p in multi {
                    set.insert(p.with_tone());
                    set.insert(p.plain());
                }
            }
        }
        set
    })
}

/// Counts of `C(py)`/`?py)` that are (valid) or are not (invalid) readings, and Han characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    pub valid: usize,
    pub invalid: usize,
    pub han: usize,
}

impl Evidence {
    /// The decision rule of docs/decode.md: enough valid annotations, few invalid ones, and a
    /// density no legitimate text reaches.
    pub fn is_spam(&self) -> bool {
        self.valid >= 3 && self.valid >= 4 * self.invalid && self.valid as f64 >= 0.005 * self.han.max(1) as f64
    }
}

/// One `C(py)` or `?py)` in a text, found by [`annotations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Annotation<'a> {
    /// Byte range of the whole match, from `C` (or `?`) to `)`.
    pub start: usize,
    pub end: usize,
    /// The annotated character; `?` for a stranded byte.
    pub annotated: char,
    pub syllable: &'a str,
    /// `?py)`: the `(` was swallowed by the decoder.
    pub swallowed: bool,
}

fn is_syllable_char(c: char) -> bool {
    c.is_ascii_lowercase() || "üāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)
}

/// Every `C(py)` (C a Han character or `?`) and `?py)` of `text`, with `py` one to six syllable
/// letters. A scan from each `)` backwards: much cheaper than a regex with captures, and the
/// texts are long (a mirror prints its whole body on one line).
pub fn annotations(text: &str) -> impl Iterator<Item = Annotation<'_>> + '_ {
    text.match_indices(')').filter_map(move |(close, _)| {
        let head = &text[..close];
        let mut letters = 0;
        let mut open = close;
        for (i, c) in head.char_indices().rev() {
            if is_syllable_char(c) && letters < 6 {
                letters += 1;
                open = i;
            } else {
                break;
            }
        }
        if letters == 0 {
            return None;
        }
        let syllable = &text[open..close];
        let before = &text[..open];
        let (marker, marker_start) = before.char_indices().next_back().map(|(i, c)| (c, i))?;
        if marker == '(' {
            let (start, annotated) = before[..marker_start].char_indices().next_back()?;
            (is_han(annotated) || annotated == '?').then_some(Annotation {
                start,
                end: close + 1,
                annotated,
                syllable,
                swallowed: false,
            })
        } else if marker == '?' {
            Some(Annotation { start: marker_start, end: close + 1, annotated: '?', syllable, swallowed: true })
        } else {
            None
        }
    })
}

fn is_valid(a: &Annotation) -> bool {
    if a.annotated == '?' {
        all_readings().contains(a.syllable)
    } else {
        has_reading(a.annotated, a.syllable)
    }
}

pub fn evidence(text: &str) -> Evidence {
    evidence_counted(text, text.chars().filter(|&c| is_han(c)).count())
}

/// [`evidence`] for a text whose Han characters the caller has counted (`TextStats::han`).
pub fn evidence_counted(text: &str, han: usize) -> Evidence {
    let mut e = Evidence { han, ..Evidence::default() };
    for a in annotations(text) {
        if is_valid(&a) {
            e.valid += 1
        } else {
            e.invalid += 1
        }
    }
    e
}

/// Delete the annotations of a line without `?`: only `C(py)` with `py` a reading of `C`.
pub fn strip_annotations(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pos = 0;
    for a in annotations(line) {
        if a.swallowed || a.annotated == '?' || !is_valid(&a) || a.start < pos {
            continue;
        }
        let keep_end = a.start + a.annotated.len_utf8();
        out.push_str(&line[pos..keep_end]);
        pos = a.end;
    }
    out.push_str(&line[pos..]);
    out
}

/// The GBK byte stream of a damaged line: known bytes, unknown bytes (`None`), annotation
/// constraints (position just after the two bytes they read, syllable), and safe boundaries
/// (positions where a character certainly starts) that bound the re-segmentation windows.
struct Stream<'a> {
    bytes: Vec<Option<u8>>,
    constraints: Vec<(usize, &'a str)>,
    safe: BTreeSet<usize>,
}

fn parse_stream(line: &str) -> Stream<'_> {
    let mut s = Stream { bytes: Vec::with_capacity(line.len()), constraints: Vec::new(), safe: BTreeSet::from([0]) };
    // Where each annotation begins: at its `?` for `?py)`, at its `(` for `C(py)`.
    let mut swallowed: HashMap<usize, Annotation> = HashMap::new();
    let mut parenthesised: HashMap<usize, Annotation> = HashMap::new();
    for a in annotations(line) {
        if a.swallowed {
            swallowed.insert(a.start, a);
        } else {
            parenthesised.insert(a.start + a.annotated.len_utf8(), a);
        }
    }
    let mut encoder = GB18030.new_encoder();
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < line.len() {
        if !s.bytes.is_empty() {
            if let Some(a) = swallowed.get(&i).filter(|a| all_readings().contains(a.syllable)) {
                s.bytes.push(None);
                s.constraints.push((s.bytes.len(), a.syllable));
                i = a.end;
                prev = Some(')');
                continue;
            }
            if let Some(a) = parenthesised.get(&i) {
                let genuine = prev.is_some_and(|c| c != '?' && has_reading(c, a.syllable));
                if prev == Some('?') || genuine {
                    s.constraints.push((s.bytes.len(), a.syllable));
                    if genuine {
                        s.safe.insert(s.bytes.len());
                    }
                    i = a.end;
                    prev = Some(')');
                    continue;
                }
            }
        }
        let c = line[i..].chars().next().unwrap();
        let next = i + c.len_utf8();
        if c == '?' && parenthesised.contains_key(&next) {
            s.bytes.push(None);
        } else if c.is_ascii() {
            s.bytes.push(Some(c as u8));
        } else {
            let mut src = [0u8; 4];
            let mut dst = [0u8; 4];
            let (_, _, written) =
                encoder.encode_from_utf8_without_replacement(c.encode_utf8(&mut src), &mut dst, false);
            s.bytes.extend(dst[..written].iter().map(|&b| Some(b)));
        }
        if (c as u32) < 0x40 {
            s.safe.insert(s.bytes.len());
        }
        prev = Some(c);
        i = next;
    }
    s.safe.insert(s.bytes.len());
    s
}

fn is_common(c: char) -> bool {
    gb2312_level1().contains(c) || big5_level1().contains(c)
}

fn char_score(c: char) -> f64 {
    if is_common(c) {
        3.0
    } else if is_han(c) {
        0.5
    } else {
        1.0
    }
}

const LEAD_BYTES: std::ops::RangeInclusive<u8> = 0x81..=0xFE;

/// Narrow each unknown byte to the values that let every constraint covering it hold
/// (two sweeps of arc consistency, as in the prototype).
fn narrow_domains(s: &Stream) -> HashMap<usize, Vec<u8>> {
    let mut dom: HashMap<usize, Vec<u8>> =
        s.bytes.iter().enumerate().filter(|(_, b)| b.is_none()).map(|(k, _)| (k, LEAD_BYTES.collect())).collect();
    for _ in 0..2 {
        for &(p, py) in &s.constraints {
            if p < 2 {
                continue;
            }
            let (a, b) = (p - 2, p - 1);
            if s.bytes[a].is_some() && s.bytes[b].is_some() {
                continue;
            }
            let values =
                |k: usize, dom: &HashMap<usize, Vec<u8>>| s.bytes[k].map_or_else(|| dom[&k].clone(), |v| vec![v]);
            let (va, vb) = (values(a, &dom), values(b, &dom));
            let mut xs = BTreeSet::new();
            let mut ys = BTreeSet::new();
            for &x in &va {
                for &y in &vb {
                    if gbk_pair(x, y).is_some_and(|c| has_reading(c, py)) {
                        xs.insert(x);
                        ys.insert(y);
                    }
                }
            }
            if s.bytes[a].is_none() && !xs.is_empty() {
                dom.insert(a, xs.into_iter().collect());
            }
            if s.bytes[b].is_none() && !ys.is_empty() {
                dom.insert(b, ys.into_iter().collect());
            }
        }
    }
    dom
}

/// Best segmentation of bytes `lo..hi` into characters: single ASCII bytes, GBK pairs (which
/// must satisfy a constraint ending right after them), or U+FFFD at a heavy cost.
fn viterbi(s: &Stream, dom: &HashMap<usize, Vec<u8>>, want: &HashMap<usize, &str>, lo: usize, hi: usize) -> String {
    let n = hi - lo;
    let mut best = vec![f64::NEG_INFINITY; n + 1];
    let mut back: Vec<Option<(usize, char)>> = vec![None; n + 1];
    best[0] = 0.0;
    for j in 0..n {
        if best[j] == f64::NEG_INFINITY {
            continue;
        }
        let i = lo + j;
        let b = s.bytes[i];
        if let Some(byte) = b.filter(|&x| x < 0x80) {
            if best[j] > best[j + 1] {
                best[j + 1] = best[j];
                back[j + 1] = Some((j, byte as char));
            }
        }
        if best[j] - 4.0 > best[j + 1] {
            best[j + 1] = best[j] - 4.0;
            back[j + 1] = Some((j, '\u{FFFD}'));
        }
        if j + 1 < n {
            let c0 = b.map_or_else(|| dom[&i].clone(), |v| vec![v]);
            let c1 = s.bytes[i + 1].map_or_else(|| dom[&(i + 1)].clone(), |v| vec![v]);
            let wanted = want.get(&(i + 2)).copied();
            let unknowns = b.is_none() as u8 + s.bytes[i + 1].is_none() as u8;
            let mut cand: Option<(f64, char)> = None;
            for &x in c0.iter().filter(|&&x| x >= 0x81) {
                for &y in &c1 {
                    let Some(c) = gbk_pair(x, y) else { continue };
                    if let Some(py) = wanted {
                        if unknowns > 0 && !has_reading(c, py) {
                            continue;
                        }
                    }
                    let penalty = if wanted.is_none() { 0.5 * unknowns as f64 } else { 0.0 };
                    let sc = char_score(c) - penalty;
                    if cand.is_none_or(|(best_sc, _)| sc > best_sc) {
                        cand = Some((sc, c));
                    }
                }
            }
            if let Some((sc, c)) = cand {
                if best[j] + sc > best[j + 2] {
                    best[j + 2] = best[j] + sc;
                    back[j + 2] = Some((j, c));
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut j = n;
    while j > 0 {
        let (i, c) = back[j].expect("every position is reachable through U+FFFD");
        out.push(c);
        j = i;
    }
    out.iter().rev().collect()
}

/// The byte-level repair costs O(126²) per lost byte; beyond this many on one line (no real line
/// comes close) the line is only stripped and flagged, so adversarial input cannot stall a run.
const MAX_LOST_BYTES_PER_LINE: usize = 256;

/// Repair one line of spam text. Returns the repaired (still traditional) line and whether the
/// repair is certain.
pub fn repair_line(line: &str) -> (String, bool) {
    if !line.contains('?') {
        return (strip_annotations(line), true);
    }
    let s = parse_stream(line);
    let unknown: Vec<usize> = s.bytes.iter().enumerate().filter(|(_, b)| b.is_none()).map(|(k, _)| k).collect();
    if s.constraints.is_empty() && unknown.is_empty() {
        return (line.to_string(), true);
    }
    if unknown.len() > MAX_LOST_BYTES_PER_LINE {
        return (strip_annotations(line), false);
    }
    let dom = narrow_domains(&s);
    let want: HashMap<usize, &str> = s.constraints.iter().copied().collect();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for &k in &unknown {
        let lo = *s.safe.range(..=k).next_back().unwrap_or(&0);
        let hi = *s.safe.range(k + 1..).next().unwrap_or(&s.bytes.len());
        match windows.last_mut() {
            Some(last) if lo < last.1 => last.1 = last.1.max(hi),
            _ => windows.push((lo, hi)),
        }
    }
    let mut certain = unknown.iter().all(|k| dom[k].len() == 1);
    let known = |from: usize, to: usize| -> String {
        let bytes: Vec<u8> = s.bytes[from..to].iter().map(|b| b.unwrap_or(b'?')).collect();
        GB18030.decode_without_bom_handling(&bytes).0.into_owned()
    };
    let mut out = String::with_capacity(line.len());
    let mut pos = 0;
    for (lo, hi) in windows {
        out.push_str(&known(pos, lo));
        let segment = viterbi(&s, &dom, &want, lo, hi);
        if segment.chars().any(|c| c == '\u{FFFD}' || (is_han(c) && !is_common(c))) {
            certain = false;
        }
        out.push_str(&segment);
        pos = hi;
    }
    out.push_str(&known(pos, s.bytes.len()));
    (out, certain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_runs_are_recovered_at_byte_level() {
        assert_eq!(
            repair_line("積極穩妥推進(jìn)政府?dāng)?shù)據(jù)開放共享"),
            ("積極穩妥推進政府數據開放共享".to_string(), true)
        );
        assert_eq!(
            repair_line("最大序列長(zhǎng)度截?cái)嗖划?dāng)造成字節(jié)流不完整").0,
            "最大序列長度截斷不當造成字節流不完整"
        );
    }

    #[test]
    fn truly_lost_runs_are_flagged() {
        let (_, certain) = repair_line("兩者存在有益共生關(guān)系?;诖耍磥響?yīng)優(yōu)化數(shù)據(jù)要素");
        assert!(!certain);
    }

    #[test]
    fn legitimate_parentheses_survive() {
        for text in ["(以下簡稱《條例》)", "(一)", "(GDP)", "(2019)", "(試行)", "海鹽縣(Haiyan)", "（無）", "(a)"]
        {
            assert_eq!(strip_annotations(text), text);
            assert_eq!(repair_line(text).0, text);
        }
    }

    #[test]
    fn annotations_are_stripped_only_when_they_are_readings() {
        assert_eq!(strip_annotations("當(dāng)前位置: 首頁(yè)"), "當前位置: 首頁");
        assert_eq!(strip_annotations("縣(dāng)"), "縣(dāng)");
    }

    #[test]
    fn detector_needs_dense_valid_evidence() {
        assert!(evidence("當(dāng)前位置: 首頁(yè) 報(bào)告 數(shù)據(jù)").is_spam());
        assert!(!evidence("(一)主動公開 (GDP) (2019) 縣(xian)").is_spam());
    }
}
