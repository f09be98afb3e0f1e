//! normalize: parsed structure → canonical metrics, derived rows, checks and template.
//!
//! The catalog of docs/metrics.md is data ([`catalog`]); printed labels reach it through a
//! noise-tolerant matcher ([`labels`]); printed numbers become values exactly ([`value`]);
//! every identity the template guarantees becomes a `checks` row ([`checks`]). A number is never
//! altered: what does not add up is flagged, not fixed.

pub mod agency;
pub mod art20;
pub mod catalog;
pub mod cellrows;
pub mod channels;
pub mod checks;
pub mod flows;
pub mod labels;
pub mod narrative;
pub mod normative;
pub mod org;
mod pattern;
pub mod prose;
pub mod reline;
pub mod responses;
pub mod reviews;
pub mod runtogether;
pub mod tables;
mod text;
pub mod value;

use nianbao_model::{Check, FactSource, Metric, Region};
use nianbao_parse::Parsed;
use std::collections::BTreeMap;

/// What normalize adds to a parsed document.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub metrics: Vec<Metric>,
    pub checks: Vec<Check>,
    /// The dominant template of the document's tables, or `narrative`.
    pub template: &'static str,
    pub agency_level: &'static str,
    /// What kind of body the agency is (`government`, `general_office`, `department`, …).
    pub agency_kind: &'static str,
    /// The agency across years and printed variants of its name (see [`agency::key`]).
    pub agency_key: Option<String>,
    pub region: Region,
    /// The resolver's decision, with every candidate it weighed (for `inspect`).
    pub resolution: nianbao_gazetteer::Resolution,
}

/// Load the gazetteer now (~45 ms) rather than when the first document needs it, which would
/// hold up every worker behind one (see `nianbao_decode::warm_up`).
pub fn warm_up() {
    nianbao_gazetteer::global();
}

pub fn normalize(parsed: &Parsed) -> Normalized {
    let table = tables::read_tables_in(&parsed.grids, runtogether::coded_form(&parsed.lines));
    let mut votes = table.votes;
    let mut metrics = table.metrics;
    // Crawler text with the cell separators gone: only where no grid gave table 三 already.
    let mut glued_checks = Vec::new();
    let mut unread = Vec::new();
    if !metrics
        .iter()
        .any(|m| m.source == FactSource::Table && (m.metric == "apply.received" || m.metric == "proactive.total"))
    {
        let recovered = runtogether::recover(&parsed.lines, &metrics);
        votes.extend(recovered.votes);
        metrics.extend(recovered.metrics);
        glued_checks = recovered.checks;
        unread = recovered.unread;
    }
    // A table 三 row whose label was lost to 古文码 may be a result row: its results' sum is
    // not checked (see tables::results_unchecked).
    if table.row_lost_its_label {
        unread.extend(tables::results_unchecked());
    }
    unread.extend_from_slice(&table.unread);
    let derived = checks::derived(&metrics);
    metrics.extend(derived);
    let mut all_checks = checks::identities_without(&metrics, &unread);
    all_checks.extend(table.problems);
    all_checks.extend(glued_checks);
    once_per_row(&mut all_checks, "unmapped_row");

    let mainland = in_mainland_words(&parsed.lines);
    let paragraphs = prose::logical_lines(mainland.as_deref().unwrap_or(&parsed.lines), &table_lines(parsed));
    let mut narrative = narrative::facts(&paragraphs, &parsed.lines, &parsed.sections, parsed.year);
    let proactive = narrative.iter().find(|m| m.metric == "proactive.total").map(|m| m.value);
    let prose = prose::read(&paragraphs, proactive, parsed.year);
    for m in prose.metrics {
        // The first statement of a fact wins (narrative's zero statements come first); a later
        // one with another figure is not read, and a failed check says the text states both.
        match narrative.iter().find(|n| n.metric == m.metric && n.applicant == m.applicant) {
            Some(first) if m.metric != "proactive.part" => {
                if (first.value - m.value).abs() > 1e-9 {
                    flag_statements_differ(first, &m, &mut all_checks);
                }
            }
            _ => narrative.push(m),
        }
    }
    all_checks.extend(prose.checks);
    // A table's channel figure is the agency's; a sentence's may count one account of the
    // channel (“瓯海发布”微信公众号发布信息1000多条 beside the table's 6194), so where the table
    // has the channel, the sentence is not read.
    add_unstated(&mut narrative, channels::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    // Requests carried over and closed, and the staff: a table's figure is the agency's; a
    // sentence's may count the whole city's (依法按时办结依申请公开事项380件 beside the table's 96).
    add_unstated(&mut narrative, flows::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, org::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, reviews::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, art20::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, normative::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, responses::read(&paragraphs, parsed.year), &metrics, &mut all_checks);
    add_unstated(&mut narrative, channels::requests_by_channel(&paragraphs, parsed.year), &[], &mut all_checks);
    let handled = flows::handled_and_balanced(&paragraphs, parsed.year, &narrative);
    add_unstated(&mut narrative, handled, &metrics, &mut all_checks);
    let channel_checks = channel_within_total(&mut narrative, &paragraphs, &all_checks);
    all_checks.extend(channel_checks);
    // The prose is scanned for other channels only where one channel could be the total.
    // (Not where more is said to be besides it: 除在…网公开外，还通过…发布信息60条.)
    let only_channel = total_from_the_only_channel(&narrative)
        .filter(|_| channels::channel_figures(&paragraphs) == 1 && !narrative::tells_more_besides(&paragraphs));
    narrative.extend(only_channel);
    let split = total_split_by_its_channels(&narrative, &paragraphs);
    narrative.extend(split);
    all_checks.extend(narrative_vs_table(&narrative, &metrics));
    metrics.extend(narrative);

    if votes.is_empty() {
        votes.extend(template_by_column_names(&parsed.lines));
    }
    let template = dominant_template(&votes, &metrics, parsed.year);
    all_checks.extend(checks::outside_template(&metrics, template));
    // Place names too are in Taiwan's words on such a page (团结社群 for 团结社区): the
    // gazetteer is asked in the mainland's.
    let taiwan = mainland.is_some();
    let (agency_asked, title_asked) =
        (named_in(taiwan, parsed.agency.as_deref()), named_in(taiwan, parsed.title.as_deref()));
    let body = || mainland.as_deref().unwrap_or(&parsed.lines).join("\n").into();
    // A body of the central government is no division's (its seat's address names Beijing).
    let central = agency_asked.as_deref().filter(|a| agency::central_body(a, parsed.year));
    let resolution = match central {
        Some(name) => agency::central_resolution(name),
        None => {
            let resolution = nianbao_gazetteer::global().resolve_with_body(
                // (A bureau's organs, 某局机关, are placed as the bureau is.)
                agency_asked.as_deref().map(nianbao_parse::meta::without_organs),
                title_asked.as_deref(),
                body,
                parsed.year,
            );
            all_checks.extend(region_check(&resolution));
            resolution
        }
    };
    // The body's sentences as the page wrote them, a crawler's breaks around figures undone
    // (2015 / 年，哈尔滨市政府信息公开工作紧紧围绕…: the city speaks).
    let sentences = nianbao_parse::spans::rejoined_at_figures(mainland.as_deref().unwrap_or(&parsed.lines));
    let agency_level = agency::level(parsed, &sentences, &resolution);
    let agency_kind = agency_asked.as_deref().map_or("unknown", agency::kind);
    // Several agencies of one name may lie in the division an ambiguous name resolved to: its
    // code does not tell them apart.
    let key_region = if resolution.ancestor_only { Default::default() } else { resolution.region.clone() };
    let agency_key = agency_asked.as_deref().map(|a| agency::key(a, &key_region));
    Normalized {
        metrics,
        checks: all_checks,
        template,
        agency_level,
        agency_kind,
        agency_key,
        region: resolution.region.clone(),
        resolution,
    }
}

/// A name as the gazetteer is asked it: in the mainland's words on a page in Taiwan's phrasing
/// (`taiwan`), else as printed.
fn named_in(taiwan: bool, name: Option<&str>) -> Option<std::borrow::Cow<'_, str>> {
    match name {
        Some(n) if taiwan => Some(labels::fold_taiwan_phrases(n).into()),
        n => n.map(Into::into),
    }
}

/// A prose reader: the paragraphs (line, text) of a report of a year → its facts.
#[cfg(test)]
type ProseReader = fn(&[(u32, String)], Option<i32>) -> Vec<Metric>;

/// What a prose reader finds in one paragraph of a report of `year`, as (metric, value): the
/// readers' unit tests.
#[cfg(test)]
pub(crate) fn figures_read_by(read: ProseReader, text: &str, year: i32) -> Vec<(String, f64)> {
    read(&[(1, text.to_string())], Some(year)).into_iter().map(|m| (m.metric.to_string(), m.value)).collect()
}

/// The lines of a page in Taiwan's phrasing in the mainland's words, for the prose readers; `None`
/// for any other page.
///
/// A mirror that converted a page with Taiwan's phrases (s2twp) and a decoder that turned its
/// characters back to simplified ones leave 资讯 for 信息, 档案 for 文件, 专案 for 项目 throughout
/// and 释出 for 发布 … ([`labels::TAIWAN_PHRASES`]) — 全年共释出政府资讯…条 — and the readers, written
/// in the mainland's words, missed them (the tables' label keys fold them too). A page is taken
/// for one only where it writes 资讯 and never 信息: elsewhere 档案 is a word of its own (县档案馆),
/// and 资讯 an odd word among 信息.
fn in_mainland_words(lines: &[String]) -> Option<Vec<String>> {
    let writes = |word: &str| lines.iter().any(|l| l.contains(word));
    if !writes("资讯") || writes("信息") {
        return None;
    }
    Some(lines.iter().map(|line| labels::fold_taiwan_phrases(line)).collect())
}

/// One failed `rule` check per printed line: a row both the grids and the run-together reader
/// saw (a page on one line whose rows came back, some aligned by spaces) is one row the catalog
/// lacks, not two. The first kept is the grids', which names the row with its unit.
fn once_per_row(checks: &mut Vec<Check>, rule: &str) {
    let mut seen = std::collections::HashSet::new();
    checks.retain(|c| {
        if c.rule != rule || c.passed {
            return true;
        }
        let line = c.detail.split(':').next().unwrap_or("").to_string();
        seen.insert(line)
    });
}

/// Two sentences stating one fact with different figures (未发生行政复议 and, further on, 行政复议
/// 128件): the first is kept as printed, the other is not read, and a failed check says so —
/// once, however many readers found the other figure.
fn flag_statements_differ(kept: &Metric, other: &Metric, checks: &mut Vec<Check>) {
    let check = statements_differ(kept, other);
    let same = |c: &Check| c.rule == check.rule && c.actual == check.actual && c.expected == check.expected;
    if !checks.iter().any(|c| same(c) && c.detail.split(':').next() == check.detail.split(':').next()) {
        checks.push(check);
    }
}

fn statements_differ(kept: &Metric, other: &Metric) -> Check {
    Check {
        rule: "prose_statements_differ".into(),
        expected: Some(kept.value),
        actual: Some(other.value),
        passed: false,
        detail: format!(
            "{}: text line {} says '{}' (read), line {} says '{}' (not read)",
            kept.metric, kept.line, kept.raw, other.line, other.raw
        ),
    }
}

/// One prose reader's facts, each where no earlier reader stated its metric, nor the table
/// (`table`; empty where the sentence is read beside the table's figure); one the prose stated
/// with another figure is flagged ([`flag_statements_differ`]). (A table's figure differing is no
/// flag: these readers' sentences may count more than the agency — the whole city's requests.)
fn add_unstated(narrative: &mut Vec<Metric>, found: Vec<Metric>, table: &[Metric], checks: &mut Vec<Check>) {
    for m in found {
        if let Some(first) = narrative.iter().find(|n| n.metric == m.metric) {
            if first.applicant == m.applicant && (first.value - m.value).abs() > 1e-9 {
                flag_statements_differ(first, &m, checks);
            }
        } else if !table.iter().any(|t| t.metric == m.metric) {
            narrative.push(m);
        }
    }
}

/// Does the sentence right after the total's open with 其中 and hold the part (全年主动公开各类
/// 政府信息70条，涵盖…领域。其中，公开行政规范性文件7件、…，在微信公众号上主动公开各类信息115条)?
/// The list the 其中 opens breaks the total down, as a 其中 within its sentence does.
fn in_the_next_sentences_list(text: &str, total: &str, part: &str) -> bool {
    let Some(t) = text.find(total) else { return false };
    let from = t + total.len();
    let Some(p) = text[from..].find(part) else { return false };
    let between = &text[from..from + p];
    let Some(at) = between.find("其中") else { return false };
    let is_stop = |c: char| matches!(c, '。' | '；' | ';');
    let (to_it, after_it) = (&between[..at], &between[at..]);
    // One stop, the total's sentence's own, before the 其中 and right before it; none after.
    to_it.chars().filter(|&c| is_stop(c)).count() == 1
        && to_it.trim_end().ends_with(is_stop)
        && !after_it.contains(is_stop)
}

/// A channel's figure above the proactive total the prose gives. Stated apart (网站发布信息43条
/// beside 主动公开政府信息11条), the two sentences count different things and which one is the
/// agency's total is not certain: neither is kept as a metric, and a failed check says why.
/// Stated as a part of the total (主动公开政府信息3747条，其中通过门户网站公开3758条), both are
/// what the report prints: both are kept, and the failed check flags that they do not add up.
///
/// A total whose own 其中 parts add up to it exactly (a passed `prose_sum` among `checks`:
/// 主动公开政府信息31条，其中规划计划类4条、…) is confirmed by them: it stands, and the channel's
/// figure, counting something else, is not read.
fn channel_within_total(narrative: &mut Vec<Metric>, paragraphs: &[(u32, String)], checks: &[Check]) -> Vec<Check> {
    let Some(total) = narrative.iter().find(|m| m.metric == "proactive.total").cloned() else { return Vec::new() };
    let over: Vec<Metric> =
        narrative.iter().filter(|m| m.metric.starts_with("proactive.via.") && m.value > total.value).cloned().collect();
    if over.is_empty() {
        return Vec::new();
    }
    let a_part_of_the_total = |o: &Metric| {
        paragraphs.iter().filter(|(line, _)| *line == total.line).any(|(_, text)| {
            crate::text::split_at_stops(text).any(|sentence| {
                let at_total = sentence.find(total.label.as_str());
                let at_part = sentence.find(o.label.as_str());
                matches!((at_total, at_part), (Some(t), Some(p)) if t < p && sentence[t..p].contains("其中"))
            }) || in_the_next_sentences_list(text, &total.label, &o.label)
        })
    };
    // 政务微博累计发布信息318条 beside 本年度主动公开政府信息135条: a figure accumulated since a
    // time the sentence does not give is not the year's; the year's total stands.
    let accumulated =
        |o: &Metric| o.label.contains("累计") && !["全年", "本年", "年度", "今年"].iter().any(|w| o.label.contains(w));
    // “某某发布”微信公众号推送信息520条 beside 主动公开政府信息164条: one named account's posts
    // (发布, 推送, 更新) are not all disclosures; the disclosed total stands. (网站发布信息43条
    // beside 主动公开政府信息11条 names no account: which is the total stays open.)
    let posted = |o: &Metric| {
        !o.label.contains("公开")
            && o.label.contains(['“', '"', '「'])
            && ["发布", "推送", "更新"].iter().any(|w| o.label.contains(w))
            && total.label.contains("主动公开")
    };
    // “某某”微信公众号全年发布信息502篇 beside 全年累计公开信息59条: articles are not items; the
    // two count different things, and each stands as printed (the failed check says so).
    let unit = |raw: &str| raw.trim().chars().next_back();
    let in_another_unit = |o: &Metric| unit(&o.raw) != unit(&total.raw);
    let confirmed = checks
        .iter()
        .any(|c| c.rule == "prose_sum" && c.passed && c.expected == Some(total.value) && c.actual == Some(total.value));
    let (since_when, stated_apart): (Vec<&Metric>, Vec<&Metric>) = over
        .iter()
        .filter(|o| !a_part_of_the_total(o) && !in_another_unit(o))
        .partition(|o| confirmed || accumulated(o) || posted(o));
    narrative.retain(|m| !since_when.iter().any(|o| o.metric == m.metric));
    if !stated_apart.is_empty() {
        narrative.retain(|m| m.metric != "proactive.total" && !stated_apart.iter().any(|o| o.metric == m.metric));
    }
    let neither = !stated_apart.is_empty();
    let why = |o: &Metric| {
        if in_another_unit(o) {
            "counted in another unit: the channel's figure stands as printed"
        } else if neither {
            "neither is read"
        } else if !since_when.iter().any(|s| s.metric == o.metric) {
            "both as printed"
        } else if confirmed {
            "the total's parts add up to it: the total is read, the channel's figure is not"
        } else if posted(o) {
            "posted, not disclosed: the disclosed total is read, the channel's figure is not"
        } else {
            "accumulated since an unstated time: the total is read, the channel's figure is not"
        }
    };
    over.iter()
        .map(|o| Check {
            rule: "channel_exceeds_total".into(),
            expected: Some(total.value),
            actual: Some(o.value),
            passed: false,
            detail: format!(
                "line {}: {} '{}' exceeds the proactive total '{}' (line {}); {}",
                o.line,
                o.metric,
                o.raw,
                total.raw,
                total.line,
                why(o)
            ),
        })
        .collect()
}

/// 通过官方网站主动公开政府信息129条 as the prose's only disclosure figure: what the agency
/// disclosed through its one channel is all it disclosed, and the report gives no other
/// total. The caller makes sure the prose gives no other channel a figure. Only where no total
/// was read, exactly one channel figure was, and its clause's verb is 公开 or 公布 (通过门户网站
/// 公开各类信息46条), not merely 发布, 更新 or 推送, which also count postings that are not
/// disclosures. A 公开 inside a name (信息公开网, 政务公开栏) is no verb.
fn total_from_the_only_channel(narrative: &[Metric]) -> Option<Metric> {
    if narrative.iter().any(|m| m.metric == "proactive.total") {
        return None;
    }
    let channels: Vec<&Metric> = narrative.iter().filter(|m| m.metric.starts_with("proactive.via.")).collect();
    let [only] = channels[..] else { return None };
    const NAMES_WITH_GONGKAI: [&str; 4] = ["信息公开", "政务公开", "公开栏", "公开专栏"];
    let verbs = NAMES_WITH_GONGKAI.iter().fold(only.label.clone(), |label, w| label.replace(w, ""));
    (verbs.contains("公开") || verbs.contains("公布"))
        .then(|| Metric { metric: "proactive.total".into(), ..only.clone() })
}

/// 共发布政务信息3490条，其中政府网站公开政府信息2238条，微信公众号公开1252条: a statement of
/// information of no kind in particular (信息, 政务信息, 各类信息 — which alone may count any
/// postings, and is not read as the total) whose 其中 splits it by channel, the channels read
/// adding up to its figure exactly: the channels confirm it is what was disclosed — the total.
/// Only where no total was read, two channels or more were, all on the statement's line; a
/// statement of one kind (发布工作动态100条，其中…) is that kind's.
fn total_split_by_its_channels(narrative: &[Metric], paragraphs: &[(u32, String)]) -> Option<Metric> {
    if narrative.iter().any(|m| m.metric == "proactive.total") {
        return None;
    }
    let channels: Vec<&Metric> = narrative.iter().filter(|m| m.metric.starts_with("proactive.via.")).collect();
    let line = channels.first()?.line;
    if channels.len() < 2 || channels.iter().any(|m| m.line != line) {
        return None;
    }
    let sum: f64 = channels.iter().map(|m| m.value).sum();
    static STATEMENT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let statement = STATEMENT.get_or_init(|| {
        pattern::compile(r"(?:公开|发布|公布)(?P<what>[^，,。；;\d]{0,12}?)(?P<fig>\d[\d,]*)\s*条\s*[，,]?\s*其中")
            .unwrap()
    });
    let text = &paragraphs.iter().find(|(l, _)| *l == line)?.1;
    statement.captures_iter(text).find_map(|c| {
        let what = ["了", "共计", "合计", "总计", "共", "各类", "政务", "政府", "相关", "的", "信息", "总数", "数"]
            .iter()
            .fold(c["what"].to_string(), |w, generic| w.replace(generic, ""));
        let figure = value::parse_figure(&c["fig"], false)?;
        (what.trim().is_empty() && (figure.value - sum).abs() < 1e-9)
            .then(|| narrative::narrative("proactive.total", figure.value, &c["fig"], &c[0], line))
    })
}

/// The lines a table's cells stand on, which are never prose. A cell-per-line table covers
/// every line from its first cell to its last (the separators between included).
fn table_lines(parsed: &Parsed) -> Vec<bool> {
    let mut mask = vec![false; parsed.lines.len()];
    let mut mark = |line: u32| {
        if let Some(m) = (line as usize).checked_sub(1).and_then(|i| mask.get_mut(i)) {
            *m = true;
        }
    };
    for grid in &parsed.grids {
        let lines = grid.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.line));
        // Prose a crawler broke at every number (年度本机关共主动公开政府信息 / 348 / 条) looks
        // like cells one per line; without a single label a catalog knows it is prose still.
        let knows_a_label = || grid.rows.iter().any(|r| r.cells.iter().any(|c| tables::label_known(&c.text)));
        if grid.layout == nianbao_parse::Layout::CellPerLine {
            if !knows_a_label() {
                continue;
            }
            let (first, last) = lines.fold((u32::MAX, 0), |(lo, hi), l| (lo.min(l), hi.max(l)));
            (first..=last).for_each(&mut mark);
        } else if grid.layout != nianbao_parse::Layout::Html {
            // A page laid out in a table of its own may hold its whole body in one cell (发布单位:
            // | 某镇 | / 2013年,我镇认真贯彻…主动公开政府信息件数为123件… |): a cell that is
            // sentences is prose, and its line is the prose readers'.
            let prose_lines: Vec<u32> =
                grid.rows.iter().flat_map(|r| &r.cells).filter(|c| is_sentences(&c.text)).map(|c| c.line).collect();
            lines.filter(|l| !prose_lines.contains(l)).for_each(&mut mark);
        }
    }
    mask
}

/// Is a table cell sentences rather than a label or a figure: a stop (。) in a text of 40
/// characters or more? No catalog label has one.
fn is_sentences(cell: &str) -> bool {
    cell.contains('。') && cell.chars().count() >= 40
}

/// An unresolved region is recorded as a failed `region_ambiguous` check listing the candidates
/// (or `region_not_found` when the text names no division), so that it is counted and queryable.
fn region_check(r: &nianbao_gazetteer::Resolution) -> Option<Check> {
    // Resolved only as far as the division every candidate lies in: still ambiguous below it.
    if r.is_resolved() && !r.ancestor_only {
        return None;
    }
    let rule = if r.candidates.is_empty() { "region_not_found" } else { "region_ambiguous" };
    let candidates: Vec<String> =
        r.candidates.iter().take(20).map(|c| format!("{} {} ({})", c.code, c.path, c.score)).collect();
    let detail =
        if candidates.is_empty() { r.reason.clone() } else { format!("{}: {}", r.reason, candidates.join("; ")) };
    Some(Check { rule: rule.into(), expected: None, actual: Some(r.candidates.len() as f64), passed: false, detail })
}

/// Where a sentence and the table state the same fact with different numbers, both rows stay
/// and the disagreement becomes a failed check.
fn narrative_vs_table(narrative: &[Metric], metrics: &[Metric]) -> Vec<Check> {
    narrative
        .iter()
        .filter_map(|n| {
            let t = metrics
                .iter()
                .find(|m| m.source == FactSource::Table && m.metric == n.metric && m.applicant == n.applicant)?;
            // "3.7万多条" agrees with any table figure in [37000, 38000).
            let passed = match value::approximate_range(&n.raw) {
                Some((lo, hi)) => t.value >= lo && t.value < hi,
                None => (t.value - n.value).abs() < 1e-6,
            };
            Some(Check {
                rule: "narrative_vs_table".into(),
                expected: Some(t.value),
                actual: Some(n.value),
                passed,
                detail: format!(
                    "{}: table line {} says {}, text line {} says '{}'",
                    n.metric, t.line, t.raw, n.line, n.raw
                ),
            })
        })
        .collect()
}

/// The generation a metric code belongs to, where only one has it.
fn era_of_metric(metric: &str) -> Option<&'static str> {
    let national =
        ["proactive.", "response.", "org.", "complaints.", "apply.closed", "apply.result.denied", "apply.received."];
    if national.iter().any(|p| metric.starts_with(p)) {
        return Some("national_2014");
    }
    let standard = [".issued", ".repealed", ".in_force", "admin_fees.amount"];
    if metric.starts_with("apply.result.other.")
        || (metric.starts_with("art20.") && standard.iter().any(|s| metric.ends_with(s)))
    {
        return Some("standard_2021");
    }
    let provisional = [
        ".new_made",
        ".new_published",
        ".total_public",
        ".prev_items",
        ".change",
        "procurement.items",
        "procurement.amount",
    ];
    if metric.starts_with("art20.") && provisional.iter().any(|s| metric.ends_with(s)) {
        return Some("provisional_2019");
    }
    None
}

/// The generation most of the document's table cells belong to. Table 三/四 rows are the same
/// in 2019 and 2021: without a generation-specific row they follow the report year.
fn dominant_template(votes: &[&'static str], metrics: &[Metric], year: Option<i32>) -> &'static str {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for v in votes {
        *counts.entry(v).or_default() += 1;
    }
    if let Some((t, _)) = counts.iter().max_by_key(|(t, n)| (**n, template_rank(t))) {
        return t;
    }
    if metrics.iter().any(|m| m.source == FactSource::Table) {
        return if year.is_some_and(|y| y >= 2021) { "standard_2021" } else { "provisional_2019" };
    }
    "narrative"
}

/// The template a page's table headers name where no table of it was read — a page crawled
/// onto one line whose excerpt ends after the 第二十条 header (…信息内容 | 本年制发件数 | 本年废止件数
/// | 现行有效件数 | 规): the columns' names are the template's own and stand in no prose.
fn template_by_column_names(lines: &[String]) -> Option<&'static str> {
    let names = |words: &[&str]| lines.iter().any(|l| words.iter().all(|w| l.contains(w)));
    if names(&["本年制发件数", "本年废止件数"]) || names(&["本年制发件数", "现行有效件数"]) {
        Some("standard_2021")
    } else if names(&["本年新制作数量", "对外公开总数量"]) || names(&["本年新公开数量", "对外公开总数量"])
    {
        Some("provisional_2019")
    } else {
        first_column_after_its_corner(lines)
    }
}

/// The template a 第二十条 table's first column names where the page ends inside its header,
/// one cell per line and the cell wrapped (信息内容 | / 本年新 | / 本年…): 本年新 opens only the
/// 2019 columns (本年新制作数量; not 本年新收…申请, a row of table 三), 本年制发 the 2021 ones.
fn first_column_after_its_corner(lines: &[String]) -> Option<&'static str> {
    // Cells however the page sets them apart: a line each, bars, spaces (a page on one line).
    let cells: Vec<&str> =
        lines.iter().flat_map(|l| l.split(|c: char| c == '|' || c.is_whitespace())).filter(|c| !c.is_empty()).collect();
    let corner = |c: &str| crate::labels::key(c) == "信息内容";
    let era_of = |first: &str| {
        if first.starts_with("本年新") && !first.starts_with("本年新收") {
            Some("provisional_2019")
        } else if first.starts_with("本年制发") {
            Some("standard_2021")
        } else {
            None
        }
    };
    let after_corner = cells.windows(2).filter(|w| corner(w[0])).map(|w| w[1]);
    // Or glued to the corner, as a page crawled onto one line runs them (信息内容本年制发件数本年).
    let glued = || {
        lines.iter().flat_map(|l| {
            ["信息内容", "资讯内容"]
                .into_iter()
                .flat_map(move |c| l.match_indices(c).map(move |(at, _)| &l[at + c.len()..]))
        })
    };
    after_corner.filter_map(era_of).next().or_else(|| glued().find_map(era_of))
}

fn template_rank(t: &str) -> u8 {
    match t {
        "standard_2021" => 3,
        "provisional_2019" => 2,
        "national_2014" => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn channel(code: &'static str, value: f64, label: &str) -> Metric {
        Metric {
            metric: code.into(),
            applicant: None,
            value,
            unit: "count".into(),
            label: label.into(),
            raw: format!("{value}条"),
            source: FactSource::Narrative,
            line: 1,
        }
    }

    /// The proactive total a report's text gives, if any.
    fn proactive_total(text: &str) -> Option<f64> {
        let parsed = nianbao_parse::parse(text).unwrap();
        normalize(&parsed).metrics.iter().find(|m| m.metric == "proactive.total").map(|m| m.value)
    }

    #[test]
    fn a_body_in_one_cell_of_the_pages_layout_table_is_prose() {
        let page = "发布单位: | 某某镇 |\n2013年度某某镇政府信息公开工作年度报告 | ||\n2013年，我镇认真贯彻落实条例，有序推进政府信息公开工作。现将我镇2013年政府信息公开工作报告如下： 一、政府信息主动公开情况 2013年度我镇主动公开政府信息件数为123件。 二、依申请公开情况 2013年，我镇未收到信息公开的申请。 |\n||\n";
        assert_eq!(proactive_total(page), Some(123.0));
    }

    #[test]
    fn a_tables_header_alone_on_a_page_on_one_line_names_its_template() {
        let template = |text: &str| normalize(&nianbao_parse::parse(text).unwrap()).template;
        let head = "某县民政局2022年政府信息公开工作年度报告\n";
        let cut = "一、总体情况 2022年，我局共收到政府信息公开申请3件。 二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规";
        assert_eq!(template(&format!("{head}{cut}\n")), "standard_2021");
        let cut_2019 =
            "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章";
        assert_eq!(template(&format!("{head}{cut_2019}\n")), "provisional_2019");
        assert_eq!(template(&format!("{head}一、总体情况 2022年，我局共收到政府信息公开申请3件。\n")), "narrative");
        // One cell per line, the page cut inside the first column's wrapped name.
        let head_2020 = "某市某局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局未收到政府信息公开申请。\n";
        let cut_cells = "二、主动公开政府信息情况\n第二十条第（一）项\n|\n|||\n信息内容 |\n本年新 |\n本年\n";
        assert_eq!(template(&format!("{head_2020}{cut_cells}")), "provisional_2019");
        let cut_2021 = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发\n";
        assert_eq!(template(&format!("{head_2020}{cut_2021}")), "standard_2021");
        // The same on one line, and in Taiwan's phrasing (资讯内容).
        let one_line = "一、总体情况 2020年，我局未收到政府信息公开申请。 二、主动公开政府信息情况 第二十条第（一）项 | ||| 资讯内容 | 本年新 | 本年\n";
        assert_eq!(template(&format!("某市某局2020年政府信息公开工作年度报告\n{one_line}")), "provisional_2019");
        let glued = "一、总体情况2021年，我镇未收到政府信息公开申请。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年\n";
        assert_eq!(template(&format!("某镇2021年政府信息公开工作年度报告\n{glued}")), "standard_2021");
    }

    #[test]
    fn a_statement_its_channels_add_up_to_is_the_total() {
        let head = "某县应急管理局2022年政府信息公开工作年度报告\n一、总体情况\n";
        let split = "2022年，我局共发布政务信息3490条，其中政府网站公开政府信息2238条，微信公众号公开1252条。";
        assert_eq!(proactive_total(&format!("{head}{split}")), Some(3490.0));
        let short = "2022年，我局共发布政务信息3500条，其中政府网站公开政府信息2238条，微信公众号公开1252条。";
        assert_eq!(proactive_total(&format!("{head}{short}")), None, "the channels do not add up to it");
        let one_kind = "2022年，我局共发布工作动态100条，其中政府网站公开60条，微信公众号公开40条。";
        assert_eq!(proactive_total(&format!("{head}{one_kind}")), None, "one kind's");
        let summed = "全平台发布各类政务信息合计932条，其中网站发布自主信息98条，官方微博211条，官方公众号623条。";
        assert_eq!(proactive_total(&format!("{head}{summed}")), Some(932.0), "合计 before the figure");
    }

    #[test]
    fn documents_issued_for_disclosure_beside_the_sites_figure_leave_the_sites_figure() {
        let text = "某市人民政府2023年政府信息公开工作年度报告\n（一）主动公开\n2023年通过政府网站主动公开政府信息2150条，发布主动公开文件8件，政策解读5条。\n";
        let metrics = normalize(&nianbao_parse::parse(text).unwrap()).metrics;
        let read: Vec<(&str, f64)> = metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(read, [("proactive.via.website", 2150.0), ("proactive.total", 2150.0)]);
    }

    #[test]
    fn an_accounts_articles_beside_the_total_of_items_stand_as_printed() {
        let text = "某街道2025年政府信息公开工作年度报告\n（一）主动公开情况\n全年累计公开信息59条。同时，“某某”微信公众号保持常态化运营，全年发布信息502篇。\n";
        let normalized = normalize(&nianbao_parse::parse(text).unwrap());
        let read: Vec<(&str, f64)> = normalized.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(read, [("proactive.total", 59.0), ("proactive.via.wechat", 502.0)]);
        let flagged = normalized.checks.iter().find(|c| c.rule == "channel_exceeds_total").expect("flagged");
        assert!(!flagged.passed && flagged.detail.contains("another unit"), "{}", flagged.detail);
        let same_unit = text.replace("502篇", "502条");
        let normalized = normalize(&nianbao_parse::parse(&same_unit).unwrap());
        assert!(normalized.metrics.is_empty(), "in one unit, which is the total stays open");
    }

    #[test]
    fn a_channel_in_the_list_opening_the_next_sentence_is_a_part_of_the_total() {
        let text = "某市卫生健康委员会2025年政府信息公开工作年度报告\n（一）主动公开情况\n全年主动公开各类政府信息60条，涵盖机构职能、政策文件等领域。其中，公开规范性文件3件，在微信公众号上主动公开各类信息90条。\n";
        let normalized = normalize(&nianbao_parse::parse(text).unwrap());
        let read: Vec<(&str, f64)> = normalized.metrics.iter().map(|m| (m.metric.as_ref(), m.value)).collect();
        assert_eq!(read, [("proactive.total", 60.0), ("proactive.via.wechat", 90.0)], "both as printed");
        let flagged = normalized.checks.iter().find(|c| c.rule == "channel_exceeds_total").expect("flagged");
        assert!(!flagged.passed && flagged.detail.contains("both as printed"), "{}", flagged.detail);
        let a_sentence_between = text.replace("领域。其中", "领域。内容丰富。其中");
        assert!(proactive_total(&a_sentence_between).is_none(), "stated apart: neither");
    }

    #[test]
    fn the_only_sites_figure_with_more_said_besides_it_is_not_the_total() {
        let text = "某县审计局2012年度政府信息公开工作年度报告\n一、主动公开政府信息情况\n2012年度共在县政府信息公开网上发布各类主动公开信息26条。除在县政府信息公开网及时公开外，还通过省厅网站、县文明网等媒体主动向社会发布信息60条。\n";
        assert_eq!(proactive_total(text), None);
        let alone =
            text.replace("除在县政府信息公开网及时公开外，还通过省厅网站、县文明网等媒体主动向社会发布信息60条。", "");
        assert_eq!(proactive_total(&alone), Some(26.0), "the only channel's figure");
    }

    #[test]
    fn the_sites_figure_beside_new_medias_is_not_the_total() {
        let text = "某县人民政府2023年政府信息公开工作年度报告\n（一）主动公开\n2023年全县通过政府网站主动公开政府信息4120条。通过政务新媒体公开政府信息9230条，运行良好。\n";
        assert_eq!(proactive_total(text), None);
    }

    #[test]
    fn a_bureaus_organs_are_placed_as_the_bureau() {
        let page = "象山县财政局机关2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局主动公开政府信息20条。\n";
        let normalized = normalize(&nianbao_parse::parse(page).unwrap());
        assert_eq!(normalized.region.region_code.as_deref(), Some("330225000000"), "{}", normalized.resolution.reason);
        assert!(!normalized.resolution.ancestor_only, "{}", normalized.resolution.reason);
        assert_eq!(normalized.agency_level, "department");
        assert_eq!(normalized.agency_key.as_deref(), Some("330225000000/财政局"));
    }

    #[test]
    fn a_zones_committee_placed_by_its_address_is_a_department_there() {
        let page = "东海湾经济技术开发区管委会2023年政府信息公开工作年度报告\n如对本报告有疑问，请与东海湾经济技术开发区管委会办公室联系（地址：宁波市象山县丹阳路1号）。\n一、总体情况\n2023年，全区主动公开政府信息20条。\n";
        let normalized = normalize(&nianbao_parse::parse(page).unwrap());
        assert_eq!(normalized.region.region_code.as_deref(), Some("330225000000"), "{}", normalized.resolution.reason);
        assert_eq!(normalized.agency_level, "department");
    }

    #[test]
    fn a_page_in_taiwans_phrasing_is_read_in_the_mainlands_words() {
        let read = |text: &str| {
            normalize(&nianbao_parse::parse(text).unwrap())
                .metrics
                .into_iter()
                .map(|m| (m.metric.to_string(), m.value))
                .collect::<Vec<_>>()
        };
        let taiwan = "某镇人民政府2021年政府资讯公开工作年度报告\n二、主动公开政府资讯情况\n全年共释出政府资讯36条。\n";
        assert_eq!(read(taiwan), [("proactive.total".to_string(), 36.0)]);
        // A page that writes 信息 keeps its words: its 档案 is an archive (县档案馆).
        let mainland = "某镇人民政府2021年政府信息公开工作年度报告\n向县档案馆报送资讯汇编3册。\n";
        assert!(in_mainland_words(&mainland.lines().map(String::from).collect::<Vec<_>>()).is_none());
        // Taiwan's words for 通过, 门户网站 and 类型 too (OpenCC's TWPhrases: 透过, 入口网站, 型别).
        let words = "某镇人民政府2021年政府资讯公开工作年度报告\n三、收到和处理政府资讯公开申请情况\n2021年收到政府资讯公开申请数量为5件，申请人型别为自然人。\n二、主动公开政府资讯情况\n全年共释出政府资讯36条，其中透过入口网站释出资讯30条。\n";
        let mut got = read(words);
        got.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(
            got,
            [
                ("apply.received".to_string(), 5.0),
                ("apply.received".to_string(), 5.0),
                ("proactive.total".to_string(), 36.0),
                ("proactive.via.website".to_string(), 30.0)
            ]
        );
        // The channels' names as the conversion writes them (微讯号 for 微信号, 网际网路站 for 互联网站).
        let channels = "某县人民政府2021年政府资讯公开工作年度报告\n二、主动公开政府资讯情况\n全年共释出政府资讯360条。“某县发布”官方微讯号公开资讯153篇。\n";
        let mut got = read(channels);
        got.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(got, [("proactive.total".to_string(), 360.0), ("proactive.via.wechat".to_string(), 153.0)]);
        // Place names too (社群 for 社区): the gazetteer is asked in the mainland's words.
        let place = "涞水县城区社群管理办公室2022年政府资讯公开工作年度报告\n一、总体情况\n全年共释出政府资讯12条。\n";
        let normalized = normalize(&nianbao_parse::parse(place).unwrap());
        assert_eq!(normalized.region.region_code.as_deref(), Some("130623401000"), "{}", normalized.resolution.reason);
        // Without a title, the body speaks as its city in the mainland's words too.
        let untitled = "本报告依据《条例》编制。\n2019年，绵阳市政府资讯公开工作紧紧围绕市委市政府中心工作。\n";
        assert_eq!(normalize(&nianbao_parse::parse(untitled).unwrap()).agency_level, "city");
        // A page that calls its report this level's government's, naming its county's site.
        let own = "特向社会公布2018年度本级政府信息公开年度报告。本报告的电子版可在赞皇县人民政府网站下载。\n一、概述\n2018年全县政府信息公开工作稳步推进，全年公开信息21条。\n";
        assert_eq!(normalize(&nianbao_parse::parse(own).unwrap()).agency_level, "county");
        let site_only = own.replace("本级政府", "");
        assert_eq!(normalize(&nianbao_parse::parse(&site_only).unwrap()).agency_level, "unknown", "the site alone");
        // And where a crawler broke the sentence around its year.
        let broken = "本报告依据《条例》编制。\n2019\n年，绵阳市政府信息公开工作紧紧围绕市委市政府中心工作。\n";
        assert_eq!(normalize(&nianbao_parse::parse(broken).unwrap()).agency_level, "city");
    }

    #[test]
    fn two_sentences_giving_one_fact_two_figures_are_flagged() {
        let text = "某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n本年度未发生针对本机关政府信息公开的行政复议案件。\n五、因政府信息公开申请行政复议、提起行政诉讼的情况 2020年，全县收到行政复议12件，结果维持10件，结果纠正2件。\n";
        let normalized = normalize(&nianbao_parse::parse(text).unwrap());
        let review: Vec<f64> =
            normalized.metrics.iter().filter(|m| m.metric == "review.total").map(|m| m.value).collect();
        assert_eq!(review, [0.0], "the first statement as printed");
        let flagged: Vec<&Check> = normalized.checks.iter().filter(|c| c.rule == "prose_statements_differ").collect();
        assert_eq!(flagged.len(), 1, "once, though two readers read the 12: {flagged:?}");
        assert_eq!((flagged[0].expected, flagged[0].actual, flagged[0].passed), (Some(0.0), Some(12.0), false));
    }

    /// Table 二 on one line with its sub-headings printed without their second 第 (第二十条(五)项)
    /// and its first sub-heading lost: cut back into rows and read.
    #[test]
    fn article_20_tables_on_one_line_whose_sub_headings_drop_a_character() {
        let page = format!(
            "{}二、主动公开政府信息情况信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件354第二十条(五)项信息内容上一年项目数量本年增/减处理决定数量行政许可002其他对外管理服务事项000第二十条(六)项信息内容上一年项目数量本年增/减处理决定数量行政处罚000行政强制000三、收到和处理政府信息公开申请情况",
            "本年度我乡认真贯彻落实条例，".repeat(30)
        );
        let relined = crate::reline::reline(&format!("某乡2019年政府信息公开工作年度报告\n{page}\n")).unwrap();
        let normalized = normalize(&nianbao_parse::parse(&relined.text).unwrap());
        let value = |code: &str| normalized.metrics.iter().find(|m| m.metric == code).map(|m| m.value);
        assert_eq!(value("art20.normative.new_made"), Some(3.0));
        assert_eq!(value("art20.normative.total_public"), Some(4.0));
        assert_eq!(value("art20.licensing.decisions"), Some(2.0));
    }

    /// A national table saved on one line with single spaces, cut back into rows: each row's
    /// unit is the word before its figure, 万元 included.
    #[test]
    fn a_national_table_on_one_line_reads_with_its_units() {
        let page = format!(
            "{}政府信息公开情况统计表 统计指标 单位 统计数 一、主动公开情况 ——              （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） 条 729 其中：主动公开规范性文件数 条 30 制发规范性文件总数 件 31 （二）通过不同渠道和方式公开政府信息的情况 —— 1.政府公报公开政府信息数 条 12              三、依申请公开情况 —— （一）收到申请数 件 117 1.当面申请数 件 113 2.传真申请数 件 0 3.网络申请数 件 0 4.信函申请数 件 4              六、举报投诉数量 件 0 七、依申请公开信息收取的费用 万元 1.7 八、机构建设和保障经费情况 ——              （三）从事政府信息公开工作人员数 人 160",
            "本年度我局认真贯彻落实条例，".repeat(30)
        );
        let relined = crate::reline::reline(&format!("某县统计局2016年政府信息公开工作年度报告\n{page}\n")).unwrap();
        let normalized = normalize(&nianbao_parse::parse(&relined.text).unwrap());
        let value = |code: &str| normalized.metrics.iter().find(|m| m.metric == code).map(|m| m.value);
        assert_eq!(value("proactive.total"), Some(729.0));
        assert_eq!(value("proactive.normative"), Some(30.0));
        // Before a group head of its section (（二）通过不同渠道…——) as before a row.
        assert_eq!(value("proactive.normative_issued"), Some(31.0));
        assert_eq!(value("proactive.via.gazette"), Some(12.0));
        assert_eq!(value("apply.received"), Some(117.0));
        assert_eq!(value("apply.received.letter"), Some(4.0));
        assert_eq!(value("fees.amount"), Some(17000.0));
        assert_eq!(value("org.staff"), Some(160.0));
    }

    /// A national row whose unit is printed with its label, a single space apart, and its
    /// figure in a column of its own: 万元 still scales the figure.
    #[test]
    fn a_unit_at_the_end_of_a_national_label_is_the_rows_unit() {
        let text = "某县统计局2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n                    统计指标 单位        统计数\n                    （一）收到申请数 件        117\n                    六、举报投诉数量 件        0\n                    七、依申请公开信息收取的费用 万元        1.7\n";
        let normalized = normalize(&nianbao_parse::parse(text).unwrap());
        let value =
            |code: &str| normalized.metrics.iter().find(|m| m.metric == code).map(|m| (m.value, m.unit.to_string()));
        assert_eq!(value("apply.received"), Some((117.0, "count".into())));
        assert_eq!(value("fees.amount"), Some((17000.0, "yuan".into())));
    }

    #[test]
    fn a_row_the_catalog_lacks_is_reported_once_however_many_readers_saw_it() {
        let unmapped = |line: u32, label: &str| Check {
            rule: "unmapped_row".into(),
            expected: None,
            actual: Some(0.0),
            passed: false,
            detail: format!("line {line}: row '{label}' with value '0' matches no catalog label"),
        };
        let mut checks =
            vec![unmapped(23, "收费减免金额 元"), unmapped(26, "行政申诉数 件"), unmapped(23, "收费减免金额")];
        once_per_row(&mut checks, "unmapped_row");
        let lines: Vec<&str> = checks.iter().map(|c| c.detail.as_str()).collect();
        assert_eq!(
            lines,
            [
                "line 23: row '收费减免金额 元' with value '0' matches no catalog label",
                "line 26: row '行政申诉数 件' with value '0' matches no catalog label"
            ]
        );
    }

    #[test]
    fn prose_broken_at_every_number_is_prose_though_it_looks_like_cells() {
        let text = "某县统计局2017年政府信息公开工作年度报告\n二、主动公开政府信息情况\n（一）主动公开政府信息的数量\n2017\n年度本机关共主动公开政府信息\n348\n条，历年累计主动公开政府信息\n4163\n条，全文电子化率\n100%\n。\n（二）主动公开政府信息的形式\n主要通过门户网站公开。\n";
        let parsed = nianbao_parse::parse(text).unwrap();
        assert!(
            parsed.grids.iter().all(|g| g.layout != nianbao_parse::Layout::CellPerLine),
            "figures followed by 条，… are a sentence's, not a table's"
        );
        let total = normalize(&parsed).metrics.into_iter().find(|m| m.metric == "proactive.total").map(|m| m.value);
        assert_eq!(total, Some(348.0));
    }

    #[test]
    fn a_channel_above_the_total_leaves_both_unread_and_flagged() {
        let mut narrative = vec![
            channel("proactive.total", 11.0, "主动公开政府信息11条"),
            channel("proactive.via.website", 43.0, "网站发布信息43条"),
        ];
        let checks =
            channel_within_total(&mut narrative, &[(1, "主动公开政府信息11条。网站发布信息43条。".into())], &[]);
        assert!(narrative.is_empty());
        assert_eq!((checks.len(), checks[0].passed), (1, false));
    }

    #[test]
    fn an_accumulated_channel_figure_above_the_total_is_not_the_years() {
        let text = "本年度我办主动公开政府信息35条；“某某发布”政务微博累计发布信息218条。";
        let mut narrative = vec![
            channel("proactive.total", 35.0, "主动公开政府信息35条"),
            channel("proactive.via.weibo", 218.0, "“某某发布”政务微博累计发布信息218条"),
        ];
        let checks = channel_within_total(&mut narrative, &[(1, text.into())], &[]);
        assert_eq!(narrative.iter().map(|m| m.metric.to_string()).collect::<Vec<_>>(), ["proactive.total"]);
        assert_eq!((checks.len(), checks[0].passed), (1, false));
    }

    #[test]
    fn posts_above_the_disclosed_total_leave_the_total() {
        let text = "2020年主动公开各类政府信息164条。“某某发布”微信公众号推送信息520条，阅读量超过3.2万人次。";
        let mut narrative = vec![
            channel("proactive.total", 164.0, "主动公开各类政府信息164条"),
            channel("proactive.via.wechat", 520.0, "“某某发布”微信公众号推送信息520条"),
        ];
        let checks = channel_within_total(&mut narrative, &[(1, text.into())], &[]);
        assert_eq!(narrative.iter().map(|m| m.metric.to_string()).collect::<Vec<_>>(), ["proactive.total"]);
        assert_eq!((checks.len(), checks[0].passed), (1, false));
    }

    #[test]
    fn a_total_its_parts_add_up_to_stands_beside_a_larger_channel_figure() {
        let text =
            "今年本委主动公开政府信息31条，其中规划计划类4条、其他信息27条。通过门户网站公开栏公开工作信息75条。";
        let mut narrative = vec![
            channel("proactive.total", 31.0, "主动公开政府信息31条"),
            channel("proactive.via.website", 75.0, "通过门户网站公开栏公开工作信息75条"),
        ];
        let mut unconfirmed = narrative.clone();
        let sum = prose::read(&[(1, text.into())], Some(31.0), Some(2020)).checks;
        assert!(sum.iter().any(|c| c.rule == "prose_sum" && c.passed), "{sum:?}");
        let checks = channel_within_total(&mut narrative, &[(1, text.into())], &sum);
        assert_eq!(narrative.iter().map(|m| m.metric.to_string()).collect::<Vec<_>>(), ["proactive.total"]);
        assert_eq!((checks.len(), checks[0].passed), (1, false));
        channel_within_total(&mut unconfirmed, &[(1, text.into())], &[]);
        assert!(unconfirmed.is_empty(), "without the parts, which one is the total is not certain");
    }

    #[test]
    fn the_only_channel_that_says_it_disclosed_is_the_total() {
        let only = [channel("proactive.via.website", 129.0, "通过官方网站主动公开政府信息129条")];
        assert_eq!(total_from_the_only_channel(&only).map(|m| m.value), Some(129.0));
        let two = [only[0].clone(), channel("proactive.via.wechat", 40.0, "微信公众号主动公开信息40条")];
        assert!(total_from_the_only_channel(&two).is_none());
        let posted = [channel("proactive.via.website", 1870.0, "通过县政府门户网站发布信息1870余条")];
        assert!(total_from_the_only_channel(&posted).is_none());
        let disclosure_site = [channel("proactive.via.website", 268.0, "全年依托县政府信息公开网站共公开信息268条")];
        assert_eq!(total_from_the_only_channel(&disclosure_site).map(|m| m.value), Some(268.0));
        let posted_there = [channel("proactive.via.website", 90.0, "在区政府信息公开网站发布信息90条")];
        assert!(total_from_the_only_channel(&posted_there).is_none(), "posted, not disclosed");
        let disclosed = [channel("proactive.via.website", 58.0, "我乡通过门户网站公开各类信息58条")];
        assert_eq!(total_from_the_only_channel(&disclosed).map(|m| m.value), Some(58.0), "公开 without 主动");
        let board = [channel("proactive.via.other", 12.0, "在政务公开栏张贴信息12条")];
        assert!(total_from_the_only_channel(&board).is_none(), "公开 only in the board's name");
    }

    #[test]
    fn a_channel_stated_as_a_part_above_its_total_is_kept_as_printed_and_flagged() {
        let text = "2020年，全县主动公开政府信息3747条，其中，通过门户网站公开3758条，通过微信公开506条。";
        let mut narrative = vec![
            channel("proactive.total", 3747.0, "主动公开政府信息3747条"),
            channel("proactive.via.website", 3758.0, "通过门户网站公开3758条"),
        ];
        let checks = channel_within_total(&mut narrative, &[(1, text.into())], &[]);
        assert_eq!(narrative.len(), 2, "both as printed");
        assert_eq!((checks.len(), checks[0].passed), (1, false));
    }
}
