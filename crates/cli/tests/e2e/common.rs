use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
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
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

pub fn count(work: &Path, table: &str) -> i64 {
    query(work, &format!("SELECT count(*) AS n FROM {table}"))[0]["n"].as_i64().unwrap()
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("nianbao-e2e-").tempdir().unwrap()
}

/// One warehouse built from the samples, shared by every test that only reads it.
pub fn sample_warehouse() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempdir();
        run(dir.path(), &[&samples()]);
        dir
    })
    .path()
}
