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
pub mod http;
mod json_file;
mod manifest;
mod store;
mod walk;

pub use manifest::{Manifest, ManifestEntry, SourceSighting};
pub use store::LandingStore;
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

/// Read one input and hash it. A file that cannot be read becomes a `fetch` reject naming it.
pub fn read_input(input: &InputFile) -> Result<Fetched, Reject> {
    match std::fs::read(&input.path) {
        Ok(bytes) => Ok(Fetched { source: input.source.clone(), sha256: sha256_hex(&bytes), bytes }),
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
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
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
