//! Nightly runs on a growing corpus: only what changed is processed, only the partitions it
//! lands in are rewritten, nothing is forgotten, and the history says what each run did.

use crate::common::*;
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// (path relative to the snapshot) → inode of every Parquet file of `current`.
fn inodes(work: &Path) -> BTreeMap<PathBuf, u64> {
    let current = std::fs::canonicalize(work.join("warehouse/current")).unwrap();
    walk(&current)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
        .map(|p| (p.strip_prefix(&current).unwrap().to_path_buf(), std::fs::metadata(&p).unwrap().ino()))
        .collect()
}

fn summary_line<'a>(summary: &'a str, prefix: &str) -> &'a str {
    summary
        .lines()
        .find(|l| l.trim_start().starts_with(prefix))
        .unwrap_or_else(|| panic!("no '{prefix}' line in:\n{summary}"))
}

#[test]
fn an_unchanged_rerun_processes_nothing_and_changes_no_file() {
    let dir = tempdir();
    let input = copied_corpus(dir.path(), 200);
    let first = run(dir.path(), &[&input]);
    assert!(summary_line(&first, "changes").contains("200 processed"), "{first}");
    let before = parquet_files(dir.path());
    let second = run(dir.path(), &[&input]);
    let changes = summary_line(&second, "changes");
    assert!(changes.contains("0 new, 0 changed") && changes.contains("0 processed, 200 carried over"), "{second}");
    assert_eq!(parquet_files(dir.path()), before, "a no-op run must leave every Parquet file byte-identical");
    let runs = query(dir.path(), "SELECT status, documents_seen, documents_new, documents_processed, reports, partitions_written FROM runs ORDER BY run_id");
    assert_eq!(runs.len(), 2, "{runs:?}");
    assert_eq!(runs[0]["status"], "completed");
    assert_eq!(runs[0]["documents_new"], 200);
    assert_eq!(runs[1]["documents_processed"], 0);
    assert_eq!(runs[1]["partitions_written"], 0);
    assert_eq!(runs[1]["reports"], 200);
}

#[test]
fn new_reports_rewrite_only_their_partitions() {
    let dir = tempdir();
    let input = copied_corpus(dir.path(), 20);
    run(dir.path(), &[&input]);
    let before_bytes = parquet_files(dir.path());
    let before_inodes = inodes(dir.path());
    let wangdian = "SELECT sum(reports) AS n FROM agencies WHERE agency_key = '330411105000/政府'";
    let wangdian_before = query(dir.path(), wangdian)[0]["n"].as_i64().unwrap_or(0);
    // Seed 003 is 浙江 2019; a new variant of it lands in province=zhejiang/year=2019 only.
    let mut extra = std::fs::read(samples().join("003_7afbdd925f005157.txt")).unwrap();
    extra.extend_from_slice("\n附注：新增的一份。\n".as_bytes());
    std::fs::write(input.join("new-2019.txt"), extra).unwrap();
    let summary = run(dir.path(), &[&input]);
    assert!(summary_line(&summary, "changes").contains("1 new, 0 changed"), "{summary}");
    assert_eq!(count(dir.path(), "reports"), 21);
    let after_bytes = parquet_files(dir.path());
    let after_inodes = inodes(dir.path());
    let rewritten = "province=zhejiang/year=2019";
    for (path, bytes) in &after_bytes {
        let p = path.to_string_lossy();
        // `agencies` is made from every report: it counts the new one.
        if p.contains(rewritten) || p.starts_with("rejects/") || p.starts_with("agencies/") {
            continue;
        }
        assert_eq!(Some(bytes), before_bytes.get(path), "{p} changed though no document of it did");
        assert_eq!(after_inodes[path], before_inodes[path], "{p} was rewritten, not carried over");
    }
    let changed: Vec<_> =
        after_bytes.iter().filter(|(p, b)| before_bytes.get(*p) != Some(b)).map(|(p, _)| p.clone()).collect();
    let rewritten_or_agencies =
        |p: &std::path::PathBuf| p.to_string_lossy().contains(rewritten) || p.starts_with("agencies");
    assert!(!changed.is_empty() && changed.iter().all(rewritten_or_agencies), "{changed:?}");
    assert_eq!(
        query(dir.path(), wangdian)[0]["n"].as_i64(),
        Some(wangdian_before + 1),
        "the new report of 王店镇 counted"
    );
    // The new document's partition now holds the old ones and the new one, all processed again.
    let n = query(dir.path(), "SELECT count(*) AS n FROM reports WHERE province = 'zhejiang' AND year = 2019")[0]["n"]
        .as_i64()
        .unwrap();
    assert_eq!(n, 5, "four copies of seed 003 and the new one");
}

#[test]
fn a_deleted_source_keeps_its_report_flagged_missing() {
    let dir = tempdir();
    let input = copied_corpus(dir.path(), 10);
    run(dir.path(), &[&input]);
    let gone = input.join("doc-00003.txt");
    let bytes = std::fs::read(&gone).unwrap();
    std::fs::remove_file(&gone).unwrap();
    let summary = run(dir.path(), &[&input]);
    assert!(summary_line(&summary, "changes").contains("1 missing from every source"), "{summary}");
    assert_eq!(count(dir.path(), "reports"), 10, "a report is never dropped because its file went away");
    let flagged = |work: &Path| {
        query(
            work,
            "SELECT source, CAST(missing_since AS VARCHAR) AS since FROM reports WHERE missing_since IS NOT NULL",
        )
    };
    let first_flag = flagged(dir.path());
    assert_eq!(first_flag.len(), 1, "{first_flag:?}");
    assert!(first_flag[0]["source"].as_str().unwrap().ends_with("doc-00003.txt"));
    // Later runs keep the date of the first run that missed it.
    std::thread::sleep(Duration::from_millis(1100));
    run(dir.path(), &[&input]);
    assert_eq!(flagged(dir.path()), first_flag);
    // It comes back: the flag goes.
    std::fs::write(&gone, bytes).unwrap();
    let summary = run(dir.path(), &[&input]);
    assert!(summary_line(&summary, "changes").contains("1 changed, 0 missing"), "{summary}");
    assert!(flagged(dir.path()).is_empty());
}

#[test]
fn a_new_pipeline_version_reprocesses_everything() {
    let dir = tempdir();
    let input = copied_corpus(dir.path(), 12);
    run(dir.path(), &[&input]);
    // What an upgrade looks like to the next run: the snapshot was made by another version.
    let index_path = std::fs::canonicalize(dir.path().join("warehouse/current")).unwrap().join("_documents.json");
    let mut index: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&index_path).unwrap()).unwrap();
    assert!(index["pipeline_version"].is_string(), "the index records the pipeline version");
    index["pipeline_version"] = "0.0.0-older".into();
    std::fs::write(&index_path, serde_json::to_vec(&index).unwrap()).unwrap();
    let summary = run(dir.path(), &[&input]);
    let changes = summary_line(&summary, "changes");
    assert!(
        changes.contains("12 processed") && changes.contains("the pipeline or schema version changed"),
        "{summary}"
    );
    assert_eq!(count(dir.path(), "reports"), 12);
    // `--full` forces the same.
    let out = nianbao(
        &["run", "--full", "--input", input.to_str().unwrap(), "--warehouse", "warehouse", "--landing", "landing"],
        dir.path(),
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("12 processed, 0 carried over (full run: --full)"));
}

#[test]
fn sigkill_during_an_incremental_run_leaves_the_old_snapshot_and_the_history_says_so() {
    let dir = tempdir();
    let input = copied_corpus(dir.path(), 1500);
    run(dir.path(), &[&input]);
    // 300 new documents spread over the partitions, so the run rewrites most of them.
    let seeds: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(samples()).unwrap().map(|e| e.unwrap().path()).collect();
        v.sort();
        v
    };
    for i in 0..300 {
        let mut bytes = std::fs::read(&seeds[i % seeds.len()]).unwrap();
        bytes.extend_from_slice(format!("\n附注：增量{i}。\n").as_bytes());
        std::fs::write(input.join(format!("inc-{i:04}.txt")), bytes).unwrap();
    }
    let args = ["run", "--input", input.to_str().unwrap(), "--warehouse", "warehouse", "--landing", "landing"];
    for delay_ms in [40u64, 150, 400, 800, 1500] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nianbao"))
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        child.wait().unwrap();
        let reports = count(dir.path(), "reports");
        assert!(reports == 1500 || reports == 1800, "after kill at {delay_ms} ms: {reports} reports");
        let in_metrics =
            query(dir.path(), "SELECT count(DISTINCT report_id) AS n FROM metrics")[0]["n"].as_i64().unwrap();
        assert_eq!(in_metrics, reports, "metrics and reports from different snapshots after kill at {delay_ms} ms");
    }
    run(dir.path(), &[&input]);
    assert_eq!(count(dir.path(), "reports"), 1800);
    let statuses = query(dir.path(), "SELECT status, count(*) AS n FROM runs GROUP BY status ORDER BY status");
    let of = |s: &str| statuses.iter().find(|r| r["status"] == s).and_then(|r| r["n"].as_i64()).unwrap_or(0);
    assert!(of("completed") >= 2, "{statuses:?}");
    // Every killed run that had started shows as interrupted (a kill before the lock was
    // taken leaves no line at all).
    assert_eq!(of("running"), 0, "{statuses:?}");
    let status = nianbao(&["status", "--warehouse", "warehouse"], dir.path());
    assert!(status.status.success());
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(text.contains("reports 1800") && text.contains("completed"), "{text}");
}
