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
//! [[sources]]
//! kind = "site"             # a report column: its pages, the report pages, their attachments
//! start = ["https://www.example.gov.cn/xxgk/ndbg/index.html"]
//! listing = "/xxgk/ndbg/index(_\\d+)?\\.html$"      # more pages of the column
//! report = "/xxgk/ndbg/\\d{6}/t\\d+_\\d+\\.html$"  # a report page
//! attachment = "\\.(pdf|docx?|wps)$"               # a file a report page attaches
//! max_listing_pages = 50    # per start URL (default 100)
//! hosts = ["file.example.gov.cn"]  # other hosts whose links are followed (default none)
//!
//! [fetch]                   # HTTP behaviour (defaults shown in nianbao_fetch::http::HttpOptions)
//! timeout_seconds = 30
//! retries = 3
//! requests_per_second = 2.0
//! contact = "mailto:ops@example.org"   # in the User-Agent, for the sites' webmasters
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
    /// `site`: where the column starts, and the patterns of its links (see
    /// [`nianbao_fetch::crawl::Site`]).
    #[serde(default)]
    pub start: Vec<String>,
    #[serde(default)]
    pub listing: Option<String>,
    #[serde(default)]
    pub report: Option<String>,
    #[serde(default)]
    pub attachment: Option<String>,
    #[serde(default)]
    pub max_listing_pages: Option<usize>,
    #[serde(default)]
    pub hosts: Vec<String>,
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
            "site" => self.site().map(|_| ()),
            other => bail!("source kind '{other}' is not supported (local, archive, urls, index, site)"),
        }
    }

    /// A `site` source as the crawler takes it; an incomplete one names what it lacks.
    pub fn site(&self) -> Result<nianbao_fetch::crawl::Site> {
        if self.start.is_empty() {
            bail!("source kind 'site' needs `start` (the column's first page)");
        }
        for u in &self.start {
            nianbao_fetch::http::check_url(u).map_err(|e| anyhow::anyhow!("{u}: {e}"))?;
        }
        let pattern = |name: &str, value: &Option<String>| -> Result<regex::Regex> {
            let text = value.as_deref().with_context(|| format!("source kind 'site' needs `{name}`"))?;
            regex::Regex::new(text).with_context(|| format!("site `{name}`"))
        };
        Ok(nianbao_fetch::crawl::Site {
            start: self.start.clone(),
            listing: pattern("listing", &self.listing)?,
            report: pattern("report", &self.report)?,
            attachment: pattern("attachment", &self.attachment)?,
            max_listing_pages: self.max_listing_pages.unwrap_or(100),
            hosts: self.hosts.clone(),
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_committed_pipeline_file_loads() {
        let root = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../pipelines");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        assert!(files.len() >= 2, "{files:?}");
        for file in files {
            let pipeline = Pipeline::load(&file).unwrap_or_else(|e| panic!("{}: {e:#}", file.display()));
            assert!(!pipeline.sources.is_empty(), "{}", file.display());
        }
    }

    #[test]
    fn an_incomplete_site_source_names_what_it_lacks() {
        let site = |extra: &str| -> Result<Pipeline> {
            let text = format!(
                "[[sources]]\nkind = \"site\"\nstart = [\"https://www.example.gov.cn/ndbg/index.html\"]\n{extra}"
            );
            let pipeline: Pipeline = toml::from_str(&text)?;
            pipeline.sources[0].validate()?;
            Ok(pipeline)
        };
        let complete = "listing = 'index_\\d+'\nreport = 't\\d+\\.html$'\nattachment = '\\.pdf$'\n";
        let pipeline = site(complete).unwrap();
        let spec = pipeline.sources[0].site().unwrap();
        assert_eq!(spec.max_listing_pages, 100);
        assert!(spec.report.is_match("https://www.example.gov.cn/ndbg/t1.html"));
        let without_report = site("listing = 'index'\nattachment = 'pdf'\n").unwrap_err();
        assert!(format!("{without_report:#}").contains("needs `report`"), "{without_report:#}");
        let bad_pattern = site("listing = '('\nreport = 'x'\nattachment = 'y'\n").unwrap_err();
        assert!(format!("{bad_pattern:#}").contains("site `listing`"), "{bad_pattern:#}");
        let ftp = toml::from_str::<Pipeline>(
            "[[sources]]\nkind = \"site\"\nstart = [\"ftp://x.cn/\"]\nlisting = 'a'\nreport = 'b'\nattachment = 'c'\n",
        )
        .unwrap();
        assert!(format!("{:#}", ftp.sources[0].validate().unwrap_err()).contains("unsupported URL scheme"));
    }
}
