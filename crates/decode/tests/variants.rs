//! Every sample report, re-encoded the ways reports reach us, decodes to the same text.

use encoding_rs::{Encoding, BIG5, GB18030, GBK};
use std::path::PathBuf;

fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../data/samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    assert_eq!(out.len(), 5);
    out
}

/// Encode like a real encoder: characters the encoding lacks become numeric character references.
fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    encoding.encode(text).0.into_owned()
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = (bom as usize == 1).then_some(0xFEFFu16).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn every_sample_in_every_encoding_decodes_to_the_same_text() {
    for (name, text) in samples() {
        let reference = nianbao_decode::decode(text.as_bytes()).unwrap();
        let variants: Vec<(&str, Vec<u8>, &[&str])> = vec![
            ("GBK", encode(GBK, &text), &["GBK", "gb18030"]),
            ("GB18030", encode(GB18030, &text), &["GBK", "gb18030"]),
            ("UTF-16LE+BOM", utf16(&text, false, true), &["UTF-16LE"]),
            ("UTF-16BE", utf16(&text, true, false), &["UTF-16BE"]),
            ("UTF-8+BOM", [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), &["UTF-8"]),
        ];
        for (label, bytes, encodings) in variants {
            let decoded = nianbao_decode::decode(&bytes).unwrap_or_else(|e| panic!("{name} as {label}: {e}"));
            assert!(
                encodings.contains(&decoded.encoding.as_str()),
                "{name} as {label}: read as {} ({})",
                decoded.encoding,
                decoded.detected_by
            );
            assert!(decoded.text == reference.text, "{name} as {label}: text differs from the UTF-8 original");
        }
    }
}

#[test]
fn the_spam_sample_in_big5_decodes_to_the_same_text() {
    let (name, text) = samples().into_iter().find(|(n, _)| n.starts_with("001")).unwrap();
    let reference = nianbao_decode::decode(text.as_bytes()).unwrap();
    // Big5 has no tone-marked pinyin letters: the encoder writes them as &#257; and decode
    // reads them back before the spam repair.
    let bytes = encode(BIG5, &text);
    let decoded = nianbao_decode::decode(&bytes).unwrap();
    assert_eq!(decoded.encoding, "Big5", "{name}: {}", decoded.detected_by);
    assert!(decoded.spam_mirror);
    assert!(decoded.text == reference.text, "{name} as Big5: text differs");
}

#[test]
fn the_spam_sample_reads_as_clean_simplified_text() {
    let (_, text) = samples().into_iter().find(|(n, _)| n.starts_with("001")).unwrap();
    let d = nianbao_decode::decode(text.as_bytes()).unwrap();
    assert!(d.spam_mirror);
    for phrase in [
        "海盐县沈荡镇人民政府2017年度政府信息公开工作报告",
        "推进政府数据开放共享",
        "截至2017年12月31日",
        "公开年报1条",
    ] {
        assert!(d.text.contains(phrase), "missing {phrase}");
    }
    let left = nianbao_decode::pinyin_spam::evidence(&d.text);
    assert_eq!(left.valid, 0, "pinyin annotations left: {left:?}");
    let traditional_left: Vec<char> =
        d.text.chars().filter(|&c| nianbao_decode::t2s(&c.to_string()) != c.to_string()).collect();
    assert!(traditional_left.is_empty(), "traditional characters left: {traditional_left:?}");
    assert!(!d.text.contains("当前位置"), "breadcrumb left");
    assert!(d.uncertain_lines.is_empty(), "{:?}", d.uncertain_lines);
}

/// Mojibake as it reaches us: bytes decoded with the wrong charset and saved as UTF-8.
fn mojibake(text: &str, written_as: &'static Encoding, read_as: &'static Encoding) -> Vec<u8> {
    let bytes = if written_as == encoding_rs::UTF_8 { text.as_bytes().to_vec() } else { encode(written_as, text) };
    read_as.decode_without_bom_handling(&bytes).0.into_owned().into_bytes()
}

/// Is `got` the line `want` with some characters lost (each loss shown as one U+FFFD)? The pieces
/// between the marks must appear in `want`, in order: nothing invented, nothing reordered.
fn faithful_with_gaps(got: &str, want: &str) -> bool {
    let mut rest = want;
    for piece in got.split('\u{FFFD}') {
        match rest.find(piece) {
            Some(i) => rest = &rest[i + piece.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn mojibake_documents_are_repaired_line_by_line() {
    use encoding_rs::{UTF_8, WINDOWS_1252};
    let mut lossy_exact = (0, 0);
    let mut lossy_faithful = 0;
    for (name, text) in samples().into_iter().filter(|(n, _)| !n.starts_with("001")) {
        let reference = nianbao_decode::decode(text.as_bytes()).unwrap();
        for (label, bytes) in [
            ("utf8_as_latin1", mojibake(&text, UTF_8, WINDOWS_1252)),
            ("gbk_as_latin1", mojibake(&text, GBK, WINDOWS_1252)),
            ("utf8_as_gbk", mojibake(&text, UTF_8, GBK)),
        ] {
            let decoded = nianbao_decode::decode(&bytes).unwrap_or_else(|e| panic!("{name} {label}: {e}"));
            let kinds: Vec<&str> = decoded.repairs.iter().map(|r| r.kind.as_str()).collect();
            assert!(kinds.contains(&label), "{name} {label}: repairs {kinds:?}");
            let (mut exact, mut total) = (0, 0);
            for (i, (got, want)) in decoded.text.lines().zip(reference.text.lines()).enumerate() {
                if want.trim().is_empty() {
                    continue;
                }
                total += 1;
                if got == want {
                    exact += 1;
                    continue;
                }
                // 古文码 loses bytes where the misreading printed U+FFFD; such a line comes back
                // with the loss marked, flagged uncertain, and otherwise right.
                assert_eq!(label, "utf8_as_gbk", "{name} {label}: line {} wrong\n got  {got}\n want {want}", i + 1);
                assert!(
                    decoded.uncertain_lines.contains(&(i as u32 + 1)),
                    "{name} {label}: damaged line {} not flagged",
                    i + 1
                );
                // Either repaired except where bytes were lost, or (when the loss leaves nothing
                // to read) kept as printed; in both cases the loss is visible.
                assert!(got.contains('\u{FFFD}'), "{name} {label}: line {} hides its loss: {got}", i + 1);
                if faithful_with_gaps(got, want) {
                    lossy_faithful += 1;
                }
            }
            if label == "utf8_as_gbk" {
                lossy_exact.0 += exact;
                lossy_exact.1 += total;
            }
        }
    }
    // Lines without a lost byte come back exactly; most of the others come back but for the loss.
    println!(
        "古文码: {}/{} lines exact, {lossy_faithful} more right but for marked losses",
        lossy_exact.0, lossy_exact.1
    );
    assert!(lossy_exact.0 * 4 >= lossy_exact.1, "古文码: only {}/{} lines exact", lossy_exact.0, lossy_exact.1);
    assert!(
        (lossy_exact.0 + lossy_faithful) * 10 >= lossy_exact.1 * 8,
        "古文码: {lossy_faithful} lossy lines faithful"
    );
}
