//! The analysts' SQL library, tested like code: every `sql/*.sql` runs on a warehouse built from
//! a fixed synthetic corpus and must print exactly `sql/expected/<name>.csv`. A schema change
//! that breaks or changes a query fails here. After a deliberate change, regenerate with
//! `NIANBAO_BLESS=1 cargo test -p nianbao --test e2e sql_library` and review the diff.

use crate::common::*;

#[test]
fn sql_library_matches_expected_results() {
    let dir = synthetic_warehouse();
    let root = repo_root();
    let bless = std::env::var_os("NIANBAO_BLESS").is_some();
    let mut files: Vec<_> = std::fs::read_dir(root.join("sql"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the library has its questions");
    let mut failures = Vec::new();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        let out = library_sql(dir, &file, &[]);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        // Where a query prints a document's source, the test's working directory stands in it:
        // the expected results name it `$WORK` (the directory differs from run to run).
        let got = String::from_utf8(out.stdout).unwrap().replace(dir.to_str().unwrap(), "$WORK");
        if name == "agency_series" {
            assert!(got.lines().count() > 3, "{SERIES_AGENCY} has a series of years in the corpus: {got}");
        }
        let expected_path = root.join("sql/expected").join(format!("{name}.csv"));
        if bless {
            std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} missing (NIANBAO_BLESS=1 to create)", expected_path.display()));
        if got != want {
            failures.push(format!(
                "{name}: result differs from {}\n--- got\n{}\n--- want\n{}",
                expected_path.display(),
                head(&got),
                head(&want)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn head(s: &str) -> String {
    s.lines().take(8).collect::<Vec<_>>().join("\n")
}
