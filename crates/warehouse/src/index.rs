//! The document index of a snapshot: what became of every document the warehouse knows.
//!
//! ```text
//! <snapshot>/_documents.json   {schema_version, pipeline_version, documents: {sha256: entry}}
//! ```
//!
//! It is what makes runs incremental. A document is a content hash; its record is a pure
//! function of its bytes, the pipeline version and the names it was seen under. So when the
//! next run sees the same bytes under the same names with the same pipeline version, the
//! record would come out identical — and the index says which partition it is in, so that a
//! partition none of whose documents changed can be carried over file for file (hard links),
//! byte-identical, without decoding anything.
//!
//! The index lives inside the snapshot, so it is published (and rolled back) atomically with
//! the Parquet files it describes.

use crate::batches::PartitionKey;
use anyhow::{Context, Result};
use nianbao_model::{Reject, ReportRecord, Stage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const INDEX_FILE: &str = "_documents.json";

/// What a document became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Outcome {
    /// A row of `reports`, in this partition.
    Report { province: String, year: i32 },
    /// A row of `rejects`.
    Rejected { stage: Stage, reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEntry {
    pub bytes: u64,
    /// The names it was seen under in the run that last saw it, sorted.
    pub sources: Vec<String>,
    /// Unix seconds of the first run that no longer saw any of its sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_since: Option<i64>,
    pub outcome: Outcome,
    /// Who wrote the report (reports only): what the `agencies` table is made of, kept here so
    /// that a run that carries partitions over still knows every report's agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyOfReport>,
    /// The page that linked it (a crawled document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
}

/// The agency columns of one report, as `reports` has them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyOfReport {
    pub key: String,
    /// The name as printed.
    pub name: String,
    pub level: String,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_name: Option<String>,
    /// The figures the identities across years compare ([`crate::across_years`]).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub balances: crate::across_years::Balances,
}

impl DocumentEntry {
    pub fn partition(&self) -> Option<PartitionKey> {
        match &self.outcome {
            Outcome::Report { province, year } => Some((province.clone(), *year)),
            Outcome::Rejected { .. } => None,
        }
    }

    pub fn of_report(record: &ReportRecord, sources: Vec<String>) -> DocumentEntry {
        let (province, year) = crate::batches::partition_key(record);
        let agency = record.agency_key.as_ref().map(|key| AgencyOfReport {
            key: key.clone(),
            name: record.agency.clone().unwrap_or_default(),
            level: record.agency_level.clone(),
            kind: record.agency_kind.clone(),
            region_code: record.region.region_code.clone(),
            province_name: record.region.province_name.clone(),
            balances: crate::across_years::balances(&record.metrics),
        });
        DocumentEntry {
            bytes: record.bytes,
            sources,
            missing_since: record.missing_since,
            outcome: Outcome::Report { province, year },
            agency,
            referrer: record.referrer.clone(),
        }
    }

    /// `planned`: bytes, sources, referrer and missing_since as this run planned them.
    pub fn of_reject(reject: &Reject, planned: &crate::incremental::Planned) -> DocumentEntry {
        DocumentEntry {
            bytes: planned.bytes,
            sources: planned.sources.clone(),
            missing_since: planned.missing_since,
            outcome: Outcome::Rejected { stage: reject.stage, reason: reject.reason.clone() },
            agency: None,
            referrer: planned.referrer.clone(),
        }
    }

    /// The `rejects` row of a rejected document (as the run that rejected it wrote it).
    pub fn reject_row(&self, sha256: &str) -> Option<Reject> {
        match &self.outcome {
            Outcome::Rejected { stage, reason } => Some(Reject {
                source: self.sources.first().cloned().unwrap_or_default(),
                sha256: Some(sha256.to_string()),
                stage: *stage,
                reason: reason.clone(),
            }),
            Outcome::Report { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentIndex {
    pub schema_version: u32,
    pub pipeline_version: String,
    /// Keyed by sha256; sorted, so the file is reproducible.
    pub documents: BTreeMap<String, DocumentEntry>,
}

impl DocumentIndex {
    pub fn new() -> DocumentIndex {
        DocumentIndex {
            schema_version: nianbao_model::SCHEMA_VERSION,
            pipeline_version: nianbao_model::PIPELINE_VERSION.to_string(),
            documents: BTreeMap::new(),
        }
    }

    /// Were these records made by the code running now? If not, nothing in them can be reused.
    pub fn is_current_version(&self) -> bool {
        self.schema_version == nianbao_model::SCHEMA_VERSION && self.pipeline_version == nianbao_model::PIPELINE_VERSION
    }

    pub fn reports(&self) -> usize {
        self.documents.values().filter(|e| e.partition().is_some()).count()
    }

    pub fn load(snapshot: &Path) -> Result<Option<DocumentIndex>> {
        let path = snapshot.join(INDEX_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                Ok(Some(serde_json::from_slice(&bytes).with_context(|| format!("reading {}", path.display()))?))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    pub(crate) fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("index serialises")
    }
}
