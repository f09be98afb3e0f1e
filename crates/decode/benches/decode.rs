//! Decode throughput on one core, on a mixed corpus made from the samples: clean UTF-8, GBK,
//! UTF-16LE, the spam mirror in UTF-8 and Big5, and the three mojibake families — printed beside
//! the speed of merely validating the same bytes as UTF-8 (the floor any decoder pays).
//!
//! `make bench` (release build). Not a test: nothing here can fail on a slow machine.

use encoding_rs::{Encoding, BIG5, GBK, UTF_8, WINDOWS_1252};
use std::path::PathBuf;
use std::time::Instant;

fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo")).join("../../data/samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn mojibake(bytes: &[u8], read_as: &'static Encoding) -> Vec<u8> {
    read_as.decode_without_bom_handling(bytes).0.into_owned().into_bytes()
}

fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    let mut docs = Vec::new();
    for (name, text) in samples() {
        docs.push(("utf-8", text.as_bytes().to_vec()));
        if name.starts_with("001") {
            docs.push(("big5 spam", BIG5.encode(&text).0.into_owned()));
            continue;
        }
        docs.push(("gbk", GBK.encode(&text).0.into_owned()));
        let utf16: Vec<u8> = [0xFEFFu16].into_iter().chain(text.encode_utf16()).flat_map(|u| u.to_le_bytes()).collect();
        docs.push(("utf-16le", utf16));
        docs.push(("古文码", mojibake(text.as_bytes(), GBK)));
        docs.push(("符号码", mojibake(text.as_bytes(), WINDOWS_1252)));
        docs.push(("拼音码", mojibake(&GBK.encode(&text).0, WINDOWS_1252)));
    }
    docs
}

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    let docs = corpus();
    let per_round: usize = docs.iter().map(|(_, b)| b.len()).sum();
    let rounds = (30_000_000 / per_round).max(1);
    let total = per_round * rounds;

    let started = Instant::now();
    let mut valid = 0usize;
    for _ in 0..rounds {
        for (_, bytes) in &docs {
            valid += std::str::from_utf8(std::hint::black_box(bytes)).is_ok() as usize;
        }
    }
    let validate = started.elapsed().as_secs_f64();

    // One warm-up pass builds the lazily initialised tables (OpenCC dictionaries, pinyin).
    for (_, bytes) in &docs {
        let _ = nianbao_decode::decode(bytes);
    }
    let mut by_kind: std::collections::BTreeMap<&str, (usize, f64)> = Default::default();
    let started = Instant::now();
    for _ in 0..rounds {
        for (kind, bytes) in &docs {
            let t = Instant::now();
            let decoded = nianbao_decode::decode(std::hint::black_box(bytes));
            std::hint::black_box(&decoded);
            let e = by_kind.entry(kind).or_default();
            e.0 += bytes.len();
            e.1 += t.elapsed().as_secs_f64();
        }
    }
    let decode = started.elapsed().as_secs_f64();
    let _ = UTF_8;
    println!("decode bench: {} documents × {rounds} rounds = {:.1} MB, one core", docs.len(), total as f64 / 1e6);
    println!("  UTF-8 validation only   {:>8.1} MB/s  ({valid} valid)", mb_per_s(total, validate));
    println!(
        "  decode (whole stage)    {:>8.1} MB/s  {:.0} docs/s",
        mb_per_s(total, decode),
        (docs.len() * rounds) as f64 / decode
    );
    for (kind, (bytes, secs)) in by_kind {
        println!("    {kind:<12}          {:>8.1} MB/s", mb_per_s(bytes, secs));
    }
}
