//! Hand-made fixtures (tests/fixtures, made by make_fixtures.py from our own numbers): a
//! standard_2021 and a provisional_2019 report, each as tab-per-cell, pdftotext-style
//! space-aligned and HTML text. Every form must give exactly the metrics of expected.tsv; a
//! fixture whose totals do not add up gives failing checks and keeps the printed numbers.

use std::collections::BTreeMap;
use std::path::PathBuf;

type Facts = BTreeMap<(String, String, String), f64>;

fn dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("tests/fixtures")
}

fn expected(fixture: &str) -> Facts {
    let text = std::fs::read_to_string(dir().join("expected.tsv")).unwrap();
    let mut facts = Facts::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[0] == fixture {
            facts.insert((f[1].to_string(), f[2].to_string(), f[4].to_string()), f[3].parse().unwrap());
        }
    }
    assert!(facts.len() > 100, "{fixture}: {} expected facts", facts.len());
    facts
}

fn normalized(file: &str) -> (nianbao_parse::Parsed, nianbao_normalize::Normalized) {
    let bytes = std::fs::read(dir().join(file)).unwrap();
    let decoded = nianbao_decode::decode(&bytes).unwrap();
    let parsed = nianbao_parse::parse(&decoded.text).unwrap();
    let normalized = nianbao_normalize::normalize(&parsed);
    (parsed, normalized)
}

fn facts(n: &nianbao_normalize::Normalized) -> Facts {
    let mut facts = Facts::new();
    for m in n.metrics.iter().filter(|m| m.source != nianbao_model::FactSource::Narrative) {
        let key = (
            m.metric.to_string(),
            m.applicant.map_or(String::new(), |a| a.as_str().to_string()),
            m.source.as_str().to_string(),
        );
        assert!(facts.insert(key.clone(), m.value).is_none(), "duplicate {key:?}");
    }
    facts
}

fn assert_same(file: &str, got: &Facts, want: &Facts) {
    let missing: Vec<_> = want.iter().filter(|(k, v)| got.get(*k) != Some(v)).collect();
    let extra: Vec<_> = got.iter().filter(|(k, _)| !want.contains_key(*k)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{file}: missing or wrong {missing:?}\nextra {extra:?}");
}

#[test]
fn every_layout_gives_the_same_metrics() {
    for (fixture, template) in [("standard_2021", "standard_2021"), ("provisional_2019", "provisional_2019")] {
        let want = expected(fixture);
        for file in [format!("{fixture}.tab.txt"), format!("{fixture}.layout.txt"), format!("{fixture}.html")] {
            let (parsed, n) = normalized(&file);
            assert_same(&file, &facts(&n), &want);
            assert_eq!(n.template, template, "{file}");
            // The fixtures' agency (云溪县) is made up: its region check fails by design.
            let failed: Vec<_> = n
                .checks
                .iter()
                .filter(|c| !c.passed && !c.rule.starts_with("region_"))
                .map(|c| format!("{}: {}", c.rule, c.detail))
                .collect();
            assert!(failed.is_empty(), "{file}: {failed:?}");
            assert!(
                n.checks.iter().filter(|c| c.rule == "apply_balance").count() == 7,
                "{file}: the balance of every applicant column is checked"
            );
            assert_eq!(parsed.year, Some(if fixture.ends_with("2021") { 2021 } else { 2019 }));
        }
    }
}

#[test]
fn totals_that_do_not_add_up_fail_their_checks_and_stay_as_printed() {
    let (_, n) = normalized("standard_2021_bad_totals.tab.txt");
    assert_same("bad totals", &facts(&n), &expected("standard_2021_bad_totals"));
    let printed = n
        .metrics
        .iter()
        .find(|m| m.metric == "apply.result.total" && m.applicant == Some(nianbao_model::Applicant::NaturalPerson))
        .unwrap();
    assert_eq!((printed.value, printed.raw.as_str()), (43.0, "43"));
    let failed: Vec<(&str, &str)> = n
        .checks
        .iter()
        .filter(|c| !c.passed && !c.rule.starts_with("region_"))
        .map(|c| (c.rule.as_ref(), c.detail.as_str()))
        .collect();
    let has = |rule: &str, detail: &str| failed.iter().any(|(r, d)| *r == rule && d.contains(detail));
    assert!(has("result_total", "[natural_person]"), "{failed:?}");
    assert!(has("apply_balance", "[natural_person]"), "{failed:?}");
    // The fixture raises the row's 总计 with its 自然人 cell, so the row itself still sums; the
    // column identities of the natural-person and total columns are what break.
    assert!(has("result_total", "[total]") && has("apply_balance", "[total]"), "{failed:?}");
    assert_eq!(failed.len(), 4, "{failed:?}");
    assert!(!has("result_total", "[commercial]"), "only the broken column fails: {failed:?}");
}

/// The 2021 fixture as crawler text: every table row's cells glued together without separators.
fn glued(file: &str) -> String {
    let (parsed, _) = normalized(file);
    let mut out: Vec<String> = Vec::new();
    let mut in_table = std::collections::HashSet::new();
    for grid in &parsed.grids {
        for row in &grid.rows {
            for c in &row.cells {
                in_table.insert(c.line);
            }
        }
    }
    let mut emitted = std::collections::HashSet::new();
    for (i, line) in parsed.lines.iter().enumerate() {
        let lineno = i as u32 + 1;
        if !in_table.contains(&lineno) {
            if !line.starts_with('\t') {
                out.push(line.clone());
            }
            continue;
        }
        let row = parsed.grids.iter().flat_map(|g| &g.rows).find(|r| r.cells.first().is_some_and(|c| c.line == lineno));
        if let Some(row) = row {
            if emitted.insert(lineno) {
                out.push(row.cells.iter().map(|c| c.text.as_str()).collect::<String>());
            }
        }
    }
    out.join("\n")
}

#[test]
fn run_together_tables_recover_unique_rows_and_never_a_wrong_value() {
    let text = glued("standard_2021.tab.txt");
    assert!(
        text.contains("一、本年新收政府信息公开申请数量40610215"),
        "the fixture is glued: {}",
        &text[..text.len().min(600)]
    );
    let parsed = nianbao_parse::parse(&text).unwrap();
    let n = nianbao_normalize::normalize(&parsed);
    let want = expected("standard_2021");
    let (mut right, mut wrong) = (0, Vec::new());
    for m in n.metrics.iter().filter(|m| m.source == nianbao_model::FactSource::Table) {
        let key =
            (m.metric.to_string(), m.applicant.map_or(String::new(), |a| a.as_str().to_string()), "table".to_string());
        match want.get(&key) {
            Some(v) if *v == m.value => right += 1,
            other => wrong.push(format!("{key:?} = {} (printed {other:?})", m.value)),
        }
    }
    let ambiguous: Vec<&str> =
        n.checks.iter().filter(|c| c.rule == "ambiguous_split").map(|c| c.detail.as_str()).collect();
    println!("run-together: {right} table facts recovered, {} ambiguous rows", ambiguous.len());
    assert!(wrong.is_empty(), "no wrong value ever: {wrong:?}");
    // The column identities settle the rows a split alone cannot: received, carried in/out, 总计.
    let got = |metric: &str| n.metrics.iter().any(|m| m.metric == metric);
    for metric in ["apply.received", "apply.carried_in", "apply.result.total", "apply.carried_out", "review.total"] {
        assert!(
            got(metric) || ambiguous.iter().any(|d| d.contains(metric)),
            "{metric}: neither recovered nor reported"
        );
    }
    assert!(right >= 7 * 10, "most of table 三 comes back: {right}");
}

/// A local 统计表 of 2011 (Fujian's form: 指标名称 | 计量单位 | 本年度 | 历年累计), hand-written with
/// our own numbers, in three forms. This year's column is read, never the cumulative one beside
/// it; 行政申诉数 (no harmonised code) is an unmapped row; a blank cumulative cell keeps its place
/// in tab-per-cell and HTML, and in the space-aligned print the figure beside it is put back under
/// the column it is printed under (其它形式 | 件 | 0, its 0 under the rows' 本年度 figures).
#[test]
fn local_pre2014_tables_read_this_years_column_in_every_form() {
    let want: Facts = [
        ("proactive.total", "", 412.0),
        ("proactive.via.website", "", 398.0),
        ("proactive.via.gazette", "", 9.0),
        ("apply.received", "total", 23.0),
        ("apply.received.in_person", "total", 11.0),
        ("apply.received.fax", "total", 0.0),
        ("apply.received.email", "total", 4.0),
        ("apply.received.online", "total", 6.0),
        ("apply.received.letter", "total", 2.0),
        ("apply.received.other", "total", 0.0),
        ("apply.result.total", "total", 23.0),
        ("apply.result.disclosed", "total", 15.0),
        ("apply.result.partial", "total", 3.0),
        ("apply.result.denied", "total", 5.0),
        ("review.total", "", 1.0),
        ("litigation.total", "", 0.0),
    ]
    .into_iter()
    .map(|(m, a, v)| ((m.to_string(), a.to_string(), "table".to_string()), v))
    .collect();
    for file in ["local_pre2014.tab.txt", "local_pre2014.html", "local_pre2014.layout.txt"] {
        let (parsed, n) = normalized(file);
        assert_eq!(parsed.year, Some(2011), "{file}");
        assert_eq!(n.template, "local_pre2014", "{file}");
        let failed: Vec<&nianbao_model::Check> = n.checks.iter().filter(|c| !c.passed).collect();
        let unmapped: Vec<_> = failed.iter().filter(|c| c.rule == "unmapped_row").collect();
        assert_eq!(unmapped.len(), 1, "{file}: {failed:?}");
        assert!(unmapped[0].detail.contains("行政申诉数"), "{file}: {unmapped:?}");
        let channels = n
            .checks
            .iter()
            .find(|c| c.rule == "received_by_channel")
            .unwrap_or_else(|| panic!("{file}: no channel check"));
        assert!(failed.iter().all(|c| c.rule == "unmapped_row"), "{file}: {failed:?}");
        assert!(channels.passed, "{file}: {channels:?}");
        assert_same(file, &facts(&n), &want);
    }
}

/// The first year's local table (2008): one figure column headed 年末统计, and its own label
/// forms (其中： 1.政府公报, 当面申请数, 本年度对申请的答复总数, 公开同意答复数), here one cell per
/// line as a page's copy gives it. Our own numbers.
#[test]
fn the_first_years_local_table_with_its_year_end_column() {
    let cells = [
        "指",
        "标",
        "名",
        "称",
        "计量单位",
        "年末统计",
        "主动公开信息数",
        "条",
        "520",
        "其中： 1.政府公报",
        "条",
        "31",
        "2.政府网站",
        "条",
        "489",
        "受理依申请公开信息总数",
        "条",
        "12",
        "其中： 1.当面申请数",
        "条",
        "5",
        "2.传真申请数",
        "条",
        "0",
        "3.电子邮件申请数",
        "条",
        "1",
        "4.网上申请数",
        "条",
        "4",
        "5.信函申请数",
        "条",
        "2",
        "6.其他形式申请数",
        "条",
        "0",
        "本年度对申请的答复总数",
        "条",
        "12",
        "其中： 1.公开同意答复数",
        "条",
        "9",
        "2.同意部分公开答复数",
        "条",
        "3",
        "3.否定公开答复总数",
        "条",
        "0",
        "行政复议数",
        "件",
        "0",
    ];
    let text = format!("某市人民政府2008年政府信息公开工作年度报告\n（三）附表\n{}\n", cells.join("\n"));
    let parsed = nianbao_parse::parse(&text).unwrap();
    let n = nianbao_normalize::normalize(&parsed);
    assert_eq!(n.template, "local_pre2014");
    let got = facts(&n);
    for (metric, applicant, value) in [
        ("proactive.total", "", 520.0),
        ("proactive.via.gazette", "", 31.0),
        ("proactive.via.website", "", 489.0),
        ("apply.received", "total", 12.0),
        ("apply.received.in_person", "total", 5.0),
        ("apply.received.online", "total", 4.0),
        ("apply.received.other", "total", 0.0),
        ("apply.result.total", "total", 12.0),
        ("apply.result.disclosed", "total", 9.0),
        ("apply.result.partial", "total", 3.0),
        ("apply.result.denied", "total", 0.0),
        ("review.total", "", 0.0),
    ] {
        let key = (metric.to_string(), applicant.to_string(), "table".to_string());
        assert_eq!(got.get(&key), Some(&value), "{metric}: {got:?}");
    }
}

/// A later local table counting its items as documents (主动公开文件数 | 条), one cell per line
/// with the year's column header split (2015 / 年度). Our own numbers.
#[test]
fn a_local_table_counting_documents() {
    let cells = [
        "指标名称",
        "计量单位",
        "2015",
        "年度",
        "历年累计",
        "主动公开文件数",
        "条",
        "740",
        "9312",
        "其中:",
        "1.",
        "政府网站公开数",
        "条",
        "702",
        "9001",
        "2.",
        "政府公报公开数",
        "条",
        "38",
        "311",
    ];
    let text = format!("某市人民政府2015年政府信息公开工作年度报告\n（二）附表\n{}\n", cells.join("\n"));
    let parsed = nianbao_parse::parse(&text).unwrap();
    let n = nianbao_normalize::normalize(&parsed);
    let got = facts(&n);
    for (metric, value) in
        [("proactive.total", 740.0), ("proactive.via.website", 702.0), ("proactive.via.gazette", 38.0)]
    {
        let key = (metric.to_string(), String::new(), "table".to_string());
        assert_eq!(got.get(&key), Some(&value), "{metric}: {got:?}");
    }
}

/// A 2019 第二十条 header whose wrapped cells lost their second line (本年新 / 制作数量 → 本年新):
/// two 本年新 before 对外公开总数量 are the new-made and new-published columns. Our own numbers.
#[test]
fn wrapped_art20_headers_cut_to_their_first_line() {
    let text = "某镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 | 本年新 | 本年新 | 对外公开总数量 | |\n规章 | 2 | 1 | 5 | |\n规范性文件 | 7 | 6 | 40 | |\n";
    let parsed = nianbao_parse::parse(text).unwrap();
    let got = facts(&nianbao_normalize::normalize(&parsed));
    for (metric, value) in [
        ("art20.rules.new_made", 2.0),
        ("art20.rules.new_published", 1.0),
        ("art20.rules.total_public", 5.0),
        ("art20.normative.new_made", 7.0),
        ("art20.normative.new_published", 6.0),
        ("art20.normative.total_public", 40.0),
    ] {
        let key = (metric.to_string(), String::new(), "table".to_string());
        assert_eq!(got.get(&key), Some(&value), "{metric}: {got:?}");
    }
}
