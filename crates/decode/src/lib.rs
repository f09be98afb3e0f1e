//! decode: bytes of any encoding and state of corruption → clean simplified-Chinese UTF-8.
//!
//! The stage runs in a fixed order, each step recorded as a [`Repair`] so that an analyst can see
//! exactly what was done to a document and why:
//!
//! 1. **charset** — BOM, UTF-16 shape, UTF-8 validity, chardetng on a prefix, plausibility
//!    check with alternatives ([`charset`]);
//! 2. **mojibake** — line-level undoing of 古文码 / 符号码 / 拼音码; flags for unrecoverable text
//!    ([`mojibake`]);
//! 3. **pinyin spam** — detection, annotation stripping and byte-level repair ([`pinyin_spam`]);
//! 4. **traditional → simplified** — only for text that reads as traditional;
//! 5. **cleanup** — full-width ASCII, entities, artefacts ([`cleanup`]).
//!
//! Nothing here invents text: a repair is kept only when it decodes strictly and reads better;
//! what cannot be repaired is flagged and kept.

pub mod charset;
pub mod cleanup;
pub mod hanzi;
pub mod mojibake;
pub mod pinyin_spam;
mod vocabulary;

use hanzi::TextStats;
use nianbao_model::{Decoded, Repair};
use std::sync::OnceLock;

/// Why bytes could not be decoded into a report's text (becomes a `rejects` row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The share of undecodable characters (U+FFFD, controls, private use) above which bytes are
/// not text at all. Real reports with a damaged line stay far below it.
const MAX_GARBAGE_SHARE: f64 = 0.05;

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError("empty file (0 bytes)".into()));
    }
    let decision = charset::decode_bytes(bytes);
    let mut repairs = Vec::new();
    if let Some(label) = &decision.declared_wrong {
        repairs.push(Repair {
            kind: "declared_charset_wrong".into(),
            count: 1,
            detail: format!(
                "the page declares charset={label}; the bytes are {} (by {})",
                decision.encoding, decision.detected_by
            ),
        });
    }
    if decision.detected_by == "utf8-truncated" {
        repairs.push(Repair {
            kind: "truncated_tail".into(),
            count: 1,
            detail: "file ends inside a UTF-8 character".into(),
        });
    }
    // Mojibake first: an entity an encoder wrote for a character it lacked (&#160;) is plain
    // ASCII inside the misread byte stream and must stay so until the bytes are put right.
    let mojibake = mojibake::repair_text(&decision.text);
    repairs.extend(mojibake.repairs);
    let mojibake_uncertain = mojibake.uncertain;
    let input_stats = decision.stats.unwrap_or(mojibake.input_stats);
    let repaired = mojibake.text.as_ref().is_some_and(|t| *t != decision.text);
    // Entities before the spam repair: Big5 has no tone-marked pinyin letters, so a Big5 mirror
    // carries its annotations as (d&#257;ng), and the repair must see the letters.
    let (text, entities) = cleanup::unescape_entities(mojibake.text.as_deref().unwrap_or(&decision.text));
    if entities > 0 {
        repairs.push(Repair { kind: "html_entities".into(), count: entities, detail: format!("{entities} changed") });
    }

    // Judge the text only now: a document that is wholly mojibake has no Han characters (and
    // many C1 controls) until it is repaired.
    // (The counts of the decoded text stand when no repair changed a character: one scan fewer.)
    let stats = if !repaired && entities == 0 { input_stats } else { TextStats::of(&text) };
    let garbage = stats.replacement + stats.control + stats.private_use;
    // Undecodable characters alone do not make bytes "not text": a report half lost to 古文码
    // still has its repaired lines. Random bytes decode to rare characters, a report to common ones.
    // (Counted only for a text with that much garbage: a scan of every character.)
    // Among the characters outside ASCII: an HTML page's markup is ASCII, and on a page of
    // tables it outnumbers the words.
    let mostly_common_han =
        || stats.common_any * 2 >= text.chars().filter(|c| !c.is_whitespace() && !c.is_ascii()).count().max(1);
    if garbage as f64 > MAX_GARBAGE_SHARE * stats.chars.max(1) as f64 && !mostly_common_han() {
        return Err(DecodeError(format!(
            "not text: {:.0}% of {} characters are undecodable or control characters as {} (best of {})",
            100.0 * garbage as f64 / stats.chars.max(1) as f64,
            stats.chars,
            decision.encoding,
            tried(&decision)
        )));
    }
    if text.trim().is_empty() {
        return Err(DecodeError(format!("no text: {} bytes of whitespace", bytes.len())));
    }
    if stats.han == 0 {
        return Err(DecodeError(format!("no Chinese text: {} characters, none of them Han", stats.chars)));
    }

    let before_spam_len = text.len();
    let (text, spam_mirror, spam_uncertain, spam_repairs) = repair_pinyin_spam(text, stats.han);
    repairs.extend(spam_repairs);
    // A spam mirror's repair drops lines and renumbers; its own flags are then the ones to keep.
    let uncertain_lines = if spam_mirror { spam_uncertain } else { mojibake_uncertain };

    let counted = (!spam_mirror && text.len() == before_spam_len).then_some(stats);
    let (text, t2s_repair) = to_simplified(text, counted);
    repairs.extend(t2s_repair);

    let text = clean(text, &mut repairs);
    let text = drop_figure_cut_at_end(text, &mut repairs);
    let uncertain_lines = with_lines_still_lossy(&text, uncertain_lines);
    Ok(Decoded {
        text,
        encoding: decision.encoding.to_string(),
        detected_by: decision.detected_by.to_string(),
        plausibility: format!(
            "{} chars, {} Han ({:.1}% common), {} undecodable{}",
            stats.chars,
            stats.han,
            100.0 * stats.common_share(),
            garbage,
            if decision.alternatives.is_empty() {
                String::new()
            } else {
                let tried: Vec<String> = decision.alternatives.iter().map(|(e, b)| format!("{e} {b:.3}")).collect();
                format!("; badness per char of the candidates: {}", tried.join(", "))
            }
        ),
        repairs,
        spam_mirror,
        uncertain_lines,
    })
}

fn tried(decision: &charset::CharsetDecision) -> String {
    if decision.alternatives.is_empty() {
        decision.detected_by.to_string()
    } else {
        decision.alternatives.iter().map(|(e, _)| *e).collect::<Vec<_>>().join(", ")
    }
}

/// Repair a spam mirror's text, line by line; drop its breadcrumb and separator lines. `han`:
/// the text's Han characters, counted already.
fn repair_pinyin_spam(text: String, han: usize) -> (String, bool, Vec<u32>, Vec<Repair>) {
    let evidence = pinyin_spam::evidence_counted(&text, han);
    if !evidence.is_spam() {
        return (text, false, Vec::new(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut uncertain = Vec::new();
    let (mut stripped_lines, mut dropped) = (0, 0);
    let mut out_line = 0u32;
    for line in text.lines() {
        let (repaired, certain) = pinyin_spam::repair_line(line);
        if repaired != line {
            stripped_lines += 1;
        }
        let trimmed = repaired.trim_matches(|c: char| c == '|' || c.is_whitespace());
        if trimmed.is_empty() || is_breadcrumb(trimmed) {
            dropped += 1;
            continue;
        }
        out_line += 1;
        if !certain {
            uncertain.push(out_line);
        }
        out.push_str(trimmed);
        out.push('\n');
    }
    let mut repairs = vec![Repair {
        kind: "pinyin_spam".into(),
        count: stripped_lines,
        detail: format!(
            "{} valid annotations ({} invalid); {stripped_lines} lines repaired, {} uncertain{}",
            evidence.valid,
            evidence.invalid,
            uncertain.len(),
            if uncertain.is_empty() { String::new() } else { format!(" (lines {})", mojibake::line_list(&uncertain)) }
        ),
    }];
    if dropped > 0 {
        repairs.push(Repair {
            kind: "mirror_chrome".into(),
            count: dropped,
            detail: format!("{dropped} breadcrumb/separator lines dropped"),
        });
    }
    (out, true, uncertain, repairs)
}

/// Mirror chrome: `當前位置: 首頁 |` in either script.
fn is_breadcrumb(line: &str) -> bool {
    line.starts_with("當前位置") || line.starts_with("当前位置")
}

/// The converter's traditional → simplified tables (`ts_phrases`, `ts_characters`), taken from
/// opencc-fmmseg's own dictionary and kept here alone (52 KB of CBOR; the test
/// `the_t2s_table_is_the_crates` checks them against the crate's and rewrites them with
/// `NIANBAO_BLESS=1`).
///
/// Why: the crate's `OpenCC::new` decodes its whole dictionary — every conversion between
/// mainland, Taiwan, Hong Kong and Japanese forms — with a pure-Rust zstd: ~30 ms per process
/// (measured), where T→S alone, the only conversion used here, loads in 6–7 ms. Every `nianbao`
/// run and every test that decodes paid it.
const T2S_TABLE: &[u8] = include_bytes!("../data/t2s.cbor");

fn t2s_dictionary() -> opencc_fmmseg::DictionaryMaxlength {
    let table: opencc_fmmseg::DictionaryMaxlength =
        serde_cbor::from_slice(T2S_TABLE).expect("data/t2s.cbor is the CBOR of a DictionaryMaxlength (see its test)");
    table.finish()
}

fn opencc() -> &'static opencc_fmmseg::OpenCC {
    static CONVERTER: OnceLock<opencc_fmmseg::OpenCC> = OnceLock::new();
    CONVERTER.get_or_init(|| {
        let mut cc = opencc_fmmseg::OpenCC::from_dictionary(t2s_dictionary());
        // The runner parallelises across documents; nested parallelism would oversubscribe.
        cc.set_parallel(false);
        cc
    })
}

/// Build the decoder's shared tables now (the T→S converter's dictionaries and the
/// character tables) instead of on the first document that needs them: the runner calls it on a
/// thread of its own while it lands the inputs, where it would otherwise hold up the workers.
pub fn warm_up() {
    opencc();
    hanzi::gbk_pair_table();
    TextStats::of("预热");
}

/// Traditional → simplified with the shared converter (identity on simplified text).
pub fn t2s(text: &str) -> String {
    opencc().t2s(text, false)
}

/// Traditional → simplified, only for text that reads as traditional: enough Han characters,
/// too few of them common simplified ones, and converting makes them common. Identity otherwise.
/// `counted`: the counts of `text` when the caller already has them.
fn to_simplified(text: String, counted: Option<TextStats>) -> (String, Option<Repair>) {
    let before = counted.unwrap_or_else(|| TextStats::of(&text));
    if before.han < 10 || before.simplified_share() >= 0.9 {
        return (text, None);
    }
    let converted = opencc().t2s(&text, false);
    let after = TextStats::of(&converted);
    if after.simplified_share() <= before.simplified_share() {
        return (text, None);
    }
    let changed = text.chars().zip(converted.chars()).filter(|(a, b)| a != b).count();
    let detail = format!(
        "common simplified share {:.1}% → {:.1}%",
        100.0 * before.simplified_share(),
        100.0 * after.simplified_share()
    );
    (converted, Some(Repair { kind: "t2s".into(), count: changed, detail }))
}

/// The lines a repair marked as recovered with losses, and every line that still holds a
/// U+FFFD: a repair that put most of a line right (古文码 read back as UTF-8, lost characters
/// filled in where the report's own words allow one only) may leave characters lost in it — a
/// stop among them, which joins a sentence dated by another year to the next — and the figures
/// read there must be flagged as such all the same.
fn with_lines_still_lossy(text: &str, mut uncertain: Vec<u32>) -> Vec<u32> {
    if !text.contains('\u{FFFD}') {
        return uncertain;
    }
    let lossy = text.lines().enumerate().filter(|(_, l)| l.contains('\u{FFFD}')).map(|(i, _)| i as u32 + 1);
    uncertain.extend(lossy);
    uncertain.sort_unstable();
    uncertain.dedup();
    uncertain
}

fn clean(text: String, repairs: &mut Vec<Repair>) -> String {
    /// A cleanup step: its repair kind, and the function giving the text and the changes made.
    type Step = (&'static str, fn(&str) -> (String, usize));
    let steps: [Step; 4] = [
        ("crawler_header", cleanup::drop_crawler_headers),
        ("markdown", cleanup::strip_markdown),
        ("artefacts", cleanup::remove_artefacts),
        ("fullwidth", cleanup::fold_fullwidth),
    ];
    let mut text = text;
    for (kind, step) in steps {
        let (out, count) = step(&text);
        if count > 0 {
            repairs.push(Repair { kind: kind.into(), count, detail: format!("{count} changed") });
        }
        text = out;
    }
    text
}

/// A text that stops right after a figure — no space, line break or word after it — may have
/// been cut inside it: a download cut short, a page kept only in part (…采购总金额481714587 of
/// 481714587.29元). That figure is dropped rather than read short, and a repair says so. A lone 0
/// stays: no figure begins with 0, so it cannot be the head of a longer one.
fn drop_figure_cut_at_end(mut text: String, repairs: &mut Vec<Repair>) -> String {
    let figure_len = text.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    let figure = &text[text.len() - figure_len..];
    if !figure.bytes().any(|b| b.is_ascii_digit()) || figure == "0" {
        return text;
    }
    repairs.push(Repair {
        kind: "figure_cut_at_end".into(),
        count: 1,
        detail: format!("the text ends right after {figure}, which may be cut short: not read"),
    });
    text.truncate(text.len() - figure_len);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_the_text_ends_on_is_dropped_but_a_lone_zero_and_a_finished_line_are_kept() {
        let cut = decode("某县2019年政府信息公开工作年度报告\n政府集中采购 | 7652 | 481714587".as_bytes()).unwrap();
        assert!(cut.text.ends_with("| 7652 | "), "{}", cut.text);
        assert!(cut.repairs.iter().any(|r| r.kind == "figure_cut_at_end"));
        for whole in ["某县2019年政府信息公开工作年度报告\n行政复议数 | 件 | 0", "某县2019年报告\n主动公开信息120条\n"]
        {
            let d = decode(whole.as_bytes()).unwrap();
            assert_eq!(d.text, whole, "kept whole");
            assert!(d.repairs.iter().all(|r| r.kind != "figure_cut_at_end"));
        }
    }

    /// `data/t2s.cbor` holds exactly the crate's T→S tables. After an upgrade of opencc-fmmseg,
    /// `NIANBAO_BLESS=1 cargo test -p nianbao-decode the_t2s_table` writes them again.
    #[test]
    fn the_t2s_table_is_the_crates() {
        let full = opencc_fmmseg::DictionaryMaxlength::new().expect("the crate's dictionary");
        let mut only = opencc_fmmseg::DictionaryMaxlength::default();
        only.ts_phrases = full.ts_phrases;
        only.ts_characters = full.ts_characters;
        // The crate's folder read when the test runs, not baked in by `env!`: CI shares one target
        // directory between checkouts, and cargo reuses a test binary built in another checkout
        // whose sources look unchanged (its baked-in path may be gone).
        let path =
            std::path::Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("data/t2s.cbor");
        if std::env::var_os("NIANBAO_BLESS").is_some() {
            std::fs::write(&path, serde_cbor::to_vec(&only).unwrap()).unwrap();
        }
        // Compared as CBOR values: maps compare by content, whatever order the hash maps wrote.
        let want = serde_cbor::value::to_value(&only).unwrap();
        let have: serde_cbor::Value = serde_cbor::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert!(have == want, "{} differs from opencc-fmmseg's T→S tables: run NIANBAO_BLESS=1 cargo test -p nianbao-decode the_t2s_table", path.display());
        // And the converter built from it converts like the crate's own.
        let text = "政府資訊公開工作年度報告：本機關於二〇一九年依申請公開政府資訊，行政復議與訴訟情況如下。";
        assert_eq!(t2s(text), opencc_fmmseg::OpenCC::new().t2s(text, false));
        assert_eq!(
            t2s(text),
            "政府资讯公开工作年度报告：本机关于二〇一九年依申请公开政府资讯，行政复议与诉讼情况如下。"
        );
    }

    #[test]
    fn an_html_page_of_tables_half_lost_to_guwenma_is_text() {
        // A page laid out in table cells whose text lost characters to 古文码 (U+FFFD where a
        // byte pair was no character): the losses are a tenth of its characters, its markup more
        // than half, and its words common Han.
        let cell = |text: &str| format!("<td class=\"xl65\" style=\"text-align:center\">{text}</td>");
        let mut page = String::from("<html><head><meta charset=\"utf-8\"></head><body><table>\n");
        for _ in 0..40 {
            page += &format!(
                "<tr>{}</tr>\n",
                cell("本机关全年\u{FFFD}\u{FFFD}\u{FFFD}公开政府信息\u{FFFD}\u{FFFD}\u{FFFD}申请")
            );
        }
        page += "</table></body></html>";
        assert!(decode(page.as_bytes()).is_ok(), "{:?}", decode(page.as_bytes()).err());
    }

    #[test]
    fn empty_and_binary_inputs_are_refused_with_reasons() {
        assert_eq!(decode(b"").unwrap_err().0, "empty file (0 bytes)");
        let random: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        let err = decode(&random).unwrap_err().0;
        assert!(err.starts_with("not text") || err.starts_with("no Chinese"), "{err}");
        assert!(decode(b"hello world, no Chinese here").unwrap_err().0.starts_with("no Chinese text"));
    }

    #[test]
    fn simplified_text_is_left_as_it_is() {
        let text = "泗门镇人民政府2017年政府信息公开工作年度报告\n主动公开政府信息1308条。\n";
        let d = decode(text.as_bytes()).unwrap();
        assert_eq!(d.text, text);
        assert!(d.repairs.is_empty(), "{:?}", d.repairs);
        assert!(d.uncertain_lines.is_empty());
    }

    #[test]
    fn a_line_that_still_holds_a_lost_character_is_uncertain() {
        // A stop lost between two sentences: the figure after it may be dated by the year before.
        let text = "某局2023年度政府信息公开工作报告\n2023年共审核答复文书6份\u{FFFD}2022年，主动公开政府信息2707条。\n依申请公开0件。\n";
        let d = decode(text.as_bytes()).unwrap();
        assert_eq!(d.uncertain_lines, [2]);
    }
}
