//! fetch: find inputs, hash them and keep their bytes in a content-addressed landing area.
//!
//! The landing area is the pipeline's memory of what it has seen:
//!
//! ```text
//! <landing>/packs/pack-….pack             raw bytes of the documents one run landed, end to end
//! <landing>/packs/pack-….idx              `sha256 offset length` of each of them
//! <landing>/manifest.json                 every sha256 with every source it was seen under
//! ```
//!
//! Content addressing makes two things trivially true: the same bytes under two names are one
//! document (one object, two sources in the manifest), and a file whose bytes have not changed
//! is recognisably the same document on the next run, wherever it moved.
//!
//! Everything here works on one file at a time; the runner decides how many run at once.

pub mod archive;
pub mod crawl;
pub mod http;
mod json_file;
mod manifest;
mod store;
mod walk;

pub use manifest::{Manifest, ManifestEntry, SourceSighting};
pub use store::{ClosedPack, LandingStore};
pub use walk::{walk_inputs, InputFile};

use nianbao_model::{Reject, Stage};
use sha2::{Digest, Sha256};
use std::path::Path;

/// A file read and hashed, ready to be landed.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub source: String,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

/// Read one input into a buffer the caller keeps (its content replaced) and return its hash.
/// A file that cannot be read becomes a `fetch` reject naming it. A reader that lands thousands
/// of files one after another allocates no memory per file this way (a fresh buffer per file
/// was 2–3% of a run's CPU samples, most of it the kernel zeroing fresh pages for them).
pub fn read_input_into(input: &InputFile, buffer: &mut Vec<u8>) -> Result<String, Reject> {
    use std::io::Read;
    buffer.clear();
    match std::fs::File::open(&input.path).and_then(|mut f| f.read_to_end(buffer)) {
        Ok(_) => Ok(sha256_hex(buffer)),
        Err(err) => Err(Reject {
            source: input.source.clone(),
            sha256: None,
            stage: Stage::Fetch,
            reason: format!("cannot read {}: {err}", input.path.display()),
        }),
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Seconds since the Unix epoch, for manifest sightings.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Errors of the landing area itself (as opposed to a bad input, which is a [`Reject`]): these
/// stop the run, because continuing would lose documents.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("landing area {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("manifest {path} is not valid JSON: {source}")]
    Manifest { path: String, source: serde_json::Error },
}

impl FetchError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        FetchError::Io { path: path.display().to_string(), source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_buffer_holds_each_file_alone_and_a_missing_file_is_a_reject() {
        let dir = tempfile::tempdir().unwrap();
        let input = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            InputFile { source: name.to_string(), path }
        };
        let long = input("long.txt", "政府信息公开工作年度报告".repeat(50).as_bytes());
        let short = input("short.txt", b"2021");
        let mut buffer = Vec::new();
        assert_eq!(
            read_input_into(&long, &mut buffer).unwrap(),
            sha256_hex("政府信息公开工作年度报告".repeat(50).as_bytes())
        );
        assert_eq!(read_input_into(&short, &mut buffer).unwrap(), sha256_hex(b"2021"));
        assert_eq!(buffer, b"2021", "the previous file's bytes are gone");
        let missing = InputFile { source: "gone.txt".into(), path: dir.path().join("gone.txt") };
        let reject = read_input_into(&missing, &mut buffer).unwrap_err();
        assert_eq!((reject.stage, reject.source.as_str()), (Stage::Fetch, "gone.txt"));
        assert!(reject.reason.contains("cannot read"), "{}", reject.reason);
    }
}
