//! The five real reports give exactly the numbers a person reads in them.

use crate::common::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

fn warehouse() -> &'static Path {
    sample_warehouse()
}

/// report_id of the sample whose file name starts with `prefix`.
fn report(prefix: &str) -> String {
    let rows = query(warehouse(), &format!("SELECT report_id FROM reports WHERE source LIKE '%/{prefix}%'"));
    assert_eq!(rows.len(), 1, "one report for {prefix}");
    rows[0]["report_id"].as_str().unwrap().to_string()
}

/// (metric, applicant or "") → value, for table/derived rows (or narrative ones when asked).
fn metrics(prefix: &str, source: &str) -> HashMap<(String, String), f64> {
    let id = report(prefix);
    let rows = query(
        warehouse(),
        &format!("SELECT metric, coalesce(applicant, '') AS applicant, value FROM metrics WHERE report_id = '{id}' AND source = '{source}' AND metric <> 'proactive.part'"),
    );
    let mut map = HashMap::new();
    for r in rows {
        let key = (r["metric"].as_str().unwrap().to_string(), r["applicant"].as_str().unwrap().to_string());
        assert!(map.insert(key.clone(), r["value"].as_f64().unwrap()).is_none(), "duplicate {key:?} in {prefix}");
    }
    map
}

fn assert_values(prefix: &str, source: &str, expected: &[(&str, &str, f64)]) {
    let got = metrics(prefix, source);
    for (metric, applicant, value) in expected {
        let key = (metric.to_string(), applicant.to_string());
        assert_eq!(got.get(&key), Some(value), "{prefix}: {metric}[{applicant}] ({source})");
    }
}

/// The `proactive.part` rows of a sample, (category, value) in line order.
fn proactive_parts(prefix: &str) -> Vec<(String, f64)> {
    let id = report(prefix);
    query(warehouse(), &format!("SELECT label, value FROM metrics WHERE report_id = '{id}' AND metric = 'proactive.part' ORDER BY line, value, label"))
        .iter()
        .map(|r| (r["label"].as_str().unwrap().to_string(), r["value"].as_f64().unwrap()))
        .collect()
}

/// (expected, actual, passed) of the `prose_sum` checks of a sample.
fn prose_sums(prefix: &str) -> Vec<(f64, f64, bool)> {
    let id = report(prefix);
    query(warehouse(), &format!("SELECT expected, actual, passed FROM checks WHERE report_id = '{id}' AND rule = 'prose_sum' ORDER BY detail"))
        .iter()
        .map(|r| (r["expected"].as_f64().unwrap(), r["actual"].as_f64().unwrap(), r["passed"].as_bool().unwrap()))
        .collect()
}

fn report_row(prefix: &str) -> Value {
    let id = report(prefix);
    query(
        warehouse(),
        &format!("SELECT *, CAST(published AS VARCHAR) AS published_text FROM reports WHERE report_id = '{id}'"),
    )
    .remove(0)
}

fn failed_checks(prefix: &str) -> Vec<String> {
    let id = report(prefix);
    query(warehouse(), &format!("SELECT rule, detail FROM checks WHERE report_id = '{id}' AND NOT passed"))
        .iter()
        .map(|r| format!("{}: {}", r["rule"].as_str().unwrap(), r["detail"].as_str().unwrap()))
        .collect()
}

fn passed(prefix: &str, rule: &str, detail_starts: &str) -> bool {
    let id = report(prefix);
    let rows =
        query(warehouse(), &format!("SELECT passed, detail FROM checks WHERE report_id = '{id}' AND rule = '{rule}'"));
    let row = rows
        .iter()
        .find(|r| r["detail"].as_str().unwrap().starts_with(detail_starts))
        .unwrap_or_else(|| panic!("{prefix}: no {rule} check {detail_starts}: {rows:?}"));
    row["passed"].as_bool().unwrap()
}

#[test]
fn five_samples_become_five_reports() {
    assert_eq!(count(warehouse(), "reports"), 5);
    assert_eq!(count(warehouse(), "rejects"), 0);
}

#[test]
fn seed_000_national_2014_table() {
    assert_values(
        "000",
        "table",
        &[
            ("proactive.total", "", 1308.0),
            ("proactive.via.website", "", 721.0),
            ("proactive.via.weibo", "", 58.0),
            ("proactive.via.wechat", "", 208.0),
            ("proactive.via.other", "", 275.0),
            ("response.hotspots", "", 37.0),
            ("apply.received", "total", 0.0),
            ("review.total", "", 0.0),
            ("litigation.total", "", 0.0),
            ("fees.amount", "", 0.0),
        ],
    );
    let r = report_row("000");
    assert_eq!(r["template"], "national_2014");
    assert_eq!(r["year"], 2017);
    assert_eq!(r["title"], "泗门镇人民政府2017年政府信息公开工作年度报告");
    assert!(failed_checks("000").is_empty(), "{:?}", failed_checks("000"));
}

#[test]
fn seed_004_national_2014_table_with_sections_eight_and_nine() {
    assert_values(
        "004",
        "table",
        &[
            ("proactive.total", "", 37353.0),
            ("proactive.normative", "", 66.0),
            ("proactive.via.gazette", "", 42.0),
            ("proactive.via.website", "", 33196.0),
            ("apply.received", "total", 244.0),
            ("apply.received.in_person", "total", 138.0),
            ("apply.received.fax", "total", 0.0),
            ("apply.received.online", "total", 11.0),
            ("apply.received.letter", "total", 95.0),
            ("apply.closed.on_time", "total", 243.0),
            ("apply.closed.extended", "total", 1.0),
            ("apply.result.total", "total", 244.0),
            ("apply.result.disclosed", "total", 128.0),
            ("apply.result.partial", "total", 24.0),
            ("apply.result.denied", "total", 19.0),
            ("apply.result.not_exist", "total", 55.0),
            ("review.total", "", 4.0),
            ("review.corrected", "", 2.0),
            ("review.other", "", 2.0),
            ("litigation.total", "", 0.0),
            ("fees.amount", "", 0.0),
            ("org.budget", "", 854000.0),
            ("org.staff", "", 184.0),
            ("org.trainees", "", 2330.0),
        ],
    );
    assert!(passed("004", "received_by_channel", "[total] apply.received 244"));
    assert!(passed("004", "denied_reasons", "[total] apply.result.denied 19"));
    let r = report_row("004");
    assert_eq!(r["published_text"], "2018-01-12");
    assert_eq!(r["agency"], "温州市瓯海区人民政府");
    // The text's 3.7万多条 agrees with the table's 37353: an approximate figure is a range.
    assert!(failed_checks("004").is_empty(), "{:?}", failed_checks("004"));
    // The sentences: 共受理…244件 (其中 区政府62件 + 各部门及镇街182件, checked), 行政复议4件
    // (其中 被纠错2件 + 其他情况2件, checked), 诉讼0起 — each agreeing with the table.
    assert_values(
        "004",
        "narrative",
        &[
            ("proactive.total", "", 37000.0),
            ("apply.received", "total", 244.0),
            ("review.total", "", 4.0),
            ("litigation.total", "", 0.0),
        ],
    );
    let mut sums = prose_sums("004");
    sums.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(sums, [(4.0, 4.0, true), (244.0, 244.0, true)]);
}

#[test]
fn seed_003_provisional_2019_tables() {
    assert_values(
        "003",
        "table",
        &[
            ("art20.licensing.prev_items", "", 5.0),
            ("art20.licensing.change", "", 0.0),
            ("art20.licensing.decisions", "", 57.0),
            ("art20.penalty.prev_items", "", 13.0),
            ("art20.penalty.decisions", "", 82.0),
            ("art20.coercion.prev_items", "", 2.0),
            ("art20.coercion.decisions", "", 3.0),
            ("art20.procurement.items", "", 36.0),
            ("art20.procurement.amount", "", 2887900.0),
        ],
    );
    // Table 三 is printed blank: no table rows, but the heading says （无）.
    assert!(!metrics("003", "table").keys().any(|(m, _)| m.starts_with("apply.")));
    assert_values("003", "narrative", &[("apply.received", "total", 0.0)]);
    let r = report_row("003");
    assert_eq!(r["template"], "provisional_2019");
    assert_eq!(r["year"], 2019);
    assert_eq!(r["published_text"], "2020-01-15");
}

#[test]
fn seed_001_spam_mirror_is_repaired_and_read() {
    let r = report_row("001");
    assert_eq!(r["spam_mirror"], true);
    assert_eq!(r["title"], "海盐县沈荡镇人民政府2017年度政府信息公开工作报告");
    let repairs: Vec<&str> = r["repairs"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(repairs.contains(&"pinyin_spam") && repairs.contains(&"t2s"), "{repairs:?}");
    assert_values("001", "narrative", &[("proactive.total", "", 170.0), ("apply.received", "total", 0.0)]);
    // 170 with its seven parts, as the first statement gives them (169: a 其中 list may be
    // partial — the restatement adds 公开年报1条 and reaches 170).
    let parts = proactive_parts("001");
    let expected: Vec<(String, f64)> = [
        ("机构信息", 7.0),
        ("政策文件", 8.0),
        ("规划总结", 8.0),
        ("各类工作信息", 56.0),
        ("人事信息", 8.0),
        ("“三公”经费、财政预决算等财政信息", 15.0),
        ("重点公开事项", 67.0),
    ]
    .iter()
    .map(|(l, v)| (l.to_string(), *v))
    .collect();
    let mut sorted_parts = parts.clone();
    let mut sorted_expected = expected.clone();
    sorted_parts.sort_by(|a, b| a.0.cmp(&b.0));
    sorted_expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(sorted_parts, sorted_expected);
    let mut sums = prose_sums("001");
    sums.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(sums, [(170.0, 169.0, true), (170.0, 170.0, true)]);
    let id = report("001");
    let body =
        query(warehouse(), &format!("SELECT string_agg(body, '\n') AS text FROM sections WHERE report_id = '{id}'"));
    let text = body[0]["text"].as_str().unwrap();
    for phrase in ["推进政府数据开放共享", "截至2017年12月31日", "公开年报1条"] {
        assert!(text.contains(phrase), "missing {phrase}");
    }
    assert!(!text.contains("(dāng)") && !text.contains("數"), "annotation or traditional text left");
}

#[test]
fn seed_002_narrative_only() {
    let r = report_row("002");
    assert_eq!(r["template"], "narrative");
    assert_eq!(r["year"], 2017);
    // 青山镇 is ten townships in 2017 and the text names no county or city: abstain, say why.
    assert_eq!(r["province"], "unknown");
    assert!(r["region_code"].is_null());
    let id = report("002");
    let rows = query(
        warehouse(),
        &format!("SELECT detail, actual FROM checks WHERE report_id = '{id}' AND rule = 'region_ambiguous'"),
    );
    assert_eq!(rows.len(), 1, "candidates recorded");
    assert_eq!(rows[0]["actual"], 10.0);
    assert!(rows[0]["detail"].as_str().unwrap().contains("吉林省/白城市/洮北区/青山镇"));
    // …合计100条信息 is the year's total, its five parts add up; the 2013–2017 statement
    // (669 with parts summing to 469) is no year's total: a failed check and no metric.
    assert_values("002", "narrative", &[("proactive.total", "", 100.0)]);
    assert_eq!(proactive_parts("002").len(), 5);
    let mut sums = prose_sums("002");
    sums.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(sums, [(100.0, 100.0, true), (669.0, 469.0, false)]);
    assert!(!metrics("002", "narrative").values().any(|v| *v == 669.0));
}

#[test]
fn seeds_resolve_to_their_official_regions() {
    for (prefix, code, town, county, city) in [
        ("000", "330281103000", Some("泗门镇"), "余姚市", "宁波市"),
        ("001", "330424101000", Some("沈荡镇"), "海盐县", "嘉兴市"),
        ("003", "330411105000", Some("王店镇"), "秀洲区", "嘉兴市"),
        ("004", "330304000000", None, "瓯海区", "温州市"),
    ] {
        let r = report_row(prefix);
        assert_eq!(r["region_code"], code, "{prefix}");
        assert_eq!(r["province"], "zhejiang", "{prefix}");
        assert_eq!(
            (r["province_code"].as_str(), r["province_name"].as_str()),
            (Some("33"), Some("浙江省")),
            "{prefix}"
        );
        assert_eq!(r["town"].as_str(), town, "{prefix}");
        assert_eq!(r["county"], county, "{prefix}");
        assert_eq!(r["city"], city, "{prefix}");
    }
    assert_eq!(report_row("004")["agency_level"], "county");
    assert_eq!(report_row("003")["agency_level"], "township");
}

/// Every row of a national_2014 table, in printed order, as read by a person from the seed file.
fn assert_whole_table(prefix: &str, rows: &[(&str, f64)]) {
    let got = metrics(prefix, "table");
    let want: HashMap<(String, String), f64> = rows
        .iter()
        .map(|(m, v)| ((m.to_string(), if m.starts_with("apply.") { "total".to_string() } else { String::new() }), *v))
        .collect();
    let missing: Vec<_> = want.iter().filter(|(k, v)| got.get(*k) != Some(v)).collect();
    let extra: Vec<_> = got.keys().filter(|k| !want.contains_key(*k)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{prefix}: missing or wrong {missing:?}; not in the table {extra:?}"
    );
}

#[test]
fn seed_004_whole_table() {
    assert_whole_table(
        "004",
        &[
            ("proactive.total", 37353.0),
            ("proactive.normative", 66.0),
            ("proactive.normative_issued", 66.0),
            ("proactive.via.gazette", 42.0),
            ("proactive.via.website", 33196.0),
            ("proactive.via.weibo", 13026.0),
            ("proactive.via.wechat", 6194.0),
            ("proactive.via.other", 1250.0),
            ("response.hotspots", 219.0),
            ("response.press_conferences", 29.0),
            ("response.press_conferences.by_leaders", 11.0),
            ("response.online_interviews", 9.0),
            ("response.online_interviews.by_leaders", 8.0),
            ("response.policy_briefs", 86.0),
            ("response.social_media", 342.0),
            ("response.other", 623.0),
            ("apply.received", 244.0),
            ("apply.received.in_person", 138.0),
            ("apply.received.fax", 0.0),
            ("apply.received.online", 11.0),
            ("apply.received.letter", 95.0),
            ("apply.closed", 244.0),
            ("apply.closed.on_time", 243.0),
            ("apply.closed.extended", 1.0),
            ("apply.result.total", 244.0),
            ("apply.result.already_public", 7.0),
            ("apply.result.disclosed", 128.0),
            ("apply.result.partial", 24.0),
            ("apply.result.denied", 19.0),
            ("apply.result.denied.state_secret", 0.0),
            ("apply.result.denied.commercial_secret", 0.0),
            ("apply.result.denied.privacy", 0.0),
            ("apply.result.denied.security_stability", 0.0),
            ("apply.result.denied.not_gov_info", 14.0),
            ("apply.result.denied.other_law", 5.0),
            ("apply.result.not_this_agency", 6.0),
            ("apply.result.not_exist", 55.0),
            ("apply.result.needs_correction", 4.0),
            ("apply.result.other_channel", 1.0),
            ("review.total", 4.0),
            ("review.upheld", 0.0),
            ("review.corrected", 2.0),
            ("review.other", 2.0),
            ("litigation.total", 0.0),
            ("litigation.upheld", 0.0),
            ("litigation.corrected", 0.0),
            ("litigation.other", 0.0),
            ("complaints.total", 0.0),
            ("fees.amount", 0.0),
            ("org.units", 63.0),
            ("org.reading_points", 17.0),
            ("org.staff", 184.0),
            ("org.staff.full_time", 40.0),
            ("org.staff.part_time", 144.0),
            ("org.budget", 854000.0),
            ("org.meetings", 119.0),
            ("org.trainings", 54.0),
            ("org.trainees", 2330.0),
        ],
    );
}

#[test]
fn seed_000_whole_table() {
    let zero = |m: &'static str| (m, 0.0);
    let mut rows = vec![
        ("proactive.total", 1308.0),
        zero("proactive.normative"),
        zero("proactive.normative_issued"),
        zero("proactive.via.gazette"),
        ("proactive.via.website", 721.0),
        ("proactive.via.weibo", 58.0),
        ("proactive.via.wechat", 208.0),
        ("proactive.via.other", 275.0),
        ("response.hotspots", 37.0),
    ];
    for m in [
        "response.press_conferences",
        "response.press_conferences.by_leaders",
        "response.online_interviews",
        "response.online_interviews.by_leaders",
        "response.policy_briefs",
        "response.social_media",
        "response.other",
        "apply.received",
        "apply.received.in_person",
        "apply.received.fax",
        "apply.received.online",
        "apply.received.letter",
        "apply.closed",
        "apply.closed.on_time",
        "apply.closed.extended",
        "apply.result.total",
        "apply.result.already_public",
        "apply.result.disclosed",
        "apply.result.partial",
        "apply.result.denied",
        "apply.result.denied.state_secret",
        "apply.result.denied.commercial_secret",
        "apply.result.denied.privacy",
        "apply.result.denied.security_stability",
        "apply.result.denied.not_gov_info",
        "apply.result.denied.other_law",
        "apply.result.not_this_agency",
        "apply.result.not_exist",
        "apply.result.needs_correction",
        "apply.result.other_channel",
        "review.total",
        "review.upheld",
        "review.corrected",
        "review.other",
        "litigation.total",
        "litigation.upheld",
        "litigation.corrected",
        "litigation.other",
        "complaints.total",
        "fees.amount",
    ] {
        rows.push(zero(m));
    }
    assert_whole_table("000", &rows);
}
