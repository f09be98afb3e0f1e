//! The content-addressed object store of the landing area.

use crate::FetchError;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes temporary files of concurrent writers within one process.
static WRITE_SEQUENCE: AtomicU64 = AtomicU64::new(0);
use std::path::{Path, PathBuf};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_writers_of_the_same_content_both_succeed() {
        let dir = std::env::temp_dir().join(format!("nianbao-store-{}", std::process::id()));
        let store = LandingStore::open(&dir).unwrap();
        let sha = crate::sha256_hex(b"same bytes");
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| store.put(&sha, b"same bytes").unwrap());
            }
        });
        assert_eq!(store.get(&sha).unwrap(), b"same bytes");
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[derive(Debug, Clone)]
pub struct LandingStore {
    root: PathBuf,
}

impl LandingStore {
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, FetchError> {
        let root = root.into();
        let objects = root.join("objects");
        std::fs::create_dir_all(&objects).map_err(|e| FetchError::io(&objects, e))?;
        Ok(LandingStore { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn manifest_path(&self) -> PathBuf {
        self.root.join("manifest.json")
    }

    /// `objects/ab/cdef…`: two hex digits of fan-out keep directories small at a million objects.
    pub fn object_path(&self, sha256: &str) -> PathBuf {
        self.root.join("objects").join(&sha256[..2]).join(&sha256[2..])
    }

    /// Store bytes under their hash unless already there. Written to a temporary name of its
    /// own and renamed, so a crash never leaves a truncated object under a valid name, and two
    /// writers of the same content (one document under two names, landed in parallel) cannot
    /// disturb each other: the second rename replaces identical bytes.
    pub fn put(&self, sha256: &str, bytes: &[u8]) -> Result<(), FetchError> {
        let path = self.object_path(sha256);
        if path.exists() {
            return Ok(());
        }
        let dir = path.parent().expect("object path has a parent");
        let sequence = WRITE_SEQUENCE.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".tmp-{}-{}-{sequence}", &sha256[2..10], std::process::id()));
        // The fan-out directory is made when a create finds it missing, not checked before
        // every object: two system calls fewer per document.
        let create = || match std::fs::File::create(&tmp) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(dir)?;
                std::fs::File::create(&tmp)
            }
            other => other,
        };
        let write = || -> std::io::Result<()> {
            let mut f = create()?;
            f.write_all(bytes)?;
            // No fsync per object: the rename already keeps a killed run from leaving a torn
            // object under a valid name, and an fsync per file costs more than the whole parse
            // (measured: 10,000 documents, 2.2 s of 10). After a power loss an object can be
            // short; reading it back checks its hash (`get`), so it is then fetched again.
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| FetchError::io(&path, e))
    }

    /// The bytes of an object, verified against their name.
    pub fn get(&self, sha256: &str) -> Result<Vec<u8>, FetchError> {
        let path = self.object_path(sha256);
        let bytes = std::fs::read(&path).map_err(|e| FetchError::io(&path, e))?;
        if crate::sha256_hex(&bytes) != sha256 {
            let _ = std::fs::remove_file(&path);
            return Err(FetchError::io(&path, std::io::Error::new(std::io::ErrorKind::InvalidData, "object does not match its hash (removed; it is fetched again on the next run)")));
        }
        Ok(bytes)
    }
}
