//! Start-up cost of the gazetteer: decompress, parse and index the embedded table (goal < 100 ms).
use std::time::Instant;

fn main() {
    let bytes = include_bytes!("../../../data/gazetteer/divisions.csv.gz");
    let automaton = include_bytes!(concat!(env!("OUT_DIR"), "/names.daac"));
    let mut times = Vec::new();
    let mut rebuilt = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let g = nianbao_gazetteer::Gazetteer::from_embedded(bytes, automaton).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(g.len());
        let t = Instant::now();
        std::hint::black_box(nianbao_gazetteer::Gazetteer::from_gzip(bytes).unwrap().len());
        rebuilt.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    rebuilt.sort_by(f64::total_cmp);
    let g = nianbao_gazetteer::global();
    let t = Instant::now();
    let n = 2000;
    for i in 0..n {
        std::hint::black_box(g.resolve(
            Some("嘉兴市秀洲区王店镇"),
            None,
            "在区政务公开领导小组的领导下",
            Some(2016 + (i % 8)),
        ));
    }
    println!(
        "gazetteer bench: load {} divisions in {:.1} ms (median of 5; {:.1} ms when the automaton is built at run time, as for NIANBAO_GAZETTEER); resolve {:.1} µs per agency",
        g.len(),
        times[2],
        rebuilt[2],
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
