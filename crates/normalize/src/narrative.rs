//! Facts stated in sentences (`source = narrative`).
//!
//! Only statements whose meaning is unambiguous are read: explicit zero statements
//! (未收到政府信息公开申请 → apply.received 0, 未发生…行政复议 → review.total 0, 未收取…费用 →
//! fees.amount 0), a section heading marked （无）, and the document-wide proactive total
//! (主动公开政府信息170条). A figure inside a 其中 clause is never taken for the total, and the
//! first statement of a fact wins; a later, different statement of the same fact is left alone
//! rather than guessed between.

use crate::value::parse_figure;
use nianbao_model::{Applicant, FactSource, Metric, Section};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    proactive: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        proactive: Regex::new(
            r"主动公开(?:政府)?信息\s*(?:共\s*)?((?:约|近)?\d[\d,]*(?:\.\d+)?\s*万?\s*(?:多|余)?\s*条)",
        )
        .unwrap(),
    })
}

fn narrative(metric: &'static str, value: f64, raw: &str, label: &str, line: u32) -> Metric {
    Metric {
        metric: metric.into(),
        applicant: metric.starts_with("apply.").then_some(Applicant::Total),
        value,
        unit: if metric.starts_with("fees.") { "yuan" } else { "count" }.into(),
        label: label.into(),
        raw: raw.into(),
        source: FactSource::Narrative,
        line,
    }
}

/// Sentences of a line, cut at 。；; and at line ends.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    split_at_stops(line).map(str::trim).filter(|s| !s.is_empty())
}

/// `line.split(['。', '；', ';'])` without decoding every character: the stops are found by
/// their first bytes (`E3` for 。, `EF` for ；, `;`) with `memchr3`, then checked whole.
fn split_at_stops(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let mut starts = memchr::memchr3_iter(0xE3, 0xEF, b';', bytes).filter_map(move |i| {
        let stop = line.get(i..)?.chars().next()?;
        matches!(stop, '。' | '；' | ';').then_some((i, stop.len_utf8()))
    });
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        match starts.next() {
            Some((at, len)) => {
                from = Some(at + len);
                Some(&line[start..at])
            }
            None => {
                from = None;
                Some(&line[start..])
            }
        }
    })
}

fn has_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// The clause of `s` that starts with the first of `words` and runs to the next comma:
/// 我镇未收到政府信息公开申请，… → 未收到政府信息公开申请. This is the `raw` of a zero fact.
fn clause_from<'a>(s: &'a str, words: &[&str]) -> &'a str {
    let start = words.iter().filter_map(|w| s.find(w)).min().unwrap_or(0);
    let rest = &s[start..];
    let end = rest.find(['，', ',', '：', ':']).unwrap_or(rest.len());
    &rest[..end]
}

pub fn facts(lines: &[String], sections: &[Section]) -> Vec<Metric> {
    let mut out: Vec<Metric> = Vec::new();
    let push = |m: Metric, out: &mut Vec<Metric>| {
        if !out.iter().any(|o| o.metric == m.metric && o.applicant == m.applicant) {
            out.push(m);
        }
    };
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('\t') {
            continue;
        }
        let lineno = i as u32 + 1;
        if !line.contains("公开") && !line.contains('未') && !line.contains('无') && !line.contains("没有") {
            continue;
        }
        for s in sentences(line) {
            // Every negation below has 未, 没 or 无: three memchr scans refuse most sentences (a
            // set of chars as one pattern would decode every character).
            let negated = (s.contains('未') || s.contains('没') || s.contains('无'))
                && has_any(
                    s,
                    &[
                        "未收到",
                        "没有收到",
                        "未接到",
                        "无依申请",
                        "未发生",
                        "没有发生",
                        "未出现",
                        "未收取",
                        "没有收取",
                        "无收取",
                    ],
                );
            if negated {
                const RECEIVED: &[&str] = &["未收到", "没有收到", "未接到", "无依申请"];
                const HAPPENED: &[&str] = &["未发生", "没有发生", "未出现"];
                const CHARGED: &[&str] = &["未收取", "没有收取", "无收取", "未发生"];
                if has_any(s, RECEIVED) && s.contains("申请") {
                    push(narrative("apply.received", 0.0, clause_from(s, RECEIVED), s, lineno), &mut out);
                }
                if has_any(s, HAPPENED) && s.contains("行政复议") {
                    push(narrative("review.total", 0.0, clause_from(s, HAPPENED), s, lineno), &mut out);
                }
                if has_any(s, HAPPENED) && s.contains("诉讼") {
                    push(narrative("litigation.total", 0.0, clause_from(s, HAPPENED), s, lineno), &mut out);
                }
                let charged =
                    has_any(s, &["未收取", "没有收取", "无收取"]) || (s.contains("未发生") && s.contains("收取"));
                if charged && s.contains("费") {
                    push(narrative("fees.amount", 0.0, clause_from(s, CHARGED), s, lineno), &mut out);
                }
            }
            // The capture regex only where its literal occurs: most sentences state no figure.
            if let Some(c) = s.contains("主动公开").then(|| patterns().proactive.captures(s)).flatten() {
                let m = c.get(0).unwrap();
                // Not inside a 其中 clause (a part, not the total).
                let before = &s[..m.start()];
                if !before.contains("其中") {
                    if let Some(fig) = parse_figure(&c[1], false) {
                        push(narrative("proactive.total", fig.value, &c[1], m.as_str(), lineno), &mut out);
                    }
                }
            }
        }
    }
    // A heading marked （无）: the report says the section is empty.
    for section in sections {
        let h = section.heading.trim_end();
        if !(h.ends_with("（无）") || h.ends_with("(无)")) {
            continue;
        }
        let line = lines.iter().position(|l| l.trim() == section.heading).map_or(0, |i| i as u32 + 1);
        if h.contains("申请") && !h.contains("复议") {
            push(narrative("apply.received", 0.0, "（无）", h, line), &mut out);
        }
        if h.contains("复议") {
            push(narrative("review.total", 0.0, "（无）", h, line), &mut out);
        }
        if h.contains("诉讼") {
            push(narrative("litigation.total", 0.0, "（无）", h, line), &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_as_str_split_does() {
        for line in [
            "",
            "。",
            "a。b；c;d",
            "未收到申请。；;",
            "全年主动公开政府信息170条。其中：机构信息7条；政策文件8条",
            "（一）无",
            "。。x",
            "㐀。",
        ] {
            assert_eq!(
                split_at_stops(line).collect::<Vec<_>>(),
                line.split(['。', '；', ';']).collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }
}
