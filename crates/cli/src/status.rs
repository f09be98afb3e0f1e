//! `nianbao status`: what the warehouse holds now and what the last runs did.

use anyhow::Result;
use nianbao_warehouse::runs::{self, RunRecord};
use nianbao_warehouse::Warehouse;
use std::fmt::Write as _;
use std::path::Path;

pub fn status(root: &Path, last: usize) -> Result<String> {
    if !root.is_dir() {
        anyhow::bail!("no warehouse at {} (run `nianbao run` or `make run` first)", root.display());
    }
    let warehouse = Warehouse::open(root)?;
    let mut out = String::new();
    match warehouse.previous()? {
        None => writeln!(out, "snapshot    none published yet in {}", root.display())?,
        Some(p) => {
            let m = &p.manifest;
            writeln!(
                out,
                "snapshot    {} (created {}, pipeline {}, schema {})",
                p.dir.display(),
                m.created,
                m.pipeline_version,
                m.schema_version
            )?;
            let total = |t: &str| m.rows.get(t).map_or(0, |parts| parts.values().sum::<usize>());
            let partitions = m.rows.get("reports").map_or(0, |parts| parts.len());
            writeln!(
                out,
                "rows        reports {}, metrics {}, sections {}, checks {}, rejects {} ({} partitions)",
                total("reports"),
                total("metrics"),
                total("sections"),
                total("checks"),
                total("rejects"),
                partitions
            )?;
            if let Some(index) = &p.index {
                let missing = index.documents.values().filter(|e| e.missing_since.is_some()).count();
                writeln!(
                    out,
                    "documents   {} known, {} missing from every source (kept, flagged missing_since)",
                    index.documents.len(),
                    missing
                )?;
            }
        }
    }
    let history = runs::history(root)?;
    let running_now = warehouse.is_locked();
    writeln!(out, "runs        {} recorded; the last {}:", history.len(), last.min(history.len()))?;
    writeln!(
        out,
        "  {:<28} {:<20} {:<11} {:>8} {:>6} {:>8} {:>9} {:>8} {:>8}",
        "run", "started (UTC)", "status", "seen", "new", "changed", "processed", "rejects", "seconds"
    )?;
    for r in history.iter().rev().take(last).rev() {
        writeln!(out, "  {}", row(r, running_now))?;
        if let Some(e) = &r.error {
            writeln!(out, "      error: {e}")?;
        }
    }
    Ok(out)
}

fn row(r: &RunRecord, running_now: bool) -> String {
    // The last run's `running` line with no run holding the lock means it died.
    let status = if r.status == "running" && !running_now { "interrupted" } else { r.status.as_str() };
    format!(
        "{:<28} {:<20} {:<11} {:>8} {:>6} {:>8} {:>9} {:>8} {:>8.2}",
        r.run_id,
        nianbao_model::iso8601_utc(r.started),
        status,
        r.documents_seen,
        r.documents_new,
        r.documents_changed,
        r.documents_processed,
        r.rejects,
        r.total_seconds
    )
}
