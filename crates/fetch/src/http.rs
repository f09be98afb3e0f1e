//! Documents from the web: URL lists and index pages, fetched politely and conditionally.
//!
//! Government websites are slow, flaky and rate-limit crawlers, and a nightly job re-asks for
//! thousands of pages that have not changed. So every request has a timeout; timeouts,
//! connection failures and 5xx answers are retried with exponential backoff (a 4xx is an
//! answer, not a hiccup: never retried); each host gets at most `requests_per_second`;
//! bodies larger than `max_bytes` are refused while reading, not after; redirects are followed
//! up to a limit; only http and https are spoken. And the ETag / Last-Modified of every URL
//! is remembered (`<landing>/http_cache.json`), so an unchanged page costs a `304 Not
//! Modified` and no body: its bytes are already in the landing area under their hash.
//!
//! Every failure is a [`Reject`] of stage `fetch` naming the URL and the reason; the run goes
//! on.

use crate::{sha256_hex, LandingStore};
use nianbao_model::{Reject, Stage};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// `[fetch]` of a pipeline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpOptions {
    /// Whole-request timeout (connect, headers and body), seconds.
    pub timeout_seconds: f64,
    /// Extra attempts after a timeout, a connection failure or a 5xx.
    pub retries: u32,
    /// First backoff; doubled at each retry.
    pub backoff_ms: u64,
    /// Largest body accepted, bytes.
    pub max_bytes: u64,
    /// Requests per second to any one host.
    pub requests_per_second: f64,
    pub max_redirects: u32,
    /// Requests in flight at once (over all hosts).
    pub concurrency: usize,
    pub user_agent: String,
    /// How a site's operator reaches whoever runs this job (`mailto:…` or a URL): added to the
    /// User-Agent, so that a site that finds the crawler a nuisance can say so.
    pub contact: Option<String>,
    /// Hosts that resolve to loopback, private or link-local addresses are refused unless this
    /// is set (a pipeline's URLs must not reach the machine's own network; the tests set it).
    pub allow_private_addresses: bool,
    /// A `site` crawl's budget per host and run: requests, bytes of bodies, seconds since the
    /// host's first request. What is left over is deferred to the next run, not rejected.
    pub max_requests_per_host: u64,
    pub max_bytes_per_host: u64,
    pub max_seconds_per_host: f64,
    /// A `site` crawl makes what it landed durable (the pack sealed, the validators saved) at
    /// most this many seconds apart, so that a killed crawl resumes without fetching it again.
    /// Each checkpoint that landed something seals a pack of its own: shorter intervals lose
    /// less to a kill and leave more (smaller) packs in the landing area.
    pub checkpoint_seconds: f64,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            timeout_seconds: 30.0,
            retries: 3,
            backoff_ms: 1000,
            max_bytes: 50 * 1024 * 1024,
            requests_per_second: 2.0,
            max_redirects: 5,
            concurrency: 8,
            user_agent: format!(
                "nianbao/{} (+government information-disclosure report archive)",
                nianbao_model::PIPELINE_VERSION
            ),
            contact: None,
            allow_private_addresses: false,
            max_requests_per_host: 2_000,
            max_bytes_per_host: 1 << 30,
            max_seconds_per_host: 3_600.0,
            checkpoint_seconds: 60.0,
        }
    }
}

impl HttpOptions {
    /// The User-Agent sent: the configured one, with the contact when there is one.
    pub fn user_agent_with_contact(&self) -> String {
        match &self.contact {
            Some(contact) if !self.user_agent.contains(contact.as_str()) => match self.user_agent.strip_suffix(')') {
                Some(open) => format!("{open}; {contact})"),
                None => format!("{} (+{contact})", self.user_agent),
            },
            _ => self.user_agent.clone(),
        }
    }
}

/// The resolver of every connection (redirects included): a host whose every address is
/// loopback, private, link-local or otherwise not on the public internet is refused, so that a
/// link on a crawled page cannot make the job reach the machine's own network.
#[derive(Debug)]
struct PublicAddressesOnly {
    inner: ureq::unversioned::resolver::DefaultResolver,
}

/// The reason a host was refused, recognised by [`classify`].
#[derive(Debug)]
struct NotPublic(String);

impl std::fmt::Display for NotPublic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} resolves only to private, loopback or link-local addresses (refused; `allow_private_addresses` in [fetch] allows them)", self.0)
    }
}

impl std::error::Error for NotPublic {}

impl ureq::unversioned::resolver::Resolver for PublicAddressesOnly {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let all = self.inner.resolve(uri, config, timeout)?;
        let mut public = self.inner.empty();
        for address in all.iter().filter(|a| is_public(a.ip())) {
            public.push(*address);
        }
        if public.is_empty() {
            let host = uri.host().unwrap_or("").to_string();
            return Err(ureq::Error::Other(Box::new(NotPublic(host))));
        }
        Ok(public)
    }
}

/// Is an address on the public internet (not loopback, private, link-local, shared, reserved
/// for documentation or unspecified)?
pub fn is_public(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_unspecified()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || a >= 240)
        }
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public(v4.into()),
            None => {
                let first = v6.segments()[0];
                !(v6.is_loopback() || v6.is_unspecified() || (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80)
            }
        },
    }
}

/// What was learnt about a URL the last time it was fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CacheEntry {
    pub sha256: String,
    pub bytes: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// Validators by URL, kept in the landing area beside the manifest.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HttpCache {
    pub urls: BTreeMap<String, CacheEntry>,
}

impl HttpCache {
    pub fn path(store: &LandingStore) -> std::path::PathBuf {
        store.root().join("http_cache.json")
    }

    pub fn load(path: &Path) -> Result<HttpCache, crate::FetchError> {
        crate::json_file::load(path)
    }

    /// Temporary file + rename, like the manifest.
    pub fn save(&self, path: &Path) -> Result<(), crate::FetchError> {
        crate::json_file::save(self, path)
    }
}

/// A URL fetched and landed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedUrl {
    pub url: String,
    pub sha256: String,
    pub bytes: u64,
    /// The server answered 304: the bytes are the ones landed before.
    pub not_modified: bool,
}

pub struct HttpClient {
    agent: ureq::Agent,
    options: HttpOptions,
    /// Per host: the earliest moment the next request may start.
    next_slot: Mutex<HashMap<String, Instant>>,
    /// Per host: a longer interval between requests than the rate limit's (a robots.txt
    /// Crawl-delay).
    interval_of: Mutex<HashMap<String, Duration>>,
}

/// One attempt's failure, with whether another attempt could help.
struct Failure {
    reason: String,
    transient: bool,
}

impl HttpClient {
    pub fn new(options: HttpOptions) -> HttpClient {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs_f64(options.timeout_seconds.max(0.001))))
            .max_redirects(options.max_redirects)
            .max_redirects_will_error(true)
            .http_status_as_error(false)
            .user_agent(options.user_agent_with_contact())
            .build();
        let agent = if options.allow_private_addresses {
            config.new_agent()
        } else {
            let resolver = PublicAddressesOnly { inner: Default::default() };
            ureq::Agent::with_parts(config, ureq::unversioned::transport::DefaultConnector::new(), resolver)
        };
        HttpClient { agent, options, next_slot: Mutex::default(), interval_of: Mutex::default() }
    }

    /// Space the requests to `host` by at least `interval` (a robots.txt Crawl-delay), when
    /// that is longer than the rate limit's.
    pub fn slow_down(&self, host: &str, interval: Duration) {
        self.interval_of.lock().expect("interval lock").insert(host.to_string(), interval);
    }

    /// A small text that is not a document (robots.txt): its status and body, not landed. A
    /// failure to connect is an `Err` naming it.
    pub fn get_small(&self, url: &str, limit: u64) -> Result<(u16, Vec<u8>), String> {
        let parsed = check_url(url)?;
        self.wait_for_slot(parsed.host_str().unwrap_or(""));
        let mut response = self.agent.get(url).call().map_err(|e| classify(e).reason)?;
        let status = response.status().as_u16();
        let body = response.body_mut().with_config().limit(limit).read_to_vec().unwrap_or_default();
        Ok((status, body))
    }

    pub fn options(&self) -> &HttpOptions {
        &self.options
    }

    /// Fetch `url` and land its body, conditionally on `cached`. A reject names the URL.
    pub fn fetch(
        &self,
        url: &str,
        cached: Option<&CacheEntry>,
        store: &LandingStore,
    ) -> Result<(FetchedUrl, CacheEntry), Reject> {
        let reject = |reason: String| Reject { source: url.to_string(), sha256: None, stage: Stage::Fetch, reason };
        let parsed = check_url(url).map_err(reject)?;
        // A validator is only worth sending if the bytes it stands for are still landed.
        let cached = cached.filter(|c| store.contains(&c.sha256));
        let mut backoff = Duration::from_millis(self.options.backoff_ms);
        let mut attempt = 0;
        loop {
            self.wait_for_slot(parsed.host_str().unwrap_or(""));
            match self.attempt(url, cached) {
                Ok(Answer::NotModified) => {
                    let c = cached.expect("304 only answers a conditional request").clone();
                    return Ok((
                        FetchedUrl {
                            url: url.to_string(),
                            sha256: c.sha256.clone(),
                            bytes: c.bytes,
                            not_modified: true,
                        },
                        c,
                    ));
                }
                Ok(Answer::Body { bytes, etag, last_modified }) => {
                    let sha256 = sha256_hex(&bytes);
                    store.put(&sha256, &bytes).map_err(|e| reject(format!("landing the body: {e}")))?;
                    let entry = CacheEntry { sha256: sha256.clone(), bytes: bytes.len() as u64, etag, last_modified };
                    return Ok((
                        FetchedUrl { url: url.to_string(), sha256, bytes: bytes.len() as u64, not_modified: false },
                        entry,
                    ));
                }
                Err(f) if f.transient && attempt < self.options.retries => {
                    attempt += 1;
                    std::thread::sleep(backoff);
                    backoff *= 2;
                }
                Err(f) => {
                    let tries = if attempt > 0 { format!(" (after {} attempts)", attempt + 1) } else { String::new() };
                    return Err(reject(format!("{}{tries}", f.reason)));
                }
            }
        }
    }

    fn attempt(&self, url: &str, cached: Option<&CacheEntry>) -> Result<Answer, Failure> {
        let mut request = self.agent.get(url);
        if let Some(c) = cached {
            if let Some(etag) = &c.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(lm) = &c.last_modified {
                request = request.header("If-Modified-Since", lm);
            }
        }
        let mut response = request.call().map_err(classify)?;
        let status = response.status().as_u16();
        match status {
            304 if cached.is_some() => return Ok(Answer::NotModified),
            200..=299 => {}
            500..=599 => return Err(Failure { reason: format!("HTTP {status}"), transient: true }),
            _ => return Err(Failure { reason: format!("HTTP {status}"), transient: false }),
        }
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        let limit = self.options.max_bytes;
        if let Some(len) = header("content-length").and_then(|v| v.parse::<u64>().ok()) {
            if len > limit {
                return Err(Failure {
                    reason: format!("body of {len} bytes exceeds the limit of {limit} bytes"),
                    transient: false,
                });
            }
        }
        let bytes = response.body_mut().with_config().limit(limit).read_to_vec().map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => {
                Failure { reason: format!("body exceeds the limit of {limit} bytes"), transient: false }
            }
            other => classify(other),
        })?;
        Ok(Answer::Body { bytes, etag, last_modified })
    }

    /// Reserve the host's next request slot and sleep until it comes.
    fn wait_for_slot(&self, host: &str) {
        let limit = (self.options.requests_per_second > 0.0)
            .then(|| Duration::from_secs_f64(1.0 / self.options.requests_per_second));
        let delay = self.interval_of.lock().expect("interval lock").get(host).copied();
        let Some(interval) = limit.max(delay) else { return };
        let slot = {
            let mut slots = self.next_slot.lock().expect("rate limiter lock");
            let now = Instant::now();
            let slot = slots.get(host).copied().filter(|t| *t > now).unwrap_or(now);
            slots.insert(host.to_string(), slot + interval);
            slot
        };
        let wait = slot.saturating_duration_since(Instant::now());
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    /// The links of an index page (a directory listing, a 信息公开年报 column page) whose
    /// absolute URL matches `pattern`, sorted and without duplicates.
    pub fn links(
        &self,
        index_url: &str,
        pattern: &regex::Regex,
        cache: &mut HttpCache,
        store: &LandingStore,
    ) -> Result<Vec<String>, Reject> {
        let (fetched, entry) = self.fetch(index_url, cache.urls.get(index_url), store)?;
        cache.urls.insert(index_url.to_string(), entry);
        let body = store.get(&fetched.sha256).map_err(|e| Reject {
            source: index_url.to_string(),
            sha256: Some(fetched.sha256.clone()),
            stage: Stage::Fetch,
            reason: format!("reading the landed index page: {e}"),
        })?;
        Ok(extract_links(index_url, &String::from_utf8_lossy(&body), pattern))
    }
}

enum Answer {
    NotModified,
    Body { bytes: Vec<u8>, etag: Option<String>, last_modified: Option<String> },
}

fn classify(e: ureq::Error) -> Failure {
    match e {
        ureq::Error::Timeout(t) => Failure { reason: format!("timed out ({t})"), transient: true },
        ureq::Error::Io(io) => Failure { reason: format!("connection error: {io}"), transient: true },
        ureq::Error::ConnectionFailed => Failure { reason: "connection failed".into(), transient: true },
        ureq::Error::HostNotFound => Failure { reason: "host not found".into(), transient: false },
        ureq::Error::TooManyRedirects => {
            Failure { reason: "too many redirects (a redirect loop?)".into(), transient: false }
        }
        ureq::Error::StatusCode(s) => Failure { reason: format!("HTTP {s}"), transient: (500..600).contains(&s) },
        ureq::Error::Other(e) if e.is::<NotPublic>() => Failure { reason: e.to_string(), transient: false },
        other => Failure { reason: other.to_string(), transient: false },
    }
}

/// Only absolute http(s) URLs with a host.
pub fn check_url(raw: &str) -> Result<url::Url, String> {
    let parsed = url::Url::parse(raw).map_err(|e| format!("not a valid URL: {e}"))?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|h| !h.is_empty()) => Ok(parsed),
        "http" | "https" => Err("URL without a host".into()),
        other => Err(format!("unsupported URL scheme '{other}' (only http and https are fetched)")),
    }
}

/// `href` targets of `html`, resolved against `base`, kept when they match `pattern`.
pub fn extract_links(base: &str, html: &str, pattern: &regex::Regex) -> Vec<String> {
    hrefs(base, html).into_iter().filter(|u| pattern.is_match(u)).collect()
}

/// Every http(s) `href` target of `html`, resolved against `base`, without its fragment, sorted
/// and without duplicates.
pub fn hrefs(base: &str, html: &str) -> Vec<String> {
    static HREF: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let href = HREF
        .get_or_init(|| regex::Regex::new(r#"(?i)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).expect("valid regex"));
    let Ok(base) = url::Url::parse(base) else { return Vec::new() };
    let mut links: Vec<String> = href
        .captures_iter(html)
        .filter_map(|c| c.get(1).or(c.get(2)).or(c.get(3)))
        .filter_map(|m| base.join(m.as_str().trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|mut u| {
            u.set_fragment(None);
            if u.query() == Some("") {
                u.set_query(None);
            }
            u.to_string()
        })
        .collect();
    links.sort();
    links.dedup();
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_links_are_resolved_filtered_and_deduplicated() {
        let html = r#"<a href="2019/report.txt">年报</a> <A HREF='/abs/2018.htm#top'>x</A>
            <a href=2019/report.txt>again</a> <a href="mailto:x@y.cn">m</a> <a href="style.css">c</a>
            <a href="https://other.gov.cn/r.txt">far</a>"#;
        let pattern = regex::Regex::new(r"\.(txt|htm)$").unwrap();
        let links = extract_links("http://gk.example.gov.cn/list/index.html", html, &pattern);
        assert_eq!(
            links,
            [
                "http://gk.example.gov.cn/abs/2018.htm",
                "http://gk.example.gov.cn/list/2019/report.txt",
                "https://other.gov.cn/r.txt"
            ]
        );
    }

    /// A server that answers every connection with a small 200 (HTTP/1.0, connection closed).
    fn answering_server() -> (String, std::thread::JoinHandle<()>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let handle = std::thread::spawn(move || {
            for stream in listener.incoming().take(5) {
                let mut stream = stream.unwrap();
                let mut buf = [0u8; 2048];
                let _ = std::io::Read::read(&mut stream, &mut buf);
                let _ = std::io::Write::write_all(
                    &mut stream,
                    b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                );
            }
        });
        (base, handle)
    }

    #[test]
    fn requests_to_one_host_are_spaced_by_the_rate_limit() {
        let (base, server) = answering_server();
        let dir = tempfile::tempdir().unwrap();
        let store = LandingStore::open(dir.path()).unwrap();
        let client = HttpClient::new(HttpOptions {
            requests_per_second: 10.0,
            retries: 0,
            timeout_seconds: 5.0,
            allow_private_addresses: true,
            ..HttpOptions::default()
        });
        let started = Instant::now();
        for i in 0..5 {
            let (fetched, _) = client.fetch(&format!("{base}/r{i}.txt"), None, &store).unwrap();
            assert_eq!(fetched.bytes, 2);
        }
        // Five requests at 10 per second: the fifth may start 0.4 s after the first, not before.
        assert!(started.elapsed() >= Duration::from_millis(400), "{:?}", started.elapsed());
        server.join().unwrap();
    }

    #[test]
    fn the_machines_own_network_is_refused_unless_allowed() {
        let (base, _server) = answering_server();
        let dir = tempfile::tempdir().unwrap();
        let store = LandingStore::open(dir.path()).unwrap();
        let refusing = HttpClient::new(HttpOptions { retries: 0, timeout_seconds: 5.0, ..HttpOptions::default() });
        let reject = refusing.fetch(&format!("{base}/r.txt"), None, &store).unwrap_err();
        assert!(reject.reason.contains("127.0.0.1 resolves only to private, loopback"), "{}", reject.reason);
        let allowing = HttpClient::new(HttpOptions { allow_private_addresses: true, ..HttpOptions::default() });
        assert_eq!(allowing.fetch(&format!("{base}/r.txt"), None, &store).unwrap().0.bytes, 2);
        for (ip, public) in [
            ("127.0.0.1", false),
            ("10.1.2.3", false),
            ("172.16.0.9", false),
            ("192.168.1.1", false),
            ("169.254.169.254", false),
            ("100.64.0.1", false),
            ("0.0.0.0", false),
            ("::1", false),
            ("fd00::1", false),
            ("fe80::1", false),
            ("::ffff:10.0.0.1", false),
            ("202.108.22.5", true),
            ("240e:1::1", true),
        ] {
            assert_eq!(is_public(ip.parse().unwrap()), public, "{ip}");
        }
    }

    #[test]
    fn the_user_agent_names_the_contact() {
        let options = HttpOptions { contact: Some("mailto:ops@example.org".into()), ..HttpOptions::default() };
        let agent = options.user_agent_with_contact();
        assert!(agent.starts_with("nianbao/") && agent.ends_with("; mailto:ops@example.org)"), "{agent}");
        assert_eq!(HttpOptions::default().user_agent_with_contact(), HttpOptions::default().user_agent);
    }

    #[test]
    fn only_http_and_https_urls_are_fetched() {
        assert!(check_url("https://www.gov.cn/a.txt").is_ok());
        assert!(check_url("file:///etc/passwd").unwrap_err().contains("unsupported URL scheme 'file'"));
        assert!(check_url("ftp://x.cn/a").is_err());
        assert!(check_url("not a url").unwrap_err().contains("not a valid URL"));
    }
}
