//! End-to-end tests: real files through the real `nianbao` binary, answers read back with
//! `nianbao sql`. One test binary for the whole suite, so DataFusion is linked once.

mod accuracy;
mod agencies;
#[cfg(feature = "ballista")]
mod cluster;
mod common;
mod crawl;
mod formats;
mod http;
mod incremental;
mod pipeline;
mod real;
mod report;
mod seeds;
mod sql;
mod sql_library;

/// A test that finds its files through `env!` of `CARGO_MANIFEST_DIR` bakes in the checkout it was
/// compiled in. CI shares one target directory between checkouts, and cargo reuses a test binary
/// whose sources look unchanged, so such a test reads from a folder that may be gone (it broke
/// `make test` once). Tests read `CARGO_MANIFEST_DIR` when they run instead.
#[test]
fn no_rust_source_bakes_in_the_checkouts_path() {
    let baked = concat!("env!(", "\"CARGO_MANIFEST_DIR\")");
    let offenders: Vec<String> = common::walk(&common::repo_root().join("crates"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| std::fs::read_to_string(p).unwrap().contains(baked))
        .map(|p| p.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "use std::env::var_os(\"CARGO_MANIFEST_DIR\") when the test runs: {offenders:?}");
}
