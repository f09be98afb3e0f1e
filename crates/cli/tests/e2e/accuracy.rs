//! The accuracy goals, held on a fixed synthetic corpus: every parser change is judged by them.

use crate::common::*;

#[test]
fn synthetic_corpus_meets_the_accuracy_goals() {
    let dir = tempdir();
    let out = nianbao(&["synth", "--out", "corpus", "--docs", "600", "--seed", "20261122"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = nianbao(&["eval", "--corpus", "corpus", "--json"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let overall = &r["overall"];
    let (tp, fp, fn_) =
        (overall["tp"].as_f64().unwrap(), overall["fp"].as_f64().unwrap(), overall["fn_"].as_f64().unwrap());
    let (precision, recall) = (tp / (tp + fp), tp / (tp + fn_));
    assert!(tp > 50_000.0, "the corpus has facts: {tp}");
    assert!(precision >= 0.995, "precision {precision}");
    assert!(recall >= 0.99, "recall {recall}");
    // Never a wrong value in text whose characters all survived; where a lossy repair recovered
    // the text (古文码, a mirror's pinyin), never one its `uncertain_text` check does not flag
    // (the words that made a figure a stock's or a channel's may be the ones lost).
    let lossy = ["utf8_as_gbk", "pinyin_spam"];
    for (name, c) in r["by_corruption"].as_object().unwrap() {
        if !lossy.contains(&name.as_str()) {
            assert_eq!(c["fp"].as_u64(), Some(0), "by_corruption {name}");
        }
    }
    for group in ["by_corruption", "by_layout", "by_template"] {
        for (name, c) in r[group].as_object().unwrap() {
            assert_eq!(c["fp_unflagged"].as_u64(), Some(0), "{group} {name}: a wrong value no check flags");
        }
    }
    // Every layout with separators is read in full where the characters survived (古文码 and a
    // mirror's pinyin lose some for good: figures and category names); run-together text
    // (a row per line, or the whole page on one line) abstains where more than one split fits,
    // and must still give most of its facts.
    for (layout, c) in r["by_layout_intact"].as_object().unwrap() {
        let (tp, fn_) = (c["tp"].as_f64().unwrap(), c["fn_"].as_f64().unwrap());
        let glued = layout == "run_together" || layout == "one_line_glued";
        let floor = if glued { 0.8 } else { 0.995 };
        assert!(tp / (tp + fn_) >= floor, "{layout}: recall {}", tp / (tp + fn_));
    }
    let clean = &r["by_corruption"]["none"];
    let run_together_docs = r["by_layout"]["run_together"]["docs"].as_u64().unwrap_or(0);
    assert!(run_together_docs > 0, "the corpus has run-together tables");
    assert!(clean["tp"].as_u64().unwrap() > 10_000);
    assert_eq!(r["rejected"], 0);
    assert!(r["year_accuracy"].as_f64().unwrap() >= 0.99);
    assert!(r["template_accuracy"].as_f64().unwrap() >= 0.99);
    let unique = r["region_unique"].as_array().unwrap();
    let shared = r["region_ambiguous"].as_array().unwrap();
    let renamed = r["region_renamed"].as_array().unwrap();
    assert_eq!(
        (unique[1].as_u64(), shared[1].as_u64(), renamed[1].as_u64()),
        (Some(0), Some(0), Some(0)),
        "never a wrong region"
    );
    assert!(renamed[0].as_u64().unwrap() > 5, "townships printed by their old name resolve: {renamed:?}");
    let correct = unique[0].as_f64().unwrap() / (unique[0].as_f64().unwrap() + unique[2].as_f64().unwrap());
    assert!(correct >= 0.97, "region where unique: {correct}");
    let broken = r["broken_flagged"].as_array().unwrap();
    assert_eq!(broken[0], broken[1], "every total printed wrong on purpose fails its check");
    assert!(broken[1].as_u64().unwrap() > 5);
    // Where every total was printed right, no sum fails.
    let alarms = r["false_alarms"].as_object().unwrap();
    assert!(alarms.is_empty(), "false alarms: {alarms:?}");
    // One agency across years: a key follows every placeable agency's years and never holds
    // two agencies; the identities across years catch every break and raise no false alarm.
    let a = &r["across_years"];
    let together = a["series_together"].as_array().unwrap();
    assert!(together[1].as_u64().unwrap() > 10, "the corpus has series: {a}");
    assert_eq!(together[0], together[1], "every placeable agency's years under one key: {a}");
    assert_eq!(a["keys_merging_agencies"], 0, "{a}");
    let caught = a["broken_caught"].as_array().unwrap();
    assert!(caught[1].as_u64().unwrap() > 0, "{a}");
    assert_eq!(caught[0], caught[1], "every carry-over broken on purpose fails carry_over: {a}");
    assert_eq!(a["false_alarms"], 0, "{a}");
}
