//! The fetch stage of a run: every source of the pipeline → bytes landed by hash, or rejects.

use crate::config::Pipeline;
use crate::progress::Progress;
use anyhow::{Context, Result};
use nianbao_fetch::archive::{self, ArchiveLimits};
use nianbao_fetch::http::{HttpCache, HttpClient};
use nianbao_fetch::{walk_inputs, ClosedPack, LandingStore};
use nianbao_model::{Reject, Stage};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// An input read, hashed and landed; its bytes are dropped until processing reads them back.
pub struct LandedFile {
    pub source: String,
    pub sha256: String,
    pub bytes: u64,
    /// The page whose link led to it (a `site` source's documents).
    pub referrer: Option<String>,
}

#[derive(Default, Debug)]
pub struct HttpTally {
    pub urls: usize,
    pub downloaded: usize,
    pub not_modified: usize,
    pub failed: usize,
    /// `site` sources: what each host gave.
    pub hosts: Vec<nianbao_fetch::crawl::HostTally>,
}

pub struct FetchOutcome {
    pub landed: Vec<LandedFile>,
    pub rejects: Vec<Reject>,
    pub http: HttpTally,
    /// This run's landing pack, readable, to be made durable before the manifest names it.
    pub pack: Option<ClosedPack>,
}

pub fn fetch_all(pipeline: &Pipeline, store: &LandingStore) -> Result<FetchOutcome> {
    let (mut landed, mut rejects) = fetch_files(pipeline, store)?;
    let (from_web, web_rejects, http) = fetch_urls(pipeline, store)?;
    landed.extend(from_web);
    rejects.extend(web_rejects);
    // Readable now; durable later, on the thread that saves the manifest naming its objects.
    let pack = store.close_pack().context("closing the landing pack")?;
    Ok(FetchOutcome { landed, rejects, http, pack })
}

/// Files read at once. Reading a file the page cache does not hold waits on the disk, not on a
/// core: with one reader per core (rayon's two here) the disk idled between reads. Measured on
/// this project's 2-core VM (ext4, virtio disk), caches dropped before each run: the fetch of
/// 10,000 reports took 0.58–0.68 s with 2 readers, 0.32–0.37 s with 16; of 100,000, 6.8 s
/// with 2, 3.3 s with 8, 3.0 s with 16. From the page cache (tmpfs, alternating 8 rounds) the
/// whole run was the same with 2, 8 or 16 (1.63, 1.64, 1.66 s median).
const READS_IN_FLIGHT: usize = 16;

/// Local directories, files and archives.
fn fetch_files(pipeline: &Pipeline, store: &LandingStore) -> Result<(Vec<LandedFile>, Vec<Reject>)> {
    let roots: Vec<PathBuf> = pipeline
        .sources
        .iter()
        .filter(|s| matches!(s.kind.as_str(), "local" | "archive"))
        .filter_map(|s| s.path.clone())
        .collect();
    if roots.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let (files, mut rejects) = walk_inputs(&roots).map_err(anyhow::Error::msg)?;
    let limits = ArchiveLimits { max_member_bytes: pipeline.fetch.max_bytes, ..ArchiveLimits::default() };
    let progress = Progress::new("fetch", files.len());
    let counted = |i: usize, landed| {
        progress.inc();
        (i, landed)
    };
    // Plain files READS_IN_FLIGHT at a time; archives, which are read whole into memory and
    // decompressed, one per core as before (sixteen large archives at once would hold sixteen in
    // memory). Results go back into input order.
    let (archives, plain): (Vec<usize>, Vec<usize>) =
        (0..files.len()).partition(|&i| archive::is_archive(&files[i].path));
    let readers =
        rayon::ThreadPoolBuilder::new().num_threads(READS_IN_FLIGHT.max(rayon::current_num_threads())).build()?;
    /// Each file's index in `files`, with what landing it gave.
    type Landed = (usize, Result<(Vec<LandedFile>, Vec<Reject>)>);
    let mut results: Vec<Landed> =
        readers.install(|| plain.par_iter().map(|&i| counted(i, land_plain_file(&files[i], store))).collect());
    results
        .extend(archives.par_iter().map(|&i| counted(i, land_archive(&files[i], limits, store))).collect::<Vec<_>>());
    results.sort_unstable_by_key(|(i, _)| *i);
    progress.finish();
    let mut landed = Vec::new();
    for (_, r) in results {
        let (docs, rs) = r?;
        landed.extend(docs);
        rejects.extend(rs);
    }
    Ok((landed, rejects))
}

/// The largest read buffer a reader thread keeps between files.
const KEPT_BUFFER: usize = 4 << 20;

thread_local! {
    /// Each reader thread's buffer for the file it is landing: kept between files.
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One input file (not an archive) read, hashed and landed.
fn land_plain_file(input: &nianbao_fetch::InputFile, store: &LandingStore) -> Result<(Vec<LandedFile>, Vec<Reject>)> {
    READ_BUFFER.with_borrow_mut(|buffer| {
        let landed = match nianbao_fetch::read_input_into(input, buffer) {
            Ok(sha256) => {
                store.put(&sha256, buffer).context("landing")?;
                let file =
                    LandedFile { source: input.source.clone(), sha256, bytes: buffer.len() as u64, referrer: None };
                (vec![file], Vec::new())
            }
            Err(reject) => (Vec::new(), vec![reject]),
        };
        if buffer.capacity() > KEPT_BUFFER {
            *buffer = Vec::new();
        }
        Ok(landed)
    })
}

/// Every member of an archive read, hashed and landed.
fn land_archive(
    input: &nianbao_fetch::InputFile,
    limits: ArchiveLimits,
    store: &LandingStore,
) -> Result<(Vec<LandedFile>, Vec<Reject>)> {
    let (docs, rejects) = archive::read_archive(&input.path, &input.source, limits);
    let mut out = Vec::with_capacity(docs.len());
    for f in docs {
        store.put(&f.sha256, &f.bytes).context("landing")?;
        out.push(LandedFile { source: f.source, sha256: f.sha256, bytes: f.bytes.len() as u64, referrer: None });
    }
    Ok((out, rejects))
}

/// `urls`, `index` and `site` sources, conditionally (ETag / Last-Modified remembered per URL).
fn fetch_urls(pipeline: &Pipeline, store: &LandingStore) -> Result<(Vec<LandedFile>, Vec<Reject>, HttpTally)> {
    let web: Vec<_> = pipeline.sources.iter().filter(|s| matches!(s.kind.as_str(), "urls" | "index")).collect();
    let sites: Vec<nianbao_fetch::crawl::Site> =
        pipeline.sources.iter().filter(|s| s.kind == "site").map(|s| s.site()).collect::<Result<_>>()?;
    let mut tally = HttpTally::default();
    if web.is_empty() && sites.is_empty() {
        return Ok((Vec::new(), Vec::new(), tally));
    }
    let client = HttpClient::new(pipeline.fetch.clone());
    let cache_path = HttpCache::path(store);
    let mut cache = HttpCache::load(&cache_path)?;
    let mut urls: BTreeSet<String> = BTreeSet::new();
    let mut rejects = Vec::new();
    for source in web {
        if source.kind == "urls" {
            for u in source.listed_urls()? {
                match nianbao_fetch::http::check_url(&u) {
                    Ok(_) => {
                        urls.insert(u);
                    }
                    Err(reason) => rejects.push(Reject { source: u, sha256: None, stage: Stage::Fetch, reason }),
                }
            }
        } else {
            let index = source.url.as_deref().expect("validated");
            let pattern = regex::Regex::new(source.pattern.as_deref().expect("validated")).expect("validated");
            match client.links(index, &pattern, &mut cache, store) {
                Ok(links) => urls.extend(links),
                Err(mut r) => {
                    r.reason = format!("index page: {}", r.reason);
                    rejects.push(r);
                }
            }
        }
    }
    tally.urls = urls.len();
    let urls: Vec<String> = urls.into_iter().collect();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(pipeline.fetch.concurrency.max(1)).build()?;
    let progress = Progress::new("download", urls.len());
    let results: Vec<_> = pool.install(|| {
        urls.par_iter()
            .map(|u| {
                let r = client.fetch(u, cache.urls.get(u), store);
                progress.inc();
                r
            })
            .collect()
    });
    progress.finish();
    let mut landed = Vec::new();
    for r in results {
        match r {
            Ok((fetched, entry)) => {
                if fetched.not_modified {
                    tally.not_modified += 1;
                } else {
                    tally.downloaded += 1;
                }
                cache.urls.insert(fetched.url.clone(), entry);
                landed.push(LandedFile {
                    source: fetched.url,
                    sha256: fetched.sha256,
                    bytes: fetched.bytes,
                    referrer: None,
                });
            }
            Err(reject) => {
                tally.failed += 1;
                rejects.push(reject);
            }
        }
    }
    if !sites.is_empty() {
        let decode = |bytes: &[u8]| match nianbao_decode::decode(bytes) {
            Ok(decoded) => decoded.text,
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        let progress = CrawlProgress::default();
        let report = |url: &str| progress.request(url);
        let crawler = nianbao_fetch::crawl::Crawler::new(&client, store, cache, cache_path.clone(), &decode)
            .with_progress(&report);
        let (crawl, crawled_cache) = pool.install(|| crawler.crawl(&sites));
        cache = crawled_cache;
        for d in crawl.documents {
            landed.push(LandedFile { source: d.url, sha256: d.sha256, bytes: d.bytes, referrer: Some(d.referrer) });
        }
        rejects.extend(crawl.rejects);
        tally.hosts = crawl.hosts;
    }
    cache.save(&cache_path)?;
    Ok((landed, rejects, tally))
}

/// A crawl's progress: its total is unknown until the last listing page is read, so a plain
/// line every few seconds says how many requests went out and the last URL asked.
struct CrawlProgress {
    started: std::time::Instant,
    requests: std::sync::atomic::AtomicUsize,
    last_line: std::sync::Mutex<std::time::Instant>,
}

impl Default for CrawlProgress {
    fn default() -> Self {
        let now = std::time::Instant::now();
        CrawlProgress { started: now, requests: Default::default(), last_line: std::sync::Mutex::new(now) }
    }
}

impl CrawlProgress {
    const INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);

    fn request(&self, url: &str) {
        let n = self.requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let mut last = self.last_line.lock().expect("progress lock");
        if last.elapsed() >= Self::INTERVAL {
            *last = std::time::Instant::now();
            eprintln!("[crawl] {n} requests in {:.0} s; last {url}", self.started.elapsed().as_secs_f64());
        }
    }
}
