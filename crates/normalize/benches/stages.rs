//! Per-stage throughput on one core over a generated synthetic corpus (every template era,
//! layout, encoding and corruption in the generator's proportions), beside the time to merely
//! copy the bytes. `make bench` (release build); not a test.
//!
//! `NIANBAO_BENCH_DOCS` sets the corpus size (default 2,000 documents, ≈17 MB).

use std::hint::black_box;

// The allocator of the `nianbao` binary, so that these figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};

fn main() {
    let docs: u64 = std::env::var("NIANBAO_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000);
    // `NIANBAO_BENCH_LAYOUT=html` (or prose, pipe …) keeps one table layout, for profiling.
    let layout = std::env::var("NIANBAO_BENCH_LAYOUT").ok();
    let generated: Vec<nianbao_synth::Document> = (0..docs)
        .map(|i| nianbao_synth::generate(1, i))
        .filter(|d| layout.as_ref().is_none_or(|l| *l == d.truth.layout))
        .collect();
    let docs = generated.len();
    let corpus: Vec<Vec<u8>> = generated.iter().map(|d| d.bytes.clone()).collect();
    let bytes: usize = corpus.iter().map(Vec::len).sum();
    // Warm-up: the gazetteer, label sets and converters load once per process, not per document.
    for doc in corpus.iter().take(50) {
        run_one(doc, &mut Clocks::default());
    }
    let t = Instant::now();
    for doc in &corpus {
        black_box(doc.clone());
    }
    let copy = t.elapsed();
    // `NIANBAO_BENCH_REPEAT` passes over the corpus (default 1), so that a profiler sees the
    // stages rather than the generator; the rates below are per pass.
    let repeat: u32 = std::env::var("NIANBAO_BENCH_REPEAT").ok().and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
    let mut clocks = Clocks::default();
    let t = Instant::now();
    for _ in 0..repeat {
        for doc in &corpus {
            run_one(doc, &mut clocks);
        }
    }
    let all = t.elapsed() / repeat;
    clocks.divide(repeat);
    let mb = bytes as f64 / 1e6;
    let rate = |d: Duration| format!("{:>8.1} MB/s  ({:.3} s)", mb / d.as_secs_f64(), d.as_secs_f64());
    println!("stages on one core, {docs} synthetic documents, {mb:.1} MB");
    println!("  copy the bytes      {}", rate(copy));
    println!("  extract             {}", rate(clocks.extract));
    println!("  decode              {}", rate(clocks.decode));
    println!("  parse               {}", rate(clocks.parse));
    println!("  normalize           {}", rate(clocks.normalize));
    println!("  parse+normalize     {}", rate(clocks.parse + clocks.normalize));
    println!("  all stages          {}  {:.0} docs/s", rate(all), docs as f64 / all.as_secs_f64());
    by_layout(&generated);
}

/// parse+normalize per table layout (one more pass): which printed form costs the most.
fn by_layout(generated: &[nianbao_synth::Document]) {
    let mut per: std::collections::BTreeMap<&str, (usize, usize, Duration)> = Default::default();
    for doc in generated {
        let Ok(extracted) = nianbao_extract::extract(&doc.bytes, &nianbao_extract::Limits::default()) else { continue };
        let Ok(decoded) = nianbao_decode::decode(&extracted.bytes) else { continue };
        let t = Instant::now();
        if let Ok(parsed) = nianbao_parse::parse(&decoded.text) {
            black_box(nianbao_normalize::normalize(&parsed));
        }
        let entry = per.entry(doc.truth.layout.as_str()).or_default();
        *entry = (entry.0 + 1, entry.1 + doc.bytes.len(), entry.2 + t.elapsed());
    }
    println!("  parse+normalize by layout:");
    for (layout, (n, bytes, d)) in per {
        println!(
            "    {layout:<16} {n:>5} docs {:>8.1} MB/s  {:>6.0} µs/doc",
            bytes as f64 / 1e6 / d.as_secs_f64(),
            d.as_secs_f64() * 1e6 / n as f64
        );
    }
}

#[derive(Default)]
struct Clocks {
    extract: Duration,
    decode: Duration,
    parse: Duration,
    normalize: Duration,
}

impl Clocks {
    fn divide(&mut self, passes: u32) {
        for clock in [&mut self.extract, &mut self.decode, &mut self.parse, &mut self.normalize] {
            *clock /= passes;
        }
    }
}

fn timed<T>(clock: &mut Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    *clock += t.elapsed();
    out
}

fn run_one(doc: &[u8], clocks: &mut Clocks) {
    let Ok(extracted) =
        timed(&mut clocks.extract, || nianbao_extract::extract(doc, &nianbao_extract::Limits::default()))
    else {
        return;
    };
    let Ok(decoded) = timed(&mut clocks.decode, || nianbao_decode::decode(&extracted.bytes)) else { return };
    let Ok(parsed) = timed(&mut clocks.parse, || nianbao_parse::parse(&decoded.text)) else { return };
    black_box(timed(&mut clocks.normalize, || nianbao_normalize::normalize(&parsed)));
}
