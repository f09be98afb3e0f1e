use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo_root() -> PathBuf {
    // Read when the test runs, not baked in at compile time: CI shares one target directory
    // between checkouts at different paths, and cargo reuses a test binary built in another
    // checkout whose sources look unchanged (its baked-in path may be gone).
    Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../..").canonicalize().unwrap()
}

pub fn samples() -> PathBuf {
    repo_root().join("data/samples")
}

pub fn nianbao(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao")).args(args).current_dir(cwd).output().expect("nianbao runs")
}

/// Run the pipeline on `inputs` into `work/warehouse`; panic with its output if it fails.
pub fn run(work: &Path, inputs: &[&Path]) -> String {
    let mut args = vec!["run".to_string()];
    for i in inputs {
        args.push("--input".into());
        args.push(i.display().to_string());
    }
    args.extend(["--warehouse".into(), "warehouse".into(), "--landing".into(), "landing".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = nianbao(&refs, work);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "nianbao run failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    stdout
}

/// `nianbao sql --format json -e SQL` on `work/warehouse`, as rows.
pub fn query(work: &Path, sql: &str) -> Vec<Value> {
    let out = nianbao(&["sql", "--warehouse", "warehouse", "--format", "json", "-e", sql], work);
    assert!(out.status.success(), "query failed: {sql}\n{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

pub fn count(work: &Path, table: &str) -> i64 {
    query(work, &format!("SELECT count(*) AS n FROM {table}"))[0]["n"].as_i64().unwrap()
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("nianbao-e2e-").tempdir().unwrap()
}

/// A directory shared by the tests of this process for as long as it runs. A static is never
/// dropped, so a `TempDir` in one would be left behind by every run: these live in cargo's
/// target tmp directory instead, named by process, and a run removes those of processes that
/// have ended (on Linux, where /proc tells).
fn shared_dir(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if let Ok(entries) = std::fs::read_dir(root) {
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().to_string();
            let pid = file_name.strip_prefix("e2e-shared-").and_then(|rest| rest.split('-').next());
            let ended = pid.is_some_and(|p| Path::new("/proc").is_dir() && !Path::new("/proc").join(p).exists());
            if ended {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    let dir = root.join(format!("e2e-shared-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A warehouse (and landing area) built from a fixed synthetic corpus (300 reports, seed 42),
/// shared by the tests that only read it: the SQL library's expected results and the report.
/// An agency of the [`synthetic_warehouse`]'s corpus with reports of three consecutive years,
/// one of them carrying in a request more than the year before carried out: the
/// `$agency_key` of the SQL library's tests.
pub const SERIES_AGENCY: &str = "421000000000/政府办公室";

/// `nianbao sql` on the warehouse in `work`, as CSV, with the parameters the SQL library's
/// questions take (`$year`, `$agency_key`) and `extra` arguments before the file.
pub fn library_sql(work: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let agency_key = format!("agency_key={SERIES_AGENCY}");
    let mut args = vec!["sql", "--warehouse", "warehouse", "--format", "csv", "--param", "year=2021", "--param"];
    args.push(&agency_key);
    args.extend(extra);
    args.push(file.to_str().unwrap());
    nianbao(&args, work)
}

pub fn synthetic_warehouse() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = shared_dir("synthetic");
        let out = nianbao(&["synth", "--out", "corpus", "--docs", "300", "--seed", "42"], &dir);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        run(&dir, &[&dir.join("corpus/docs")]);
        dir
    })
}

/// One warehouse built from the samples, shared by every test that only reads it.
pub fn sample_warehouse() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = shared_dir("samples");
        run(&dir, &[&samples()]);
        dir
    })
}

pub fn parquet_files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let current = std::fs::canonicalize(root.join("warehouse/current")).unwrap();
    for entry in walk(&current) {
        if entry.extension().is_some_and(|e| e == "parquet") {
            files.insert(entry.strip_prefix(&current).unwrap().to_path_buf(), std::fs::read(&entry).unwrap());
        }
    }
    files
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

/// `n` distinct reports: copies of the samples, each with a line that makes its bytes unique.
pub fn copied_corpus(dir: &Path, n: usize) -> PathBuf {
    let input = dir.join(format!("corpus-{n}"));
    std::fs::create_dir_all(&input).unwrap();
    let seeds: Vec<Vec<u8>> = {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(samples()).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
    };
    for i in 0..n {
        let mut bytes = seeds[i % seeds.len()].clone();
        bytes.extend_from_slice(format!("\n附注：副本编号{i}。\n").as_bytes());
        std::fs::write(input.join(format!("doc-{i:05}.txt")), bytes).unwrap();
    }
    input
}
