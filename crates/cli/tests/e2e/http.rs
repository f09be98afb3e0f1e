//! Fetching over HTTP from a real server on 127.0.0.1 that misbehaves the way government
//! websites do: slow pages, a 500 that recovers, a 404, an oversized body, a redirect loop —
//! and validators, so that the second night costs 304s.

use crate::common::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Server {
    base: String,
    /// (path, status) of every response sent.
    log: Arc<Mutex<Vec<(String, u16)>>>,
}

impl Server {
    fn count(&self, path: &str, status: Option<u16>) -> usize {
        self.log.lock().unwrap().iter().filter(|(p, s)| p == path && status.is_none_or(|want| *s == want)).count()
    }
}

fn seed(name: &str) -> Vec<u8> {
    std::fs::read(samples().join(name)).unwrap()
}

fn start_server() -> Server {
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
    let port = server.server_addr().to_ip().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let log: Arc<Mutex<Vec<(String, u16)>>> = Arc::default();
    let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let (a, b, c, flaky) = (
        seed("000_0ee38c6073f2f61e.txt"),
        seed("003_7afbdd925f005157.txt"),
        seed("001_f86300e4f88928ae.txt"),
        seed("004_f6584d2c7913d8cd.txt"),
    );
    let pages: Arc<HashMap<&'static str, Vec<u8>>> = Arc::new(
        [("/reports/a.txt", a), ("/reports/b.txt", b), ("/reports/c.txt", c), ("/flaky", flaky)].into_iter().collect(),
    );
    let index = r#"<html><body><ul>
        <li><a href="reports/a.txt">2017年报</a></li><li><a href="/reports/c.txt">2017</a></li>
        <li><a href="style.css">css</a></li><li><a href="reports/b.txt#x">2019</a></li></ul></body></html>"#;
    {
        let log = log.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let (log, hits, pages) = (log.clone(), hits.clone(), pages.clone());
                std::thread::spawn(move || {
                    let path = request.url().to_string();
                    let n = {
                        let mut h = hits.lock().unwrap();
                        *h.entry(path.clone()).or_default() += 1;
                        h[&path]
                    };
                    let request_headers: Vec<(String, String)> = request
                        .headers()
                        .iter()
                        .map(|h| (h.field.as_str().as_str().to_ascii_lowercase(), h.value.as_str().to_string()))
                        .collect();
                    let header = |name: &str| {
                        request_headers.iter().find(|(k, _)| k == &name.to_ascii_lowercase()).map(|(_, v)| v.clone())
                    };
                    let h = |k: &str, v: &str| tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap();
                    let (status, body, headers): (u16, Vec<u8>, Vec<tiny_http::Header>) = match path.as_str() {
                        "/index.html" => (200, index.as_bytes().to_vec(), vec![h("ETag", "\"index-1\"")]),
                        "/reports/a.txt" if header("If-None-Match").as_deref() == Some("\"a-1\"") => {
                            (304, vec![], vec![])
                        }
                        "/reports/a.txt" | "/reports/c.txt" => (
                            200,
                            pages[path.as_str()].clone(),
                            vec![h("ETag", if path.ends_with("a.txt") { "\"a-1\"" } else { "\"c-1\"" })],
                        ),
                        "/reports/b.txt"
                            if header("If-Modified-Since").as_deref() == Some("Tue, 14 Jan 2020 08:00:00 GMT") =>
                        {
                            (304, vec![], vec![])
                        }
                        "/reports/b.txt" => (
                            200,
                            pages["/reports/b.txt"].clone(),
                            vec![h("Last-Modified", "Tue, 14 Jan 2020 08:00:00 GMT")],
                        ),
                        "/flaky" if n == 1 => (500, b"try later".to_vec(), vec![]),
                        "/flaky" => (200, pages["/flaky"].clone(), vec![]),
                        "/slow" => {
                            std::thread::sleep(Duration::from_secs(3));
                            (200, b"too late".to_vec(), vec![])
                        }
                        "/big" => (200, vec![b'x'; 300_000], vec![]),
                        "/loop-a" => (302, vec![], vec![h("Location", "/loop-b")]),
                        "/loop-b" => (302, vec![], vec![h("Location", "/loop-a")]),
                        _ => (404, b"not found".to_vec(), vec![]),
                    };
                    log.lock().unwrap().push((path, status));
                    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
                    for header in headers {
                        response.add_header(header);
                    }
                    let _ = request.respond(response);
                });
            }
        });
    }
    Server { base, log }
}

fn write_pipeline(work: &Path, base: &str) {
    let list = ["/flaky", "/slow", "/missing", "/big", "/loop-a", "/reports/a.txt"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(
        work.join("urls.txt"),
        format!("# the night's URLs\n{list}\n\nftp://{}/reports/x.txt\n", &base[7..]),
    )
    .unwrap();
    let toml = format!(
        r#"name = "web"
[[sources]]
kind = "urls"
list = "urls.txt"

[[sources]]
kind = "index"
url = "{base}/index.html"
pattern = '/reports/[a-z]+\.txt$'

[landing]
path = "landing"
[warehouse]
path = "warehouse"

[fetch]
timeout_seconds = 0.8
retries = 2
backoff_ms = 50
max_bytes = 200000
requests_per_second = 100.0
max_redirects = 3
allow_private_addresses = true
"#
    );
    std::fs::write(work.join("web.toml"), toml).unwrap();
}

fn run_pipeline(work: &Path) -> String {
    let out = nianbao(&["run", "--pipeline", "web.toml"], work);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    stdout
}

#[test]
fn documents_land_failures_are_rejects_and_the_second_night_gets_304s() {
    let server = start_server();
    let dir = tempdir();
    write_pipeline(dir.path(), &server.base);
    let first = run_pipeline(dir.path());
    // Six listed http URLs and the index's a, b (again), c; the ftp URL is refused before.
    assert!(first.contains("http        8 URLs: 4 downloaded, 0 not modified (304), 4 failed"), "{first}");

    // a, b, c (from the index; a also listed) and the flaky page after its 500.
    let reports = query(dir.path(), "SELECT source FROM reports ORDER BY source");
    let sources: Vec<String> =
        reports.iter().map(|r| r["source"].as_str().unwrap().replace(&server.base, "")).collect();
    assert_eq!(sources, ["/flaky", "/reports/a.txt", "/reports/b.txt", "/reports/c.txt"]);
    assert_eq!(server.count("/flaky", None), 2, "a 500 is retried");

    let rejects = query(dir.path(), "SELECT source, stage, reason FROM rejects ORDER BY source");
    let reason = |suffix: &str| -> String {
        let r = rejects
            .iter()
            .find(|r| r["source"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("no reject for {suffix}: {rejects:?}"));
        assert_eq!(r["stage"], "fetch");
        r["reason"].as_str().unwrap().to_string()
    };
    assert!(
        reason("/slow").contains("timed out") && reason("/slow").contains("after 3 attempts"),
        "{}",
        reason("/slow")
    );
    assert_eq!(reason("/missing"), "HTTP 404");
    assert_eq!(server.count("/missing", None), 1, "a 404 is an answer, not retried");
    assert!(reason("/big").contains("exceeds the limit of 200000 bytes"), "{}", reason("/big"));
    assert!(reason("/loop-a").contains("too many redirects"), "{}", reason("/loop-a"));
    assert!(reason("/reports/x.txt").contains("unsupported URL scheme 'ftp'"));
    assert_eq!(rejects.len(), 5, "{rejects:?}");
    assert!(server.count("/style.css", None) == 0, "links not matching the pattern are not fetched");

    // The second night: validators sent, 304s answered, nothing reprocessed.
    let second = run_pipeline(dir.path());
    assert_eq!(server.count("/reports/a.txt", Some(304)), 1, "{second}");
    assert_eq!(server.count("/reports/b.txt", Some(304)), 1, "{second}");
    assert_eq!(server.count("/reports/c.txt", Some(304)), 0, "c has an ETag the server does not honour with 304");
    assert!(second.contains("not modified (304)"), "{second}");
    assert!(second.contains("0 new, 0 changed"), "{second}");
    assert_eq!(count(dir.path(), "reports"), 4);
    assert_eq!(count(dir.path(), "rejects"), 5);
}
