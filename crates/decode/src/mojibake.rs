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
use nianbao_model::Repair;

/// The byte each character stands for when bytes were read as Windows-1252 (or Latin-1, whose
/// C1 controls are the same code points as the bytes).
fn latin_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x100 {
        return Some(cp as u8);
    }
    const CP1252_HIGH: [(char, u8); 27] = [
        ('€', 0x80), ('‚', 0x82), ('ƒ', 0x83), ('„', 0x84), ('…', 0x85), ('†', 0x86), ('‡', 0x87),
        ('ˆ', 0x88), ('‰', 0x89), ('Š', 0x8A), ('‹', 0x8B), ('Œ', 0x8C), ('Ž', 0x8E), ('‘', 0x91),
        ('’', 0x92), ('“', 0x93), ('”', 0x94), ('•', 0x95), ('–', 0x96), ('—', 0x97), ('˜', 0x98),
        ('™', 0x99), ('š', 0x9A), ('›', 0x9B), ('œ', 0x9C), ('ž', 0x9E), ('Ÿ', 0x9F),
    ];
    CP1252_HIGH.iter().find(|(ch, _)| *ch == c).map(|&(_, b)| b)
}

fn strict_decode(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    encoding.decode_without_bom_handling_and_without_replacement(bytes).map(|t| t.into_owned())
}

/// A repaired line must read as Chinese: some Han characters, nearly all of them common.
fn reads_as_chinese(candidate: &str, before: &TextStats) -> bool {
    let after = TextStats::of(candidate);
    after.han >= 2 && after.common_share() >= 0.9 && after.badness() < before.badness()
}

/// Try the repairs on one line; return the repaired line and the repair kind.
pub fn repair_line(line: &str) -> Option<(String, &'static str)> {
    let stats = TextStats::of(line);
    // 符号码 / 拼音码: bytes read as Latin-1/Windows-1252. Two or more Latin-1 letters in a row
    // are rare in Chinese text and cheap to test.
    if stats.latin1 >= 2 {
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
    // 古文码: UTF-8 bytes read as GBK. The line is full of rare Han characters.
    if stats.han >= 2 && stats.common_share() < 0.9 {
        let (bytes, _, unmappable) = GB18030.encode(line);
        if !unmappable {
            if let Some(fixed) = strict_decode(UTF_8, &bytes) {
                if reads_as_chinese(&fixed, &stats) {
                    return Some((fixed, "utf8_as_gbk"));
                }
            }
        }
    }
    None
}

/// Lines that no repair can recover: U+FFFD round-tripped through GBK (锟斤拷), uninitialised
/// memory printed as text (烫烫烫 / 屯屯屯), or lines dense with U+FFFD.
pub fn is_unrecoverable(line: &str) -> bool {
    if line.contains("锟斤拷") || line.contains("烫烫烫") || line.contains("屯屯屯") {
        return true;
    }
    let replacement = line.chars().filter(|&c| c == '\u{FFFD}').count();
    replacement >= 3 && replacement * 10 >= line.chars().count()
}

/// Repair every line that needs it; report one [`Repair`] per kind, with line numbers.
pub fn repair_text(text: &str) -> (String, Vec<Repair>, Vec<u32>) {
    let mut out = String::with_capacity(text.len());
    let mut fixed: Vec<(&'static str, u32)> = Vec::new();
    let mut unrecoverable = Vec::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let lineno = i as u32 + 1;
        let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        if body.is_ascii() {
            out.push_str(line);
            continue;
        }
        match repair_line(body) {
            Some((repaired, kind)) => {
                out.push_str(&repaired);
                out.push_str(newline);
                fixed.push((kind, lineno));
            }
            None => {
                if is_unrecoverable(body) {
                    unrecoverable.push(lineno);
                }
                out.push_str(line);
            }
        }
    }
    let mut repairs = Vec::new();
    for kind in ["utf8_as_gbk", "utf8_as_latin1", "gbk_as_latin1"] {
        let lines: Vec<u32> = fixed.iter().filter(|(k, _)| *k == kind).map(|&(_, l)| l).collect();
        if !lines.is_empty() {
            repairs.push(Repair { kind: kind.into(), count: lines.len(), detail: format!("lines {}", line_list(&lines)) });
        }
    }
    if !unrecoverable.is_empty() {
        repairs.push(Repair {
            kind: "unrecoverable".into(),
            count: unrecoverable.len(),
            detail: format!("kept as printed, lines {}", line_list(&unrecoverable)),
        });
    }
    (out, repairs, unrecoverable)
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
    fn unrecoverable_text_is_flagged_and_kept() {
        let text = "第一行\n锟斤拷锟斤拷\n\u{FFFD}\u{FFFD}\u{FFFD}ab\n";
        let (out, repairs, lines) = repair_text(text);
        assert_eq!(out, text);
        assert_eq!(lines, vec![2, 3]);
        assert_eq!(repairs[0].kind, "unrecoverable");
    }
}
