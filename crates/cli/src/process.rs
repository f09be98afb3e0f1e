//! One document through decode → parse → normalize. Pure: bytes in, record or reject out.

use nianbao_model::{Landed, Reject, ReportRecord, Stage};

/// Everything the stages produced for one document, for `inspect`.
pub struct Traced {
    pub format: nianbao_extract::Format,
    pub decoded: nianbao_model::Decoded,
    pub parsed: nianbao_parse::Parsed,
    pub normalized: nianbao_normalize::Normalized,
}

/// Build the stages' shared tables on threads of their own, while the run lands its inputs: a
/// run's first documents otherwise all waited ~0.1 s for one worker to load the gazetteer and
/// the T→S dictionaries (measured). Nothing waits for these threads; a stage that needs a table
/// first waits for it to be built.
pub fn warm_up_in_background() {
    std::thread::spawn(nianbao_normalize::warm_up);
    std::thread::spawn(nianbao_decode::warm_up);
}

pub fn trace(bytes: &[u8]) -> Result<Traced, (Stage, String)> {
    trace_timed(bytes, &StageClock::default())
}

/// CPU time spent in each stage, summed over all documents (nanoseconds; shared by the workers).
#[derive(Default)]
pub struct StageClock {
    pub decode: std::sync::atomic::AtomicU64,
    pub parse: std::sync::atomic::AtomicU64,
    pub normalize: std::sync::atomic::AtomicU64,
    /// Pages read by OCR, and their wall time (milliseconds).
    pub ocr_pages: std::sync::atomic::AtomicU64,
    pub ocr_millis: std::sync::atomic::AtomicU64,
}

fn timed<T>(counter: &std::sync::atomic::AtomicU64, f: impl FnOnce() -> T) -> T {
    let started = std::time::Instant::now();
    let out = f();
    counter.fetch_add(started.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
    out
}

pub fn trace_timed(bytes: &[u8], clock: &StageClock) -> Result<Traced, (Stage, String)> {
    let extracted = timed(&clock.decode, || nianbao_extract::extract(bytes, &nianbao_extract::Limits::default()))
        .map_err(|reason| (Stage::Extract, reason))?;
    let format = extracted.format;
    let mut decoded =
        timed(&clock.decode, || nianbao_decode::decode(&extracted.bytes)).map_err(|e| (Stage::Decode, e.0))?;
    if let Some(ocr) = extracted.ocr {
        use std::sync::atomic::Ordering::Relaxed;
        clock.ocr_pages.fetch_add(ocr.pages as u64, Relaxed);
        clock.ocr_millis.fetch_add((ocr.seconds * 1000.0) as u64, Relaxed);
        decoded.repairs.insert(
            0,
            nianbao_model::Repair {
                kind: "ocr".into(),
                count: ocr.pages,
                detail: format!(
                    "a scan: {} pages read by Tesseract in {:.1} s ({:.1} s a page)",
                    ocr.pages,
                    ocr.seconds,
                    ocr.seconds / ocr.pages.max(1) as f64
                ),
            },
        );
    }
    // A page saved on one line gets its rows back before parsing (nianbao_normalize::reline);
    // its figures are then traced to the line the page gave, not to the cut.
    let relined = timed(&clock.parse, || nianbao_normalize::reline::reline(&decoded.text));
    let text = relined.as_ref().map_or(decoded.text.as_str(), |r| r.text.as_str());
    let parsed = timed(&clock.parse, || nianbao_parse::parse(text)).map_err(|e| (Stage::Parse, e.0))?;
    let mut normalized = timed(&clock.normalize, || nianbao_normalize::normalize(&parsed));
    if let Some(relined) = relined {
        for m in &mut normalized.metrics {
            m.line = line_of_the_input(&relined.origin, m.line);
        }
        let cut = relined.origin.len().saturating_sub(decoded.text.lines().count());
        decoded.repairs.push(nianbao_model::Repair {
            kind: "relined".into(),
            count: cut,
            detail: format!("a page on one line: its tables cut back into {cut} more lines before parsing"),
        });
    }
    trace_to_the_figures_line(&decoded.text, &mut normalized.metrics);
    flag_uncertain_text(&decoded, &mut normalized);
    if extracted.ocr.is_some() {
        flag_ocr(&mut normalized);
    }
    Ok(Traced { format, decoded, parsed, normalized })
}

/// How far past a paragraph's first line its figure is looked for.
const PARAGRAPH_LINES: usize = 40;

/// A fact of the prose is read from its paragraph, which may start lines above the figure (a
/// title the next line runs on from, a sentence a crawler broke at every tag): it is traced to
/// the line that prints its figure, the first from the paragraph's start that does, before a
/// blank line or the next numbered heading ends the paragraph. A figure the text broke over two
/// lines (3 / 45), or a statement of none (没有收费), keeps the paragraph's line.
fn trace_to_the_figures_line(text: &str, metrics: &mut [nianbao_model::Metric]) {
    let lines: Vec<&str> = text.lines().collect();
    for m in metrics.iter_mut().filter(|m| m.source == nianbao_model::FactSource::Narrative && m.line > 0) {
        let figure = m.raw.trim();
        if !figure.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let start = m.line as usize - 1;
        let paragraph = lines
            .iter()
            .enumerate()
            .skip(start)
            .take(PARAGRAPH_LINES)
            .take_while(|&(i, l)| i == start || !(l.trim().is_empty() || opens_a_numbered_heading(l.trim_start())));
        if let Some((i, _)) = paragraph.into_iter().find(|(_, l)| prints_the_figure(l, figure)) {
            m.line = i as u32 + 1;
        }
    }
}

/// Does the line print the figure whole (27条, not the end of 127条 or of 1.27条)?
fn prints_the_figure(line: &str, figure: &str) -> bool {
    line.match_indices(figure)
        .any(|(at, _)| !line[..at].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ','))
}

/// Does the line open with a section's number (一、, （二）)? (A section heading alone, 一、, is
/// `nianbao_normalize`'s narrative reader's; a paragraph also ends at a sub-heading here.)
fn opens_a_numbered_heading(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('（' | '(') => chars.next().is_some_and(|c| "一二三四五六七八九十".contains(c)),
        Some(c) if "一二三四五六七八九十".contains(c) => chars.next() == Some('、'),
        _ => false,
    }
}

/// The input's line that a figure read on line `line` of the relined text came from. Line 0 is
/// no line (a figure derived from others) and stays 0.
fn line_of_the_input(origin: &[u32], line: u32) -> u32 {
    (line as usize).checked_sub(1).and_then(|i| origin.get(i)).copied().unwrap_or(line)
}

/// Every figure OCR read gets a failed `ocr_text` check: a misread digit is printed as
/// plausibly as a right one, and only some figures take part in an identity that would fail.
fn flag_ocr(normalized: &mut nianbao_normalize::Normalized) {
    flag_figures(
        normalized,
        "ocr_text",
        |_| true,
        "of a scan by OCR: kept as read; the identities it takes part in tell a misread digit",
    );
}

/// A failed check of rule `rule` for every figure read (not derived) that `which` picks.
fn flag_figures(
    normalized: &mut nianbao_normalize::Normalized,
    rule: &'static str,
    which: impl Fn(&nianbao_model::Metric) -> bool,
    why: &str,
) {
    let flagged: Vec<nianbao_model::Check> = normalized
        .metrics
        .iter()
        .filter(|m| m.source != nianbao_model::FactSource::Derived && which(m))
        .map(|m| nianbao_model::Check {
            rule: rule.into(),
            expected: None,
            actual: Some(m.value),
            passed: false,
            detail: format!("{} {} read at line {} {why}", m.metric, m.raw, m.line),
        })
        .collect();
    normalized.checks.extend(flagged);
}

/// A figure read where the text came back with losses (a lossy 古文码 repair, a line kept as
/// printed with U+FFFD in it) is kept as printed — digits are never what is lost — but the words
/// that say what it counts may be wrong: each gets a failed `uncertain_text` check. Its line is
/// such a line, its label holds a lost character, or its label was printed on such a line just
/// above (a table whose cells stand on lines of their own). A fact of the prose is by then
/// traced to the line its figure stands on ([`trace_to_the_figures_line`]).
fn flag_uncertain_text(decoded: &nianbao_model::Decoded, normalized: &mut nianbao_normalize::Normalized) {
    if decoded.uncertain_lines.is_empty() {
        return;
    }
    let lines: Vec<&str> = decoded.text.lines().collect();
    let uncertain = |n: u32| decoded.uncertain_lines.binary_search(&n).is_ok();
    let label_above = |m: &nianbao_model::Metric| {
        let head: String = m.label.chars().filter(|c| !c.is_whitespace()).take(4).collect();
        head.chars().count() >= 2
            && (m.line.saturating_sub(6)..m.line).filter(|&n| n > 0 && uncertain(n)).any(|n| {
                lines.get(n as usize - 1).is_some_and(|l| l.split_whitespace().collect::<String>().contains(&head))
            })
    };
    flag_figures(
        normalized,
        "uncertain_text",
        |m| uncertain(m.line) || m.label.contains('\u{FFFD}') || label_above(m),
        "from text recovered with losses: the figure is as printed, its label may not be",
    );
}

/// Process a landed document. A panic inside a stage is caught and becomes a reject naming the
/// stage trail, so one bad document can never stop the run or be lost.
pub fn process(doc: &Landed, clock: &StageClock) -> Result<ReportRecord, Reject> {
    let reject = |stage: Stage, reason: String| Reject {
        source: doc.primary_source().to_string(),
        sha256: Some(doc.sha256.clone()),
        stage,
        reason,
    };
    let traced = std::panic::catch_unwind(|| trace_timed(&doc.bytes, clock))
        .map_err(|p| reject(Stage::Normalize, format!("internal error (panic): {}", panic_message(&p))))?
        .map_err(|(stage, reason)| reject(stage, reason))?;
    Ok(record(doc, traced))
}

fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".into())
}

fn record(doc: &Landed, t: Traced) -> ReportRecord {
    let Traced { format, decoded, parsed, normalized } = t;
    let format = match format {
        nianbao_extract::Format::Text if parsed.html => "html".to_string(),
        other => other.as_str().to_string(),
    };
    ReportRecord {
        report_id: doc.report_id(),
        source: doc.primary_source().to_string(),
        sha256: doc.sha256.clone(),
        bytes: doc.bytes.len() as u64,
        encoding: decoded.encoding,
        repairs: decoded.repairs.iter().map(|r| r.kind.clone()).collect(),
        spam_mirror: decoded.spam_mirror,
        title: parsed.title,
        agency: parsed.agency,
        agency_level: normalized.agency_level.to_string(),
        region: normalized.region,
        year: parsed.year,
        published: parsed.published,
        template: normalized.template.to_string(),
        metrics: normalized.metrics,
        sections: parsed.sections,
        checks: normalized.checks,
        missing_since: None,
        format,
        agency_kind: normalized.agency_kind.to_string(),
        agency_key: normalized.agency_key,
        referrer: doc.referrer.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::line_of_the_input;

    #[test]
    fn a_relined_figure_is_traced_to_the_input_line_and_a_derived_one_keeps_line_0() {
        // The one-line input's line 3 was cut into relined lines 3, 4 and 5.
        let origin = [1, 2, 3, 3, 3, 4];
        assert_eq!(line_of_the_input(&origin, 5), 3);
        assert_eq!(line_of_the_input(&origin, 6), 4);
        assert_eq!(line_of_the_input(&origin, 0), 0);
        assert_eq!(line_of_the_input(&origin, 9), 9);
    }

    #[test]
    fn a_figure_on_a_line_with_lost_characters_is_flagged_where_its_paragraph_starts_above() {
        // The title runs on into the body, which lost the stop between two sentences: the
        // paragraph starts on line 1, the figure stands on line 2.
        let text =
            "某局2023年度政府信息公开工作报告\n2023年共审核答复文书6份\u{FFFD}2022年，主动公开政府信息2707条。\n";
        let traced = super::trace(text.as_bytes()).unwrap();
        let total = traced.normalized.metrics.iter().find(|m| m.metric == "proactive.total");
        assert!(total.is_some(), "{:?}", traced.normalized.metrics);
        let flagged = |metric: &str| {
            traced
                .normalized
                .checks
                .iter()
                .any(|c| !c.passed && c.rule == "uncertain_text" && c.detail.starts_with(&format!("{metric} ")))
        };
        assert!(flagged("proactive.total"), "{:?}", traced.normalized.checks);
        assert_eq!(total.unwrap().line, 2, "traced to the figure's line");
    }

    #[test]
    fn a_fact_of_the_prose_is_traced_to_the_line_that_prints_its_figure() {
        // A sentence broken by a crawler at its tags: the paragraph starts on line 3, the
        // figure stands on line 5.
        let text = "某局2020年度政府信息公开工作报告\n一、总体情况\n2020年，我局\n主动公开\n政府信息127条，\n其中政策文件27条。\n";
        let traced = super::trace(text.as_bytes()).unwrap();
        let total = traced.normalized.metrics.iter().find(|m| m.metric == "proactive.total").expect("read");
        assert_eq!((total.value, total.line), (127.0, 5));
        assert!(super::prints_the_figure("其中政策文件27条。", "27条"));
        assert!(!super::prints_the_figure("政府信息127条，", "27条"), "the end of another figure");
        assert!(super::opens_a_numbered_heading("（二）依申请公开"));
        assert!(!super::opens_a_numbered_heading("二〇二〇年"));
    }
}
