//! Parse + normalize throughput on one core, on the decoded samples (tables of two template
//! generations, narrative reports). `make bench` (release build); not a test.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../data/samples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let texts: Vec<String> =
        paths.iter().map(|p| nianbao_decode::decode(&std::fs::read(p).unwrap()).unwrap().text).collect();
    let per_round: usize = texts.iter().map(String::len).sum();
    // Warm-up: the gazetteer and the label sets load once per process, not per document.
    for text in &texts {
        nianbao_normalize::normalize(&nianbao_parse::parse(text).unwrap());
    }
    let rounds = (20_000_000 / per_round).max(1);
    let (mut parse_s, mut normalize_s, mut metrics) = (0.0, 0.0, 0usize);
    for _ in 0..rounds {
        for text in &texts {
            let t = Instant::now();
            let parsed = nianbao_parse::parse(std::hint::black_box(text)).unwrap();
            parse_s += t.elapsed().as_secs_f64();
            let t = Instant::now();
            let normalized = nianbao_normalize::normalize(&parsed);
            normalize_s += t.elapsed().as_secs_f64();
            metrics += normalized.metrics.len();
        }
    }
    let mb = (per_round * rounds) as f64 / 1e6;
    let parsed: Vec<nianbao_parse::Parsed> = texts.iter().map(|t| nianbao_parse::parse(t).unwrap()).collect();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parsed {
            let text = p.lines.join("\n");
            std::hint::black_box(nianbao_gazetteer::global().resolve(
                p.agency.as_deref(),
                p.title.as_deref(),
                &text,
                p.year,
            ));
        }
    }
    let resolve_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parsed {
            std::hint::black_box(nianbao_normalize::tables::read_tables(&p.grids));
        }
    }
    let tables_s = t.elapsed().as_secs_f64();
    let normalized: Vec<nianbao_normalize::Normalized> = parsed.iter().map(nianbao_normalize::normalize).collect();
    let t = Instant::now();
    for _ in 0..rounds {
        for n in &normalized {
            std::hint::black_box(nianbao_normalize::checks::identities(&n.metrics));
        }
    }
    let checks_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in &parsed {
            let paragraphs = nianbao_normalize::prose::logical_lines(&p.lines, &[]);
            std::hint::black_box(nianbao_normalize::narrative::facts(&paragraphs, &p.lines, &p.sections, p.year));
        }
    }
    let narrative_s = t.elapsed().as_secs_f64();
    println!("parse+normalize bench: {} documents × {rounds} rounds = {mb:.1} MB of text, one core", texts.len());
    println!("  parse                   {:>8.1} MB/s", mb / parse_s);
    println!("  normalize               {:>8.1} MB/s  (of which region resolution {:.0}%, tables {:.0}%, checks {:.0}%, narrative {:.0}%)", mb / normalize_s, 100.0 * resolve_s / normalize_s, 100.0 * tables_s / normalize_s, 100.0 * checks_s / normalize_s, 100.0 * narrative_s / normalize_s);
    println!(
        "  parse+normalize         {:>8.1} MB/s  {:.0} docs/s  ({} metrics)",
        mb / (parse_s + normalize_s),
        (texts.len() * rounds) as f64 / (parse_s + normalize_s),
        metrics
    );
}
