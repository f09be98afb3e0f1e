//! Crawling a site's report column (`kind = "site"`): listing pages, the report pages they
//! list, and the files those pages attach.
//!
//! A 政府信息公开年报 column is paginated (`index.html`, `index_1.html` …, or `?page=2`); it
//! lists report pages, and a report page holds the report in its body or says 详见附件 and links
//! a PDF/DOC/DOCX/WPS file. Three patterns of the pipeline file say which link is which:
//! `listing` (more pages of the column), `report` (a report page) and `attachment` (a file). A
//! listing page's links are followed to depth two at most: listing → report page → attachment
//! (an attachment listed on the column itself is taken too, as the column's own). Links are
//! resolved, their fragment dropped and normalised by [`url::Url`], and each is visited once:
//! a link loop ends at the first repeat, a long column at `max_listing_pages`.
//!
//! Politeness: each host's robots.txt is read once per run ([`texting_robots`], agent token
//! `nianbao`) and obeyed, its Crawl-delay too; the per-host rate limit of [`HttpClient`] spaces
//! requests; and a host's budget per run (requests, bytes, seconds: [`HttpOptions`]) defers what
//! is left to the next run instead of hammering a slow site all night. Only the start URLs'
//! hosts and the ones the site lists are visited.
//!
//! Incremental and resumable: listing pages are asked again every run (conditionally: their
//! ETag / Last-Modified, so an unchanged page costs a 304); report pages and attachments
//! already landed are asked only conditionally, and not at all when the server gave no
//! validator to ask with (a published report does not change under the same URL; a
//! corrected one gets a new page, which the listing shows). What landed is made durable every
//! `checkpoint_seconds` (the landing pack sealed, the validators saved), so a crawl killed
//! half-way resumes with 304s, not downloads.
//!
//! Every document records the page that linked it (`referrer`): a report page its listing
//! page, an attachment its report page, so that an analyst can tell that a PDF and the page
//! that links it are one report.
//!
//! [`HttpOptions`]: crate::http::HttpOptions

use crate::http::{check_url, CacheEntry, HttpCache, HttpClient};
use crate::LandingStore;
use nianbao_model::{Reject, Stage};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use std::time::{Duration, Instant};

/// The token robots.txt groups are matched against.
pub const ROBOTS_AGENT: &str = "nianbao";

/// A `site` source: where the column starts and which links are which.
#[derive(Debug, Clone)]
pub struct Site {
    pub start: Vec<String>,
    /// More pages of the column (pagination).
    pub listing: regex::Regex,
    /// A report page.
    pub report: regex::Regex,
    /// A file attached to a report page (or listed on the column).
    pub attachment: regex::Regex,
    /// Listing pages visited per start URL at most.
    pub max_listing_pages: usize,
    /// Hosts besides the start URLs' whose links are followed (a column on `www.` whose
    /// attachments live on `file.`).
    pub hosts: Vec<String>,
}

/// A report page or an attachment, landed (this run, or before and unchanged; what each host
/// gave is counted in its [`HostTally`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrawledDocument {
    pub url: String,
    pub sha256: String,
    pub bytes: u64,
    /// The page whose link led here.
    pub referrer: String,
}

pub use nianbao_model::HostCrawl as HostTally;

/// The outcome of crawling every site of a pipeline.
#[derive(Debug, Default)]
pub struct Crawl {
    /// Sorted by URL.
    pub documents: Vec<CrawledDocument>,
    pub rejects: Vec<Reject>,
    /// Sorted by host.
    pub hosts: Vec<HostTally>,
}

/// robots.txt as read at the start of a host's crawl.
enum Robots {
    /// Rules (an absent robots.txt, a 4xx, allows everything).
    Rules(Option<Box<texting_robots::Robot>>),
    /// robots.txt could not be read (5xx, no connection): nothing of the host is crawled this
    /// run, as a 5xx robots.txt asks.
    Unavailable(String),
}

/// One host's robots.txt, budget and tally.
struct Host {
    robots: OnceLock<Robots>,
    budget: Mutex<Budget>,
}

#[derive(Default)]
struct Budget {
    requests: u64,
    bytes: u64,
    first_request: Option<Instant>,
    tally: HostTally,
}

/// A link admitted to a request, or answered without one.
enum Admitted {
    Ask { host: Arc<Host>, cached: Option<CacheEntry> },
    Answered(Got),
}

/// What asking for one URL gave.
enum Got {
    Landed { sha256: String, bytes: u64 },
    Failed,
    Deferred,
    Disallowed,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    Listing,
    Report,
    Attachment,
}

/// The crawl of one run: the client, the store, the validators, and every host met.
pub struct Crawler<'a> {
    client: &'a HttpClient,
    store: &'a LandingStore,
    cache: Mutex<HttpCache>,
    cache_path: PathBuf,
    decode: &'a (dyn Fn(&[u8]) -> String + Sync),
    hosts: Mutex<HashMap<String, Arc<Host>>>,
    rejects: Mutex<Vec<Reject>>,
    last_checkpoint: Mutex<Instant>,
    /// Told after every request (the URL): a long crawl's progress.
    progress: Option<&'a (dyn Fn(&str) + Sync)>,
}

impl<'a> Crawler<'a> {
    /// `decode` turns a listing or report page's bytes into text (GBK and GB18030 pages are
    /// read as reports are); `cache` is the run's validators, saved to `cache_path` at each
    /// checkpoint.
    pub fn new(
        client: &'a HttpClient,
        store: &'a LandingStore,
        cache: HttpCache,
        cache_path: PathBuf,
        decode: &'a (dyn Fn(&[u8]) -> String + Sync),
    ) -> Self {
        Crawler {
            client,
            store,
            cache: Mutex::new(cache),
            cache_path,
            decode,
            hosts: Mutex::default(),
            rejects: Mutex::default(),
            last_checkpoint: Mutex::new(Instant::now()),
            progress: None,
        }
    }

    /// Call `progress` with the URL after every request.
    pub fn with_progress(mut self, progress: &'a (dyn Fn(&str) + Sync)) -> Self {
        self.progress = Some(progress);
        self
    }

    /// Crawl every site; return what was found and the validators (to be saved by the caller
    /// with everything else the run fetched).
    pub fn crawl(self, sites: &[Site]) -> (Crawl, HttpCache) {
        let mut documents: BTreeMap<String, CrawledDocument> = BTreeMap::new();
        for site in sites {
            for d in self.crawl_site(site) {
                documents.entry(d.url.clone()).or_insert(d);
            }
        }
        self.checkpoint(true);
        let mut hosts: Vec<HostTally> = self
            .hosts
            .lock()
            .expect("hosts lock")
            .iter()
            .map(|(name, h)| {
                let mut t = h.budget.lock().expect("budget lock").tally.clone();
                t.host = name.clone();
                t
            })
            .collect();
        hosts.sort_by(|a, b| a.host.cmp(&b.host));
        let mut rejects = self.rejects.into_inner().expect("rejects lock");
        rejects.sort_by(|a, b| a.source.cmp(&b.source));
        rejects.dedup_by(|a, b| a.source == b.source);
        let crawl = Crawl { documents: documents.into_values().collect(), rejects, hosts };
        (crawl, self.cache.into_inner().expect("cache lock"))
    }

    fn crawl_site(&self, site: &Site) -> Vec<CrawledDocument> {
        let allowed_hosts: BTreeSet<String> = site
            .start
            .iter()
            .filter_map(|u| url::Url::parse(u).ok()?.host_str().map(str::to_string))
            .chain(site.hosts.iter().cloned())
            .collect();
        // Listing pages, breadth first from each start URL.
        let mut reports: BTreeMap<String, String> = BTreeMap::new();
        let mut attachments: BTreeMap<String, String> = BTreeMap::new();
        let mut visited: BTreeSet<String> = BTreeSet::new();
        for start in &site.start {
            let Some(start) = normalise(start) else { continue };
            let mut queue = VecDeque::from([start]);
            let mut pages = 0;
            while let Some(page) = queue.pop_front() {
                if !visited.insert(page.clone()) || pages >= site.max_listing_pages {
                    continue;
                }
                pages += 1;
                let Some(text) = self.page_text(&page) else { continue };
                for (link, kind) in classify_links(&page, &text, site, &allowed_hosts) {
                    match kind {
                        LinkKind::Listing if !visited.contains(&link) => queue.push_back(link),
                        LinkKind::Listing => {}
                        LinkKind::Report => {
                            reports.entry(link).or_insert_with(|| page.clone());
                        }
                        LinkKind::Attachment => {
                            attachments.entry(link).or_insert_with(|| page.clone());
                        }
                    }
                }
            }
        }
        // Report pages (documents themselves), and the attachments they link.
        let pages: Vec<(String, String)> = reports.into_iter().collect();
        let answers = self.get_all(&pages, LinkKind::Report);
        let from_pages: Vec<(Option<CrawledDocument>, Vec<String>)> = pages
            .par_iter()
            .zip(answers)
            .map(|((url, referrer), got)| {
                let Got::Landed { sha256, bytes } = got else {
                    return (None, Vec::new());
                };
                let text = self.store.get(&sha256).ok().map(|b| (self.decode)(&b)).unwrap_or_default();
                let files = classify_links(url, &text, site, &allowed_hosts)
                    .into_iter()
                    .filter(|(_, kind)| *kind == LinkKind::Attachment)
                    .map(|(link, _)| link)
                    .collect();
                let document = CrawledDocument { url: url.clone(), sha256, bytes, referrer: referrer.clone() };
                (Some(document), files)
            })
            .collect();
        let mut documents = Vec::new();
        for ((page, _), (document, files)) in pages.iter().zip(from_pages) {
            documents.extend(document);
            for file in files {
                attachments.entry(file).or_insert_with(|| page.clone());
            }
        }
        let files: Vec<(String, String)> = attachments.into_iter().collect();
        let answers = self.get_all(&files, LinkKind::Attachment);
        for ((url, referrer), got) in files.into_iter().zip(answers) {
            if let Got::Landed { sha256, bytes } = got {
                documents.push(CrawledDocument { url, sha256, bytes, referrer });
            }
        }
        documents
    }

    /// A listing page's text, asked again every run (conditionally).
    fn page_text(&self, url: &str) -> Option<String> {
        let Got::Landed { sha256, .. } = self.get(url, LinkKind::Listing) else { return None };
        match self.store.get(&sha256) {
            Ok(bytes) => Some((self.decode)(&bytes)),
            Err(e) => {
                self.reject(url, Some(sha256), format!("reading the landed listing page: {e}"));
                None
            }
        }
    }

    fn host(&self, name: &str) -> Arc<Host> {
        let mut hosts = self.hosts.lock().expect("hosts lock");
        hosts
            .entry(name.to_string())
            .or_insert_with(|| Arc::new(Host { robots: OnceLock::new(), budget: Mutex::default() }))
            .clone()
    }

    /// The host's robots.txt, read once per run (at its first link).
    fn robots<'h>(&self, host: &'h Host, url: &url::Url) -> &'h Robots {
        host.robots.get_or_init(|| {
            let robots_url = format!("{}/robots.txt", url.origin().ascii_serialization());
            match self.client.get_small(&robots_url, 512 * 1024) {
                Ok((200..=299, body)) => {
                    let robot = texting_robots::Robot::new(ROBOTS_AGENT, &body).ok().map(Box::new);
                    if let Some(delay) = robot.as_ref().and_then(|r| r.delay).filter(|d| *d > 0.0) {
                        let host = url.host_str().unwrap_or("");
                        self.client.slow_down(host, Duration::from_secs_f32(delay.min(60.0)));
                    }
                    Robots::Rules(robot)
                }
                Ok((400..=499, _)) => Robots::Rules(None),
                Ok((status, _)) => Robots::Unavailable(format!("robots.txt answered HTTP {status}")),
                Err(reason) => Robots::Unavailable(format!("robots.txt: {reason}")),
            }
        })
    }

    /// Ask for one URL, within robots.txt and the host's budget; land its body.
    fn get(&self, url: &str, kind: LinkKind) -> Got {
        match self.admit(url, kind) {
            Admitted::Ask { host, cached } => self.ask(url, kind, &host, cached),
            Admitted::Answered(got) => got,
        }
    }

    /// Whether and how to ask for `url`: robots.txt, what landed before, the host's budget. Run
    /// in link order before the requests go out in parallel, so that which links a budget
    /// admits does not depend on which thread came first.
    fn admit(&self, url: &str, kind: LinkKind) -> Admitted {
        let Ok(parsed) = check_url(url) else {
            self.reject(url, None, "not an http(s) URL".into());
            return Admitted::Answered(Got::Failed);
        };
        let host = self.host(parsed.host_str().unwrap_or(""));
        match self.robots(&host, &parsed) {
            Robots::Unavailable(reason) => {
                host.budget.lock().expect("budget lock").tally.deferred += 1;
                self.reject(url, None, format!("{reason}: the host is not crawled this run"));
                return Admitted::Answered(Got::Failed);
            }
            Robots::Rules(Some(robot)) if !robot.allowed(url) => {
                host.budget.lock().expect("budget lock").tally.disallowed += 1;
                return Admitted::Answered(Got::Disallowed);
            }
            _ => {}
        }
        let cached: Option<CacheEntry> =
            self.cache.lock().expect("cache lock").urls.get(url).filter(|c| self.store.contains(&c.sha256)).cloned();
        // A landed report page or file without validators is not asked again.
        if let Some(c) =
            cached.as_ref().filter(|c| kind != LinkKind::Listing && c.etag.is_none() && c.last_modified.is_none())
        {
            let mut budget = host.budget.lock().expect("budget lock");
            count(&mut budget.tally, kind);
            budget.tally.unchanged += 1;
            return Admitted::Answered(Got::Landed { sha256: c.sha256.clone(), bytes: c.bytes });
        }
        let options = self.client.options();
        let mut budget = host.budget.lock().expect("budget lock");
        let started = *budget.first_request.get_or_insert_with(Instant::now);
        if budget.requests >= options.max_requests_per_host
            || budget.bytes >= options.max_bytes_per_host
            || started.elapsed().as_secs_f64() >= options.max_seconds_per_host
        {
            budget.tally.deferred += 1;
            return Admitted::Answered(Got::Deferred);
        }
        budget.requests += 1;
        drop(budget);
        Admitted::Ask { host, cached }
    }

    /// The request itself (conditional on `cached`), its body landed.
    fn ask(&self, url: &str, kind: LinkKind, host: &Host, cached: Option<CacheEntry>) -> Got {
        let answer = self.client.fetch(url, cached.as_ref(), self.store);
        if let Some(progress) = self.progress {
            progress(url);
        }
        match answer {
            Ok((fetched, entry)) => {
                self.cache.lock().expect("cache lock").urls.insert(url.to_string(), entry);
                {
                    let mut budget = host.budget.lock().expect("budget lock");
                    count(&mut budget.tally, kind);
                    if fetched.not_modified {
                        budget.tally.unchanged += 1;
                    } else {
                        budget.bytes += fetched.bytes;
                        budget.tally.bytes += fetched.bytes;
                    }
                }
                self.checkpoint(false);
                Got::Landed { sha256: fetched.sha256, bytes: fetched.bytes }
            }
            Err(mut reject) => {
                host.budget.lock().expect("budget lock").tally.failures += 1;
                if kind == LinkKind::Listing {
                    reject.reason = format!("listing page: {}", reject.reason);
                }
                self.rejects.lock().expect("rejects lock").push(reject);
                Got::Failed
            }
        }
    }

    /// Admit `links` in order, then ask for the admitted ones in parallel.
    fn get_all(&self, links: &[(String, String)], kind: LinkKind) -> Vec<Got> {
        let admitted: Vec<Admitted> = links.iter().map(|(url, _)| self.admit(url, kind)).collect();
        links
            .par_iter()
            .zip(admitted)
            .map(|((url, _), a)| match a {
                Admitted::Ask { host, cached } => self.ask(url, kind, &host, cached),
                Admitted::Answered(got) => got,
            })
            .collect()
    }

    fn reject(&self, url: &str, sha256: Option<String>, reason: String) {
        self.rejects.lock().expect("rejects lock").push(Reject {
            source: url.to_string(),
            sha256,
            stage: Stage::Fetch,
            reason,
        });
    }

    /// Make what landed durable and save the validators that name it, when `checkpoint_seconds`
    /// have passed since the last time (or now, when `force`). A failure is reported once and
    /// the crawl goes on: the run's own sealing at its end fails the run properly.
    fn checkpoint(&self, force: bool) {
        let mut last = self.last_checkpoint.lock().expect("checkpoint lock");
        if !force && last.elapsed().as_secs_f64() < self.client.options().checkpoint_seconds {
            return;
        }
        *last = Instant::now();
        if self.store.seal().is_ok() {
            let cache = self.cache.lock().expect("cache lock").clone();
            if let Err(e) = cache.save(&self.cache_path) {
                eprintln!("nianbao: warning: saving the HTTP validators at a checkpoint: {e}");
            }
        }
    }
}

fn count(tally: &mut HostTally, kind: LinkKind) {
    match kind {
        LinkKind::Listing => tally.listing_pages += 1,
        LinkKind::Report => tally.report_pages += 1,
        LinkKind::Attachment => tally.attachments += 1,
    }
}

/// A URL as visited: parsed, fragment dropped, an empty query dropped.
pub fn normalise(raw: &str) -> Option<String> {
    let mut u = url::Url::parse(raw.trim()).ok()?;
    if !matches!(u.scheme(), "http" | "https") {
        return None;
    }
    u.set_fragment(None);
    if u.query() == Some("") {
        u.set_query(None);
    }
    Some(u.to_string())
}

/// The links of a page that the site's patterns name, on its hosts, each once: attachment
/// before report before listing when a link matches several.
fn classify_links(page: &str, html: &str, site: &Site, hosts: &BTreeSet<String>) -> Vec<(String, LinkKind)> {
    let mut out: Vec<(String, LinkKind)> = crate::http::hrefs(page, html)
        .into_iter()
        .filter(|u| url::Url::parse(u).ok().and_then(|p| p.host_str().map(|h| hosts.contains(h))).unwrap_or(false))
        .filter_map(|u| {
            let kind = if site.attachment.is_match(&u) {
                LinkKind::Attachment
            } else if site.report.is_match(&u) {
                LinkKind::Report
            } else if site.listing.is_match(&u) {
                LinkKind::Listing
            } else {
                return None;
            };
            Some((u, kind))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            start: vec!["http://gk.example.gov.cn/ndbg/index.html".into()],
            listing: regex::Regex::new(r"/ndbg/index(_\d+)?\.html$").unwrap(),
            report: regex::Regex::new(r"/ndbg/t\d+\.html$").unwrap(),
            attachment: regex::Regex::new(r"\.(pdf|docx?|wps)$").unwrap(),
            max_listing_pages: 10,
            hosts: vec!["file.example.gov.cn".into()],
        }
    }

    #[test]
    fn links_are_classified_by_the_sites_patterns_on_its_hosts_only() {
        let hosts: BTreeSet<String> = ["gk.example.gov.cn".to_string(), "file.example.gov.cn".to_string()].into();
        let html = r#"<a href="index_1.html">下一页</a> <a href="./t20200101.html#top">2019年报</a>
            <a href="http://file.example.gov.cn/a/2019.pdf">附件</a> <a href="http://far.example.com/t1.html">x</a>
            <a href="t20200101.html">again</a> <a href="/css/site.css">c</a> <a href="../other/t5.html">other column</a>"#;
        let links = classify_links("http://gk.example.gov.cn/ndbg/index.html", html, &site(), &hosts);
        let got: Vec<(&str, bool, bool)> =
            links.iter().map(|(u, k)| (u.as_str(), *k == LinkKind::Attachment, *k == LinkKind::Listing)).collect();
        assert_eq!(
            got,
            [
                ("http://file.example.gov.cn/a/2019.pdf", true, false),
                ("http://gk.example.gov.cn/ndbg/index_1.html", false, true),
                ("http://gk.example.gov.cn/ndbg/t20200101.html", false, false),
            ]
        );
    }

    #[test]
    fn urls_are_normalised_before_they_are_compared() {
        assert_eq!(
            normalise("HTTP://GK.Example.gov.cn:80/a/../ndbg/index.html?#x").unwrap(),
            "http://gk.example.gov.cn/ndbg/index.html"
        );
        assert_eq!(normalise("ftp://x.cn/a"), None);
    }
}
