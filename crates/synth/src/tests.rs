//! The generator's own guarantees: reproducible, identities hold where it says they hold, and
//! the truth is what the document printed.

use super::*;
use std::collections::HashMap;

fn facts_of(t: &Truth) -> HashMap<(String, String), f64> {
    t.facts.iter().map(|f| ((f.metric.clone(), f.applicant.clone().unwrap_or_default()), f.value)).collect()
}

#[test]
fn same_seed_same_corpus() {
    for i in 0..40 {
        let (a, b) = (generate(11, i), generate(11, i));
        assert_eq!(a.bytes, b.bytes);
        assert_eq!(a.truth, b.truth);
    }
    assert_ne!(generate(11, 0).bytes, generate(12, 0).bytes);
}

#[test]
fn identities_hold_unless_broken_on_purpose() {
    let (mut checked, mut broken) = (0, 0);
    for i in 0..400 {
        let t = generate(3, i).truth;
        let f = facts_of(&t);
        let get = |m: &str, a: &str| f.get(&(m.to_string(), a.to_string())).copied();
        let ok = match t.template.as_str() {
            "national_2014" => {
                let channels: f64 = ["in_person", "fax", "online", "letter"]
                    .iter()
                    .map(|c| get(&format!("apply.received.{c}"), "total").unwrap())
                    .sum();
                get("apply.received", "total") == Some(channels)
            }
            "local_pre2014" => {
                let channels: f64 = ["in_person", "fax", "email", "online", "letter", "other"]
                    .iter()
                    .map(|c| get(&format!("apply.received.{c}"), "total").unwrap())
                    .sum();
                let answers: f64 = ["disclosed", "partial", "denied"]
                    .iter()
                    .map(|r| get(&format!("apply.result.{r}"), "total").unwrap())
                    .sum();
                get("apply.received", "total") == Some(channels) && get("apply.result.total", "total") == Some(answers)
            }
            // A page on one line cut after its 第二十条 tables has no table 三: nothing to add up;
            // nor has a page of cells one per line cut inside the first table's header (no
            // table's figure at all).
            "provisional_2019" | "standard_2021" if !f.keys().any(|(m, _)| m == "apply.result.total") => {
                let cut_in_a_header = t.layout == "cell_per_line" && !f.keys().any(|(m, _)| m.starts_with("art20."));
                assert!(t.layout.starts_with("one_line") || cut_in_a_header, "{}: table 三 missing", t.file);
                continue;
            }
            "provisional_2019" | "standard_2021" => {
                const COLUMNS: [&str; 7] = [
                    "natural_person",
                    "commercial",
                    "research",
                    "social_welfare",
                    "legal_service",
                    "other_org",
                    "total",
                ];
                // A blank cell is a zero not printed; where the layout leaves no trace of blanks,
                // a row with one keeps only its total as a fact, and the other columns cannot be
                // summed.
                let blanks = f.keys().any(|(m, a)| a == "total" && COLUMNS.iter().any(|c| get(m, c).is_none()));
                let traceless = matches!(t.layout.as_str(), "one_line_glued" | "one_line_spaced" | "run_together");
                let value = |m: &str, a: &str| get(m, a).unwrap_or(0.0);
                // A page that leaves the results' 总计 unfilled: a result printed in another
                // column has no total; that column's parts cannot be summed.
                let totals_unfilled = f.keys().any(|(m, a)| {
                    m.starts_with("apply.result.")
                        && m != "apply.result.total"
                        && a != "total"
                        && get(m, "total").is_none()
                });
                let summable =
                    |a: &&&str| (!(blanks && traceless) || **a == "total") && !(totals_unfilled && **a == "total");
                COLUMNS.iter().filter(summable).all(|a| {
                    let balance = value("apply.received", a) + value("apply.carried_in", a)
                        == value("apply.result.total", a) + value("apply.carried_out", a);
                    // 2021's （六） rows, not the sum derived from them (left out where a part is blank).
                    let six_rows = f.keys().any(|(m, _)| m.starts_with("apply.result.other."));
                    let parts: f64 = f
                        .iter()
                        .filter(|((m, ap), _)| {
                            ap == a
                                && m.starts_with("apply.result.")
                                && m != "apply.result.total"
                                && !(six_rows && m == "apply.result.other")
                        })
                        .map(|(_, v)| v)
                        .sum();
                    balance && parts == value("apply.result.total", a)
                })
            }
            _ => continue,
        };
        checked += 1;
        // A carry-over broken on purpose is broken across years: the report itself adds up.
        if t.broken.is_some() && t.broken.as_deref() != Some("carry_over") {
            broken += 1;
            assert!(!ok, "{}: marked broken but adds up", t.file);
        } else {
            assert!(ok, "{}: identities do not hold", t.file);
        }
    }
    assert!(checked > 250 && broken > 0, "checked {checked}, broken {broken}");
}

/// A series is one agency's consecutive years: each report carries in what the one before
/// carried out and holds the documents in force that the year before and its own issued and
/// repealed give — except the carry-over broken on purpose, which carries in one more.
#[test]
fn a_series_carries_over_from_year_to_year() {
    let docs: Vec<Truth> = (0..600).map(|i| generate(5, i).truth).collect();
    let (mut pairs, mut broken, mut in_force) = (0, 0, 0);
    for (before, after) in docs.iter().zip(docs.iter().skip(1)) {
        if before.series.is_none() || before.series != after.series {
            continue;
        }
        assert_eq!((before.agency_id.as_str(), before.year + 1), (after.agency_id.as_str(), after.year));
        let (b, a) = (facts_of(before), facts_of(after));
        let carried_out = b[&("apply.carried_out".to_string(), "total".to_string())];
        let carried_in = a[&("apply.carried_in".to_string(), "total".to_string())];
        pairs += 1;
        if after.broken.as_deref() == Some("carry_over") {
            broken += 1;
            assert_eq!(carried_in, carried_out + 1.0, "{}", after.file);
        } else {
            assert_eq!(carried_in, carried_out, "{}", after.file);
        }
        for kind in ["rules", "normative"] {
            let figure = |f: &HashMap<(String, String), f64>, what: &str| {
                f.get(&(format!("art20.{kind}.{what}"), String::new())).copied()
            };
            if let (Some(was), Some(is), Some(issued), Some(repealed)) =
                (figure(&b, "in_force"), figure(&a, "in_force"), figure(&a, "issued"), figure(&a, "repealed"))
            {
                in_force += 1;
                assert_eq!(is, was + issued - repealed, "{} {kind}", after.file);
            }
        }
    }
    assert!(pairs > 20 && broken > 0 && in_force > 5, "pairs {pairs}, broken {broken}, in force {in_force}");
}

#[test]
fn truth_is_what_was_printed() {
    for i in 0..300 {
        let doc = generate(5, i);
        let t = &doc.truth;
        // Glued cells print no number on its own.
        if t.corruption != "none"
            || t.template == "narrative"
            || matches!(t.layout.as_str(), "run_together" | "one_line_glued")
        {
            continue;
        }
        // A change printed with its word (减3) is the signed figure.
        let text = String::from_utf8(doc.bytes).unwrap().replace('减', "-");
        let tokens: Vec<&str> =
            text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).filter(|s| !s.is_empty()).collect();
        let mut numbers: std::collections::HashSet<String> = tokens.iter().map(|s| s.to_string()).collect();
        // One cell per line may break a figure over two cells (1 / 2 for 12).
        if t.layout == "cell_per_line" {
            numbers.extend(tokens.windows(2).map(|w| format!("{}{}", w[0], w[1])));
        }
        for fact in &t.facts {
            if fact.metric.ends_with(".amount") || fact.metric == "fees.amount" || fact.metric == "org.budget" {
                let wan = fact.value / 10000.0;
                let printed = format!("{wan}");
                assert!(
                    numbers.contains(&printed) || (wan == 0.0 && numbers.contains("0")),
                    "{}: {} = {printed}万元 not printed",
                    t.file,
                    fact.metric
                );
            } else if fact.metric != "litigation.total" || t.template == "national_2014" {
                if fact.metric == "apply.result.other" && t.template == "standard_2021" {
                    continue; // derived: the sum of the three （六） rows
                }
                assert!(
                    numbers.contains(&format!("{}", fact.value as i64)),
                    "{}: {} = {} not printed",
                    t.file,
                    fact.metric,
                    fact.value
                );
            }
        }
        assert!(text.contains(&t.agency), "{}: agency not printed", t.file);
    }
}

#[test]
fn every_form_occurs() {
    let truths: Vec<Truth> = (0..600).map(|i| generate(9, i).truth).collect();
    for layout in
        ["tab_per_cell", "space_aligned", "html", "pipe", "run_together", "prose", "one_line_glued", "one_line_spaced"]
    {
        assert!(truths.iter().any(|t| t.layout == layout), "{layout}");
    }
    for template in ["local_pre2014", "national_2014", "provisional_2019", "standard_2021", "narrative"] {
        assert!(truths.iter().any(|t| t.template == template), "{template}");
    }
    for c in [
        "none",
        "gbk",
        "utf-16le-bom",
        "utf-16be",
        "big5-traditional",
        "pinyin_spam",
        "utf8_as_gbk",
        "utf8_as_latin1",
        "docx_artefacts",
    ] {
        assert!(truths.iter().any(|t| t.corruption == c), "{c}");
    }
    let provinces: std::collections::HashSet<&str> = truths.iter().map(|t| &t.region_code[..2]).collect();
    assert!(provinces.len() >= 25, "agencies from {} provinces", provinces.len());
    // Agencies' series of years, townships printed by their old name, postcodes, the leader's
    // words on the province.
    assert!(truths.iter().any(|t| t.series.is_some()), "series");
    let renamed = truths.iter().find(|t| t.region_renamed).expect("a renamed township");
    let old = renamed.agency.trim_end_matches("人民政府").trim_end_matches("办事处");
    let now = nianbao_gazetteer::global().get(&renamed.region_code, renamed.year as u16).expect("the new division");
    assert!(!old.ends_with(&now.name), "{} is printed by its old name, not {}", renamed.agency, now.name);
    let texts: Vec<String> = (0..600).map(|i| String::from_utf8_lossy(&generate(9, i).bytes).into_owned()).collect();
    assert!(texts.iter().any(|t| t.contains("邮编：")), "postcodes");
    assert!(texts.iter().any(|t| t.contains("习近平总书记")), "the leader's words");
}

/// A count printed with its parts (培训5次，其中集中培训2次、以会代训3次) adds up: the prose sum
/// check it becomes must pass, since no truth lists it as broken.
#[test]
fn counts_given_with_their_parts_add_up() {
    let setting = crate::prose::Setting {
        province: "浙江省",
        province_code: "33",
        year: 2021,
        agency: "王店镇人民政府",
        county_kind: "区",
        address: None,
        aided: None,
    };
    let mut rng = crate::Rng::for_document(3, 0);
    for _ in 0..200 {
        let s = crate::prose::fill("{t}|{s}|{r}|{a}", &setting, &mut rng).0;
        let parts: Vec<&str> = s.split('|').collect();
        let n: Vec<u64> = parts[..3].iter().map(|p| p.parse().unwrap()).collect();
        assert_eq!(n[0], n[1] + n[2], "{s}");
        assert!(n[1] >= 1 && n[2] >= 1, "{s}");
        assert_eq!(parts[3], "浙");
    }
}

/// A page whose figures were set in spans: each figure inside a prose line stands on a line of
/// its own, and joining the pieces gives the line back; the title, a table's cells and a
/// numbered heading's numeral stay as they were.
#[test]
fn figures_in_spans_cut_the_prose_around_each_figure() {
    let lines: Vec<String> = [
        "某县2021年政府信息公开工作年度报告",
        "本报告根据《条例》（国务院令第711号）编制，全年公开率达12.5%，共2019条。",
        "1.公开目录已更新，本年共更新主动公开目录3次。",
        "本年新收政府信息公开申请数量",
        "12",
        "（不同渠道和方式公开相同信息计1条） |",
    ]
    .map(String::from)
    .to_vec();
    let cut = crate::figures_in_spans(lines.clone(), true, false);
    assert_eq!(
        cut,
        [
            "某县2021年政府信息公开工作年度报告",
            "本报告根据《条例》（国务院令第",
            "711",
            "号）编制，全年公开率达",
            "12.5%",
            "，共",
            "2019",
            "条。",
            "1.公开目录已更新，本年共更新主动公开目录",
            "3",
            "次。",
            "本年新收政府信息公开申请数量",
            "12",
            "（不同渠道和方式公开相同信息计1条） |",
        ]
    );
    let note = crate::figures_in_spans(
        vec!["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）".into()],
        false,
        false,
    );
    assert_eq!(note, ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计", "1", "条）"]);
    // Its half-width punctuation in spans too.
    let ascii = crate::figures_in_spans(vec!["根据《条例》（以下简称条例），全年公开信息12条。".into()], false, true);
    assert_eq!(ascii, ["根据《条例》", "(", "以下简称条例", ")", ",", "全年公开信息", "12", "条。"]);
    assert_eq!(cut[1..8].concat(), lines[1]);
}
