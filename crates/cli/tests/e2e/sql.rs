//! `nianbao sql`: scripts, parameters, formats, errors that name the line, read-only.

use crate::common::*;
use std::path::Path;

fn warehouse() -> &'static Path {
    sample_warehouse()
}

fn sql(args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["sql", "--warehouse", "warehouse"];
    all.extend_from_slice(args);
    let out = nianbao(&all, warehouse());
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn parameters_are_typed_values_not_pasted_text() {
    let (ok, out, err) =
        sql(&["--format", "csv", "--param", "year=2019", "-e", "SELECT count(*) AS n FROM reports WHERE year = $year"]);
    assert!(ok, "{err}");
    // One statement's CSV is one CSV file: no blank line after it.
    assert_eq!(out, "n\n1\n");
    // An injection attempt is just a string that matches nothing.
    let (ok, out, err) = sql(&[
        "--format",
        "csv",
        "--param",
        "p=x' OR '1'='1",
        "-e",
        "SELECT count(*) AS n FROM reports WHERE province = $p",
    ]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "n\n0");
    let (ok, _, err) = sql(&["--param", "year=abc", "-e", "SELECT * FROM reports WHERE year = $year"]);
    assert!(!ok && err.contains("year=abc"), "{err}");
    let (ok, _, err) = sql(&["-e", "SELECT * FROM reports WHERE year = $year"]);
    assert!(!ok && err.contains("--param year"), "{err}");
}

#[test]
fn several_statements_are_separated_by_one_blank_line() {
    let (ok, out, err) = sql(&["--format", "csv", "-e", "SELECT 1 AS one; SELECT 2 AS two"]);
    assert!(ok, "{err}");
    assert_eq!(out, "one\n1\n\ntwo\n2\n");
}

#[test]
fn scripts_run_statement_by_statement_and_errors_name_the_line() {
    let dir = tempdir();
    let script = dir.path().join("two.sql");
    std::fs::write(&script, "-- two statements\nSELECT 1 AS one;\n\nSELECT no_such_column\nFROM reports;\nSELECT 3;\n")
        .unwrap();
    let (ok, out, err) = sql(&[script.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("two.sql:4:"), "{err}");
    assert!(out.contains("one"), "the first statement ran: {out}");
    assert!(!out.contains("| 3"), "stopped at the error: {out}");
}

#[test]
fn scripts_are_read_only_unless_asked() {
    let (ok, _, err) = sql(&["-e", "INSERT INTO rejects VALUES ('x', NULL, 'fetch', 'y')"]);
    assert!(!ok, "an INSERT must be refused");
    assert!(err.to_lowercase().contains("dml") || err.contains("not supported") || err.contains("allow"), "{err}");
}

#[test]
fn formats() {
    let (ok, out, _) = sql(&[
        "--format",
        "json",
        "-e",
        "SELECT template, count(*) AS n FROM reports GROUP BY template ORDER BY template",
    ]);
    assert!(ok);
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rows[0]["template"], "narrative");
    assert_eq!(rows[0]["n"], 2);
    let (ok, out, _) = sql(&["-e", "SELECT count(*) AS n FROM metrics WHERE value < 0"]);
    assert!(ok && out.contains("| n |"), "{out}");
    let (ok, out, _) = sql(&["--format", "json", "-e", "SELECT * FROM rejects"]);
    assert!(ok && out.trim() == "[]", "{out}");
}

#[test]
fn example_queries_in_sql_dir_run() {
    let root = repo_root();
    let mut ran = 0;
    for entry in std::fs::read_dir(root.join("sql")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "sql") {
            let (ok, _, err) =
                sql(&[path.to_str().unwrap(), "--param", "year=2017", "--param", "agency_key=330424101000/政府"]);
            assert!(ok, "{}: {err}", path.display());
            ran += 1;
        }
    }
    assert!(ran >= 2, "sql/ holds the analysts' queries");
}
