//! Pipeline definitions (`pipelines/*.toml`).
//!
//! ```toml
//! [[sources]]
//! kind = "local"            # a directory or file; .zip / .tar.gz / .tgz files found are opened
//! path = "data/samples"
//!
//! [[sources]]
//! kind = "archive"          # one archive; same as local, said explicitly
//! path = "downloads/2019.zip"
//!
//! [[sources]]
//! kind = "urls"             # URLs, listed inline and/or one per line in a file (# comments)
//! urls = ["https://www.example.gov.cn/xxgk/2019ndbg.html"]
//! list = "pipelines/urls.txt"
//!
//! [[sources]]
//! kind = "index"            # a listing page; every link matching `pattern` is a document
//! url = "https://www.example.gov.cn/xxgk/ndbg/"
//! pattern = "\\.(html?|txt)$"
//!
//! [fetch]                   # HTTP behaviour (defaults shown in nianbao_fetch::http::HttpOptions)
//! timeout_seconds = 30
//! retries = 3
//! requests_per_second = 2.0
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
    #[serde(default)]
    pub fetch: nianbao_fetch::http::HttpOptions,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub kind: String,
    /// `local`, `archive`.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// `urls`: inline URLs and/or a file of them.
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub list: Option<PathBuf>,
    /// `index`: the listing page and the pattern its document links match.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub pattern: Option<String>,
}

impl Source {
    pub fn local(path: PathBuf) -> Source {
        Source { kind: "local".into(), path: Some(path), ..Default::default() }
    }

    /// Is the definition complete for its kind? (Checked when the pipeline is loaded, so a
    /// typo fails before anything runs.)
    fn validate(&self) -> Result<()> {
        match self.kind.as_str() {
            "local" | "archive" if self.path.is_some() => Ok(()),
            "local" | "archive" => bail!("source kind '{}' needs `path`", self.kind),
            "urls" if !self.urls.is_empty() || self.list.is_some() => {
                for u in &self.urls {
                    nianbao_fetch::http::check_url(u).map_err(|e| anyhow::anyhow!("{u}: {e}"))?;
                }
                Ok(())
            }
            "urls" => bail!("source kind 'urls' needs `urls` or `list`"),
            "index" => {
                let url = self.url.as_deref().context("source kind 'index' needs `url`")?;
                nianbao_fetch::http::check_url(url).map_err(|e| anyhow::anyhow!("{url}: {e}"))?;
                regex::Regex::new(self.pattern.as_deref().context("source kind 'index' needs `pattern`")?)
                    .context("index `pattern`")?;
                Ok(())
            }
            other => bail!("source kind '{other}' is not supported (local, archive, urls, index)"),
        }
    }

    /// The URLs of a `urls` source: inline ones, then the list file's (blank lines and `#`
    /// comments skipped).
    pub fn listed_urls(&self) -> Result<Vec<String>> {
        let mut out = self.urls.clone();
        if let Some(list) = &self.list {
            let text = std::fs::read_to_string(list).with_context(|| format!("reading URL list {}", list.display()))?;
            out.extend(
                text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string),
            );
        }
        Ok(out)
    }
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
            s.validate().with_context(|| format!("pipeline {}", path.display()))?;
        }
        Ok(pipeline)
    }

    /// A pipeline made of command-line inputs alone.
    pub fn from_inputs(inputs: Vec<PathBuf>) -> Pipeline {
        Pipeline {
            name: None,
            sources: inputs.into_iter().map(Source::local).collect(),
            landing: Location::default(),
            warehouse: default_warehouse(),
            fetch: Default::default(),
        }
    }
}
