//! The operator's guarantees: nothing lost, nothing half-written, same inputs same bytes.

use crate::common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The samples plus the inputs a crawler really produces: an empty file, random bytes, a
/// truncated report, the same report under a second name.
fn messy_corpus(dir: &Path) -> PathBuf {
    let input = dir.join("input");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    for entry in std::fs::read_dir(samples()).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    let random: Vec<u8> = (0..5000u64)
        .map(|i| (i.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) >> 33) as u8)
        .collect();
    std::fs::write(input.join("random.bin"), random).unwrap();
    let seed = std::fs::read(samples().join("004_f6584d2c7913d8cd.txt")).unwrap();
    std::fs::write(input.join("truncated.txt"), &seed[..seed.len() / 3 + 1]).unwrap();
    std::fs::write(
        input.join("sub/copy-of-000.txt"),
        std::fs::read(samples().join("000_0ee38c6073f2f61e.txt")).unwrap(),
    )
    .unwrap();
    std::fs::write(input.join("english.txt"), b"This is not a report at all, just some English text.\n").unwrap();
    input
}

#[test]
fn every_input_is_a_report_or_a_reject() {
    let dir = tempdir();
    let input = messy_corpus(dir.path());
    let summary = run(dir.path(), &[&input]);
    // 10 files; the copy of 000 is the same document: 9 documents.
    let reports = count(dir.path(), "reports");
    let rejects = count(dir.path(), "rejects");
    assert_eq!(reports + rejects, 9, "{summary}");
    let reasons = query(dir.path(), "SELECT source, stage, reason FROM rejects ORDER BY source");
    let by_name: BTreeMap<String, String> = reasons
        .iter()
        .map(|r| {
            let source = r["source"].as_str().unwrap();
            (
                source.rsplit('/').next().unwrap().to_string(),
                format!("{}: {}", r["stage"].as_str().unwrap(), r["reason"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(by_name["empty.txt"], "decode: empty file (0 bytes)");
    assert!(by_name["random.bin"].starts_with("decode: "), "{by_name:?}");
    assert!(by_name["english.txt"].starts_with("decode: no Chinese text"), "{by_name:?}");
    // The truncated report is still a report (its first third has a title and text).
    assert!(!by_name.contains_key("truncated.txt"));
    assert_eq!(reports, 6, "{by_name:?}");
    // One document, two names: the landing manifest says so.
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("landing/manifest.json")).unwrap()).unwrap();
    let two_names = manifest["entries"]
        .as_object()
        .unwrap()
        .values()
        .filter(|e| e["sources"].as_array().unwrap().len() == 2)
        .count();
    assert_eq!(two_names, 1);
    assert!(summary.contains("1 duplicate copies"), "{summary}");
}

#[test]
fn same_inputs_give_byte_identical_parquet() {
    let (a, b) = (tempdir(), tempdir());
    let input = messy_corpus(a.path());
    run(a.path(), &[&input]);
    run(b.path(), &[&input]);
    let (fa, fb) = (parquet_files(a.path()), parquet_files(b.path()));
    assert!(fa.len() >= 5, "{:?}", fa.keys());
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (path, bytes) in &fa {
        assert!(bytes == &fb[path], "{} differs between runs", path.display());
    }
    // A rerun into the same warehouse replaces the snapshot; it does not append.
    run(a.path(), &[&input]);
    assert_eq!(parquet_files(a.path()), fa);
    assert_eq!(count(a.path(), "reports"), 6);
}

/// A document's record must not depend on which of its copies was read first.
#[test]
fn a_document_under_several_names_is_recorded_under_the_first_in_sorted_order_whatever_the_order_read() {
    let (a, b) = (tempdir(), tempdir());
    let input = a.path().join("input");
    for root in ["z", "a"] {
        std::fs::create_dir_all(input.join(root)).unwrap();
        std::fs::copy(samples().join("000_0ee38c6073f2f61e.txt"), input.join(root).join("report.txt")).unwrap();
        std::fs::write(input.join(root).join("english.txt"), b"This is not a report at all, just some English text.\n")
            .unwrap();
    }
    let (z_dir, a_dir) = (input.join("z"), input.join("a"));
    // z is read first in one run, a in the other.
    run(a.path(), &[&z_dir, &a_dir]);
    run(b.path(), &[&a_dir, &z_dir]);
    let first = |name: &str| a_dir.join(name).display().to_string();
    for work in [a.path(), b.path()] {
        let reports = query(work, "SELECT source FROM reports");
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0]["source"].as_str().unwrap(), first("report.txt"));
        let rejects = query(work, "SELECT source FROM rejects");
        assert_eq!(rejects.len(), 1);
        assert_eq!(rejects[0]["source"].as_str().unwrap(), first("english.txt"));
    }
    assert_eq!(parquet_files(a.path()), parquet_files(b.path()));
}

#[test]
fn partitions_are_hive_style_and_ascii() {
    let dir = tempdir();
    run(dir.path(), &[&samples()]);
    let files = parquet_files(dir.path());
    for path in files.keys() {
        let s = path.to_string_lossy();
        assert!(s.is_ascii(), "{s}");
        let unpartitioned = s.starts_with("rejects/") || s.starts_with("agencies/");
        assert!(unpartitioned || s.contains("/province=") && s.contains("/year="), "{s}");
    }
    assert!(files.contains_key(Path::new("reports/province=zhejiang/year=2017/part-0.parquet")));
    assert!(files.contains_key(Path::new("reports/province=unknown/year=2017/part-0.parquet")));
    let years = query(dir.path(), "SELECT year, count(*) AS n FROM reports GROUP BY year ORDER BY year");
    assert_eq!(years[0]["year"], 2017);
    assert_eq!(years[1]["year"], 2019);
}

/// The landing manifest is written while documents are processed; a manifest that cannot be
/// read fails the run before anything is published, and says which file.
#[test]
fn a_damaged_landing_manifest_fails_the_run_and_leaves_the_warehouse() {
    let dir = tempdir();
    run(dir.path(), &[&samples()]);
    let before = parquet_files(dir.path());
    let current = std::fs::read_link(dir.path().join("warehouse/current")).unwrap();
    std::fs::write(dir.path().join("landing/manifest.json"), b"{ \"entries\": [truncated").unwrap();
    let extra = dir.path().join("extra");
    std::fs::create_dir_all(&extra).unwrap();
    std::fs::write(
        extra.join("one-more.txt"),
        std::fs::read(samples().join("000_0ee38c6073f2f61e.txt")).unwrap().repeat(2),
    )
    .unwrap();
    let out = nianbao(
        &[
            "run",
            "--input",
            &samples().display().to_string(),
            "--input",
            "extra",
            "--warehouse",
            "warehouse",
            "--landing",
            "landing",
        ],
        dir.path(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a run with an unreadable manifest succeeded");
    assert!(stderr.contains("manifest.json"), "{stderr}");
    assert_eq!(std::fs::read_link(dir.path().join("warehouse/current")).unwrap(), current);
    assert_eq!(parquet_files(dir.path()), before);
}

#[test]
fn a_second_run_refuses_while_one_holds_the_lock() {
    let dir = tempdir();
    std::fs::create_dir_all(dir.path().join("warehouse")).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.path().join("warehouse/.lock"))
        .unwrap();
    lock.lock().unwrap();
    let out = nianbao(
        &["run", "--input", &samples().display().to_string(), "--warehouse", "warehouse", "--landing", "landing"],
        dir.path(),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("another nianbao run is writing to warehouse"), "{err}");
    drop(lock);
    run(dir.path(), &[&samples()]);
}

#[test]
fn sigkill_at_any_moment_leaves_the_old_or_the_new_snapshot() {
    let dir = tempdir();
    let small = copied_corpus(dir.path(), 50);
    let large = copied_corpus(dir.path(), 3000);
    run(dir.path(), &[&small]);
    assert_eq!(count(dir.path(), "reports"), 50);
    let args = ["run", "--input", large.to_str().unwrap(), "--warehouse", "warehouse", "--landing", "landing"];
    for delay_ms in [30u64, 120, 300, 600, 1000, 1500, 2500, 4000] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nianbao"))
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        // Whatever moment it died at, `current` is a whole snapshot: old (50) or new (3000).
        let reports = count(dir.path(), "reports");
        assert!(reports == 50 || reports == 3000, "after kill at {delay_ms} ms: {reports} reports");
        let metrics_reports =
            query(dir.path(), "SELECT count(DISTINCT report_id) AS n FROM metrics")[0]["n"].as_i64().unwrap();
        assert_eq!(
            metrics_reports, reports,
            "metrics and reports from different snapshots after kill at {delay_ms} ms"
        );
    }
    // And the next run succeeds and cleans up what the killed ones left.
    run(dir.path(), &[&large]);
    assert_eq!(count(dir.path(), "reports"), 3000);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("warehouse/snapshots"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A portal's bulk download: reports inside a zip, next to the tricks archives play.
#[test]
fn archives_are_opened_and_their_hostile_members_rejected() {
    use std::io::Write;
    let dir = tempdir();
    let input = dir.path().join("downloads");
    std::fs::create_dir_all(&input).unwrap();
    let zip_path = input.join("2019-reports.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in [
        ("王店镇/2019.txt", std::fs::read(samples().join("003_7afbdd925f005157.txt")).unwrap()),
        ("泗门镇/2017.txt", std::fs::read(samples().join("000_0ee38c6073f2f61e.txt")).unwrap()),
        ("../../outside.txt", b"escape".to_vec()),
        ("bomb.txt", vec![b'0'; 60 * 1024 * 1024]),
    ] {
        w.start_file(name, opts).unwrap();
        w.write_all(&bytes).unwrap();
    }
    w.finish().unwrap();
    assert!(std::fs::metadata(&zip_path).unwrap().len() < 1_000_000, "the bomb compresses");
    std::fs::write(input.join("corrupt.zip"), b"PK\x03\x04\x14\x00 truncated download").unwrap();
    run(dir.path(), &[&input]);
    let reports = query(dir.path(), "SELECT source FROM reports ORDER BY source");
    let sources: Vec<&str> = reports.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(sources[0].ends_with("2019-reports.zip!/泗门镇/2017.txt"), "{sources:?}");
    let rejects = query(dir.path(), "SELECT source, reason FROM rejects ORDER BY source");
    let reasons: Vec<String> = rejects
        .iter()
        .map(|r| format!("{} :: {}", r["source"].as_str().unwrap(), r["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:#?}");
    assert!(reasons.iter().any(|r| r.contains("!/../../outside.txt") && r.contains("parent-relative")), "{reasons:#?}");
    assert!(reasons.iter().any(|r| r.contains("!/bomb.txt") && r.contains("zip bomb")), "{reasons:#?}");
    assert!(
        reasons.iter().any(|r| r.contains("corrupt.zip") && r.contains("not a readable zip archive")),
        "{reasons:#?}"
    );
    assert!(!dir.path().join("outside.txt").exists() && !input.join("outside.txt").exists());
}
