//! The real-report corpora beside the project (`../shared/real`, `../shared/real-full`), scored
//! by `nianbao eval --truth`, as found and laid out as other crawls give pages (`--reflow`; a
//! floor entry `real@one-line` is corpus `real` laid out `one-line`): no metric value may be
//! wrong, and no key kind may fall below the figures the project has reached
//! (`tests/real-floor.json`, raised as the parser improves). The pages are third-party text,
//! read where they lie and never copied into the project.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

fn score(corpus: &Path, layout: &str) -> Option<Value> {
    let mut truth: Vec<String> = std::fs::read_dir(corpus)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("truth") && n.ends_with(".csv"))
        })
        .map(|p| p.display().to_string())
        .collect();
    truth.sort();
    if truth.is_empty() {
        return None;
    }
    let mut args = vec!["eval".to_string()];
    for t in truth {
        args.extend(["--truth".to_string(), t]);
    }
    args.extend([corpus.display().to_string(), "--reflow".into(), layout.into(), "--json".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = nianbao(&refs, &repo_root());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn real_reports_are_read_without_a_wrong_number_and_no_worse_than_before() {
    let floor: Value =
        serde_json::from_str(&std::fs::read_to_string(repo_root().join("tests/real-floor.json")).unwrap()).unwrap();
    let mut scored = 0;
    for (name, minimum) in floor.as_object().unwrap() {
        let (corpus, layout) = name.split_once('@').unwrap_or((name, "as-found"));
        let corpus = repo_root().join("..").join("shared").join(corpus);
        let Some(report) = score(&corpus, layout) else {
            eprintln!("{} is not beside the project: not scored", corpus.display());
            continue;
        };
        scored += 1;
        let wrong: Vec<&Value> = report["wrong"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| !m["key"].as_str().unwrap().starts_with('@'))
            .collect();
        assert!(wrong.is_empty(), "{name}: wrong metric values: {wrong:#?}");
        for (kind, at_least) in minimum.as_object().unwrap() {
            let right = report["scores"][kind]["right"].as_u64().unwrap_or(0);
            assert!(
                right >= at_least.as_u64().unwrap(),
                "{name}: {kind} right {right}, was {at_least} (see make eval-real)"
            );
        }
        assert!(report["rejected"].as_array().unwrap().is_empty(), "{name}: {}", report["rejected"]);
    }
    // CI lays the corpora beside the clone; a developer without them is told above.
    if std::env::var_os("CI").is_some() {
        assert!(scored > 0, "CI must score the real corpora");
    }
}
