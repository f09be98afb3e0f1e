//! Which documents a run must process, given what the previous snapshot already holds.
//!
//! A record is a pure function of (bytes, pipeline version, source names, missing flag); the
//! bytes are the document's identity (sha256). So a document is *unchanged* — its record
//! would come out identical — when the previous snapshot was made by the same pipeline
//! version and it is seen under the same names (or was, and still is, missing). Everything
//! else is processed. A partition is rewritten when any of its documents is processed; the
//! rest are carried over file for file.
//!
//! Deletion policy: a document that no source holds any more is **kept** and flagged
//! (`reports.missing_since`, the first run that missed it). Its bytes stay in the landing area,
//! so it is still reprocessed after a pipeline upgrade. A warehouse never forgets a report
//! because a website reorganised its pages; an analyst who wants only live documents filters
//! `missing_since IS NULL`.

use crate::index::{DocumentEntry, DocumentIndex};
use std::collections::BTreeMap;

/// A document as this run's fetch saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub bytes: u64,
    /// Sorted.
    pub sources: Vec<String>,
    /// The page that linked the first source (a crawled document), if any.
    pub referrer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Content never seen by the previous snapshot (or the previous snapshot is not reusable).
    New,
    /// Known content whose record changes: other names, reappeared, or newly missing.
    Changed,
    Unchanged,
}

#[derive(Debug, Clone)]
pub struct Planned {
    pub bytes: u64,
    pub sources: Vec<String>,
    pub referrer: Option<String>,
    pub missing_since: Option<i64>,
    pub status: Status,
    /// The previous snapshot's entry, when reusable.
    pub previous: Option<DocumentEntry>,
}

/// Every document of the next snapshot, keyed by sha256.
pub type Plan = BTreeMap<String, Planned>;

/// `previous`: the previous snapshot's index, if any (any version: its missing documents are
/// kept even across a pipeline upgrade). `now`: unix seconds of this run.
pub fn plan(previous: Option<&DocumentIndex>, seen: BTreeMap<String, Seen>, now: i64) -> Plan {
    let reusable = previous.filter(|p| p.is_current_version());
    let mut plan = Plan::new();
    if let Some(prev) = previous {
        for (sha, entry) in &prev.documents {
            if seen.contains_key(sha) {
                continue;
            }
            // Gone from every source: keep, flagged since the first run that missed it.
            let missing_since = entry.missing_since.or(Some(now));
            let old = reusable.map(|_| entry.clone());
            let status = match &old {
                Some(e) if e.missing_since.is_some() => Status::Unchanged,
                Some(_) => Status::Changed,
                None => Status::New,
            };
            plan.insert(
                sha.clone(),
                Planned {
                    bytes: entry.bytes,
                    sources: entry.sources.clone(),
                    referrer: entry.referrer.clone(),
                    missing_since,
                    status,
                    previous: old,
                },
            );
        }
    }
    for (sha, s) in seen {
        let old = reusable.and_then(|p| p.documents.get(&sha)).cloned();
        let status = match &old {
            None => Status::New,
            Some(e) if e.sources == s.sources && e.referrer == s.referrer && e.missing_since.is_none() => {
                Status::Unchanged
            }
            Some(_) => Status::Changed,
        };
        let planned = Planned {
            bytes: s.bytes,
            sources: s.sources,
            referrer: s.referrer,
            missing_since: None,
            status,
            previous: old,
        };
        plan.insert(sha, planned);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Outcome;

    fn entry(sources: &[&str], missing_since: Option<i64>) -> DocumentEntry {
        DocumentEntry {
            bytes: 1,
            sources: sources.iter().map(|s| s.to_string()).collect(),
            missing_since,
            outcome: Outcome::Report { province: "zhejiang".into(), year: 2019 },
            agency: None,
            referrer: None,
        }
    }

    fn seen(sources: &[&str]) -> Seen {
        Seen { bytes: 1, sources: sources.iter().map(|s| s.to_string()).collect(), referrer: None }
    }

    fn index(entries: &[(&str, DocumentEntry)]) -> DocumentIndex {
        let mut i = DocumentIndex::new();
        for (sha, e) in entries {
            i.documents.insert(sha.to_string(), e.clone());
        }
        i
    }

    #[test]
    fn statuses_follow_bytes_names_and_presence() {
        let prev = index(&[
            ("same", entry(&["a.txt"], None)),
            ("renamed", entry(&["old.txt"], None)),
            ("deleted", entry(&["gone.txt"], None)),
            ("long_gone", entry(&["x.txt"], Some(100))),
            ("back", entry(&["back.txt"], Some(100))),
        ]);
        let now_seen: BTreeMap<String, Seen> = [
            ("same", seen(&["a.txt"])),
            ("renamed", seen(&["new.txt"])),
            ("back", seen(&["back.txt"])),
            ("fresh", seen(&["f.txt"])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let plan = plan(Some(&prev), now_seen, 500);
        let status = |sha: &str| plan[sha].status;
        assert_eq!(status("same"), Status::Unchanged);
        assert_eq!(status("renamed"), Status::Changed);
        assert_eq!(status("deleted"), Status::Changed);
        assert_eq!(plan["deleted"].missing_since, Some(500));
        assert_eq!(plan["deleted"].sources, vec!["gone.txt".to_string()]);
        assert_eq!(status("long_gone"), Status::Unchanged);
        assert_eq!(plan["long_gone"].missing_since, Some(100), "the first run that missed it, not the latest");
        assert_eq!(status("back"), Status::Changed);
        assert_eq!(plan["back"].missing_since, None);
        assert_eq!(status("fresh"), Status::New);
        assert_eq!(plan.len(), 6, "nothing dropped");
    }

    #[test]
    fn another_pipeline_version_reprocesses_everything_but_keeps_missing_documents() {
        let mut prev = index(&[("same", entry(&["a.txt"], None)), ("deleted", entry(&["gone.txt"], None))]);
        prev.pipeline_version = "0.0.1-old".into();
        let plan = plan(Some(&prev), [("same".to_string(), seen(&["a.txt"]))].into_iter().collect(), 500);
        assert!(plan.values().all(|p| p.status == Status::New && p.previous.is_none()));
        assert_eq!(plan["deleted"].missing_since, Some(500));
    }
}
