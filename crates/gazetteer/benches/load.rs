//! Start-up cost of the gazetteer: decompress, parse and index the embedded table (goal < 100 ms).
use std::time::Instant;

fn main() {
    let bytes = include_bytes!("../../../data/gazetteer/divisions.csv.gz");
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let g = nianbao_gazetteer::Gazetteer::from_gzip(bytes).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(g.len());
    }
    times.sort_by(f64::total_cmp);
    let g = nianbao_gazetteer::global();
    let t = Instant::now();
    let n = 2000;
    for i in 0..n {
        std::hint::black_box(g.resolve(Some("嘉兴市秀洲区王店镇"), None, "在区政务公开领导小组的领导下", Some(2016 + (i % 8))));
    }
    println!("gazetteer bench: load {} divisions in {:.1} ms (median of 5); resolve {:.1} µs per agency", g.len(), times[2], t.elapsed().as_secs_f64() * 1e6 / n as f64);
}
