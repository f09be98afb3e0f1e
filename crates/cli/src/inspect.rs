//! `nianbao inspect FILE`: one document through every stage, with the decision path.

use crate::process::{trace, Traced};
use anyhow::Result;
use serde_json::json;

pub fn inspect(path: &std::path::Path, as_json: bool) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    inspect_bytes(path, &bytes, as_json)
}

/// The inspection of bytes known under `path` (a file, or a landed document's source).
pub fn inspect_bytes(path: &std::path::Path, bytes: &[u8], as_json: bool) -> Result<String> {
    let sha = nianbao_fetch::sha256_hex(bytes);
    match trace(bytes) {
        Ok(t) if as_json => Ok(serde_json::to_string_pretty(&to_json(path, &sha, bytes.len(), &t))?),
        Ok(t) => Ok(to_text(path, &sha, bytes.len(), &t)),
        Err((stage, reason)) if as_json => Ok(serde_json::to_string_pretty(
            &json!({"file": path.display().to_string(), "sha256": sha, "bytes": bytes.len(), "rejected": {"stage": stage, "reason": reason}}),
        )?),
        Err((stage, reason)) => Ok(format!(
            "file        {} ({} bytes, sha256 {sha})\nREJECTED    at {}: {reason}\n",
            path.display(),
            bytes.len(),
            stage.as_str()
        )),
    }
}

fn to_json(path: &std::path::Path, sha: &str, len: usize, t: &Traced) -> serde_json::Value {
    json!({
        "file": path.display().to_string(),
        "sha256": sha,
        "bytes": len,
        "format": t.format.as_str(),
        "html": t.parsed.html,
        "decode": {
            "encoding": t.decoded.encoding,
            "detected_by": t.decoded.detected_by,
            "plausibility": t.decoded.plausibility,
            "spam_mirror": t.decoded.spam_mirror,
            "repairs": t.decoded.repairs,
            "uncertain_lines": t.decoded.uncertain_lines,
        },
        "title": t.parsed.title,
        "agency": t.parsed.agency,
        "agency_level": t.normalized.agency_level,
        "agency_kind": t.normalized.agency_kind,
        "agency_key": t.normalized.agency_key,
        "year": t.parsed.year,
        "year_from": t.parsed.year_from,
        "published": t.parsed.published.map(|d| d.to_string()),
        "template": t.normalized.template,
        "region": {
            "region_code": t.normalized.region.region_code,
            "province": t.normalized.region.province_name,
            "city": t.normalized.region.city,
            "county": t.normalized.region.county,
            "town": t.normalized.region.town,
            "reason": t.normalized.resolution.reason,
            "candidates": t.normalized.resolution.candidates.iter().map(|c| json!({"code": c.code, "path": c.path, "score": c.score})).collect::<Vec<_>>(),
        },
        "sections": t.parsed.sections.iter().map(|s| json!({"ordinal": s.ordinal, "heading": s.heading, "chars": s.body.chars().count()})).collect::<Vec<_>>(),
        "grids": t.parsed.grids.iter().map(|g| json!({"layout": g.layout.as_str(), "rows": g.rows.len(), "first_line": g.rows.first().map(|r| r.line())})).collect::<Vec<_>>(),
        "metrics": t.normalized.metrics,
        "checks": t.normalized.checks,
    })
}

fn to_text(path: &std::path::Path, sha: &str, len: usize, t: &Traced) -> String {
    let d = &t.decoded;
    let p = &t.parsed;
    let n = &t.normalized;
    let mut out = format!("file        {} ({len} bytes, sha256 {sha})\n", path.display());
    out += &format!(
        "format      {}{}\n",
        t.format.as_str(),
        if t.parsed.html { " (HTML page: tables read from its markup)" } else { "" }
    );
    out += &format!(
        "decode      {} (by {}){}\n",
        d.encoding,
        d.detected_by,
        if d.spam_mirror { ", spam mirror" } else { "" }
    );
    out += &format!("  evidence  {}\n", d.plausibility);
    for r in &d.repairs {
        out += &format!("  repair    {} ×{}: {}\n", r.kind, r.count, r.detail);
    }
    if !d.uncertain_lines.is_empty() {
        out += &format!("  uncertain lines {:?}\n", d.uncertain_lines);
    }
    out += &format!("title       {}\n", p.title.as_deref().unwrap_or("—"));
    out += &format!(
        "agency      {} (level {}, kind {}, key {})\n",
        p.agency.as_deref().unwrap_or("—"),
        n.agency_level,
        n.agency_kind,
        n.agency_key.as_deref().unwrap_or("—")
    );
    out += &format!("year        {} (from {})\n", p.year.map_or("unknown".into(), |y| y.to_string()), p.year_from);
    out += &format!("published   {}\n", p.published.map_or("—".into(), |d| d.to_string()));
    let region = &n.region;
    match &region.region_code {
        Some(code) => {
            let names: Vec<&str> = [&region.province_name, &region.city, &region.county, &region.town]
                .iter()
                .filter_map(|n| n.as_deref())
                .collect();
            out += &format!(
                "region      {code} {} (partition province={})\n",
                names.join(" / "),
                region.partition_value()
            );
        }
        None => out += "region      unresolved (partition province=unknown)\n",
    }
    out += &format!("  reason    {}\n", n.resolution.reason);
    for c in n.resolution.candidates.iter().take(12) {
        out += &format!("  candidate {} {} (score {})\n", c.code, c.path, c.score);
    }
    out += &format!("template    {}\n", n.template);
    out += &format!("sections    {}\n", p.sections.len());
    for s in &p.sections {
        out += &format!(
            "  {:>2} {} ({} chars)\n",
            s.ordinal,
            if s.heading.is_empty() { "(preamble)" } else { &s.heading },
            s.body.chars().count()
        );
    }
    for g in &p.grids {
        out += &format!(
            "grid        {} rows, {} layout, from line {}\n",
            g.rows.len(),
            g.layout.as_str(),
            g.rows.first().map_or(0, |r| r.line())
        );
    }
    out += &format!("metrics     {}\n", n.metrics.len());
    for m in &n.metrics {
        out += &format!(
            "  line {:>4}  {:<44} {:<15} {:>14} {:<6} {:<9} {} | {}\n",
            m.line,
            m.metric,
            m.applicant.map_or("", |a| a.as_str()),
            m.value,
            m.unit,
            m.source.as_str(),
            m.label,
            m.raw
        );
    }
    let failed: Vec<_> = n.checks.iter().filter(|c| !c.passed).collect();
    out += &format!("checks      {} evaluated, {} failed\n", n.checks.len(), failed.len());
    for c in failed {
        out += &format!("  FAILED {}: {}\n", c.rule, c.detail);
    }
    out
}
