//! The landing area's JSON state files (the manifest, the HTTP validator cache): read, or the
//! empty state when the file does not exist yet; written atomically (temporary file + rename), so
//! a killed run leaves the previous file whole.

use crate::FetchError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;

pub(crate) fn load<T: DeserializeOwned + Default>(path: &Path) -> Result<T, FetchError> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map_err(|source| FetchError::Manifest { path: path.display().to_string(), source }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(FetchError::io(path, e)),
    }
}

pub(crate) fn save<T: Serialize>(value: &T, path: &Path) -> Result<(), FetchError> {
    let tmp = path.with_extension(format!("json.tmp-{}", std::process::id()));
    let json = serde_json::to_vec_pretty(value).expect("landing state serialises");
    std::fs::write(&tmp, json).and_then(|_| std::fs::rename(&tmp, path)).map_err(|e| FetchError::io(path, e))
}
