//! The data-quality report, opened in a real headless browser (Debian's Chromium): it loads
//! without script errors, every chart renders, and the worst documents carry their inspection.

use crate::common::*;
use std::path::PathBuf;
use std::process::Command;

/// The pinned ECharts build (fetched once from the npm registry by scripts/echarts.sh).
fn echarts() -> PathBuf {
    let out = Command::new(repo_root().join("scripts/echarts.sh")).output().expect("scripts/echarts.sh runs");
    assert!(out.status.success(), "scripts/echarts.sh: {}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

#[test]
fn the_report_renders_in_a_browser_without_errors() {
    let work = synthetic_warehouse();
    let out_dir = tempdir();
    let page = out_dir.path().join("report.html");
    let chart_js = echarts();
    let out = nianbao(
        &[
            "report",
            "--warehouse",
            "warehouse",
            "--landing",
            "landing",
            "--chart-js",
            chart_js.to_str().unwrap(),
            "--out",
            page.to_str().unwrap(),
        ],
        work,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<script src=") && !html.contains("<link "), "the page loads nothing from elsewhere");

    let profile = tempdir();
    let chromium = std::env::var("NIANBAO_CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let browser = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .args(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| panic!("{chromium} not runnable ({e}): `make setup-test` installs Debian's chromium"));
    assert!(browser.status.success(), "chromium failed: {}", String::from_utf8_lossy(&browser.stderr));
    let dom = String::from_utf8_lossy(&browser.stdout).to_string();
    let log = String::from_utf8_lossy(&browser.stderr).to_string();

    // No script error, caught by the page itself or reported by the browser.
    let errors_start =
        dom.find("<pre id=\"errors\">").expect("the page has its error box") + "<pre id=\"errors\">".len();
    let errors = &dom[errors_start..errors_start + dom[errors_start..].find("</pre>").unwrap()];
    assert!(errors.trim().is_empty(), "script errors on the page: {errors}");
    let console_errors: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE") || l.contains("Uncaught")).collect();
    assert!(console_errors.is_empty(), "{console_errors:#?}");

    // Every chart finished rendering, and drew something (SVG shapes).
    for id in ["coverage", "requests", "checks", "repairs"] {
        let at = dom.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no chart {id}"));
        let tag_start = dom[..at].rfind('<').unwrap();
        let tag = &dom[tag_start..tag_start + dom[tag_start..].find('>').unwrap()];
        assert!(tag.contains("data-rendered=\"true\""), "chart {id} did not render: {tag}");
        let next_chart = dom[at..].find("class=\"chart\"").map_or(dom.len(), |i| at + i);
        let shapes = dom[at..next_chart].matches("<path").count() + dom[at..next_chart].matches("<rect").count();
        assert!(shapes >= 10, "chart {id} drew only {shapes} shapes");
    }

    // The worst documents link to their inspection, which is in the page.
    let worst = dom.matches("href=\"#inspect-").count();
    assert!(worst >= 5, "{worst} worst documents listed");
    assert!(dom.matches("<details id=\"inspect-").count() == worst);
    assert!(dom.contains("template    "), "the inspection is the real `nianbao inspect` output");
}
