//! Property test: the spam transformation of docs/decode.md §3 (the prototype's
//! `simulate_strict.py`, ported) applied to clean simplified lines of the sample reports, then
//! repaired. The repair must recover ≥ 95% of lines exactly and leave < 1% wrong without an
//! `uncertain` flag.
//!
//! The transformation: simplified → traditional (OpenCC s2t); GBK bytes; for each character of
//! a spam dictionary, a *byte-level* replace of its GBK bytes by the bytes of `C(pinyin)` —
//! which also matches across character boundaries; then a lenient decoder that prints `?` for
//! an undecodable pair and swallows the next byte.

use encoding_rs::GBK;
use nianbao_decode::hanzi::gbk_pair;
use nianbao_decode::pinyin_spam::repair_line;
use pinyin::ToPinyin;
use std::path::PathBuf;

/// splitmix64: a small deterministic generator, so the test is reproducible without a crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

fn opencc() -> opencc_fmmseg::OpenCC {
    let mut cc = opencc_fmmseg::OpenCC::new();
    cc.set_parallel(false);
    cc
}

/// Clean simplified lines of the sample reports (the spam mirror itself excluded).
fn clean_lines() -> Vec<String> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../data/samples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut lines = Vec::new();
    for p in paths.iter().filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("001")) {
        let text = std::fs::read_to_string(p).unwrap();
        for piece in text.split(['\n', '。', '；']) {
            let piece = piece.trim();
            if piece.chars().count() > 8 && !piece.contains('\t') && !piece.contains('[') {
                lines.push(piece.to_string());
            }
        }
    }
    lines
}

fn gbk(text: &str) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = GBK.encode(text);
    (!unmappable).then(|| bytes.into_owned())
}

fn replace_bytes(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// The lenient decoder of the mirrors: `?` for a bad pair, and the next byte swallowed.
fn spam_decode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let x = bytes[i];
        if x < 0x80 {
            out.push(x as char);
            i += 1;
        } else if let Some(c) = bytes.get(i + 1).and_then(|&y| gbk_pair(x, y)) {
            out.push(c);
            i += 2;
        } else {
            out.push('?');
            i += 2;
        }
    }
    out
}

#[test]
fn byte_level_repair_recovers_spam_lines() {
    let cc = opencc();
    let lines = clean_lines();
    assert!(lines.len() >= 150, "{} lines", lines.len());
    let mut totals = (0usize, 0usize, 0usize, 0usize); // lines, exact, wrong-unflagged, with '?'
    let mut damaged_exact = 0;
    for seed in 1..=6u64 {
        // Denser dictionaries damage more lines; the prototype used 70%.
        let density = if seed % 2 == 0 { 1.0 } else { 0.7 };
        let mut rng = Rng(seed);
        // The spam dictionary: a random 70% of the characters that change under s2t.
        let mut dictionary: Vec<char> = Vec::new();
        for line in &lines {
            let trad = cc.s2t(line, false);
            for (s, t) in line.chars().zip(trad.chars()) {
                if s != t && gbk(&t.to_string()).is_some() && !dictionary.contains(&t) {
                    dictionary.push(t);
                }
            }
        }
        dictionary.sort();
        dictionary.retain(|_| rng.chance(density));
        for simp in &lines {
            let trad = cc.s2t(simp, false);
            // Only lines where s2t/t2s round-trip: otherwise the converter, not the repair, errs.
            if trad.chars().count() != simp.chars().count() || nianbao_decode::t2s(&trad) != *simp {
                continue;
            }
            let Some(mut bytes) = gbk(&trad) else { continue };
            for c in &dictionary {
                let Some(py) = c.to_pinyin() else { continue };
                let needle = gbk(&c.to_string()).unwrap();
                let with = gbk(&format!("{c}({})", py.with_tone())).unwrap();
                bytes = replace_bytes(&bytes, &needle, &with);
            }
            let spam = spam_decode(&bytes);
            let (repaired, certain) = repair_line(&spam);
            let simplified = nianbao_decode::t2s(&repaired);
            totals.0 += 1;
            totals.1 += (simplified == *simp) as usize;
            totals.2 += (simplified != *simp && certain) as usize;
            totals.3 += spam.contains('?') as usize;
            damaged_exact += (spam.contains('?') && simplified == *simp) as usize;
        }
    }
    let (n, exact, wrong_unflagged, damaged) = totals;
    let exact_share = exact as f64 / n as f64;
    let wrong_share = wrong_unflagged as f64 / n as f64;
    let damaged_share = damaged_exact as f64 / damaged.max(1) as f64;
    println!(
        "spam simulator: {n} lines, exact {:.1}%, wrong without flag {:.2}%; {damaged} lines with '?' damage, {:.1}% of them exact",
        100.0 * exact_share,
        100.0 * wrong_share,
        100.0 * damaged_share
    );
    assert!(damaged >= 30, "the simulation must produce byte-level damage ({damaged} of {n})");
    assert!(damaged_share >= 0.5, "byte-level repair exact on {:.1}% of damaged lines", 100.0 * damaged_share);
    assert!(exact_share >= 0.95, "exact {:.1}%", 100.0 * exact_share);
    assert!(wrong_share < 0.01, "wrong without flag {:.2}%", 100.0 * wrong_share);
}
