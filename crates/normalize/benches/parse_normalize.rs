//! Parse + normalize throughput on one core, on the decoded samples (tables of two template
//! generations, narrative reports). `make bench` (release build); not a test.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let texts: Vec<String> = paths.iter().map(|p| nianbao_decode::decode(&std::fs::read(p).unwrap()).unwrap().text).collect();
    let per_round: usize = texts.iter().map(String::len).sum();
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
    println!("parse+normalize bench: {} documents × {rounds} rounds = {mb:.1} MB of text, one core", texts.len());
    println!("  parse                   {:>8.1} MB/s", mb / parse_s);
    println!("  normalize               {:>8.1} MB/s", mb / normalize_s);
    println!("  parse+normalize         {:>8.1} MB/s  {:.0} docs/s  ({} metrics)", mb / (parse_s + normalize_s), (texts.len() * rounds) as f64 / (parse_s + normalize_s), metrics);
}
