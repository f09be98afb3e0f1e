//! Pipeline definitions (`pipelines/*.toml`).
//!
//! ```toml
//! [[sources]]
//! kind = "local"
//! path = "data/samples"
//!
//! [landing]
//! path = "data/landing"
//!
//! [warehouse]
//! path = "data/warehouse"
//! ```
//! Relative paths are relative to the directory `nianbao` runs in (the repository root for
//! `make run`), so that sources are recorded as the operator wrote them.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pipeline {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub landing: Location,
    #[serde(default = "default_warehouse")]
    pub warehouse: Location,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub kind: String,
    pub path: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub path: PathBuf,
}

impl Default for Location {
    fn default() -> Self {
        Location { path: PathBuf::from("data/landing") }
    }
}

fn default_warehouse() -> Location {
    Location { path: PathBuf::from("data/warehouse") }
}

impl Pipeline {
    pub fn load(path: &Path) -> Result<Pipeline> {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading pipeline {}", path.display()))?;
        let pipeline: Pipeline = toml::from_str(&text).with_context(|| format!("pipeline {}", path.display()))?;
        for s in &pipeline.sources {
            if s.kind != "local" {
                bail!("pipeline {}: source kind '{}' is not supported (supported: local)", path.display(), s.kind);
            }
        }
        Ok(pipeline)
    }

    /// A pipeline made of command-line inputs alone.
    pub fn from_inputs(inputs: Vec<PathBuf>) -> Pipeline {
        Pipeline {
            name: None,
            sources: inputs.into_iter().map(|path| Source { kind: "local".into(), path }).collect(),
            landing: Location::default(),
            warehouse: default_warehouse(),
        }
    }
}
