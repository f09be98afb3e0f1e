//! From bytes of unknown encoding to text: BOM, UTF-16 shape, UTF-8 validity, chardetng on a
//! bounded prefix, then a plausibility check that tries the alternatives when the first guess
//! reads like mojibake.

use crate::hanzi::TextStats;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// chardetng is slow on long CJK input (≈2 MB/s); a 64 KiB prefix decides as well as the whole file.
const DETECTION_PREFIX: usize = 64 * 1024;

/// The outcome of decoding the bytes as a whole (before any repair).
#[derive(Debug, Clone)]
pub struct CharsetDecision {
    pub text: String,
    pub encoding: &'static str,
    /// `bom`, `utf16-nul-pattern`, `utf8-valid`, `utf8-truncated`, `meta-charset` (a page's
    /// declaration, verified), `strict-decode`, `chardetng`, `plausibility`.
    pub detected_by: &'static str,
    /// Alternatives that were tried and their badness per character, for `inspect`.
    pub alternatives: Vec<(&'static str, f64)>,
    /// The counts of `text`, when the decision needed them: valid UTF-8 is taken without
    /// judging, and its counts are made by the mojibake pass that reads every line anyway.
    pub stats: Option<TextStats>,
    /// The charset an HTML page declared (`<meta charset>`), when the bytes are not in it.
    pub declared_wrong: Option<String>,
}

pub fn decode_bytes(bytes: &[u8]) -> CharsetDecision {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decided(encoding, &bytes[bom_len..], "bom");
    }
    if let Some(encoding) = utf16_by_nul_pattern(bytes) {
        return decided(encoding, bytes, "utf16-nul-pattern");
    }
    let declared = declared_charset(bytes);
    let decision = detect(bytes, declared.as_ref().map(|(_, e)| *e));
    // GB18030 is a superset of GBK (gb2312): declaring one and being the other is no error.
    fn family(name: &str) -> &str {
        if name == "GBK" || name == "gb18030" {
            "GB"
        } else {
            name
        }
    }
    match declared {
        Some((label, encoding)) if family(decision.encoding) != family(display_name(encoding)) => {
            CharsetDecision { declared_wrong: Some(label), ..decision }
        }
        _ => decision,
    }
}

fn display_name(encoding: &'static Encoding) -> &'static str {
    if encoding == GBK {
        "GBK"
    } else {
        encoding.name()
    }
}

/// `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`
/// in the first 2 KB: the label as written, and the encoding it names (WHATWG labels:
/// gb2312 → GBK). Only ASCII-compatible encodings (a page declaring UTF-16 in ASCII is lying).
fn declared_charset(bytes: &[u8]) -> Option<(String, &'static Encoding)> {
    static META: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    let meta = META.get_or_init(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,30})"#).unwrap()
    });
    let head = &bytes[..bytes.len().min(2048)];
    let label = meta.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    encoding.is_ascii_compatible().then(|| (String::from_utf8_lossy(label).into_owned(), encoding))
}

/// A declared charset is respected when the bytes decode in it without a single error and read
/// as Chinese text; otherwise it is ignored (and reported) and the bytes decide.
fn verified_declaration(bytes: &[u8], encoding: &'static Encoding) -> Option<CharsetDecision> {
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    let stats = TextStats::of(&text);
    let reads = stats.han >= 20 && stats.control == 0 && stats.common_share() >= 0.9 && stats.badness_rate() < 0.01;
    reads.then(|| CharsetDecision {
        text: text.into_owned(),
        encoding: display_name(encoding),
        detected_by: "meta-charset",
        alternatives: Vec::new(),
        stats: Some(stats),
        declared_wrong: None,
    })
}

fn detect(bytes: &[u8], declared: Option<&'static Encoding>) -> CharsetDecision {
    // simdutf8: the standard library's check goes a byte at a time through Chinese text.
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => {
            return CharsetDecision {
                text: text.to_string(),
                encoding: "UTF-8",
                detected_by: "utf8-valid",
                alternatives: Vec::new(),
                stats: None,
                declared_wrong: None,
            }
        }
        // A file cut in the middle of its last character is still UTF-8.
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() && e.valid_up_to() > 0 => {
            return decided(UTF_8, bytes, "utf8-truncated");
        }
        Err(_) => {}
    }
    if let Some(decision) = declared.and_then(|encoding| verified_declaration(bytes, encoding)) {
        return decision;
    }
    if let Some(decision) = strict_double_byte(bytes) {
        return decision;
    }
    let guess = chardetng_guess(bytes);
    let first = decided(guess, bytes, "chardetng");
    let first_stats = counts(&first);
    if first_stats.badness_rate() < 0.01 && first_stats.common_share() > 0.9 {
        return first;
    }
    // The first guess reads badly: try the encodings Chinese reports actually come in and keep
    // the one with the fewest errors. GB18030 is a superset of GBK; BIG5 is Big5-HKSCS.
    let (mut best, mut best_stats) = (first, first_stats);
    let mut alternatives = vec![(best.encoding, best_stats.badness_rate())];
    let utf16: &[&'static Encoding] = if bytes.len().is_multiple_of(2) { &[UTF_16LE, UTF_16BE] } else { &[] };
    for &candidate in [GB18030, BIG5, UTF_8].iter().chain(utf16) {
        if candidate.name() == best.encoding {
            continue;
        }
        let trial = decided(candidate, bytes, "plausibility");
        let trial_stats = counts(&trial);
        alternatives.push((trial.encoding, trial_stats.badness_rate()));
        if trial_stats.badness() < best_stats.badness() {
            (best, best_stats) = (trial, trial_stats);
        }
    }
    best.alternatives = alternatives;
    best
}

/// Bytes that decode as GBK (or Big5) without a single error *and* read as common text are that
/// encoding; chardetng (≈4 MB/s on CJK, measured) is consulted only when neither does. A strict
/// decode of the wrong double-byte encoding almost always errs or yields rare characters.
/// Traditional text stored as GBK reads as neither, and goes to chardetng.
fn strict_double_byte(bytes: &[u8]) -> Option<CharsetDecision> {
    for (encoding, name) in [(GBK, "GBK"), (BIG5, "Big5")] {
        let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) else { continue };
        let stats = TextStats::of(&text);
        let clean = stats.han >= 20 && stats.control == 0 && stats.private_use == 0;
        let reads = if encoding == GBK {
            stats.simplified_share() >= 0.95
        } else {
            stats.common_share() >= 0.95 && stats.simplified_share() < 0.9
        };
        if clean && reads {
            return Some(CharsetDecision {
                text: text.into_owned(),
                encoding: name,
                detected_by: "strict-decode",
                alternatives: Vec::new(),
                stats: Some(stats),
                declared_wrong: None,
            });
        }
    }
    None
}

fn decided(encoding: &'static Encoding, bytes: &[u8], how: &'static str) -> CharsetDecision {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let name = if encoding == GBK { "GBK" } else { encoding.name() };
    with_stats(text.into_owned(), name, how, Vec::new())
}

fn with_stats(
    text: String,
    encoding: &'static str,
    how: &'static str,
    alts: Vec<(&'static str, f64)>,
) -> CharsetDecision {
    let stats = Some(TextStats::of(&text));
    CharsetDecision { text, encoding, detected_by: how, alternatives: alts, stats, declared_wrong: None }
}

/// A decision's counts, made now if it had none.
fn counts(decision: &CharsetDecision) -> TextStats {
    decision.stats.unwrap_or_else(|| TextStats::of(&decision.text))
}

/// BOM-less UTF-16: ASCII characters put a NUL in one byte of each pair. NUL at more than 30%
/// of even (BE) or odd (LE) positions is far beyond any 8-bit text; so is a steady share of NULs
/// at one parity and none at the other (Chinese-heavy UTF-16 has few ASCII characters, and the
/// plausibility check catches the rest).
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(DETECTION_PREFIX) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let threshold = pairs * 3 / 10;
    let one_sided = |this: usize, other: usize| other == 0 && this >= 4 && this * 100 >= pairs;
    if (odd > threshold && odd > even) || one_sided(odd, even) {
        Some(UTF_16LE)
    } else if (even > threshold && even > odd) || one_sided(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// chardetng on a prefix, cut at a line break so that no character is split.
fn chardetng_guess(bytes: &[u8]) -> &'static Encoding {
    let mut end = bytes.len().min(DETECTION_PREFIX);
    if end < bytes.len() {
        if let Some(nl) = bytes[..end].iter().rposition(|&b| b == b'\n') {
            end = nl + 1;
        }
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(&bytes[..end], end == bytes.len());
    detector.guess(Some(b"cn"), Utf8Detection::Allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "嘉兴市秀洲区王店镇2019年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息270条。\n";
    const TRADITIONAL: &str = "嘉興市秀洲區王店鎮2019年政府資訊公開工作年度報告\n一、總體情況\n主動公開政府資訊270條，依申請公開辦理情況良好。\n";

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    #[test]
    fn a_declared_charset_is_used_when_the_bytes_agree_and_reported_when_they_do_not() {
        let page = |charset: &str| {
            format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body><p>{SAMPLE}</p></body></html>")
        };
        // GBK bytes declared as gb2312: respected (verified: they decode cleanly and read well).
        let d = decode_bytes(&encode(GBK, &page("gb2312")));
        assert_eq!((d.encoding, d.detected_by, d.declared_wrong.as_deref()), ("GBK", "meta-charset", None));
        // UTF-8 bytes declared as gb2312 (a common template mistake): the bytes decide, the lie is reported.
        let d = decode_bytes(page("gb2312").as_bytes());
        assert_eq!((d.encoding, d.declared_wrong.as_deref()), ("UTF-8", Some("gb2312")));
        assert!(d.text.contains(SAMPLE));
        // Big5 bytes declared as GBK: not respected, Big5 found anyway, mismatch reported.
        let d = decode_bytes(&encode(BIG5, &page("gbk").replace(SAMPLE, TRADITIONAL)));
        assert_eq!((d.encoding, d.declared_wrong.as_deref()), ("Big5", Some("gbk")));
    }

    #[test]
    fn every_encoding_decodes_to_the_same_text() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (SAMPLE.as_bytes().to_vec(), "UTF-8"),
            ([b"\xEF\xBB\xBF".as_slice(), SAMPLE.as_bytes()].concat(), "UTF-8"),
            (encode(GBK, SAMPLE), "GBK"),
            ([b"\xFF\xFE".to_vec(), utf16(SAMPLE, false)].concat(), "UTF-16LE"),
            (utf16(SAMPLE, true), "UTF-16BE"),
            (utf16(SAMPLE, false), "UTF-16LE"),
        ];
        for (bytes, expected) in cases {
            let d = decode_bytes(&bytes);
            assert_eq!(d.text, SAMPLE, "{expected} via {}", d.detected_by);
            assert!(
                d.encoding == expected || (expected == "GBK" && d.encoding == "gb18030"),
                "{} vs {expected}",
                d.encoding
            );
        }
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let bytes = SAMPLE.as_bytes();
        let cut = &bytes[..bytes.len() - 2 - "。\n".len()];
        let d = decode_bytes(cut);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.detected_by, "utf8-truncated");
    }
}
