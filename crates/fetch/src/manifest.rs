//! The landing manifest: for every content hash, every name it was seen under and when.

use crate::FetchError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSighting {
    pub source: String,
    /// ISO 8601 UTC.
    pub first_seen: String,
    pub last_seen: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    pub sha256: String,
    pub bytes: u64,
    /// Every name these bytes were seen under, sorted by name. More than one means the same
    /// document was published (or copied) twice; it is still loaded once.
    pub sources: Vec<SourceSighting>,
}

/// Keyed by sha256; a BTreeMap so the file is written in a stable order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub entries: BTreeMap<String, ManifestEntry>,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest, FetchError> {
        crate::json_file::load(path)
    }

    /// Write atomically (temporary file + rename): a killed run leaves the old manifest.
    pub fn save(&self, path: &Path) -> Result<(), FetchError> {
        crate::json_file::save(self, path)
    }

    /// Record that `source` held these bytes now. Returns true when the content is new.
    pub fn record(&mut self, sha256: &str, bytes: u64, source: &str, now: &str) -> bool {
        let is_new = !self.entries.contains_key(sha256);
        let entry = self.entries.entry(sha256.to_string()).or_insert_with(|| ManifestEntry {
            sha256: sha256.to_string(),
            bytes,
            sources: Vec::new(),
        });
        match entry.sources.binary_search_by(|s| s.source.as_str().cmp(source)) {
            Ok(i) => entry.sources[i].last_seen = now.to_string(),
            Err(i) => entry.sources.insert(
                i,
                SourceSighting { source: source.to_string(), first_seen: now.to_string(), last_seen: now.to_string() },
            ),
        }
        is_new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_under_two_names_is_one_entry_with_two_sources() {
        let mut m = Manifest::default();
        assert!(m.record("aa", 3, "b/x.txt", "t1"));
        assert!(!m.record("aa", 3, "a/x.txt", "t2"));
        assert!(!m.record("aa", 3, "b/x.txt", "t3"));
        let e = &m.entries["aa"];
        let names: Vec<_> = e.sources.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(names, ["a/x.txt", "b/x.txt"]);
        assert_eq!(e.sources[1].first_seen, "t1");
        assert_eq!(e.sources[1].last_seen, "t3");
    }

    #[test]
    fn manifest_round_trips_through_disk() {
        let dir = std::env::temp_dir().join(format!("nianbao-manifest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("manifest.json");
        let mut m = Manifest::default();
        m.record("bb", 1, "s", "t");
        m.save(&path).unwrap();
        assert_eq!(Manifest::load(&path).unwrap().entries, m.entries);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
