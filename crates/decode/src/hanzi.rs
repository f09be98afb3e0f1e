//! Character classes that tell clean Chinese text from mojibake.
//!
//! The signal is the share of Han characters that are *common*: GB2312 level 1 holds the 3,755
//! most frequent simplified characters and covers ≈99.8% of the Han characters of a clean
//! report; Big5 level 1 holds the 5,401 most frequent traditional ones. Mojibake (UTF-8 bytes read
//! as GBK: 鏀垮簻淇℃伅) is made of rare characters, ≈12% common. Both sets are derived from the
//! encoders themselves at start-up, so no table is copied into the source.

use encoding_rs::{BIG5, GBK};
use std::sync::OnceLock;

const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0x9FFF;

/// A set of characters in the CJK Unified Ideographs block, one bit each.
pub struct HanSet {
    bits: Vec<u64>,
}

impl HanSet {
    fn new() -> Self {
        HanSet { bits: vec![0; ((CJK_END - CJK_START + 1) as usize).div_ceil(64)] }
    }

    fn insert(&mut self, c: char) {
        let cp = c as u32;
        if (CJK_START..=CJK_END).contains(&cp) {
            let i = (cp - CJK_START) as usize;
            self.bits[i / 64] |= 1 << (i % 64);
        }
    }

    pub fn contains(&self, c: char) -> bool {
        let cp = c as u32;
        if !(CJK_START..=CJK_END).contains(&cp) {
            return false;
        }
        let i = (cp - CJK_START) as usize;
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
}

fn decode_pair(encoding: &'static encoding_rs::Encoding, lead: u8, trail: u8) -> Option<char> {
    let bytes = [lead, trail];
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    let mut chars = text.chars();
    match (had_errors, chars.next(), chars.next()) {
        (false, Some(c), None) => Some(c),
        _ => None,
    }
}

/// GB2312 level 1: GBK rows 0xB0–0xD7, columns 0xA1–0xFE.
pub fn gb2312_level1() -> &'static HanSet {
    static SET: OnceLock<HanSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HanSet::new();
        for lead in 0xB0..=0xD7u8 {
            for trail in 0xA1..=0xFEu8 {
                if let Some(c) = decode_pair(GBK, lead, trail) {
                    set.insert(c);
                }
            }
        }
        set
    })
}

/// Big5 level 1: rows 0xA4–0xC6, both trail ranges.
pub fn big5_level1() -> &'static HanSet {
    static SET: OnceLock<HanSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HanSet::new();
        for lead in 0xA4..=0xC6u8 {
            for trail in (0x40..=0x7Eu8).chain(0xA1..=0xFE) {
                if let Some(c) = decode_pair(BIG5, lead, trail) {
                    set.insert(c);
                }
            }
        }
        set
    })
}

/// Every GBK double-byte pair decoded once: the pinyin repair asks millions of times.
pub fn gbk_pair_table() -> &'static [Option<char>] {
    static TABLE: OnceLock<Vec<Option<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![None; 65536];
        for lead in 0x81..=0xFEu8 {
            for trail in 0x40..=0xFEu8 {
                if trail != 0x7F {
                    table[(lead as usize) << 8 | trail as usize] = decode_pair(GBK, lead, trail);
                }
            }
        }
        table
    })
}

/// The character a GBK lead/trail byte pair decodes to, if any.
pub fn gbk_pair(lead: u8, trail: u8) -> Option<char> {
    gbk_pair_table()[(lead as usize) << 8 | trail as usize]
}

const SIMPLIFIED: u8 = 1;
const TRADITIONAL: u8 = 2;

/// For each character of U+4E00–U+9FFF: bit 0 set when it is in GB2312 level 1, bit 1 when in
/// Big5 level 1. [`TextStats::of`] runs over every document several times; one byte lookup
/// replaces two bit-set probes.
fn common_han_table() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (gb, b5) = (gb2312_level1(), big5_level1());
        (CJK_START..=CJK_END)
            .map(|cp| {
                let c = char::from_u32(cp).expect("CJK block is all scalar values");
                (gb.contains(c) as u8 * SIMPLIFIED) | (b5.contains(c) as u8 * TRADITIONAL)
            })
            .collect()
    })
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Counts that characterise a decoded text. Cheap: one pass, no allocation.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct TextStats {
    pub chars: usize,
    pub han: usize,
    /// Han characters in GB2312 level 1.
    pub common_simplified: usize,
    /// Han characters in GB2312 level 1 or Big5 level 1.
    pub common_any: usize,
    pub replacement: usize,
    /// C0/C1 controls other than tab, newline, carriage return, form feed.
    pub control: usize,
    pub private_use: usize,
    /// Characters U+0080–U+00FF: the raw material of Latin-1 mojibake.
    pub latin1: usize,
}

impl TextStats {
    pub fn of(text: &str) -> TextStats {
        let common = common_han_table();
        let mut s = TextStats::default();
        for c in text.chars() {
            s.chars += 1;
            let cp = c as u32;
            if cp < 0x80 {
                // ASCII: only controls other than tab, newline, carriage return, form feed count.
                s.control += (cp < 0x20 && !matches!(c, '\t' | '\n' | '\r' | '\x0C') || cp == 0x7F) as usize;
            } else if (CJK_START..=CJK_END).contains(&cp) {
                // The common block: one table lookup says both memberships.
                let flags = common[(cp - CJK_START) as usize];
                s.han += 1;
                s.common_simplified += (flags & SIMPLIFIED) as usize;
                s.common_any += (flags != 0) as usize;
            } else if is_han(c) {
                s.han += 1;
            } else if c == '\u{FFFD}' {
                s.replacement += 1;
            } else if (0x80..=0x9F).contains(&cp) {
                s.control += 1;
            } else if (0xE000..=0xF8FF).contains(&cp) {
                s.private_use += 1;
            } else if (0xA0..=0xFF).contains(&cp) {
                s.latin1 += 1;
            }
        }
        s
    }

    /// The counts of two texts together: the counts of their concatenation (every count is
    /// per character).
    pub fn add(&mut self, other: &TextStats) {
        self.chars += other.chars;
        self.han += other.han;
        self.common_simplified += other.common_simplified;
        self.common_any += other.common_any;
        self.replacement += other.replacement;
        self.control += other.control;
        self.private_use += other.private_use;
        self.latin1 += other.latin1;
    }

    /// [`TextStats::of`] for ASCII text (the caller has checked): only characters and controls.
    pub fn of_ascii(text: &[u8]) -> TextStats {
        let control =
            text.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F).count();
        TextStats { chars: text.len(), control, ..TextStats::default() }
    }

    /// Share of Han characters that are common simplified ones (1.0 for text without Han).
    pub fn simplified_share(&self) -> f64 {
        if self.han == 0 {
            1.0
        } else {
            self.common_simplified as f64 / self.han as f64
        }
    }

    /// Share of Han characters common in either script.
    pub fn common_share(&self) -> f64 {
        if self.han == 0 {
            1.0
        } else {
            self.common_any as f64 / self.han as f64
        }
    }

    /// A cost for comparing decodings of the same bytes: lower is more plausible. Undecodable
    /// bytes and controls weigh most; rare Han characters (the mark of a wrong double-byte
    /// decoding) count too.
    pub fn badness(&self) -> f64 {
        let rare_han = (self.han - self.common_any) as f64;
        10.0 * self.replacement as f64
            + 5.0 * self.control as f64
            + 3.0 * self.private_use as f64
            + rare_han
            + 0.5 * self.latin1 as f64
    }

    /// Badness per character.
    pub fn badness_rate(&self) -> f64 {
        self.badness() / self.chars.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level1_sets_have_their_documented_sizes() {
        let count = |set: &HanSet| (0x4E00..=0x9FFFu32).filter_map(char::from_u32).filter(|&c| set.contains(c)).count();
        assert_eq!(count(gb2312_level1()), 3755);
        // 5,401 in Big5 proper; encoding_rs decodes Big5-HKSCS, which fills a few more cells.
        assert!((5401..=5450).contains(&count(big5_level1())), "{}", count(big5_level1()));
    }

    #[test]
    fn clean_text_is_common_and_mojibake_is_not() {
        let clean = TextStats::of("政府信息公开工作年度报告");
        assert!(clean.simplified_share() > 0.99);
        let mojibake = TextStats::of("鏀垮簻淇℃伅鍏紑宸ヤ綔骞村害鎶ュ憡");
        assert!(mojibake.simplified_share() < 0.5, "{}", mojibake.simplified_share());
        assert_eq!(gbk_pair(0xB8, 0xAE), Some('府'));
    }

    #[test]
    fn counts_of_parts_add_up_to_the_counts_of_the_whole() {
        let parts = ["政府信息公开\u{FFFD}", "ab\x01c\t\x7F", "\u{E000}é鏀垮", "\n", ""];
        let mut sum = TextStats::default();
        for p in parts {
            sum.add(&if p.is_ascii() { TextStats::of_ascii(p.as_bytes()) } else { TextStats::of(p) });
            if p.is_ascii() {
                assert_eq!(TextStats::of_ascii(p.as_bytes()), TextStats::of(p), "{p:?}");
            }
        }
        assert_eq!(sum, TextStats::of(&parts.concat()));
    }
}
