//! Province cues: what a report's text says of its province without naming a division of the
//! NBS tables.
//!
//! Two kinds of sentence carry one, and each is weaker than a place name, so each is used only
//! where the places named leave the province open (see [`crate::Gazetteer::resolve`]):
//!
//! - **The leader's words on the province.** A local report's overview says which instructions it
//!   carries out, and those of the Party's general secretary are the ones on its own province:
//!   `贯彻习近平总书记对广东重要讲话`, `总书记视察新疆重要讲话重要指示精神`, `总书记在辽宁考察时的重要讲话`.
//!   The province is named by its short form (广东, 新疆), which names no division on its own: the
//!   name tables list 广东省, and a bare 广东 in running text is as often another province's
//!   (`对口支援`, `粤港澳`). Only the pattern — 总书记, a verb of visiting or addressing, the
//!   province, and 重要讲话/重要指示 shortly after — makes it the report's own.
//! - **A postcode** (`邮编：467000`, `邮政编码：244000`) in the contact line. Its first two digits are
//!   the province's postal region, but postal regions are not provinces everywhere: the eastern
//!   leagues of 内蒙古 (兴安盟 137400, 扎兰屯 162650) lie in the 13 and 16 ranges of 吉林 and
//!   黑龙江. A prefix therefore gives a *set* of provinces, and a postcode only chooses among the
//!   divisions a name already allows (新华区: three, one in 河南); it never places a report alone.

use nianbao_model::region::PROVINCES;

/// What the text says, and the 2-digit province codes it allows.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceCue {
    /// The words that carry it (`总书记对广东重要讲话`, `邮编：467000`), for the resolution's reason.
    pub evidence: String,
    pub provinces: Vec<&'static str>,
}

/// Words between 总书记 and the province: 对, 视察, 考察, 在 (…考察时), 关于 (…工作的).
const ADDRESSING: &[&str] = &["对", "视察", "考察", "在", "关于"];

/// How far after the province 重要讲话 / 重要指示 may come (`对河北工作的重要指示`,
/// `对内蒙古系列重要讲话`, `在辽宁考察时的重要讲话`), in characters.
const TO_THE_WORDS: usize = 8;

/// The provinces the leader's words name: `总书记` + [`ADDRESSING`] + a province (full or short
/// name) + `重要讲话`/`重要指示` within [`TO_THE_WORDS`] characters.
fn leader_cues(text: &str) -> Vec<ProvinceCue> {
    let mut cues = Vec::new();
    for (at, _) in text.match_indices("总书记") {
        let after = &text[at + "总书记".len()..];
        let Some(rest) = ADDRESSING.iter().find_map(|w| after.strip_prefix(w)) else { continue };
        let Some((code, name)) = PROVINCES.iter().find_map(|(code, full, _)| {
            let short = crate::forms::short_form_of(full, crate::Level::Province).unwrap_or(full);
            [*full, short].into_iter().find(|n| rest.starts_with(n)).map(|n| (*code, n))
        }) else {
            continue;
        };
        let tail: String = rest[name.len()..].chars().take(TO_THE_WORDS + 4).collect();
        let within = |words: &str| tail.find(words).is_some_and(|i| tail[..i].chars().count() <= TO_THE_WORDS);
        if within("重要讲话") || within("重要指示") {
            let end = rest.len() - rest[name.len()..].len();
            cues.push(ProvinceCue {
                evidence: format!("总书记{}", &after[..after.len() - rest.len() + end]),
                provinces: vec![code],
            });
        }
    }
    cues
}

/// Postal regions (first two digits) and the provinces whose places use them.
const POSTAL_REGIONS: &[(&str, &[&str])] = &[
    ("01", &["15"]),
    ("02", &["15"]),
    ("03", &["14"]),
    ("04", &["14"]),
    ("05", &["13"]),
    ("06", &["13"]),
    ("07", &["13"]),
    ("10", &["11"]),
    ("11", &["21"]),
    ("12", &["21"]),
    ("13", &["22", "15"]),
    ("15", &["23"]),
    ("16", &["23", "15"]),
    ("20", &["31"]),
    ("21", &["32"]),
    ("22", &["32"]),
    ("23", &["34"]),
    ("24", &["34"]),
    ("25", &["37"]),
    ("26", &["37"]),
    ("27", &["37"]),
    ("30", &["12"]),
    ("31", &["33"]),
    ("32", &["33"]),
    ("33", &["36"]),
    ("34", &["36"]),
    ("35", &["35"]),
    ("36", &["35"]),
    ("40", &["50"]),
    ("41", &["43"]),
    ("42", &["43"]),
    ("43", &["42"]),
    ("44", &["42"]),
    ("45", &["41"]),
    ("46", &["41"]),
    ("47", &["41"]),
    ("51", &["44"]),
    ("52", &["44"]),
    ("53", &["45"]),
    ("54", &["45"]),
    ("55", &["52"]),
    ("56", &["52"]),
    ("57", &["46"]),
    ("61", &["51"]),
    ("62", &["51"]),
    ("63", &["51"]),
    ("64", &["51"]),
    ("65", &["53"]),
    ("66", &["53"]),
    ("67", &["53"]),
    ("71", &["61"]),
    ("72", &["61"]),
    ("73", &["62"]),
    ("74", &["62"]),
    ("75", &["64"]),
    ("81", &["63"]),
    ("83", &["65"]),
    ("84", &["65"]),
    ("85", &["54"]),
    ("86", &["54"]),
];

/// The provinces whose places a postcode's postal region serves (empty for a prefix no
/// province uses).
pub fn postal_region_provinces(postcode: &str) -> &'static [&'static str] {
    let prefix = postcode.get(..2).unwrap_or("");
    POSTAL_REGIONS.iter().find(|(p, _)| *p == prefix).map_or(&[], |(_, provinces)| provinces)
}

/// A postcode for a place of `province` (2-digit code): its postal region's first number and
/// `rest` (0–9999) after it. For the generator, which writes contact lines.
pub fn postcode_in(province: &str, rest: u32) -> Option<String> {
    let (prefix, _) = POSTAL_REGIONS.iter().find(|(_, provinces)| provinces.first() == Some(&province))?;
    Some(format!("{prefix}{:04}", rest % 10_000))
}

/// `邮编` / `邮政编码`, an optional colon and spaces, and exactly six digits — on the next line
/// where a crawler broke the line before the figure (a page that set its figures in a span of
/// their own: `，邮编：` / `230001` / `）`).
fn postcode_cues(text: &str) -> Vec<ProvinceCue> {
    let mut cues = Vec::new();
    for label in ["邮政编码", "邮编"] {
        for (at, _) in text.match_indices(label) {
            let after = &text[at + label.len()..];
            let digits_at = after.trim_start_matches([':', '：', ' ', '\u{3000}', '\n', '\r', '\t']);
            let digits: String = digits_at.chars().take_while(char::is_ascii_digit).collect();
            if digits.len() != 6 {
                continue;
            }
            let provinces = postal_region_provinces(&digits);
            if !provinces.is_empty() {
                let label_and_colon = text[at..text.len() - digits_at.len()].trim_end_matches(['\n', '\r', '\t']);
                let evidence = format!("{label_and_colon}{digits}");
                cues.push(ProvinceCue { evidence, provinces: provinces.to_vec() });
            }
        }
    }
    cues
}

/// The cues of both kinds, the leader's words first.
pub fn province_cues(text: &str) -> (Vec<ProvinceCue>, Vec<ProvinceCue>) {
    (leader_cues(text), postcode_cues(text))
}

/// The one province every cue allows, if they agree on one.
pub fn agreed_province(cues: &[ProvinceCue]) -> Option<&'static str> {
    let first = cues.first()?;
    let mut common = first.provinces.iter().copied().filter(|p| cues.iter().all(|c| c.provinces.contains(p)));
    let province = common.next()?;
    common.next().is_none().then_some(province)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_leaders_words_on_a_province_name_it() {
        let text = "2021年，县民政局深入学习贯彻习近平总书记视察贵州重要讲话精神，扎实推进政务公开。";
        let (leader, _) = province_cues(text);
        assert_eq!(leader.len(), 1);
        assert_eq!(leader[0].provinces, ["52"]);
        assert_eq!(leader[0].evidence, "总书记视察贵州");
        // The work, 系列 and 的 between the province and the words.
        for (text, code) in [
            ("认真落实总书记对山西工作的重要指示批示精神", "14"),
            ("贯彻总书记在吉林考察时的重要讲话", "22"),
            ("学习总书记对内蒙古系列重要讲话", "15"),
            ("落实总书记关于广西壮族自治区工作的重要指示", "45"),
        ] {
            assert_eq!(agreed_province(&province_cues(text).0), Some(code), "{text}");
        }
    }

    #[test]
    fn a_province_named_otherwise_is_no_cue() {
        for text in [
            // Another province's help, a region's name, the words too far away.
            "对口支援新疆，学习总书记重要讲话精神",
            "总书记对粤港澳大湾区建设的重要讲话",
            "总书记视察浙江时提出的绿水青山就是金山银山理念和重要讲话",
            "总书记系列重要讲话",
        ] {
            assert!(province_cues(text).0.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_postcode_allows_the_provinces_of_its_postal_region() {
        let (_, postal) = province_cues("联系地址：人民路8号，联系电话：0551-1234567，邮编：230001。");
        assert_eq!(postal.len(), 1);
        assert_eq!(postal[0].provinces, ["34"]);
        assert_eq!(postal[0].evidence, "邮编：230001");
        // The 13 range serves 吉林 and the east of 内蒙古: two provinces, no choice alone.
        let (_, postal) = province_cues("邮政编码 137400");
        assert_eq!(postal[0].provinces, ["22", "15"]);
        // Not six digits, or a prefix no province uses.
        let (_, postal) = province_cues("联系电话：\n0551\n-1234567，邮编：\n230001\n。");
        assert_eq!(postal[0].evidence, "邮编：230001", "a figure on a line of its own");
        assert!(province_cues("邮编：2300").1.is_empty());
        assert!(province_cues("邮编：2300011").1.is_empty());
        assert!(province_cues("邮编：999077").1.is_empty());
    }

    #[test]
    fn cues_agree_or_give_nothing() {
        let cue = |p: &[&'static str]| ProvinceCue { evidence: String::new(), provinces: p.to_vec() };
        assert_eq!(agreed_province(&[cue(&["22", "15"]), cue(&["15"])]), Some("15"));
        assert_eq!(agreed_province(&[cue(&["22", "15"])]), None);
        assert_eq!(agreed_province(&[cue(&["44"]), cue(&["45"])]), None);
        assert_eq!(agreed_province(&[]), None);
    }

    #[test]
    fn every_province_has_a_postal_region_for_the_generator() {
        for (code, _, _) in PROVINCES {
            let postcode = postcode_in(code, 123).unwrap_or_else(|| panic!("{code}"));
            assert!(postal_region_provinces(&postcode).contains(&code), "{code} {postcode}");
        }
    }
}
